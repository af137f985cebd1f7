"""Plan files: the only place that reads or writes them."""

from interventionplanner.storage.errors import (
    PasswordNeededError,
    PlanFileError,
    PlanSaveError,
    Problem,
    WrongPasswordError,
)
from interventionplanner.storage.planfile import (
    LoadedPlan,
    is_protected,
    load_plan,
    protect_file,
    save_plan,
    unprotect_file,
)

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
