"""Round 20 (r42b): the constructions the r20b_ rules read, said in words of our own, and their
kind twins (tests/coach_probes_round20b.py), rules alone."""

from __future__ import annotations

import pytest
from coach_probes_round20b import (
    ROUND20B_KIND,
    ROUND20B_KIND_FLAGGED_BY_OLDER_RULES,
    ROUND20B_PROBES,
)

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize(("text", "expected"), ROUND20B_PROBES)
def test_the_constructions_of_round_twenty_b_are_flagged_by_the_rules(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}


@pytest.mark.parametrize("text", ROUND20B_KIND)
def test_no_round_twenty_b_rule_flags_a_kind_twin(coach, text):
    found = coach.find(text, second_opinion=False)
    assert [f.rule_id for f in found if f.rule_id.startswith("r20b_")] == []
    if text not in ROUND20B_KIND_FLAGGED_BY_OLDER_RULES:
        assert found == []


def test_the_older_rules_known_flags_are_twins_of_this_round():
    assert set(ROUND20B_KIND) >= ROUND20B_KIND_FLAGGED_BY_OLDER_RULES
