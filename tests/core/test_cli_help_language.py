"""``--help`` of every command in the reader's language (LANG): Swedish and Danish, English stays.

The reference is the English help of the same command: no help sentence of it may be left in
the Swedish or Danish one, and no line of help text may read as the English line does (a line
of option names and placeholders alone, "-h, --help" or "{sv,da,en}", is the same in every
language and is not counted).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from delegation_planner import app, cli
from delegation_planner.texts.catalogue import use_language

LOCALES = {"sv": "sv_SE.UTF-8", "da": "da_DK.UTF-8", "en": "en_GB.UTF-8"}


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The argument lists that reach each parser: (), ("import",), ("person", "erase") …"""
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def _english_texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every help sentence and description the English parser holds, its sub-parsers' included."""
    if parser.description:
        yield parser.description
    if parser.epilog:
        yield parser.epilog
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            yield action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    yield choice.help
            for sub in action.choices.values():
                yield from _english_texts(sub)


COMMANDS = sorted(set(_parsers(cli.build_parser())))


def _help(
    args: tuple[str, ...], language: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", LOCALES[language])
    # Wide: each help text on one line, so that lines compare whole (the program's own
    # help keeps its width of 120).
    monkeypatch.setenv("COLUMNS", "1000")
    with pytest.raises(SystemExit) as stopped:
        cli.main([*args, "--help"])
    assert stopped.value.code == 0, f"{args} --help in {language} exited {stopped.value.code}"
    return capsys.readouterr().out


def _flat(text: str) -> str:
    return " ".join(text.split())


# Option names, placeholders in capitals, choices in braces, the program's and commands' names:
# the same in every language.
_NOT_WORDS = re.compile(r"(--?[\w-]+|\{[^}]*\}|\b[A-ZÅÄÖÆØ_]{2,}\b|delegation-planner|[\[\],.:;()|])")


def _has_words(line: str, commands: set[str]) -> bool:
    rest = [w for w in _NOT_WORDS.sub(" ", line).split() if w not in commands]
    return sum(len(word) >= 3 and word.isalpha() for word in rest) >= 2


@pytest.mark.parametrize("language", ["sv", "da"])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a) or "program")
def test_help_has_no_english_left(
    args: tuple[str, ...], language: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    english = _help(args, "en", monkeypatch, capsys)
    translated = _help(args, language, monkeypatch, capsys)
    assert translated != english
    flat = _flat(translated)
    use_language("en")  # the English parser's texts, to look for in the translated help
    parser = cli.build_parser()
    for sentence in _english_texts(parser):
        if _has_words(sentence, set()):
            assert _flat(sentence) not in flat, f"English left in {args} --help ({language}): {sentence!r}"
    commands = {name for path in COMMANDS for name in path}
    english_lines = {line.strip() for line in english.splitlines()}
    for line in translated.splitlines():
        if _has_words(line, commands):
            assert line.strip() not in english_lines, (
                f"{args} --help ({language}) line reads as English: {line!r}"
            )
    for frame in ("usage:", "positional arguments", "options:", "show this help message and exit"):
        assert frame not in translated


def test_english_help_stays_english(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _help((), "en", monkeypatch, capsys)
    assert text.startswith("usage: delegation-planner [--db PATH] [--demo [OFFICE]]")
    assert "options:" in text and "show this help message and exit" in text
    memo = _help(("memo",), "en", monkeypatch, capsys)
    assert "--out FILE" in memo and "the .docx file to write" in memo and "positional arguments:" in memo


@pytest.mark.parametrize(
    ("language", "usage", "db_help", "demo_help"),
    [
        (
            "sv",
            "Användning: delegation-planner [--db SÖKVÄG] [--demo [KONTOR]]",
            "öppna detta register",
            "demoregister",
        ),
        ("da", "Brug: delegation-planner [--db STI] [--demo [KONTOR]]", "åbn dette register", "demoregister"),
    ],
)
def test_program_help_names_db_and_demo_in_the_readers_language(
    language: str,
    usage: str,
    db_help: str,
    demo_help: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", LOCALES[language])
    # As a person starts it: the window's entry point hands --help to the command line.
    with pytest.raises(SystemExit) as stopped:
        app.main(["--help"])
    assert stopped.value.code == 0
    text = capsys.readouterr().out
    lines = text.splitlines()
    assert lines[0] == usage
    # The second usage line starts under the first's program name.
    assert lines[1].index("delegation-planner") == lines[0].index("delegation-planner")
    assert "--db" in text and db_help in text
    assert "--demo" in text and demo_help in text and "hovedstaden" in text


def test_help_in_a_new_process_follows_lang(tmp_path: os.PathLike[str]) -> None:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "da_DK.UTF-8", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "delegation_planner.cli", "import", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Brug: delegation-planner import")
    assert "Importér en udvekslingsfil, alt eller intet." in done.stdout
    assert "vis denne hjælp og afslut" in done.stdout
