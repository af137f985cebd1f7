"""The plain-text kit (.txt), and any returned text turned into paragraphs.

The .txt kit is for phones and e-mail: no symbols to keep, just numbered headings on lines
of their own, the prompt in brackets under each, and the kit code on the first page. The
same reader takes a .txt kit, a Markdown kit whose headings were damaged, and a letter
pasted from an e-mail (one level of "> " quoting is removed when most lines have it, and
a signature after a "-- " line is left out).
"""

from __future__ import annotations

import re

from interventionplanner.domain.letter_parts import ALL_PARTS, BOTTOM_LINE_PART
from interventionplanner.domain.plan import Participant
from interventionplanner.i18n import _
from interventionplanner.output.kit_link import kit_code
from interventionplanner.output.kit_notes import note_lines
from interventionplanner.output.kit_sections import Block, part_named
from interventionplanner.output.kit_words import intro_lines, numbered_heading

__all__ = ["text_blocks", "txt_kit"]

_MD_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_MARKER = re.compile(r"^[ \t]*<!--.*?-->[ \t]*$", re.MULTILINE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def txt_kit(participant: Participant, writer: str) -> str:
    """The plain-text kit for `participant`, with their letter so far."""
    blocks = []
    for line in intro_lines(writer, kit_code(participant.id), "txt"):
        blocks.append(("    " + line.text) if line.kind == "example" else line.text)
    blocks += note_lines(participant.letter)  # the reviewer's notes, before the first heading
    for number, part in enumerate(ALL_PARTS, start=1):
        heading = numbered_heading(number, part.heading, part is BOTTOM_LINE_PART)
        text = getattr(participant.letter, part.field).strip()
        prompt = f"({_(part.prompt)})"
        blocks.append("\n".join(filter(None, [heading, prompt, "", text])).strip())

    return "\n\n".join(blocks).replace("\r\n", "\n") + "\n"


def text_blocks(text: str, markdown: bool = False) -> list[Block]:
    """Paragraphs of returned text; a line naming a part is a paragraph of its own."""
    text = _CONTROL.sub("", text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
    text = _MARKER.sub("", text)
    lines = _unquote(text.split("\n"))
    blocks: list[Block] = []
    paragraph: list[str] = []

    def close() -> None:
        if paragraph:
            blocks.append(Block("\n".join(paragraph)))
            paragraph.clear()

    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            close()
            continue
        is_md_heading = markdown and bool(_MD_HEADING.match(line))
        if markdown:
            line = _MD_ESCAPE.sub(r"\1", _MD_HEADING.sub("", line) if is_md_heading else line)
        block = Block(line.strip(), heading=is_md_heading)
        if is_md_heading or part_named(block) is not None:
            close()
            blocks.append(block)
        else:
            paragraph.append(line)
    close()
    return blocks


def _unquote(lines: list[str]) -> list[str]:
    """One level of e-mail quoting off, and the signature (after "-- ") left out."""
    if "-- " in lines:
        lines = lines[: lines.index("-- ")]
    filled = [line for line in lines if line.strip()]
    quoted = [line for line in filled if line.lstrip().startswith(">")]
    if not filled or len(quoted) < 0.8 * len(filled):
        return lines
    unquoted: list[str] = []
    for before, line in zip(["", *lines], lines, strict=False):
        if line.lstrip().startswith(">") and before.strip() and not before.lstrip().startswith(">"):
            unquoted.append("")  # "On Tuesday, … wrote:" is a paragraph of its own
        unquoted.append(re.sub(r"^\s*> ?", "", line))
    return unquoted
