"""The window package keeps its layout: a module's folder says what it is, and
dependencies run one way (README, "The window's layout").

Read from the source with ``ast`` (no Qt needed): every rule here names the modules
that break it, so a new file in the wrong place fails with its own name.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "delegation_planner" / "ui"
PACKAGE = "delegation_planner.ui"

# The app-level modules allowed loose in ui/: the window, its commands and what
# the whole program shares. Anything else goes in a folder by its role.
APP_LEVEL = {
    "__init__",
    "main_window",
    "window_host",
    "window_commands",
    "window_menus",  # the main window's menu bar
    "server_commands",  # the window's server register: connecting, others' saves, rights
    "server_changes",
    "changes",
    "qt_app",
    "register_check",  # the start: a register file checked while the window's shell is shown
    "session",
    "db_task",
    "typing_pause",  # background computations wait while the person types
    "worker_memory",  # how the workers of db_task make and drop objects beside the window's thread
    "language",
    "crash_handler",
    "system_libraries",
    "register_safety",
    "recent_files",
    "file_transfer",
    "save_locations",
    "file_writing",
    "forms_build",
    "translations_build",
}
ROLES = {"pages", "dialogs", "editor", "widgets", "labels", "models", "generated", "translations"}

# SQL as the storage layer writes it: statements, not window words like "Delete".
SQL = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b"
    r"|\bDELETE\s+FROM\b|\bPRAGMA\s+\w+|\bCREATE\s+(TABLE|INDEX|TRIGGER|VIEW)\b"
)


@dataclass(frozen=True)
class Module:
    name: str  # dotted, below delegation_planner.ui: "pages.dashboard"
    path: Path
    tree: ast.Module

    def imports(self) -> set[str]:
        """Every module imported, anywhere in the file (also under TYPE_CHECKING or in functions)."""
        found: set[str] = set()
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
        return found

    def ui_imports(self) -> set[str]:
        """The ui modules imported, dotted below delegation_planner.ui."""
        prefix = PACKAGE + "."
        return {name[len(prefix) :] for name in self.imports() if name.startswith(prefix)}


def ui_modules() -> list[Module]:
    modules = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).with_suffix("")
        if relative.parts[0] == "generated":
            continue
        modules.append(Module(".".join(relative.parts), path, ast.parse(path.read_text(encoding="utf-8"))))
    return modules


MODULES = ui_modules()


def in_role(role: str) -> list[Module]:
    return [m for m in MODULES if m.name.split(".")[0] == role]


def breaking(modules: list[Module], forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    """Each module that imports one of ``forbidden`` (ui-relative prefixes), with what."""
    found: dict[str, list[str]] = {}
    for module in modules:
        bad = sorted(
            n for n in module.ui_imports() if any(n == f or n.startswith(f + ".") for f in forbidden)
        )
        if bad:
            found[module.name] = bad
    return found


def test_the_layout_was_found() -> None:
    roles = {m.name.split(".")[0] for m in MODULES if "." in m.name}
    assert {"pages", "dialogs", "editor", "widgets", "labels", "models"} <= roles
    assert len(MODULES) > 60


def test_only_app_level_modules_lie_loose_in_ui() -> None:
    loose = sorted(p.stem for p in UI.glob("*.py") if p.stem not in APP_LEVEL)
    assert loose == [], f"put these in one of {sorted(ROLES)} by what they are: {loose}"
    folders = sorted(p.name for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert set(folders) <= ROLES, f"unexpected folders in ui/: {set(folders) - ROLES}"


def test_models_labels_and_widgets_import_no_editor_dialog_page_or_window() -> None:
    forbidden = ("editor", "dialogs", "pages", "main_window", "window_commands", "window_host")
    for role in ("models", "labels", "widgets"):
        assert breaking(in_role(role), forbidden) == {}, role


def test_labels_and_models_build_no_widgets() -> None:
    for module in in_role("labels") + in_role("models"):
        assert "PySide6.QtWidgets" not in module.imports(), module.name


def test_pages_do_not_reach_into_the_main_window() -> None:
    forbidden = ("main_window", "window_commands", "window_host", "generated.ui_main_window")
    assert breaking(in_role("pages"), forbidden) == {}


def test_only_the_starter_imports_the_main_window() -> None:
    users = sorted(m.name for m in MODULES if "main_window" in m.ui_imports() and m.name != "main_window")
    # window_menus is the window's own menu bar, kept apart for size (it names the window's type).
    assert users == ["qt_app", "window_menus"]


def test_the_main_window_and_its_commands_do_not_import_each_other() -> None:
    by_name = {m.name: m for m in MODULES}
    assert "main_window" not in by_name["window_commands"].ui_imports()
    assert "main_window" not in by_name["register_safety"].ui_imports()
    assert "main_window" not in by_name["dialogs.personal_data"].ui_imports()


def test_pages_are_found_by_typed_code_not_by_name_strings() -> None:
    for module in MODULES:
        assert "importlib" not in module.imports(), module.name
        assert not any(
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "getattr"
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and str(node.args[1].value).endswith("Page")
            for node in ast.walk(module.tree)
        ), module.name


def test_no_database_module_in_the_window() -> None:
    for module in MODULES:
        imported = module.imports()
        assert not any(n == "sqlite3" or n.startswith("sqlite3.") for n in imported), module.name
        # The connection is handed around as a sqlite_utils.Database (its type only);
        # queries on it are the storage layer's.
        assert {n for n in imported if n.startswith("sqlite_utils")} <= {
            "sqlite_utils",
            "sqlite_utils.Database",
        }, module.name


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.name)
def test_no_sql_in_the_window(module: Module) -> None:
    statements = [
        node.value
        for node in ast.walk(module.tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value)
    ]
    joined = [
        node
        for node in ast.walk(module.tree)
        if isinstance(node, ast.JoinedStr)
        and SQL.search(
            "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        )
    ]
    assert statements == [] and joined == [], f"{module.name} holds SQL; ask a storage function instead"


def test_the_sql_pattern_catches_what_it_should() -> None:
    assert SQL.search("SELECT rowid FROM delegations WHERE id = ?")
    assert SQL.search("PRAGMA busy_timeout = 5000")
    assert SQL.search("DELETE FROM people WHERE id = ?")
    assert not SQL.search("Delete the selected person? Select another one from the list.")
    assert not SQL.search("Update the register")


def test_the_window_commands_ask_pages_rather_than_reach_into_their_widgets() -> None:
    reach = re.compile(r"\b(page|delegations|record_pages\[[^]]*\])\.(ui|model)\.")
    for name in ("window_commands", "register_safety", "dialogs.personal_data"):
        module = next(m for m in MODULES if m.name == name)
        assert not reach.search(module.path.read_text(encoding="utf-8")), name
