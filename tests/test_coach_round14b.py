"""Round 14: the kind readings written for the English false flags of AE, AF, AG and dev 52,
53, 54 (h116, tests/coach_dev_round14b.py) and of dev 55, 56, 57 (h120,
tests/coach_dev_round14c.py), on kind sentences written for them, and their hard twins, which
must still be flagged.
"""

from __future__ import annotations

import pytest
from coach_dev_round14b import (
    ROUND14B_B_FLAG,
    ROUND14B_B_GOOD,
    ROUND14B_B_TRAPS,
    ROUND14B_FLAG,
    ROUND14B_GOOD,
    ROUND14B_TRAPS,
)
from coach_dev_round14c import ROUND14C_FLAG, ROUND14C_GOOD

from interventionplanner.storage.coach_rules import load_coach

KIND = ROUND14B_GOOD + ROUND14B_TRAPS + ROUND14B_B_GOOD + ROUND14B_B_TRAPS + ROUND14C_GOOD
TWINS = ROUND14B_FLAG + ROUND14B_B_FLAG + ROUND14C_FLAG


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize("text", KIND)
def test_kind_sentences_of_round_fourteen_are_not_flagged_by_the_rules(coach, text):
    assert coach.find(text, second_opinion=False) == []


@pytest.mark.parametrize(("text", "expected"), TWINS)
def test_their_hard_twins_are_still_flagged(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}


def test_a_former_or_late_spouse_is_not_the_reader(coach):
    """ "my husband was a drunk" may be the reader; "my first / late husband" is not."""
    assert coach.find("My first husband was a drunk.", second_opinion=False) == []
    assert coach.find("My late wife was an alcoholic.", second_opinion=False) == []
    assert coach.find("My husband was a drunk.", second_opinion=False)


def test_the_writers_origin_is_theirs_unless_a_parent_is_addressed(coach):
    """ "I'm the son of a boozer" is the writer's history; beside "Dad," it is the reader."""
    assert coach.find("I'm the son of a boozer, so I know the signs.", second_opinion=False) == []
    assert coach.find("Dad, I'm the son of a boozer, and I know it.", second_opinion=False)


def test_good_news_of_the_reader_is_quiet_only_without_trouble(coach):
    assert (
        coach.find("Your sponsor told me you've been doing really well.", second_opinion=False)
        == []
    )
    assert coach.find(
        "Your sponsor told me you've been doing really well, but you were drunk on Sunday.",
        second_opinion=False,
    )
