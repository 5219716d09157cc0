"""The log file: rotating, in the folder given, and without the contents of records."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegation_planner import app_log


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = app_log.configure(tmp_path / "logs")
    assert path is not None
    yield path
    app_log.stop()


def _raise_with_a_name() -> None:
    try:
        {}["Anna Svensson"]
    except KeyError as error:
        raise ValueError("no person 'Anna Svensson'") from error


def test_the_log_file_is_made_in_the_folder_and_configured_once(log_file: Path, tmp_path: Path) -> None:
    assert log_file == tmp_path / "logs" / app_log.FILE_NAME
    assert app_log.configure(tmp_path / "logs") == log_file
    handlers = [
        h for h in logging.getLogger(app_log.LOGGER_NAME).handlers if isinstance(h, logging.FileHandler)
    ]
    assert len(handlers) == 1
    logging.getLogger("delegation_planner.ui").info("register opened")
    assert "INFO delegation_planner.ui: register opened" in log_file.read_text(encoding="utf-8")
    assert app_log.current_log_file() == log_file


def test_an_unwritable_folder_means_no_log_file_not_a_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert app_log.configure(blocker / "logs") is None


def test_where_it_happened_names_places_but_not_the_message() -> None:
    with pytest.raises(ValueError) as caught:
        _raise_with_a_name()
    text = app_log.where_it_happened(caught.value)
    assert "Anna Svensson" not in text
    assert text.splitlines()[0] == "builtins.ValueError"
    assert "in _raise_with_a_name" in text and "caused by:\nbuiltins.KeyError" in text
    assert str(Path.home()) not in text  # frames are named by their place in the project
    details = app_log.full_details(caught.value)
    assert "no person 'Anna Svensson'" in details  # for the person to copy, not for the log


def test_the_default_folder_is_the_platforms_log_folder() -> None:
    assert app_log.log_folder().name.lower() in {"log", "logs", "delegationplanner"}
    assert "DelegationPlanner" in str(app_log.log_folder())
