"""Where things live: the bundled data, and this computer user's own app folders.

A checkout keeps `resources/` and `letter_templates/` beside the package; a wheel carries
them inside it (pyproject.toml maps them in). Per-user folders come from platformdirs, so
they follow each system's rules (and XDG_* variables on Linux). This is the only module
that knows.
"""

from __future__ import annotations

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


def user_templates_dir() -> Path:
    """Where a user may put their own copies of the letter templates."""
    return user_data_dir() / "templates"
