"""A person's paths through the main window, on a temporary register and INI settings."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from delegation_planner.storage import repository
from delegation_planner.ui.session import RegisterSession
from tests.ui.register_fixtures import fill_register


def keys(window):
    model = window.delegations.model
    return [model.key_at(r) for r in range(model.rowCount())]


def wait_keys(qtbot, window, expected):
    qtbot.waitUntil(
        lambda: not window.delegations.model.is_loading and keys(window) == expected, timeout=5000
    )


def test_register_shows_the_delegations(make_window, register_path):
    window = make_window(register_path)
    assert keys(window) == ["jiangsu-2026", "gd-2025", "tianjin-2024"]
    assert window.ui.count_label.text() == "3 delegations"
    assert window.ui.register_stack.currentWidget() is window.ui.table_view
    assert [window.ui.tab_widget.tabText(i).replace("&", "") for i in range(7)] == [
        "Overview",
        "Delegations",
        "Before departure",
        "Follow-up",
        "People",
        "Organisations",
        "Agreements",
    ]
    assert "read-only" not in window.windowTitle()
    assert str(register_path) in window._path_label.text()


def test_the_count_says_loading_only_when_an_answer_is_slow(qtbot, make_window, register_path):
    window = make_window(register_path)
    qtbot.keyClicks(window.ui.filter_edit, "guang")
    # Typed: the count stays as it was until the answer, which comes within milliseconds.
    assert window.ui.count_label.text() == "3 delegations"
    wait_keys(qtbot, window, ["gd-2025"])
    assert window.ui.count_label.text() == "1 of 3 delegations"
    # An answer that takes longer (a busy server) is said to be on its way.
    window.delegations.model._set_loading(True)
    assert window.ui.count_label.text() == "1 of 3 delegations"
    qtbot.waitUntil(lambda: window.ui.count_label.text() == "Loading…", timeout=2000)
    window.delegations.model._set_loading(False)
    assert window.ui.count_label.text() == "1 of 3 delegations"


def test_typing_in_the_filter_narrows_and_esc_clears(qtbot, make_window, register_path):
    window = make_window(register_path)
    qtbot.keyClicks(window.ui.filter_edit, "guang")
    wait_keys(qtbot, window, ["gd-2025"])
    assert window.ui.count_label.text() == "1 of 3 delegations"
    window.ui.filter_edit.setFocus()
    qtbot.keyClick(window.ui.filter_edit, Qt.Key.Key_Escape)
    assert window.ui.filter_edit.text() == ""
    wait_keys(qtbot, window, ["jiangsu-2026", "gd-2025", "tianjin-2024"])
    window.ui.filter_edit.setText("no such thing")
    qtbot.waitUntil(lambda: window.ui.register_stack.currentWidget() is window.ui.empty_label, timeout=5000)
    assert "No delegation matches" in window.ui.empty_label.text()


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_direction_year_and_partner_filters(qtbot, make_window, register_path):
    window = make_window(register_path)
    ui = window.ui
    assert [ui.year_combo.itemText(i) for i in range(ui.year_combo.count())] == [
        "All",
        "2026",
        "2025",
        "2024",
    ]
    assert [ui.partner_combo.itemText(i) for i in range(ui.partner_combo.count())] == [
        "All",
        "Guangdong",
        "Jiangsu",
        "Tianjin",
    ]
    choose(ui.direction_combo, "inbound")
    wait_keys(qtbot, window, ["gd-2025"])
    choose(ui.direction_combo, None)
    choose(ui.year_combo, 2024)
    wait_keys(qtbot, window, ["tianjin-2024"])
    choose(ui.year_combo, None)
    choose(ui.partner_combo, "Jiangsu")
    wait_keys(qtbot, window, ["jiangsu-2026"])


def test_sort_by_clicking_a_header(qtbot, make_window, register_path):
    window = make_window(register_path)
    header = window.ui.table_view.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(0) + 20, 5)
    )
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == 0, timeout=2000)
    order = header.sortIndicatorOrder()
    expected = ["jiangsu-2026", "gd-2025", "tianjin-2024"]
    if order == Qt.SortOrder.DescendingOrder:
        expected.reverse()
    wait_keys(qtbot, window, expected)


@pytest.mark.parametrize(
    ("answer", "gone"), [(QMessageBox.StandardButton.Yes, True), (QMessageBox.StandardButton.No, False)]
)
def test_delete_asks_first(qtbot, make_window, register_path, monkeypatch, answer, gone):
    window = make_window(register_path)
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    window.delegations.select_row(1)
    window.ui.table_view.setFocus()
    qtbot.keyClick(window.ui.table_view, Qt.Key.Key_Delete)
    assert asked and "Guangdong state visit" in asked[0]
    expected = ["jiangsu-2026", "tianjin-2024"] if gone else ["jiangsu-2026", "gd-2025", "tianjin-2024"]
    wait_keys(qtbot, window, expected)
    assert repository.delegation_exists(window.session.db, "gd-2025") is not gone


def test_new_via_ctrl_n_and_open_via_enter(qtbot, make_window, register_path, fake_editor):
    window = make_window(register_path)
    window.ui.table_view.setFocus()
    qtbot.keyClick(window.ui.table_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert fake_editor.opened == [(None, False)]
    qtbot.waitUntil(lambda: "new-one" in keys(window), timeout=5000)
    qtbot.waitUntil(lambda: window.delegations.current_key() == "new-one", timeout=5000)
    qtbot.keyClick(window.ui.table_view, Qt.Key.Key_Return)
    assert fake_editor.opened[-1] == ("new-one", False)


def test_second_window_on_the_same_register_is_read_only(qtbot, make_window, register_path, fake_editor):
    first = make_window(register_path)
    second = make_window(register_path)
    assert not first.session.read_only
    assert second.session.read_only
    assert "read-only" in second.windowTitle()
    assert "Read-only" in second._mode_label.text()
    assert not second.delegations.new_action.isEnabled()
    second.delegations.select_row(0)
    assert not second.delegations.delete_action.isEnabled()
    assert not second.ui.delete_button.isEnabled()
    assert not second.import_action.isEnabled()
    assert second.ui.open_button.isEnabled()  # to read it
    second.close()
    first.close()
    again = RegisterSession.open(register_path)  # both let go of the lock
    assert not again.read_only
    again.close()


def test_recent_registers_and_switching(qtbot, make_window, register_path, tmp_path, settings):
    other = tmp_path / "other.sqlite3"
    fill_register(other)
    window = make_window(register_path)
    assert window.switch_register(other)
    qtbot.waitUntil(lambda: not window.delegations.model.is_loading, timeout=5000)
    assert window.session.path == other
    assert window.recent.paths() == [other, register_path]
    probe = RegisterSession.open(register_path)
    assert not probe.read_only
    probe.close()
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert any("register.sqlite3" in t for t in texts)
    register_path.unlink()
    assert window.recent.paths() == [other]  # missing files are dropped
    for i in range(10):
        extra = tmp_path / f"r{i}.sqlite3"
        extra.write_bytes(b"")
        window.recent.add(extra)
    assert len(window.recent.paths()) == 8
    window.recent.clear()
    assert window.recent.paths() == []


def test_import_of_a_broken_file_shows_the_problem_and_changes_nothing(
    qtbot, make_window, register_path, tmp_path, monkeypatch
):
    pytest.importorskip("delegation_planner.interchange.service")
    from delegation_planner.ui import file_transfer

    window = make_window(register_path)
    broken = tmp_path / "broken.json"
    broken.write_text(
        json.dumps(
            {
                "format": "delegation-planner/1",
                "delegations": [
                    {
                        "id": "x",
                        "title": "X",
                        "direction": "sideways",
                        "purpose": "official",
                        "start": "2026-01-01",
                        "end": "2026-01-02",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    shown = []
    monkeypatch.setattr(
        file_transfer, "show_problems", lambda parent, path, problems, truncated=False: shown.append(problems)
    )
    before = repository.existing_keys(window.session.db)
    task = file_transfer.import_into(window, window.session.path, broken)
    with qtbot.waitSignal(task.failed, timeout=10000):
        pass
    assert shown and any("delegations[0].direction" in p for p in shown[0])
    assert repository.existing_keys(window.session.db) == before


def test_importing_a_file_that_is_not_json_says_so_in_plain_words(
    qtbot, make_window, register_path, tmp_path, monkeypatch
):
    from delegation_planner.ui import file_transfer

    window = make_window(register_path)
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.informativeText(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    listing = tmp_path / "participants.csv"
    listing.write_text("Name;Organisation\nAnna Svensson;Region Skåne\n", encoding="utf-8")
    task = file_transfer.import_into(window, window.session.path, listing)
    with qtbot.waitSignal(task.failed, timeout=10000):
        pass
    assert shown[0][0] == "This is not an interchange file (a delegation-planner JSON file)."
    assert "is not valid JSON at line 1, column 1" in shown[0][1]  # the detail is kept
    # A JSON file with a fault is an interchange file gone wrong: the reader's words stay.
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "delegation-planner/1",', encoding="utf-8")
    task = file_transfer.import_into(window, window.session.path, broken)
    with qtbot.waitSignal(task.failed, timeout=10000):
        pass
    assert "is not valid JSON" in shown[1][0]


@pytest.fixture
def interchange_file(register_path, tmp_path):
    from delegation_planner.interchange.service import export_file
    from delegation_planner.storage.database import open_database

    db = open_database(register_path)
    path = tmp_path / "register.json"
    export_file(db, path)
    db.close()
    empty = tmp_path / "empty.sqlite3"
    open_database(empty).close()
    return path, empty


def test_import_runs_in_the_background_and_refreshes(qtbot, make_window, interchange_file, monkeypatch):
    from delegation_planner.ui import file_transfer

    path, empty = interchange_file
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window = make_window(empty)
    refreshed = []
    task = file_transfer.import_into(window, window.session.path, path, lambda: refreshed.append(True))
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert refreshed and told and told[0].startswith("Imported register.json")
    assert len(repository.existing_keys(window.session.db)["delegations"]) == 3


def test_a_cancelled_import_leaves_the_register_unchanged(qtbot, make_window, interchange_file, monkeypatch):
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from delegation_planner.interchange import service
    from delegation_planner.ui import file_transfer

    path, empty = interchange_file
    release = threading.Event()
    merge = service.merge_register

    def merge_then_wait(db, register, progress=None):
        merge(db, register, progress)  # everything written, not yet committed
        release.wait(5)
        progress(1, 1)

    monkeypatch.setattr(service, "merge_register", merge_then_wait)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window = make_window(empty)
    task = file_transfer.import_into(window, window.session.path, path)
    dialog = window.findChild(QProgressDialog)
    with qtbot.waitSignal(task.cancelled, timeout=10000):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        release.set()
    assert "cancelled" in told[-1]
    assert repository.existing_keys(window.session.db)["delegations"] == set()


def test_window_state_is_kept_in_settings(qtbot, make_window, register_path, settings):
    window = make_window(register_path)
    window.ui.table_view.horizontalHeader().resizeSection(0, 411)
    window.close()
    assert settings.value("window/geometry") is not None
    again = make_window(register_path)
    assert again.ui.table_view.horizontalHeader().sectionSize(0) == 411


def test_pages_are_built_when_first_shown_and_follow_up_counts_are_visible(make_window, register_path):
    window = make_window(register_path)
    assert "people" not in window.record_pages  # nothing loaded that nobody looked at
    window.ui.tab_widget.setCurrentWidget(window.ui.people_tab)
    assert "people" in window.record_pages
    window.ui.tab_widget.setCurrentWidget(window.ui.follow_up_tab)
    assert "follow_up" in window.record_pages
    window.ui.follow_up_tabs.setCurrentWidget(window.ui.results_tab)
    assert "results" in window.record_pages
    assert window.page("new_contacts") is window.record_pages["new_contacts"]
    assert window._follow_up_label.text().startswith("Follow-up:")


def test_opening_a_delegation_from_the_follow_up_overview(make_window, register_path, monkeypatch):
    window = make_window(register_path)
    opened = []
    monkeypatch.setattr(window.delegations, "_edit", lambda key: opened.append(key))
    window.page("follow_up").open_delegation.emit("gd-2025")
    assert opened == ["gd-2025"]


def test_a_damaged_register_is_refused_untouched_and_leaves_nothing_beside_it(tmp_path):
    import hashlib

    import pytest

    from delegation_planner.storage.errors import StorageError
    from delegation_planner.ui.session import RegisterSession

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    before = hashlib.sha256(damaged.read_bytes()).hexdigest()
    with pytest.raises(StorageError):
        RegisterSession.open(damaged)
    assert hashlib.sha256(damaged.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.sqlite3"]


def test_pages_not_on_screen_reload_when_next_shown(make_window, register_path, monkeypatch):
    window = make_window(register_path)
    window.ui.tab_widget.setCurrentWidget(window.ui.people_tab)
    people = window.record_pages["people"]
    window.ui.tab_widget.setCurrentWidget(window.ui.delegations_tab)
    reloads = []
    monkeypatch.setattr(people, "reload", lambda *a: reloads.append(1))
    window.refresh_all()
    assert reloads == []  # not on screen: no second-long reload after every save
    window.ui.tab_widget.setCurrentWidget(window.ui.people_tab)
    assert reloads == [1]
    window.ui.tab_widget.setCurrentWidget(window.ui.delegations_tab)
    window.ui.tab_widget.setCurrentWidget(window.ui.people_tab)
    assert reloads == [1]  # shown again without a change: nothing to reload


def test_ctrl_f_on_the_overview_and_departures_goes_to_the_register_search(qtbot, make_window, register_path):
    window = make_window(register_path)
    for tab in (window.ui.overview_tab, window.ui.departures_tab):
        window.ui.tab_widget.setCurrentWidget(tab)
        window.activateWindow()
        target = tab.focusWidget() or tab
        target.setFocus()
        qtbot.keyClick(target, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert window.ui.tab_widget.currentWidget() is window.ui.delegations_tab
        qtbot.waitUntil(lambda: window.ui.filter_edit.hasFocus())


def test_ctrl_f_from_every_tab_reaches_a_search_box(qtbot, make_window, register_path):
    """From a tab without a search of its own (the overview, departures, the follow-up's
    sub-tabs without one) Ctrl+F goes to the register's search box; a record
    page's Ctrl+F goes to its own filter. Never nowhere."""
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

    window = make_window(register_path, show_register=False)
    tabs = window.ui.tab_widget
    reached: dict[str, str] = {}
    for index in range(tabs.count()):
        sub_tabs = window.ui.follow_up_tabs if tabs.widget(index) is window.ui.follow_up_tab else None
        for sub in range(sub_tabs.count()) if sub_tabs is not None else [None]:
            tabs.setCurrentIndex(index)
            if sub_tabs is not None and sub is not None:
                sub_tabs.setCurrentIndex(sub)
            shown = sub_tabs.currentWidget() if sub_tabs is not None else tabs.currentWidget()
            name = tabs.tabText(index) + ("/" + sub_tabs.tabText(sub) if sub_tabs is not None else "")
            window.activateWindow()
            # Where a person's focus is on the tab: its first list (the page is built when shown).
            qtbot.wait(20)
            views = [v for v in shown.findChildren(QAbstractItemView) if v.isVisible()]
            target = views[0] if views else shown
            target.setFocus()
            qtbot.keyClick(target, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
            qtbot.wait(30)
            assert isinstance(QApplication.focusWidget(), QLineEdit), (
                f"Ctrl+F on {name} reached no search box"
            )
            focused = QApplication.focusWidget()
            if focused is window.ui.filter_edit:
                assert tabs.currentWidget() is window.ui.delegations_tab
                reached[name] = "register"
            else:
                assert shown.isAncestorOf(focused), name  # the page's own filter
                reached[name] = "own"
    assert reached == {
        "&Overview": "register",
        "&Delegations": "register",
        "&Before departure": "register",
        "Follo&w-up/Open &points": "own",
        "Follo&w-up/&Results": "own",
        "Follo&w-up/Agreement &visits": "register",
        "Follo&w-up/New &contacts": "own",
        "&People": "own",
        "O&rganisations": "own",
        "A&greements": "own",
    }


def test_the_demo_register_opens_from_the_help_menu_and_a_failure_is_said(
    qtbot, make_window, register_path, tmp_path, monkeypatch
):
    from delegation_planner import demo

    monkeypatch.setattr(demo, "default_demo_path", lambda *_a, **_k: tmp_path / "demo" / "demo.sqlite3")
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *_a: warned.append(f"{title}: {text}")
    )
    window = make_window(register_path)

    def cannot(*_args, **_kwargs):
        raise OSError("No space left on device")

    with monkeypatch.context() as broken:
        broken.setattr(demo, "create_demo_database", cannot)
        window.demo_action.trigger()
    assert warned == ["Open demo register: No space left on device"]
    assert window.session.path == register_path.absolute()
    window.demo_action.trigger()
    assert window.session.path == (tmp_path / "demo" / "demo.sqlite3").absolute()
    assert window.session.db.execute("SELECT count(*) FROM delegations").fetchone()[0] > 0
    window.demo_action.trigger()  # already open: nothing happens
    assert warned == ["Open demo register: No space left on device"]
