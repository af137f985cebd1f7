"""Review notes on a letter: adding one, finding its words again, and the review record.

A note remembers its words twice, by offsets and by the words themselves (`anchor`). The
letter goes on being edited after a note is written, so the offsets alone would soon point
at the wrong words: `locate` looks for the anchor nearest to where it was, and says so when
the words are gone (the note then stays, shown as about words that have changed). Nothing
here reads the clock: callers pass `now`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from interventionplanner.domain.plan import (
    NOTE_PARTS,
    Letter,
    LetterStatus,
    Plan,
    ReviewNote,
)

MAX_ANCHOR_CHARS = 1_000  # a note is about a phrase or a sentence, not a whole part


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    found: bool  # False: the words the note was about are no longer in the part


def add_note(
    letter: Letter,
    part: str,
    start: int,
    end: int,
    text: str,
    *,
    author: str = "",
    now: datetime | None = None,
) -> ReviewNote:
    """A new note on `letter`'s `part`, about the characters start..end. ValueError for a
    part that is not one, or a span outside the part's text."""
    if part not in NOTE_PARTS:
        raise ValueError(f"{part!r} is not a part of a letter")
    words = getattr(letter, part)
    start, end = sorted((start, end))
    if start < 0 or end > len(words):
        raise ValueError("the note's words are outside the part")
    note = ReviewNote(
        part=part,
        start=start,
        end=end,
        anchor=words[start:end][:MAX_ANCHOR_CHARS],
        text=text.strip(),
        author=author.strip(),
        created=now.replace(second=0, microsecond=0) if now else None,
    )
    letter.notes.append(note)
    return note


def locate(note: ReviewNote, letter: Letter) -> Span:
    """Where `note`'s words are in its part now: where they were if they are still there,
    else the same words nearest to that place, else not found (at the old place, clamped)."""
    words = getattr(letter, note.part, "")
    if not isinstance(words, str):
        return Span(0, 0, False)
    if words[note.start : note.end] == note.anchor:
        return Span(note.start, note.end, bool(note.anchor) or note.start == note.end)
    if note.anchor:
        found = _occurrences(words, note.anchor)
        if found:
            best = min(found, key=lambda at: abs(at - note.start))
            return Span(best, best + len(note.anchor), True)
    at = min(note.start, len(words))
    return Span(at, at, False)


def _occurrences(words: str, anchor: str) -> list[int]:
    found, at = [], words.find(anchor)
    while at >= 0:
        found.append(at)
        at = words.find(anchor, at + 1)
    return found


def settle(letter: Letter) -> None:
    """Move every note's offsets to where its words are now (after a kit came back)."""
    for note in letter.notes:
        span = locate(note, letter)
        if span.found:
            note.start, note.end = span.start, span.end


def open_notes(letter: Letter) -> list[ReviewNote]:
    return [note for note in letter.notes if not note.resolved]


def set_status(
    letter: Letter, status: LetterStatus, *, reviewer: str = "", now: datetime | None = None
) -> None:
    """Change a letter's status, keeping the review record true: becoming reviewed (or
    final, if nobody reviewed it yet) records who and when; a draft again clears it."""
    letter.status = status
    if status is LetterStatus.DRAFT:
        letter.reviewed_by, letter.reviewed_at = "", None
    elif status is LetterStatus.REVIEWED or letter.reviewed_at is None:
        letter.reviewed_by = reviewer.strip()
        letter.reviewed_at = now.replace(second=0, microsecond=0) if now else None


def default_reviewer(plan: Plan, profile_name: str = "") -> str:
    """Who a note or a review is by: the practice profile's name on this computer, else
    the plan's interventionist, else "" (the window then says "a reviewer")."""
    if profile_name.strip():
        return profile_name.strip()
    from interventionplanner.domain.plan import Role

    person = next(iter(plan.with_role(Role.INTERVENTIONIST)), None)
    return person.name.strip() if person is not None else ""


def all_notes(plan: Plan) -> list[tuple[str, ReviewNote]]:
    """Every note in the plan with its writer's participant id, in team order."""
    return [(person.id, note) for person in plan.participants for note in person.letter.notes]


def note_problems(plan: Plan) -> list[tuple[str, str]]:
    """(path, message) for notes a file cannot hold: a part that is not one, offsets that
    are not a span, two notes with one id."""
    problems: list[tuple[str, str]] = []
    seen: set[str] = set()
    for i, person in enumerate(plan.participants):
        for j, note in enumerate(person.letter.notes):
            path = f"plan.participants[{i}].letter.notes[{j}]"
            if note.part not in NOTE_PARTS:
                problems.append((f"{path}.part", "should be one of: " + ", ".join(NOTE_PARTS)))
            if not 0 <= note.start <= note.end:
                problems.append((f"{path}.end", "should not come before its start"))
            if note.id in seen:
                problems.append((f"{path}.id", "is the same as another note's"))
            seen.add(note.id)
    return problems
