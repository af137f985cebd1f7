"""Every form of a word the rules name is caught, checked against a lemmatiser's own tables.

The rules spell their forms out in regular expressions (so the app needs no lemmatiser at
run time, and the coach's first use stays quick); lemminflect, a test dependency, lists
each lemma's inflections, and every one that fits the sentence must be found.
"""

from __future__ import annotations

import pytest

from interventionplanner.storage.coach_rules import load_coach

lemminflect = pytest.importorskip("lemminflect")


def forms(lemma: str, upos: str, skip: tuple[str, ...] = ()) -> list[str]:
    table = lemminflect.getAllInflections(lemma, upos=upos)
    return sorted({f for tag, found in table.items() if tag not in skip for f in found})


@pytest.fixture(scope="module")
def coach():
    return load_coach()


# "You" takes no third-person "-s" form (VBZ), so those are left out.
VERB_CASES = [
    ("You {} our family.", "ruin", "blame"),
    ("You {} our family.", "wreck", "blame"),
    ("You {} our family.", "destroy", "blame"),
    ("You {} the pills over your kids.", "choose", "blame"),
    ("You {} the bottle over us.", "pick", "blame"),
    ("You {} the pills before your own son.", "put", "blame"),
    ("You keep {} your prescription.", "abuse", "label"),
]


@pytest.mark.parametrize(("template", "lemma", "category"), VERB_CASES)
def test_every_form_of_a_verb(coach, template, lemma, category):
    for form in forms(lemma, "VERB", skip=("VBZ",)):
        text = template.format(form)
        if lemma == "abuse" and form != "abusing":
            continue  # "keep …ing" takes only the gerund
        assert category in {f.category for f in coach.find(text)}, text


@pytest.mark.parametrize(
    "lemma", ["addict", "junkie", "alcoholic", "drunk", "pothead", "stoner", "tweaker"]
)
def test_every_form_of_a_label(coach, lemma):
    for form in forms(lemma, "NOUN"):
        text = f"I can't live with {form}." if form.endswith("s") else f"You're a {form}."
        assert "label" in {f.category for f in coach.find(text)}, text
