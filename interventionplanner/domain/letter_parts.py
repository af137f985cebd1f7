"""The parts of a letter, with the words that guide each one: one place for every screen.

The letter editor, the letter kit a family member fills in elsewhere, and the printed
letter all take their headings, prompts and examples from here, so a writer sees the same
wording wherever they write. Each part names the `Letter` field that holds its text.

Prompts talk to the writer ("you"); examples are written as a writer might write them
("I"). Neither names a substance or uses a label.
"""

from __future__ import annotations

from typing import NamedTuple

from interventionplanner.i18n import N_


class LetterPart(NamedTuple):
    # The words are marked with N_ for the catalogue: translate where shown, _(part.heading).
    field: str  # the Letter attribute that holds this part's text
    heading: str  # short, for headings and lists
    prompt: str  # one line that tells the writer what goes here
    example: str  # one sentence, shown as an example only


LETTER_PARTS: tuple[LetterPart, ...] = (
    LetterPart(
        "love_and_memory",
        N_("Love and a memory"),
        N_(
            "Say what this person means to you, and share one good memory from before things "
            "changed, with the details that make it yours."
        ),
        N_(
            "The summer you taught me to ride a bike, you ran behind me the whole length of the "
            "park and only let go when I was ready."
        ),
    ),
    LetterPart(
        "what_i_have_seen",
        N_("What I have seen"),
        N_(
            "Describe one or two moments you saw yourself, when they happened, and how you felt: "
            '"When you …, I felt …".'
        ),
        N_(
            "Last March, when you did not come to my birthday dinner and did not answer your "
            "phone until the next day, I felt frightened for you."
        ),
    ),
    LetterPart(
        "my_hope",
        N_("My hope"),
        N_("Say what you hope for this person, and for the two of you, once they are well."),
        N_("I hope to walk the dog with you on Sunday mornings again, just like before."),
    ),
    LetterPart(
        "the_ask",
        N_("The ask"),
        N_("Ask, simply and kindly, for this person to accept the help that is ready today."),
        N_(
            "There is a place ready for you today, and I will drive you there myself. Will you "
            "accept this help and go today?"
        ),
    ),
)

BOTTOM_LINE_PART = LetterPart(
    "bottom_line",
    N_("Bottom line"),
    N_(
        "Only if you want one: what you will stop doing if help is refused. It is kept apart "
        "from your letter and read only if needed."
    ),
    N_(
        "If you say no today, I will still love you, but I will no longer lend you money or "
        "make excuses for you at work."
    ),
)

ALL_PARTS: tuple[LetterPart, ...] = (*LETTER_PARTS, BOTTOM_LINE_PART)


def part_for(field: str) -> LetterPart:
    """The part whose text lives in the Letter attribute `field`; KeyError if none."""
    for part in ALL_PARTS:
        if part.field == field:
            return part
    raise KeyError(field)
