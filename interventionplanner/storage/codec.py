"""Turn a Plan into JSON-ready data and back, checking every field's type on the way in.

pydantic walks the dataclasses; this module only turns its findings into plain words. Two
checks come before it, from a walk of the same dataclasses:

- **Unknown fields are refused, by name** (`plan.participants[0].nickname is not a field
  this version knows`), because saving would silently drop them. Only a file from a newer
  minor version may carry fields this version does not know: opening it says so, and that
  they will not be kept (see docs/file-format.md).
- **Dates are ISO 8601 text only.** pydantic would also read `"0"` or `"1700000000"` as a
  Unix time (1970-01-01…), which no person means by a due date.
"""

from __future__ import annotations

import dataclasses
import re
import types
from datetime import date, datetime
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from pydantic import TypeAdapter, ValidationError

from interventionplanner.domain import limits
from interventionplanner.domain.plan import Plan
from interventionplanner.i18n import N_, _
from interventionplanner.storage.problem import Problem

# Marked here, translated where a Problem is made.
_PLAIN = {
    "string_type": N_("should be text"),
    "int_type": N_("should be a whole number"),
    "int_from_float": N_("should be a whole number"),
    "bool_type": N_("should be true or false"),
    "list_type": N_("should be a list"),
    "dataclass_type": N_("should be a group of fields"),
    "dict_type": N_("should be a group of fields"),
    "model_type": N_("should be a group of fields"),
    "datetime_type": N_("should be a date and time, like 2027-01-16T10:00:00"),
    "datetime_parsing": N_(
        "should be a local date and time, without a time zone, like 2027-01-16T10:00:00"
    ),
    "datetime_from_date_parsing": N_("should be a date and time, like 2027-01-16T10:00:00"),
    "date_type": N_("should be a date, like 2027-01-16"),
    "date_parsing": N_("should be a date, like 2027-01-16"),
    "date_from_datetime_parsing": N_("should be a date, like 2027-01-16"),
    "date_from_datetime_inexact": N_("should be a date, like 2027-01-16"),
    "missing": N_("is missing"),
}


@cache
def _adapter() -> TypeAdapter[Plan]:
    return TypeAdapter(Plan)


def plan_to_data(plan: Plan) -> dict[str, Any]:
    return _adapter().dump_python(plan, mode="json")


UNKNOWN_FIELD = N_("is not a field this version of the app knows, so saving would lose it")
# Local times stated exactly, as the schema states them: no offset, no "Z", a "T" between.
_DAY = r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
LOCAL_DATETIME = rf"^{_DAY}T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{{1,6}})?)?$"
LOCAL_DATE = rf"^{_DAY}$"
_ISO_DATE = re.compile(LOCAL_DATE)
_ISO_DATETIME = re.compile(LOCAL_DATETIME)


def plan_from_json(text: str, data: Any = None, *, allow_unknown: bool = False) -> Plan:
    """Build a Plan from the JSON text of the "plan" part; raises PlanDataError.

    `data` is the same part already parsed, when the caller has it (it is parsed otherwise).
    Fields this version does not know are refused unless `allow_unknown` (a file from a
    newer minor version, whose additions are expected)."""
    if data is None:
        import json

        data = json.loads(text)
    problems = shape_problems(data, allow_unknown=allow_unknown)
    try:
        plan = _adapter().validate_json(text, strict=True)
    except ValidationError as error:
        seen = {p.where for p in problems}
        problems += [
            p for p in map(_problem, error.errors(include_input=False)) if p.where not in seen
        ]
    if not problems:
        problems = [Problem(b.path, b.message) for b in limits.check(plan)]
    if problems:
        raise PlanDataError(problems)
    return plan


def shape_problems(data: Any, *, allow_unknown: bool = False) -> list[Problem]:
    """Unknown fields (unless allowed) and dates that are not ISO text, found by walking the
    data beside the dataclasses. Anything of the wrong type is left to pydantic."""
    problems: list[Problem] = []
    _walk(data, Plan, "plan", problems, allow_unknown)
    return problems


def _walk(value: Any, kind: Any, where: str, problems: list[Problem], allow: bool) -> None:
    kind = _without_none(kind)
    if value is None:
        return
    if dataclasses.is_dataclass(kind) and isinstance(value, dict):
        hints = _hints(kind)
        for key, item in value.items():
            inner = f"{where}.{key}"
            if key not in hints:
                if not allow:
                    problems.append(Problem(inner, _(UNKNOWN_FIELD)))
                continue
            _walk(item, hints[key], inner, problems, allow)
    elif get_origin(kind) is list and isinstance(value, list):
        (item_kind,) = get_args(kind) or (Any,)
        for i, item in enumerate(value):
            _walk(item, item_kind, f"{where}[{i}]", problems, allow)
    elif kind is datetime and not (isinstance(value, str) and _ISO_DATETIME.fullmatch(value)):
        problems.append(Problem(where, _PLAIN["datetime_parsing"]))
    elif kind is date and not (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
        problems.append(Problem(where, _PLAIN["date_parsing"]))


@cache
def _hints(kind: type) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(kind)}
    return {name: hint for name, hint in get_type_hints(kind).items() if name in names}


def _without_none(kind: Any) -> Any:
    if get_origin(kind) in (Union, types.UnionType):
        rest = [arg for arg in get_args(kind) if arg is not type(None)]
        if len(rest) == 1:
            return rest[0]
    return kind


class PlanDataError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(problems)


def _problem(error: Any) -> Problem:
    kind = error["type"]
    if kind == "enum":
        message = _("should be one of: {choices}").format(choices=error["ctx"]["expected"])
    else:
        message = _(_PLAIN.get(kind, N_("has a value of the wrong kind")))
    return Problem(_where(error["loc"]), message)


def _where(loc: tuple[Any, ...]) -> str:
    where = "plan"
    for part in loc:
        where += f"[{part}]" if isinstance(part, int) else f".{part}"
    return where
