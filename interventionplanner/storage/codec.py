"""Turn a Plan into JSON-ready data and back, checking every field's type on the way in.

pydantic walks the dataclasses; this module only turns its findings into plain words.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from datetime import date, datetime
from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError

from interventionplanner.domain.plan import Plan
from interventionplanner.storage.errors import Problem

_PLAIN = {
    "string_type": "should be text",
    "int_type": "should be a whole number",
    "int_from_float": "should be a whole number",
    "bool_type": "should be true or false",
    "list_type": "should be a list",
    "dataclass_type": "should be a group of fields",
    "dict_type": "should be a group of fields",
    "model_type": "should be a group of fields",
    "datetime_type": "should be a date and time, like 2027-01-16T10:00:00",
    "datetime_parsing": "should be a date and time, like 2027-01-16T10:00:00",
    "datetime_from_date_parsing": "should be a date and time, like 2027-01-16T10:00:00",
    "date_type": "should be a date, like 2027-01-16",
    "date_parsing": "should be a date, like 2027-01-16",
    "date_from_datetime_parsing": "should be a date, like 2027-01-16",
    "date_from_datetime_inexact": "should be a date, like 2027-01-16",
    "missing": "is missing",
}


@cache
def _adapter() -> TypeAdapter[Plan]:
    return TypeAdapter(Plan)


def plan_to_data(plan: Plan) -> dict[str, Any]:
    return _adapter().dump_python(plan, mode="json")


# Local times stated exactly, as the schema states them: no offset, no "Z", a "T" between.
_DAY = r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
LOCAL_DATETIME = rf"^{_DAY}T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{{1,6}})?)?$"
LOCAL_DATE = rf"^{_DAY}$"
_PATTERNS = {datetime: re.compile(LOCAL_DATETIME), date: re.compile(LOCAL_DATE)}
_PATTERN_WORDS = {
    datetime: "should be a local date and time, without a time zone, like 2027-01-16T10:00:00",
    date: "should be a date, like 2027-01-16",
}


def shape_problems(data: Any, cls: type = Plan, where: str = "plan") -> list[Problem]:
    """What pydantic lets by: fields this version does not know, and dates or times not
    written exactly as the schema says. (Types are pydantic's job.)"""
    if not isinstance(data, dict) or not dataclasses.is_dataclass(cls):
        return []
    hints = typing.get_type_hints(cls)
    problems = [
        Problem(f"{where}.{key}", "is not a field this version of the app knows")
        for key in data
        if key not in hints
    ]
    for key, value in data.items():
        if key in hints:
            problems += _value_problems(value, hints[key], f"{where}.{key}")
    return problems


def _value_problems(value: Any, hint: Any, where: str) -> list[Problem]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _value_problems(value, inner[0], where) if len(inner) == 1 else []
    if origin is list and isinstance(value, list):
        (item,) = typing.get_args(hint)
        found: list[Problem] = []
        for i, element in enumerate(value):
            found += _value_problems(element, item, f"{where}[{i}]")
        return found
    if dataclasses.is_dataclass(hint):
        return shape_problems(value, hint, where)
    pattern = _PATTERNS.get(hint)
    if pattern is not None and isinstance(value, str) and not pattern.match(value):
        return [Problem(where, _PATTERN_WORDS[hint])]
    return []


def plan_from_data(data: Any, *, known_fields_only: bool = True) -> Plan:
    """Build a Plan from the decoded "plan" part; raises PlanDataError. A file from a newer
    minor version may hold fields this one does not know: pass known_fields_only=False."""
    problems = shape_problems(data)
    if not known_fields_only:
        problems = [p for p in problems if "is not a field" not in p.message]
    if problems:
        raise PlanDataError(problems)
    return plan_from_json(json.dumps(data, ensure_ascii=False))


def plan_from_json(text: str) -> Plan:
    """Build a Plan from the JSON text of the "plan" part; raises PlanDataError."""
    try:
        return _adapter().validate_json(text, strict=True)
    except ValidationError as error:
        raise PlanDataError([_problem(e) for e in error.errors(include_input=False)]) from None


class PlanDataError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(problems)


def _problem(error: Any) -> Problem:
    kind = error["type"]
    if kind == "enum":
        message = f"should be one of: {error['ctx']['expected']}"
    else:
        message = _PLAIN.get(kind, "has a value of the wrong kind")
    return Problem(_where(error["loc"]), message)


def _where(loc: tuple[Any, ...]) -> str:
    where = "plan"
    for part in loc:
        where += f"[{part}]" if isinstance(part, int) else f".{part}"
    return where
