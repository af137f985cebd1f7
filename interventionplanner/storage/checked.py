"""Small JSON documents of the user's own (the practice profile, the practice's defaults),
read with the same care as a plan: strict JSON, a format marker and version, every field's
type checked strictly, unknown fields refused by name, lengths within limits, and every
problem said in plain words with where it is. Nothing is changed by a file that fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, StringConstraints, ValidationError

from interventionplanner.domain import limits
from interventionplanner.i18n import _
from interventionplanner.storage.limited import TooLargeError, read_limited
from interventionplanner.storage.problem import Problem
from interventionplanner.storage.strictjson import StrictJSONError, loads_strict

MAX_BYTES = 2 * 1024 * 1024


def limited_text(kind: limits.Kind) -> type[str]:
    """A string field no longer than the plan allows for text of this kind."""
    return Annotated[str, StringConstraints(max_length=limits.TEXT_LIMITS[kind].chars)]  # type: ignore[return-value]


class CheckedFileError(Exception):
    """A file could not be used; `problems` say where and what, without quoting it."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        self.path = Path(path)
        self.problems = problems
        first = problems[0]
        where = f" ({first.where})" if first.where else ""
        super().__init__(
            _("“{name}” cannot be used: {problem}{where}").format(
                name=self.path.name, problem=first.message, where=where
            )
        )


def _plain(kind: str, ctx: dict[str, Any]) -> str:
    plain = {
        "string_type": _("should be text"),
        "int_type": _("should be a whole number"),
        "bool_type": _("should be true or false"),
        "list_type": _("should be a list"),
        "model_type": _("should be a group of fields"),
        "dict_type": _("should be a group of fields"),
        "missing": _("is missing"),
        "extra_forbidden": _("is not a field this version of the app knows"),
        "string_too_long": _("is too long (at most {most} characters)"),
        "too_long": _("holds too many items (at most {most})"),
        "literal_error": _("should be {expected}"),
    }
    text = plain.get(kind, _("has a value of the wrong kind"))
    return text.format(most=ctx.get("max_length", ""), expected=ctx.get("expected", ""))


def read_checked(path: Path | str, model: type[BaseModel], top: str) -> BaseModel:
    """`path` read as JSON and checked against `model`; raises CheckedFileError."""
    path = Path(path)
    try:
        raw = read_limited(path, MAX_BYTES)
    except TooLargeError:
        raise CheckedFileError(path, [Problem("", _("the file is far too large."))]) from None
    except OSError as error:
        reason = (error.strerror or _("it could not be read")).lower()
        raise CheckedFileError(path, [Problem("", reason + ".")]) from None
    return check_data(path, raw, model, top)


def check_data(path: Path | str, raw: bytes, model: type[BaseModel], top: str) -> BaseModel:
    try:
        data = loads_strict(raw)
    except StrictJSONError as error:
        raise CheckedFileError(path, [Problem(error.where, str(error))]) from None
    try:
        return model.model_validate(data, strict=True)
    except ValidationError as error:
        problems = [
            Problem(_where(top, item["loc"]), _plain(item["type"], item.get("ctx") or {}))
            for item in error.errors(include_input=False)
        ]
        raise CheckedFileError(path, problems) from None


def _where(top: str, loc: tuple[Any, ...]) -> str:
    where = top
    for part in loc:
        where += f"[{part}]" if isinstance(part, int) else f".{part}"
    return where.lstrip(".")
