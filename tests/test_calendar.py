"""The calendar file, read back by three parsers nobody here wrote: icalendar, ics, vobject.

A plan's times are wall-clock times in the meeting's zone. Whatever TZ the exporting computer
runs under, every reader must see the meeting at the same hour in that zone, with the same
UID every time, and a higher SEQUENCE once the details change.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import ics
import pytest
import vobject

from interventionplanner.domain.plan import Plan
from interventionplanner.output.invitations import (
    calendar_sequence,
    export_invitations,
    meeting_calendar,
    remember_calendar_export,
)
from interventionplanner.storage.example import example_plan
from interventionplanner.storage.planfile import load_plan, save_plan

ZONE = "America/New_York"


@pytest.fixture
def plan() -> Plan:
    made = example_plan(date(2026, 12, 1))
    made.meeting.time_zone = ZONE
    return made


def _events(data: bytes) -> list:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_every_time_carries_the_meetings_zone_and_the_file_its_vtimezone(plan):
    data = meeting_calendar(plan)
    calendar = icalendar.Calendar.from_ical(data)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == ZONE
    meeting, rehearsal = _events(data)
    for event, starts, minutes in (
        (meeting, plan.meeting.starts_at, plan.meeting.length_minutes),
        (rehearsal, plan.meeting.rehearsal_at, 90),
    ):
        assert event["DTSTART"].params["TZID"] == ZONE
        assert event["DTEND"].params["TZID"] == ZONE
        local = event["DTSTART"].dt.astimezone(ZoneInfo(ZONE))
        assert local.replace(tzinfo=None) == starts  # 10:00 there, as the plan says
        assert event["DTEND"].dt - event["DTSTART"].dt == timedelta(minutes=minutes)
    assert b"DTSTART;TZID=America/New_York:" in data
    assert b"Z\r\nDTEND" not in data  # no UTC times for the events themselves


def test_a_second_and_third_parser_read_the_same_wall_clock_time(plan):
    data = meeting_calendar(plan).decode("utf-8")
    starts = plan.meeting.starts_at
    (by_ics,) = [e for e in ics.Calendar(data).events if e.name == "Family meeting"]
    assert by_ics.begin.datetime.astimezone(ZoneInfo(ZONE)).replace(tzinfo=None) == starts
    by_vobject = vobject.readOne(data).vevent_list[0]
    assert by_vobject.summary.value == "Family meeting"
    assert by_vobject.dtstart.value.astimezone(ZoneInfo(ZONE)).replace(tzinfo=None) == starts
    assert by_vobject.sequence.value == "0"


_EXPORT = """
import sys
from interventionplanner.storage.planfile import load_plan
from interventionplanner.output.invitations import meeting_calendar
sys.stdout.write(meeting_calendar(load_plan(sys.argv[1]).plan).decode("utf-8"))
"""


def _export_under(tz: str, path) -> bytes:
    env = {**os.environ, "TZ": tz}
    done = subprocess.run(
        [sys.executable, "-c", _EXPORT, str(path)], env=env, capture_output=True, check=True
    )
    return done.stdout


@pytest.mark.parametrize("tz", ["UTC", "America/Los_Angeles", "Asia/Kolkata"])
def test_the_same_plan_gives_the_same_times_under_any_computer_clock(plan, tmp_path, tz):
    path = tmp_path / "plan.ivplan"
    save_plan(plan, path)
    here = _export_under("America/New_York", path)
    there = _export_under(tz, path)
    starts = [(str(e["UID"]), e["DTSTART"].dt) for e in _events(here)]
    assert [(str(e["UID"]), e["DTSTART"].dt) for e in _events(there)] == starts
    meeting = _events(there)[0]["DTSTART"].dt.astimezone(ZoneInfo(ZONE))
    assert meeting.replace(tzinfo=None) == plan.meeting.starts_at


def test_a_plan_from_before_time_zones_takes_the_computers_zone_as_it_opens(plan, tmp_path):
    path = tmp_path / "old.ivplan"
    save_plan(plan, path)
    content = json.loads(path.read_text("utf-8"))
    content["version"] = "1.2"
    for key in ("time_zone", "calendar_uid", "rehearsal_calendar_uid"):
        del content["plan"]["meeting"][key]
    path.write_text(json.dumps(content), "utf-8")
    data = _export_under("Europe/Dublin", path)
    meeting = _events(data)[0]
    assert meeting["DTSTART"].params["TZID"] == "Europe/Dublin"
    assert meeting["DTSTART"].dt.replace(tzinfo=None) == plan.meeting.starts_at
    # Not yet saved in the new format, it still gives the same UIDs export after export.
    again = _events(_export_under("Europe/Dublin", path))[0]
    assert str(again["UID"]) == str(meeting["UID"])
    assert load_plan(path).plan.meeting.calendar_uid == load_plan(path).plan.meeting.calendar_uid


def test_two_exports_keep_their_uids_and_a_saved_plan_keeps_them_too(plan, tmp_path):
    first, second = _events(meeting_calendar(plan)), _events(meeting_calendar(plan))
    uids = [str(e["UID"]) for e in first]
    assert uids == [str(e["UID"]) for e in second]
    assert len(set(uids)) == 2
    assert all(uid.endswith("@interventionplanner.invalid") for uid in uids)
    path = tmp_path / "p.ivplan"
    save_plan(plan, path)
    reopened = load_plan(path).plan
    assert [str(e["UID"]) for e in _events(meeting_calendar(reopened))] == uids
    export_invitations(plan, tmp_path / "a")
    export_invitations(plan, tmp_path / "b")
    assert (tmp_path / "a" / "meeting.ics").read_bytes().split(b"DTSTAMP")[0] == (
        tmp_path / "b" / "meeting.ics"
    ).read_bytes().split(b"DTSTAMP")[0]


def test_the_sequence_rises_only_when_the_details_change(plan):
    assert calendar_sequence(plan) == 0
    assert remember_calendar_export(plan) is True
    assert remember_calendar_export(plan) is False  # nothing changed: nothing to save
    assert calendar_sequence(plan) == 0
    plan.meeting.starts_at += timedelta(hours=1)
    assert calendar_sequence(plan) == 1
    (meeting, _rehearsal) = _events(meeting_calendar(plan))
    assert int(meeting["SEQUENCE"]) == 1
    remember_calendar_export(plan)
    assert calendar_sequence(plan) == 1
    plan.meeting.place = "Somewhere else"
    assert calendar_sequence(plan) == 2
    plan.meeting.time_zone = "Europe/Dublin"
    assert int(_events(meeting_calendar(plan))[0]["SEQUENCE"]) == 2


def test_a_zone_the_computer_does_not_know_opens_and_the_calendar_uses_its_own(plan, tmp_path):
    from interventionplanner.output.invitations import meeting_zone
    from interventionplanner.storage.planfile import known_time_zone

    path = tmp_path / "p.ivplan"
    save_plan(replace(plan, meeting=replace(plan.meeting, time_zone="Mars/Olympus")), path)
    reopened = load_plan(path).plan
    assert reopened.meeting.time_zone == "Mars/Olympus"  # kept, never silently changed
    assert not known_time_zone("Mars/Olympus")
    assert known_time_zone(ZONE)
    assert str(meeting_zone(reopened)) != "Mars/Olympus"
    (meeting, _rehearsal) = _events(meeting_calendar(reopened))
    local = meeting["DTSTART"].dt.astimezone(meeting_zone(reopened)).replace(tzinfo=None)
    assert local == plan.meeting.starts_at


def test_a_meeting_in_the_daylight_saving_gap_still_exports(plan):
    plan.meeting.starts_at = datetime(2027, 3, 14, 2, 30)  # no such time in New York
    plan.meeting.rehearsal_at = None
    (meeting,) = _events(meeting_calendar(plan))
    assert meeting["DTSTART"].params["TZID"] == ZONE
