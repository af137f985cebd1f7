"""Long work off the window's thread.

A Job runs one function in a QThreadPool. It never touches a widget: it reports through
signals, which Qt delivers on the window's thread. The function gets a `progress(done,
total)` callback it may call as often as it likes.

A job may outlive the window that started it (the window closes during a preview):

- a running job keeps itself alive (`_RUNNING`) until its end has been delivered on the
  window's thread, so its signals are never deleted under the worker's feet;
- a job given an `owner` is cancelled when the owner is destroyed, and `cancel()` does the
  same: the work stops at its next progress report and nothing more is emitted. Should the
  signals be gone all the same, the job ends quietly instead of raising.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_RUNNING: set[Job] = set()  # touched on the window's thread only
# At most this often a progress report reaches the window (the last one always does): a
# packet reports hundreds of times a second, and each report redraws a progress bar on the
# window's thread and takes Python's lock back from the worker.
PROGRESS_EVERY_S = 0.04


class Cancelled(Exception):
    """Raised inside the work by `progress()` once the job is no longer wanted."""


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    ended = Signal()  # after finished or failed, or when a cancelled job stops


class Job(QRunnable):
    def __init__(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self.work = work
        self._cancelled = threading.Event()
        self._reported = float("-inf")  # when progress last reached the window
        self.signals = JobSignals()  # created here, on the window's thread
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
        now = time.monotonic()
        if done < total and now - self._reported < PROGRESS_EVERY_S:
            return  # the bar moves more often than anyone could see; the window has work
        self._reported = now
        self._emit(self.signals.progress, done, total)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except Cancelled:
            pass
        except Exception as error:  # reported to the window, which words it for people
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.finished, result)
        self._emit(self.signals.ended, always=True)

    def _emit(self, signal, *args: object, always: bool = False) -> None:
        if self.cancelled and not always:
            return
        # "Signal source has been deleted": nobody is listening any more.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


def start(job: Job, pool: QThreadPool | None = None) -> Job:
    job.setAutoDelete(False)  # kept in _RUNNING until its end has been delivered
    _RUNNING.add(job)
    job.signals.ended.connect(lambda: _RUNNING.discard(job))
    (pool or QThreadPool.globalInstance()).start(job)
    return job


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
