"""A reviewer's open notes, as a letter kit shows them on its first page.

The notes go to the writer with the kit, above the letter's first heading, so reading the
kit back never takes them for letter text: the Markdown reader drops everything above the
first heading, and the Word and text readers are handed these same lines as the kit's own
words (kit_import._placed). The notes themselves stay in the plan, so a kit that comes back
changes no note and adds none twice; only their places are found again in the new words.
Resolved notes are done with and stay out of the kit.
"""

from __future__ import annotations

from interventionplanner.domain.letter_parts import ALL_PARTS
from interventionplanner.domain.plan import Letter, ReviewNote
from interventionplanner.domain.review_notes import open_notes
from interventionplanner.i18n import _

__all__ = ["note_line", "note_lines", "notes_title"]


def notes_title() -> str:
    return _("Notes on your letter from whoever is helping you with it:")


def note_line(note: ReviewNote) -> str:
    """One note on one line: "2. What I have seen, about “…”: more specific here?"."""
    number = next((n for n, p in enumerate(ALL_PARTS, start=1) if p.field == note.part), 0)
    heading = next((p.heading for p in ALL_PARTS if p.field == note.part), "")
    about = " ".join(note.anchor.split())
    if len(about) > 80:
        about = about[:77].rstrip() + "…"
    text = " ".join(note.text.split())
    if about:
        return _("{number}. {part}, about “{words}”: {note}").format(
            number=number, part=heading, words=about, note=text
        )
    return _("{number}. {part}: {note}").format(number=number, part=heading, note=text)


def note_lines(letter: Letter) -> list[str]:
    """The title and each open note, or nothing when there is none."""
    notes = open_notes(letter)
    return [notes_title(), *map(note_line, notes)] if notes else []
