"""Open and save `.ivplan` files: the one strict way in and the one safe way out."""

from __future__ import annotations

import contextlib
import errno
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interventionplanner.domain.plan import (
    MAX_AGE,
    MAX_READING_RATE_WPM,
    MAX_READING_SIZE_PT,
    MIN_AGE,
    MIN_READING_RATE_WPM,
    MIN_READING_SIZE_PT,
    Plan,
)
from interventionplanner.i18n import _
from interventionplanner.storage import crypto
from interventionplanner.storage.atomic import (
    ReadOnlyFileError,
    backup_path,
    real_path,
    write_atomic,
)
from interventionplanner.storage.errors import (
    PasswordNeededError,
    PlanFileError,
    PlanSaveError,
    WrongPasswordError,
)
from interventionplanner.storage.limited import TooLargeError, read_limited
from interventionplanner.storage.migrations import (
    CURRENT_VERSION,
    FORMAT,
    MigrationGapError,
    migrate,
)
from interventionplanner.storage.problem import Problem
from interventionplanner.storage.strictjson import MAX_BYTES, StrictJSONError, loads_strict

_VERSION = re.compile(r"([0-9]{1,4})\.([0-9]{1,4})")


class UnsavablePlanError(PlanSaveError):
    """The plan as it is now would make a file that does not open: nothing was written.
    `problems` say where, as reading the file would."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0]
        what = f"{first.where} {first.message}" if first.where else first.message
        what = what if what.endswith((".", "!", "?")) else what + "."
        super().__init__(path, _("the plan could not be opened again: {what}").format(what=what))


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
    """Every check a plan file passes on its way in, in order. Writing runs the same ones on
    the bytes it is about to write (check_plan), so nothing is saved that would not open."""
    try:
        content = loads_strict(raw)
    except StrictJSONError as error:
        raise PlanFileError(path, [Problem(error.where, _sentence(str(error)))]) from None
    major, minor = _check_envelope(path, content)
    notes = []
    newer = (major, minor) > CURRENT_VERSION
    if newer:
        notes.append(
            _(
                "This plan was saved by a newer version of Intervention Planner. It opens "
                "here, but anything that version added will not be kept if you save it."
            )
        )
    plan = _build(path, content, major, allow_unknown=newer)
    problems = plan_problems(plan)
    if problems:
        raise PlanFileError(path, problems)
    if (major, minor) < (1, 3):
        settle_calendar_uids(plan)
    return LoadedPlan(plan, notes)


def plan_problems(plan: Plan) -> list[Problem]:
    """The checks that look at a whole, well-typed plan: links between its parts and the
    values a real plan holds. The one place to add such a check; reading and writing both
    run it."""
    from interventionplanner.domain.review_notes import note_problems

    return reference_problems(plan) + [Problem(w, m) for w, m in note_problems(plan)]


def check_plan(plan: Plan, path: Path | str = "plan.ivplan") -> bytes:
    """The bytes an unprotected save of `plan` writes, after every check reading them back
    would make. Raises UnsavablePlanError (a PlanSaveError) with the problems, or
    PlanSaveError for text that cannot be stored at all."""
    path = Path(path)
    data = _plan_bytes(plan, path)
    try:
        _parse(path, data)
    except PlanFileError as error:
        raise UnsavablePlanError(path, error.problems) from None
    return data


def prepare_checks() -> None:
    """Load and build what every save checks (pydantic's validators for the whole plan),
    so the first save does not: the window calls it on a worker a little after a plan
    opens. Building the validators takes about 0.1 s, most of it in one call that keeps
    Python's other threads waiting, which on the window's thread would be a visible pause."""
    with contextlib.suppress(PlanSaveError):  # built all the same if it is not savable
        check_plan(Plan())


def _build(path: Path, content: dict[str, Any], major: int, *, allow_unknown: bool) -> Plan:
    # pydantic loads when the first file is read, not when the window starts.
    from interventionplanner.storage.codec import PlanDataError, plan_from_json

    try:
        content = migrate(content, major)
        return plan_from_json(
            json.dumps(content["plan"], ensure_ascii=False),
            content["plan"],
            allow_unknown=allow_unknown,
        )
    except MigrationGapError:
        raise PlanFileError(
            path, _("it was made by a very old version that can no longer be read.")
        ) from None
    except PlanDataError as error:
        raise PlanFileError(path, error.problems) from None
    except (KeyError, TypeError, ValueError):  # an upgrade step met data it did not expect
        raise PlanFileError(
            path, _("it was made by an older version and could not be brought up to date.")
        ) from None


def settle_calendar_uids(plan: Plan) -> None:
    """Give a plan saved before format 1.3 calendar UIDs drawn from its own stable ids, so
    exporting it twice before it is saved again still gives the same events."""
    seed = "|".join(p.id for p in plan.participants) or plan.loved_one.name
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "interventionplanner:calendar")
    plan.meeting.calendar_uid = uuid.uuid5(namespace, "meeting|" + seed).hex
    plan.meeting.rehearsal_calendar_uid = uuid.uuid5(namespace, "rehearsal|" + seed).hex


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

    Before anything is written the plan passes every check reading it back would make
    (check_plan): a plan that would not open again raises UnsavablePlanError instead.
    """
    path = Path(path)
    _write(
        path,
        check_plan(plan, path),
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
        raise PlanFileError(path, _("it is already protected with a password."))
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
        raise PlanFileError(path, _("it is not protected with a password."))
    loaded = _parse(path, raw)
    _write(Path(output) if output else path, raw, password=None)
    loaded.protected = False
    return loaded


def _plan_bytes(plan: Plan, path: Path) -> bytes:
    from interventionplanner.storage.codec import plan_to_data

    content = {
        "format": FORMAT,
        "version": "{}.{}".format(*CURRENT_VERSION),
        "plan": plan_to_data(plan),
    }
    try:
        return (json.dumps(content, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        raise PlanSaveError(
            path, _("it contains a broken character that cannot be stored.")
        ) from None


def _write(
    path: Path,
    data: bytes,
    *,
    password: str | None,
    keep_backup: bool = True,
    previous_password: str | None = None,
    params: crypto.Params | None = None,
) -> None:
    shown, path = path, real_path(path)  # a symlink's target is written, the link kept
    try:
        # Protection being added makes the file private; otherwise its permissions stay.
        private = password is not None and not is_protected(path)
        if password is not None:
            data = crypto.encrypt(data, password, params)
            backup = _sealed_backup(path, password, keep_backup, previous_password, params)
            if backup is not None:
                # The .bak goes first: if the plan's own write then fails, the .bak holds the
                # version still in place, sealed, and nothing is lost.
                write_atomic(
                    backup_path(path),
                    backup,
                    keep_backup=False,
                    private=True,
                    replace_read_only=True,
                )
                keep_backup = False
        write_atomic(path, data, keep_backup=keep_backup, private=private)
    except OSError as error:
        raise PlanSaveError(shown, _why_not_saved(error)) from None


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
        if not source.is_file():
            return None  # nothing there
        previous = read_limited(source, MAX_BYTES + crypto.OVERHEAD)
    except (FileNotFoundError, TooLargeError):
        return None  # too large to be a plan: it holds no plan text
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
        problems.append(Problem("plan.participants", _("has two people with the same id")))

    def check(where: str, pid: str | None) -> None:
        if pid is not None and pid not in known:
            problems.append(Problem(where, _("points to someone who is not in the team")))

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
    check("plan.walk_out_follower_id", plan.walk_out_follower_id)
    for i, objection in enumerate(plan.objections):
        check(f"plan.objections[{i}].responder_id", objection.responder_id)
    moments = {
        "plan.meeting.starts_at": plan.meeting.starts_at,
        "plan.meeting.rehearsal_at": plan.meeting.rehearsal_at,
        "plan.treatment.admission_at": plan.treatment.admission_at,
    }
    for where, moment in moments.items():
        if moment is not None and moment.tzinfo is not None:
            problems.append(Problem(where, _("should be a local time, without a time zone")))
    rates = {"plan.reading_rate_wpm": plan.reading_rate_wpm}
    for i, person in enumerate(plan.participants):
        rates[f"plan.participants[{i}].reading_rate_wpm"] = person.reading_rate_wpm
    for where, rate in rates.items():
        if rate is not None and not MIN_READING_RATE_WPM <= rate <= MAX_READING_RATE_WPM:
            problems.append(
                Problem(
                    where,
                    _between(MIN_READING_RATE_WPM, MAX_READING_RATE_WPM),
                )
            )
    age = plan.loved_one.age
    if age is not None and not MIN_AGE <= age <= MAX_AGE:
        problems.append(Problem("plan.loved_one.age", _between(MIN_AGE, MAX_AGE)))
    if not 0 <= plan.meeting.length_minutes <= 24 * 60:
        problems.append(Problem("plan.meeting.length_minutes", _between(0, 24 * 60)))
    if not 0 <= plan.meeting.gather_minutes_before <= 24 * 60:
        problems.append(Problem("plan.meeting.gather_minutes_before", _between(0, 24 * 60)))
    if plan.meeting.calendar_sequence < 0:
        problems.append(Problem("plan.meeting.calendar_sequence", _("should be 0 or more")))
    for i, person in enumerate(plan.participants):
        size = person.reading_size_pt
        if size is not None and not MIN_READING_SIZE_PT <= size <= MAX_READING_SIZE_PT:
            problems.append(
                Problem(
                    f"plan.participants[{i}].reading_size_pt",
                    _between(MIN_READING_SIZE_PT, MAX_READING_SIZE_PT),
                )
            )
    # A zone this computer does not know (a typo, or an older tz database) is not refused:
    # the plan opens, the Meeting step flags it, and the calendar uses the computer's zone.
    return problems


def known_time_zone(name: str) -> bool:
    """Whether `name` is an IANA time zone this computer (or the tzdata package) knows."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not name or name != name.strip() or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


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
        # Never more than a plan can be, whatever the file is (a device or a pipe reports no
        # size); a protected plan is a few bytes larger than its text.
        return read_limited(path, MAX_BYTES + crypto.OVERHEAD)
    except TooLargeError:
        raise PlanFileError(
            path, _("the file is too large to be a plan (over {mb} MB).").format(mb=MAX_BYTES >> 20)
        ) from None
    except FileNotFoundError:
        raise PlanFileError(path, _("there is no file with that name.")) from None
    except IsADirectoryError:
        raise PlanFileError(path, _("that is a folder, not a plan file.")) from None
    except PermissionError:
        raise PlanFileError(path, _("this computer account is not allowed to read it.")) from None
    except OSError as error:
        raise PlanFileError(
            path, _("it could not be read ({reason}).").format(reason=error.strerror)
        ) from None


def _check_envelope(path: Path, content: Any) -> tuple[int, int]:
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise PlanFileError(path, _("this is not an Intervention Planner plan file."))
    version = content.get("version")
    match = _VERSION.fullmatch(version) if isinstance(version, str) else None
    if not match:
        raise PlanFileError(path, _("the file does not say which version it is."))
    major, minor = int(match[1]), int(match[2])
    if major > CURRENT_VERSION[0]:
        raise PlanFileError(
            path,
            _(
                "it was made by a newer version of Intervention Planner (format {version}). "
                "Please update the app to open it."
            ).format(version=f"{major}.{minor}"),
        )
    if "plan" not in content:
        raise PlanFileError(path, [Problem("plan", _("is missing"))])
    if not isinstance(content["plan"], dict):
        raise PlanFileError(path, [Problem("plan", _("should be a group of fields"))])
    unknown = sorted(set(content) - {"format", "version", "plan"})
    if unknown and (major, minor) <= CURRENT_VERSION:
        raise PlanFileError(
            path,
            [Problem(key, _("is not a field this version of the app knows")) for key in unknown],
        )
    return major, minor


def _why_not_saved(error: OSError) -> str:
    if isinstance(error, ReadOnlyFileError):
        return _(
            "the file is marked read-only. Save it under another name, or allow changes to "
            "it first."
        )
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _("the disk is full. Free some space, or save somewhere else.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("this folder cannot be written to. Please save somewhere else.")
    if error.errno == errno.ENOENT:
        return _("the folder no longer exists. Please save somewhere else.")
    return _("the computer reported a problem ({reason}).").format(
        reason=error.strerror or _("unknown")
    )


def _between(low: float, high: float) -> str:
    return _("should be between {low} and {high}").format(low=low, high=high)


def _sentence(text: str) -> str:
    return text[0].lower() + text[1:] if text else text
