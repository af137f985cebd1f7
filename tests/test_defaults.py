"""What a new plan starts with: the suggested checklist and answers to likely objections."""

from __future__ import annotations

import json

import pytest

from interventionplanner import paths
from interventionplanner.domain.plan import Objection, Plan, Task
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


def test_a_new_plan_has_the_suggested_tasks_and_objections():
    plan = new_plan()
    assert plan.tasks == default_tasks()
    assert plan.objections == default_objections()
    assert len(plan.tasks) >= 13
    assert len(plan.objections) >= 6
    # Everything else is as empty as a plain new plan.
    assert Plan(tasks=plan.tasks, objections=plan.objections) == plan


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


def test_answers_pass_the_gentle_language_coach():
    coach = load_coach()
    for objection in default_objections():
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
        "admission",
        "insurance or payment",
        "pre-intake",
        "bag",
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
