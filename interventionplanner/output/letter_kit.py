"""The Markdown letter kit, and comparing any returned letter with the one in the plan.

The Word kit (the default), the plain-text kit and the paper worksheet live beside this
module (kit_docx.py, kit_text.py, worksheet.py, written through kit_export.py); every kind
of returned letter is read by kit_import.py, which uses `parse_kit` below for Markdown kits
and `compare_letter` / `apply_import` for all of them.

A Markdown kit is UTF-8 Markdown that any text editor or phone can open. Its first line is a hidden
marker, an HTML comment that Markdown viewers do not show:

    <!-- intervention-planner letter-kit v1 participant=<participant id> -->

then a short header that says how to use the kit, then five headings in a fixed order,
`## 1. Love and a memory` … `## 4. The ask` and `## 5. Bottom line (kept separate)`, each
followed by a one-line prompt in italics and the person's text so far.

Choices:

- **The kit names the participant, not the plan.** A plan has no id of its own, and any key
  made from its contents would change as the plan is edited. Participant ids are random
  (uuid4) and never change, so they are unique across plans: a kit made from another plan
  simply names someone this plan does not have, and is refused in plain words. The marker
  reveals nothing about the family.
- **Headings are matched by their words.** Case, numbering, the number of `#`s and
  Markdown escapes do not matter; a heading renamed, removed, repeated or moved is refused
  with a sentence saying which one. Everything above the first heading is the header and is
  ignored, so the header prose may be edited freely.
- **The prompt is the first line under a heading if it is wholly in italics** (`_…_` or
  `*…*`). It is dropped whether it was edited or left alone; if it was deleted, nothing is
  dropped. When the person's own first line would look like that, it is written with a
  Markdown escape (`\\_`), so it survives.
- **Text is written with the few Markdown escapes that keep it apart from the structure**
  (a line starting with `#`, a leading `_` or `*`, `<!--`, and any backslash before
  punctuation), and on reading every Markdown escape is undone, so editors that escape
  punctuation do no harm. Line ends may be CRLF; a byte order mark, trailing spaces and
  extra blank lines are ignored. Each part round-trips exactly apart from the whitespace at
  its ends, trailing spaces on its lines, runs of blank lines (kept as one) and control
  characters, which plain text editors cannot hold.
- **The kit is not made from a user-editable template**: the reader below must agree with
  the writer line by line, and a changed template could make kits that cannot be read back.
- **Importing never changes the plan by itself.** `import_kit` says what would change;
  `apply_import` applies it. A letter whose words change becomes a draft again, because
  changed words have not been heard at a rehearsal yet; if no words change, nothing does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from urllib.parse import quote, unquote

from interventionplanner.domain import limits
from interventionplanner.domain.letter_parts import (
    ALL_PARTS,
    BOTTOM_LINE_PART,
    LETTER_PARTS,
    LetterPart,
    part_for,
)
from interventionplanner.domain.plan import Letter, LetterStatus, Participant, Plan
from interventionplanner.i18n import LANGUAGES, N_, _, in_language
from interventionplanner.storage.atomic import write_atomic

__all__ = [
    "ALL_PARTS",
    "BOTTOM_LINE_PART",
    "KIT_SUFFIX",
    "KIT_VERSION",
    "LETTER_PARTS",
    "KitImport",
    "LetterKitError",
    "ParsedKit",
    "apply_import",
    "compare_letter",
    "export_kit",
    "import_kit",
    "kit_file_name",
    "kit_heading",
    "parse_kit",
    "write_kit",
]

KIT_VERSION = 1
KIT_SUFFIX = ".md"
MAX_KIT_BYTES = 2 * 1024 * 1024  # a letter is a few kB; anything this big is something else

_MARKER = "<!-- intervention-planner letter-kit v{version} participant={participant} -->"
_MARKER_LINE = re.compile(
    r"^[ \t]*<!--[ \t]*intervention-planner[ \t]+letter-kit\b(?P<fields>.*?)-->[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_VERSION_FIELD = re.compile(r"(?:^|\s)v(\d{1,6})(?=\s|$)", re.IGNORECASE)
_PARTICIPANT_FIELD = re.compile(r"(?:^|\s)participant=(\S+)", re.IGNORECASE)
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_CLOSING_HASHES = re.compile(r"[ \t]+#+$")
_LEADING_NUMBER = re.compile(r"^\d{1,2}[.)]?\s*")
_ITALIC_LINE = re.compile(r"^(\*{1,2}|_{1,2})(?=\S)(.*?\S)?\1$")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: a backslash before ASCII punctuation
_NEEDS_DOUBLING = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_BLANK_RUNS = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # everything but tab and line feed
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

BOTTOM_LINE_NOTE = N_("kept separate")

_HEADER = N_("""\
# Letter kit for {writer}

This file holds your letter. You can open it in any text editor or on your phone, write in it,
and send it back. Thank you for writing it.

- Write under each heading below, in your own words. Anything already there is your letter so
  far: change it as you like.
- Please keep the lines that start with ## as they are, in the same order.
- The line in italics under each heading is only a prompt. It never becomes part of your
  letter, and you can delete it.
- Please leave the hidden first line (the one that starts with `<!--`) as it is: it tells the
  app whose letter this is.
- Save the file as plain text, keeping its name, and send it back to whoever sent it to you.

A few things help a letter be heard: write "I", not "we"; tell only what you saw yourself;
be specific and kind. One to two pages is plenty.

The bottom line, at the end, is separate from your letter. It is read only if help is refused,
and only if you want one.
""")


class LetterKitError(Exception):
    """A letter kit could not be used. The message is one plain sentence, ready to show,
    translated here: raise it with a message marked N_(), or one already worded."""

    def __init__(self, message: str) -> None:
        super().__init__(_(message))


@dataclass(frozen=True)
class ParsedKit:
    participant_id: str
    letter_parts: dict[str, str]  # the four read-aloud parts by Letter field, in order
    bottom_line: str
    version: int = KIT_VERSION


@dataclass
class KitImport:
    """What a kit would change in one participant's letter. Nothing is changed yet."""

    participant: Participant
    incoming: Letter  # the letter as it will be if the kit is applied
    current: Letter  # a copy of the letter as it was when the kit was read
    changed_parts: list[str] = field(default_factory=list)  # Letter fields, in order

    @property
    def has_changes(self) -> bool:
        return bool(self.changed_parts)

    @property
    def changed_headings(self) -> list[str]:
        """The changed parts as the kit's headings, e.g. "2. What I have seen"."""
        return [kit_heading(part_for(name)) for name in self.changed_parts]

    @property
    def emptied_parts(self) -> list[str]:
        """Changed parts that had words and would be left empty."""
        return [
            name
            for name in self.changed_parts
            if getattr(self.current, name).strip() and not getattr(self.incoming, name).strip()
        ]


# --- writing ---------------------------------------------------------------------------


def kit_heading(part: LetterPart) -> str:
    """The heading a part has in a kit, without the `## `, in the language in force."""
    number = ALL_PARTS.index(part) + 1
    if part is BOTTOM_LINE_PART:
        return f"{number}. {_(part.heading)} ({_(BOTTOM_LINE_NOTE)})"
    return f"{number}. {_(part.heading)}"


def export_kit(plan: Plan, participant: Participant) -> str:
    """The kit for `participant`, with their letter so far, as text, in their language (the
    only thing it takes from the plan: the kit is tied to the participant alone)."""
    with in_language(plan.language_for(participant)):
        return _export_kit(participant)


def _export_kit(participant: Participant) -> str:
    marker = _MARKER.format(version=KIT_VERSION, participant=quote(participant.id, safe=""))
    writer = " ".join(participant.name.split()) or _("you")
    blocks = [marker, _(_HEADER).format(writer=writer).rstrip("\n")]
    blocks += _notes_block(participant.letter)  # above the first heading: never letter text
    for part in ALL_PARTS:
        text = _escape_text(getattr(participant.letter, part.field))
        block = f"## {kit_heading(part)}\n\n_{_(part.prompt)}_\n"
        if text:
            block += f"\n{text}\n"
        blocks.append(block.rstrip("\n"))
    return "\n\n".join(blocks) + "\n"


def _notes_block(letter: Letter) -> list[str]:
    from interventionplanner.output.kit_notes import note_lines

    lines = note_lines(letter)
    if not lines:
        return []
    title, *notes = (_escape_line(" ".join(line.split())) for line in lines)
    return ["\n".join([title, "", *(f"- {note}" for note in notes)])]


def write_kit(plan: Plan, participant: Participant, path: Path | str) -> None:
    """Write the kit to `path` atomically (no backup). Raises OSError or LetterKitError."""
    try:
        data = export_kit(plan, participant).encode("utf-8")
    except UnicodeEncodeError:
        raise LetterKitError(
            N_("This letter contains a broken character that a text file cannot hold.")
        ) from None
    write_atomic(Path(path), data, keep_backup=False)


def kit_file_name(participant: Participant) -> str:
    """A file name for someone's kit: "letter-kit-jose-nunez.md"."""
    ascii_name = unicodedata.normalize("NFKD", participant.name)
    ascii_name = ascii_name.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].rstrip("-")
    return f"letter-kit-{slug or 'letter'}{KIT_SUFFIX}"


def _escape_text(text: str) -> str:
    """The part's text, tidied for a text file and kept apart from the kit's structure."""
    tidy = _tidy(text)
    lines = [_escape_line(line) for line in tidy.split("\n")] if tidy else []
    if lines and lines[0][:1] in ("_", "*"):
        lines[0] = "\\" + lines[0]  # so it is never taken for the prompt
    return "\n".join(lines)


def _escape_line(line: str) -> str:
    line = _NEEDS_DOUBLING.sub(r"\\\\", line)
    line = line.replace("<!--", "\\<!--")
    stripped = line.lstrip(" \t")
    if stripped.startswith("#"):
        line = line[: len(line) - len(stripped)] + "\\" + stripped
    return line


def _tidy(text: str) -> str:
    """One line-ending style, no control characters, no trailing spaces, no blank runs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


# --- reading ---------------------------------------------------------------------------


def decode_kit(data: bytes) -> str:
    """A kit's bytes as text: UTF-8 (with or without a BOM), or UTF-16 with its BOM, which
    some Windows editors write when told to save "Unicode"."""
    if not data.strip():
        raise LetterKitError(N_("The file is empty."))
    encoding = "utf-16" if data.startswith(_BOMS[1:]) else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        pass
    # Older Windows editors save in their own code page ("ANSI"): say how to fix that.
    guess = data.decode("cp1252", errors="replace")
    if "\x00" not in guess and _MARKER_LINE.search(guess.replace("\r\n", "\n")):
        raise LetterKitError(
            N_(
                "This letter kit was not saved as UTF-8 text; please save it again and "
                "choose UTF-8 as the encoding."
            )
        )
    raise LetterKitError(N_("This file is not plain text, so it cannot be a letter kit."))


def parse_kit(text: str | bytes) -> ParsedKit:
    """Read a kit's words back. Raises LetterKitError with one plain sentence."""
    if isinstance(text, bytes | bytearray):
        text = decode_kit(bytes(text))
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise LetterKitError(N_("The file is empty."))
    markers = list(_MARKER_LINE.finditer(text))
    if not markers:
        if "\x00" in text:
            raise LetterKitError(N_("This file is not plain text, so it cannot be a letter kit."))
        raise LetterKitError(N_("This file is not a letter kit from Intervention Planner."))
    if len(markers) > 1:
        raise LetterKitError(
            N_("This file holds more than one letter kit; please use one per file.")
        )
    version, participant_id = _marker_fields(markers[0]["fields"])
    text = _MARKER_LINE.sub("", text)
    sections = _sections(text.split("\n"))
    letter_parts = {part.field: _part_text(sections[part.field]) for part in LETTER_PARTS}
    bottom_line = _part_text(sections[BOTTOM_LINE_PART.field])
    return ParsedKit(participant_id, letter_parts, bottom_line, version)


def _marker_fields(fields: str) -> tuple[int, str]:
    version = _VERSION_FIELD.search(fields)
    if version is None or int(version[1]) < 1:
        raise LetterKitError(
            N_("This letter kit is in a form this version of Intervention Planner does not know.")
        )
    if int(version[1]) > KIT_VERSION:
        raise LetterKitError(
            N_(
                "This letter kit was made by a newer version of Intervention Planner; "
                "please update the app to read it."
            )
        )
    participant = _PARTICIPANT_FIELD.search(fields)
    participant_id = unquote(participant[1]) if participant else ""
    if not participant_id.strip():
        raise LetterKitError(
            N_(
                "The hidden first line of this letter kit was changed, so it no longer says "
                "whose letter it is."
            )
        )
    return int(version[1]), participant_id


def _heading_key(title: str) -> str:
    title = _ESCAPED.sub(r"\1", title)
    title = _LEADING_NUMBER.sub("", title.strip())
    return "".join(ch for ch in unicodedata.normalize("NFKC", title).casefold() if ch.isalnum())


@cache
def _keys() -> dict[str, LetterPart]:
    """Each part by its heading's key, in every language the app writes: a kit comes back
    in its writer's language, whatever the app's is."""
    keys: dict[str, LetterPart] = {}
    for language in LANGUAGES:
        with in_language(language):
            for part in ALL_PARTS:
                keys[_heading_key(_(part.heading))] = part
                keys[_heading_key(kit_heading(part))] = part
    return keys


def _known_heading(line: str) -> LetterPart | None:
    match = _HEADING.match(line)
    if match is None:
        return None
    title = _CLOSING_HASHES.sub("", match[2] or "")
    return _keys().get(_heading_key(title))


def _sections(lines: list[str]) -> dict[str, list[str]]:
    """Each part's lines, by Letter field; the header above the first heading is dropped."""
    found: list[tuple[LetterPart, int]] = [
        (part, i) for i, line in enumerate(lines) if (part := _known_heading(line)) is not None
    ]
    seen = [part for part, _ in found]
    for part in ALL_PARTS:
        if seen.count(part) > 1:
            raise LetterKitError(
                _(
                    'The heading "## {heading}" appears more than once; please keep only one '
                    "of them."
                ).format(heading=kit_heading(part))
            )
    missing = [part for part in ALL_PARTS if part not in seen]
    if len(missing) == 1:
        raise LetterKitError(
            _(
                'The letter kit\'s heading "## {heading}" is missing or was changed; please '
                "put it back as it was."
            ).format(heading=kit_heading(missing[0]))
        )
    if missing:
        quoted = [f'"## {kit_heading(part)}"' for part in missing]
        names = _("{some} and {last}").format(some=", ".join(quoted[:-1]), last=quoted[-1])
        raise LetterKitError(
            _(
                "The letter kit's headings {names} are missing or were changed; please put "
                "them back."
            ).format(names=names)
        )
    if seen != list(ALL_PARTS):
        raise LetterKitError(
            _(
                "The letter kit's headings are out of order; please put them back in order, "
                "from 1 to {last}."
            ).format(last=len(ALL_PARTS))
        )
    ends = [i for _, i in found[1:]] + [len(lines)]
    return {
        part.field: lines[start + 1 : end] for (part, start), end in zip(found, ends, strict=True)
    }


def _part_text(lines: list[str]) -> str:
    lines = [line.rstrip(" \t") for line in lines]
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and _ITALIC_LINE.match(lines[first].strip()):
        del lines[first]  # the prompt, edited or not
    text = _ESCAPED.sub(r"\1", "\n".join(lines))
    return _tidy(text)


# --- importing -------------------------------------------------------------------------


def import_kit(plan: Plan, text: str | bytes) -> KitImport:
    """What the kit would change in its writer's letter. The plan is not changed."""
    parsed = parse_kit(text)
    participant = plan.participant(parsed.participant_id)
    if participant is None:
        raise LetterKitError(N_("This letter kit belongs to someone who is not in this plan."))
    return compare_letter(
        participant, {**parsed.letter_parts, BOTTOM_LINE_PART.field: parsed.bottom_line}
    )


def compare_letter(participant: Participant, wanted: dict[str, str]) -> KitImport:
    """What putting `wanted` (text by Letter field) into the letter would change."""
    current = _copy(participant.letter)
    incoming = _copy(participant.letter)
    changed = []
    for part in ALL_PARTS:
        if _same(getattr(current, part.field), wanted[part.field]):
            continue  # unchanged: keep the letter's own text, to the last space
        setattr(incoming, part.field, _tidy(wanted[part.field]))
        changed.append(part.field)
    if changed:
        incoming.status = LetterStatus.DRAFT
    _check_limits(participant, incoming)
    return KitImport(participant, incoming, current, changed)


def header_texts(writer: str) -> list[str]:
    """The Markdown kit's explanation, paragraph by paragraph, in every language the app
    writes (to recognise it again)."""
    chunks: list[str] = []
    for language in LANGUAGES:
        with in_language(language):
            header = _(_HEADER).format(writer=writer)
        chunks += [chunk for chunk in header.split("\n\n") if chunk.strip()]
    return chunks


def _check_limits(participant: Participant, incoming: Letter) -> None:
    """A kit may hold more than a letter can: refuse it, or the plan would not open again."""
    trial = replace(participant, letter=incoming)
    breach = next(iter(limits.check(Plan(participants=[trial]))), None)
    if breach is not None:
        part = breach.path.rsplit(".", 1)[-1]
        heading = next((_(p.heading) for p in ALL_PARTS if p.field == part), _("The letter"))
        raise LetterKitError(
            _("This letter kit is longer than a letter can be: {part} {problem}.").format(
                part=heading, problem=breach.message
            )
        )


def apply_import(kit_import: KitImport) -> None:
    """Put the kit's words into the participant's letter.

    Raises LetterKitError, changing nothing, if the letter was changed after the kit was
    read, so words typed in the meantime are never overwritten unseen.
    """
    letter = kit_import.participant.letter
    if letter != kit_import.current:
        raise LetterKitError(
            N_("This letter was changed after the kit was read; please read the kit again.")
        )

    if not kit_import.changed_parts:
        return
    for part in ALL_PARTS:
        setattr(letter, part.field, getattr(kit_import.incoming, part.field))
    letter.status = kit_import.incoming.status
    from interventionplanner.domain.review_notes import set_status, settle

    if letter.status is LetterStatus.DRAFT:  # changed words: not reviewed as they are now
        set_status(letter, LetterStatus.DRAFT)
    settle(letter)  # the notes stay, each at its words in the new text


def _copy(letter: Letter) -> Letter:
    return replace(letter)


def _same(current: str, incoming: str) -> bool:
    def norm(text: str) -> str:
        return unicodedata.normalize("NFC", _tidy(text))

    return norm(current) == norm(incoming)
