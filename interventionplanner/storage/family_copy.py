"""A copy of a plan to hand to the family: protected, and without the professional's own
private notes (`Plan.private_notes`), with a one-page guide to opening it beside it.

The copy is made from a deep copy of the plan, so the plan on screen keeps its notes; it is
sealed (storage/crypto.py) like any protected save, and never leaves a plain `.bak`. The
guide never holds the password: it says the password will come another way.
"""

from __future__ import annotations

import copy
from pathlib import Path

from interventionplanner.domain.plan import Plan
from interventionplanner.domain.practice import Practice
from interventionplanner.storage.atomic import write_atomic
from interventionplanner.storage.planfile import save_plan

__all__ = ["family_plan", "guide_path_for", "save_family_copy"]


def family_plan(plan: Plan) -> Plan:
    """`plan` as the family gets it: the private notes left out."""
    copied = copy.deepcopy(plan)
    copied.private_notes = ""
    return copied


def guide_path_for(path: Path | str) -> Path:
    """ "marsh-family.ivplan" → "marsh-family-how-to-open.pdf", beside it."""
    path = Path(path)
    return path.with_name(f"{path.stem}-how-to-open.pdf")


def save_family_copy(
    plan: Plan,
    path: Path | str,
    password: str,
    *,
    practice: Practice | None = None,
    paper: str | None = None,
) -> tuple[Path, Path]:
    """Write the protected copy and its guide; return both paths. Raises ValueError without
    a password, PlanSaveError or OSError if they cannot be written."""
    if not password:
        raise ValueError("a copy for the family is always protected with a password")
    from interventionplanner.output.family_guide import guide_pdf

    path = Path(path)
    guide = guide_pdf(path.name, practice, paper)  # made first: nothing written if it fails
    save_plan(family_plan(plan), path, password=password, keep_backup=False)
    target = guide_path_for(path)
    write_atomic(target, guide, keep_backup=False)
    return path, target
