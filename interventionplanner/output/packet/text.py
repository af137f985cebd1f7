"""User text made safe to print: cleaned, checked against the fonts, escaped for reportlab.

reportlab reads a Paragraph's text as markup, so every string a family typed passes through
`paragraphs()` or `markup()` here and nowhere else: `<`, `&` and `<img src=…>` print as
typed and nothing is fetched. Nothing here imports reportlab; the set of characters the
fonts can draw is handed in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from xml.sax.saxutils import escape

from interventionplanner.domain.plan import Plan

REPLACEMENT = "□"  # printed instead of a character the fonts cannot draw

# C0 controls except tab and newline, DEL, and the C1 controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Formatting marks, combining marks and the like: if the font lacks them, they are left out
# quietly (a variation selector or a stray accent is not worth a box on the page).
_SILENT_CATEGORIES = frozenset({"Cf", "Mn", "Me", "Cc", "Cs"})
# Right-to-left scripts would print unjoined and in the wrong order without shaping.
_RIGHT_TO_LEFT = frozenset({"R", "AL"})

_ASCII_FOLD = str.maketrans(
    {
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "Đ": "D",
        "đ": "d",
        "Ð": "D",
        "ð": "d",
        "Þ": "Th",
        "þ": "th",
        "ß": "ss",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
        "ı": "i",
    }
)


def normalise(text: str) -> str:
    """One newline convention, no control characters, composed accents (NFC)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROLS.sub("", text).replace("\t", "    ")
    return unicodedata.normalize("NFC", text)


def drawable(char: str, glyphs: frozenset[int]) -> bool:
    """Whether the fonts print `char` correctly."""
    return ord(char) in glyphs and unicodedata.bidirectional(char) not in _RIGHT_TO_LEFT


def _fate(char: str, glyphs: frozenset[int]) -> str:
    """ "keep", "drop" (quietly) or "replace" (with REPLACEMENT, and listed)."""
    if char == "\n" or drawable(char, glyphs):
        return "keep"
    category = unicodedata.category(char)
    if category == "Zs":
        return "space"
    return "drop" if category in _SILENT_CATEGORIES else "replace"


def fit_to_fonts(text: str, glyphs: frozenset[int]) -> str:
    """`text` normalised, with what the fonts cannot draw replaced by REPLACEMENT."""
    text = normalise(text)
    fixes = {}
    for char in set(text) - _drawable_chars(glyphs):
        fate = _fate(char, glyphs)
        if fate != "keep":
            fixes[ord(char)] = {"space": " ", "drop": None}.get(fate, REPLACEMENT)
    return text.translate(fixes) if fixes else text


@cache
def _drawable_chars(glyphs: frozenset[int]) -> frozenset[str]:
    """The characters that print as they are: the common case, checked as one set."""
    return frozenset(chr(code) for code in glyphs if drawable(chr(code), glyphs)) | {"\n"}


def unprintable_in(texts: Iterable[str], glyphs: frozenset[int]) -> list[str]:
    """The distinct characters in `texts` that would print as REPLACEMENT, first seen first."""
    seen: dict[str, None] = {}
    drawable_chars = _drawable_chars(glyphs)
    for text in texts:
        text = normalise(text)
        odd = set(text) - drawable_chars  # usually empty: the text is not walked at all
        for char in text if odd else ():
            if char in odd and char not in seen and _fate(char, glyphs) == "replace":
                seen[char] = None
    return list(seen)


def markup(text: str, glyphs: frozenset[int]) -> str:
    """One paragraph's worth of user text as safe Paragraph markup; newlines become breaks."""
    return escape(fit_to_fonts(text, glyphs).strip()).replace("\n", "<br/>")


def paragraphs(text: str, glyphs: frozenset[int]) -> list[str]:
    """User text split on blank lines, each piece as safe Paragraph markup. A paragraph
    longer than PIECE_CHARS comes as several pieces (see `pieces`)."""
    fitted = fit_to_fonts(text, glyphs)
    blocks = (block.strip() for block in _BLANK_LINE.split(fitted))
    return [
        escape(piece).replace("\n", "<br/>") for block in blocks if block for piece in pieces(block)
    ]


# reportlab lays a paragraph that spans pages out again from its start at every page break,
# so one huge paragraph costs time in the square of its length (20,000 words in one: 10 s;
# 150,000 characters with no space: nearly a minute). Pieces of at most this many
# characters (about three printed pages) keep the cost in proportion to the text. Real
# paragraphs are far shorter and are never cut. Lines count too: a poem of a thousand short
# lines is as tall as a thousand-line paragraph.
PIECE_CHARS = 3_000
PIECE_LINES = 40
# Where a piece may end, best first: after a sentence, at a line break, at a space.
_PIECE_ENDS = (re.compile(r"[.!?…。！？][\"'”’)]*\s+"), re.compile(r"\n"), re.compile(r"\s+"))


def pieces(block: str, size: int = PIECE_CHARS) -> list[str]:
    """`block` cut into pieces of at most `size` characters, each ending after a sentence
    where one ends in the second half of the piece, else at a line break or a space, else
    (text with no space at all) exactly at `size`. Joined, the pieces are `block` again,
    less the spaces at the cuts."""
    found = []
    while len(block) > size or block.count("\n", 0, size) >= PIECE_LINES:
        cut = _cut(block, size)
        lines = _nth_newline(block, PIECE_LINES)
        if lines is not None and lines < cut:
            cut = lines
        found.append(block[:cut].rstrip())
        block = block[cut:].lstrip()
    if block.rstrip():
        found.append(block.rstrip())
    return found


def _nth_newline(block: str, n: int) -> int | None:
    """The index just after the `n`th line break, or None if there are fewer."""
    at = -1
    for _ in range(n):
        at = block.find("\n", at + 1)
        if at < 0:
            return None
    return at + 1


def _cut(block: str, size: int) -> int:
    window = block[: size + 1]
    for pattern in _PIECE_ENDS:
        ends = [m.end() for m in pattern.finditer(window, size // 2) if m.end() <= size]
        if ends:
            return ends[-1]
    return size


def one_line(text: str) -> str:
    """A name or a short field on one line, spaces collapsed (not yet escaped)."""
    return " ".join(normalise(text).split())


def ascii_slug(text: str, fallback: str) -> str:
    """A file-name-safe ASCII slug: "Zoë Łukasz" -> "zoe-lukasz"; `fallback` if none left."""
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII_FOLD))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")[:40].strip("-")
    return slug or fallback


def printable_texts(plan: Plan) -> Iterator[str]:
    """Every piece of the plan's own text that the packet or a reading copy may print."""
    loved_one, meeting, treatment = plan.loved_one, plan.meeting, plan.treatment
    yield from (loved_one.name, loved_one.preferred_name, loved_one.other_substances)
    yield from (meeting.place, meeting.address, meeting.arrival, meeting.rehearsal_place)
    for person in plan.participants:
        yield from (person.name, person.relationship, person.phone)
        yield from person.letter.parts()
        yield person.letter.bottom_line
    yield from (treatment.facility, treatment.address, treatment.phone, treatment.travel_notes)
    for prescription in treatment.prescriptions:
        yield from (prescription.drug, prescription.dose, prescription.prescriber)
    for objection in plan.objections:
        yield from (objection.objection, objection.answer)
    yield from (plan.if_yes, plan.if_no, plan.opening_words, plan.closing_words)
    yield from (task.item for task in plan.tasks)
