"""Plan data we wrote ourselves (the bundled example) → dataclasses, without pydantic.

Files a person opens always go through storage/codec.py, which checks every field. The
example ships inside the app and a test keeps it equal to what the codec reads, so it can
be built directly: the window opens it without loading pydantic (about 0.4 s at start-up).
"""

from __future__ import annotations

import dataclasses
import sys
import types
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, Union, get_args, get_origin


@cache
def _hints(cls: type) -> dict[str, Any]:
    """Each field's type, as `typing.get_type_hints` gives it. That compiles every field's
    annotation afresh (about 80 for the example, at start-up); the same few ("str",
    "int | None") recur in every class, so each is evaluated once here."""
    hints = {}
    for klass in reversed(cls.__mro__):
        for name, annotation in vars(klass).get("__annotations__", {}).items():
            if isinstance(annotation, str):
                annotation = _evaluated(annotation, klass.__module__)
            hints[name] = annotation
    return hints


@cache
def _evaluated(annotation: str, module: str) -> Any:
    """An annotation written as text (`from __future__ import annotations`), evaluated
    where it was written, as typing does."""
    return eval(annotation, vars(sys.modules[module]))  # noqa: S307 (our own source's text)


def build(kind: Any, value: Any) -> Any:
    """`value` (JSON data) as `kind` (a dataclass, list, optional, enum, date or plain)."""
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        (inner,) = [arg for arg in get_args(kind) if arg is not type(None)]
        return build(inner, value)
    if origin is list:
        (inner,) = get_args(kind)
        return [build(inner, item) for item in value]
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{name: build(hints[name], item) for name, item in value.items()})
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    return value
