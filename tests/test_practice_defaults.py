"""My practice's defaults: kept per user, shared as one checked file, seeding a new plan."""

from __future__ import annotations

import json

import pytest

from interventionplanner.domain.practice import Centre, PracticeDefaults
from interventionplanner.storage.checked import CheckedFileError
from interventionplanner.storage.defaults import new_plan
from interventionplanner.storage.practice_defaults import (
    defaults_path,
    export_defaults,
    import_defaults,
    load_defaults,
    save_defaults,
)

OURS = PracticeDefaults(
    checklist=["Call the admissions nurse the day before", "Book the quiet room"],
    objections=[("I can't leave the dog", "Your sister will look after Biscuit.")],
    opening_words="Thank you all for coming. We are here because we love you.",
    closing_words="The car is outside, and a bed is ready.",
    centres=[Centre("Bayview Recovery", "12 Shore Road", "555-0199", "Bring photo ID.")],
    letter_prompts={"the_ask": "Ask plainly, once, for today."},
)


def test_defaults_imported_from_a_file_seed_a_new_plan(tmp_path):
    shared = tmp_path / "harbor.ivdefaults"
    save_defaults(OURS, tmp_path / "colleague")
    export_defaults(shared, tmp_path / "colleague")
    mine = tmp_path / "mine"
    assert import_defaults(shared, mine) == OURS
    plan = new_plan(mine)
    items = [task.item for task in plan.tasks]
    assert "Book the quiet room" in items
    assert items[: len(new_plan(tmp_path / "nobody").tasks)] == [
        t.item for t in new_plan(tmp_path / "nobody").tasks
    ]  # the app's own checklist first, then the practice's
    assert [(o.objection, o.answer) for o in plan.objections] == OURS.objections
    assert plan.opening_words == OURS.opening_words
    assert plan.closing_words == OURS.closing_words
    assert plan.treatment.facility == ""  # a centre is offered, never chosen for them


def test_a_checklist_item_the_app_already_has_is_not_added_twice(tmp_path):
    first = new_plan(tmp_path / "none").tasks[0].item
    save_defaults(PracticeDefaults(checklist=[first.upper()]), tmp_path)
    items = [t.item.casefold() for t in new_plan(tmp_path).tasks]
    assert items.count(first.casefold()) == 1


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["defaults"].update(extra=1), "defaults.extra"),
        (lambda d: d["defaults"]["objections"][0].update(objection=7), "objection"),
        (lambda d: d["defaults"]["centres"][0].update(phone="9" * 41), "phone"),
        (lambda d: d.update(format="interventionplanner.plan"), "format"),
        (lambda d: d["defaults"].update(checklist=["x"] * 201), "checklist"),
    ],
)
def test_a_bad_file_gets_a_clear_message_and_changes_nothing(tmp_path, change, where):
    save_defaults(OURS, tmp_path / "colleague")
    shared = export_defaults(tmp_path / "bad.ivdefaults", tmp_path / "colleague")
    content = json.loads(shared.read_text("utf-8"))
    change(content)
    shared.write_text(json.dumps(content), "utf-8")
    mine = tmp_path / "mine"
    save_defaults(PracticeDefaults(checklist=["Mine"]), mine)
    before = defaults_path(mine).read_bytes()
    with pytest.raises(CheckedFileError) as error:
        import_defaults(shared, mine)
    assert where in error.value.problems[0].where
    assert "bad.ivdefaults" in str(error.value)
    assert defaults_path(mine).read_bytes() == before


def test_a_file_that_is_not_json_is_refused_plainly(tmp_path):
    bad = tmp_path / "bad.ivdefaults"
    bad.write_bytes(b'{"format": "interventionplanner.practice-defaults", "version": 1, ')
    with pytest.raises(CheckedFileError, match="cut off"):
        import_defaults(bad, tmp_path / "mine")
    assert not defaults_path(tmp_path / "mine").exists()


def test_a_damaged_defaults_file_starts_a_plain_plan(tmp_path):
    defaults_path(tmp_path).parent.mkdir(parents=True, exist_ok=True)
    defaults_path(tmp_path).write_text("{", "utf-8")
    assert new_plan(tmp_path) == new_plan(tmp_path / "none")
    assert load_defaults(tmp_path / "none") == PracticeDefaults()
