"""Round 26 (a49): absolutes said warmly stay quiet, with the rules alone and with the
second opinion; the harsh absolute beside each context is still flagged
(tests/coach_probes_round26a.py)."""

from __future__ import annotations

import coach_probes_round26a as a49
import pytest

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.mark.parametrize("text", a49.KIND_TWINS)
def test_an_absolute_said_warmly_is_quiet(coach, text):
    assert coach.find(text, second_opinion=False) == []
    assert coach.find(text) == []


@pytest.mark.parametrize(("text", "category"), a49.PROBES)
def test_a_harsh_absolute_beside_a_context_is_still_flagged(coach, text, category):
    assert category in {f.category for f in coach.find(text, second_opinion=False)}
