"""One background lane for the app's warm-ups: work done ahead so a later step, save or
underline does not wait for it (the coach's rules, the save's checks, a spelling list).

Warm-ups used to start at fixed delays, each on a worker of its own, so two or three ran
at once, and each now and then holds Python's lock for tens of milliseconds (a regular
expression compiled, pydantic building its validators, Hunspell reading a dictionary: about
250 ms in one call). The window's thread then waits for the lock in the middle of a click
or a key. Here they run one after another on a single worker thread of low priority, each
started only when the person has paused (no key, click or wheel for `IDLE_MS`) and no
other job (a save, a preview, an export) is running; between two items the window's thread
has its turn again. A warm-up nobody waits for can always wait for a pause.

Imports: a warm-up imports on the lane only modules the window does not import itself on
its way through the steps (pydantic, pyspellchecker, chunspell): the window would otherwise
wait for the worker's import lock. Modules both need are imported on the window's thread
before the warm-up starts, one module at a pause, so no import holds it for long
(`window_imports`).

`lane()` is the process's one lane. A key makes a warm-up run once per process. Each lane
keeps its own pause (`idle_ms`): a test that makes its own lane's person never pause leaves
the process's lane its 0.3 s (a test that changed the module's `IDLE_MS` once set the
process's lane's timer to a minute, and the next tests' warm-ups waited for it).
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QThreadPool, QTimer

from interventionplanner.ui import worker

IDLE_MS = 300  # no input for this long: the person is reading, not typing
YIELD_MS = 20  # after an item, the window's thread has a turn before the next starts
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
    QEvent.Type.TouchBegin,
}


@dataclass
class _Item:
    key: str | None
    work: Callable[[], Any]
    done: Callable[[Any], None] | None
    owner: QObject | None
    window_imports: tuple[str, ...]


class Lane(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: list[_Item] = []
        self._known: set[str] = set()  # every key ever added: each warm-up runs once
        self._running: worker.Job | None = None
        self._running_item: tuple[str, float] | None = None  # its name, when it started
        self.idle_ms = IDLE_MS  # no input for this long is a pause (a test may change it)
        self._last_input = time.monotonic()
        self._watching = False
        self._pool: QThreadPool | None = None  # made with the first warm-up, not at start
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._next)

    @property
    def busy(self) -> bool:
        """Whether anything is waiting or running."""
        return bool(self._queue) or self._running is not None

    def has(self, key: str) -> bool:
        return key in self._known

    def add(
        self,
        work: Callable[[], Any],
        key: str | None = None,
        done: Callable[[Any], None] | None = None,
        owner: QObject | None = None,
        window_imports: tuple[str, ...] = (),
        first: bool = False,
    ) -> bool:
        """Run `work` on the lane at the next pause (once per process for a `key`); then
        `done(result)` on the window's thread, unless `owner` is gone by then. False if
        `key` was added before. `window_imports`: modules `work` uses that the window also
        imports, imported on the window's thread first, one at each pause, each alone.
        `first`: ahead of everything waiting, for work something will soon wait for (a
        `key` still waiting moves to the front; one already run or running stays done)."""
        if key is not None and key in self._known:
            if first:
                self._to_front(key)
            return False
        if key is not None:
            self._known.add(key)
        item = _Item(key, work, done, owner, window_imports)
        if first:
            self._queue.insert(0, item)
        else:
            self._queue.append(item)
        if self._running is None and not self._timer.isActive():
            self._timer.start(self.idle_ms)
        return True

    def _to_front(self, key: str) -> None:
        waiting = [item for item in self._queue if item.key == key]
        if waiting:
            self._queue.remove(waiting[0])
            self._queue.insert(0, waiting[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
        return False

    def _watch(self, on: bool) -> None:
        """Listen to the person's input only while there is something to run, and not
        before the lane first wakes: a filter on the whole application is called, in
        Python, for every event of every object, and the first event of each object Qt
        made itself (a scroll area's viewport) makes PySide6 load its classes, the first
        step's among them (about 1.8 MiB and 15 ms)."""
        app = QCoreApplication.instance()
        if on != self._watching and app is not None:
            self._watching = on
            if on:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)

    def _next(self) -> None:
        if self._running is not None:
            return
        self._queue = [item for item in self._queue if not _gone(item.owner)]
        if not self._queue:
            self._watch(False)
            return
        if not self._watching:  # from now on: a pause is counted from here
            if _name_first_met_classes():  # a turn of their own, at this pause
                self._timer.start(YIELD_MS)
                return
            self._watch(True)
            self._last_input = time.monotonic()
        quiet_ms = (time.monotonic() - self._last_input) * 1000
        if quiet_ms < self.idle_ms:  # the person is at work: wait for the pause
            self._timer.start(max(1, round(self.idle_ms - quiet_ms)))
            return
        if worker.running_jobs():  # a save, a preview, an export: theirs first
            self._timer.start(self.idle_ms)
            return
        item = self._queue[0]
        if item.window_imports:  # one module a turn, then the window's thread has its turn
            module, *rest = item.window_imports
            item.window_imports = tuple(rest)
            if module not in sys.modules:
                # One that fails is the work's to meet, on the worker, as its own failure:
                # raised here, out of the timer, it stopped the lane.
                with contextlib.suppress(Exception):
                    importlib.import_module(module)
                self._timer.start(YIELD_MS)
                return
        if item.window_imports:
            self._timer.start(0)
            return
        self._queue.pop(0)
        job = worker.Job(lambda _progress: item.work(), owner=item.owner)
        if item.done is not None:
            job.signals.finished.connect(item.done)
        job.signals.ended.connect(self._ended)
        self._running_item = (_name(item), time.monotonic())
        self._running = worker.start(job, self._lane_pool())

    def _lane_pool(self) -> QThreadPool:
        if self._pool is None:
            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(1)
            # Low, not idle: a thread the system runs only when a core is free could keep
            # Python's lock while it waits, and the window's thread would wait with it.
            self._pool.setThreadPriority(QThread.Priority.LowPriority)
            if hasattr(self._pool, "setServiceLevel"):  # Qt 6.9: efficiency cores, if any
                self._pool.setServiceLevel(QThread.QualityOfService.Eco)
        return self._pool

    def _ended(self) -> None:
        self._running = None
        self._running_item = None
        self._timer.start(YIELD_MS)

    def state(self) -> str:
        """What the lane holds, in a line: a test that waited in vain for a warm-up says it."""
        now = time.monotonic()
        if self._running_item is not None:
            name, since = self._running_item
            cancelled = (
                " (cancelled)" if self._running is not None and self._running.cancelled else ""
            )
            running = f"running {name}{cancelled} for {now - since:.1f} s"
        else:
            running = "running nothing"
        waiting = [
            _name(item) + (" (owner gone)" if _gone(item.owner) else "") for item in self._queue
        ]
        shown = ", ".join(waiting[:5]) + (
            f", … {len(waiting) - 5} more" if len(waiting) > 5 else ""
        )
        timer = (
            f"next look in {self._timer.remainingTime()} ms"
            if self._timer.isActive()
            else "no look due"
        )
        return (
            f"{running}; {len(waiting)} waiting{': ' + shown if waiting else ''}; "
            f"{worker.running_jobs()} job(s) running in the process; {timer} "
            f"(pause {self.idle_ms} ms, last input {now - self._last_input:.1f} s ago, "
            f"{'watching' if self._watching else 'not watching'} the input)"
        )


# Classes whose objects or events the filter meets at the first click after it is put on
# (the style, a text document, focus and input-method events): PySide6 makes a class's enum
# types when the class is first named (QStyle's eleven, 540 members), 10-25 ms that fell in
# that click (the second step's arrival, in the scale grid).
_FIRST_MET = (
    ("PySide6.QtWidgets", "QStyle"),
    ("PySide6.QtGui", "QTextDocument"),
    ("PySide6.QtGui", "QFocusEvent"),
    ("PySide6.QtGui", "QInputMethodEvent"),
    ("PySide6.QtGui", "QScrollEvent"),
    ("PySide6.QtGui", "QPlatformSurfaceEvent"),
)
_named = False


def _name_first_met_classes() -> bool:
    """Name those classes, once a process; True if it did (it took a turn)."""
    global _named
    if _named:
        return False
    _named = True
    for module, name in _FIRST_MET:
        getattr(importlib.import_module(module), name)
    return True


def _name(item: _Item) -> str:
    """An item as a person debugging the lane knows it: its key, else its work's name."""
    if item.key is not None:
        return item.key
    work = getattr(item.work, "func", item.work)  # a functools.partial's function
    return getattr(work, "__qualname__", repr(work))


def _gone(owner: QObject | None) -> bool:
    if owner is None:
        return False
    try:
        owner.objectName()
    except RuntimeError:  # its C++ side was deleted
        return True
    return False


_lane: Lane | None = None


def lane() -> Lane:
    """The process's one lane (made on first use, kept by the application)."""
    global _lane
    if _lane is None or _gone(_lane):
        _lane = Lane(QCoreApplication.instance())
    return _lane
