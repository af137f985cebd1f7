"""The meeting's run of show: opening, each letter in speaking order, closing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from interventionplanner.domain.plan import Participant, Plan
from interventionplanner.domain.speaking import count_words, speaking_seconds

# When the chairperson has not written their words yet, plan this long for each.
DEFAULT_OPENING_SECONDS = 120
DEFAULT_CLOSING_SECONDS = 120


class Segment(StrEnum):
    OPENING = "opening"
    LETTER = "letter"
    CLOSING = "closing"


@dataclass(frozen=True)
class TimelineEntry:
    segment: Segment
    who: str  # the name of whoever speaks
    participant_id: str | None
    words: int
    start_seconds: int  # from the start of the meeting
    seconds: int
    read_for: str | None = None  # the absent writer whose letter is read

    @property
    def end_seconds(self) -> int:
        return self.start_seconds + self.seconds

    def clock_time(self, meeting_start: datetime | None) -> datetime | None:
        return meeting_start + timedelta(seconds=self.start_seconds) if meeting_start else None


def reader_of(plan: Plan, writer: Participant) -> Participant:
    """Who reads this letter aloud: the writer, or whoever reads for an absent writer."""
    if writer.read_by:
        return plan.participant(writer.read_by) or writer
    return writer


def letter_seconds(plan: Plan, writer: Participant) -> int:
    """How long `writer`'s letter takes to read aloud, at the pace of whoever reads it."""
    words = count_words(writer.letter.text())
    return speaking_seconds(words, plan.rate_for(reader_of(plan, writer)))


def build_timeline(plan: Plan) -> list[TimelineEntry]:
    chair = plan.chairperson
    chair_id = chair.id if chair else None
    entries: list[TimelineEntry] = []
    clock = 0

    def add(
        segment: Segment,
        speaker: Participant | None,
        pid: str | None,
        words: int,
        default: int,
        **kw,
    ) -> None:
        nonlocal clock
        who = speaker.name if speaker else ""
        # Whoever reads aloud sets the pace: their own rate if measured, else the plan's.
        seconds = speaking_seconds(words, plan.rate_for(speaker)) if words else default
        entries.append(TimelineEntry(segment, who, pid, words, clock, seconds, **kw))
        clock += seconds

    add(
        Segment.OPENING,
        chair,
        chair_id,
        count_words(plan.opening_words),
        DEFAULT_OPENING_SECONDS,
    )
    for writer in plan.speaking_order():
        reader = reader_of(plan, writer)
        read_for = writer.name if reader is not writer else None
        add(
            Segment.LETTER,
            reader,
            writer.id,
            count_words(writer.letter.text()),
            0,
            read_for=read_for,
        )
    add(
        Segment.CLOSING,
        chair,
        chair_id,
        count_words(plan.closing_words),
        DEFAULT_CLOSING_SECONDS,
    )
    return entries


def total_seconds(timeline: list[TimelineEntry]) -> int:
    return timeline[-1].end_seconds if timeline else 0
