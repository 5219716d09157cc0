"""The core never imports Qt: each core package is imported in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = [
    "delegation_planner.domain",
    "delegation_planner.storage",
    "delegation_planner.interchange",
    "delegation_planner.documents",
    "delegation_planner.exchange",
    "delegation_planner.texts",
    "delegation_planner.cli",
]


@pytest.mark.parametrize("package", CORE)
def test_core_package_loads_no_qt(package):
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for info in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"{package} loaded Qt modules: {result.stdout.strip()}"
