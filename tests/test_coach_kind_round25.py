"""Round 25 (g48): kind contexts of whole categories and narrowed older rules, English. Each
kind twin stays quiet, with the rules alone and with the second opinion; the harsh probe beside
each fix is still flagged by the rules; the second opinion's kind contexts read the twin and
not the harsh sentence beside it (tests/coach_probes_round25g.py)."""

from __future__ import annotations

import coach_probes_round25g as g48
import pytest

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.mark.parametrize("text", g48.KIND_TWINS)
def test_a_kind_twin_is_quiet(coach, text):
    assert coach.find(text, second_opinion=False) == []
    assert coach.find(text) == []


@pytest.mark.parametrize(("text", "category"), g48.PROBES)
def test_a_harsh_sentence_beside_a_fix_is_still_flagged(coach, text, category):
    assert category in {f.category for f in coach.find(text, second_opinion=False)}


def test_the_twins_flagged_before_are_twins():
    assert set(g48.KIND_TWINS) >= g48.KIND_TWINS_FLAGGED_BEFORE


@pytest.mark.parametrize(("category", "kind", "harsh"), g48.MODEL_QUIET)
def test_the_second_opinions_kind_context_reads_the_twin_not_the_harsh_sentence(
    coach, category, kind, harsh
):
    def quiet(text: str) -> bool:
        folded = coach.fold(text)
        return coach._quiet_in_sentence(category, folded, 0, len(folded), model=True)  # noqa: SLF001

    assert quiet(kind)
    assert not quiet(harsh)
