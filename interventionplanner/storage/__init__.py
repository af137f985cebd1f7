"""Plan files: the only place that reads or writes them.

The errors are here from the start; the reading and writing (`planfile`: its checks, the
cipher, atomic writes) and the `Problem`s the checks find load with the first of their names
asked for, not at start-up, when the window only opens the bundled example.
"""

from typing import Any

from interventionplanner.storage.errors import (
    PasswordNeededError,
    PlanFileError,
    PlanSaveError,
    WrongPasswordError,
)

_IN_PLANFILE = frozenset(
    ("LoadedPlan", "is_protected", "load_plan", "protect_file", "save_plan", "unprotect_file")
)


def __getattr__(name: str) -> Any:
    if name in _IN_PLANFILE:
        from interventionplanner.storage import planfile

        return getattr(planfile, name)
    if name == "Problem":  # made only when a file is checked (storage/problem.py)
        from interventionplanner.storage.problem import Problem

        return Problem
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "LoadedPlan",
    "PasswordNeededError",
    "PlanFileError",
    "PlanSaveError",
    "Problem",
    "WrongPasswordError",
    "is_protected",
    "load_plan",
    "protect_file",
    "save_plan",
    "unprotect_file",
]
