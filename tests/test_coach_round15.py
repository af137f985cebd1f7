"""Round 15 (h124): the kind readings written for the English corpus's good sentences and traps
still flagged after round 14, on kind sentences written for them in other words
(tests/coach_dev_round15.py), and their hard twins, which must still be flagged.
"""

from __future__ import annotations

import pytest
from coach_dev_round15 import (
    ROUND15_B_FLAG,
    ROUND15_B_GOOD,
    ROUND15_C_FLAG,
    ROUND15_C_GOOD,
    ROUND15_FLAG,
    ROUND15_GOOD,
)

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize("text", ROUND15_GOOD + ROUND15_B_GOOD + ROUND15_C_GOOD)
def test_kind_sentences_of_round_fifteen_are_not_flagged_by_the_rules(coach, text):
    assert coach.find(text, second_opinion=False) == []


@pytest.mark.parametrize(("text", "expected"), ROUND15_FLAG + ROUND15_B_FLAG + ROUND15_C_FLAG)
def test_their_hard_twins_are_still_flagged(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}
