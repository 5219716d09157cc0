"""Bounded input: an interchange file's memory stays a small multiple of its size,
and a file over the limit (or not a file at all) is refused before it is read."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from delegation_planner.interchange import decoding
from delegation_planner.interchange.errors import InterchangeError
from delegation_planner.interchange.reader import read_file

HEAD = '{"format": "delegation-planner/1", "people": ['


def _peak_while_reading(path: Path) -> int:
    tracemalloc.start()
    try:
        with pytest.raises(InterchangeError):
            read_file(path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    ("entry", "bound"),
    [
        # A file of empty objects once cost 120 times its size (every path built at once).
        ("{}", 8),
        # Distinct small objects: a dictionary each is the floor of what Python's json costs.
        ('{"id":1}', 35),
        # Objects that repeat a key: only the repeated ones get a path.
        ('{"a":1,"a":2}', 35),
    ],
)
def test_memory_stays_a_small_multiple_of_the_file(tmp_path: Path, entry: str, bound: int) -> None:
    path = tmp_path / "hostile.json"
    count = 1_500_000 // len(entry)
    path.write_text(HEAD + ",".join([entry] * count) + "]}", encoding="utf-8")
    peak = _peak_while_reading(path)
    assert peak < bound * path.stat().st_size, f"{peak / path.stat().st_size:.1f} times the file"


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decoding, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 1001)
    with pytest.raises(InterchangeError, match=r"larger than .* the largest interchange file"):
        read_file(path)
    # A sparse file of the real limit's size is refused just as fast, without reading it.
    monkeypatch.undo()
    with path.open("wb") as handle:
        handle.truncate(decoding.MAX_FILE_BYTES + 1)
    tracemalloc.start()
    try:
        with pytest.raises(InterchangeError, match="larger than 100 MB"):
            read_file(path)
        assert tracemalloc.get_traced_memory()[1] < 1_000_000
    finally:
        tracemalloc.stop()


def test_a_device_or_a_pipe_is_not_read(tmp_path: Path) -> None:
    with pytest.raises(InterchangeError, match="not a regular file"):
        read_file(Path("/dev/zero"))
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(InterchangeError, match="not a regular file"):
        read_file(fifo)


def test_duplicate_keys_are_still_found_at_every_depth() -> None:
    from delegation_planner.interchange.reader import read_text

    raw = (
        '{"format": "delegation-planner/1", "format": "delegation-planner/1", "people": '
        '[{"id": "a", "name": "A", "kind": "other", "name": "B"}]}'
    )
    with pytest.raises(InterchangeError) as caught:
        read_text(raw)
    assert caught.value.problems[:2] == [
        "format: appears twice in the same object",
        "people[0].name: appears twice in the same object",
    ]


def test_a_huge_key_with_terminal_escapes_makes_a_short_escaped_message() -> None:
    from delegation_planner.interchange.reader import read_text

    key = "\x1b[2J\x1b[31m" + "k" * 1_000_000
    raw = '{"format": "delegation-planner/1", "' + key.replace("\x1b", "\\u001b") + '": 1}'
    with pytest.raises(InterchangeError) as caught:
        read_text(raw)
    message = str(caught.value)
    assert len(message) <= 250 and message.endswith("…")
    assert "\x1b" not in message and message.startswith("\\x1b[2J\\x1b[31mkkk")


def test_the_command_line_prints_escaped_short_reasons(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "evil.json"
    path.write_text('{"format": "delegation-planner/1", "\\u001b[31m' + "k" * 1_000_000 + '": 1}')
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "delegation_planner.cli",
            "import",
            str(path),
            "--db",
            str(tmp_path / "r.sqlite3"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "\x1b" not in done.stderr and "\\x1b[31m" in done.stderr
    assert len(done.stderr) < 600
