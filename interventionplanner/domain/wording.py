"""Counts in words a person reads easily: "1 word", "under a minute", "about 2 pages".

Qt-free, so the window, the command line and the packet say the same thing. (The lead
folds these into domain/display.py with the other shared formatters.) Every English
string is here, in one place, for translation later.
"""

from __future__ import annotations

from interventionplanner.domain.plan import LetterStatus
from interventionplanner.domain.speaking import WORDS_PER_PAGE

_STATUS_WORDS = {
    LetterStatus.DRAFT: "draft",
    LetterStatus.REVIEWED: "reviewed",
    LetterStatus.FINAL: "final",
}


def plural(count: int, one: str, many: str) -> str:
    """ "1 word", "0 words", "1,200 words"."""
    return f"{count:,} {one if count == 1 else many}"


def words_phrase(words: int) -> str:
    return plural(words, "word", "words")


def minutes_phrase(seconds: float) -> str:
    """A length in whole minutes: "under a minute", "about 1 minute", "about 5 minutes"."""
    if seconds < 60:
        return "under a minute"
    return f"about {plural(round(seconds / 60), 'minute', 'minutes')}"


def meeting_total(needed_seconds: float, planned_minutes: int) -> str:
    """ "All together: about 5 minutes, of the 90 minutes planned." """
    planned = plural(planned_minutes, "minute", "minutes")
    return f"All together: {minutes_phrase(needed_seconds)}, of the {planned} planned."


def reading_time_phrase(seconds: float) -> str:
    """Time to read aloud, in whole minutes: never "0:01 minutes"."""
    if seconds <= 0:
        return "nothing to read yet"
    if seconds < 60:
        return "under a minute to read"
    minutes = round(seconds / 60)
    return f"about {plural(minutes, 'minute', 'minutes')} to read"


def pages_phrase(words: int) -> str:
    """Printed pages at the packet's reading size: never "0.0 pages"."""
    pages = words / WORDS_PER_PAGE
    if words <= 0:
        return "no pages yet"
    if pages < 0.75:
        return "less than a page"
    halves = round(pages * 2) / 2
    if halves == 1:
        return "about 1 page"
    shown = f"{halves:g}" if halves != int(halves) else str(int(halves))
    return f"about {shown} pages"


def letter_summary(words: int, seconds: float) -> str:
    """The one line under a letter: "312 words · about 2 minutes to read · about 1 page"."""
    if words <= 0:
        return "No words yet."
    return " · ".join((words_phrase(words), reading_time_phrase(seconds), pages_phrase(words)))


def status_word(status: LetterStatus) -> str:
    """A letter's status as both the letters table and the status box show it."""
    return _STATUS_WORDS[status]
