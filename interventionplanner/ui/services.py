"""What the window needs from outside the plan, gathered once and handed down."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from interventionplanner.domain.coach import Coach
from interventionplanner.domain.substances import Catalogue


@dataclass(frozen=True)
class Services:
    catalogue: Catalogue
    coach: Coach
    user_templates: Path | None = None  # the user's own template copies, if any
    today: Callable[[], date] = date.today  # tests fix the day
