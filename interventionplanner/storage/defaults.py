"""What a new plan starts with: the logistics checklist and answers to likely objections.

Both come from files bundled with the app, `resources/default_tasks.json` and
`resources/default_objections.json`, written in our own words from the research notes
(Love First checklist, Mayo Clinic). They are only a start: the family edits, removes and
adds items freely. Every call returns fresh objects, so the window can offer "add the
suggested items again" without two plans ever sharing a list.

A new plan starts with the checklist but without the objections: their answers are
suggestions until the family adds them ("Add the common ones"), and an answer that depends
on the family's own arrangements holds a blank, e.g. "[who]", that preflight asks them to
fill in. So the packet never prints "it is already arranged" on the app's word alone.

Each entry is written in English and may carry its words in another language under that
language's code (`"es": {"item": …}`), as resources/substances.json does: a new plan, and
the suggestions offered again, are in the language in force (the window's, which a new
plan's language follows). An item in any language is ticked by the plan's state alike.

A file that cannot be used raises DefaultsError naming the item: the files ship with the
app, so a broken one is a bug for us to see, not something to skip quietly.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from interventionplanner import paths
from interventionplanner.domain.checklist import CONDITIONS, item_key, tick_what_the_plan_shows
from interventionplanner.domain.plan import Objection, Plan, Task
from interventionplanner.i18n import LANGUAGES, SOURCE_LANGUAGE, language

DEFAULT_TASKS = "default_tasks.json"
DEFAULT_OBJECTIONS = "default_objections.json"
PRACTICE_DEFAULTS = "practice-defaults.json"  # this user's own (storage/practice_defaults.py)

_TASK_KEYS = {"item", "source"}
_TASK_ALLOWED = {*_TASK_KEYS, "done_when"}
_OBJECTION_KEYS = {"topic", "objection", "answer"}
_TRANSLATED = {"item", "objection", "answer"}  # what an entry's "es" (etc.) may hold


class DefaultsError(Exception):
    """A bundled defaults file is not as the app expects (a bug of ours)."""


def new_plan(folder: Path | None = None) -> Plan:
    """An empty plan with the suggested checklist in it (objections are offered, not added),
    and this user's practice defaults, if they have any (storage/practice_defaults.py).
    `folder` is the settings folder (the user's own unless a test names one)."""
    plan = Plan(tasks=default_tasks())
    if not ((folder or paths.user_config_dir()) / PRACTICE_DEFAULTS).exists():
        return plan  # nothing to read: a family's computer loads nothing more (no pydantic)
    from interventionplanner.storage import practice_defaults

    try:
        defaults = practice_defaults.load_defaults(folder)
    except practice_defaults.CheckedFileError:
        return plan  # a damaged file starts a plain plan; Preferences says what is wrong
    return practice_defaults.apply_defaults(plan, defaults)


def default_tasks() -> list[Task]:
    """The suggested logistics checklist: nobody owns an item yet, none is due or done."""
    return [Task(item=_said(entry, "item")) for entry in default_task_entries()]


def default_objections() -> list[Objection]:
    """Likely objections, each with a suggested answer (some with a blank to fill in)."""
    return [
        Objection(objection=_said(entry, "objection"), answer=_said(entry, "answer"))
        for entry in _objection_entries()
    ]


def default_task_entries() -> list[dict[str, str]]:
    """The checklist as it is in the file, each item with its `source`, as fresh dicts."""
    return [dict(entry) for entry in _task_entries()]


def task_links() -> dict[str, str]:
    """Suggested item (its words, as domain.checklist.item_key gives them) → the condition
    in the plan that shows it is done."""
    return {
        item_key(words): entry["done_when"]
        for entry in _task_entries()
        if "done_when" in entry
        for words in _every_language(entry, "item")
    }


def tick_what_is_done(plan: Plan) -> list[Task]:
    """Tick the suggested items the plan already shows are done; return those ticked now."""
    return tick_what_the_plan_shows(plan, task_links())


def missing_default_tasks(plan: Plan) -> list[Task]:
    """The suggested checklist items this plan does not have (same words, any case)."""
    have = {_key(task.item) for task in plan.tasks}
    return [task for task in default_tasks() if _key(task.item) not in have]


def missing_default_objections(plan: Plan) -> list[Objection]:
    """The suggested objections this plan does not have (same words, any case)."""
    have = {_key(o.objection) for o in plan.objections}
    return [o for o in default_objections() if _key(o.objection) not in have]


def _key(text: str) -> str:
    return item_key(text)


def _said(entry: dict[str, Any], name: str) -> str:
    """An entry's `name` in the language in force, else in English."""
    words = entry.get(language())
    return words[name] if isinstance(words, dict) and words.get(name) else entry[name]


def _every_language(entry: dict[str, Any], name: str) -> list[str]:
    said = [entry[name]]
    said += [w[name] for code in LANGUAGES if isinstance(w := entry.get(code), dict) and name in w]
    return said


@cache
def _task_entries(path: Path | None = None) -> tuple[dict[str, str], ...]:
    data = _read(path or paths.resource(DEFAULT_TASKS))
    entries = _entries(data, "tasks", required=_TASK_KEYS, allowed=_TASK_ALLOWED)
    for number, entry in enumerate(entries, start=1):
        if entry.get("done_when", next(iter(CONDITIONS))) not in CONDITIONS:
            raise DefaultsError(f'tasks item {number}: "done_when" names no known condition.')
    return entries


@cache
def _objection_entries(path: Path | None = None) -> tuple[dict[str, str], ...]:
    data = _read(path or paths.resource(DEFAULT_OBJECTIONS))
    return _entries(data, "objections", required={"objection", "answer"}, allowed=_OBJECTION_KEYS)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise DefaultsError(f'"{path.name}" could not be read: {error}') from None
    if not isinstance(data, dict):
        raise DefaultsError(f'"{path.name}" should hold a JSON object.')
    return data


def _entries(
    data: dict[str, Any], key: str, *, required: set[str], allowed: set[str]
) -> tuple[dict[str, str], ...]:
    raw = data.get(key)
    if not isinstance(raw, list) or not raw:
        raise DefaultsError(f'The defaults file has no "{key}" list.')
    entries = []
    for number, entry in enumerate(raw, start=1):
        where = f"{key} item {number}"
        if not isinstance(entry, dict):
            raise DefaultsError(f"{where} should be an object.")
        _check_translations(entry, where, allowed)
        unknown = set(entry) - allowed - (set(LANGUAGES) - {SOURCE_LANGUAGE})
        if unknown:
            raise DefaultsError(f"{where} has unknown keys: {', '.join(sorted(unknown))}.")
        for name in sorted(allowed):
            if name in entry and not (isinstance(entry[name], str) and entry[name].strip()):
                raise DefaultsError(f'{where}: "{name}" should be text that is not empty.')
        missing = required - set(entry)
        if missing:
            raise DefaultsError(f"{where} has no {', '.join(sorted(missing))}.")
        entries.append({name: _tidy(value) for name, value in entry.items()})
    return tuple(entries)


def _check_translations(entry: dict[str, Any], where: str, allowed: set[str]) -> None:
    for code in set(LANGUAGES) - {SOURCE_LANGUAGE}:
        words = entry.get(code)
        if words is None:
            continue
        if not isinstance(words, dict) or not set(words) <= (allowed & _TRANSLATED):
            raise DefaultsError(
                f'{where}: "{code}" should hold only its {sorted(allowed & _TRANSLATED)}.'
            )
        if not all(isinstance(text, str) and text.strip() for text in words.values()):
            raise DefaultsError(f'{where}: "{code}" should hold text that is not empty.')


def _tidy(value: Any) -> Any:
    if isinstance(value, dict):
        return {name: " ".join(text.split()) for name, text in value.items()}
    return " ".join(value.split())


def practice_defaults_or_none(folder: Path | None = None):
    """This user's practice defaults (PracticeDefaults), or None when they have none or the
    file cannot be used. Without a file nothing more is loaded (no pydantic)."""
    if not ((folder or paths.user_config_dir()) / PRACTICE_DEFAULTS).exists():
        return None
    from interventionplanner.storage import practice_defaults

    try:
        return practice_defaults.load_defaults(folder)
    except practice_defaults.CheckedFileError:
        return None
