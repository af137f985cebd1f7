"""What the window needs from outside the plan, gathered once and handed down."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from interventionplanner.domain.substances import Catalogue

if TYPE_CHECKING:  # the coach's module loads with its rules, not at start-up
    from interventionplanner.domain.coach import Coach


class Services:
    """`coach` may be given as a loader: the first step never needs the coach, so the window
    loads its rules (about 0.1 s) on a worker once a plan is open, or wherever it is first
    asked for. Loading happens once, whichever thread asks first."""

    def __init__(
        self,
        catalogue: Catalogue,
        coach: Coach | Callable[[], Coach],
        user_templates: Path | None = None,  # the user's own template copies, if any
        today: Callable[[], date] = date.today,  # tests fix the day
    ) -> None:
        self.catalogue = catalogue
        self.user_templates = user_templates
        self.today = today
        loader = callable(coach) and not hasattr(coach, "find")  # a Coach finds, a loader not
        self._coach = None if loader else coach
        self._load_coach = coach if loader else None
        self._lock = threading.Lock()

    @property
    def coach(self) -> Coach:
        if self._coach is None:
            with self._lock:  # a worker and the window's thread may both ask at once
                if self._coach is None:
                    self._coach = self._load_coach()
        return self._coach

    @property
    def coach_loaded(self) -> bool:
        return self._coach is not None
