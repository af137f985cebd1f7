"""The JSON Schema of a plan file, generated from the dataclasses so it never drifts.

`python -m interventionplanner.storage.schema > docs/plan.schema.json` refreshes the copy in
the docs; a test checks that copy is current.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from interventionplanner.domain import limits
from interventionplanner.domain import plan as domain
from interventionplanner.domain.plan import Plan
from interventionplanner.storage.codec import LOCAL_DATE, LOCAL_DATETIME
from interventionplanner.storage.migrations import FORMAT

# Ranges the app checks after reading (storage/planfile.reference_problems), stated here too.
_RANGES = {
    ("Plan", "reading_rate_wpm"): (domain.MIN_READING_RATE_WPM, domain.MAX_READING_RATE_WPM),
    ("Participant", "reading_rate_wpm"): (
        domain.MIN_READING_RATE_WPM,
        domain.MAX_READING_RATE_WPM,
    ),
    ("Participant", "reading_size_pt"): (domain.MIN_READING_SIZE_PT, domain.MAX_READING_SIZE_PT),
    ("Meeting", "length_minutes"): (0, 24 * 60),
    ("Meeting", "gather_minutes_before"): (0, 24 * 60),
    ("Meeting", "calendar_sequence"): (0, None),
}
_PATTERNS = {"date-time": LOCAL_DATETIME, "date": LOCAL_DATE}


def plan_file_schema() -> dict[str, Any]:
    plan = TypeAdapter(Plan).json_schema()
    definitions = plan.pop("$defs", {})
    definitions["Plan"] = plan
    for name, definition in definitions.items():
        _tighten(name, definition)
    _add_limits(definitions)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Intervention Planner plan file (.ivplan)",
        "type": "object",
        "required": ["format", "version", "plan"],
        "properties": {
            "format": {"const": FORMAT},
            "version": {"type": "string", "pattern": r"^\d{1,4}\.\d{1,4}$"},
            "plan": {"$ref": "#/$defs/Plan"},
        },
        "additionalProperties": False,
        "$defs": definitions,
    }


def _tighten(name: str, definition: dict[str, Any]) -> None:
    """What pydantic's schema leaves loose, stated as the app reads it: no unknown fields,
    local times as an exact pattern (pydantic's `format: date-time` would demand an offset,
    which the app refuses), and the ranges the app checks."""
    if "properties" not in definition:
        return
    definition["additionalProperties"] = False
    for field_name, prop in definition["properties"].items():
        for option in prop.get("anyOf", [prop]):
            kind = option.pop("format", None)
            if kind in _PATTERNS:
                option["pattern"] = _PATTERNS[kind]
            bounds = _RANGES.get((name, field_name))
            if bounds and option.get("type") == "integer":
                low, high = bounds
                option["minimum"] = low
                if high is not None:
                    option["maximum"] = high


# A date or date and time whose year is within limits.MIN_YEAR .. MAX_YEAR (2000 to 2100).
_YEAR_PATTERN = r"^(20[0-9]{2}|2100)-"


def _add_limits(definitions: dict[str, Any]) -> None:
    """maxLength, maxItems and the years' range from domain/limits.py, so the schema says
    what reading a file checks."""
    for owner, found in limits.schema_limits().items():
        properties = definitions[owner]["properties"]
        for name, bounds in found.items():
            prop = properties[name]
            if "maxLength" in bounds:
                _string_branch(prop)["maxLength"] = bounds["maxLength"]
            if "maxItems" in bounds:
                prop["maxItems"] = bounds["maxItems"]
            if "itemsMaxLength" in bounds:
                prop["items"]["maxLength"] = bounds["itemsMaxLength"]
    for cls, names in limits.DATE_FIELDS.items():
        for name in names:
            branch = _string_branch(definitions[cls.__name__]["properties"][name])
            # The exact local-time pattern stays; the years' range is a second one beside it.
            branch.setdefault("allOf", []).append({"pattern": _YEAR_PATTERN})


def _string_branch(prop: dict[str, Any]) -> dict[str, Any]:
    """The part of a property that describes its text: itself, or its anyOf string branch."""
    for branch in prop.get("anyOf", []):
        if branch.get("type") == "string":
            return branch
    return prop


if __name__ == "__main__":
    print(json.dumps(plan_file_schema(), indent=2, ensure_ascii=False))  # noqa: T201
