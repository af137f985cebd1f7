"""Round 19 (r41): the constructions the r19_ rules read, said in words of our own, and their
kind twins (tests/coach_probes_round19.py), rules alone."""

from __future__ import annotations

import pytest
from coach_probes_round19 import ROUND19_KIND, ROUND19_KIND_FLAGGED_BY_OLDER_RULES, ROUND19_PROBES

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize(("text", "expected"), ROUND19_PROBES)
def test_the_constructions_of_round_nineteen_are_flagged_by_the_rules(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}


@pytest.mark.parametrize("text", ROUND19_KIND)
def test_no_round_nineteen_rule_flags_a_kind_twin(coach, text):
    found = coach.find(text, second_opinion=False)
    assert [f.rule_id for f in found if f.rule_id.startswith("r19_")] == []
    if text not in ROUND19_KIND_FLAGGED_BY_OLDER_RULES:
        assert found == []


def test_the_older_rules_known_flags_are_twins_of_this_round():
    assert set(ROUND19_KIND) >= ROUND19_KIND_FLAGGED_BY_OLDER_RULES
