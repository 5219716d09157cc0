"""Broken raw files: bytes that are not JSON, not UTF-8 or not our format, and files that are not there."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegation_planner.interchange.reader import read_file, read_text
from tests.core.interchange_helpers import EXAMPLE, first_problem


def _example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


BROKEN_TEXT: list[tuple[str, bytes, str, str]] = [
    (
        "invalid JSON",
        _example_text().replace('"SE", "kind": "region"}', '"SE", "kind": "region",}').encode(),
        "file",
        "line 7, column",
    ),
    ("invalid UTF-8", _example_text().encode().replace("Skåne".encode(), b"Sk\xe5ne"), "file", "not UTF-8"),
    ("Latin-1 file", _example_text().encode("latin-1", "replace"), "file", "not UTF-8"),
    ("empty file", b"", "file", "empty"),
    ("only white space", b" \n\t", "file", "empty"),
    ("top level is a list", b"[]", "file", "JSON object"),
    ("top level is text", b'"delegation-planner/1"', "file", "not text"),
    ("trailing garbage", b'{"format": "delegation-planner/1"} x', "file", "line 1, column 36"),
    (
        "duplicate key",
        _example_text()
        .replace('"title": "Business delegation to Jiangsu"', '"title": "A", "title": "B"')
        .encode(),
        "delegations[0].title",
        "twice",
    ),
    (
        "duplicate top-level key",
        b'{"format": "delegation-planner/1", "people": [], "people": []}',
        "people",
        "twice",
    ),
    (
        "NaN literal",
        _example_text().replace('"planned": 42000', '"planned": NaN').encode(),
        "delegations[0].costs[0].planned",
        "finite",
    ),
    (
        "Infinity literal",
        _example_text().replace('"actual": 39500', '"actual": -Infinity').encode(),
        "delegations[0].costs[0].actual",
        "finite",
    ),
    (
        "huge integer",
        b'{"format": "delegation-planner/1", "x": ' + b"9" * 5000 + b"}",
        "file",
        "cannot be read",
    ),
    (
        "deep nesting",
        b'{"format": "delegation-planner/1", "x": ' + b"[" * 100000 + b"]" * 100000 + b"}",
        "file",
        "nested",
    ),
    ("not our format", b'{"type": "FeatureCollection", "features": []}', "format", "missing"),
]


@pytest.mark.parametrize(
    ("raw", "path", "reason"), [c[1:] for c in BROKEN_TEXT], ids=[c[0] for c in BROKEN_TEXT]
)
def test_broken_file_is_refused_with_its_place(raw: bytes, path: str, reason: str) -> None:
    problem = first_problem(lambda: read_text(raw))
    assert problem.split(": ", 1)[0] == path, problem
    assert reason in problem.split(": ", 1)[1], problem


def test_missing_file_and_folder(tmp_path: Path) -> None:
    missing = first_problem(lambda: read_file(tmp_path / "nope.json"))
    assert missing.startswith("file: there is no file") and "nope.json" in missing
    folder = first_problem(lambda: read_file(tmp_path))
    assert "is a folder" in folder
