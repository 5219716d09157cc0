"""What the interchange reader's tests share: the contract's example and the first problem of a refusal."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from delegation_planner.interchange.errors import InterchangeError

EXAMPLE = Path(__file__).parent.parent / "data" / "contract-example.json"
SCHEMA = Path(__file__).parent.parent.parent / "docs" / "interchange-v2.schema.json"


def example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def first_problem(call: Callable[[], object]) -> str:
    with pytest.raises(InterchangeError) as caught:
        call()
    return caught.value.problems[0]


def matches_the_schema(data: object) -> None:
    """Raise unless ``data`` is a valid version 2 interchange file (the published JSON Schema)."""
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(data)
