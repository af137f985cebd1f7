"""A plan's summary as plain data: what the CLI prints and, later, the review step shows."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from interventionplanner.domain.display import clock_time, duration, segment_words, start_text
from interventionplanner.domain.plan import Plan
from interventionplanner.domain.preflight import preflight
from interventionplanner.domain.substances import Catalogue
from interventionplanner.domain.timeline import (
    Segment,
    TimelineEntry,
    build_timeline,
    total_seconds,
)


def summarise(plan: Plan, catalogue: Catalogue, today: date) -> dict[str, Any]:
    timeline = build_timeline(plan)
    loved_one, meeting = plan.loved_one, plan.meeting
    substances = [catalogue.get(s) for s in loved_one.substances]
    return {
        "loved_one": {
            "name": loved_one.name,
            "called": loved_one.called,
            "substances": [s.label for s in substances if s is not None],
            "risk_flags": [str(flag) for flag in loved_one.risk_flags],
        },
        "meeting": {
            "style": str(meeting.style),
            "starts_at": meeting.starts_at.isoformat() if meeting.starts_at else None,
            "length_minutes": meeting.length_minutes,
            "place": meeting.place,
        },
        "speakers": [
            {
                "name": entry.who,
                "reads_for": entry.read_for,
                "words": entry.words,
                "seconds": entry.seconds,
                "length": duration(entry.seconds),
                "start_seconds": entry.start_seconds,
            }
            for entry in timeline
            if entry.segment is Segment.LETTER
        ],
        "timeline": [_timeline_entry(entry, meeting.starts_at) for entry in timeline],
        "seating": [
            " ".join(person.name.split())
            for person in (plan.participant(pid) for pid in plan.seating)
            if person is not None
        ],
        "total_seconds": total_seconds(timeline),
        "total_length": duration(total_seconds(timeline)),
        "planned_seconds": meeting.length_minutes * 60,
        "review_notes": review_notes(plan),
        "preflight": [
            {"code": f.code, "severity": str(f.severity), "message": f.message, "where": f.where}
            for f in preflight(plan, catalogue, today)
        ],
    }


def _timeline_entry(entry: TimelineEntry, meeting_start: datetime | None) -> dict[str, Any]:
    """One part of the run of show. `clock` is "HH:MM" (to the nearest minute) when the
    meeting has a start time, else None; `starts`, `what` and `length` are worded exactly
    as the window and the packet show them."""
    moment = clock_time(meeting_start, entry.start_seconds)
    data: dict[str, Any] = {
        "who": entry.who,
        "role": str(entry.segment),
        "what": segment_words(entry.segment, entry.read_for),
        "start_seconds": entry.start_seconds,
        "seconds": entry.seconds,
        "clock": f"{moment.hour:02d}:{moment.minute:02d}" if moment else None,
        "starts": start_text(meeting_start, entry.start_seconds),
        "length": duration(entry.seconds),
    }
    if entry.read_for is not None:
        data["reads_for"] = entry.read_for
    return data


def review_notes(plan: Plan) -> list[dict[str, Any]]:
    """Every review note, with its writer, and whether its words are still in the letter."""
    from interventionplanner.domain.review_notes import locate

    found = []
    for person in plan.participants:
        for note in person.letter.notes:
            span = locate(note, person.letter)
            found.append(
                {
                    "id": note.id,
                    "writer": " ".join(person.name.split()),
                    "writer_id": person.id,
                    "part": note.part,
                    "anchor": note.anchor,
                    "start": span.start,
                    "end": span.end,
                    "words_found": span.found,
                    "note": note.text,
                    "author": note.author,
                    "created": note.created.isoformat() if note.created else None,
                    "resolved": note.resolved,
                }
            )
    return found
