"""Turn a Plan into JSON-ready data and back, checking every field's type on the way in.

pydantic walks the dataclasses; this module only turns its findings into plain words.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError

from interventionplanner.domain import limits
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


def plan_from_json(text: str) -> Plan:
    """Build a Plan from the JSON text of the "plan" part; raises PlanDataError, for a field
    of the wrong type or one beyond the limits in domain/limits.py."""
    try:
        plan = _adapter().validate_json(text, strict=True)
    except ValidationError as error:
        raise PlanDataError([_problem(e) for e in error.errors(include_input=False)]) from None
    breaches = limits.check(plan)
    if breaches:
        raise PlanDataError([Problem(b.path, b.message) for b in breaches])
    return plan


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
