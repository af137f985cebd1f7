"""The Word kit: a .docx made with python-docx, and reading one back after any editor.

Writing uses only what every editor keeps: built-in heading styles, one paragraph style for
the prompts (grey italics, which look right even where the style's name is lost), a page
break, and the link in the document properties (see kit_link.py).

Reading does not use python-docx's own text, which drops or keeps tracked changes in ways
that depend on its version: the XML of the main document is walked with defusedxml after
the archive has been checked (kit_archive.py). Text reads as the document does once every
tracked change is accepted: insertions and moves in, deletions and the old side of moves
out, a deleted paragraph mark joins two paragraphs. Tables are read cell by cell, in order;
text boxes, drawings, comments and footnotes are not part of a letter.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import PurePosixPath
from xml.etree.ElementTree import Element

from interventionplanner.domain.letter_parts import ALL_PARTS, BOTTOM_LINE_PART
from interventionplanner.domain.plan import Participant
from interventionplanner.i18n import N_, _
from interventionplanner.output.kit_archive import LINKED, MACROS, KitArchive
from interventionplanner.output.kit_link import LINK_PROPERTY, kit_code, link_value
from interventionplanner.output.kit_notes import note_lines
from interventionplanner.output.kit_sections import Block
from interventionplanner.output.kit_words import intro_lines, numbered_heading
from interventionplanner.output.letter_kit import LetterKitError

__all__ = ["DocxContent", "PROMPT_STYLE", "docx_kit_bytes", "read_docx"]

PROMPT_STYLE = "Kit Prompt"  # a style name, read back: never translated
FOOTER = N_("Letter kit {code}")
PROMPT_GREY = (0x59, 0x59, 0x59)  # 7:1 on white: quiet, still easy to read

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
DC = "{http://purl.org/dc/elements/1.1/}"
MAIN_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
NOT_WORD = N_("This file is not a Word document that Intervention Planner can read.")

_HEADING_STYLE = re.compile(r"heading|title|überschrift|titre|título|titolo|kop", re.IGNORECASE)
_SKIP = {
    f"{W}{name}"
    for name in (
        "del",
        "moveFrom",
        "delText",
        "instrText",
        "pPr",
        "rPr",
        "drawing",
        "pict",
        "object",
        "footnoteReference",
        "endnoteReference",
        "commentReference",
    )
}
_SKIP.add("{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent")


# --- writing -----------------------------------------------------------------------------


def docx_kit_bytes(participant: Participant, writer: str) -> bytes:
    """The Word kit for `participant`, with their letter so far."""
    from docx import Document  # loads lxml and python-docx only when a kit is made
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Mm, Pt, RGBColor

    from interventionplanner.output.packet import default_paper

    document = Document()
    for section in document.sections:  # the first page fits one page on A4 and on Letter
        if default_paper() == "a4":
            section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Cm(2)
        section.left_margin = section.right_margin = Cm(2.2)
    normal = document.styles["Normal"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(5)
    document.styles["Heading 1"].font.size = Pt(18)
    prompt_style = document.styles.add_style(PROMPT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    prompt_style.base_style = normal
    prompt_style.font.italic = True
    prompt_style.font.color.rgb = RGBColor(*PROMPT_GREY)

    code = kit_code(participant.id)
    for line in intro_lines(writer, code, "docx"):
        if line.kind == "title":
            document.add_heading(line.text, level=1)
        elif line.kind == "part":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.left_indent = Pt(18)
            head, rest = line.text.split(": ", 1)
            paragraph.add_run(head + ":").bold = True
            paragraph.add_run(" " + rest)
        elif line.kind == "example":
            example = document.add_paragraph(line.text, style=PROMPT_STYLE)
            example.paragraph_format.left_indent = Pt(36)
        elif line.kind == "code":
            document.add_paragraph().add_run(line.text).bold = True
        else:
            document.add_paragraph(line.text)
    for number, text in enumerate(note_lines(participant.letter)):  # the reviewer's notes
        document.add_paragraph().add_run(text).bold = number == 0
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for number, part in enumerate(ALL_PARTS, start=1):
        if part is BOTTOM_LINE_PART:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(numbered_heading(number, part.heading, part is BOTTOM_LINE_PART), 2)
        document.add_paragraph(_(part.prompt), style=PROMPT_STYLE)
        _add_text(document, getattr(participant.letter, part.field))

    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run(_(FOOTER).format(code=code)).font.size = Pt(8)  # survives a lost first page

    properties = document.core_properties
    properties.title = _("Letter kit")

    properties.identifier = link_value(participant)
    properties.author = properties.last_modified_by = ""  # nothing about the family
    properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0)
    properties.revision = 1
    properties.comments = "Made by Intervention Planner. " + code
    _add_custom_property(document, LINK_PROPERTY, link_value(participant))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _add_text(document, text: str) -> None:
    """The writer's words: a paragraph per blank-line-separated block, line breaks kept.
    An empty part still gets one empty paragraph, a place to start typing."""
    chunks = [chunk for chunk in re.split(r"\n\s*\n", text.strip()) if chunk.strip()]
    if not chunks:
        document.add_paragraph()
        return
    for chunk in chunks:
        paragraph = document.add_paragraph()
        for i, line in enumerate(chunk.split("\n")):
            if i:
                paragraph.add_run().add_break()
            paragraph.add_run(line)


def _add_custom_property(document, name: str, value: str) -> None:
    from xml.sax.saxutils import escape

    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" '
        f'pid="2" name="{escape(name)}"><vt:lpwstr>{escape(value)}</vt:lpwstr></property>'
        "</Properties>"
    ).encode()
    package = document.part.package
    part = Part(
        PackURI("/docProps/custom.xml"),
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        blob,
        package,
    )
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


# --- reading -----------------------------------------------------------------------------


class DocxContent:
    """A returned document's paragraphs, whatever link its properties hold, and the text of
    its page headers and footers (where the kit code is printed on every page)."""

    def __init__(self, blocks: list[Block], links: list[str], margins: str = "") -> None:
        self.blocks = blocks
        self.links = links
        self.margins = margins


def read_docx(archive: KitArchive) -> DocxContent:
    types = archive.read("[Content_Types].xml").decode("utf-8", "replace").lower()
    if "macroenabled" in types or "vbaproject" in types:
        raise LetterKitError(MACROS)
    main = _main_part(archive)
    _refuse_outside_content(archive)
    styles = _styles(archive, main)
    body = archive.xml(main).find(f"{W}body")
    if body is None:
        raise LetterKitError(NOT_WORD)
    blocks: list[Block] = []
    _walk(body, styles, blocks, [""])
    margins = [
        " ".join(archive.xml(name).itertext())
        for name in sorted(archive.names)
        if re.fullmatch(r"word/(?:header|footer)\d*\.xml", name)
    ]
    return DocxContent(blocks, _links(archive), "\n".join(margins))


def _main_part(archive: KitArchive) -> str:
    if not archive.has("_rels/.rels"):
        raise LetterKitError(NOT_WORD)
    for rel in archive.xml("_rels/.rels").iter(f"{REL}Relationship"):
        if rel.get("Type") == MAIN_DOCUMENT:
            target = rel.get("Target", "").lstrip("/")
            if archive.has(target) and target.endswith(".xml"):
                return target
    raise LetterKitError(NOT_WORD)


def _refuse_outside_content(archive: KitArchive) -> None:
    """Links to web pages are fine (only text is read); anything pulled in from outside
    the file (a template, a linked picture, an embedded object, a sub-document) is not."""
    for name in archive.names:
        if not name.endswith(".rels"):
            continue
        for rel in archive.xml(name).iter(f"{REL}Relationship"):
            external = (rel.get("TargetMode") or "").lower() == "external"
            if external and not rel.get("Type", "").endswith("/hyperlink"):
                raise LetterKitError(LINKED)


def _styles(archive: KitArchive, main: str) -> dict[str, tuple[bool, bool]]:
    """Style id → (is a heading, is the prompt)."""
    path = str(PurePosixPath(main).parent / "styles.xml")
    root = archive.optional_xml(path)
    if root is None:
        return {}
    found: dict[str, tuple[bool, bool]] = {}
    for style in root.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId", "")
        name_element = style.find(f"{W}name")
        name = name_element.get(f"{W}val", "") if name_element is not None else ""
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        heading = bool(_HEADING_STYLE.search(name) or _HEADING_STYLE.search(style_id))
        heading = heading or outline is not None
        prompt = "prompt" in name.casefold() or "prompt" in style_id.casefold()
        found[style_id] = (heading, prompt)
    return found


def _walk(element: Element, styles, blocks: list[Block], carry: list[str]) -> None:
    for child in element:
        if child.tag == f"{W}p":
            _paragraph(child, styles, blocks, carry)
        elif child.tag in (f"{W}tbl", f"{W}tr", f"{W}tc", f"{W}sdt", f"{W}sdtContent") or (
            child.tag in (f"{W}customXml", f"{W}ins", f"{W}moveTo")
        ):
            _walk(child, styles, blocks, carry)


def _paragraph(p: Element, styles, blocks: list[Block], carry: list[str]) -> None:
    text = carry[0] + _text(p)
    properties = p.find(f"{W}pPr")
    if properties is not None and properties.find(f"{W}rPr/{W}del") is not None:
        carry[0] = text  # its mark was deleted: it runs on into the next paragraph
        return
    carry[0] = ""
    heading = prompt = False
    if properties is not None:
        style = properties.find(f"{W}pStyle")
        if style is not None:
            heading, prompt = styles.get(style.get(f"{W}val", ""), (False, False))
        heading = heading or properties.find(f"{W}outlineLvl") is not None
    blocks.append(Block(text, heading=heading, prompt=prompt))


def _text(element: Element) -> str:
    parts: list[str] = []
    for child in element:
        tag = child.tag
        if tag in _SKIP:
            continue
        if tag == f"{W}t":
            parts.append(child.text or "")
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            if child.get(f"{W}type") not in ("page", "column"):
                parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        else:
            parts.append(_text(child))
    return "".join(parts)


def _links(archive: KitArchive) -> list[str]:
    values = []
    custom = archive.optional_xml("docProps/custom.xml")
    if custom is not None:
        for prop in custom.iter(f"{CUSTOM}property"):
            if prop.get("name") == LINK_PROPERTY:
                values += ["".join(prop.itertext())]
    core = archive.optional_xml("docProps/core.xml")
    if core is not None:
        values += ["".join(e.itertext()) for e in core.iter(f"{DC}identifier")]
    return values
