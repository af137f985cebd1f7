"""Where an empty date and time starts: sensible moments, never January 2000 at midnight."""

from datetime import date, datetime

from interventionplanner.domain.moments import (
    suggested_admission,
    suggested_meeting,
    suggested_rehearsal,
)
from interventionplanner.domain.plan import Meeting, Plan

TODAY = date(2026, 11, 27)


def with_meeting(starts: datetime | None, minutes: int = 60) -> Plan:
    return Plan(meeting=Meeting(starts_at=starts, length_minutes=minutes))


def test_the_meeting_starts_today_at_ten():
    assert suggested_meeting(Plan(), TODAY) == datetime(2026, 11, 27, 10, 0)


def test_the_rehearsal_is_a_few_days_before_the_meeting_never_in_the_past():
    assert suggested_rehearsal(with_meeting(datetime(2027, 2, 6, 14)), TODAY) == datetime(
        2027, 2, 3, 10
    )
    assert suggested_rehearsal(with_meeting(datetime(2026, 11, 28, 14)), TODAY) == datetime(
        2026, 11, 27, 10
    )
    assert suggested_rehearsal(Plan(), TODAY) == datetime(2026, 11, 27, 10)


def test_admission_follows_the_meeting_on_the_half_hour():
    assert suggested_admission(with_meeting(datetime(2027, 2, 6, 10, 30), 90), TODAY) == (
        datetime(2027, 2, 6, 12, 0)
    )
    assert suggested_admission(with_meeting(datetime(2027, 2, 6, 10, 20), 60), TODAY) == (
        datetime(2027, 2, 6, 11, 30)
    )
    assert suggested_admission(Plan(), TODAY) == datetime(2026, 11, 27, 10)
