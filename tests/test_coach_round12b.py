"""Round 12 (h104): the kind readings written for the English false flags of Y, Z, AA and dev
46, on kind sentences written here (tests/coach_dev_round12b.py), and their hard twins, which
must still be flagged.
"""

from __future__ import annotations

import pytest
from coach_dev_round12b import (
    ROUND12B_B_FLAG,
    ROUND12B_B_TRAPS,
    ROUND12B_C_FLAG,
    ROUND12B_C_TRAPS,
    ROUND12B_FLAG,
    ROUND12B_TRAPS,
)

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize("text", ROUND12B_TRAPS + ROUND12B_B_TRAPS + ROUND12B_C_TRAPS)
def test_kind_sentences_of_round_twelve_are_not_flagged(coach, text):
    assert coach.find(text) == []


@pytest.mark.parametrize(("text", "expected"), ROUND12B_FLAG + ROUND12B_B_FLAG + ROUND12B_C_FLAG)
def test_their_hard_twins_are_still_flagged(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}


def test_the_writers_own_denial_reads_like_nobodys(coach):
    """The writer's "I don't think you're a …" is read as "nobody thinks you're a …" is; the opinion
    held is still flagged, and so is a denial of something else before the word."""
    assert coach.find("I don't think you're a lost cause.", second_opinion=False) == []
    assert coach.find("Nobody thinks you're a lost cause.", second_opinion=False) == []
    assert coach.find("I think you're a lost cause.", second_opinion=False)
    assert coach.find(
        "I never thought my baby sister would turn into a meth head.", second_opinion=False
    )


def test_way_as_a_noun_is_not_way_to_go(coach):
    """A road ("on the way to work") is not "way to go", which stays sarcasm."""
    assert coach.find("I end up crying on the way to work.", second_opinion=False) == []
    assert coach.find("Way to go, ruining Christmas again.", second_opinion=False)
