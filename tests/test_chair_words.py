"""The chairperson's opening and closing words, started from a template."""

from __future__ import annotations

import copy

import pytest

from interventionplanner.domain.plan import MeetingStyle, Participant, Plan, Role
from interventionplanner.domain.speaking import count_words
from interventionplanner.output.chair_words import (
    CLOSING_TEMPLATE,
    OPENING_TEMPLATE,
    TemplateProblem,
    chair_words_context,
    closing_words,
    opening_words,
)
from interventionplanner.output.templates import _check_plain

WORDS = (opening_words, closing_words)


def test_opening_words_for_the_example_plan(demo_plan):
    text = opening_words(demo_plan)
    assert text.startswith("Danny, thank you for being here")
    assert "we love you" in text
    assert "Evelyn cannot be with us today, so Ray will read Evelyn's letter." in text
    assert "listen until everyone has read" in text
    assert "{" not in text
    assert "}" not in text


def test_closing_words_for_the_example_plan(demo_plan):
    text = closing_words(demo_plan)
    assert text.startswith("Danny, thank you for listening")
    assert "Help is ready for you today." in text
    assert "A bed is waiting for you at Cedar Hollow Recovery Center" in text
    assert "Claire will go with you" in text
    assert "1:30 p.m." in text  # the admission time
    assert text.endswith("Will you accept this help today?")


@pytest.mark.parametrize("words", WORDS)
def test_an_empty_plan_renders_gracefully(words):
    text = words(Plan())
    assert text.startswith("Thank you for")
    assert "  " not in text
    assert " ," not in text
    assert " ." not in text
    assert "(no name)" not in text


def test_missing_names_have_kind_fallbacks():
    text = closing_words(Plan())
    assert "at the treatment centre." in text
    assert "Someone will go with you" in text


@pytest.mark.parametrize("words", WORDS)
@pytest.mark.parametrize("which", ["example", "empty"])
def test_word_counts_suit_a_short_calm_statement(demo_plan, words, which):
    plan = demo_plan if which == "example" else Plan()
    assert 60 <= count_words(words(plan)) <= 160


@pytest.mark.parametrize("words", WORDS)
def test_paragraphs_are_apart_by_one_blank_line(demo_plan, words):
    text = words(demo_plan)
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 3
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)


def test_a_surprise_meeting_opens_gently(demo_plan):
    demo_plan.meeting.style = MeetingStyle.SURPRISE
    text = opening_words(demo_plan)
    assert "not what you expected today" in text
    assert "agreeing to hear us out" not in text


def test_the_chairperson_driving_says_i(demo_plan):
    demo_plan.treatment.driver_id = demo_plan.chairperson.id
    demo_plan.treatment.bag_packed = True
    text = closing_words(demo_plan)
    assert "I will go with you" in text
    assert "Your bag is already packed." in text


def test_an_absent_writer_without_a_reader():
    evelyn = Participant(name="Evelyn Doyle", roles=[Role.ABSENT_WRITER])
    plan = Plan(participants=[Participant(name="Ray", roles=[Role.SPEAKER]), evelyn])
    assert "so one of us will read Evelyn's letter." in opening_words(plan)


def test_the_context_is_plain_data_and_leaves_the_plan_alone(demo_plan):
    before = copy.deepcopy(demo_plan)
    context = chair_words_context(demo_plan)
    _check_plain(context, "context")
    assert context["loved_one"] == "Danny"
    assert context["chairperson"] == "Margaret"
    assert context["driver"] == "Claire"
    assert context["absent_letters"] == [{"writer": "Evelyn", "reader": "Ray"}]
    opening_words(demo_plan)
    closing_words(demo_plan)
    assert demo_plan == before
    assert demo_plan.opening_words == before.opening_words  # never overwritten


@pytest.mark.parametrize(
    ("words", "name"), [(opening_words, OPENING_TEMPLATE), (closing_words, CLOSING_TEMPLATE)]
)
def test_a_users_own_copy_is_used(tmp_path, demo_plan, words, name):
    (tmp_path / name).write_text("Dear {{ loved_one }}, from {{ chairperson }}.\n", "utf-8")
    assert words(demo_plan, user_dir=tmp_path) == "Dear Danny, from Margaret."


def test_a_broken_user_copy_is_a_plain_problem(tmp_path, demo_plan):
    (tmp_path / OPENING_TEMPLATE).write_text("{{ nothing_here }}\n", "utf-8")
    with pytest.raises(TemplateProblem, match="your copy"):
        opening_words(demo_plan, user_dir=tmp_path)
