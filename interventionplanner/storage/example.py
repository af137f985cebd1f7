"""The bundled example plan, with its dates moved so the meeting is always ahead."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

from interventionplanner import paths
from interventionplanner.domain.plan import Plan
from interventionplanner.storage import trusted
from interventionplanner.storage.migrations import CURRENT_VERSION

DAYS_AHEAD = 14


def example_plan(today: date) -> Plan:
    """The example family's plan, its meeting two weeks after `today`."""
    plan = bundled_example()
    starts = plan.meeting.starts_at
    if starts is None:
        return plan
    return shift_dates(plan, (today + timedelta(days=DAYS_AHEAD)) - starts.date())


def bundled_example() -> Plan:
    """The example as it ships. It is ours and current (a test reads it through the full
    checks and compares), so it is read without the strict reader's checks and built
    without pydantic: opening it stays quick."""
    content = json.loads(paths.resource(paths.EXAMPLE_PLAN).read_bytes())
    if tuple(int(n) for n in content["version"].split(".")) != CURRENT_VERSION:
        from interventionplanner.storage.planfile import load_plan  # an older example

        return load_plan(paths.resource(paths.EXAMPLE_PLAN)).plan
    return trusted.build(Plan, content["plan"])


def shift_dates(plan: Plan, delta: timedelta) -> Plan:
    """The same plan with every date and time moved by `delta`."""

    def move(value):
        return value + delta if value is not None else None

    meeting, treatment = plan.meeting, plan.treatment
    return replace(
        plan,
        meeting=replace(
            meeting, starts_at=move(meeting.starts_at), rehearsal_at=move(meeting.rehearsal_at)
        ),
        treatment=replace(treatment, admission_at=move(treatment.admission_at)),
        tasks=[replace(task, due=move(task.due)) for task in plan.tasks],
    )
