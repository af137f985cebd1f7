"""Bring plan files written by older versions of the app up to the current format.

Each step takes the file's content at major version N and returns it at N + 1. Steps only
ever add or rename; a family's words are never dropped on the way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FORMAT = "interventionplanner.plan"
SUFFIX = ".ivplan"  # a plan file's name ends so
# 1.1 added `plan.seating`; 1.2 added each participant's `reading_rate_wpm` and each
# objection's `needs_work`; 1.3 the meeting's `time_zone` (older plans take the computer's
# zone as they open), `gather_minutes_before`, `gather_place`, the calendar's UIDs and
# sequence, each participant's `reading_size_pt`, each objection's `responder_id`, and the
# plan's `walk_out_follower_id`, `if_walks_out` and `if_impaired`, and the loved one's `age`;
# 1.4 the plan's `language` (the packet's) and each participant's `language` (their papers');
# each letter's review `notes` (ReviewNote: part, start, end, anchor, text, author, created,
# resolved, id), `reviewed_by` and `reviewed_at`; the plan's `private_notes`, `show_practice`
# and `practice_on_reading_copies`; 1.5 each letter's `settled` (SettledNote: sentence,
# category): the coach's notes its writer left as they are (domain/settling.py).
# A minor version only ever adds fields with defaults.
CURRENT_VERSION = (1, 5)

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# major version -> the step that lifts a file of that version to the next one.
MIGRATIONS: dict[int, Migration] = {}


class MigrationGapError(Exception):
    """No step is known for this old version."""


def migrate(content: dict[str, Any], major: int) -> dict[str, Any]:
    """Apply every step from `major` up to the current major version, in order."""
    while major < CURRENT_VERSION[0]:
        step = MIGRATIONS.get(major)
        if step is None:
            raise MigrationGapError(major)
        content = step(content)
        major += 1
    return content
