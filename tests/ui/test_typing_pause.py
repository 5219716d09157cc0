"""Background computations wait while the person types, and only as long as that."""

from __future__ import annotations

import threading
import time

import pytest

from delegation_planner.ui import typing_pause
from delegation_planner.ui.typing_pause import TypingPause


def test_a_computation_goes_on_at_once_when_nobody_types():
    pause = TypingPause()
    started = time.monotonic()
    pause.wait_for_pause()
    assert time.monotonic() - started < 0.05
    assert not pause.is_typing()


def test_a_computation_waits_until_the_typing_has_paused(monkeypatch):
    monkeypatch.setattr(typing_pause, "QUIET_AFTER_S", 0.1)
    pause = TypingPause()
    resumed: list[float] = []
    pause.typed()
    worker = threading.Thread(target=lambda: (pause.wait_for_pause(), resumed.append(time.monotonic())))
    worker.start()
    last_key = time.monotonic()
    for _ in range(5):  # keys every 50 ms, for a quarter of a second
        time.sleep(0.05)
        pause.typed()
        last_key = time.monotonic()
    worker.join(5)
    assert resumed and resumed[0] >= last_key + 0.09


def test_a_computation_never_waits_past_its_deadline_and_can_be_stopped_while_it_waits():
    pause = TypingPause()
    stop = threading.Event()

    def keep_typing() -> None:
        while not stop.is_set():
            pause.typed()
            time.sleep(0.01)

    typist = threading.Thread(target=keep_typing)
    typist.start()
    try:
        started = time.monotonic()
        pause.wait_for_pause(started + 0.2)
        assert 0.19 <= time.monotonic() - started < 1.0
        # Stopped (the page closed): the task's progress raises, and the wait ends with it.
        calls: list[float] = []

        def progress() -> None:
            calls.append(time.monotonic())
            if len(calls) == 3:
                raise RuntimeError("stopped")

        started = time.monotonic()
        with pytest.raises(RuntimeError):
            pause.wait_for_pause(between=progress)
        assert len(calls) == 3
        assert time.monotonic() - started < 0.5
    finally:
        stop.set()
        typist.join(5)
