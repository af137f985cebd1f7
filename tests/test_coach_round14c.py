"""Round 14 (h120): the readings written for dev 55-57's false flags hold in other words
(tests/coach_dev_round14c.py), and their hard twins stay flagged, rules alone.
"""

from __future__ import annotations

import pytest
from coach_dev_round14c import ROUND14C_FLAG, ROUND14C_GOOD

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize("text", ROUND14C_GOOD)
def test_kind_sentences_of_dev_55_to_57_readings_are_not_flagged(coach, text):
    assert coach.find(text, second_opinion=False) == []


@pytest.mark.parametrize(("text", "expected"), ROUND14C_FLAG)
def test_their_hard_twins_are_still_flagged(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}
