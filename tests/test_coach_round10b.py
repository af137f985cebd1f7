"""Round 10 (h85): the kind contexts written for the false flags of held-out S, T and U, on
kind sentences written here (tests/coach_dev_round10b.py), and their hard twins, which must
still be flagged; and sentences that hold a title or a time with a full stop ("Dr.",
"a.m."), read whole.
"""

from __future__ import annotations

import pytest
from coach_dev_round10b import ROUND10B_FLAG, ROUND10B_GOOD, ROUND10B_TRAPS

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize("text", ROUND10B_GOOD + ROUND10B_TRAPS)
def test_kind_sentences_of_round_ten_are_not_flagged_by_the_rules(coach, text):
    assert coach.find(text, second_opinion=False) == []


@pytest.mark.parametrize(("text", "expected"), ROUND10B_FLAG)
def test_their_hard_twins_are_still_flagged(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}


@pytest.mark.parametrize(
    "text",
    [
        "My sister and I want you to know the door is always open.",
        "Dad and I want you to know we'll be right there, whatever you decide.",
    ],
)
def test_a_writer_naming_who_we_is_may_offer_a_welcome(coach, text):
    assert coach.find(text) == []


def test_a_time_with_full_stops_keeps_its_sentence_whole(coach):
    """Before round 10 "a.m." ended a sentence, so the sarcasm before it and the hard
    moment after it were read apart."""
    text = "Nothing like a 2 a.m. call from the county jail to start the week."
    assert "sarcasm" in {f.category for f in coach.find(text, second_opinion=False)}
