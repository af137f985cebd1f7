"""Kits as plain text, Markdown, OpenDocument, e-mail and paper, and all writers at once."""

from __future__ import annotations

import io
import zipfile

import pytest
from pypdf import PdfReader

from interventionplanner.domain.letter_parts import ALL_PARTS
from interventionplanner.output.kit_export import (
    kit_bytes,
    kit_name,
    kit_names,
    write_kits,
    writers,
)
from interventionplanner.output.kit_import import (
    OwnerUnknown,
    PartsUnclear,
    read_pasted,
    read_returned,
)
from interventionplanner.output.kit_link import LINK_PROPERTY, kit_code, link_value
from interventionplanner.output.letter_kit import LetterKitError, export_kit

FIELDS = [part.field for part in ALL_PARTS]


def letter_of(person) -> dict[str, str]:
    return {field: getattr(person.letter, field).strip() for field in FIELDS}


# --- plain text --------------------------------------------------------------------------


@pytest.mark.parametrize("index", range(6))
def test_the_text_kit_round_trips(demo_plan, index):
    person = demo_plan.participants[index]
    data = kit_bytes(demo_plan, person, "txt")
    assert data.decode("utf-8").startswith(f"Letter kit for {person.name}")
    returned = read_returned(demo_plan, data)
    assert returned.participant is person
    assert returned.parts() == letter_of(person)


def test_a_text_kit_edited_on_a_phone(demo_plan):
    person = demo_plan.participants[2]
    text = kit_bytes(demo_plan, person, "txt").decode("utf-8")
    for part in ALL_PARTS:
        text = text.replace(f"({part.prompt})\n", "")  # prompts deleted
    text = text.replace("2. What I have seen", "2. What I've seen")  # retyped
    text = text.replace(person.letter.my_hope.strip(), "I hope for Sundays again.\n\n\n\n")
    returned = read_returned(demo_plan, text.replace("\n", "\r\n").encode("utf-8"))
    assert returned.parts() == {**letter_of(person), "my_hope": "I hope for Sundays again."}


def test_a_renamed_unnumbered_line_is_not_taken_for_a_heading(demo_plan):
    person = demo_plan.participants[2]
    text = kit_bytes(demo_plan, person, "txt").decode("utf-8")
    text = text.replace(person.letter.my_hope.strip(), "My hopes\n\nare simple.")
    parts = read_returned(demo_plan, text.encode("utf-8")).parts()
    assert parts["my_hope"] == "My hopes\n\nare simple."


# --- Markdown ------------------------------------------------------------------------------


def test_the_markdown_kit_still_round_trips_exactly(demo_plan):
    person = demo_plan.participants[0]
    returned = read_returned(demo_plan, export_kit(demo_plan, person).encode("utf-8"))
    assert returned.kind == "markdown"
    assert returned.parts() == letter_of(person)


def test_a_markdown_kit_with_a_retyped_heading_is_still_read(demo_plan):
    person = demo_plan.participants[0]
    kit = export_kit(demo_plan, person).replace("## 2. What I have seen", "## What I've Seen")
    assert read_returned(demo_plan, kit.encode("utf-8")).parts() == letter_of(person)


def test_a_markdown_kit_without_a_heading_is_left_to_the_person(demo_plan):
    person = demo_plan.participants[0]
    kit = export_kit(demo_plan, person).replace("## 4. The ask\n", "")
    returned = read_returned(demo_plan, kit.encode("utf-8"))
    assert returned.participant is person
    with pytest.raises(PartsUnclear, match='"4. The ask" is missing'):
        returned.parts()
    unplaced = [t for t, f in zip(*_placement(returned), strict=True) if f is None]
    assert "\n\n".join(unplaced) == "\n\n".join(
        [person.letter.my_hope.strip(), person.letter.the_ask.strip()]
    )


def _placement(returned):
    return returned.placement.paragraphs, returned.placement.fields


# --- e-mail --------------------------------------------------------------------------------


def test_a_text_kit_quoted_in_an_email_reply(demo_plan):
    person = demo_plan.participants[3]
    kit = kit_bytes(demo_plan, person, "txt").decode("utf-8")
    reply = "On Tue, 1 Dec, Evelyn wrote:\n" + "\n".join(
        ("> " + line).rstrip() for line in kit.splitlines()
    )
    reply += "\n\n-- \nSent from my phone\n"
    returned = read_pasted(demo_plan, reply, None)
    assert returned.participant is person
    assert not returned.certain  # the "wrote:" line is not under any heading
    placed = dict.fromkeys(FIELDS, "")
    for text, field in zip(*_placement(returned), strict=True):
        if field:
            placed[field] = (placed[field] + "\n\n" + text).strip()
        else:
            assert text == "On Tue, 1 Dec, Evelyn wrote:"
    assert placed == letter_of(person)
    assert "Sent from my phone" not in "".join(returned.placement.paragraphs)


def test_a_pasted_letter_with_headings_for_the_chosen_writer(demo_plan):
    person = demo_plan.participants[4]
    pasted = (
        "Love and a memory\nYou carried me home.\n\nWhat I have seen:\nYou slept all day.\n\n"
        "My hope\nBowling on Tuesdays.\n\nThe ask\nWill you go today?\n\nBottom line\n"
    )
    with pytest.raises(OwnerUnknown):
        read_pasted(demo_plan, pasted, None)
    parts = read_pasted(demo_plan, pasted, person).parts()
    assert parts == {
        "love_and_memory": "You carried me home.",
        "what_i_have_seen": "You slept all day.",
        "my_hope": "Bowling on Tuesdays.",
        "the_ask": "Will you go today?",
        "bottom_line": "",
    }


def test_a_pasted_letter_without_headings_is_placed_by_the_person(demo_plan):
    person = demo_plan.participants[4]
    returned = read_pasted(demo_plan, "Dear Danny,\n\nYou carried me home.\n", person)
    assert returned.placement.paragraphs == ["Dear Danny,", "You carried me home."]
    assert returned.placement.fields == [None, None]
    with pytest.raises(PartsUnclear):
        returned.parts()


def test_pasted_text_naming_someone_else_is_refused(demo_plan):
    ray, lily = demo_plan.participants[2], demo_plan.participants[5]
    pasted = kit_bytes(demo_plan, ray, "txt").decode("utf-8")
    with pytest.raises(LetterKitError, match="Ray Doyle's, not Lily Marsh's"):
        read_pasted(demo_plan, pasted, lily)


# --- OpenDocument, made by hand (LibreOffice's own files are in test_letter_kit_libreoffice) ---

_ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
<office:automatic-styles>
 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Kit_20_Prompt"/>
</office:automatic-styles>
<office:body><office:text>
 <text:tracked-changes><text:changed-region text:id="c1"><text:deletion>
  <text:p>DELETED WORDS</text:p></text:deletion></text:changed-region></text:tracked-changes>
 <text:p>{code}</text:p>
 {parts}
</office:text></office:body></office:document-content>"""


def odt_bytes(parts: str, code: str = "", meta: str = "", extra: dict | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", _ODT_CONTENT.format(code=code, parts=parts))
        archive.writestr(
            "meta.xml",
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta>'
            f"{meta}</office:meta></office:document-meta>",
        )
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


ODT_PARTS = """
 <text:h text:outline-level="2">1. Love and a memory</text:h>
 <text:p text:style-name="P1">{prompt}</text:p>
 <text:p>You taught me<text:s text:c="2"/>to fish.<text:line-break/>Every summer.</text:p>
 <text:h text:outline-level="2">2. What I have seen</text:h>
 <text:list><text:list-item>
  <text:p>You slept at Easter.<text:change text:change-id="c1"/></text:p>
 </text:list-item></text:list>
 <table:table><table:table-row><table:table-cell>
  <text:p>In a table</text:p>
 </table:table-cell></table:table-row></table:table>
 <text:h text:outline-level="2">3. My hope</text:h><text:p>Sundays.</text:p>
 <text:h text:outline-level="2">4. The ask</text:h><text:p>Go <text:span>today</text:span>?</text:p>
 <text:h text:outline-level="2">5. Bottom line (kept separate)</text:h>
"""


def test_an_odt_is_read_with_its_lists_tables_and_changes(demo_plan):
    person = demo_plan.participants[1]
    meta = (
        f'<meta:user-defined meta:name="{LINK_PROPERTY}">{link_value(person)}</meta:user-defined>'
    )
    data = odt_bytes(ODT_PARTS.format(prompt=ALL_PARTS[0].prompt), meta=meta)
    returned = read_returned(demo_plan, data)
    assert returned.kind == "odt"
    assert returned.participant is person
    assert returned.parts() == {
        "love_and_memory": "You taught me  to fish.\nEvery summer.",
        "what_i_have_seen": "You slept at Easter.\n\nIn a table",
        "my_hope": "Sundays.",
        "the_ask": "Go today?",
        "bottom_line": "",
    }


def test_an_odt_without_properties_is_found_by_its_code(demo_plan):
    person = demo_plan.participants[2]
    code = f"Kit code: {kit_code(person.id)}. It tells the app whose letter this is."
    data = odt_bytes(ODT_PARTS.format(prompt=""), code=code)
    assert read_returned(demo_plan, data).participant is person


# --- paper -----------------------------------------------------------------------------------


def test_the_worksheet_has_the_name_the_prompts_and_a_page_per_part(demo_plan):
    person = demo_plan.participants[3]
    reader = PdfReader(io.BytesIO(kit_bytes(demo_plan, person, "worksheet")))
    assert len(reader.pages) == 1 + len(ALL_PARTS)
    first = reader.pages[0].extract_text()
    assert f"by {person.name}" in first
    for number, part in enumerate(ALL_PARTS, start=1):
        page = " ".join(reader.pages[number].extract_text().split())
        assert f"{number}. {part.heading}" in page
        assert " ".join(part.prompt.split())[:50] in page
        assert person.name in page  # in the foot, so loose pages find their way back
    assert person.letter.love_and_memory[:30] not in "".join(p.extract_text() for p in reader.pages)
    fonts = reader.pages[1]["/Resources"]["/Font"]
    assert any("DejaVu" in str(font.get_object()["/BaseFont"]) for font in fonts.values())


# --- every writer at once ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "md", "txt", "worksheet"])
def test_kits_for_every_writer_in_one_folder(demo_plan, tmp_path, fmt):
    paths = write_kits(demo_plan, tmp_path / "kits", fmt)
    assert [p.name for p in paths] == [kit_name(p, fmt) for p in writers(demo_plan)]
    assert all(path.stat().st_size > 500 for path in paths)
    if fmt != "worksheet":
        for path, person in zip(paths, writers(demo_plan), strict=True):
            assert read_returned(demo_plan, path.read_bytes()).participant is person


def test_same_names_get_distinct_files(demo_plan):
    twins = [demo_plan.participants[0], demo_plan.participants[0]]
    assert kit_names(twins, "txt") == [
        "letter-kit-margaret-marsh.txt",
        "letter-kit-margaret-marsh-2.txt",
    ]


def test_an_existing_kit_stops_everything_before_anything_is_written(demo_plan, tmp_path):
    names = kit_names(writers(demo_plan), "docx")
    (tmp_path / names[3]).write_bytes(b"a letter that came back")
    with pytest.raises(LetterKitError, match="nothing was written"):
        write_kits(demo_plan, tmp_path, "docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == [names[3]]
    assert (tmp_path / names[3]).read_bytes() == b"a letter that came back"
    assert len(write_kits(demo_plan, tmp_path, "docx", replace=True)) == len(names)
