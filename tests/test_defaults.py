"""What a new plan starts with: the suggested checklist and answers to likely objections."""

from __future__ import annotations

import json

import pytest

from interventionplanner import paths
from interventionplanner.domain.plan import Objection, Plan, Task
from interventionplanner.i18n import in_language
from interventionplanner.storage import load_plan, save_plan
from interventionplanner.storage.coach_rules import load_coach
from interventionplanner.storage.defaults import (
    DEFAULT_OBJECTIONS,
    DEFAULT_TASKS,
    default_objections,
    default_task_entries,
    default_tasks,
    missing_default_objections,
    missing_default_tasks,
    new_plan,
)

SOURCES = {"Love First checklist", "Mayo Clinic"}


def test_a_new_plan_has_the_suggested_tasks_but_no_answers_it_never_chose():
    plan = new_plan()
    assert plan.tasks == default_tasks()
    assert plan.objections == []  # suggestions until the family adds them
    assert len(plan.tasks) >= 10
    assert len(default_objections()) >= 6
    # Everything else is as empty as a plain new plan.
    assert Plan(tasks=plan.tasks) == plan


def test_no_suggested_answer_claims_an_arrangement_the_family_has_not_made():
    from interventionplanner.domain.preflight import blanks

    for objection in default_objections():
        said = objection.answer.lower()
        assert "already arranged" not in said, said
        assert "already worked out" not in said, said
        if "look after" in said or "cost" in said:
            assert blanks(objection.answer), said


def test_tasks_start_unowned_undated_and_not_done():
    for task in default_tasks():
        assert isinstance(task, Task)
        assert task.item.strip() == task.item
        assert task.item
        assert (task.owner_id, task.due, task.done) == (None, None, False)


def test_objections_have_words_and_a_short_kind_answer():
    for objection in default_objections():
        assert isinstance(objection, Objection)
        assert objection.objection.strip()
        assert objection.answer.strip()
        assert len(objection.answer.split()) <= 45


def test_objections_cover_the_common_ones():
    data = json.loads(paths.resource(DEFAULT_OBJECTIONS).read_text("utf-8"))
    topics = {entry["topic"] for entry in data["objections"]}
    assert {"work", "children", "pets", "money", "stop_alone", "not_today"} <= topics


@pytest.mark.parametrize("language", ["en", "es"])
def test_answers_pass_the_gentle_language_coach(language):
    coach = load_coach(language)
    with in_language(language):
        objections = default_objections()
    for objection in objections:
        assert coach.find(objection.answer) == [], objection.answer


def test_every_default_task_has_a_source():
    entries = default_task_entries()
    assert len(entries) == len(default_tasks())
    for entry in entries:
        named = {part.strip() for part in entry["source"].split(";")}
        assert named, entry
        assert named <= SOURCES, entry


def test_the_checklist_mirrors_the_domain_list():
    items = " ".join(task.item for task in default_tasks()).lower()
    for words in (
        "treatment centre",
        "drives",
        "travel",
        "prescription",
        "objections",
        "date",
        "private place",
        "sits",
        "order of the letters",
        "rehearsal",
    ):
        assert words in items, words
    # The admission has its own tick boxes on the Treatment tab: not repeated here.
    for words in ("admission", "insurance or payment", "pre-intake", "bag"):
        assert words not in items, words


def test_task_sources_are_described_in_the_file():
    data = json.loads(paths.resource(DEFAULT_TASKS).read_text("utf-8"))
    assert set(data["sources"]) == SOURCES


def test_fresh_lists_each_call():
    first, second = default_tasks(), default_tasks()
    assert first == second
    assert first is not second
    assert all(a is not b for a, b in zip(first, second, strict=True))
    first[0].done = True
    first.clear()
    assert default_tasks() == second
    assert not second[0].done
    objections = default_objections()
    objections[0].answer = "changed"
    assert default_objections()[0].answer != "changed"
    entries = default_task_entries()
    entries[0]["item"] = "changed"
    assert default_task_entries()[0]["item"] != "changed"
    assert new_plan().tasks is not new_plan().tasks


def test_missing_defaults_offer_only_what_the_plan_lacks():
    plan = new_plan()
    assert missing_default_tasks(plan) == []
    assert missing_default_objections(plan) == default_objections()
    plan.objections = default_objections()
    assert missing_default_objections(plan) == []
    removed = plan.tasks.pop(2)
    plan.tasks[0].item = "  " + plan.tasks[0].item.upper() + " "  # the same item, retyped
    plan.tasks.append(Task(item="Book the babysitter"))
    assert missing_default_tasks(plan) == [removed]
    plan.objections = []
    assert missing_default_objections(plan) == default_objections()


@pytest.mark.parametrize("make", [new_plan, Plan])
def test_a_new_plan_saves_and_opens_unchanged(tmp_path, make):
    path = tmp_path / "new.ivplan"
    plan = make()
    save_plan(plan, path)
    assert load_plan(path).plan == plan


# --- issue 12, point 5: the checklist ticks what the plan already shows -----------------------


def test_the_checklist_ticks_what_the_plan_shows_is_done():
    from interventionplanner.domain.plan import Participant, Role
    from interventionplanner.storage.defaults import tick_what_is_done

    plan = new_plan()
    assert tick_what_is_done(plan) == []  # an empty plan shows nothing done
    driver = Participant(name="Ben", roles=[Role.SPEAKER])
    plan.participants.append(driver)
    plan.treatment.facility = "Cedar Hollow"
    plan.treatment.driver_id = driver.id
    plan.speaker_order = [driver.id]
    plan.closer_id = driver.id
    ticked = {task.item for task in tick_what_is_done(plan)}
    assert ticked == {
        "Choose the treatment centre",
        "Decide who drives to the centre",
        "Agree the order of the letters and choose the closer",
    }
    assert {t.item for t in plan.tasks if t.done} == ticked
    assert tick_what_is_done(plan) == []  # once is enough


def test_a_reworded_item_is_ticked_by_hand_only():
    from interventionplanner.storage.defaults import tick_what_is_done

    plan = new_plan()
    plan.treatment.facility = "Cedar Hollow"
    centre = next(t for t in plan.tasks if t.item == "Choose the treatment centre")
    centre.item = "Pick a place"
    assert tick_what_is_done(plan) == []
    centre.item = "  choose THE treatment centre "
    assert tick_what_is_done(plan) == [centre]


def test_suggested_answers_with_a_blank_leave_the_objections_item_open():
    from interventionplanner.storage.defaults import tick_what_is_done

    plan = new_plan()
    plan.objections = default_objections()
    assert "Prepare kind answers to likely objections" not in {
        t.item for t in tick_what_is_done(plan)
    }
    plan.objections = [o for o in plan.objections if "[" not in o.answer]
    assert "Prepare kind answers to likely objections" in {t.item for t in tick_what_is_done(plan)}
