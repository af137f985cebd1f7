"""A letter as it is read aloud, and the bottom line kept on a page of its own."""

from __future__ import annotations

import copy

import pytest

from interventionplanner.domain.letter_parts import ALL_PARTS, LETTER_PARTS
from interventionplanner.domain.plan import Letter, Participant, Plan, Role
from interventionplanner.output.letters import (
    letter_context,
    render_bottom_line,
    render_letter,
)
from interventionplanner.output.templates import TemplateProblem, render

BOTTOM_LINE_MARK = "Bottom line — read only if help is refused"


def person(name="Sam Rivera", roles=(Role.SPEAKER,), **letter) -> Participant:
    return Participant(name=name, roles=list(roles), letter=Letter(**letter))


@pytest.mark.parametrize("index", range(6))
def test_each_demo_letter_reads_as_one_letter_without_its_bottom_line(demo_plan, index):
    writer = demo_plan.participants[index]
    text = render_letter(demo_plan, writer)
    assert text.splitlines()[0].startswith(f"Letter from {writer.name}")
    body = text.split("\n", 2)[2]
    assert body == writer.letter.text() + "\n"  # the four parts, in order, as one letter
    for part in ALL_PARTS:
        assert part.heading not in text  # no headings are read aloud
    if writer.letter.bottom_line:
        assert writer.letter.bottom_line not in text
    assert BOTTOM_LINE_MARK not in text
    assert "{{" not in text
    assert "{%" not in text


def test_an_absent_writers_letter_names_who_reads_it(demo_plan):
    evelyn = next(p for p in demo_plan.participants if p.name == "Evelyn Doyle")
    assert evelyn.has_role(Role.ABSENT_WRITER)
    assert render_letter(demo_plan, evelyn).startswith(
        "Letter from Evelyn Doyle, read by Ray Doyle\n\n"
    )
    assert letter_context(demo_plan, evelyn)["reader"] == "Ray Doyle"


def test_an_absent_writer_without_a_reader_yet(demo_plan):
    writer = person("Ana", roles=[Role.ABSENT_WRITER], my_hope="I hope.")
    plan = Plan(participants=[writer])
    assert render_letter(plan, writer).startswith("Letter from Ana, to be read by someone else\n\n")


def test_a_reader_is_named_only_for_an_absent_writer():
    reader = person("Ray")
    writer = person("Bea", my_hope="I hope.")
    writer.read_by = reader.id  # left over from when Bea could not come
    plan = Plan(participants=[writer, reader])
    assert render_letter(plan, writer).splitlines()[0] == "Letter from Bea"


def test_blank_parts_are_left_out_cleanly():
    writer = person(
        love_and_memory="  I love you.\r\n\r\nYou taught me to swim.  ",
        what_i_have_seen=" \n\t ",
        my_hope="",
        the_ask="Will you go today?",
        bottom_line="I will stop lending money.",
    )
    text = render_letter(Plan(participants=[writer]), writer)
    assert text == (
        "Letter from Sam Rivera\n\nI love you.\n\nYou taught me to swim.\n\nWill you go today?\n"
    )


def test_a_letter_not_yet_written():
    writer = person(bottom_line="only a bottom line")
    text = render_letter(Plan(participants=[writer]), writer)
    assert text == "Letter from Sam Rivera\n\n(Nothing has been written in this letter yet.)\n"


def test_a_nameless_writer():
    writer = person(name="  ", my_hope="I hope.")
    assert render_letter(Plan(participants=[writer]), writer).startswith(
        "Letter from a family member\n"
    )


def test_the_bottom_line_is_on_its_own_clearly_marked_page(demo_plan):
    margaret = demo_plan.participants[0]
    text = render_bottom_line(demo_plan, margaret)
    assert text == (f"{BOTTOM_LINE_MARK}\nFrom Margaret Marsh\n\n{margaret.letter.bottom_line}\n")
    for part_text in margaret.letter.parts():
        assert part_text.strip() not in text


def test_an_absent_writers_bottom_line_and_an_empty_one(demo_plan):
    evelyn = demo_plan.participants[3]
    assert render_bottom_line(demo_plan, evelyn) == (
        f"{BOTTOM_LINE_MARK}\nFrom Evelyn Doyle, read by Ray Doyle\n\n"
        "Evelyn Doyle has not written a bottom line.\n"
    )


def test_the_context_is_plain_data_with_everything_in_order(demo_plan):
    claire = demo_plan.participants[1]
    context = letter_context(demo_plan, claire)
    render("letter.txt.j2", context)  # refuses anything but plain data
    assert context["writer"] == "Claire Bennett"
    assert context["loved_one"] == "Danny"
    assert context["reader"] == ""
    assert [p["field"] for p in context["parts"]] == [p.field for p in LETTER_PARTS]
    assert [p["text"] for p in context["parts"]] == [t.strip() for t in claire.letter.parts()]
    assert context["letter"]["the_ask"] == claire.letter.the_ask.strip()
    assert context["bottom_line"] == claire.letter.bottom_line
    assert context["has_bottom_line"] is True
    assert context["status"] == "final"
    assert context["bottom_line_page"] is False


def test_rendering_changes_nothing_in_the_plan(demo_plan):
    before = copy.deepcopy(demo_plan)
    for writer in demo_plan.participants:
        render_letter(demo_plan, writer)
        render_bottom_line(demo_plan, writer)
    assert demo_plan == before


def test_a_users_template_cannot_put_the_bottom_line_on_the_letter_page(demo_plan, tmp_path):
    (tmp_path / "letter.txt.j2").write_text(
        "{{ writer }}|{{ bottom_line }}|{{ has_bottom_line }}\n", encoding="utf-8"
    )
    margaret = demo_plan.participants[0]
    assert render_letter(demo_plan, margaret, tmp_path) == "Margaret Marsh||False\n"
    assert margaret.letter.bottom_line in render_bottom_line(demo_plan, margaret, tmp_path)


def test_a_broken_user_template_is_a_template_problem(demo_plan, tmp_path):
    (tmp_path / "letter.txt.j2").write_text("{{ writer }\n", encoding="utf-8")
    with pytest.raises(TemplateProblem) as caught:
        render_letter(demo_plan, demo_plan.participants[0], tmp_path)
    assert caught.value.user_copy is True
    assert "letter.txt.j2" in str(caught.value)


def test_unicode_letters_render_as_written():
    words = "أحبك يا أخي، نحن معك\n\n我们爱你 ❤️ 👨‍👩‍👧‍👦\n\ne\u0301le\u0300ve"
    writer = person(name="Zoë Ñúñez", love_and_memory=words)
    text = render_letter(Plan(participants=[writer]), writer)
    assert text == f"Letter from Zoë Ñúñez\n\n{words}\n"
