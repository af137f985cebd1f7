"""Find a letter's parts in paragraphs that came back from any editor.

Every kind of returned letter (Word, OpenDocument, plain text, text pasted from an e-mail)
is first turned into a list of `Block`s: one paragraph each, with a hint of whether it was
styled as a heading. This module alone decides which paragraph belongs to which part.

Choices:

- **A heading is a short paragraph that names a part.** Numbering ("2.", "Part 2:"),
  case, punctuation, Markdown `#`s and bold markers do not matter. A paragraph styled as a
  heading may also be renamed slightly ("What I've seen", "My hopes"): it matches when it
  is close to one part's name and clearly closer to it than to any other. A paragraph not
  styled as a heading must name the part exactly, so a sentence in a letter is never taken
  for a heading.
- **A prompt is dropped wherever it is.** A paragraph that is (nearly) any part's prompt,
  or a paragraph styled as a prompt, is never letter text; a paragraph that starts with the
  exact prompt keeps only what was typed after it.
- **Certain, or asked.** Text under a heading is certain when the next heading found is
  the next part (or the text ends after the bottom line). Text after a heading whose
  successor is missing, text before the first heading that is not the kit's own
  explanation, and everything when a heading appears twice, is not placed: the window
  lets the person place it, and the command line says so. Nothing is guessed silently.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from interventionplanner.domain.letter_parts import ALL_PARTS, BOTTOM_LINE_PART, LetterPart
from interventionplanner.i18n import LANGUAGES, _, in_language

__all__ = ["Block", "Placement", "alike", "part_named", "place_blocks", "strip_prompt"]

MAX_HEADING_CHARS = 80
HEADING_LIKENESS = 0.8  # a heading-styled paragraph this close to a part's name names it
PROMPT_LIKENESS = 0.85
EDITED_PROMPT_LIKENESS = 0.6  # a paragraph still in the prompt's style, partly edited
INTRO_LIKENESS = 0.8

_NUMBERING = re.compile(
    r"^(?:part|section|step|teil|partie|parte)?\s*\d{1,2}\s*(?:[.):\-–—]|of\s+\d)?\s*",
    re.IGNORECASE,
)
_WRAPPERS = "#*_>\t :()[]"
_PROMPT_LABEL = re.compile(r"^(?:prompt|hint|tip)\s*:\s*", re.IGNORECASE)
# A note in brackets after a heading: "(kept separate)", "(optional)", "(se guarda aparte)".
_BOTTOM_NOTE = re.compile(r"\(\s*[^()\n]{1,40}\)\s*$")


@dataclass(frozen=True)
class Block:
    """One paragraph as it came back. `style` is its paragraph style's name, if any."""

    text: str
    heading: bool = False  # styled as a heading (Word/ODF outline level, Markdown #)
    prompt: bool = False  # styled as the kit's prompt


@dataclass
class Placement:
    """The letter's paragraphs, each with its part's field, or None where not certain."""

    paragraphs: list[str]
    fields: list[str | None]
    found: list[str]  # the fields whose heading was found, in the order found
    repeated: bool = False  # a heading appears more than once

    @property
    def headings_found(self) -> int:
        return len(set(self.found))

    @property
    def certain(self) -> bool:
        return bool(self.paragraphs or self.found) and all(
            field is not None for field in self.fields
        )

    def why_unclear(self) -> str:
        """One sentence on why the parts cannot all be told apart."""
        headings = numbered_headings()
        if self.repeated:
            twice = next(f for f in self.found if self.found.count(f) > 1)
            return _(
                'The heading "{heading}" appears more than once, so the parts cannot all be '
                "told apart."
            ).format(heading=headings[twice])
        missing = [headings[part.field] for part in ALL_PARTS if part.field not in self.found]
        if len(missing) == 1:
            return _(
                'The heading "{heading}" is missing or was changed, so the parts cannot all '
                "be told apart."
            ).format(heading=missing[0])
        if missing:
            names = ", ".join(f'"{name}"' for name in missing)
            return _(
                "The headings {names} are missing or were changed, so the parts cannot all "
                "be told apart."
            ).format(names=names)
        return _(
            "Some of the text is not under any heading, so the parts cannot all be told apart."
        )

    def parts(self) -> dict[str, str]:
        """Each part's text (all five fields), from paragraphs that have a field."""
        texts: dict[str, list[str]] = {part.field: [] for part in ALL_PARTS}
        for text, field in zip(self.paragraphs, self.fields, strict=True):
            if field is not None:
                texts[field].append(text)
        return {name: "\n\n".join(chunks) for name, chunks in texts.items()}


def numbered_headings() -> dict[str, str]:
    """Each part's heading as kits show it ("4. The ask"), by Letter field."""
    from interventionplanner.output.kit_words import numbered_heading

    return {
        part.field: numbered_heading(n, part.heading, part is BOTTOM_LINE_PART)
        for n, part in enumerate(ALL_PARTS, start=1)
    }


@lru_cache(maxsize=4096)
def key(text: str) -> str:
    """Letters and digits only, case-folded: how headings and prompts are compared."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def alike(a: str, b: str, threshold: float) -> bool:
    """Whether two texts' letters are at least `threshold` (0-1) alike. difflib's cheap
    upper bounds go first: a letter's paragraphs are compared with every prompt and every
    line of the kit's first page."""
    matcher = SequenceMatcher(None, key(a), key(b), autojunk=False)
    return (
        matcher.real_quick_ratio() >= threshold
        and matcher.quick_ratio() >= threshold
        and matcher.ratio() >= threshold
    )


def _heading_title(text: str) -> str:
    title = _BOTTOM_NOTE.sub("", text).strip().strip(_WRAPPERS)
    return _NUMBERING.sub("", title).strip(_WRAPPERS)


@lru_cache(maxsize=1)
def _part_keys() -> list[tuple[LetterPart, str]]:
    """Each part's heading key in every language the app writes (a kit comes back in its
    writer's language, whatever the app's is)."""
    keys = []
    for language in LANGUAGES:
        with in_language(language):
            keys += [(part, key(_(part.heading))) for part in ALL_PARTS]
    return list(dict.fromkeys(keys))


@lru_cache(maxsize=1)
def _prompts() -> list[str]:
    """Every part's prompt, in every language the app writes."""
    prompts = []
    for language in LANGUAGES:
        with in_language(language):
            prompts += [_(part.prompt) for part in ALL_PARTS]
    return list(dict.fromkeys(prompts))


def part_named(block: Block) -> LetterPart | None:
    """The part a paragraph is the heading of, or None."""
    text = block.text.strip()
    if not text or "\n" in text or len(text) > MAX_HEADING_CHARS:
        return None
    title = key(_heading_title(text))
    if not title:
        return None
    for part, part_key in _part_keys():
        if title == part_key:
            return part
    best_of: dict[LetterPart, float] = {}
    for p, k in _part_keys():  # each part's best score over its names in every language
        score = SequenceMatcher(None, title, k, autojunk=False).ratio()
        best_of[p] = max(score, best_of.get(p, 0.0))
    scores = sorted(
        ((score, p) for p, score in best_of.items()), key=lambda pair: pair[0], reverse=True
    )
    (best, part), (second, _other) = scores[0], scores[1]
    if best < HEADING_LIKENESS or best - second < 0.15:
        return None
    # Renamed slightly: trusted when styled as a heading, or numbered as that part.
    number = re.match(r"\D{0,10}?(\d{1,2})\b", text)
    if block.heading or (number and int(number[1]) == ALL_PARTS.index(part) + 1):
        return part
    return None


def strip_prompt(block: Block) -> str:
    """The paragraph without any prompt in it ("" if it was only a prompt). A paragraph in
    the prompt's style is the writer's own words when it is not like a prompt: Word keeps
    the style when someone selects the prompt and types over it."""
    text = block.text.strip()
    bare = _PROMPT_LABEL.sub("", text.strip(_WRAPPERS))
    likeness = EDITED_PROMPT_LIKENESS if block.prompt else PROMPT_LIKENESS
    for prompt in _prompts():
        for prefix in (prompt, f"_{prompt}_", f"*{prompt}*", f"({prompt})"):
            if text.startswith(prefix):
                return text[len(prefix) :].strip()
        if alike(bare, prompt, likeness):
            return ""
    return text


@lru_cache(maxsize=1)
def _code_prefixes() -> tuple[str, ...]:
    """How the kit code's line begins ("kitcode"), in every language the app writes."""
    from interventionplanner.output.kit_words import CODE

    prefixes = []
    for language in LANGUAGES:
        with in_language(language):
            prefixes.append(key(_(CODE).split("{code}")[0]))
    return tuple(p for p in dict.fromkeys(prefixes) if p)


def _is_intro(text: str, intro: list[str]) -> bool:
    if not key(text) or key(text).startswith(_code_prefixes()):
        return True  # marks that carry no words; the kit code, whatever was done to it
    return any(alike(text, known, INTRO_LIKENESS) for known in intro)


def place_blocks(blocks: list[Block], intro: list[str]) -> Placement:
    """Each letter paragraph with its part where certain. `intro` is the kit's own text
    above the first heading (the explanation), which is dropped wherever it matches."""
    marks: list[tuple[int, LetterPart]] = [
        (i, part) for i, block in enumerate(blocks) if (part := part_named(block)) is not None
    ]
    found = [part for _, part in marks]
    repeated = len(set(found)) != len(found)
    paragraphs: list[str] = []
    fields: list[str | None] = []
    current: LetterPart | None = None
    certain_here = False
    for i, block in enumerate(blocks):
        named = next((part for at, part in marks if at == i), None)
        if named is not None:
            current = named
            certain_here = not repeated and _next_is_successor(named, i, marks)
            continue
        text = strip_prompt(block)
        if not text.strip():
            continue
        if current is None and _is_intro(text, intro):
            continue
        paragraphs.append(text)
        fields.append(current.field if current is not None and certain_here else None)
    return Placement(paragraphs, fields, [part.field for part in found], repeated)


def _next_is_successor(part: LetterPart, at: int, marks: list[tuple[int, LetterPart]]) -> bool:
    if len({p for _, p in marks}) == len(ALL_PARTS) == len(marks):
        return True  # every heading there once: each says what follows, in any order
    later = [p for i, p in marks if i > at]
    if not later:
        return part is BOTTOM_LINE_PART
    return ALL_PARTS.index(later[0]) == ALL_PARTS.index(part) + 1
