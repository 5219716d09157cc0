"""``delegation-planner --help`` names the window's options and every command, one line each."""

from __future__ import annotations

import argparse

import pytest

from delegation_planner import __version__, app, cli


def _help(capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stopped:
        app.main(["--help"])
    assert stopped.value.code == 0
    return capsys.readouterr().out


def test_help_names_the_window_options(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys)
    assert "--db PATH" in text and "--demo" in text and "--version" in text
    assert "Without a command the window opens." in text


def test_help_gives_every_command_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys)
    (commands,) = (a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    listed = {choice.dest: choice.help for choice in commands._choices_actions}
    assert set(listed) == set(commands.choices), "every command has a help line"
    lines = text.splitlines()
    for name, summary in listed.items():
        assert summary, f"{name} has no description"
        # The name and its whole description on one line, not wrapped onto the next.
        assert any(
            line.split() and line.split()[0] == name and line.rstrip().endswith(summary) for line in lines
        ), name


def test_version_is_the_installed_one(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    assert __version__ == version("delegation-planner")
    with pytest.raises(SystemExit):
        app.main(["--version"])
    assert capsys.readouterr().out.strip() == f"delegation-planner {__version__}"


def test_a_commands_mistake_points_to_that_commands_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["memo"]) == cli.EXIT_BAD_INPUT
    error = capsys.readouterr().err.strip()
    assert error.endswith("(see 'delegation-planner memo --help')")
    assert len(error.splitlines()) == 1
