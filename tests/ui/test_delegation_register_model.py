"""The lazy register model: Qt's model tester, the worker query, stale answers, big registers."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt

from delegation_planner.storage import repository
from delegation_planner.storage.database import open_database
from delegation_planner.storage.register_query import RegisterFilter
from delegation_planner.ui.models import delegations_model
from delegation_planner.ui.models.delegations_model import KEY_ROLE, DelegationsModel
from tests.core.factories import delegation
from tests.ui.register_fixtures import fill_register


@pytest.fixture
def model(qtbot, tmp_path):
    path = tmp_path / "register.sqlite3"
    fill_register(path)
    db = open_database(path)
    model = DelegationsModel(db, path, block_size=2)
    yield model
    model.close()
    db.close()


def wait_result(qtbot, model):
    with qtbot.waitSignal(model.result_ready, timeout=5000):
        pass


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, model):
    with qtbot.waitSignal(model.result_ready, timeout=5000):
        model.refresh()
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_columns_labels_keys_and_newest_first(qtbot, model):
    with qtbot.waitSignal(model.result_ready, timeout=5000):
        model.refresh()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Title",
        "Direction",
        "Partner",
        "Start",
        "End",
        "Purpose",
        "Politicians",
        "GRIP",
        "Status",
    ]
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first == [
        "Business delegation to Jiangsu",
        "Outbound",
        "Jiangsu, China",
        "2026-05-10",
        "2026-05-16",
        "Business promotion",
        "0",
        "✔ Pass",
        "Planned",
    ]
    assert [model.data(model.index(r, 0), KEY_ROLE) for r in range(3)] == [
        "jiangsu-2026",
        "gd-2025",
        "tianjin-2024",
    ]
    assert model.data(model.index(1, 1)) == "Inbound"
    assert model.data(model.index(1, 5)) == "Official visit"


def test_sort_and_filter_run_in_the_worker(qtbot, model):
    with qtbot.waitSignal(model.result_ready, timeout=5000):
        model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.key_at(0) == "jiangsu-2026"
    assert model.key_at(2) == "tianjin-2024"
    with qtbot.waitSignal(model.result_ready, timeout=5000):
        model.set_filter(RegisterFilter(text="guang"))
    assert model.rowCount() == 1 and model.key_at(0) == "gd-2025"
    assert model.row_of_key("gd-2025") == 0
    assert model.row_of_key("jiangsu-2026") is None


def test_only_the_last_of_many_requests_is_shown(qtbot, model):
    results = []
    model.result_ready.connect(lambda: results.append(model.rowCount()))
    for text in ("j", "ji", "jia", "jian", "guang"):
        model.set_filter(RegisterFilter(text=text))  # debounced: typing
    model.set_filter(RegisterFilter(text="tianjin"), immediate=True)
    qtbot.waitUntil(lambda: bool(results) and not model.is_loading, timeout=5000)
    qtbot.wait(300)  # anything stale that was still on its way would arrive now
    assert model.current_filter.text == "tianjin"
    assert model.rowCount() == 1 and model.key_at(0) == "tianjin-2024"
    assert results[-1] == 1


def test_refresh_sees_a_delete_and_deleted_rows_read_empty(qtbot, model, tmp_path):
    with qtbot.waitSignal(model.result_ready, timeout=5000):
        model.refresh()
    db = open_database(tmp_path / "register.sqlite3")
    db.execute("DELETE FROM delegations WHERE id = 'gd-2025'")
    db.conn.commit()
    db.close()
    model._blocks.clear()
    assert model.data(model.index(1, 0)) is None  # gone, but not re-queried yet: no crash
    with qtbot.waitSignal(model.result_ready, timeout=5000):
        model.refresh()
    assert model.rowCount() == 2


def test_a_row_is_worded_once_per_answer_and_again_when_someone_changes_it(
    qtbot, model, tmp_path, monkeypatch
):
    with qtbot.waitSignal(model.result_ready, timeout=5000):
        model.refresh()
    worded: list[str] = []
    display = DelegationsModel._display
    monkeypatch.setattr(
        DelegationsModel, "_display", lambda self, r, c: worded.append(r.key) or display(self, r, c)
    )
    # Painted three times (a hover, a scroll back): the texts are made once.
    for _ in range(3):
        shown = [[model.index(row, c).data() for c in range(model.columnCount())] for row in range(3)]
    assert len(worded) == 3 * model.columnCount()
    assert shown[0][0] == model.index(0, 0).data()
    key = model.key_at(0)
    db = open_database(tmp_path / "register.sqlite3")
    db.execute("UPDATE delegations SET title = 'Renamed elsewhere' WHERE id = ?", [key])
    db.conn.commit()
    db.close()
    assert model.row_changed(key)
    assert model.index(0, 0).data() == "Renamed elsewhere"
    # An answer words its rows anew (another filter, another order).
    worded.clear()
    with qtbot.waitSignal(model.result_ready, timeout=5000):
        model.refresh()
    model.index(0, 0).data()
    assert worded


def test_the_words_of_a_value_many_rows_share_are_made_once(qtbot, model, monkeypatch):
    with qtbot.waitSignal(model.result_ready, timeout=5000):
        model.refresh()
    worded: list[tuple[int, str]] = []
    word = DelegationsModel._word
    monkeypatch.setattr(
        DelegationsModel, "_word", lambda self, r, c: worded.append((c, r.key)) or word(self, r, c)
    )
    first = [[model.index(row, c).data() for c in range(model.columnCount())] for row in range(3)]
    made = len(worded)
    assert made
    # The next answer (another filter, the same rows): the rows' texts are made again from the
    # words already made, and read the same.
    with qtbot.waitSignal(model.result_ready, timeout=5000):
        model.refresh()
    again = [[model.index(row, c).data() for c in range(model.columnCount())] for row in range(3)]
    assert again == first
    assert len(worded) == made


def generate(path, count):
    db = open_database(path)
    rows = []
    for i in range(count):
        start = dt.date(2000 + i % 25, 1 + i % 12, 1 + i % 28).isoformat()
        partner = ("Jiangsu", "Guangdong", "Tianjin", "Shanghai")[i % 4]
        rows.append(
            (
                f"d{i}",
                f"Delegation {i} to {partner}",
                ("inbound", "outbound")[i % 2],
                "official",
                start,
                start,
                partner,
                "CN",
            )
        )
    with db.atomic():
        db.conn.executemany(
            'INSERT INTO delegations (id, title, direction, purpose, start, "end", partner_region, country) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return db


def test_filtering_five_thousand_delegations_leaves_the_gui_free(qtbot, tmp_path, monkeypatch):
    """Structure, not timing: the query runs on the worker's own connection in another thread,
    and the GUI thread touches only the rows it shows."""
    path = tmp_path / "big.sqlite3"
    db = generate(path, 5000)
    model = DelegationsModel(db, path)
    try:
        with qtbot.waitSignal(model.result_ready, timeout=10000):
            model.refresh()
        assert model.rowCount() == 5000
        from delegation_planner.ui.models import delegations_model as module

        threads = []
        real = module.matching_rowids

        def spy(conn, *args):
            import threading

            threads.append((threading.current_thread(), conn))
            time.sleep(0.2)  # a slow query must not hold up the GUI thread
            return real(conn, *args)

        monkeypatch.setattr(module, "matching_rowids", spy)
        fetched = []
        real_fetch = module.fetch_rows
        monkeypatch.setattr(
            module, "fetch_rows", lambda conn, ids: fetched.append(len(ids)) or real_fetch(conn, ids)
        )
        started = time.perf_counter()
        model.set_filter(RegisterFilter(text="jiangsu", year=2001))
        assert time.perf_counter() - started < 0.05  # set_filter only starts a timer
        assert model.is_loading
        with qtbot.waitSignal(model.result_ready, timeout=10000):
            pass
        import threading

        ((thread, conn),) = threads
        assert thread is not threading.main_thread()
        assert isinstance(conn, sqlite3.Connection) and conn is not db.conn
        assert model.rowCount() == 50
        for r in range(model.rowCount()):
            assert "Jiangsu" in model.data(model.index(r, 0))
        assert sum(fetched) <= 200  # only the shown block was read, in the GUI thread
    finally:
        model.close()
        db.close()


def test_many_empty_answers_through_qt_do_not_crash(qtbot, model):
    """PySide6 6.12 loses a reference to None per empty data() answer (see tests/ui/test_pyside_release.py)."""
    with qtbot.waitSignal(model.result_ready, timeout=5000):
        model.refresh()
    index = model.index(0, 0)
    for _ in range(20000):
        assert index.data(Qt.ItemDataRole.DecorationRole) is None


def test_partner_and_country_read_as_names_in_the_windows_language(qapp):
    from delegation_planner.domain.enums import AgreementScope
    from delegation_planner.ui import language
    from delegation_planner.ui.labels.agreements import partner_text, scope_text

    try:
        language.install("da")
        assert partner_text("Jiangsu", "CN") == "Jiangsu, Kina"
        assert scope_text(AgreementScope.THEMATIC) == "Tematisk"  # not the file's "thematic"
        language.install("sv")
        assert partner_text("Guangdong", "CN") == "Guangdong, Kina"
        assert partner_text("", "DK") == "Danmark"
        assert partner_text("Skåne", "") == "Skåne"
    finally:
        language.install("en")
    assert partner_text("Jiangsu", "CN") == "Jiangsu, China"


@pytest.mark.parametrize("where", ["file", "server"])
def test_the_register_is_counted_again_only_after_another_connection_writes(
    qtbot, tmp_path, monkeypatch, request, where
):
    """Counting the register on every key cost 35–65 ms of each answer at 100,000 on a server."""
    path = tmp_path / "register.sqlite3" if where == "file" else request.getfixturevalue("pg_url")
    fill_register(path)
    counted: list[int] = []
    real_count = delegations_model.count

    def count(conn: Any) -> int:
        counted.append(1)
        return real_count(conn)

    monkeypatch.setattr(delegations_model, "count", count)
    db = open_database(path)
    model = DelegationsModel(db, path)
    try:
        for text in ("jiangsu", "guangdong", "life science", ""):
            with qtbot.waitSignal(model.result_ready, timeout=5000):
                model.set_filter(RegisterFilter(text=text), immediate=True)
        assert model.rowCount() == 3 and model.total == 3
        assert len(counted) == 1
        other = open_database(path)
        try:
            repository.save_delegation(other, delegation("new-one", title="Another trip"))
        finally:
            other.close()
        with qtbot.waitSignal(model.result_ready, timeout=5000):
            model.set_filter(RegisterFilter(text="jiangsu"), immediate=True)
        assert model.total == 4 and len(counted) == 2
    finally:
        model.close()
        db.close()
