"""Checklist items the plan itself shows are done.

"Choose the treatment centre" is done once a centre is named; "Decide who drives" once a
driver is chosen. A suggested item names its condition in resources/default_tasks.json
(`done_when`); storage/defaults.py links each item's words to it. An item the family wrote
themselves, or reworded, has no link and is ticked by hand only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from interventionplanner.domain.plan import Plan, Task
from interventionplanner.domain.preflight import blanks


def _answers_ready(plan: Plan) -> bool:
    answered = [o for o in plan.objections if o.answer.strip()]
    return bool(answered) and not any(blanks(o.answer) for o in answered)


CONDITIONS: dict[str, Callable[[Plan], bool]] = {
    "centre_chosen": lambda plan: plan.treatment.is_arranged,
    "driver_chosen": lambda plan: plan.participant(plan.treatment.driver_id) is not None,
    "order_agreed": lambda plan: (
        bool(plan.speaker_order) and plan.participant(plan.closer_id) is not None
    ),
    "date_and_place": lambda plan: (
        plan.meeting.starts_at is not None and bool(plan.meeting.place.strip())
    ),
    "seating": lambda plan: bool(plan.seating),
    "chair_words": lambda plan: (
        bool(plan.opening_words.strip()) and bool(plan.closing_words.strip())
    ),
    "answers_ready": _answers_ready,
    "prescriptions_listed": lambda plan: any(p.drug.strip() for p in plan.treatment.prescriptions),
}


def item_key(text: str) -> str:
    """An item's words, for matching: spacing and case do not matter."""
    return " ".join(text.split()).casefold()


def shown_done(plan: Plan, task: Task, links: Mapping[str, str]) -> bool:
    """True if the plan itself shows `task` is done. `links`: item key → condition name."""
    condition = CONDITIONS.get(links.get(item_key(task.item), ""))
    return condition is not None and condition(plan)


def is_done(plan: Plan, task: Task, links: Mapping[str, str]) -> bool:
    """Ticked by the family, or shown done by the plan."""
    return task.done or shown_done(plan, task, links)


def tick_what_the_plan_shows(plan: Plan, links: Mapping[str, str]) -> list[Task]:
    """Tick every task the plan shows is done; return the ones this call ticked."""
    ticked = [t for t in plan.tasks if not t.done and shown_done(plan, t, links)]
    for task in ticked:
        task.done = True
    return ticked
