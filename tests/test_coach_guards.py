"""The false-flag lanes' guards, rules alone: each round's kind twins stay quiet, and the
harsh probe beside each guarded rule is still flagged (tests/coach_guards_round20.py, f42;
…round21.py, f43)."""

from __future__ import annotations

import coach_guards_round20 as r20
import coach_guards_round21 as r21
import pytest

from interventionplanner.storage.coach_rules import load_coach

ROUNDS = {"round 20": r20, "round 21": r21}
TWINS = [
    (language, text)
    for round_ in ROUNDS.values()
    for language, twins in (("en", round_.KIND_TWINS), ("es", round_.KIND_TWINS_ES))
    for text in twins
]
PROBES = [
    (language, *probe)
    for round_ in ROUNDS.values()
    for language, probes in (("en", round_.PROBES), ("es", round_.PROBES_ES))
    for probe in probes
]


@pytest.fixture(scope="module")
def coaches():
    return {language: load_coach(language) for language in ("en", "es")}


@pytest.mark.parametrize(("language", "text"), TWINS)
def test_a_kind_twin_is_quiet(coaches, language, text):
    assert coaches[language].find(text, second_opinion=False) == []


@pytest.mark.parametrize(("language", "text", "category", "rule_id"), PROBES)
def test_a_guarded_rule_still_flags_a_harsh_sentence(coaches, language, text, category, rule_id):
    found = coaches[language].find(text, second_opinion=False)
    assert category in {f.category for f in found}
    if rule_id is not None:
        assert rule_id in {f.rule_id for f in found}
