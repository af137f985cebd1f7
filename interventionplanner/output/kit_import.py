"""Bring a letter back from whatever returned: Word, OpenDocument, Markdown, text, e-mail.

`read_returned_file` (or `read_returned` for bytes, `read_pasted` for text pasted from an
e-mail) tells what kind of file it is by its content, never by its name, checks it, finds
whose letter it is and places its paragraphs into the parts. The result says which
paragraphs are certain; when all are, `ReturnedLetter.parts()` is the letter, and
`letter_kit.compare_letter` says what it would change. Nothing here changes the plan.

Whose letter: a link in the document's properties (or the Markdown kit's marker) first,
then a kit code written in the text, then the writer the caller names (the window's
chosen writer for pasted text, `--participant` on the command line). A file that names
someone not in this plan is refused; a file that names nobody raises `OwnerUnknown`, so
the window can ask whose letter it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from interventionplanner.domain.plan import Participant, Plan
from interventionplanner.i18n import N_, _
from interventionplanner.output.kit_link import (
    LINK_VERSION,
    find_code,
    kit_code,
    participant_from_link,
    participant_with_code,
)
from interventionplanner.output.kit_notes import note_lines
from interventionplanner.output.kit_sections import Block, Placement, part_named, place_blocks
from interventionplanner.output.kit_words import intro_texts
from interventionplanner.output.letter_kit import (
    KIT_VERSION,
    KitImport,
    LetterKitError,
    compare_letter,
    decode_kit,
    header_texts,
    parse_kit,
)
from interventionplanner.storage.limited import TooLargeError, read_limited

__all__ = [
    "MAX_FILE_BYTES",
    "OwnerUnknown",
    "PartsUnclear",
    "ReturnedLetter",
    "read_pasted",
    "read_returned",
    "read_returned_file",
]

MAX_FILE_BYTES = 25 * 1024 * 1024  # room for a few phone photos pasted into a Word kit

NOT_IN_PLAN = N_("This letter kit belongs to someone who is not in this plan.")
NOT_A_KIT = N_("This file is not a letter kit from Intervention Planner.")
NOT_A_KIT_DOC = N_("This document is not a letter kit from Intervention Planner.")
NEWER = N_(
    "This letter kit was made by a newer version of Intervention Planner; please update "
    "the app to read it."
)
EMPTY = N_("The file is empty.")
NO_WORDS = N_("There are no words here to bring in.")
OWNER_UNKNOWN = N_("This letter does not say whose it is.")
TWO_OWNERS = N_("This letter is {owner}'s, not {chosen}'s.")
_SIGNATURES = {
    b"\xd0\xcf\x11\xe0": N_(
        "This is an older Word file (.doc); please save it as a Word document (.docx) and "
        "bring it in again."
    ),
    b"%PDF": N_("This is a PDF, which cannot be read back; please send the letter as a document."),
    b"{\\rt": N_("This is a rich text file (.rtf); please save it as a Word document (.docx)."),
}
_MD_MARKER = re.compile(r"<!--\s*intervention-planner\s+letter-kit\b", re.IGNORECASE)


class OwnerUnknown(LetterKitError):
    """Nothing in the letter says whose it is: the caller should ask."""


class PartsUnclear(LetterKitError):
    """The parts cannot all be told apart: someone has to place the text."""


@dataclass
class ReturnedLetter:
    participant: Participant
    placement: Placement
    kind: str  # "docx", "odt", "markdown", "text", "pasted"

    @property
    def certain(self) -> bool:
        return self.placement.certain

    def parts(self) -> dict[str, str]:
        """The letter by Letter field; raises PartsUnclear unless every paragraph is placed."""
        if not self.certain:
            raise PartsUnclear(self.placement.why_unclear())
        return self.placement.parts()

    def compare(self) -> KitImport:
        return compare_letter(self.participant, self.parts())


def read_returned_file(
    plan: Plan, path: Path | str, participant: Participant | None = None
) -> ReturnedLetter:
    path = Path(path)
    return read_returned(plan, read_bounded(path), participant)


def read_bounded(path: Path) -> bytes:
    """A file's bytes, refusing anything far too large before reading it."""
    try:
        return read_limited(path, MAX_FILE_BYTES)  # devices, pipes and FIFOs too
    except TooLargeError:
        message = _('"{name}" is far too large to be a letter.')
    except FileNotFoundError:
        message = _('"{name}" could not be read: there is no such file.')
    except IsADirectoryError:
        message = _('"{name}" is a folder, not a letter.')
    except PermissionError:
        message = _('"{name}" could not be read: this computer account is not allowed to.')
    except OSError as error:
        reason = (error.strerror or _("unknown")).lower()
        message = _('"{name}" could not be read ({reason}).').format(
            name="{name}", reason=reason.replace("{", "{{").replace("}", "}}")
        )
    raise LetterKitError(message.format(name=path.name)) from None


def read_returned(
    plan: Plan, data: bytes, participant: Participant | None = None
) -> ReturnedLetter:
    """Whatever came back, as bytes. Raises LetterKitError with one plain sentence."""
    if not data.strip():
        raise LetterKitError(EMPTY)
    from interventionplanner.output.kit_archive import KitArchive, is_zip

    if is_zip(data):
        return _from_document(plan, KitArchive(data), participant)
    for signature, message in _SIGNATURES.items():
        if data.startswith(signature):
            raise LetterKitError(message)
    text = decode_kit(data)
    if _MD_MARKER.search(text):
        return _from_markdown(plan, text, participant)
    return _from_text(plan, text, participant, "text")


def read_pasted(plan: Plan, text: str, participant: Participant | None) -> ReturnedLetter:
    """Text pasted from an e-mail or a message, for `participant` unless it names another."""
    if not text.strip():
        raise LetterKitError(NO_WORDS)
    if _MD_MARKER.search(text):
        return _from_markdown(plan, text, participant)
    return _from_text(plan, text, participant, "pasted")


# --- each kind ---------------------------------------------------------------------------


def _from_document(plan: Plan, archive, participant: Participant | None) -> ReturnedLetter:
    from interventionplanner.output.kit_docx import read_docx
    from interventionplanner.output.kit_odt import read_odt

    if archive.has("mimetype") or archive.has("content.xml"):
        content, kind = read_odt(archive), "odt"
    elif archive.has("[Content_Types].xml"):
        content, kind = read_docx(archive), "docx"
    else:
        raise LetterKitError(NOT_A_KIT_DOC)
    owner = _owner(plan, content.links, content.blocks, participant, content.margins)
    return _placed(owner, content.blocks, kind, not_a_kit=NOT_A_KIT_DOC)


def _from_markdown(plan: Plan, text: str, participant: Participant | None) -> ReturnedLetter:
    from interventionplanner.output.kit_text import text_blocks

    try:
        parsed = parse_kit(text)
    except LetterKitError:
        parsed = None  # headings damaged: read it as text with Markdown, and ask
    if parsed is not None:
        owner = plan.participant(parsed.participant_id)
        if owner is None:
            raise LetterKitError(NOT_IN_PLAN)
        _check_chosen(owner, participant)
        fields = [*parsed.letter_parts, "bottom_line"]
        texts = [*parsed.letter_parts.values(), parsed.bottom_line]
        placement = Placement(texts, list(fields), list(fields))
        return ReturnedLetter(owner, placement, "markdown")
    blocks = text_blocks(text, markdown=True)
    link = re.search(r"<!--(.*?)-->", text, re.DOTALL)
    owner = _owner(plan, [link[1]] if link else [], blocks, participant)
    return _placed(owner, blocks, "markdown")


def _from_text(plan: Plan, text: str, participant: Participant | None, kind: str) -> ReturnedLetter:
    from interventionplanner.output.kit_text import text_blocks

    if "\x00" in text:
        raise LetterKitError(N_("This file is not plain text, so it cannot be a letter."))
    blocks = text_blocks(text)
    owner = _owner(plan, [], blocks, participant)
    return _placed(owner, blocks, kind)


def _placed(
    owner: Participant, blocks: list[Block], kind: str, not_a_kit: str = NOT_A_KIT
) -> ReturnedLetter:
    writer = " ".join(owner.name.split()) or _("you")
    intro = intro_texts(writer, kit_code(owner.id)) + header_texts(writer)
    intro += note_lines(owner.letter)  # the reviewer's notes the kit showed: never letter text
    placement = place_blocks(blocks, intro)
    if not placement.paragraphs and not placement.headings_found:
        raise LetterKitError(NO_WORDS if kind == "pasted" else not_a_kit)
    return ReturnedLetter(owner, placement, kind)


# --- whose letter ------------------------------------------------------------------------


def _owner(
    plan: Plan,
    links: list[str],
    blocks: list[Block],
    chosen: Participant | None,
    margins: str = "",
) -> Participant:
    owner: Participant | None = None
    named = False
    for value in links:
        link = participant_from_link(value)
        if link is None or named:
            continue
        if link[0] > max(LINK_VERSION, KIT_VERSION):
            raise LetterKitError(NEWER)
        named, owner = True, plan.participant(link[1])
    if not named:
        code = find_code("\n".join([*(block.text for block in blocks), margins]))
        if code is not None:
            named, owner = True, participant_with_code(plan, code)
    if named and owner is None:
        raise LetterKitError(NOT_IN_PLAN)
    if owner is None:
        if chosen is None:
            if not any(part_named(block) for block in blocks):
                raise LetterKitError(NOT_A_KIT)
            raise OwnerUnknown(OWNER_UNKNOWN)
        return chosen
    _check_chosen(owner, chosen)
    return owner


def _check_chosen(owner: Participant, chosen: Participant | None) -> None:
    if chosen is not None and chosen.id != owner.id:
        raise LetterKitError(_(TWO_OWNERS).format(owner=_name(owner), chosen=_name(chosen)))


def _name(person: Participant) -> str:
    return " ".join(person.name.split()) or _("someone else")
