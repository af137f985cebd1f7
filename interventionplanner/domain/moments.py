"""Where a date and time that is not set yet starts when the family begins to choose it.

A calendar that opens at January 2000 and a time of 00:00 make everyone scroll. These give
a sensible start instead: the meeting at 10:00 today, the rehearsal a few days before the
meeting, the admission soon after the meeting ends. Nothing here reads the clock: `today`
is given.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from interventionplanner.domain.plan import Plan

DEFAULT_TIME = time(10, 0)  # a calm morning hour, when people are most likely sober
REHEARSAL_DAYS_BEFORE = 3


def suggested_meeting(plan: Plan, today: date) -> datetime:
    """Today at 10:00: the calendar opens at this month."""
    return datetime.combine(today, DEFAULT_TIME)


def suggested_rehearsal(plan: Plan, today: date) -> datetime:
    """A few days before the meeting (never before today) at 10:00; today if no meeting."""
    starts = plan.meeting.starts_at
    if starts is None:
        return datetime.combine(today, DEFAULT_TIME)
    day = max(today, starts.date() - timedelta(days=REHEARSAL_DAYS_BEFORE))
    return datetime.combine(min(day, starts.date()), DEFAULT_TIME)


def suggested_admission(plan: Plan, today: date) -> datetime:
    """The meeting's planned end, on the next half hour; today at 10:00 if no meeting."""
    starts = plan.meeting.starts_at
    if starts is None:
        return datetime.combine(today, DEFAULT_TIME)
    end = starts + timedelta(minutes=plan.meeting.length_minutes)
    past_half_hour = (end.minute % 30, end.second, end.microsecond) != (0, 0, 0)
    end = end.replace(minute=end.minute - end.minute % 30, second=0, microsecond=0)
    return end + timedelta(minutes=30) if past_half_hour else end
