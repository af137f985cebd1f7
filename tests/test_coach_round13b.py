"""Round 13 (h111): the kind readings written for the English false flags of AB, AC, AD and dev
51, on kind sentences written here (tests/coach_dev_round13b.py), and their hard twins, which
must still be flagged.
"""

from __future__ import annotations

import pytest
from coach_dev_round13b import (
    ROUND13B_B_FLAG,
    ROUND13B_B_TRAPS,
    ROUND13B_FLAG,
    ROUND13B_GOOD,
    ROUND13B_TRAPS,
)

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize("text", ROUND13B_GOOD + ROUND13B_TRAPS + ROUND13B_B_TRAPS)
def test_kind_sentences_of_round_thirteen_are_not_flagged(coach, text):
    assert coach.find(text) == []


@pytest.mark.parametrize(("text", "expected"), ROUND13B_FLAG + ROUND13B_B_FLAG)
def test_their_hard_twins_are_still_flagged(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}


def test_a_third_person_who_got_clean_needs_someone_named(coach):
    """ "she got clean" is someone else's only where the sentence names who (my mum, a friend)
    and the reader is not in it; a bare "he got clean … and relapsed" may be the reader."""
    assert (
        coach.find("My aunt drank for years, and she got clean at sixty.", second_opinion=False)
        == []
    )
    assert coach.find("He got clean in 2019 and relapsed.", second_opinion=False)
    assert coach.find("My aunt got clean, so why can't you get clean?", second_opinion=False)


def test_only_a_denied_likeness_sets_someone_against_the_reader(coach):
    """ "but that's not who you are" keeps a third person's condition theirs; "and that's who
    you are" does not."""
    assert (
        coach.find("My ex is a narcissist, but that's not who you are.", second_opinion=False) == []
    )
    assert coach.find("My ex is a narcissist, and that's who you are.", second_opinion=False)
