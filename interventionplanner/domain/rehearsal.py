"""Rehearsal: practise one letter against the clock, run through the whole meeting, and
role-play the objections.

All timing goes through an injectable clock (a callable returning seconds, by default
time.monotonic), so tests advance a fake one and nothing sleeps. Nothing here knows Qt.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from interventionplanner.domain.plan import (
    MAX_READING_RATE_WPM,
    MIN_READING_RATE_WPM,
    Objection,
    Plan,
)
from interventionplanner.domain.speaking import count_words
from interventionplanner.domain.timeline import (
    Segment,
    TimelineEntry,
    build_timeline,
    reader_of,
    total_seconds,
)

Clock = Callable[[], float]

# Past this share of the planned time the prompter's clock turns a soft colour.
NEAR_END_FRACTION = 0.85

_BLANK_LINE = re.compile(r"\n\s*\n")


def paragraphs_of(text: str) -> list[str]:
    """The text's paragraphs (split at blank lines), without empty ones."""
    return [part.strip() for part in _BLANK_LINE.split(text) if part.strip()]


@dataclass(frozen=True)
class RehearsalResult:
    seconds: float
    words: int
    words_per_minute: float  # 0 when nothing was timed or read


class LetterRehearsal:
    """One speaker practising one letter, a paragraph at a time."""

    def __init__(
        self, paragraphs: list[str], planned_seconds: int, clock: Clock = time.monotonic
    ) -> None:
        self.paragraphs = [p.strip() for p in paragraphs if p.strip()]
        self.planned_seconds = planned_seconds
        self.index = 0
        self._clock = clock
        self._started_at: float | None = None
        self._finished_after: float | None = None

    @classmethod
    def for_letter(
        cls, plan: Plan, writer_id: str, clock: Clock = time.monotonic
    ) -> LetterRehearsal:
        """The letter `writer_id` wrote, with the time the timeline plans for it."""
        writer = plan.participant(writer_id)
        if writer is None:
            raise KeyError(writer_id)
        planned = next(
            (
                entry.seconds
                for entry in build_timeline(plan)
                if entry.segment is Segment.LETTER and entry.participant_id == writer_id
            ),
            0,
        )
        return cls(paragraphs_of(writer.letter.text()), planned, clock)

    @property
    def started(self) -> bool:
        return self._started_at is not None

    @property
    def finished(self) -> bool:
        return self._finished_after is not None

    @property
    def current(self) -> str | None:
        return self.paragraphs[self.index] if self.paragraphs else None

    @property
    def is_last(self) -> bool:
        return self.index >= len(self.paragraphs) - 1

    def start(self) -> None:
        """Start (or start again) from the first paragraph, with the clock at zero."""
        self.index = 0
        self._started_at = self._clock()
        self._finished_after = None

    def next(self) -> bool:
        """Move to the next paragraph; False (and no move) at the last one."""
        if self.is_last:
            return False
        self.index += 1
        return True

    def previous(self) -> bool:
        """Move back a paragraph; False (and no move) at the first one."""
        if self.index == 0:
            return False
        self.index -= 1
        return True

    def elapsed(self) -> float:
        """Seconds since start(): still running until finish(), then fixed."""
        if self._finished_after is not None:
            return self._finished_after
        if self._started_at is None:
            return 0.0
        return max(0.0, self._clock() - self._started_at)

    def near_end(self) -> bool:
        """Whether the reading is past NEAR_END_FRACTION of its planned time."""
        return self.planned_seconds > 0 and (
            self.elapsed() >= NEAR_END_FRACTION * self.planned_seconds
        )

    def finish(self) -> RehearsalResult:
        if self._started_at is None:
            raise RuntimeError("the rehearsal was never started")
        if self._finished_after is None:
            self._finished_after = self.elapsed()
        seconds = self._finished_after
        words = sum(count_words(p) for p in self.paragraphs)
        pace = words * 60 / seconds if seconds > 0 else 0.0
        return RehearsalResult(seconds, words, pace)


# Reading a letter aloud, a person keeps roughly this pace (words a minute). Far outside
# it, the reading was not a reading: paragraphs were skipped, or the clock ran on. Such a
# pace is never offered. The bounds sit inside the rates a plan accepts.
PLAUSIBLE_PACE_WPM = (max(MIN_READING_RATE_WPM, 60), min(MAX_READING_RATE_WPM, 240))
# Shorter than this, a reading says too little about a pace to time a meeting by it.
MIN_TIMED_SECONDS = 20.0


def plausible_pace(result: RehearsalResult) -> int | None:
    """The whole words a minute to offer as this speaker's pace, or None if the reading
    cannot be a person's pace (too short, or far too fast or too slow)."""
    if result.seconds < MIN_TIMED_SECONDS or result.words_per_minute <= 0:
        return None
    pace = round(result.words_per_minute)
    low, high = PLAUSIBLE_PACE_WPM
    return pace if low <= pace <= high else None


def apply_pace(plan: Plan, participant_id: str, result: RehearsalResult) -> int:
    """Use a measured pace for this speaker's timings from now on; returns the rate set.

    The pace belongs to whoever reads aloud: for an absent writer, the person reading for
    them. Only a plausible pace is used (see plausible_pace), rounded to a whole number.
    """
    person = plan.participant(participant_id)
    if person is None:
        raise KeyError(participant_id)
    rate = plausible_pace(result)
    if rate is None:
        raise ValueError("this reading does not show a pace a person reads at")
    reader_of(plan, person).reading_rate_wpm = rate
    return rate


@dataclass(frozen=True)
class RunRow:
    who: str
    what: Segment
    planned_seconds: int
    actual_seconds: float | None  # None: this part was not reached
    read_for: str | None = None


class RunThrough:
    """The whole meeting rehearsed in speaking order: opening, letters, closing."""

    def __init__(self, plan: Plan, clock: Clock = time.monotonic) -> None:
        self.segments: list[TimelineEntry] = build_timeline(plan)
        self.planned_total = total_seconds(self.segments)
        self.index = 0
        self._clock = clock
        self._actual: list[float | None] = [None] * len(self.segments)
        self._meeting_started_at: float | None = None
        self._meeting_ended_after: float | None = None
        self._segment_started_at: float | None = None

    @property
    def current(self) -> TimelineEntry | None:
        return self.segments[self.index] if self.index < len(self.segments) else None

    @property
    def done(self) -> bool:
        return self.index >= len(self.segments)

    @property
    def in_segment(self) -> bool:
        return self._segment_started_at is not None

    def start_segment(self) -> None:
        if self.done:
            raise RuntimeError("the run-through is over")
        if self.in_segment:
            raise RuntimeError("the current part has not ended")
        now = self._clock()
        if self._meeting_started_at is None:
            self._meeting_started_at = now
        self._segment_started_at = now

    def end_segment(self) -> float:
        """Record the current part's time and move to the next; returns its seconds."""
        if self._segment_started_at is None:
            raise RuntimeError("no part has been started")
        seconds = max(0.0, self._clock() - self._segment_started_at)
        self._actual[self.index] = seconds
        self._segment_started_at = None
        self.index += 1
        if self.done:
            self._meeting_ended_after = self.meeting_elapsed()
        return seconds

    def meeting_elapsed(self) -> float:
        """The meeting clock: seconds since the first part started, stopped after the last."""
        if self._meeting_ended_after is not None:
            return self._meeting_ended_after
        if self._meeting_started_at is None:
            return 0.0
        return max(0.0, self._clock() - self._meeting_started_at)

    def report(self) -> list[RunRow]:
        return [
            RunRow(entry.who, entry.segment, entry.seconds, actual, entry.read_for)
            for entry, actual in zip(self.segments, self._actual, strict=True)
        ]

    @property
    def actual_total(self) -> float:
        """Seconds recorded over every part reached."""
        return sum(a for a in self._actual if a is not None)


class RolePlay:
    """The likely objections as cards, in order, each answer hidden until asked for."""

    def __init__(self, objections: list[Objection]) -> None:
        # The plan's own objects, so "needs work" is marked on the plan itself.
        self.cards = [o for o in objections if o.objection.strip()]
        self.index = 0
        self.answer_shown = False

    @property
    def current(self) -> Objection | None:
        return self.cards[self.index] if self.index < len(self.cards) else None

    @property
    def done(self) -> bool:
        return self.index >= len(self.cards)

    def reveal(self) -> str:
        card = self._card()
        self.answer_shown = True
        return card.answer

    def next(self) -> bool:
        """The next card, answer hidden again; False when the last card is put away."""
        if not self.done:
            self.index += 1
            self.answer_shown = False
        return not self.done

    def mark_needs_work(self, needs_work: bool = True) -> None:
        self._card().needs_work = needs_work

    def _card(self) -> Objection:
        card = self.current
        if card is None:
            raise RuntimeError("there are no more cards")
        return card
