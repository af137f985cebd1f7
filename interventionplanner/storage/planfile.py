"""Open and save `.ivplan` files: the one strict way in and the one safe way out."""

from __future__ import annotations

import errno
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interventionplanner.domain.plan import Plan
from interventionplanner.storage.atomic import write_atomic
from interventionplanner.storage.codec import PlanDataError, plan_from_json, plan_to_data
from interventionplanner.storage.errors import PlanFileError, PlanSaveError, Problem
from interventionplanner.storage.migrations import (
    CURRENT_VERSION,
    FORMAT,
    MigrationGapError,
    migrate,
)
from interventionplanner.storage.strictjson import MAX_BYTES, StrictJSONError, loads_strict

SUFFIX = ".ivplan"
_VERSION = re.compile(r"([0-9]{1,4})\.([0-9]{1,4})")


@dataclass
class LoadedPlan:
    plan: Plan
    notes: list[str] = field(default_factory=list)  # things worth telling, not errors


def load_plan(path: Path | str) -> LoadedPlan:
    """Read and check a plan file. Raises PlanFileError; never changes the file."""
    path = Path(path)
    raw = _read_bytes(path)
    try:
        content = loads_strict(raw)
    except StrictJSONError as error:
        raise PlanFileError(path, _sentence(str(error))) from None
    major, minor = _check_envelope(path, content)
    notes = []
    if (major, minor) > CURRENT_VERSION:
        notes.append(
            "This plan was saved by a newer version of Intervention Planner. It opens here, "
            "but anything that version added will not be kept if you save it."
        )
    try:
        content = migrate(content, major)
        plan = plan_from_json(json.dumps(content["plan"], ensure_ascii=False))
    except MigrationGapError:
        raise PlanFileError(
            path, "it was made by a very old version that can no longer be read."
        ) from None
    except PlanDataError as error:
        raise PlanFileError(path, error.problems) from None
    except (KeyError, TypeError, ValueError):  # an upgrade step met data it did not expect
        raise PlanFileError(
            path, "it was made by an older version and could not be brought up to date."
        ) from None
    problems = reference_problems(plan)
    if problems:
        raise PlanFileError(path, problems)
    return LoadedPlan(plan, notes)


def save_plan(plan: Plan, path: Path | str, *, keep_backup: bool = True) -> None:
    """Save atomically, keeping the previous version as `.bak`. Raises PlanSaveError."""
    path = Path(path)
    content = {
        "format": FORMAT,
        "version": "{}.{}".format(*CURRENT_VERSION),
        "plan": plan_to_data(plan),
    }
    try:
        data = (json.dumps(content, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        raise PlanSaveError(path, "it contains a broken character that cannot be stored.") from None
    try:
        write_atomic(path, data, keep_backup=keep_backup)
    except OSError as error:
        raise PlanSaveError(path, _why_not_saved(error)) from None


def reference_problems(plan: Plan) -> list[Problem]:
    """Links between parts of the plan that point at nobody."""
    ids = [p.id for p in plan.participants]
    known = set(ids)
    problems = []
    if len(known) != len(ids):
        problems.append(Problem("plan.participants", "has two people with the same id"))

    def check(where: str, pid: str | None) -> None:
        if pid is not None and pid not in known:
            problems.append(Problem(where, "points to someone who is not in the team"))

    for i, pid in enumerate(plan.speaker_order):
        check(f"plan.speaker_order[{i}]", pid)
    for i, pid in enumerate(plan.seating):
        check(f"plan.seating[{i}]", pid)
    check("plan.closer_id", plan.closer_id)
    check("plan.treatment.driver_id", plan.treatment.driver_id)
    for i, person in enumerate(plan.participants):
        check(f"plan.participants[{i}].read_by", person.read_by)
    for i, task in enumerate(plan.tasks):
        check(f"plan.tasks[{i}].owner_id", task.owner_id)
    moments = {
        "plan.meeting.starts_at": plan.meeting.starts_at,
        "plan.meeting.rehearsal_at": plan.meeting.rehearsal_at,
        "plan.treatment.admission_at": plan.treatment.admission_at,
    }
    for where, moment in moments.items():
        if moment is not None and moment.tzinfo is not None:
            problems.append(Problem(where, "should be a local time, without a time zone"))
    if not 40 <= plan.reading_rate_wpm <= 400:
        problems.append(Problem("plan.reading_rate_wpm", "should be between 40 and 400"))
    if not 0 <= plan.meeting.length_minutes <= 24 * 60:
        problems.append(Problem("plan.meeting.length_minutes", "should be between 0 and 1440"))
    return problems


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_file() and path.stat().st_size > MAX_BYTES:  # refuse before reading it in
            raise PlanFileError(
                path, f"the file is too large to be a plan (over {MAX_BYTES >> 20} MB)."
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise PlanFileError(path, "there is no file with that name.") from None
    except IsADirectoryError:
        raise PlanFileError(path, "that is a folder, not a plan file.") from None
    except PermissionError:
        raise PlanFileError(path, "this computer account is not allowed to read it.") from None
    except OSError as error:
        raise PlanFileError(path, f"it could not be read ({error.strerror}).") from None


def _check_envelope(path: Path, content: Any) -> tuple[int, int]:
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise PlanFileError(path, "this is not an Intervention Planner plan file.")
    version = content.get("version")
    match = _VERSION.fullmatch(version) if isinstance(version, str) else None
    if not match:
        raise PlanFileError(path, "the file does not say which version it is.")
    major, minor = int(match[1]), int(match[2])
    if major > CURRENT_VERSION[0]:
        raise PlanFileError(
            path,
            f"it was made by a newer version of Intervention Planner (format {major}.{minor}). "
            "Please update the app to open it.",
        )
    if "plan" not in content:
        raise PlanFileError(path, [Problem("plan", "is missing")])
    if not isinstance(content["plan"], dict):
        raise PlanFileError(path, [Problem("plan", "should be a group of fields")])
    return major, minor


def _why_not_saved(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full. Free some space, or save somewhere else."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "this folder cannot be written to. Please save somewhere else."
    if error.errno == errno.ENOENT:
        return "the folder no longer exists. Please save somewhere else."
    return f"the computer reported a problem ({error.strerror or 'unknown'})."


def _sentence(text: str) -> str:
    return text[0].lower() + text[1:] if text else text
