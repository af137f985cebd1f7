"""Edit a Word kit with python-docx the way people and their editors do.

Each function takes the kit's bytes and returns the edited bytes, so the tests can chain
them. Word and Google Docs are imitated by what they leave in the XML: renamed styles,
custom styles dropped for direct formatting, extra empty paragraphs, tracked changes.
"""

from __future__ import annotations

import copy
import io

from docx import Document
from docx.oxml.ns import qn
from docx.shared import RGBColor

from interventionplanner.domain.letter_parts import ALL_PARTS
from interventionplanner.output.kit_docx import PROMPT_STYLE


def _open(data: bytes):
    return Document(io.BytesIO(data))


def _save(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def heading_index(document, number: int) -> int:
    """The paragraph index of the part heading that starts with "number."."""
    for i, paragraph in enumerate(document.paragraphs):
        if paragraph.style.name.startswith("Heading 2") and paragraph.text.startswith(f"{number}."):
            return i
    raise LookupError(number)


def write_part(data: bytes, number: int, paragraphs: list[str]) -> bytes:
    """Replace part `number`'s words (everything after its prompt) with `paragraphs`."""
    document = _open(data)
    items = document.paragraphs
    start = heading_index(document, number) + 2  # heading, prompt
    end = heading_index(document, number + 1) if number < len(ALL_PARTS) else len(items)
    if number + 1 == len(ALL_PARTS):
        end -= 1  # the page break before the bottom line stays
    for paragraph in items[start:end]:
        paragraph._p.getparent().remove(paragraph._p)
    anchor = document.paragraphs[start - 1]
    for text in reversed(paragraphs):
        new = copy.deepcopy(anchor._p)
        anchor._p.addnext(new)
        from docx.text.paragraph import Paragraph

        paragraph = Paragraph(new, anchor._parent)
        paragraph.style = document.styles["Normal"]
        paragraph.text = text
    return _save(document)


def like_google_docs(data: bytes) -> bytes:
    """Google Docs' export: the custom prompt style is gone (its look kept as direct
    formatting), heading styles are renamed, and an empty paragraph follows each one."""
    document = _open(data)
    for paragraph in list(document.paragraphs):
        if paragraph.style.name == PROMPT_STYLE:
            paragraph.style = document.styles["Normal"]
            for run in paragraph.runs:
                run.italic = True
                run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    for paragraph in list(document.paragraphs):
        if paragraph.style.name.startswith("Heading"):
            paragraph.insert_paragraph_before("")  # blank lines Google Docs adds around
            empty = copy.deepcopy(paragraph._p)
            for child in list(empty):
                if child.tag != qn("w:pPr"):
                    empty.remove(child)
            empty.find(qn("w:pPr")).remove(empty.find(qn("w:pPr")).find(qn("w:pStyle")))
            paragraph._p.addnext(empty)
    for name in ("Heading 1", "Heading 2"):
        document.styles[name].name = name.lower().replace(" ", "")  # "heading2"
    return _save(document)


def headings_renamed(data: bytes, names: dict[int, str]) -> bytes:
    """Some part headings retyped by the writer ("2. What I've seen")."""
    document = _open(data)
    for number, text in names.items():
        document.paragraphs[heading_index(document, number)].text = text
    return _save(document)


def headings_as_bold_text(data: bytes) -> bytes:
    """Every heading turned into an ordinary paragraph in bold (a paste into a new doc)."""
    document = _open(data)
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading 2"):
            text = paragraph.text
            paragraph.style = document.styles["Normal"]
            paragraph.text = ""
            paragraph.add_run(text).bold = True
    return _save(document)


def prompts_removed(data: bytes) -> bytes:
    document = _open(data)
    prompts = {part.prompt for part in ALL_PARTS}
    for paragraph in list(document.paragraphs):
        if paragraph.text in prompts:
            paragraph._p.getparent().remove(paragraph._p)
    return _save(document)


def blank_paragraphs_added(data: bytes) -> bytes:
    document = _open(data)
    for paragraph in list(document.paragraphs):
        paragraph.insert_paragraph_before("")
        paragraph.insert_paragraph_before("   ")
    return _save(document)


def table_inserted(data: bytes, number: int, cells: list[list[str]]) -> bytes:
    """A table placed at the end of part `number`, as Word's Insert ▸ Table does."""
    document = _open(data)
    table = document.add_table(rows=len(cells), cols=len(cells[0]))
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    end = heading_index(document, number + 1)
    if number + 1 == len(ALL_PARTS):
        end -= 1
    document.paragraphs[end]._p.addprevious(table._tbl)
    return _save(document)


def tracked_changes(data: bytes, number: int, inserted: str, deleted: str) -> bytes:
    """A tracked insertion and a tracked deletion in the first paragraph of part `number`,
    not yet accepted (as Word saves them with Track Changes on)."""
    document = _open(data)
    paragraph = document.paragraphs[heading_index(document, number) + 2]
    p = paragraph._p
    insertion = p.makeelement(qn("w:ins"), {qn("w:id"): "1", qn("w:author"): "Ray"})
    run = p.makeelement(qn("w:r"), {})
    text = run.makeelement(qn("w:t"), {})
    text.text = inserted
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(text)
    insertion.append(run)
    p.append(insertion)
    deletion = p.makeelement(qn("w:del"), {qn("w:id"): "2", qn("w:author"): "Ray"})
    run = p.makeelement(qn("w:r"), {})
    gone = run.makeelement(qn("w:delText"), {})
    gone.text = deleted
    run.append(gone)
    deletion.append(run)
    p.append(deletion)
    return _save(document)


def typed_after_prompt(data: bytes, number: int, words: str) -> bytes:
    """The writer clicked at the end of the grey prompt and typed their words there."""
    document = _open(data)
    prompt = document.paragraphs[heading_index(document, number) + 1]
    prompt.add_run(" " + words)
    return _save(document)


def first_page_deleted(data: bytes) -> bytes:
    """Everything above the first part's heading deleted (the instructions, the code)."""
    document = _open(data)
    first = heading_index(document, 1)
    for paragraph in document.paragraphs[:first]:
        paragraph._p.getparent().remove(paragraph._p)
    return _save(document)


def properties_stripped(data: bytes) -> bytes:
    """No custom properties and no identifier: what a service that drops them returns."""
    import zipfile

    document = _open(data)
    document.core_properties.identifier = ""
    document.core_properties.comments = ""
    saved = _save(document)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(saved)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename != "docProps/custom.xml":
                target.writestr(info, source.read(info))
    return out.getvalue()
