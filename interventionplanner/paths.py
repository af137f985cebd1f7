"""Where things live: the bundled data, and this computer user's own app folders.

A checkout keeps `resources/` and `letter_templates/` beside the package; a wheel carries
them inside it (pyproject.toml maps them in). Per-user folders come from platformdirs, so
they follow each system's rules (and XDG_* variables on Linux). This is the only module
that knows.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "InterventionPlanner"
APP_ID = "org.interventionplanner.InterventionPlanner"  # desktop entry, icon and AppStream id

_PACKAGE = Path(__file__).resolve().parent


@cache
def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"The app's {name} folder is missing; please reinstall the app.")


def resources_dir() -> Path:
    return _data_dir("resources")


def templates_dir() -> Path:
    return _data_dir("letter_templates")


def resource(name: str) -> Path:
    return resources_dir() / name


EXAMPLE_PLAN = "example-plan.ivplan"
SUBSTANCES = "substances.json"


def user_data_dir() -> Path:
    """Private app data, such as recovery copies. Never the temp or home folder itself."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Things kept only to be quicker next time (the coach's compiled patterns): safe to
    delete at any time."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


# The coach's seed (storage/coach_seed.py): its cache files made ahead of time, read when
# the user's own cache lacks them. A bundle carries it beside its resources (the spec makes
# it); a checkout keeps it in a git-ignored folder that `make` fills (the Makefile's SEED).
SEED_FOLDER = "coach_seed"
CHECKOUT_SEED = Path("build") / "coach-seed"
# Set (to anything but "") to leave the seed unread: the very first run of a Python with
# none (a wheel), as the tests of the cold path want it.
NO_SEED = "INTERVENTIONPLANNER_NO_COACH_SEED"


def coach_seed_dir() -> Path | None:
    """The folder of the coach's seed, read only: the bundle's, else the checkout's; None
    when switched off (NO_SEED). The folder may be missing or stale: its readers check."""
    if os.environ.get(NO_SEED):
        return None
    if is_bundle():
        return _PACKAGE / SEED_FOLDER
    return checkout_seed_dir()


def is_bundle() -> bool:
    """Whether this is the PyInstaller bundle (packaging/), not Python running a package."""
    return bool(getattr(sys, "frozen", False))


def checkout_seed_dir() -> Path:
    """Where a checkout keeps its seed (`make` builds it there)."""
    return _PACKAGE.parent / CHECKOUT_SEED


def user_templates_dir() -> Path:
    """Where a user may put their own copies of the letter templates."""
    return user_data_dir() / "templates"
