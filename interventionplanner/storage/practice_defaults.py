"""My practice's defaults: kept per user as `practice-defaults.json` in the settings folder,
applied when a new plan starts, and exported or imported as one file so a practice shares
them among its staff.

The file is read like a plan (storage/checked.py: strict JSON, marker, types, unknown
fields and lengths refused by name). Importing checks the whole file first and only then
replaces the user's defaults, atomically: a bad file changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from interventionplanner import paths
from interventionplanner.domain import limits
from interventionplanner.domain.checklist import item_key
from interventionplanner.domain.letter_parts import LETTER_PARTS
from interventionplanner.domain.plan import Objection, Plan, Task
from interventionplanner.domain.practice import Centre, PracticeDefaults
from interventionplanner.i18n import _
from interventionplanner.storage.atomic import write_atomic
from interventionplanner.storage.checked import (
    CheckedFileError,
    check_data,
    limited_text,
    read_checked,
)
from interventionplanner.storage.defaults import PRACTICE_DEFAULTS
from interventionplanner.storage.problem import Problem

FILE_NAME = PRACTICE_DEFAULTS
FORMAT = "interventionplanner.practice-defaults"
SUFFIX = ".ivdefaults"  # an exported file, to share among a practice's staff

__all__ = [
    "CheckedFileError",
    "apply_defaults",
    "defaults_path",
    "export_defaults",
    "import_defaults",
    "load_defaults",
    "save_defaults",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class _Objection(_Strict):
    objection: limited_text(limits.Kind.LINE)  # type: ignore[valid-type]
    answer: limited_text(limits.Kind.ANSWER) = ""  # type: ignore[valid-type]


class _Centre(_Strict):
    name: limited_text(limits.Kind.NAME)  # type: ignore[valid-type]
    address: limited_text(limits.Kind.ADDRESS) = ""  # type: ignore[valid-type]
    phone: limited_text(limits.Kind.PHONE) = ""  # type: ignore[valid-type]
    admission_notes: limited_text(limits.Kind.NOTE) = ""  # type: ignore[valid-type]


class _Prompts(_Strict):
    love_and_memory: limited_text(limits.Kind.LINE) = ""  # type: ignore[valid-type]
    what_i_have_seen: limited_text(limits.Kind.LINE) = ""  # type: ignore[valid-type]
    my_hope: limited_text(limits.Kind.LINE) = ""  # type: ignore[valid-type]
    the_ask: limited_text(limits.Kind.LINE) = ""  # type: ignore[valid-type]


class _Defaults(_Strict):
    checklist: Annotated[list[limited_text(limits.Kind.LINE)], Field(max_length=200)] = []  # type: ignore[valid-type]
    objections: Annotated[list[_Objection], Field(max_length=100)] = []
    opening_words: limited_text(limits.Kind.SPEECH) = ""  # type: ignore[valid-type]
    closing_words: limited_text(limits.Kind.SPEECH) = ""  # type: ignore[valid-type]
    centres: Annotated[list[_Centre], Field(max_length=50)] = []
    letter_prompts: _Prompts = _Prompts()


class _File(_Strict):
    format: str
    version: int
    defaults: _Defaults


def defaults_path(folder: Path | None = None) -> Path:
    return (folder or paths.user_config_dir()) / FILE_NAME


# --- reading and writing -----------------------------------------------------------------


def read_defaults_file(path: Path | str) -> PracticeDefaults:
    """Any defaults file, fully checked. Raises CheckedFileError, naming where."""
    checked = read_checked(path, _File, "")
    return _from_checked(Path(path), checked)  # type: ignore[arg-type]


def _from_checked(path: Path, checked: _File) -> PracticeDefaults:
    if checked.format != FORMAT:
        raise CheckedFileError(
            path, [Problem("format", _("this is not a file of a practice's defaults."))]
        )
    if checked.version != 1:
        raise CheckedFileError(
            path, [Problem("version", _("it was written by a newer version of the app."))]
        )
    found = checked.defaults
    return PracticeDefaults(
        checklist=[" ".join(item.split()) for item in found.checklist if item.strip()],
        objections=[(o.objection.strip(), o.answer.strip()) for o in found.objections],
        opening_words=found.opening_words.strip(),
        closing_words=found.closing_words.strip(),
        centres=[Centre(**c.model_dump()) for c in found.centres],
        letter_prompts={
            k: v.strip() for k, v in found.letter_prompts.model_dump().items() if v.strip()
        },
    )


def load_defaults(folder: Path | None = None) -> PracticeDefaults:
    """This user's defaults; none when there are none yet. Raises CheckedFileError."""
    path = defaults_path(folder)
    return read_defaults_file(path) if path.exists() else PracticeDefaults()


def defaults_bytes(defaults: PracticeDefaults) -> bytes:
    content = {
        "format": FORMAT,
        "version": 1,
        "defaults": {
            "checklist": defaults.checklist,
            "objections": [{"objection": o, "answer": a} for o, a in defaults.objections],
            "opening_words": defaults.opening_words,
            "closing_words": defaults.closing_words,
            "centres": [vars(c) for c in defaults.centres],
            "letter_prompts": {
                p.field: defaults.letter_prompts.get(p.field, "") for p in LETTER_PARTS
            },
        },
    }
    return (json.dumps(content, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def save_defaults(defaults: PracticeDefaults, folder: Path | None = None) -> None:
    """Keep `defaults` for this user. Raises CheckedFileError past a limit, or OSError."""
    data = defaults_bytes(defaults)
    path = defaults_path(folder)
    _from_checked(path, check_data(path, data, _File, ""))  # type: ignore[arg-type]
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data, keep_backup=False)


def export_defaults(target: Path | str, folder: Path | None = None) -> Path:
    """This user's defaults into one file to share. Raises CheckedFileError or OSError."""
    target = Path(target)
    write_atomic(target, defaults_bytes(load_defaults(folder)), keep_backup=False)
    return target


def import_defaults(source: Path | str, folder: Path | None = None) -> PracticeDefaults:
    """Replace this user's defaults with a shared file's, once all of it has passed."""
    defaults = read_defaults_file(source)
    save_defaults(defaults, folder)
    return defaults


# --- a new plan ----------------------------------------------------------------------------


def apply_defaults(plan: Plan, defaults: PracticeDefaults) -> Plan:
    """A new plan with the practice's defaults added: checklist items it lacks, the
    practice's objections with their answers, and the chairperson's words. The centres
    and prompts are offered where they are used (the Treatment and Letters steps), never
    filled in: which centre is this family's own choice."""
    have = {item_key(task.item) for task in plan.tasks}
    for item in defaults.checklist:
        if item_key(item) not in have:
            plan.tasks.append(Task(item=item))
            have.add(item_key(item))
    asked = {item_key(o.objection) for o in plan.objections}
    for objection, answer in defaults.objections:
        if item_key(objection) not in asked:
            plan.objections.append(Objection(objection=objection, answer=answer))
            asked.add(item_key(objection))
    plan.opening_words = plan.opening_words or defaults.opening_words
    plan.closing_words = plan.closing_words or defaults.closing_words
    return plan
