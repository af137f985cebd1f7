"""Round 20 (r42a): absolutes and blame said in a writer's own words; the constructions the
r20a_ rules read, said in words of our own, and their kind twins
(tests/coach_probes_round20a.py), rules alone."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
from coach_probes_round20a import (
    ROUND20A_KIND,
    ROUND20A_KIND_FLAGGED_BY_OLDER_RULES,
    ROUND20A_PROBES,
)

from interventionplanner.storage.coach_rules import load_coach

TESTS = Path(__file__).parent


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize(("text", "expected"), ROUND20A_PROBES)
def test_the_constructions_of_round_twenty_a_are_flagged_by_the_rules(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}


@pytest.mark.parametrize("text", ROUND20A_KIND)
def test_no_round_twenty_a_rule_flags_a_kind_twin(coach, text):
    found = coach.find(text, second_opinion=False)
    assert [f.rule_id for f in found if f.rule_id.startswith("r20a_")] == []
    if text not in ROUND20A_KIND_FLAGGED_BY_OLDER_RULES:
        assert found == []


def test_the_older_rules_known_flags_are_twins_of_this_round():
    assert set(ROUND20A_KIND) >= ROUND20A_KIND_FLAGGED_BY_OLDER_RULES


def test_every_round_twenty_a_rule_fires_on_a_probe_or_a_batch_it_was_read_from(coach):
    """Where two findings of one category overlap the longer is kept, so a probe may be
    caught by an older rule; every r20a_ rule still gives a finding of its own somewhere in
    the probes or the development batches it was written from (dev 3-82)."""
    ids = {rule.id for rule in coach.rules if rule.id.startswith("r20a_")}
    assert len(ids) >= 50
    texts = [text for text, _ in ROUND20A_PROBES]
    for number in range(3, 83):
        batch = runpy.run_path(str(TESTS / f"coach_dev{number}.py"))
        texts += [text for text, _ in batch[f"DEV{number}_FLAG"]]
    fired = {f.rule_id for text in texts for f in coach.find(text, second_opinion=False)}
    assert ids <= fired, sorted(ids - fired)
