"""The JSON Schema of a plan file, generated from the dataclasses so it never drifts.

`python -m interventionplanner.storage.schema > docs/plan.schema.json` refreshes the copy in
the docs; a test checks that copy is current.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from interventionplanner.domain.plan import Plan
from interventionplanner.storage.migrations import FORMAT


def plan_file_schema() -> dict[str, Any]:
    plan = TypeAdapter(Plan).json_schema()
    definitions = plan.pop("$defs", {})
    definitions["Plan"] = plan
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


if __name__ == "__main__":
    print(json.dumps(plan_file_schema(), indent=2, ensure_ascii=False))  # noqa: T201
