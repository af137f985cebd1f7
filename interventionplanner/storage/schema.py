"""The JSON Schema of a plan file, generated from the dataclasses so it never drifts.

`python -m interventionplanner.storage.schema > docs/plan.schema.json` refreshes the copy in
the docs; a test checks that copy is current.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from interventionplanner.domain import limits
from interventionplanner.domain.plan import Plan
from interventionplanner.storage.migrations import FORMAT


def plan_file_schema() -> dict[str, Any]:
    plan = TypeAdapter(Plan).json_schema()
    definitions = plan.pop("$defs", {})
    definitions["Plan"] = plan
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
        "$defs": definitions,
    }


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
            _string_branch(definitions[cls.__name__]["properties"][name])["pattern"] = _YEAR_PATTERN


def _string_branch(prop: dict[str, Any]) -> dict[str, Any]:
    """The part of a property that describes its text: itself, or its anyOf string branch."""
    for branch in prop.get("anyOf", []):
        if branch.get("type") == "string":
            return branch
    return prop


if __name__ == "__main__":
    print(json.dumps(plan_file_schema(), indent=2, ensure_ascii=False))  # noqa: T201
