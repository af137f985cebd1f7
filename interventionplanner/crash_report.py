"""A short report of a bug of ours, written where the family can find it and send it.

The report says where in the code things went wrong (files, lines, functions), what kind of
error it was, and which version and command: never the error's own words or any value,
which could quote the plan. It is written readable by its owner only.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path

from interventionplanner import __version__
from interventionplanner.paths import user_data_dir

MAX_FRAMES = 40


def reports_dir() -> Path:
    return user_data_dir() / "reports"


def write_report(error: BaseException, command: str | None) -> Path | None:
    """Write the report for `error`; its path, or None if it could not be written."""
    folder = reports_dir()
    name = f"report-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(describe(error, command))
    except OSError:
        return None
    return path


def describe(error: BaseException, command: str | None) -> str:
    frames = traceback.extract_tb(error.__traceback__)[-MAX_FRAMES:]
    lines = [
        f"Intervention Planner {__version__}, Python {platform.python_version()}, {sys.platform}",
        f"command: {command or '(window)'}",
        f"error: {type(error).__module__}.{type(error).__qualname__}",
        "where (most recent last):",
    ]
    lines += [f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}" for frame in frames]
    return "\n".join(lines) + "\n"


def _short(filename: str) -> str:
    """The path from the package (or the library) on, not the user's own folders."""
    parts = Path(filename).parts
    for anchor in ("interventionplanner", "site-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return Path(filename).name
