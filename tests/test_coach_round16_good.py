"""Round 16 (h129): hard kind sentences (use, fear, relapse, money, the past) in the shapes
the rules still flagged, and their harsh twins (tests/coach_dev_round16_good.py), rules alone.
"""

from __future__ import annotations

import pytest
from coach_dev_round16_good import ROUND16_FLAG, ROUND16_GOOD

from interventionplanner.storage.coach_rules import load_coach

# Flagged as hearsay by an r10c_ rule ("the paramedic told me you were lucky"): the hearsay
# entries are another helper's this round; nothing of any other category may be found.
LEFT_FOR_HEARSAY = {
    "The night you overdosed, the paramedic told me you were lucky, and I thank God for that every day.",  # noqa: E501
}


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize("text", [t for t in ROUND16_GOOD if t not in LEFT_FOR_HEARSAY])
def test_hard_kind_sentences_of_round_sixteen_are_not_flagged_by_the_rules(coach, text):
    assert coach.find(text, second_opinion=False) == []


@pytest.mark.parametrize("text", sorted(LEFT_FOR_HEARSAY))
def test_the_ones_left_are_only_hearsay(coach, text):
    assert text in ROUND16_GOOD
    assert {f.category for f in coach.find(text, second_opinion=False)} <= {"hearsay"}


@pytest.mark.parametrize(("text", "expected"), ROUND16_FLAG)
def test_their_harsh_twins_are_still_flagged(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}
