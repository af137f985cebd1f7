"""Files that are not a usable letter: one plain sentence, and nothing changes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document

from interventionplanner.cli import main
from interventionplanner.domain.plan import Letter, Participant, Plan, Role
from interventionplanner.output.kit_export import kit_bytes
from interventionplanner.output.kit_import import read_returned, read_returned_file
from interventionplanner.output.letter_kit import LetterKitError
from interventionplanner.storage import save_plan


def _rezip(data: bytes, add: dict[str, bytes] | None = None, change=None) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info)
            if change:
                content = change(info.filename, content)
            target.writestr(info, content)
        for name, content in (add or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def a_kit(plan: Plan) -> bytes:
    return kit_bytes(plan, plan.participants[1], "docx")


def another_docx(_plan) -> bytes:
    document = Document()
    document.add_heading("Minutes of the garden club", 1)
    document.add_paragraph("We met on Tuesday and talked about roses.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def another_plans_kit(_plan) -> bytes:
    stranger = Participant(name="Sam Rivera", roles=[Role.SPEAKER], letter=Letter(my_hope="x"))
    return kit_bytes(Plan(participants=[stranger]), stranger, "docx")


def with_macros(plan) -> bytes:
    return _rezip(a_kit(plan), add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro"})


def macro_enabled_type(plan) -> bytes:
    def change(name, content):
        if name == "[Content_Types].xml":
            return content.replace(
                b"wordprocessingml.document.main+xml",
                b"ms-word.document.macroEnabled.main+xml",
            )
        return content

    return _rezip(a_kit(plan), change=change)


def with_an_outside_template(plan) -> bytes:
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://'
        b"schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
        b'" Target="http://example.invalid/evil.dotm" TargetMode="External"/></Relationships>'
    )
    return _rezip(a_kit(plan), add={"word/_rels/settings.xml.rels": rels})


def zip_bomb(plan) -> bytes:
    return _rezip(a_kit(plan), add={"word/media/filler.bin": b"\0" * (30 * 1024 * 1024)})


def packed_too_tightly(plan) -> bytes:
    return _rezip(a_kit(plan), add={"customXml/item9.xml": b" " * (3 * 1024 * 1024)})


def entity_tricks(plan) -> bytes:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.'
        b'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t>'
        b"</w:r></w:p></w:body></w:document>"
    )
    return _rezip(
        a_kit(plan),
        change=lambda name, content: laughs if name == "word/document.xml" else content,
    )


def cut_short(plan) -> bytes:
    data = a_kit(plan)
    return data[: len(data) // 2]


def odt_with_macros(_plan) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<x/>")
        archive.writestr("Basic/Standard/Module1.xml", "Sub Main\nEnd Sub")
    return out.getvalue()


BAD = {
    "another docx": (another_docx, "not a letter kit"),
    "another plan's kit": (another_plans_kit, "someone who is not in this plan"),
    "empty": (lambda _p: b"", "The file is empty."),
    "blank": (lambda _p: b"  \n\n ", "The file is empty."),
    "macros": (with_macros, "contains macros"),
    "macro-enabled type": (macro_enabled_type, "contains macros"),
    "odt with macros": (odt_with_macros, "contains macros"),
    "outside template": (with_an_outside_template, "content from outside itself"),
    "zip bomb": (zip_bomb, "unpacks to far more"),
    "packed too tightly": (packed_too_tightly, "unpacks to far more"),
    "entity tricks": (entity_tricks, "damaged"),
    "cut short": (cut_short, "damaged"),
    "old .doc": (lambda _p: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "(.doc)"),
    "pdf": (lambda _p: b"%PDF-1.7\n%\xe2\xe3\n", "PDF"),
    "binary": (lambda _p: bytes(range(256)) * 4, "not plain text"),
    "shopping list": (lambda _p: b"# Shopping\n\n- milk\n", "not a letter kit"),
}


def one_plain_sentence(message: str) -> bool:
    return bool(message) and "\n" not in message.strip() and message.strip().endswith(".")


@pytest.mark.parametrize("name", BAD, ids=list(BAD))
def test_a_bad_file_is_one_plain_sentence(demo_plan, name):
    make, words = BAD[name]
    with pytest.raises(LetterKitError) as raised:
        read_returned(demo_plan, make(demo_plan))
    assert words in str(raised.value)
    assert one_plain_sentence(str(raised.value))


def test_a_50_mb_file_is_refused_before_it_is_read(demo_plan, tmp_path):
    huge = tmp_path / "letter.docx"
    with huge.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    with pytest.raises(LetterKitError, match='"letter.docx" is far too large to be a letter.'):
        read_returned_file(demo_plan, huge)


@pytest.fixture
def plan_file(tmp_path, demo_plan) -> Path:
    path = tmp_path / "family.ivplan"
    save_plan(demo_plan, path)
    return path


@pytest.mark.parametrize("name", ["another docx", "another plan's kit", "macros", "zip bomb"])
def test_the_command_line_changes_nothing_for_a_bad_file(demo_plan, plan_file, capsys, name):
    kit = plan_file.with_name("kit.docx")
    kit.write_bytes(BAD[name][0](demo_plan))
    before = plan_file.read_bytes()
    assert main(["import-letter", str(plan_file), str(kit), "--yes"]) == 1
    captured = capsys.readouterr()
    assert one_plain_sentence(captured.err)
    assert captured.out == ""
    assert plan_file.read_bytes() == before
    assert not plan_file.with_name("family.ivplan.bak").exists()


def test_a_link_to_a_web_page_is_fine(demo_plan):
    """Only content pulled in from outside is refused; an ordinary link is just text."""
    person = demo_plan.participants[1]
    document = Document(io.BytesIO(a_kit(demo_plan)))
    relation = document.part.relate_to(
        "https://example.invalid/photos",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        is_external=True,
    )
    assert relation
    out = io.BytesIO()
    document.save(out)
    returned = read_returned(demo_plan, out.getvalue())
    assert returned.participant is person
    assert returned.compare().changed_parts == []
