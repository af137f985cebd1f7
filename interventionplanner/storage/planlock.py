"""The one write lock on a plan file, shared by the window and every command that writes it.

It is Qt's QLockFile (QtCore only, no widgets) on `.NAME.ivplan.lock` beside the plan, with
stale time 0: a lock whose owner has died is detected by its process id and taken over, and a
live one is never broken by age. The window holds it for as long as a plan is open; a command
line that writes the plan (import-letter --yes, protect, unprotect, new --force) takes it for
the read-change-write. So no writer ever works from a stale copy.

Commands queue among themselves on a second lock, `.NAME.ivplan.queue`, which only commands
take, and take the write lock only while holding it. So a command that gets to the front of
the queue and still finds the write lock held knows a window holds it, and refuses at once
instead of waiting; it waits (up to COMMAND_WAIT_MS) only for other commands. (The lock file
cannot tell a window from a command: Qt records the program's file name, Python for both.)

For a symlinked plan the lock sits beside the file the link points to, where the save
writes. Whoever takes the lock also removes temporary files a killed save left behind
(storage/atomic.py): with the lock held, no save of that plan can be in progress.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLockFile

from interventionplanner.i18n import _
from interventionplanner.storage.atomic import real_path, remove_stale_temps

# How long a command waits for other commands writing the same plan (a protected plan's
# read and save each take about half a second of key derivation).
COMMAND_WAIT_MS = 10_000


class PlanInUseError(Exception):
    """Another window (here or in another app) is editing this plan, or (`by_command`)
    other commands kept it busy for longer than a command waits."""

    def __init__(self, path: Path | str, *, by_command: bool = False) -> None:
        self.path = Path(path)
        self.by_command = by_command
        super().__init__(
            _(
                '"{name}" is open in another window. Close it there (saving what you want to '
                "keep), then try again."
            ).format(name=self.path.name)
        )


def lock_path_for(path: Path | str) -> Path:
    target = real_path(path)
    return target.with_name(f".{target.name}.lock")


def queue_path_for(path: Path | str) -> Path:
    target = real_path(path)
    return target.with_name(f".{target.name}.queue")


class PlanLock(QLockFile):
    """A QLockFile on the plan's lock path, stale time 0. tryLock() as usual; taking it also
    removes the temporary files a killed save of this plan left behind."""

    def __init__(self, path: Path | str) -> None:
        self.plan_path = real_path(path)
        super().__init__(str(lock_path_for(path)))
        self.setStaleLockTime(0)  # a dead owner is detected by its process id instead

    def tryLock(self, timeout: int = 0) -> bool:  # noqa: N802 (Qt's name)
        if not super().tryLock(timeout):
            return False
        remove_stale_temps(self.plan_path)
        return True


class HeldLock:
    """The write lock a command holds, and its place in the commands' queue."""

    def __init__(self, lock: PlanLock, queue: QLockFile) -> None:
        self.lock, self.queue = lock, queue

    def unlock(self) -> None:
        self.lock.unlock()
        self.queue.unlock()  # last, so the next command finds the write lock free


def acquire(path: Path | str, wait_ms: int = COMMAND_WAIT_MS) -> HeldLock:
    """Take the plan's write lock for a command; the caller unlocks it. Waits up to
    `wait_ms` for other commands. Raises PlanInUseError if a window holds it (at once) or
    other commands kept it past `wait_ms`, or OSError if a lock file cannot be made (a
    folder that cannot be written to)."""
    queue = QLockFile(str(queue_path_for(path)))
    queue.setStaleLockTime(0)
    if not queue.tryLock(wait_ms):
        _refuse(queue, path, by_command=True)
    lock = PlanLock(path)
    if not lock.tryLock(0):  # commands are queued behind us: a window holds it
        queue.unlock()
        _refuse(lock, path, by_command=False)
    return HeldLock(lock, queue)


def _refuse(lock: QLockFile, path: Path | str, *, by_command: bool) -> None:
    if lock.error() == QLockFile.LockError.LockFailedError:
        raise PlanInUseError(path, by_command=by_command)
    raise PermissionError(errno.EACCES, _("the lock file could not be made"), str(path))


@contextmanager
def holding(path: Path | str, wait_ms: int = COMMAND_WAIT_MS) -> Iterator[HeldLock]:
    """Hold the plan's write lock for the block (see acquire)."""
    held = acquire(path, wait_ms)
    try:
        yield held
    finally:
        held.unlock()


def tidy(path: Path | str) -> None:
    """Remove a killed save's leftovers beside `path` if nobody holds its lock now. Quiet:
    a folder that cannot be written to simply keeps them."""
    lock = PlanLock(path)
    if lock.tryLock(0):
        lock.unlock()
