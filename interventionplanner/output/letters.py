"""A letter as it is read aloud, and its bottom line on a page of its own.

Both come from one template, `letter.txt.j2`, which a user may copy and adapt: the letter
page (`bottom_line_page` false) is the four parts in reading order as one flowing letter,
with no headings to read out and blank parts left out; the bottom-line page is marked
"read only if help is refused". The bottom line is kept out of the letter page's data
altogether, so not even an adapted template can print it there by mistake.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from interventionplanner.domain.letter_parts import BOTTOM_LINE_PART, LETTER_PARTS
from interventionplanner.domain.plan import Participant, Plan, Role
from interventionplanner.i18n import N_, _
from interventionplanner.output.templates import TemplateProblem, render

__all__ = ["TEMPLATE", "TemplateProblem", "letter_context", "render_bottom_line", "render_letter"]

TEMPLATE = "letter.txt.j2"
WRITER_FALLBACK = N_("a family member")
LOVED_ONE_FALLBACK = N_("our loved one")


def letter_context(plan: Plan, participant: Participant) -> dict[str, Any]:
    """Everything the letter template may use, as plain data (bottom line included)."""
    reader = plan.participant(participant.read_by) if participant.read_by else None
    absent = participant.has_role(Role.ABSENT_WRITER)
    reader_name = (
        reader.name.strip() if absent and reader is not None and reader is not participant else ""
    )
    letter = participant.letter
    parts = [
        {
            "field": part.field,
            "heading": _(part.heading),
            "text": _clean(getattr(letter, part.field)),
        }
        for part in LETTER_PARTS
    ]
    bottom_line = _clean(letter.bottom_line)
    return {
        "writer": " ".join(participant.name.split()) or _(WRITER_FALLBACK),
        "relationship": participant.relationship.strip(),
        "absent_writer": absent,
        "reader": reader_name or "",
        "loved_one": plan.loved_one.called.strip() or _(LOVED_ONE_FALLBACK),
        "parts": parts,
        "letter": {part["field"]: part["text"] for part in parts},
        "is_started": any(part["text"] for part in parts),
        "bottom_line_heading": _(BOTTOM_LINE_PART.heading),
        "bottom_line": bottom_line,
        "has_bottom_line": bool(bottom_line),
        "status": str(letter.status),
        "bottom_line_page": False,
    }


def render_letter(plan: Plan, participant: Participant, user_dir: Path | None = None) -> str:
    """The letter as it will be read aloud, without the bottom line. Raises TemplateProblem."""
    context = letter_context(plan, participant)
    context.update(bottom_line="", has_bottom_line=False)  # never on the letter page
    return _tidy(render(TEMPLATE, context, user_dir))


def render_bottom_line(plan: Plan, participant: Participant, user_dir: Path | None = None) -> str:
    """The bottom line, on its own page, marked to be read only if help is refused."""
    context = letter_context(plan, participant)
    context.update(bottom_line_page=True)
    return _tidy(render(TEMPLATE, context, user_dir))


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _tidy(text: str) -> str:
    return text.strip("\n") + "\n"
