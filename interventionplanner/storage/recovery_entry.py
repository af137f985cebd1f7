"""A safety copy found in the recovery folder (storage/recovery.py), and its plan file.

A module of its own: the window makes its recovery store at start-up, and a dataclass costs
about 4 M instructions to make (its methods compiled from generated source), which the
first step need not pay; the store imports this when it lists the copies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class RecoveryEntry:
    """A safety copy found in the folder, and the plan file it belongs to."""

    session: str
    plan_path: Path  # the recovery copy itself
    original: Path | None  # the plan file it belongs to, if saved (never kept when protected)
    saved_at: datetime

    @property
    def protected(self) -> bool:
        """The copy is sealed: load() needs the plan's password."""
        from interventionplanner.storage.planfile import is_protected

        return is_protected(self.plan_path)

    @property
    def lock_path(self) -> Path:
        return self.plan_path.with_suffix(".lock")
