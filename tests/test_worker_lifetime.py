"""Jobs that outlive their window are ignored safely: nothing is emitted on a deleted
object, and nothing reaches a window that is gone."""

from __future__ import annotations

import gc
import threading

import shiboken6
from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QWidget

from interventionplanner.ui import worker


def _gated_job(gate: threading.Event, ran: list, owner=None) -> worker.Job:
    def work(progress):
        progress(0, 2)
        gate.wait(10)
        ran.append("after the gate")
        progress(1, 2)
        ran.append("to the end")
        return "done"

    return worker.Job(work, owner=owner)


def test_a_job_whose_only_holder_is_gone_still_ends_cleanly(qtbot):
    """The Review step's old failure: the page (and its set of jobs) went away while a job
    ran, and the job's signals were deleted under it ("Signal source has been deleted")."""
    pool = QThreadPool()
    gate, ran, seen = threading.Event(), [], []
    job = _gated_job(gate, ran)
    job.signals.finished.connect(seen.append)
    watcher = job.signals  # to wait on, then let go of every reference but the pool's
    worker.start(job, pool)
    del job
    gc.collect()
    with qtbot.waitSignal(watcher.finished, timeout=5000):
        gate.set()
    pool.waitForDone(5000)
    assert ran == ["after the gate", "to the end"]
    assert seen == ["done"]
    # Let go once its end is delivered (other tests' jobs may still be running meanwhile).
    qtbot.waitUntil(lambda: not any(j.signals is watcher for j in worker._RUNNING))


def test_a_job_stops_reporting_once_its_owner_is_destroyed(qtbot):
    pool = QThreadPool()
    owner = QWidget()
    gate, ran, seen = threading.Event(), [], []
    job = _gated_job(gate, ran, owner=owner)
    for signal in (job.signals.progress, job.signals.finished, job.signals.failed):
        signal.connect(lambda *args: seen.append(args))
    worker.start(job, pool)
    owner.deleteLater()
    qtbot.waitUntil(lambda: job.cancelled, timeout=5000)
    gate.set()
    pool.waitForDone(5000)
    qtbot.waitUntil(lambda: job not in worker._RUNNING, timeout=5000)
    assert "to the end" not in ran  # the work stopped at its next progress report
    assert not any(args and args[0] == "done" for args in seen)
    assert all(len(args) != 1 for args in seen)  # neither finished nor failed arrived


def test_an_end_already_on_its_way_is_dropped_if_the_owner_goes_meanwhile(qtbot):
    """The Review step's race: the worker finished and its result was queued to the window,
    then the step was destroyed before the window's thread delivered it."""
    pool = QThreadPool()
    owner = QWidget()
    seen, ended = [], []
    job = worker.Job(lambda progress: "done", owner=owner)
    job.signals.finished.connect(seen.append)
    job.signals.ended.connect(lambda: ended.append(True))
    worker.start(job, pool)
    pool.waitForDone(5000)  # done and queued; the window's thread has not delivered it
    assert seen == []
    shiboken6.delete(owner)  # gone now, with the result still waiting in the queue
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert job.cancelled
    assert seen == []  # the result never reached the page that was gone


def test_cancel_before_the_result_means_the_result_is_dropped(qtbot):
    pool = QThreadPool()
    gate, seen = threading.Event(), []
    job = worker.Job(lambda progress: (gate.wait(10), "done")[1])
    job.signals.finished.connect(seen.append)
    worker.start(job, pool)
    job.cancel()
    gate.set()
    pool.waitForDone(5000)
    qtbot.waitUntil(lambda: job not in worker._RUNNING, timeout=5000)
    assert seen == []


def test_a_failure_still_reaches_a_living_owner(qtbot):
    owner = QObject()

    def work(progress):
        raise ValueError("no")

    job = worker.Job(work, owner=owner)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as failed:
        worker.start(job, QThreadPool())
    assert isinstance(failed.args[0], ValueError)


def test_progress_is_reported_sparingly_but_the_last_always(qtbot, monkeypatch):
    """Each report is a turn on the window's thread and a repaint: a job that reports a
    thousand times in one instant is heard once, then at its end."""
    monkeypatch.setattr(worker, "_clock", lambda: 100.0)  # time stands still
    seen = []
    job = worker.Job(lambda progress: [progress(n, 1000) for n in range(1001)] and "done")
    job.signals.progress.connect(lambda done, total: seen.append(done))
    with qtbot.waitSignal(job.signals.ended, timeout=5000):
        worker.start(job, QThreadPool())
    assert seen == [0, 1000]


def test_progress_is_reported_again_once_enough_time_has_passed(qtbot, monkeypatch):
    now = [0.0]
    monkeypatch.setattr(worker, "_clock", lambda: now[0])
    seen = []

    def work(progress):
        for n in range(4):
            progress(n, 10)
            now[0] += worker.PROGRESS_EVERY_S  # each report comes just late enough

    job = worker.Job(work)
    job.signals.progress.connect(lambda done, total: seen.append(done))
    with qtbot.waitSignal(job.signals.ended, timeout=5000):
        worker.start(job, QThreadPool())
    assert seen == [0, 1, 2, 3]


def test_the_window_gets_short_turns_only_while_a_job_runs(qtbot):
    import sys

    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=10_000)  # other tests' jobs
    usual = sys.getswitchinterval()
    gate, during = threading.Event(), []
    job, pool = (
        worker.Job(lambda _: (during.append(sys.getswitchinterval()), gate.wait(10))),
        QThreadPool(),
    )
    worker.start(job, pool)
    qtbot.waitUntil(lambda: bool(during), timeout=5000)
    assert during[0] == min(usual, worker.RESPONSIVE_SWITCH_S)
    with qtbot.waitSignal(job.signals.ended, timeout=5000):
        gate.set()
    qtbot.waitUntil(lambda: job not in worker._RUNNING, timeout=5000)
    assert sys.getswitchinterval() == usual


def test_no_cycle_collection_runs_while_a_job_does(qtbot):
    """A collection on the worker hands the Qt objects it finds to the window's thread,
    which deletes them at its next Python step, even inside one's own event filter: a
    crash (3 in 5 runs of test_a11y_large_text beside test_gui_column_fit). So the
    collector is off while any job runs, and back on after the last one."""
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=5000)  # other tests' jobs
    assert gc.isenabled()
    pool = QThreadPool()
    gate = threading.Event()
    during: list[bool] = []
    job = worker.Job(lambda _progress: (gate.wait(10), during.append(gc.isenabled())))
    worker.start(job, pool)
    assert not gc.isenabled()  # from the start, on the window's thread too
    with qtbot.waitSignal(job.signals.ended, timeout=5000):
        gate.set()
    assert during == [False]
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=5000)
    assert gc.isenabled()


class _Stop(BaseException):
    """What `except Exception` lets through: KeyboardInterrupt, SystemExit, pytest.fail()
    or pytest.skip() from a function a test replaced."""


def test_a_job_whose_work_raises_past_exception_still_ends(qtbot):
    """Such a job used to leave its thread without its end: it stayed in _RUNNING for good,
    and the warm-up lane, which waits while any job runs, never warmed up again in that
    process (the switch interval and the cycle collector stayed as for a running job)."""
    from interventionplanner.ui.lane import Lane

    def work(progress):
        raise _Stop("not an Exception")

    pool, job = QThreadPool(), worker.Job(work)
    with qtbot.capture_exceptions() as raised:
        with qtbot.waitSignal(job.signals.ended, timeout=5000):
            worker.start(job, pool)
        pool.waitForDone(5000)
    assert [type(error) for _kind, error, _trace in raised] == [_Stop]  # raised, not hidden
    qtbot.waitUntil(lambda: job not in worker._RUNNING, timeout=5000)
    lane, done = Lane(), []
    lane.idle_ms = 0
    lane.add(lambda: "warm", done=done.append)
    qtbot.waitUntil(lambda: done == ["warm"], timeout=10_000)
