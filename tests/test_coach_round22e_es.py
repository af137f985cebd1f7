"""Round 22 (e44): the probes and kind twins of the r22e_ rules (Spanish absolutes, blame and
sarcasm in the writer's own words), rules alone; the same shape as
tests/test_coach_round21c_es.py. The sentences are in tests/coach_probes_round22e_es.py."""

from __future__ import annotations

import pytest

from interventionplanner.storage.coach_rules import load_coach
from tests.coach_probes_round22e_es import ROUND22E_ES_KIND, ROUND22E_ES_PROBES

# Kind twins that rules older than this round flag on main already (for the false-flag work).
ROUND22E_ES_KIND_FLAGGED_BY_OLDER_RULES: set[str] = {
    "Otra vez nos juntamos todos en la casa de la abuela, como cada Navidad.",
    "Ojalá nunca jamás vuelvas a pasar por esto.",
    "Eres la razón por la que mi papá dejó de tomar.",
    "Mira cómo dejaste la cocina de limpia.",
    "No perdimos la casa por tus noches de parranda, la perdimos por la crisis.",
    "Gracias por dejar la botella, hijo, de corazón.",
    "No hay un solo día que no me arrepienta de haberte gritado.",
    "No te importa nada de lo que digan los demás, y eso admiro.",
}


@pytest.fixture(scope="module")
def coach():
    return load_coach("es")


@pytest.mark.parametrize(("text", "category"), ROUND22E_ES_PROBES)
def test_the_constructions_of_round_twenty_two_e_are_flagged_by_the_rules(coach, text, category):
    assert category in {f.category for f in coach.find(text, second_opinion=False)}


@pytest.mark.parametrize("text", ROUND22E_ES_KIND)
def test_no_round_twenty_two_e_rule_flags_a_kind_twin(coach, text):
    found = coach.find(text, second_opinion=False)
    assert [f.rule_id for f in found if f.rule_id.startswith("r22e_")] == []
    if text not in ROUND22E_ES_KIND_FLAGGED_BY_OLDER_RULES:
        assert found == []


def test_the_older_rules_known_flags_are_twins_of_this_round():
    assert set(ROUND22E_ES_KIND) >= ROUND22E_ES_KIND_FLAGGED_BY_OLDER_RULES


def test_every_round_twenty_two_e_rule_fires_on_a_probe(coach):
    ids = {rule.id for rule in coach.rules if rule.id.startswith("r22e_")}
    fired = {
        f.rule_id for text, _ in ROUND22E_ES_PROBES for f in coach.find(text, second_opinion=False)
    }
    assert ids
    assert ids <= fired, sorted(ids - fired)
