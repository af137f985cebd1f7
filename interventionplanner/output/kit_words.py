"""The words of a letter kit's first page, shared by the Word, plain-text and paper kits.

One place, so every kind of kit explains itself the same way, and so reading a kit back can
recognise this explanation and leave it out of the letter. The parts' own headings, prompts
and examples come from domain/letter_parts.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from interventionplanner.domain.letter_parts import ALL_PARTS, BOTTOM_LINE_PART, LETTER_PARTS
from interventionplanner.domain.plan import DEFAULT_READING_RATE_WPM
from interventionplanner.domain.speaking import WORDS_PER_PAGE
from interventionplanner.i18n import LANGUAGES, N_, _, in_language

__all__ = ["IntroLine", "intro_lines", "intro_texts", "numbered_heading"]

# Marked here and translated where used, in the kit's language (its writer's).
BOTTOM_LINE_NOTE = N_("kept separate")

TITLE = N_("Letter kit for {writer}")
PURPOSE = N_(
    "Thank you for writing. Your letter will be read aloud at a small, planned meeting of "
    "the people who care about the person you are writing to. It has one aim: to help them "
    "accept help, today. It is a letter of love, not of blame."
)
PARTS_INTRO = N_("Your letter has four parts, in this order:")
PART_LINE = "{number}. {heading}: {prompt}"  # the ": " is how the heading is found again
EXAMPLE = N_("For example: “{example}”")
BOTTOM_LINE = N_("After the letter there is room for a bottom line. {prompt}")
LENGTH = N_(
    "How long: one to two pages is plenty, about {low} to {high} words. Read aloud, that is "
    "about {low_minutes} to {high_minutes} minutes."
)
TIPS = N_(
    "A few things help a letter be heard: write “I”, not “we”; tell only what you saw "
    "yourself; be specific, and kind."
)
SEND_BACK = {
    "docx": N_(
        "How to send it back: write under each heading on the next pages, in your own words. "
        "The grey line under each heading is only a prompt: it never becomes part of your "
        "letter, and you can delete it. Then save the document (Word, Google Docs, Pages or "
        "LibreOffice are all fine) and send it back the way it came to you."
    ),
    "txt": N_(
        "How to send it back: write under each heading below, in your own words, and keep "
        "the headings as they are. The line in brackets under each heading is only a prompt: "
        "it never becomes part of your letter. Save the file as plain text and send it back "
        "the way it came to you. You can also paste it all into an e-mail."
    ),
    "worksheet": N_(
        "Write on the lines under each heading, in your own words; use the back of a page "
        "if you need more room. Then give the pages back to whoever gave them to you."
    ),
}
CODE = N_("Kit code: {code}. It tells the app whose letter this is; please leave it here.")
WORKSHEET_TITLE = N_("A letter for the meeting, by {writer}")


@dataclass(frozen=True)
class IntroLine:
    kind: str  # "title", "text", "part", "example", "code"
    text: str
    heading: str = ""  # for "part": the part's heading, which a writer may show in bold


def numbered_heading(number: int, heading: str, bottom_line: bool = False) -> str:
    """ "2. What I have seen" in the language in force; `heading` is the part's own (N_)."""
    if bottom_line:
        return f"{number}. {_(heading)} ({_(BOTTOM_LINE_NOTE)})"
    return f"{number}. {_(heading)}"


def _length() -> str:
    low, high = WORDS_PER_PAGE, 2 * WORDS_PER_PAGE
    return _(LENGTH).format(
        low=low,
        high=high,
        low_minutes=round(low / DEFAULT_READING_RATE_WPM),
        high_minutes=round(high / DEFAULT_READING_RATE_WPM),
    )


def intro_lines(writer: str, code: str, kind: str) -> list[IntroLine]:
    """The first page, in order. `kind` is "docx", "txt" or "worksheet"."""
    title = WORKSHEET_TITLE if kind == "worksheet" else TITLE
    lines = [
        IntroLine(
            "title",
            _(title).format(writer=writer),
        ),
        IntroLine("text", _(PURPOSE)),
        IntroLine("text", _(PARTS_INTRO)),
    ]
    for number, part in enumerate(LETTER_PARTS, start=1):
        heading = _(part.heading)
        lines.append(
            IntroLine(
                "part",
                PART_LINE.format(number=number, heading=heading, prompt=_(part.prompt)),
                heading,
            )
        )
        lines.append(IntroLine("example", _(EXAMPLE).format(example=_(part.example))))
    lines += [
        IntroLine("text", _(BOTTOM_LINE).format(prompt=_(BOTTOM_LINE_PART.prompt))),
        IntroLine("text", _length()),
        IntroLine("text", _(TIPS)),
        IntroLine("text", _(SEND_BACK[kind])),
    ]
    if kind != "worksheet":
        lines.append(IntroLine("code", _(CODE).format(code=code)))
    return lines


def intro_texts(writer: str, code: str) -> list[str]:
    """Every first-page paragraph any kit may hold, in every language the app writes, to
    leave out when reading one back (a kit comes back in its writer's language)."""
    texts = set()
    for language in LANGUAGES:
        with in_language(language):
            texts |= {line.text for kind in SEND_BACK for line in intro_lines(writer, code, kind)}
    return sorted(texts)


def part_headings() -> list[str]:
    return [
        numbered_heading(n, part.heading, part is BOTTOM_LINE_PART)
        for n, part in enumerate(ALL_PARTS, start=1)
    ]
