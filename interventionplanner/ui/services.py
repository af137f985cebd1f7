"""What the window needs from outside the plan, gathered once and handed down."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the coach's module loads with its rules, the catalogue's when first used
    from interventionplanner.domain.coach import Coach
    from interventionplanner.domain.crisis import CrisisResource
    from interventionplanner.domain.substances import Catalogue


class Services:
    """`coach` may be given as a loader: the first step never needs the coach, so the window
    loads its rules (about 0.1 s) on a worker once a plan is open, or wherever it is first
    asked for. Loading happens once, whichever thread asks first.

    `catalogue` may be given as a loader too; None is the bundled catalogue in `language`
    (the window's: its safety facts, substance names and crisis lines are shown in it),
    read when first asked for. The first step shows only the crisis lines, which are then
    read on their own, in the same language."""

    def __init__(
        self,
        catalogue: Catalogue | Callable[[], Catalogue] | None,
        coach: Coach | Callable[[], Coach],
        user_templates: Path | None = None,  # the user's own template copies, if any
        today: Callable[[], date] = date.today,  # tests fix the day
        language: str = "en",
    ) -> None:
        if catalogue is None:
            from interventionplanner.storage.catalogue import load_catalogue

            catalogue = partial(load_catalogue, language=language)
        self.language = language
        self._catalogue = None if callable(catalogue) else catalogue
        self._load_catalogue = catalogue if callable(catalogue) else None
        self._catalogue_lock = threading.Lock()  # not the coach's: that one is held 0.1 s
        self.user_templates = user_templates
        self.today = today
        loader = callable(coach) and not hasattr(coach, "find")  # a Coach finds, a loader not
        self._coach = None if loader else coach
        self._load_coach = coach if loader else None
        self._lock = threading.Lock()

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            with self._catalogue_lock:  # a worker and the window's thread may both ask
                if self._catalogue is None:
                    self._catalogue = self._load_catalogue()
        return self._catalogue

    @property
    def catalogue_loaded(self) -> bool:
        return self._catalogue is not None

    @property
    def crisis_resources(self) -> tuple[CrisisResource, ...]:
        """The crisis lines: the catalogue's, or read alone while it is not loaded yet."""
        if self._catalogue is not None:
            return self._catalogue.crisis_resources
        from interventionplanner.storage.catalogue import load_crisis_resources

        return load_crisis_resources(language=self.language)

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
