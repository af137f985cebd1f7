"""The example plan reads true on any day: its meeting moves with today, so its words cannot
name a season or holiday as if it were just past, and its "if no" never asks again."""

from __future__ import annotations

import re
from datetime import date

import pytest

from interventionplanner.output.chair_words import closing_words
from interventionplanner.storage.example import example_plan

DAYS = [date(2026, 12, 1), date(2027, 6, 20), date(2027, 10, 30)]
DATED = re.compile(
    r"\b(Christmas|Thanksgiving|Easter|New Year|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|this (summer|winter|spring|autumn|fall)|"
    r"in the snow)\b"
)


@pytest.mark.parametrize("today", DAYS)
def test_no_letter_names_a_date_that_may_lie_ahead_of_the_meeting(today):
    plan = example_plan(today)
    for person in plan.participants:
        for part in (*person.letter.parts(), person.letter.bottom_line):
            found = [m.group(0) for m in DATED.finditer(part)]
            # "last year"/"last Christmas" style phrases are past on any date; bare ones are not.
            bare = [
                f
                for f in found
                if not re.search(
                    rf"(last {f}|this past {f}|next {f}|{f} last year"
                    rf"|{f}( dinner)? in 20[0-9][0-9])",
                    part,
                    re.I,
                )
            ]
            assert bare == [], f"{person.name}: {bare}"
    for objection in plan.objections:
        assert not DATED.search(objection.objection)


def test_the_if_no_plan_never_asks_the_question_again():
    plan = example_plan(date(2026, 12, 1))
    assert "accept this help" not in plan.if_no.lower()
    assert "closing words" in plan.if_no  # it says they are not read...
    assert "does not read the closing words" in plan.if_no
    assert "accept this help" in closing_words(plan).lower()  # ...because they ask it
    assert "alprazolam" in plan.if_no  # a prescribed benzodiazepine is not taken away
    assert "seizures" in plan.if_no


def test_the_example_fills_the_new_what_ifs():
    plan = example_plan(date(2026, 12, 1))
    assert plan.meeting.time_zone == "America/New_York"
    assert plan.meeting.gather_minutes_before > 0
    assert plan.participant(plan.walk_out_follower_id) is not None
    assert plan.if_walks_out.strip()
    assert plan.if_impaired.strip()
    assert all(plan.participant(o.responder_id) for o in plan.objections)
