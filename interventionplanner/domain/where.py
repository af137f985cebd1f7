"""Paths into a plan: the `where` of a preflight finding and of a change to the plan.

A path is a slash-separated walk from the plan: field names, and for lists either a
person's id or an item's index: "loved_one/name", "participants/<id>/letter/my_hope",
"tasks/2/done". The same strings name what changed and what needs attention, so a view
can ask whether a change touches what it shows.
"""

from __future__ import annotations

from typing import Any

from interventionplanner.domain.plan import Plan


def resolve(plan: Plan, where: str) -> tuple[Any, str]:
    """The object that holds the field `where` names, and the field's name.

    Raises KeyError when the path leads nowhere (a person who is gone, a bad index)."""
    *steps, field = where.split("/")
    owner: Any = plan
    for step in steps:
        owner = _step(owner, step)
    if not hasattr(owner, field):
        raise KeyError(where)
    return owner, field


def value_at(plan: Plan, where: str) -> Any:
    owner, field = resolve(plan, where)
    return getattr(owner, field)


def _step(owner: Any, step: str) -> Any:
    if isinstance(owner, list):
        for item in owner:
            if getattr(item, "id", None) == step:
                return item
        if step.isdigit() and int(step) < len(owner):
            return owner[int(step)]
        raise KeyError(step)
    if not hasattr(owner, step):
        raise KeyError(step)
    return getattr(owner, step)


def overlaps(a: str, b: str) -> bool:
    """Whether one path lies inside the other (or they are the same)."""
    return a == b or a.startswith(b + "/") or b.startswith(a + "/")


def path_of(plan: Plan, target: Any) -> str:
    """The path of an object held in the plan (a letter, a task…), found by identity.

    Raises KeyError when the object is not part of this plan."""
    found = _find(plan, target, "")
    if found is None:
        raise KeyError(type(target).__name__)
    return found


def _find(node: Any, target: Any, here: str) -> str | None:
    if node is target:
        return here
    if isinstance(node, list):
        for index, item in enumerate(node):
            key = getattr(item, "id", None) or str(index)
            found = _find(item, target, f"{here}/{key}")
            if found is not None:
                return found
        return None
    fields = getattr(node, "__dataclass_fields__", None)
    if not fields:
        return None
    for name in fields:
        found = _find(getattr(node, name), target, f"{here}/{name}" if here else name)
        if found is not None:
            return found
    return None
