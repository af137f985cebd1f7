"""Round 11 (h94): the kind readings written for the English false flags of V, W, X and dev
42 (and two known ones), on kind sentences written here (tests/coach_dev_round11b.py), and
their hard twins, which must still be flagged.
"""

from __future__ import annotations

import pytest
from coach_dev_round11b import ROUND11B_FLAG, ROUND11B_RULES_QUIET, ROUND11B_TRAPS

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize("text", ROUND11B_TRAPS)
def test_kind_sentences_of_round_eleven_are_not_flagged(coach, text):
    assert coach.find(text) == []


@pytest.mark.parametrize("text", ROUND11B_RULES_QUIET)
def test_kind_sentences_the_rules_leave_alone(coach, text):
    assert coach.find(text, second_opinion=False) == []


@pytest.mark.parametrize(("text", "expected"), ROUND11B_FLAG)
def test_their_hard_twins_are_still_flagged(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}


def test_never_once_negates_like_never(coach):
    """The aim reads "never once", "not once" and "never ever" as it reads "never"."""
    for text in ("You have never once been a coward.", "You have not once been a coward."):
        assert coach.find(text, second_opinion=False) == []
    assert coach.find("You have always been a coward.", second_opinion=False)
