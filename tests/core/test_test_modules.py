"""A test module never imports another test module: shared helpers live in tests/helpers.

Importing one runs its module-level code and marks in the other's collection, and a
helper moved or renamed there breaks tests that seem unrelated.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_test_module_imports_another() -> None:
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        for module in imported_modules(path):
            parts = module.split(".")
            if parts[0] == "tests" and any(part.startswith("test_") for part in parts[1:]):
                offenders.append(f"{path.relative_to(TESTS.parent)} imports {module}")
    assert not offenders, "move what is shared into tests/helpers: " + "; ".join(offenders)
