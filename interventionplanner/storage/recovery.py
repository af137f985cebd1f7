"""Recovery copies: the plan as it was a moment ago, in case the app or computer stops.

Each running window writes its own copy (`<session>.ivplan`) and a small note of which file
it belongs to (`<session>.json`) into the per-user data folder. A clean save or close removes
them; whatever is left at the next start came from a session that did not end cleanly.

A protected plan's copy is sealed with the same password, and its note then leaves out the
plan file's path (a path such as "Plan for Sasha.ivplan" can itself say too much): such a copy
comes back as a plan that has not been saved yet. The note never holds the plan's content.
"""

from __future__ import annotations

import contextlib
import json
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from interventionplanner.domain.plan import Plan
from interventionplanner.storage.atomic import write_atomic

# `planfile` (its checks and the cipher) is imported where a copy is read or written, and
# `recovery_entry` where the copies are listed: the window makes its store at start-up, long
# before the first copy.
if TYPE_CHECKING:
    from interventionplanner.storage.recovery_entry import RecoveryEntry


# A write of a recovery copy takes a second at most; a temporary file older than this was
# left by a window that was killed while writing.
STALE_TEMP_SECONDS = 60


class RecoveryStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def write(
        self, session: str, plan: Plan, original: Path | None, password: str | None = None
    ) -> None:
        """Keep a copy of `plan`, sealed under `password` when one is given. Raises
        PlanSaveError or OSError."""
        from interventionplanner.storage.planfile import save_plan

        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        save_plan(plan, self._plan_path(session), keep_backup=False, password=password)
        note: dict[str, object] = {"saved_at": datetime.now().isoformat(timespec="seconds")}
        if password is None:
            note["original"] = str(original) if original else None
        write_atomic(self._note_path(session), json.dumps(note).encode(), keep_backup=False)

    def entries(self) -> list[RecoveryEntry]:
        """The copies in the folder (at start-up: what crashed sessions left). Temporary files
        that killed writes left behind are removed on the way."""
        from interventionplanner.storage.recovery_entry import RecoveryEntry

        if not self.folder.is_dir():
            return []
        self._remove_stale_temps()
        found = []
        for plan_path in sorted(self.folder.glob("*.ivplan")):
            note = self._read_note(plan_path.stem)
            original = note.get("original")
            saved_at = note.get("saved_at")
            found.append(
                RecoveryEntry(
                    plan_path.stem,
                    plan_path,
                    Path(original) if isinstance(original, str) else None,
                    datetime.fromisoformat(saved_at)
                    if isinstance(saved_at, str)
                    else datetime.fromtimestamp(plan_path.stat().st_mtime),
                )
            )
        return found

    def load(self, entry: RecoveryEntry, password: str | None = None) -> Plan:
        """The copy's plan. Raises PlanFileError: PasswordNeededError or WrongPasswordError
        for a protected copy without its password."""
        from interventionplanner.storage.planfile import load_plan

        return load_plan(entry.plan_path, password).plan

    def remove(self, session: str) -> None:
        for path in (self._plan_path(session), self._note_path(session)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def lone_locks(self) -> list[Path]:
        """Locks with no copy beside them: windows that ended before their first copy was
        written, or are still open and have not written one yet."""
        if not self.folder.is_dir():
            return []
        locks = sorted(self.folder.glob("*.lock"))
        return [lock for lock in locks if not lock.with_suffix(".ivplan").exists()]

    def _remove_stale_temps(self) -> None:
        cutoff = time.time() - STALE_TEMP_SECONDS
        for temp in self.folder.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                if temp.stat().st_mtime < cutoff:
                    temp.unlink()

    def lock_path(self, session: str) -> Path:
        return self._plan_path(session).with_suffix(".lock")

    def _read_note(self, session: str) -> dict:
        try:
            note = json.loads(self._note_path(session).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return note if isinstance(note, dict) else {}

    def _plan_path(self, session: str) -> Path:
        return self.folder / f"{session}.ivplan"

    def _note_path(self, session: str) -> Path:
        return self.folder / f"{session}.json"
