"""From bytes to a JSON value, with plain-words reasons for every way that can fail.

Stricter than ``json.loads`` where a hand-edited file needs it: a key repeated in
one object is remembered (and later refused by path), and text that is not UTF-8
is named as such rather than read in some other encoding.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from delegation_planner.interchange.errors import InterchangeError
from delegation_planner.interchange.fields import Problems, item, member
from delegation_planner.texts.catalogue import tr


class _Object(dict[str, object]):
    """A decoded JSON object that remembers which keys it held more than once.

    ``json`` silently keeps the last of duplicate keys; in a hand-edited file that
    usually means one of two values was meant to be somewhere else, so it is refused.
    Read ``duplicated`` with ``getattr(value, "duplicated", ())``: a slot (no
    per-object ``__dict__``) that is set only on objects that repeated a key.
    """

    __slots__ = ("clean_inside", "duplicated")
    duplicated: tuple[str, ...]
    # Set on the top level only: True when no object inside repeated a key, so the walk
    # over every value of the file (seconds for millions of values) can be skipped.
    clean_inside: bool


# A file is refused above this size before it is read: decoding JSON in Python costs
# about six times the file in memory (up to thirty times for a file made of nothing but
# tiny objects), and no office's history comes near it (ten thousand delegations with
# their participants and programmes take about 24 MB).
MAX_FILE_BYTES = 100 * 1024 * 1024

# Every empty object in a file is this one (never changed by the reader), so a file of
# millions of "{}" costs a pointer for each rather than a dictionary for each.
_EMPTY: dict[str, object] = {}


def _pairs_hook() -> Callable[[list[tuple[str, object]]], dict[str, object]]:
    # Tuples of repeated keys are shared within one file: a file repeating the same
    # mistake a million times keeps one tuple.
    seen_duplicates: dict[tuple[str, ...], tuple[str, ...]] = {}

    def pairs_to_object(pairs: list[tuple[str, object]]) -> dict[str, object]:
        if not pairs:
            return _EMPTY
        result = dict(pairs)
        if len(result) == len(pairs):
            return result
        # Only an object that repeated a key pays for the subclass (a plain dict is smaller).
        marked = _Object(pairs)
        seen: set[str] = set()
        duplicated: list[str] = []
        for name, _ in pairs:
            if name in seen and name not in duplicated:
                duplicated.append(name)
            seen.add(name)
        found = tuple(duplicated)
        marked.duplicated = seen_duplicates.setdefault(found, found)
        return marked

    # Read by ``decode``: whether any object of the file repeated a key.
    pairs_to_object.seen_duplicates = seen_duplicates  # type: ignore[attr-defined]
    return pairs_to_object


def _constant(name: str) -> float:
    # NaN and Infinity are not JSON, but Python's json reads them; let them through as
    # floats so the field that holds one is named ("must be a finite number").
    return float(name)


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``, or an ``InterchangeError`` saying in plain words why not."""
    if path.is_dir():
        raise InterchangeError(tr("file: {path} is a folder, not an interchange file", path=path))
    if path.exists() and not path.is_file():
        # A device or a pipe: /dev/zero would never end, a pipe would wait for a writer.
        raise InterchangeError(tr("file: {path} is not a regular file", path=path))
    try:
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_FILE_BYTES:
                raise InterchangeError(too_large(path))
            data = handle.read()
        if len(data) > MAX_FILE_BYTES:  # it grew while being read
            raise InterchangeError(too_large(path))
        return data
    except FileNotFoundError:
        raise InterchangeError(tr("file: there is no file {path}", path=path)) from None
    except PermissionError:
        raise InterchangeError(tr("file: {path} cannot be read (permission denied)", path=path)) from None
    except OSError as error:
        raise InterchangeError(
            tr("file: {path} cannot be read ({reason})", path=path, reason=error.strerror or error)
        ) from None


def too_large(path: Path) -> str:
    return tr(
        "file: {path} is larger than {megabytes} MB, the largest interchange file this program "
        "reads; split it into several files (by year, say)",
        path=path,
        megabytes=MAX_FILE_BYTES // (1024 * 1024),
    )


def decode(raw: bytes | str) -> object:
    """The JSON value in ``raw``; objects that repeated a key carry ``duplicated``."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            offset = error.start + (3 if raw.startswith(b"\xef\xbb\xbf") else 0)
            line = raw.count(b"\n", 0, offset) + 1
            raise InterchangeError(
                tr(
                    "file: is not UTF-8 text (byte 0x{value:02X} on line {line} cannot be read); save "
                    "it with the UTF-8 encoding",
                    value=raw[offset],
                    line=line,
                )
            ) from None
    else:
        text = raw.removeprefix("\ufeff")
    if not text.strip():
        raise InterchangeError(tr("file: is empty (an interchange file is a JSON object)"))
    try:
        hook = _pairs_hook()
        data = json.loads(text, object_pairs_hook=hook, parse_constant=_constant)
        if isinstance(data, dict):
            top = data if isinstance(data, _Object) else _Object(data)
            top.clean_inside = not hook.seen_duplicates  # type: ignore[attr-defined]
            return top
        return data
    except json.JSONDecodeError as error:
        reason = error.msg[:1].lower() + error.msg[1:]
        raise InterchangeError(
            tr(
                "file: is not valid JSON at line {lineno}, column {colno} ({reason})",
                lineno=error.lineno,
                colno=error.colno,
                reason=reason,
            )
        ) from None
    except RecursionError:
        raise InterchangeError(tr("file: is nested too deeply to be an interchange file")) from None
    except ValueError:
        # The one other ValueError json raises: Python refuses to convert integers of
        # thousands of digits (a guard against slow parsing).
        raise InterchangeError(
            tr("file: cannot be read as JSON (it holds a number thousands of digits long)")
        ) from None


def find_duplicate_keys(data: object, problems: Problems) -> None:
    # Walked with a stack of iterators, so memory grows with the nesting depth and not
    # with the size of the file (a path is made only for a key that is repeated), and
    # with no recursion: json accepts nesting as deep as the recursion limit, which a
    # recursive walk started further down the stack would exceed.
    for repeated in getattr(data, "duplicated", ()):
        problems.add(repeated, tr("appears twice in the same object"))
    if getattr(data, "clean_inside", False):
        return
    stack: list[tuple[str, Iterator[tuple[str | int, object]]]] = [("", _children(data))]
    while stack:
        path, children = stack[-1]
        step = next(children, None)
        if step is None:
            stack.pop()
            continue
        name, value = step
        if isinstance(value, dict | list) and value:
            inner = member(path, name) if isinstance(name, str) else item(path, name)
            if isinstance(value, dict):
                for repeated in getattr(value, "duplicated", ()):
                    problems.add(member(inner, repeated), tr("appears twice in the same object"))
            stack.append((inner, _children(value)))


def _children(value: object) -> Iterator[tuple[str | int, object]]:
    if isinstance(value, dict):
        return iter(value.items())
    if isinstance(value, list):
        return enumerate(value)
    return iter(())
