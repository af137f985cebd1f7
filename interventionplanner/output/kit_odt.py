"""Reading a kit back from an OpenDocument text (.odt), as LibreOffice or Word save it.

No library is needed beyond a safe XML parser: content.xml holds the text, meta.xml the
document's user-defined properties (where LibreOffice keeps a Word kit's custom property).
Headings are `text:h` or paragraphs whose style is a heading; tracked deletions live in
`text:tracked-changes` and are left out, so the text reads as if every change were accepted.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from interventionplanner.i18n import N_
from interventionplanner.output.kit_archive import LINKED, MACROS, KitArchive
from interventionplanner.output.kit_docx import DocxContent
from interventionplanner.output.kit_link import LINK_PROPERTY
from interventionplanner.output.kit_sections import Block
from interventionplanner.output.letter_kit import LetterKitError

__all__ = ["read_odt"]

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"
NOT_TEXT = N_("This file is not a text document that Intervention Planner can read.")

_HEADING_STYLE = re.compile(r"heading|title|überschrift|titre|título|titolo|kop", re.IGNORECASE)
_CONTAINERS = {
    f"{TEXT}list",
    f"{TEXT}list-item",
    f"{TEXT}list-header",
    f"{TEXT}section",
    f"{TABLE}table",
    f"{TABLE}table-rows",
    f"{TABLE}table-header-rows",
    f"{TABLE}table-row",
    f"{TABLE}table-cell",
    f"{TEXT}soft-page-break",
}
_LEFT_OUT = {
    f"{TEXT}tracked-changes",
    f"{TEXT}note",
    f"{OFFICE}annotation",
    f"{TEXT}change",
    "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame",
    f"{TEXT}bookmark-ref",
}


def read_odt(archive: KitArchive) -> DocxContent:
    mimetype = (
        archive.read("mimetype").decode("ascii", "replace").strip()
        if archive.has("mimetype")
        else ""
    )
    if mimetype not in (
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.text-template",
    ):
        raise LetterKitError(NOT_TEXT)
    if any(name.lower().startswith(("basic/", "scripts/")) for name in archive.names):
        raise LetterKitError(MACROS)
    content = archive.xml("content.xml")
    _refuse_outside_content(content)
    text = content.find(f"{OFFICE}body/{OFFICE}text")
    if text is None:
        raise LetterKitError(NOT_TEXT)
    style_root = archive.optional_xml("styles.xml")
    styles = _styles(content, style_root)
    blocks: list[Block] = []
    _walk(text, styles, blocks)
    margins = " ".join(style_root.itertext()) if style_root is not None else ""  # footers
    return DocxContent(blocks, _links(archive), margins)


def _refuse_outside_content(content: Element) -> None:
    for element in content.iter():
        if element.tag in (f"{OFFICE}dde-source", f"{TEXT}section-source"):
            raise LetterKitError(LINKED)
        href = element.get(f"{XLINK}href")
        if href and element.tag != f"{TEXT}a" and ":" in href.split("/", 1)[0]:
            raise LetterKitError(LINKED)  # an object or picture linked from elsewhere


def _display(name: str) -> str:
    return re.sub(r"_(\d+)_", lambda m: chr(int(m[1], 16)), name)  # "Kit_20_Prompt"


def _styles(content: Element, styles: Element | None) -> dict[str, tuple[bool, bool]]:
    """Style name → (is a heading, is the prompt), automatic styles through their parents."""
    parents: dict[str, str] = {}
    for root in (styles, content):
        if root is None:
            continue
        for style in root.iter(f"{STYLE}style"):
            parents[style.get(f"{STYLE}name", "")] = style.get(f"{STYLE}parent-style-name", "")

    def judge(name: str) -> tuple[bool, bool]:
        heading = prompt = False
        for _ in range(20):  # a chain of parents, never a loop
            shown = _display(name)
            heading = heading or bool(_HEADING_STYLE.search(shown))
            prompt = prompt or "prompt" in shown.casefold()
            name = parents.get(name, "")
            if not name:
                break
        return heading, prompt

    return {name: judge(name) for name in parents}


def _walk(element: Element, styles, blocks: list[Block]) -> None:
    for child in element:
        if child.tag in (f"{TEXT}p", f"{TEXT}h"):
            heading, prompt = styles.get(child.get(f"{TEXT}style-name", ""), (False, False))
            blocks.append(
                Block(_text(child), heading=heading or child.tag == f"{TEXT}h", prompt=prompt)
            )
        elif child.tag in _CONTAINERS:
            _walk(child, styles, blocks)


def _text(element: Element) -> str:
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == f"{TEXT}s":
            count = child.get(f"{TEXT}c", "1")
            parts.append(" " * (min(int(count), 1000) if count.isdigit() else 1))
        elif tag == f"{TEXT}tab":
            parts.append("\t")
        elif tag == f"{TEXT}line-break":
            parts.append("\n")
        elif tag not in _LEFT_OUT:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _links(archive: KitArchive) -> list[str]:
    meta = archive.optional_xml("meta.xml")
    if meta is None:
        return []
    values = []
    for prop in meta.iter(f"{META}user-defined"):
        if prop.get(f"{META}name") == LINK_PROPERTY:
            values.append("".join(prop.itertext()))
    values += [
        "".join(e.itertext()) for e in meta.iter("{http://purl.org/dc/elements/1.1/}identifier")
    ]
    return values
