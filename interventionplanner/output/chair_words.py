"""The chairperson's opening and closing words, started from a template.

The words are filled in once, as a starting point, from `opening_words.txt.j2` and
`closing_words.txt.j2` (a user may keep their own copies in their template folder); the
family then edits them freely in `Plan.opening_words` and `Plan.closing_words`. Nothing here
changes the plan: the caller decides whether to keep what comes back.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from interventionplanner.domain.display import clock
from interventionplanner.domain.order import NO_NAME, short_names
from interventionplanner.domain.plan import MeetingStyle, Plan, Role
from interventionplanner.i18n import _, in_language
from interventionplanner.output.templates import TemplateProblem, render

__all__ = [
    "CLOSING_TEMPLATE",
    "OPENING_TEMPLATE",
    "TemplateProblem",
    "chair_words_context",
    "closing_words",
    "opening_words",
]

OPENING_TEMPLATE = "opening_words.txt.j2"
CLOSING_TEMPLATE = "closing_words.txt.j2"

_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def chair_words_context(plan: Plan) -> dict[str, Any]:
    """Everything the two templates may use, as plain data; "" for anything not known yet.

    Names are the ones a family uses when talking together ("Ray", not "Ray Doyle", unless
    two people share a first name). When the chairperson is also the driver, `driver` is
    "I", because the chairperson is the one speaking.
    """
    names = short_names(plan)
    chair = plan.chairperson
    treatment = plan.treatment
    driver = plan.participant(treatment.driver_id)
    driver_is_chair = driver is not None and driver is chair
    if driver is None:
        driver_name = ""
    elif driver_is_chair:
        driver_name = _("I")
    else:
        driver_name = _known(names[driver.id])
    admission = treatment.admission_at
    absent_letters = []
    for writer in plan.speaking_order():
        if not writer.has_role(Role.ABSENT_WRITER):
            continue
        reader = plan.participant(writer.read_by)
        absent_letters.append(
            {
                "writer": _known(names[writer.id]) or _("someone"),
                "reader": _known(names[reader.id]) if reader and reader is not writer else "",
            }
        )
    return {
        "loved_one": " ".join(plan.loved_one.called.split()),
        "chairperson": _known(names[chair.id]) if chair else "",
        "surprise": plan.meeting.style == MeetingStyle.SURPRISE,
        "facility": " ".join(treatment.facility.split()),
        "driver": driver_name,
        "driver_is_chairperson": driver_is_chair,
        "admission_time": clock(admission) if admission else "",
        "bag_packed": treatment.bag_packed,
        "letters": len(plan.speaking_order()),
        "absent_letters": absent_letters,
    }


def opening_words(plan: Plan, user_dir: Path | None = None) -> str:
    """The chairperson's opening words, ready to edit, in the chairperson's language.
    Raises TemplateProblem."""
    with in_language(plan.language_for(plan.chairperson)):
        return _tidy(render(OPENING_TEMPLATE, chair_words_context(plan), user_dir))


def closing_words(plan: Plan, user_dir: Path | None = None) -> str:
    """The chairperson's closing words, ready to edit, in the chairperson's language.
    Raises TemplateProblem."""
    with in_language(plan.language_for(plan.chairperson)):
        return _tidy(render(CLOSING_TEMPLATE, chair_words_context(plan), user_dir))


def _known(name: str) -> str:
    return "" if name == _(NO_NAME) else name


def _tidy(text: str) -> str:
    """Paragraphs apart by one blank line, no trailing spaces, nothing before or after."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
