"""The one write lock on a plan file, shared by the window and every command that writes it.

It is Qt's QLockFile (QtCore only, no widgets) on `.NAME.ivplan.lock` beside the plan, with
stale time 0: a lock whose owner has died is detected by its process id and taken over, and a
live one is never broken by age. The window holds it for as long as a plan is open; a command
line that writes the plan (import-letter --yes, protect, unprotect, new --force) takes it for
the read-change-write, waits a few seconds for another command to finish, and refuses
plainly if the plan stays open in a window. So no writer ever works from a stale copy.

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

from interventionplanner.storage.atomic import real_path, remove_stale_temps

# How long a command waits for another command writing the same plan (a protected plan's
# read and save each take about half a second of key derivation). A window never lets go
# while the plan is open, so a lock held by a window (named as app.py names the app) is
# refused at once.
COMMAND_WAIT_MS = 10_000
WINDOW_APP_NAME = "Intervention Planner"


class PlanInUseError(Exception):
    """Another window (here or in another app) is editing this plan."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(
            f'"{self.path.name}" is open in another window. Close it there (saving what you '
            "want to keep), then try again."
        )


def lock_path_for(path: Path | str) -> Path:
    target = real_path(path)
    return target.with_name(f".{target.name}.lock")


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


def acquire(path: Path | str, wait_ms: int = COMMAND_WAIT_MS) -> PlanLock:
    """Take the plan's write lock; the caller unlocks it. Raises PlanInUseError if a window
    (or another command, past `wait_ms`) holds it, or OSError if the lock file cannot be
    made (a folder that cannot be written to)."""
    lock = PlanLock(path)
    if not lock.tryLock(0) and not (_held_by_a_command(lock) and lock.tryLock(wait_ms)):
        if lock.error() == QLockFile.LockError.LockFailedError:
            raise PlanInUseError(path)
        raise PermissionError(errno.EACCES, "the lock file could not be made", str(path))
    return lock


@contextmanager
def holding(path: Path | str, wait_ms: int = COMMAND_WAIT_MS) -> Iterator[PlanLock]:
    """Hold the plan's write lock for the block (see acquire)."""
    lock = acquire(path, wait_ms)
    try:
        yield lock
    finally:
        lock.unlock()


def _held_by_a_command(lock: QLockFile) -> bool:
    if lock.error() != QLockFile.LockError.LockFailedError:
        return False
    info = lock.getLockInfo()
    return not (isinstance(info, tuple) and len(info) == 3 and info[2] == WINDOW_APP_NAME)


def tidy(path: Path | str) -> None:
    """Remove a killed save's leftovers beside `path` if nobody holds its lock now. Quiet:
    a folder that cannot be written to simply keeps them."""
    lock = PlanLock(path)
    if lock.tryLock(0):
        lock.unlock()
