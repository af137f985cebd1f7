"""The coach's notes a writer left as they are ("Leave this as it is"), in one place.

The coach will sometimes point at a sentence that is fine ("My dad was an alcoholic too,
and I know how hard this is."). The writer can say so; the note is then settled for that
sentence in that letter: the editor stops underlining it, the Letters step's and Review's
counts leave it out, `check-letter` reports it apart, and it travels with the plan
(`Letter.settled`, format 1.5).

A settled note is keyed by the sentence's words, normalised, and the coach's category,
never by offsets: it stays settled while the sentence says the same (wherever it moves in
the letter), and comes back as soon as the sentence is edited to say something else.

A sentence is looked for inside the line (paragraph) that holds the words, as the editor
sees them: the window's coach reads a paragraph at a time, so the editor, Review and the
command line all find the same sentence for the same words.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from interventionplanner.domain.coach import Coach, CoachFinding, sentence_bounds
from interventionplanner.domain.letter_parts import LETTER_PARTS
from interventionplanner.domain.plan import Letter, SettledNote
from interventionplanner.i18n import _, ngettext

# A key longer than this (a sentence of a whole page, with no full stop) keeps its start
# and a digest of the whole, so it stays within the plan's limit for one line of text.
LONGEST_KEY = 960
_KEPT_START = 900
_SPACES = re.compile(r"\s+")
# Typographic quotes and apostrophes read as the plain ones: retyping "don’t" as "don't"
# (or a word processor doing so) does not say something else.
_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})

Key = tuple[str, str]  # (normalised sentence, category)


def normal_sentence(sentence: str) -> str:
    """`sentence` as a key: case, spacing and curly quotes do not count."""
    plain = _SPACES.sub(" ", sentence.translate(_PLAIN)).strip().casefold()
    if len(plain) <= LONGEST_KEY:
        return plain
    digest = hashlib.sha256(plain.encode("utf-8")).hexdigest()[:16]
    return f"{plain[:_KEPT_START]} … {digest}"


def sentence_at(text: str, start: int) -> str:
    """The sentence of `text` that holds offset `start`, within its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    s_start, s_end = sentence_bounds(line, start - line_start)
    return line[s_start:s_end]


def key_of(text: str, finding: CoachFinding) -> Key:
    """What settling `finding` (with offsets into `text`) remembers."""
    return normal_sentence(sentence_at(text, finding.start)), finding.category


def keys(letter: Letter) -> set[Key]:
    return {(note.sentence, note.category) for note in letter.settled}


def split(
    text: str, findings: Iterable[CoachFinding], settled: set[Key]
) -> tuple[list[CoachFinding], list[CoachFinding]]:
    """`findings` in `text` as (still to look at, left as they are by the writer)."""
    still: list[CoachFinding] = []
    left: list[CoachFinding] = []
    categories = {category for _sentence, category in settled}  # most findings stop here
    for finding in findings:
        is_left = finding.category in categories and key_of(text, finding) in settled
        (left if is_left else still).append(finding)
    return still, left


def settle(letter: Letter, key: Key) -> bool:
    """Leave the coach's note of `key` as it is in `letter`; False if it already was."""
    sentence, category = key
    if not sentence or key in keys(letter):
        return False
    letter.settled.append(SettledNote(sentence=sentence, category=category))
    return True


def unsettle_all(letter: Letter) -> int:
    """Show every note the writer left again; how many there were."""
    count = len(letter.settled)
    letter.settled = []
    return count


@dataclass(frozen=True)
class LetterNotes:
    """The coach's notes on one letter: those to look at, and those left as they are."""

    open: tuple[CoachFinding, ...]
    settled: tuple[CoachFinding, ...]


def letter_notes(coach: Coach, letter: Letter) -> LetterNotes:
    """The coach's notes on a letter's four parts and its bottom line, settled ones apart."""
    settled = keys(letter)
    still: list[CoachFinding] = []
    left: list[CoachFinding] = []
    parts = [(getattr(letter, p.field), "letter") for p in LETTER_PARTS]
    for text, part in [*parts, (letter.bottom_line, "bottom_line")]:
        found_open, found_left = split(text, find_by_line(coach, text, part), settled)
        still += found_open
        left += found_left
    return LetterNotes(tuple(still), tuple(left))


def find_by_line(coach: Coach, text: str, part: str = "letter") -> list[CoachFinding]:
    """The coach's findings in `text` a line at a time, as the editor asks (offsets into
    `text`), so every view counts what the editor underlines."""
    found: list[CoachFinding] = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            found += coach.find(text, part, start=start, end=start + len(line))
        start += len(line) + 1
    return found


def notes_line(name: str, still: int, left: int) -> str:
    """A letter's line on Review: "Mia: 2 to look at, 1 left as it is by the writer." """
    to_look = ngettext("{count} to look at", "{count} to look at", still).format(count=still)
    if not left:
        return _("{name}: {to_look}.").format(name=name, to_look=to_look)
    kept = ngettext(
        "{count} left as it is by the writer",
        "{count} left as they are by the writer",
        left,
    ).format(count=left)
    return _("{name}: {to_look}, {kept}.").format(name=name, to_look=to_look, kept=kept)
