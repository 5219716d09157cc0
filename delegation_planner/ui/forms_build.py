"""Compile ``forms/*.ui`` into ``ui/generated/ui_*.py`` with pyside6-uic.

The generated modules are committed so the program runs without a build step;
``tests/ui/test_forms_fresh.py`` regenerates them and fails if a committed copy
is stale. Run ``make forms`` after editing a form in Qt Designer; ``--check``
only reports stale or missing ones (exit 1), for a commit hook.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
GENERATED = Path(__file__).resolve().parent / "generated"
HEADER = "# Generated from forms/{name} by `make forms` (pyside6-uic). Do not edit by hand.\n"


def uic_executable() -> Path:
    folder = Path(PySide6.__file__).resolve().parent
    for name in ("uic", "uic.exe", "Qt/libexec/uic"):
        candidate = folder / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError("pyside6-uic's compiler was not found in the PySide6 package")


def compile_form(ui_file: Path) -> str:
    """The Python source pyside6-uic makes of one form, with our header and no tool banner."""
    result = subprocess.run(
        [str(uic_executable()), "-g", "python", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    )
    # uic's banner names its own version; dropping it keeps the output stable across
    # PySide6 releases so the staleness test checks the form, not the tool.
    body = [line for line in result.stdout.splitlines() if not line.startswith("#")]
    while body and not body[0].strip():
        body.pop(0)
    source = _SPLITTER.sub(r"= QSplitter(parent=\1)", "\n".join(body))
    return HEADER.format(name=ui_file.name) + _used_imports_only(source) + "\n"


# uic makes a splitter as ``QSplitter(parent)``. Resolving that call, PySide6 tries the
# overload ``QSplitter(Qt.Orientation, parent)`` first and so creates every enum type of
# the Qt namespace (tens of milliseconds before the window's first paint); the parent as a
# keyword leaves one overload to try. The splitters' orientation is set from the form.
_SPLITTER = re.compile(r"= QSplitter\(([\w.]+)\)$", re.MULTILINE)


_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def _used_imports_only(source: str) -> str:
    """uic imports the same forty classes into every form, used or not. PySide6 creates a
    class (and each of its enum types) when it is first imported, and the main window's
    form is built before the window's first paint: so each form imports what it uses."""
    code = _IMPORT.sub("", source)
    used = set(re.findall(r"\b\w+\b", code))

    def keep(match: re.Match[str]) -> str:
        names = [name.strip() for name in match.group(2).split(",") if name.strip() in used]
        return f"from {match.group(1)} import {', '.join(names)}\n" if names else ""

    return _IMPORT.sub(keep, source)


def target_for(ui_file: Path) -> Path:
    return GENERATED / f"ui_{ui_file.stem}.py"


def build_all() -> list[Path]:
    written = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        target = target_for(ui_file)
        target.write_text(compile_form(ui_file), encoding="utf-8")
        written.append(target)
    return written


def stale() -> list[Path]:
    """The forms whose generated module is missing or differs from a fresh compile."""
    return [
        ui_file
        for ui_file in sorted(FORMS.glob("*.ui"))
        if not target_for(ui_file).exists()
        or target_for(ui_file).read_text(encoding="utf-8") != compile_form(ui_file)
    ]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        found = stale()
        for ui_file in found:
            print(
                f"{target_for(ui_file).relative_to(ROOT)} is stale: run `make forms` after editing {ui_file.name}"
            )
        return 1 if found else 0
    for path in build_all():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
