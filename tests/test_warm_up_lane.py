"""The warm-up lane: warm-ups one after another on one worker thread, each at a pause in
the person's input and never beside another job, each key once."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtWidgets import QLineEdit

from interventionplanner.ui import lane as lane_module
from interventionplanner.ui import worker
from interventionplanner.ui.lane import IDLE_MS, Lane
from tests.conftest import never_pausing, wait_on_lane


def _recorder():
    """A warm-up that notes its thread and whether another ran beside it."""
    state = {"now": 0, "most": 0, "threads": []}
    guard = threading.Lock()

    def work(name: str):
        def run():
            with guard:
                state["now"] += 1
                state["most"] = max(state["most"], state["now"])
                state["threads"].append(threading.current_thread())
            threading.Event().wait(0.02)  # long enough for a second worker to overlap
            with guard:
                state["now"] -= 1
            return name

        return run

    return state, work


def test_warm_ups_run_one_after_another_on_one_worker_thread(qtbot):
    lane, (state, work), done = Lane(), _recorder(), []
    lane.idle_ms = 0
    for name in ("coach", "checks", "spelling"):
        lane.add(work(name), done=done.append)
    qtbot.waitUntil(lambda: len(done) == 3, timeout=10_000)
    assert done == ["coach", "checks", "spelling"]  # in the order asked for
    assert state["most"] == 1  # never two at once
    assert len(set(state["threads"])) == 1
    assert threading.main_thread() not in state["threads"]
    qtbot.waitUntil(lambda: not lane.busy)


def test_a_warm_up_waits_while_the_person_types(qtbot):
    box, lane, done = QLineEdit(), Lane(), []
    lane.idle_ms = 60_000  # a key is "recent" throughout
    qtbot.addWidget(box)
    lane.add(lambda: "warm", done=done.append)
    qtbot.keyClick(box, Qt.Key.Key_A)  # seen by the lane's filter on the application
    lane._next()
    assert not lane._running  # still waiting for a pause
    assert done == []
    lane.idle_ms = 0
    lane._timer.start(0)
    qtbot.waitUntil(lambda: done == ["warm"], timeout=10_000)


def test_a_warm_up_waits_for_a_running_job(qtbot):
    gate, pool, done = threading.Event(), QThreadPool(), []
    job = worker.start(worker.Job(lambda _progress: gate.wait(10)), pool)
    lane = Lane()
    lane.idle_ms = 0
    lane.add(lambda: "warm", done=done.append)
    lane._timer.stop()
    lane._next()
    assert not lane._running  # the save, preview or export goes first
    gate.set()
    qtbot.waitUntil(lambda: job not in worker._RUNNING, timeout=10_000)
    qtbot.waitUntil(lambda: done == ["warm"], timeout=10_000)
    pool.waitForDone(5000)


def test_a_key_runs_once_and_a_gone_owner_drops_its_warm_up(qtbot):
    lane, ran = Lane(), []
    lane.idle_ms = 0
    owner = QObject()
    assert lane.add(lambda: ran.append("spelling"), key="spelling es")
    assert not lane.add(lambda: ran.append("again"), key="spelling es")
    lane.add(lambda: ran.append("for a closed window"), owner=owner)
    lane.add(lambda: ran.append("last"))
    owner.deleteLater()
    qtbot.waitUntil(lambda: "last" in ran, timeout=10_000)
    assert ran == ["spelling", "last"]
    assert lane.has("spelling es")


def test_a_lane_whose_person_never_pauses_leaves_the_others_their_pauses(qtbot):
    """Round 15's flake in test_gui_settling: a test whose person never paused (then the
    module's IDLE_MS, a minute) ran while the process's lane looked for a pause; that lane
    set its timer a minute off, and the next tests' windows queued their coach's rules
    behind it and waited in vain (30 s, then 5 s). Each lane keeps its own pause now."""
    steady, ran = Lane(), []  # the process's lane, with a window's warm-up waiting
    steady.add(lambda: "warm", done=ran.append)
    with pytest.MonkeyPatch.context() as patch, never_pausing(patch) as busy:
        steady._timer.stop()
        steady._next()  # it looks for a pause while that test runs: input was just now
        assert 0 < steady._timer.remainingTime() < 2 * IDLE_MS  # (a coarse timer adds 5%)
        assert busy.idle_ms > IDLE_MS
    qtbot.waitUntil(lambda: ran == ["warm"], timeout=10_000)


def test_the_lane_says_what_it_holds(qtbot):
    """What a test that waited in vain for a warm-up prints (tests/conftest.py, wait_on_lane)."""
    lane, gate, owner = Lane(), threading.Event(), QObject()
    lane.idle_ms = 0
    lane.add(lambda: gate.wait(10), key="coach rules")
    lane.add(_recorder()[1]("later"), owner=owner)
    qtbot.waitUntil(lambda: lane._running is not None, timeout=10_000)
    owner.deleteLater()
    qtbot.waitUntil(lambda: "owner gone" in lane.state())
    said = lane.state()
    assert said.startswith("running coach rules for ")
    assert "1 waiting: _recorder.<locals>.work.<locals>.run (owner gone)" in said
    assert "1 job(s) running in the process" in said or worker.running_jobs() != 1
    assert "pause 0 ms" in said
    with qtbot.waitSignal(lane._running.signals.ended, timeout=10_000):
        gate.set()
    qtbot.waitUntil(lambda: not lane.busy, timeout=10_000)
    assert lane.state().startswith("running nothing; 0 waiting; ")


def test_window_imports_come_in_on_the_windows_thread(qtbot, monkeypatch):
    import sys

    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    seen = []
    lane = Lane()
    lane.idle_ms = 0
    lane.add(lambda: seen.append("colorsys" in sys.modules), window_imports=("colorsys",))
    qtbot.waitUntil(lambda: seen == [True], timeout=10_000)


def test_a_window_import_that_fails_stops_neither_its_item_nor_the_lane(qtbot):
    """An import that raised on the window's thread raised out of the lane's timer, which
    then never looked again: what waited behind it waited until something new was added (a
    window's coach's rules "compiling" for good). The work meets the error on the worker."""
    lane, ran = Lane(), []
    lane.idle_ms = 0
    lane.add(lambda: ran.append("first"), window_imports=("interventionplanner.no_such_module",))
    lane.add(lambda: ran.append("next"))
    qtbot.waitUntil(lambda: ran == ["first", "next"], timeout=10_000)


def test_a_spelling_list_is_read_on_the_lane(qtbot):
    from interventionplanner.ui.coached_edit import dictionary
    from interventionplanner.ui.lane import lane

    shared = dictionary("en")
    queued = len(lane()._queue)
    shared.start()
    shared.start()  # asked twice (two boxes), queued once
    assert shared.speller.loaded or len(lane()._queue) == queued + 1
    qtbot.waitUntil(lambda: shared.speller.loaded, timeout=10_000)


def test_the_first_step_runs_no_python_filter_on_the_whole_app(qtbot, window, monkeypatch):
    """An application-wide event filter in Python runs for every event of every object and
    makes PySide6 load classes at start-up: neither the idle watch (off by default) nor
    the lane (asleep until its first pause) has one while the first step is built."""
    from interventionplanner.ui.lane import lane

    monkeypatch.setattr(lane_module, "_lane", None)  # this window's lane, fresh
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    assert not window.idle._listening
    qtbot.waitUntil(lambda: lane().busy)  # the warm-ups are queued (once the step is up) ...
    assert not lane()._watching  # ... but nothing listens to the app's events yet
    window.set_idle_minutes(5)
    assert window.idle._listening  # the person turned idle hiding on
    window.set_idle_minutes(0)
    assert not window.idle._listening


def test_the_coachs_rules_are_compiled_a_slice_at_a_time(qtbot, window, monkeypatch):
    """Compiling every rule in one warm-up (about 0.7 s) kept the window waiting for
    Python's lock in a click that came meanwhile: the rules go in slices, each a warm-up
    of its own, so the window has its turn between them."""
    from interventionplanner.domain.coach import Coach
    from interventionplanner.ui import main_window
    from interventionplanner.ui.lane import lane

    monkeypatch.setattr(lane_module, "_lane", None)  # this window's lane, fresh ...
    lane().idle_ms = 0  # ... and the person pauses at once
    slices = []
    check = Coach.check
    monkeypatch.setattr(
        Coach, "check", lambda self, indexes=None: slices.append(indexes) or check(self, indexes)
    )
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    wait_on_lane(qtbot, lambda: len(slices) > 2 and not lane().busy, timeout=30_000)
    rules = len(window.services.coach.rules)
    assert None not in slices  # never all at once
    compiled = [index for chunk in slices for index in chunk]
    assert sorted(compiled) == list(range(rules))
    assert max(len(chunk) for chunk in slices) <= main_window.COACH_RULES_A_SLICE
