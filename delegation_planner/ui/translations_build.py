"""Update the window's catalogues (``ui/translations/*.ts``) and compile them to ``.qm``.

``make translations`` runs this after window texts change: pyside6-lupdate reads
every ``self.tr()`` / ``QCoreApplication.translate()`` in ``ui/`` and every form in
``forms/`` and adds new texts to the Swedish and Danish catalogues (and drops
texts no longer used); a translator then fills them in with Qt Linguist
(``pyside6-linguist``) or any editor, and this runs again to compile them with
pyside6-lrelease. The English catalogue holds only the counted texts, whose
singular and plural the source cannot spell both ("%n delegation(s)").

The ``.qm`` files are committed (the program runs without a build step, as with
the forms); ``tests/ui/test_translations.py`` fails when a catalogue misses a
text, has one unfinished, or a ``.qm`` is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
UI = Path(__file__).resolve().parent
FORMS = ROOT / "forms"
TRANSLATIONS = UI / "translations"
LANGUAGES = ("sv", "da", "en")
PLURAL_ONLY = ("en",)
# Module-level label tables call ``_tr = QCoreApplication.translate``; lupdate is told
# the alias. Locations are left out: line numbers would change the catalogues (and
# make merges conflict) on every edit of the code around a text.
LUPDATE_OPTIONS = ["-tr-function-alias", "translate+=_tr", "-locations", "none", "-no-obsolete", "-silent"]


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"delegation_planner_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"delegation_planner_{language}.qm"


def sources() -> list[Path]:
    """Every file whose texts the window shows: the ui modules (not the generated ones) and the forms."""
    modules = [p for p in sorted(UI.rglob("*.py")) if "generated" not in p.relative_to(UI).parts]
    return [*modules, *sorted(FORMS.glob("*.ui"))]


def _tool(name: str) -> Path:
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (name, f"{name}.exe", f"Qt/libexec/{name}", f"Qt/bin/{name}"):
        path = folder / candidate
        if path.exists():
            return path
    raise FileNotFoundError(f"{name} was not found in the PySide6 package")


def update(language: str, folder: Path = TRANSLATIONS) -> Path:
    """Run lupdate into ``folder``'s catalogue for ``language`` (created if missing)."""
    target = ts_path(language, folder)
    extra = ["-pluralonly"] if language in PLURAL_ONLY else []
    subprocess.run(
        [
            str(_tool("lupdate")),
            *LUPDATE_OPTIONS,
            *extra,
            "-source-language",
            "en_GB",
            "-target-language",
            language,
            *map(str, sources()),
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return target


def release(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [str(_tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
        text=True,
    )


def build_all() -> list[Path]:
    written = []
    for language in LANGUAGES:
        written.append(update(language))
        release(ts_path(language), qm_path(language))
        written.append(qm_path(language))
    return written


if __name__ == "__main__":
    for path in build_all():
        print(f"wrote {path.relative_to(ROOT)}")
    sys.exit(0)
