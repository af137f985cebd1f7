"""Round 18 (f40): kind sentences and traps in the shapes the rules flagged on dev 64-66, and
their harsh near-twins (tests/coach_probes_round18_kind.py), rules alone."""

from __future__ import annotations

import pytest
from coach_probes_round18_kind import ROUND18_KIND, ROUND18_TWINS

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize("text", ROUND18_KIND)
def test_kind_sentences_of_round_eighteen_are_not_flagged_by_the_rules(coach, text):
    assert coach.find(text, second_opinion=False) == []


@pytest.mark.parametrize(("text", "expected"), ROUND18_TWINS)
def test_their_harsh_twins_are_still_flagged(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}
