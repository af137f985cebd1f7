"""PlanDocument: the one owner of the plan that is open, its file, and its unsaved state.

Every change to the plan goes through it: `set()` for one field, `update()` for a change
of shape (a person added, the order rearranged). Views read `document.plan` freely but
never assign into it. The document marks itself unsaved, says precisely what changed
through `changed` (a `Change` listing the paths, the same `where` strings preflight uses),
and a moment after the typing stops writes a recovery copy, so a crash loses at most the
last few seconds. `stateChanged` is sent only when the file, the unsaved mark or the
read-only state really change, not on every key. Locks stop two windows editing one file.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QThreadPool, QTimer, Signal

from interventionplanner import i18n
from interventionplanner.domain.plan import Plan
from interventionplanner.domain.where import path_of, resolve
from interventionplanner.i18n import _
from interventionplanner.storage.errors import PlanSaveError
from interventionplanner.storage.example import example_plan
from interventionplanner.storage.planlock import PlanInUseError, PlanLock, lock_path_for
from interventionplanner.storage.recovery import RecoveryStore
from interventionplanner.ui import worker

if TYPE_CHECKING:
    from interventionplanner.storage.planfile import LoadedPlan
    from interventionplanner.storage.recovery_entry import RecoveryEntry

__all__ = ["PlanDocument", "PlanInUseError", "lock_path_for"]  # the lock's names, re-exported

AUTOSAVE_IDLE_MS = 1500
T = TypeVar("T")


# The file machinery (`storage.planfile`: its checks, the cipher, atomic writes) loads with
# the first plan opened or saved, not at start-up, where the window opens only the example.
def load_plan(path: Path, password: str | None = None) -> LoadedPlan:
    from interventionplanner.storage.planfile import load_plan as load

    return load(path, password)


def save_plan(plan: Plan, path: Path, **how: Any) -> None:
    from interventionplanner.storage.planfile import save_plan as save

    save(plan, path, **how)


class PlanDocument(QObject):
    changed = Signal(object)  # a Change: which parts of the plan changed
    replaced = Signal()  # a different plan is open now: re-read everything
    stateChanged = Signal()  # path, unsaved or read-only state changed (only when they do)
    startedChanged = Signal(bool)  # whether a plan is open at all (the steps unlock)
    recoveryFailed = Signal(str)  # a recovery copy could not be written (plain words)

    def __init__(self, recovery: RecoveryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None  # an empty plan, made only if asked for before one opens
        self.path: Path | None = None
        self.dirty = False
        self.read_only = False
        self.started = False  # a plan has been started or opened (the steps unlock)
        self.is_example = False
        self.password: str | None = None  # kept in memory only, to save a protected plan
        self.notes: list[str] = []  # what opening the file had to say
        self._recovery = recovery
        self._session = os.urandom(16).hex()  # its safety copy's name (uuid loads later)
        self._session_lock = QLockFile(str(recovery.lock_path(self._session)))
        self._file_lock: QLockFile | None = None
        self._pool = QThreadPool(self)  # its own, so closing waits only for its own work
        self._writing: worker.Job | None = None  # the safety copy being written
        self._pending: tuple[int, Plan, Path | None, str | None] | None = None  # the next
        self._generation = 0  # counts changes; the copy on disk is of this one:
        self._written_generation = -1
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_IDLE_MS)
        self._autosave.timeout.connect(self.write_recovery)
        app = QCoreApplication.instance()
        if app is not None:  # quitting without a clean close still keeps the last words
            app.aboutToQuit.connect(self.flush_recovery)

    @property
    def plan(self) -> Plan:
        """The plan open now. Before any is opened, an empty one, made when first asked
        for: making it looks up this computer's time zone (its meeting's default), which
        costs the first step about 50 ms that it does not need."""
        if self._plan is None:
            self._plan = Plan()
        return self._plan

    @plan.setter
    def plan(self, plan: Plan) -> None:
        self._plan = plan

    # --- what the window shows ---------------------------------------------------------

    @property
    def display_name(self) -> str:
        if self.path:
            return self.path.name
        return _("Example plan") if self.is_example else _("Untitled plan")

    # --- replacing the plan ------------------------------------------------------------

    def new_plan(self) -> None:
        """A fresh plan, its checklist and likely objections started from the suggestions;
        its papers in the window's language (changed on the Review step)."""
        from interventionplanner.storage.defaults import new_plan  # its checklist, once asked

        plan = new_plan()
        if i18n.language() in i18n.LANGUAGES:  # never the test-only pseudo-language
            plan.language = i18n.language()
        self._replace(plan, path=None, dirty=False)

    def open_example(self, today: date) -> None:
        self._replace(example_plan(today), path=None, dirty=False, example=True)

    def open(self, path: Path, *, read_only: bool = False, password: str | None = None) -> None:
        """Raises PlanFileError (PasswordNeededError, WrongPasswordError among them), or
        PlanInUseError when another window holds the plan."""
        if password:  # key derivation: the window keeps painting meanwhile
            loaded = worker.wait_for(lambda: load_plan(path, password))
        else:
            loaded = load_plan(path, password)
        lock = None
        if not read_only and path == self.path and self._file_lock is not None:
            lock = self._file_lock  # opening again what this window already holds
        elif not read_only:
            lock = PlanLock(path)  # stale time 0: a dead owner is detected by its process id
            if not lock.tryLock(0):
                raise PlanInUseError(path)
        self._replace(loaded.plan, path=path, dirty=False, lock=lock, read_only=read_only)
        self.password = password if loaded.protected else None
        self.notes = loaded.notes

    def restore(self, entry: RecoveryEntry, password: str | None = None) -> None:
        """Adopt a recovery copy left behind by a session that did not end cleanly."""
        plan = self._recovery.load(entry, password)
        original = entry.original if entry.original and entry.original.exists() else None
        lock = None
        if original is not None:
            lock = PlanLock(original)
            if not lock.tryLock(0):
                lock, original = None, None  # someone has it open: restore as a new plan
        self._replace(plan, path=original, dirty=True, lock=lock)
        self.password = password
        if self._write_now():  # on this thread: the old copy goes once the new one is there
            self._recovery.remove(entry.session)

    def forget_path(self) -> None:
        """Keep the plan as a new, unsaved one: the file it came from stays as it is
        (used when a backup is opened in place of a damaged plan)."""
        self._release_file_lock()
        self._set_state(path=None, dirty=True, read_only=False)

    def _replace(
        self,
        plan: Plan,
        *,
        path: Path | None,
        dirty: bool,
        lock: QLockFile | None = None,
        read_only: bool = False,
        example: bool = False,
    ) -> None:
        if lock is not self._file_lock:
            self._release_file_lock()
        self._file_lock = lock
        self.plan, self.path, self.dirty, self.read_only = plan, path, dirty, read_only
        was_started, self.started = self.started, True
        self.is_example = example
        self._pending = None  # a snapshot of the plan that was open: no longer wanted
        self._generation += 1
        self.password = None
        self.notes = []
        self.replaced.emit()
        if not was_started:
            self.startedChanged.emit(True)
        self.stateChanged.emit()

    def _set_state(self, **state: Any) -> None:
        """Change the path, unsaved mark or read-only state; tell others if it changed."""
        before = (self.path, self.dirty, self.read_only)
        for name, value in state.items():
            setattr(self, name, value)
        if (self.path, self.dirty, self.read_only) != before:
            self.stateChanged.emit()

    # --- editing: the only way the plan changes ---------------------------------------------

    def set(self, where: str, value: Any) -> None:
        """Set the field at `where` ("loved_one/name", "participants/<id>/letter/my_hope")."""
        owner, field = resolve(self.plan, where)
        if self.read_only or getattr(owner, field) == value:
            return
        setattr(owner, field, value)
        self._changed((where,))

    def set_field(self, owner: object, field: str, value: Any) -> None:
        """Set `field` of an object held in the plan (a letter, a task), by identity."""
        path = path_of(self.plan, owner)
        self.set(f"{path}/{field}" if path else field, value)

    def update(self, where: str | Iterable[str], change: Callable[[Plan], T]) -> T | None:
        """A change of shape: `change(plan)` adds, removes or reorders; `where` names
        every part it touches. Returns what `change` returns (None when read-only)."""
        if self.read_only:
            return None
        result = change(self.plan)
        self._changed((where,) if isinstance(where, str) else tuple(where))
        return result

    def update_if(self, where: str, change: Callable[[Plan], bool | int]) -> bool:
        """A change that may find nothing to do (a note already settled): `change(plan)`
        says whether it changed anything, and only then is the plan marked and `changed`
        sent, naming `where`."""
        if self.read_only or not change(self.plan):
            return False
        self._changed((where,))
        return True

    def _changed(self, paths: tuple[str, ...]) -> None:
        from interventionplanner.domain.change import Change  # made with the first edit

        self._generation += 1
        self._autosave.start()
        self._set_state(dirty=True)
        self.changed.emit(Change(paths))

    # --- saving ------------------------------------------------------------------------

    def save(self) -> None:
        """Save to the current file. Raises PlanSaveError; needs a path (see save_as)."""
        assert self.path is not None, "save_as() first"
        self._save_to(self.path, self.password)

    def save_as(self, path: Path, password: str | None = None) -> None:
        """Save to a new file, protected with `password` if one is given, and keep editing
        it there. Raises PlanSaveError."""
        if path != self.path or self._file_lock is None:
            lock = PlanLock(path)
            if not lock.tryLock(0):
                raise PlanSaveError(path, "that plan is open in another window.")
        else:
            lock = self._file_lock
        try:
            self._save_to(path, password)
        except PlanSaveError:
            if lock is not self._file_lock:
                lock.unlock()
            raise
        if lock is not self._file_lock:
            self._release_file_lock()
            self._file_lock = lock
        self._set_state(path=path, read_only=False)

    def change_password(self, password: str | None) -> None:
        """Protect, re-protect or unprotect the open plan, and save it so at once."""
        assert self.path is not None, "save_as() first"
        self._save_to(self.path, password)

    def _save_to(self, path: Path, password: str | None) -> None:
        previous = self.password if path == self.path else None
        if password or previous:  # key derivation, off the window's thread, on a snapshot
            snapshot = copy.deepcopy(self.plan)
            worker.wait_for(
                lambda: save_plan(snapshot, path, password=password, previous_password=previous)
            )
        else:
            save_plan(self.plan, path, password=password, previous_password=previous)
        self.password = password
        self._autosave.stop()
        self._pending = None  # a write in flight removes its copy when it ends (not dirty)
        self._recovery.remove(self._session)
        self._set_state(dirty=False)

    # --- recovery and closing ----------------------------------------------------------

    def write_recovery(self) -> None:
        """Keep a safety copy of the plan as it is now. Only the snapshot is taken here (a
        copy of the plan's objects; its texts are shared, so it is cheap at any size);
        turning it into a file, sealing it and writing it happen on a worker. One write at
        a time: a snapshot taken while one is written waits, and a newer one replaces it,
        so the copy on disk only ever moves forward."""
        if not self.dirty:
            return
        self._lock_session()
        self._pending = self._snapshot()
        if self._writing is None:
            self._write_next()

    def _snapshot(self) -> tuple[int, Plan, Path | None, str | None]:
        return self._generation, copy.deepcopy(self.plan), self.path, self.password

    def _lock_session(self) -> None:
        if not self._session_lock.isLocked():
            self._session_lock.setStaleLockTime(0)
            self._recovery.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._session_lock.tryLock(0)

    def _write_next(self) -> None:
        assert self._pending is not None
        generation, snapshot, path, password = self._pending
        self._pending = None
        session, recovery = self._session, self._recovery
        worker.freeze_heap_once("the app")  # out of the cycle collector's walks (worker.py)
        job = worker.Job(lambda progress: recovery.write(session, snapshot, path, password))
        self._writing = job
        job.signals.finished.connect(lambda _result: self._written(job, generation))
        job.signals.failed.connect(lambda _error: self._written(job, None))
        worker.start(job, self._pool)

    def _written(self, job: worker.Job, generation: int | None) -> None:
        """A write has ended (generation None: it failed); the next snapshot goes now."""
        if job is not self._writing:  # already waited for (quit, close or restore)
            return
        self._writing = None
        if generation is None:
            self._recovery_failed()
        else:
            self._written_generation = generation
        if self._pending is not None:
            self._write_next()
        elif not self.dirty:  # saved (or closed) while it was written: no copy is wanted
            self._recovery.remove(self._session)

    def _wait_for_write(self, timeout_ms: int = -1) -> None:
        """Drop the snapshot waiting its turn and let the write in flight finish (the
        document's pool runs nothing else), so no other write can race the next one."""
        self._pending = None
        if self._writing is not None:
            self._pool.waitForDone(timeout_ms)
            self._writing = None

    def flush_recovery(self) -> None:
        """The app is quitting without a clean close: finish the write in flight, then
        write the plan as it is now on this thread, unless that is what was written."""
        self._autosave.stop()
        if self.dirty and self._written_generation != self._generation:
            self._write_now()
        else:
            self._wait_for_write()

    def _write_now(self) -> bool:
        """Write the plan as it is now, on this thread, once no other write is under way.
        False (and the family told) if it could not be written."""
        self._wait_for_write()
        self._lock_session()
        generation, snapshot, path, password = self._snapshot()
        try:
            self._recovery.write(self._session, snapshot, path, password)
        except (OSError, PlanSaveError):
            self._recovery_failed()
            return False
        self._written_generation = generation
        return True

    def _recovery_failed(self) -> None:
        self.recoveryFailed.emit(
            _("A safety copy of your plan could not be written. Please save your plan soon.")
        )

    def close(self) -> None:
        """A clean end: no recovery copy is left, and every lock is let go."""
        self._autosave.stop()
        self._wait_for_write(10_000)  # a safety copy being written finishes first
        self.dirty = False
        self._recovery.remove(self._session)
        self._release_file_lock()
        if self._session_lock.isLocked():
            self._session_lock.unlock()

    def orphaned_recoveries(self) -> list[RecoveryEntry]:
        """Recovery copies whose window is gone: it crashed, or the computer stopped."""
        orphans = [
            entry
            for entry in self._recovery.entries()
            if entry.session != self._session and _let_go_if_dead(entry.lock_path)
        ]
        # A window killed before its first copy left only its lock: it goes too.
        for lock in self._recovery.lone_locks():
            if lock.stem != self._session:
                _let_go_if_dead(lock)
        return orphans

    def discard_recovery(self, entry: RecoveryEntry) -> None:
        self._recovery.remove(entry.session)

    def _release_file_lock(self) -> None:
        if self._file_lock is not None and self._file_lock.isLocked():
            self._file_lock.unlock()
        self._file_lock = None


def _let_go_if_dead(lock_path: Path) -> bool:
    """True, and the lock file removed, when no live window holds it."""
    probe = QLockFile(str(lock_path))
    probe.setStaleLockTime(0)
    if not probe.tryLock(0):
        return False
    probe.unlock()  # removes the file
    return True
