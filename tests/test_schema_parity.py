"""docs/plan.schema.json and the app give the same verdict: on the example, and on bad plans.

jsonschema checks with format checking on, so a `format: date-time` that demands an offset
(which the app refuses) would fail the example here. What the schema cannot say (links
between ids, whether a zone exists) is checked by the app alone, and is not in this set.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from interventionplanner import paths
from interventionplanner.storage.errors import PlanFileError
from interventionplanner.storage.planfile import load_plan

DOCS = Path(__file__).parents[1] / "docs"


def _validator() -> Draft202012Validator:
    schema = json.loads((DOCS / "plan.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _example() -> dict:
    return json.loads(paths.resource(paths.EXAMPLE_PLAN).read_text("utf-8"))


def _app_accepts(content: dict, tmp_path: Path) -> bool:
    path = tmp_path / "plan.ivplan"
    path.write_text(json.dumps(content, ensure_ascii=False), "utf-8")
    try:
        load_plan(path)
    except PlanFileError:
        return False
    return True


def _set(*keys_and_value) -> Callable[[dict], None]:
    *keys, value = keys_and_value

    def change(content: dict) -> None:
        target = content
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return change


def _drop(*keys) -> Callable[[dict], None]:
    def change(content: dict) -> None:
        target = content
        for key in keys[:-1]:
            target = target[key]
        del target[keys[-1]]

    return change


BAD = {
    "time-with-offset": _set("plan", "meeting", "starts_at", "2027-01-16T10:00:00+05:00"),
    "time-in-utc": _set("plan", "meeting", "starts_at", "2027-01-16T10:00:00Z"),
    "time-with-a-space": _set("plan", "meeting", "starts_at", "2027-01-16 10:00:00"),
    "time-in-words": _set("plan", "meeting", "starts_at", "next Tuesday"),
    "month-13": _set("plan", "treatment", "admission_at", "2027-13-01T10:00:00"),
    "rehearsal-date-only": _set("plan", "meeting", "rehearsal_at", "2027-01-16"),
    "due-date-written-out": _set("plan", "tasks", 0, "due", "16/01/2027"),
    "unknown-plan-field": _set("plan", "mood", "hopeful"),
    "unknown-meeting-field": _set("plan", "meeting", "dress_code", "casual"),
    "unknown-letter-field": _set("plan", "participants", 0, "letter", "ps", "x"),
    "unknown-top-level-field": _set("notes", "x"),
    "style-not-known": _set("plan", "meeting", "style", "ambush"),
    "rsvp-not-known": _set("plan", "participants", 0, "rsvp", "perhaps"),
    "reading-rate-too-fast": _set("plan", "reading_rate_wpm", 1000),
    "speaker-rate-too-slow": _set("plan", "participants", 0, "reading_rate_wpm", 5),
    "reading-size-too-large": _set("plan", "participants", 0, "reading_size_pt", 30),
    "reading-size-too-small": _set("plan", "participants", 0, "reading_size_pt", 9),
    "negative-length": _set("plan", "meeting", "length_minutes", -5),
    "length-as-text": _set("plan", "meeting", "length_minutes", "60"),
    "gather-a-week-early": _set("plan", "meeting", "gather_minutes_before", 99999),
    "negative-sequence": _set("plan", "meeting", "calendar_sequence", -1),
    "yes-as-text": _set("plan", "treatment", "bed_confirmed", "yes"),
    "zone-as-number": _set("plan", "meeting", "time_zone", 5),
    "version-in-words": _set("version", "one point three"),
    "another-format": _set("format", "somethingelse.plan"),
    "no-plan": _drop("plan"),
}


def test_the_example_passes_both(tmp_path):
    example = _example()
    assert list(_validator().iter_errors(example)) == []
    assert _app_accepts(example, tmp_path)


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_plan_is_refused_by_both(name, tmp_path):
    content = copy.deepcopy(_example())
    BAD[name](content)
    schema_says = _validator().is_valid(content)
    app_says = _app_accepts(content, tmp_path)
    assert (schema_says, app_says) == (False, False)


def test_every_object_in_the_schema_refuses_unknown_fields():
    schema = json.loads((DOCS / "plan.schema.json").read_text("utf-8"))
    objects = [d for d in schema["$defs"].values() if "properties" in d] + [schema]
    assert objects
    assert all(d.get("additionalProperties") is False for d in objects)
    assert '"format": "date-time"' not in json.dumps(schema)
