"""Long work off the window's thread.

A Job runs one function in a QThreadPool. It never touches a widget: it reports through
signals, which Qt delivers on the window's thread. The function gets a `progress(done,
total)` callback it may call as often as it likes.

A job may outlive the window that started it (the window closes during a preview):

- a running job keeps itself alive (`_RUNNING`) until its end has been delivered on the
  window's thread, so its signals are never deleted under the worker's feet; its end is
  sent whatever the work raises, so no job stays "running" for good;
- a job given an `owner` is cancelled when the owner is destroyed, and `cancel()` does the
  same: the work stops at its next progress report and nothing more is emitted; a report
  the worker sent before is checked again when the window's thread delivers it, so a page
  destroyed in between never hears it. Should the signals be gone all the same, the job
  ends quietly instead of raising.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_RUNNING: set[Job] = set()  # touched on the window's thread only
RESPONSIVE_SWITCH_S = 0.001  # Python's switch interval while any job runs
# At most this often a progress report reaches the window (the last one always does): a
# packet reports hundreds of times a second, and each report redraws a progress bar on the
# window's thread and takes Python's lock back from the worker.
PROGRESS_EVERY_S = 0.05
_clock = time.monotonic  # replaced by tests
_switch_before: float | None = None  # the interval to go back to when no job runs
_heap_frozen: set[str] = set()  # what has been frozen (freeze_heap_once)
_collection_was_on = True  # whether the cycle collector ran before the first job started


class Cancelled(Exception):
    """Raised inside the work by `progress()` once the job is no longer wanted."""


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    ended = Signal()  # after finished or failed, or when a cancelled job stops
    # What the worker emits: the name of one of the signals above and its arguments. It is
    # queued to the window's thread, which passes it on only if the job is still wanted
    # there: an owner destroyed after the worker emitted must not hear its end.
    _reported = Signal(str, tuple)

    def __init__(self, cancelled: threading.Event) -> None:
        super().__init__()
        self._cancelled = cancelled
        self._reported.connect(self._pass_on)

    def _pass_on(self, name: str, args: tuple) -> None:
        if name == "ended" or not self._cancelled.is_set():
            getattr(self, name).emit(*args)


class Job(QRunnable):
    def __init__(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self.work = work
        self._cancelled = threading.Event()
        self._last_progress: float | None = None
        self.signals = JobSignals(self._cancelled)  # created here, on the window's thread
        if owner is not None:
            cancelled = self._cancelled  # not self: the owner must not keep the job alive
            owner.destroyed.connect(lambda *_args: cancelled.set())

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Nothing more is reported; the work stops at its next progress report."""
        self._cancelled.set()

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled
        now, last = _clock(), self._last_progress
        if last is not None and now - last < PROGRESS_EVERY_S and done < total:
            return  # too soon after the last report
        self._last_progress = now
        self._emit("progress", done, total)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except Cancelled:
            pass
        except Exception as error:  # reported to the window, which words it for people
            self._emit("failed", error)
        else:
            self._emit("finished", result)
        finally:  # also after what `except Exception` lets through (it goes on up): a job
            # that never ends stays in _RUNNING, and the warm-up lane waits for it for good
            self._emit("ended", always=True)

    def _emit(self, name: str, *args: object, always: bool = False) -> None:
        if self.cancelled and not always:
            return
        # "Signal source has been deleted": nobody is listening any more.
        with contextlib.suppress(RuntimeError):
            self.signals._reported.emit(name, args)


def start(job: Job, pool: QThreadPool | None = None) -> Job:
    job.setAutoDelete(False)  # kept in _RUNNING until its end has been delivered
    if not _RUNNING:
        _responsive(True)
    _RUNNING.add(job)
    job.signals.ended.connect(lambda: _ended(job))
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def running_jobs() -> int:
    """How many jobs have started and not yet ended (the warm-up lane waits for none)."""
    return len(_RUNNING)


def _ended(job: Job) -> None:
    _RUNNING.discard(job)
    if not _RUNNING:
        _responsive(False)


def _responsive(on: bool) -> None:
    """Short turns for Python's threads while a job runs; the usual ones after."""
    global _switch_before
    if on and _switch_before is None:
        _switch_before = sys.getswitchinterval()
        sys.setswitchinterval(min(_switch_before, RESPONSIVE_SWITCH_S))
        _collect_on_workers(False)
    elif not on and _switch_before is not None:
        sys.setswitchinterval(_switch_before)
        _switch_before = None
        _collect_on_workers(True)


def _collect_on_workers(allowed: bool) -> None:
    """No automatic cycle collection while a job runs: it would mostly start on the worker
    (the thread that allocates most), and a Qt object found there is handed by PySide6 to
    the window's thread, which deletes it at its next Python step, even inside an event
    filter of that very object: a crash (tests/test_worker_lifetime.py). After the last
    job, collection resumes on whichever thread allocates next, usually the window's."""
    global _collection_was_on
    if not allowed:
        _collection_was_on = gc.isenabled()
        gc.disable()
    elif _collection_was_on:
        gc.enable()


def wait_for(work: Callable[[], Any]) -> Any:
    """Run `work` on a worker thread and return its result (or raise its exception), while
    the window's thread keeps painting and running its timers. Keys and clicks wait until
    it is done (they are queued, not lost), so nothing can change the plan meanwhile: a
    save or an open keeps its usual, synchronous flow. For key derivation (about half a
    second, longer on a slow machine), which would otherwise freeze the window."""
    from PySide6.QtCore import QEventLoop

    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    job = Job(lambda _progress: work())
    job.signals.finished.connect(lambda result: (outcome.update(result=result), loop.quit()))
    job.signals.failed.connect(lambda error: (outcome.update(error=error), loop.quit()))
    start(job)
    if not outcome:  # not already delivered
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def freeze_heap_once(what: str) -> None:
    """Set aside every object Python holds so far, once per `what` ("the app", "the packet's
    libraries"). Python's cycle collector now and then walks every object it holds
    (hundreds of thousands once Qt's bindings, the steps and reportlab are loaded) holding
    Python's lock, and a walk that started on a worker froze the window for 50-140 ms.
    What the app and the packet's libraries have loaded lives as long as the app, so it is
    frozen (gc.freeze, which costs nothing) and never walked again. Only at these few
    moments: each freeze also keeps whatever garbage was waiting to be collected."""
    if what not in _heap_frozen:
        _heap_frozen.add(what)
        gc.freeze()
