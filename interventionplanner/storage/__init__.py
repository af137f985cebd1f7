"""Plan files: the only place that reads or writes them."""

from interventionplanner.storage.errors import PlanFileError, PlanSaveError, Problem
from interventionplanner.storage.planfile import LoadedPlan, load_plan, save_plan

__all__ = ["LoadedPlan", "PlanFileError", "PlanSaveError", "Problem", "load_plan", "save_plan"]
