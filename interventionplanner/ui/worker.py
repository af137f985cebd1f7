"""Long work off the window's thread.

A Job runs one function in a QThreadPool. It never touches a widget: it reports through
signals, which Qt delivers on the window's thread. The function gets a `progress(done,
total)` callback it may call as often as it likes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()  # created here, on the window's thread

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as error:  # reported to the window, which words it for people
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def start(job: Job, pool: QThreadPool | None = None) -> Job:
    job.setAutoDelete(False)  # the caller keeps it until its signals have been delivered
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
