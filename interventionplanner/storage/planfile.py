"""Open and save `.ivplan` files: the one strict way in and the one safe way out."""

from __future__ import annotations

import errno
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interventionplanner.domain.plan import (
    MAX_AGE,
    MAX_READING_RATE_WPM,
    MIN_AGE,
    MIN_READING_RATE_WPM,
    Plan,
)
from interventionplanner.storage import crypto
from interventionplanner.storage.atomic import backup_path, write_atomic
from interventionplanner.storage.codec import PlanDataError, plan_from_json, plan_to_data
from interventionplanner.storage.errors import (
    PasswordNeededError,
    PlanFileError,
    PlanSaveError,
    Problem,
    WrongPasswordError,
)
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
    protected: bool = False  # it was sealed with a password: save it the same way


def load_plan(path: Path | str, password: str | None = None) -> LoadedPlan:
    """Read and check a plan file. Raises PlanFileError; never changes the file.

    A protected plan needs its `password`: without one it raises PasswordNeededError, with a
    wrong one (or if the file is damaged) WrongPasswordError. An unprotected plan ignores it.
    """
    path = Path(path)
    raw, protected = _read_plain(path, password)
    loaded = _parse(path, raw)
    loaded.protected = protected
    return loaded


def is_protected(path: Path | str) -> bool:
    """Whether the file is a protected plan (or the damaged remains of one). Reads only its
    first bytes; False when it cannot be read."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(len(crypto.MAGIC))
    except OSError:
        return False
    return crypto.looks_protected(head)


def _parse(path: Path, raw: bytes) -> LoadedPlan:
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


def save_plan(
    plan: Plan,
    path: Path | str,
    *,
    password: str | None = None,
    keep_backup: bool = True,
    previous_password: str | None = None,
    params: crypto.Params | None = None,
) -> None:
    """Save atomically, keeping the previous version as `.bak`. Raises PlanSaveError.

    With a `password` the file is sealed (storage/crypto.py) around exactly the JSON an
    unprotected save writes, and no plan text reaches the disk in the clear: not the
    temporary file, and not the `.bak` either. A `.bak` that would hold plain text (the
    previous version was unprotected) is sealed under the new password. When the password
    changes, pass the one the file was opened with as `previous_password`, and the `.bak`
    moves to the new password too instead of opening with the old one. `params` (the KDF's
    cost and the cipher) defaults to crypto.DEFAULT.
    """
    path = Path(path)
    _write(
        path,
        _plan_bytes(plan, path),
        password=password,
        keep_backup=keep_backup,
        previous_password=previous_password,
        params=params,
    )


def protect_file(
    path: Path | str,
    password: str,
    *,
    output: Path | str | None = None,
    params: crypto.Params | None = None,
) -> LoadedPlan:
    """Seal an unprotected plan file as it is, byte for byte (so fields a newer version added
    stay), into `output` or in place. The plan must open cleanly first. In place, the `.bak`
    is the previous version sealed under `password`: no plain copy is left beside it."""
    path = Path(path)
    raw = _read_bytes(path)
    if crypto.looks_protected(raw):
        raise PlanFileError(path, "it is already protected with a password.")
    loaded = _parse(path, raw)
    _write(Path(output) if output else path, raw, password=password, params=params)
    loaded.protected = True
    return loaded


def unprotect_file(
    path: Path | str, password: str, *, output: Path | str | None = None
) -> LoadedPlan:
    """Take the password off a protected plan, into `output` or in place; the plain file
    holds exactly the JSON that was sealed. In place, the `.bak` is the sealed version.
    An unprotected file is refused: there is nothing to take off."""
    path = Path(path)
    raw, protected = _read_plain(path, password)
    if not protected:
        raise PlanFileError(path, "it is not protected with a password.")
    loaded = _parse(path, raw)
    _write(Path(output) if output else path, raw, password=None)
    loaded.protected = False
    return loaded


def _plan_bytes(plan: Plan, path: Path) -> bytes:
    content = {
        "format": FORMAT,
        "version": "{}.{}".format(*CURRENT_VERSION),
        "plan": plan_to_data(plan),
    }
    try:
        return (json.dumps(content, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        raise PlanSaveError(path, "it contains a broken character that cannot be stored.") from None


def _write(
    path: Path,
    data: bytes,
    *,
    password: str | None,
    keep_backup: bool = True,
    previous_password: str | None = None,
    params: crypto.Params | None = None,
) -> None:
    try:
        if password is not None:
            data = crypto.encrypt(data, password, params)
            backup = _sealed_backup(path, password, keep_backup, previous_password, params)
            if backup is not None:
                # The .bak goes first: if the plan's own write then fails, the .bak holds the
                # version still in place, sealed, and nothing is lost.
                write_atomic(backup_path(path), backup, keep_backup=False)
                keep_backup = False
        write_atomic(path, data, keep_backup=keep_backup)
    except OSError as error:
        raise PlanSaveError(path, _why_not_saved(error)) from None


def _sealed_backup(
    path: Path,
    password: str,
    keep_backup: bool,
    previous_password: str | None,
    params: crypto.Params | None,
) -> bytes | None:
    """What the `.bak` should hold when a protected save must not copy it byte for byte:
    the previous version (or, without keep_backup, the `.bak` already there) sealed under
    `password`. None when a byte copy is right (already sealed) or there is nothing."""
    source = path if keep_backup else backup_path(path)
    try:
        if not source.is_file() or source.stat().st_size > MAX_BYTES + crypto.OVERHEAD:
            return None  # nothing there, or too large to be a plan: it holds no plan text
        previous = source.read_bytes()
    except FileNotFoundError:
        return None
    if not crypto.looks_protected(previous):
        return crypto.encrypt(previous, password, params)
    if previous_password is not None and previous_password != password:
        try:
            return crypto.encrypt(crypto.decrypt(previous, previous_password), password, params)
        except crypto.ProtectedFileError:
            return None  # not the old password's after all: it stays sealed as it is
    return None


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
    rates = {"plan.reading_rate_wpm": plan.reading_rate_wpm}
    for i, person in enumerate(plan.participants):
        rates[f"plan.participants[{i}].reading_rate_wpm"] = person.reading_rate_wpm
    for where, rate in rates.items():
        if rate is not None and not MIN_READING_RATE_WPM <= rate <= MAX_READING_RATE_WPM:
            problems.append(
                Problem(
                    where,
                    f"should be between {MIN_READING_RATE_WPM} and {MAX_READING_RATE_WPM}",
                )
            )
    age = plan.loved_one.age
    if age is not None and not MIN_AGE <= age <= MAX_AGE:
        problems.append(Problem("plan.loved_one.age", f"should be between {MIN_AGE} and {MAX_AGE}"))
    if not 0 <= plan.meeting.length_minutes <= 24 * 60:
        problems.append(Problem("plan.meeting.length_minutes", "should be between 0 and 1440"))
    return problems


def _read_plain(path: Path, password: str | None) -> tuple[bytes, bool]:
    """The file's plan text, unsealed if it is protected, and whether it was."""
    raw = _read_bytes(path)
    if not crypto.looks_protected(raw):
        return raw, False
    if password is None:
        raise PasswordNeededError(path)
    try:
        return crypto.decrypt(raw, password), True
    except crypto.KdfUnavailableError as error:
        raise PlanFileError(path, str(error)) from None
    except crypto.ProtectedFileError:
        raise WrongPasswordError(path) from None


def _read_bytes(path: Path) -> bytes:
    try:
        # Refuse before reading it in; a protected plan is a few bytes larger than its text.
        if path.is_file() and path.stat().st_size > MAX_BYTES + crypto.OVERHEAD:
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
