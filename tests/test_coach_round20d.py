"""Round 20 (r42d): hearsay and threats in a writer's own words, the constructions the r20d_
rules read, said in words of our own, and their kind twins (tests/coach_probes_round20d.py),
rules alone."""

from __future__ import annotations

import pytest
from coach_probes_round20d import (
    ROUND20D_BOTTOM_LINE,
    ROUND20D_KIND,
    ROUND20D_KIND_FLAGGED_BY_OLDER_RULES,
    ROUND20D_PROBES,
)

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize(("text", "expected"), ROUND20D_PROBES)
def test_the_constructions_of_round_twenty_d_are_flagged_by_the_rules(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}


@pytest.mark.parametrize("text", ROUND20D_KIND)
def test_no_round_twenty_d_rule_flags_a_kind_twin(coach, text):
    found = coach.find(text, second_opinion=False)
    assert [f.rule_id for f in found if f.rule_id.startswith("r20d_")] == []
    if text not in ROUND20D_KIND_FLAGGED_BY_OLDER_RULES:
        assert found == []


@pytest.mark.parametrize("text", ROUND20D_BOTTOM_LINE)
def test_a_calm_consequence_is_quiet_in_the_bottom_line_and_a_threat_in_the_letter(coach, text):
    in_bottom_line = coach.find(text, "bottom_line", second_opinion=False)
    assert "threat" not in {f.category for f in in_bottom_line}
    assert "threat" in {f.category for f in coach.find(text, second_opinion=False)}


def test_the_older_rules_known_flags_are_twins_of_this_round():
    assert set(ROUND20D_KIND) >= ROUND20D_KIND_FLAGGED_BY_OLDER_RULES
