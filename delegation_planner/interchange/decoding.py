"""From bytes to a JSON value, with plain-words reasons for every way that can fail.

Stricter than ``json.loads`` where a hand-edited file needs it: a key repeated in
one object is remembered (and later refused by path), and text that is not UTF-8
is named as such rather than read in some other encoding.
"""

from __future__ import annotations

import json
from pathlib import Path

from delegation_planner.interchange.errors import InterchangeError
from delegation_planner.interchange.fields import Problems, item, member


class _Object(dict[str, object]):
    """A decoded JSON object that remembers which keys it held more than once.

    ``json`` silently keeps the last of duplicate keys; in a hand-edited file that
    usually means one of two values was meant to be somewhere else, so it is refused.
    """

    duplicated: tuple[str, ...] = ()


def _pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = _Object(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        duplicated: list[str] = []
        for name, _ in pairs:
            if name in seen and name not in duplicated:
                duplicated.append(name)
            seen.add(name)
        result.duplicated = tuple(duplicated)
    return result


def _constant(name: str) -> float:
    # NaN and Infinity are not JSON, but Python's json reads them; let them through as
    # floats so the field that holds one is named ("must be a finite number").
    return float(name)


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``, or an ``InterchangeError`` saying in plain words why not."""
    if path.is_dir():
        raise InterchangeError(f"file: {path} is a folder, not an interchange file")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InterchangeError(f"file: there is no file {path}") from None
    except PermissionError:
        raise InterchangeError(f"file: {path} cannot be read (permission denied)") from None
    except OSError as error:
        raise InterchangeError(f"file: {path} cannot be read ({error.strerror or error})") from None


def decode(raw: bytes | str) -> object:
    """The JSON value in ``raw``; objects that repeated a key carry ``duplicated``."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            offset = error.start + (3 if raw.startswith(b"\xef\xbb\xbf") else 0)
            line = raw.count(b"\n", 0, offset) + 1
            raise InterchangeError(
                f"file: is not UTF-8 text (byte 0x{raw[offset]:02X} on line {line} cannot be read); "
                "save it with the UTF-8 encoding"
            ) from None
    else:
        text = raw.removeprefix("\ufeff")
    if not text.strip():
        raise InterchangeError("file: is empty (an interchange file is a JSON object)")
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    except json.JSONDecodeError as error:
        reason = error.msg[:1].lower() + error.msg[1:]
        raise InterchangeError(
            f"file: is not valid JSON at line {error.lineno}, column {error.colno} ({reason})"
        ) from None
    except RecursionError:
        raise InterchangeError("file: is nested too deeply to be an interchange file") from None
    except ValueError:
        # The one other ValueError json raises: Python refuses to convert integers of
        # thousands of digits (a guard against slow parsing).
        raise InterchangeError(
            "file: cannot be read as JSON (it holds a number thousands of digits long)"
        ) from None


def find_duplicate_keys(data: object, problems: Problems) -> None:
    # Walked with an explicit stack: json accepts nesting as deep as the recursion
    # limit, which a recursive walk started further down the stack would exceed.
    stack: list[tuple[str, object]] = [("", data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            for name in getattr(value, "duplicated", ()):
                problems.add(member(path, name), "appears twice in the same object")
            stack.extend((member(path, k), v) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((item(path, i), v) for i, v in reversed(list(enumerate(value))))
