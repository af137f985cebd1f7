"""The Word kit: made by the app, edited the way Word and Google Docs do, read back intact."""

from __future__ import annotations

import io
import zipfile

import kit_editing as edit
import pytest
from docx import Document
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from interventionplanner.domain.letter_parts import ALL_PARTS, LETTER_PARTS
from interventionplanner.domain.plan import Letter, LetterStatus, Participant, Plan, Role
from interventionplanner.output.kit_docx import PROMPT_STYLE
from interventionplanner.output.kit_export import kit_bytes
from interventionplanner.output.kit_import import (
    OwnerUnknown,
    PartsUnclear,
    read_returned,
)
from interventionplanner.output.kit_link import LINK_PROPERTY, kit_code
from interventionplanner.output.letter_kit import apply_import

FIELDS = [part.field for part in ALL_PARTS]
PROMPTS = [part.prompt for part in ALL_PARTS]
EXAMPLES = [part.example for part in ALL_PARTS]

NEW_WORDS = {
    1: ["Mum, you taught me to swim in the cold lake.", "You never once let go too early."],
    2: ["At Easter you fell asleep at the table.", "I felt scared for you."],
    3: ["I hope we walk the dog again on Sundays."],
    4: ["Will you accept the help that is ready today?"],
    5: ["If you say no, I will stop lending you money."],
}


def kit_for(plan: Plan, index: int = 1) -> tuple[Participant, bytes]:
    person = plan.participants[index]
    return person, kit_bytes(plan, person, "docx")


def written(data: bytes) -> bytes:
    """The kit with every part's words replaced by NEW_WORDS, as a writer would type."""
    for number, paragraphs in NEW_WORDS.items():
        data = edit.write_part(data, number, paragraphs)
    return data


def expected() -> dict[str, str]:
    return {FIELDS[n - 1]: "\n\n".join(words) for n, words in NEW_WORDS.items()}


def assert_no_prompt_leaks(parts: dict[str, str]) -> None:
    for text in parts.values():
        for words in PROMPTS + EXAMPLES:
            assert words[:40] not in text
        assert "Kit code" not in text
        assert "Thank you for writing" not in text


# --- the document itself -----------------------------------------------------------------


def test_the_kit_opens_in_python_docx_with_headings_prompts_and_the_letter(demo_plan):
    person, data = kit_for(demo_plan)
    document = Document(io.BytesIO(data))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings == [
        "1. Love and a memory",
        "2. What I have seen",
        "3. My hope",
        "4. The ask",
        "5. Bottom line (kept separate)",
    ]
    prompts = [p.text for p in document.paragraphs if p.style.name == PROMPT_STYLE]
    for part in ALL_PARTS:
        assert part.prompt in prompts  # under its heading
    for part in LETTER_PARTS:
        assert any(part.example in text for text in prompts)  # on the first page
    body = "\n".join(p.text for p in document.paragraphs)
    assert person.letter.what_i_have_seen.split("\n\n")[1] in body


def test_the_first_page_explains_and_shows_the_code(demo_plan):
    person, data = kit_for(demo_plan)
    document = Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    first_page = texts[: texts.index("1. Love and a memory")]
    page = "\n".join(first_page)
    assert first_page[0] == f"Letter kit for {person.name}"
    for words in ("read aloud", "four parts", "How long", "send it back", kit_code(person.id)):
        assert words in page
    for part in LETTER_PARTS:
        assert part.heading in page
        assert part.example in page
    for private in (demo_plan.loved_one.name, "addict", "Xanax"):
        assert private not in page


def test_the_link_lives_in_the_document_properties(demo_plan):
    person, data = kit_for(demo_plan)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        custom = archive.read("docProps/custom.xml").decode("utf-8")
        assert LINK_PROPERTY in custom
        assert person.id in custom
        assert "vbaProject" not in " ".join(archive.namelist())
    core = Document(io.BytesIO(data)).core_properties
    assert person.id in core.identifier
    assert core.author == ""  # nothing about the family in the file's properties


def test_the_code_is_short_stable_and_unambiguous(demo_plan):
    codes = {kit_code(p.id) for p in demo_plan.participants}
    assert len(codes) == len(demo_plan.participants)
    for code in codes:
        assert len(code) == len("LK-XXXX-XXXX")
        assert not set(code[3:]) & set("01IO")
    assert kit_code("same id") == kit_code("same id")


# --- round trips -------------------------------------------------------------------------


@pytest.mark.parametrize("index", range(6))
def test_an_untouched_kit_changes_nothing(demo_plan, index):
    person, data = kit_for(demo_plan, index)
    returned = read_returned(demo_plan, data)
    assert returned.participant is person
    assert returned.certain
    assert returned.compare().changed_parts == []


EDITS = {
    "as typed": lambda d: d,
    "google docs": edit.like_google_docs,
    "prompts removed": edit.prompts_removed,
    "blank paragraphs": edit.blank_paragraphs_added,
    "headings retyped": lambda d: edit.headings_renamed(
        d, {2: "2. What I've seen", 3: "My hopes", 4: "4) The Ask:", 5: "Bottom line"}
    ),
    "headings as bold text": edit.headings_as_bold_text,
    "everything at once": lambda d: edit.blank_paragraphs_added(
        edit.prompts_removed(edit.like_google_docs(d))
    ),
}


@pytest.mark.parametrize("how", EDITS, ids=list(EDITS))
def test_every_part_arrives_intact_in_order_without_prompts(demo_plan, how):
    person, data = kit_for(demo_plan)
    returned = read_returned(demo_plan, EDITS[how](written(data)))
    assert returned.participant is person
    assert returned.certain, returned.placement.why_unclear()
    parts = returned.parts()
    assert list(parts) == FIELDS
    assert parts == expected()
    assert_no_prompt_leaks(parts)


def test_a_table_inside_a_part_is_kept_in_its_place(demo_plan):
    _, data = kit_for(demo_plan)
    data = edit.table_inserted(written(data), 2, [["Easter", "asleep at the table"]])
    parts = read_returned(demo_plan, data).parts()
    assert parts["what_i_have_seen"] == "\n\n".join(
        [*NEW_WORDS[2], "Easter", "asleep at the table"]
    )
    assert parts["my_hope"] == NEW_WORDS[3][0]


def test_tracked_changes_read_as_accepted(demo_plan):
    _, data = kit_for(demo_plan)
    data = edit.tracked_changes(written(data), 3, " And to laugh again.", " REMOVED WORDS")
    parts = read_returned(demo_plan, data).parts()
    assert parts["my_hope"] == NEW_WORDS[3][0] + " And to laugh again."
    assert "REMOVED" not in "".join(parts.values())


def test_words_typed_onto_the_prompt_line_are_kept_without_the_prompt(demo_plan):
    _, data = kit_for(demo_plan)
    data = edit.typed_after_prompt(edit.write_part(data, 3, []), 3, "Sundays with the dog.")
    assert read_returned(demo_plan, data).parts()["my_hope"] == "Sundays with the dog."


def test_words_typed_over_the_prompt_in_its_grey_style_are_kept(demo_plan):
    _, data = kit_for(demo_plan)
    document = Document(io.BytesIO(edit.write_part(data, 3, [])))
    prompt = document.paragraphs[edit.heading_index(document, 3) + 1]
    assert prompt.style.name == PROMPT_STYLE
    prompt.text = "I hope you will teach my daughter to fish."
    out = io.BytesIO()
    document.save(out)
    parts = read_returned(demo_plan, out.getvalue()).parts()
    assert parts["my_hope"] == "I hope you will teach my daughter to fish."


def test_line_breaks_tabs_and_any_script_survive(demo_plan):
    person = Participant(
        name="Zoë Łukasz",
        roles=[Role.SPEAKER],
        letter=Letter(
            love_and_memory="Line one\nline two\ttabbed",
            what_i_have_seen="Ελληνικά, 中文, עברית, emoji 🌲",
            my_hope="a & b < c > d \"quoted\" 'single'",
            the_ask="Will you go today?",
            status=LetterStatus.FINAL,
        ),
    )
    plan = Plan(participants=[person])
    returned = read_returned(plan, kit_bytes(plan, person, "docx"))
    assert returned.compare().changed_parts == []
    assert returned.parts()["love_and_memory"] == "Line one\nline two\ttabbed"


def test_applying_a_returned_kit_changes_the_letter_and_makes_it_a_draft(demo_plan):
    person, data = kit_for(demo_plan)
    assert person.letter.status == LetterStatus.FINAL
    kit_import = read_returned(demo_plan, written(data)).compare()
    assert kit_import.changed_parts == FIELDS
    apply_import(kit_import)
    assert person.letter.my_hope == NEW_WORDS[3][0]
    assert person.letter.status == LetterStatus.DRAFT


# --- when the parts cannot be told apart --------------------------------------------------


def test_a_missing_heading_is_asked_about_not_guessed(demo_plan):
    _, data = kit_for(demo_plan)
    document = Document(io.BytesIO(written(data)))
    heading = document.paragraphs[edit.heading_index(document, 3)]
    heading._p.getparent().remove(heading._p)
    out = io.BytesIO()
    document.save(out)
    returned = read_returned(demo_plan, out.getvalue())
    assert not returned.certain
    placement = returned.placement
    # What is certain stays placed; what might be part 2 or 3 is left for the person.
    assert placement.fields[: len(NEW_WORDS[1])] == ["love_and_memory"] * 2
    unplaced = [t for t, f in zip(placement.paragraphs, placement.fields, strict=True) if not f]
    assert unplaced == NEW_WORDS[2] + NEW_WORDS[3]
    with pytest.raises(PartsUnclear, match='"3. My hope" is missing'):
        returned.parts()


def test_text_typed_on_the_first_page_is_asked_about(demo_plan):
    _, data = kit_for(demo_plan)
    document = Document(io.BytesIO(data))
    document.paragraphs[2].insert_paragraph_before("Dear Danny, I wrote this at night.")
    out = io.BytesIO()
    document.save(out)
    returned = read_returned(demo_plan, out.getvalue())
    assert not returned.certain
    assert returned.placement.paragraphs[0] == "Dear Danny, I wrote this at night."
    assert returned.placement.fields[0] is None


def test_a_kit_without_its_link_is_found_by_its_code(demo_plan):
    person, data = kit_for(demo_plan, 2)
    stripped = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(stripped, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "docProps/custom.xml":
                continue
            if info.filename == "docProps/core.xml":
                content = content.replace(person.id.encode(), b"")
            target.writestr(info, content)
    assert read_returned(demo_plan, stripped.getvalue()).participant is person


def test_a_kit_with_neither_link_nor_code_asks_whose_it_is(demo_plan):
    person, data = kit_for(demo_plan, 2)
    document = Document(io.BytesIO(data))
    for paragraph in document.paragraphs:
        if "Kit code" in paragraph.text:
            paragraph.text = ""
    document.sections[0].footer.paragraphs[0].text = ""
    document.core_properties.identifier = ""
    document.core_properties.comments = ""
    out = io.BytesIO()
    document.save(out)
    bare = out.getvalue().replace(b"InterventionPlannerLetterKit", b"SomethingElseEntirelyX")
    with pytest.raises(OwnerUnknown):
        read_returned(demo_plan, _rezip_without(out.getvalue(), "docProps/custom.xml"))
    assert read_returned(demo_plan, _rezip_without(bare, "docProps/custom.xml"), person)


def _rezip_without(data: bytes, name: str) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info))
    return out.getvalue()


_TYPED = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co")) | st.sampled_from("\n\t"),
    max_size=120,
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_TYPED, min_size=5, max_size=5))
def test_any_typed_words_round_trip_through_word(texts):
    from interventionplanner.output.kit_sections import Block, part_named, strip_prompt

    lines = [line for text in texts for line in text.split("\n")]
    assume(not any(part_named(Block(line)) for line in lines))  # a line that is a heading
    assume(all(strip_prompt(Block(line)) == line.strip() for line in lines))
    person = Participant(
        name="Sam", roles=[Role.SPEAKER], letter=Letter(**dict(zip(FIELDS, texts, strict=True)))
    )
    plan = Plan(participants=[person])
    returned = read_returned(plan, kit_bytes(plan, person, "docx"))
    assert returned.compare().changed_parts == []


def test_the_footer_code_finds_the_writer_when_all_else_is_gone(demo_plan):
    person, data = kit_for(demo_plan, 4)
    bare = edit.properties_stripped(edit.first_page_deleted(written(data)))
    assert kit_code(person.id).encode() not in bare  # the footer is packed: not in plain bytes
    returned = read_returned(demo_plan, bare)
    assert returned.participant is person
    assert returned.parts() == expected()
