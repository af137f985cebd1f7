"""Round 26: kind contexts kept at merge. Each kind twin stays quiet, with the rules alone and
with the second opinion; the harsh sentence beside each context is still flagged by the rules
(tests/coach_probes_round26a.py: absolutes said warmly, the lead's a49;
tests/coach_probes_round26g.py: g49's two mends of sincere thanks and praise)."""

from __future__ import annotations

import coach_probes_round26a as a49
import coach_probes_round26g as g49
import pytest

from interventionplanner.storage.coach_rules import load_coach

TWINS = [text for module in (a49, g49) for text in module.KIND_TWINS]
PROBES = [probe for module in (a49, g49) for probe in module.PROBES]


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.mark.parametrize("text", TWINS)
def test_a_kind_twin_is_quiet(coach, text):
    assert coach.find(text, second_opinion=False) == []
    assert coach.find(text) == []


@pytest.mark.parametrize(("text", "category"), PROBES)
def test_a_harsh_sentence_beside_a_context_is_still_flagged(coach, text, category):
    assert category in {f.category for f in coach.find(text, second_opinion=False)}
