"""Where the bundled data lives, from a checkout and from an installed wheel alike.

A checkout keeps `resources/` and `letter_templates/` beside the package; a wheel carries
them inside it (pyproject.toml maps them in). This is the only module that knows.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

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
