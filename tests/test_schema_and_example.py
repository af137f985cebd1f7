"""The documented schema is current, and the bundled example follows it and reads well."""

import json
from pathlib import Path

from jsonschema import Draft202012Validator

from interventionplanner import paths
from interventionplanner.domain.plan import Role
from interventionplanner.domain.speaking import count_words
from interventionplanner.storage.planfile import load_plan, reference_problems
from interventionplanner.storage.schema import plan_file_schema

DOCS = Path(__file__).parents[1] / "docs"


def test_the_schema_in_the_docs_is_current():
    documented = json.loads((DOCS / "plan.schema.json").read_text("utf-8"))
    assert documented == plan_file_schema(), (
        "docs/plan.schema.json is out of date: run "
        "`python -m interventionplanner.storage.schema > docs/plan.schema.json`"
    )


def test_the_example_follows_the_documented_schema():
    schema = json.loads((DOCS / "plan.schema.json").read_text("utf-8"))
    example = json.loads(paths.resource(paths.EXAMPLE_PLAN).read_text("utf-8"))
    errors = list(Draft202012Validator(schema).iter_errors(example))
    assert errors == []


def test_the_schema_rejects_what_the_reader_rejects():
    schema = json.loads((DOCS / "plan.schema.json").read_text("utf-8"))
    example = json.loads(paths.resource(paths.EXAMPLE_PLAN).read_text("utf-8"))
    example["plan"]["meeting"]["style"] = "ambush"
    assert not Draft202012Validator(schema).is_valid(example)


def test_the_example_is_complete_and_kind():
    plan = load_plan(paths.resource(paths.EXAMPLE_PLAN)).plan
    assert plan.loved_one.substances == ["alprazolam"]
    assert 5 <= len(plan.participants) <= 6
    assert reference_problems(plan) == []
    readers = plan.speaking_order()
    assert len(readers) >= 5
    for person in readers:
        words = count_words(person.letter.text())
        assert 250 <= words <= 450, f"{person.name}'s letter has {words} words"
        assert all(part.strip() for part in person.letter.parts())
    assert plan.with_role(Role.CHAIRPERSON)
    assert plan.with_role(Role.ABSENT_WRITER)
    assert plan.treatment.supervised_withdrawal_arranged
    assert plan.objections
    assert plan.if_yes.strip()
    assert plan.if_no.strip()
    assert plan.opening_words.strip()
    assert plan.closing_words.strip()


def test_the_example_letters_avoid_labels():
    """The example teaches by showing: no labels a family is asked not to use."""
    plan = load_plan(paths.resource(paths.EXAMPLE_PLAN)).plan
    labels = {"addict", "junkie", "abuser", "druggie", "crackhead", "drunk", "dirty"}
    for person in plan.participants:
        words = {w.strip(".,!?;:'\"").lower() for w in person.letter.text().split()}
        assert not (words & labels), f"{person.name}'s letter uses {words & labels}"
