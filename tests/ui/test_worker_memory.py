"""Worker threads pause the garbage collector together and drop large structures gradually."""

from __future__ import annotations

import gc
import threading

import pytest

from delegation_planner.ui.worker_memory import collector_paused, equal_gradually, release_gradually


@pytest.fixture(autouse=True)
def collector_on():
    gc.enable()
    yield
    gc.enable()


def test_overlapping_readings_pause_the_collector_until_the_last_ends():
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        with collector_paused():
            first_in.set()
            second_in.wait(5)
        seen["after first"] = gc.isenabled()
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with collector_paused():
            second_in.set()
            first_out.wait(5)
            seen["while second"] = gc.isenabled()
        seen["after both"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == {"after first": False, "while second": False, "after both": True}


def test_a_collector_paused_by_someone_else_stays_paused():
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_a_failing_reading_still_lets_the_collector_run_again():
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("the register could not be read")
    assert gc.isenabled()


def test_release_gradually_empties_the_list_and_compares_as_a_list_does():
    items = [[n] for n in range(1000)]
    release_gradually(items)
    assert items == []
    assert equal_gradually([1, 2, 3], [1, 2, 3])
    assert not equal_gradually([1, 2, 3], [1, 2])
    assert not equal_gradually([1, 2, 3], [1, 2, 4])
    assert equal_gradually([], [])


def test_only_the_background_computations_pause_the_collector(qtbot, register_path):
    # Exports and reports are read-only tasks too, and run for seconds: the collector keeps
    # running for them; the overview's figures (background) pause it.
    from delegation_planner.ui.db_task import DatabaseTask

    seen: dict[bool, object] = {}
    for background in (False, True):
        task = DatabaseTask(
            register_path, lambda _db, _progress: gc.isenabled(), read_only=True, background=background
        )
        with qtbot.waitSignal(task.finished, timeout=10000) as answer:
            task.start()
        seen[background] = answer.args[0]
        task.wait()
    assert seen == {False: True, True: False}
    assert gc.isenabled()
