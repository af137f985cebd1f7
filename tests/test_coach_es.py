"""The coach in Spanish: its own rules, the same ten categories, measured like the English.

The development figures print in every run (tests/conftest.py); the held-out Spanish
sentences are written apart and scored by the lead, never tuned on.
"""

from __future__ import annotations

import json

import coach_corpus_es as dev
import coach_corpus_es_15 as dev15
import coach_corpus_es_25 as dev25
import coach_corpus_es_27 as dev27
import coach_corpus_es_44 as dev44
import coach_corpus_es_50 as dev50
import coach_corpus_es_58 as dev58
import coach_corpus_es_dev5 as fresh5
import coach_corpus_es_dev6 as fresh6
import coach_corpus_es_dev7 as fresh7
import pytest
from coach_scores import categories as _found
from coach_scores import score, score_batch

from interventionplanner import paths
from interventionplanner.domain.coach import CATEGORIES, apply
from interventionplanner.storage.coach_rules import (
    load_coach,
    prefilter_data,
    prefilter_file,
    rules_file,
)


@pytest.fixture(scope="module")
def coach():
    return load_coach("es")


def test_each_language_has_its_own_coach():
    assert load_coach("es").language == "es"
    assert load_coach("en").language == "en"
    assert load_coach("es") is load_coach("es")
    assert load_coach("fr") is load_coach("en")  # no rules in French: English
    assert load_coach(None) is load_coach("en")
    assert "label" in _found(load_coach("es"), "Eres un borracho.")
    assert "absolute" in _found(load_coach("es"), "Siempre me mientes.")
    assert _found(load_coach("en"), "Siempre me mientes.") == set()
    # The English coach knows only the Spanish labels bilingual families put in English
    # letters ("you're such a borracho": r12a_label-spanish-word), not Spanish itself.


def test_the_spanish_rules_cover_every_category_with_sources():
    coach = load_coach("es")
    assert {rule.category for rule in coach.rules} == set(CATEGORIES)
    for rule in coach.rules:
        for source in rule.sources:
            assert coach.sources[source].url.startswith("http"), rule.id


def test_the_stored_spanish_prefilter_is_current():
    """Regenerate with: python -m interventionplanner.storage.coach_rules"""
    raw = paths.resource(rules_file("es")).read_bytes()
    stored = json.loads(paths.resource(prefilter_file("es")).read_text("utf-8"))
    assert stored == prefilter_data(raw)


BATCHES = ("", *(f"_{n}" for n in (*range(2, 15), *range(16, 25))))
# Batches 15 ("dev 3") and 25 ("dev 4") are independent writers', each in a module of its own;
# 26 is round 4's kind twins of its new rules, beside batch 25; 27 to 43 are round 5's studies.
MODULES = [(dev, b) for b in BATCHES] + [(dev15, "_15"), (dev25, "_25"), (dev25, "_26")]
MODULES += [(dev27, f"_{n}") for n in range(27, 44)] + [(dev44, f"_{n}") for n in range(44, 50)]
MODULES += [(dev50, f"_{n}") for n in range(50, 58)]  # round 7 (h61): variants, kind twins
MODULES += [(dev58, f"_{n}") for n in range(58, 64)]  # round 8 (h74): variants, kind twins
# Development batches 5, 6 and 7, by three more writers who never saw the coach (each scored
# once first, figures in its docstring), joined the split in round 6; 44 to 49 are round 6's own.
FRESH = [(fresh5, "DEV5"), (fresh6, "DEV6"), (fresh7, "DEV7")]
FLAG = [s for m, b in MODULES for s in getattr(m, f"FLAG{b}")]
FLAG += [s for m, p in FRESH for s in getattr(m, f"{p}_FLAG")]
GOOD = [s for m, b in MODULES for s in getattr(m, f"GOOD{b}")]
GOOD += [s for m, p in FRESH for s in getattr(m, f"{p}_GOOD")]
TRAPS = [s for m, b in MODULES for s in getattr(m, f"TRAPS{b}")]
TRAPS += [s for m, p in FRESH for s in getattr(m, f"{p}_TRAPS")]


def test_the_spanish_development_split(coach, record_score):
    scores = score(coach, "Spanish development", FLAG, GOOD, TRAPS)
    for line in scores.lines():
        record_score(line)
    detail = "\n".join([*scores.misses, *scores.good_flagged, *scores.traps_flagged])
    for category in CATEGORIES:
        assert sum(category in c for _, c in FLAG) >= 20, category
        assert scores.recall(category) >= 0.95, detail
    assert scores.good_rate <= 0.02, detail
    assert scores.trap_rate <= 0.05, detail


def test_round_4_kind_twins_are_never_flagged(coach):
    """Round 4 (docs/coach.md): every new rule came with kind sentences in its own words, and
    fifteen trap studies widened the guards; none of those sentences, nor dev 4's traps, may
    be flagged (a guard that loses one has been narrowed too far)."""
    flagged = [t for t in dev25.TRAPS_25 + dev25.TRAPS_26 if coach.find(t)]
    assert not flagged, flagged


def test_round_5_traps_are_never_flagged(coach):
    """Round 5 (docs/coach.md) was precision first: its seventeen studies' traps (the writer
    speaking of themself, third persons, the loved one's words after "me dijiste:", idioms,
    kind absolutes, praise, reassurance, shared "nosotros", doctors, kind conditions, and the
    new rules' own words said kindly) are all read as kind; a guard that loses one has been
    narrowed too far."""
    flagged = [t for b in range(27, 44) for t in getattr(dev27, f"TRAPS_{b}") if coach.find(t)]
    assert not flagged, flagged


def test_round_8_traps_are_never_flagged(coach):
    """Round 8 (docs/coach.md) was traps first: a portrait of the reader in the past, sincere
    praise of the reader as a person, the reader's welcome, shared memories with "nosotros",
    "aquí estamos todos", good news someone told, a negated "última oportunidad", thanks for
    a gift; where a rule declines, the second opinion is not asked either, so none of these
    may be flagged by the rules or the model."""
    traps = [t for b in range(58, 64) for t in getattr(dev58, f"TRAPS_{b}")]
    flagged = [t for t in traps if coach.find(t)]
    assert not flagged, flagged


def test_round_4_guards_do_not_excuse_real_findings(coach):
    """The sentences of batch 26 that a wide guard could excuse ("me dijeron que no quieres
    ayuda", "seguir sin ti", "eres un fracasado, jaja") stay findings."""
    scores = score(coach, "Spanish batch 26", dev25.FLAG_26, [], [])
    assert scores.overall >= 0.95, "\n".join(scores.misses)


@pytest.mark.parametrize("batch", ["A", "B"])
def test_the_spanish_held_out_batches(coach, record_score, batch):
    """Written by a writer who never saw the coach; scored blind once on 2 December 2026
    (A: recall 0.80, traps 2/40; B: recall 0.57, good 1/60, traps 4/40; docs/coach.md).
    "Seen" since: their misses guided a tenth development batch of the same kinds (never
    their words), after which A scored 0.99 (traps 0/40) and B 0.99 (traps 2/40). The
    issue's targets are recall >= 0.85 and false flags <= 3 %; the floors below only catch
    a regression; the fresh blind batch C, scored by the lead, is the measure."""
    import coach_heldout_es as heldout

    name = f"Spanish held-out {batch} (blind, then seen)"
    scores = score_batch(coach, name, heldout, batch, record_score)
    assert scores.overall >= 0.9
    assert scores.good_rate <= 0.02
    assert scores.trap_rate <= 0.10


def test_the_spanish_blind_batch_c(coach, record_score):
    """Batch C, by a second writer who never saw the coach, written while the rules were
    tuned for A's and B's kinds of misses; scored blind once on 2 December 2026: recall 0.69
    (absolute 6/12, threat 6/12, sarcasm 6/12, label 7/11), good 0/60, traps 6/50. Round 3
    (docs/coach.md) raised it to about 0.79, but C's misses are printed by every run of this
    file and were read at the round's start, so that figure is "seen", not blind: the lead's
    fresh held-out batch is the measure. The floors only catch a regression."""
    import coach_heldout_es as heldout

    c = score_batch(coach, "Spanish held-out C (blind, then seen)", heldout, "C", record_score)
    assert c.overall >= 0.75
    assert c.good_rate <= 0.02
    assert c.trap_rate <= 0.15


def test_calm_consequences_belong_to_the_bottom_line(coach):
    for text in dev.BOTTOM_LINE_OK + dev27.BOTTOM_LINE_OK_27:
        assert "threat" not in _found(coach, text, "bottom_line"), text
        assert "threat" in _found(coach, text, "letter"), text


@pytest.mark.parametrize(
    "text",
    [
        "tu eres un borracho",  # no accent on "tú"
        "Tú eres un borracho",
        "TÚ ERES UN BORRACHO",
        "Eres una borracha",
        "Ustedes saben que él es un buen hombre, pero usted es un borracho",
        "Vos sos un borracho",
        "Te volviste una adicta",
        "Te has vuelto un adicto",
    ],
)
def test_labels_in_every_form_of_address_and_gender(coach, text):
    assert "label" in _found(coach, text)


@pytest.mark.parametrize(
    "text",
    [
        "No estás limpio, lo sabemos.",
        "Si estuvieras limpio, podrías ver a tus hijos.",
        "Dices que estás limpia, pero no te creo.",
    ],
)
def test_limpio_is_the_point_even_when_denied(coach, text):
    assert "clean" in _found(coach, text)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ('Me dijiste: "soy un borracho y no sirvo para nada".', "the loved one's own words"),
        ("Mi padre era un borracho, y no quiero eso para ti.", "a third person"),
        ("Yo también fui adicta durante diez años.", "the writer about herself"),
        ("No eres un adicto, eres mi hermano.", "negated"),
        ("Eres adicto al trabajo, como tu abuelo.", "an idiom"),
        ("Los martes vas a Alcohólicos Anónimos.", "a name"),
        ("La cocina está limpia.", "a kitchen"),
        ("Siempre me hacías reír.", "praise with siempre"),
        ("La casa no está limpia, pero no importa.", "a house, negated"),
        ("Si fueras un mal padre, no estaríamos aquí.", "a condition"),
        ("Me dijiste que te sentías un fracasado.", "the loved one's words, retold"),
        ("Soy hija de un alcohólico.", "the writer's parent"),
        ("Podrás llamarlos cada vez que el centro lo permita.", "a permission, not a habit"),
    ],
)
def test_what_is_not_a_finding(coach, text, why):
    assert _found(coach, text) == set(), why


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eres un adicto y me duele.", "Eres alguien con una adicción y me duele."),
        ("Llevas dos meses limpio.", "Llevas dos meses sin consumir."),
        ("Tu prueba salió sucia.", "Tu prueba salió positiva."),
        ("Tu análisis dio sucio.", "Tu análisis dio positivo."),
        ("Tu abuso de pastillas me asusta.", "Tu consumo de pastillas me asusta."),
        ("Todos pensamos que necesitas ayuda.", "Pienso que necesitas ayuda."),
        ("Sabemos que sigues tomando.", "Sé que sigues tomando."),
        ("Hemos decidido hablar contigo.", "He decidido hablar contigo."),
        ("El antidoping salió limpio.", "El antidoping salió negativo."),
        (
            "La prueba de orina salió limpia otra vez.",
            "La prueba de orina salió negativa otra vez.",
        ),
    ],
)
def test_every_spanish_suggestion_reads_correctly_in_its_sentence(coach, text, expected):
    findings = [f for f in coach.find(text) if f.suggestion]
    assert len(findings) == 1, findings
    assert apply(text, findings[0]) == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("nunk me escuchas", "absolute"),  # texting forms of a word, from the file's word_forms
        ("Dicen k sigues tomando.", "hearsay"),
        ("me dijeron q andas mal", "hearsay"),
        ("gracias x nada, como siempre", "sarcasm"),
        ("No sé si eres bipolar.", "diagnosis"),  # a hedge is still the writer's label
        ("El cristal te volvió paranoico.", "diagnosis"),  # a cause, then "you"
        ("Eres una persona tóxica y manipuladora.", "diagnosis"),  # the second of a pair
        ("Si no vas al centro, no vuelves a ver a los niños.", "threat"),  # a refusal + its price
        ("Elige: la botella o tus hijos.", "threat"),
        ("Qué responsable, gastarte la renta en apuestas.", "sarcasm"),  # praise, then the act
        ("Tu 'trabajo' de los viernes termina en la cantina.", "sarcasm"),  # scare quotes
        ("Mientes siempre.", "absolute"),  # after the verb
        ("No me llamas nunca.", "absolute"),
        ("Todos nosotros ya no confiamos en ti.", "we"),
        ("Gracias a vos perdimos el departamento.", "blame"),
    ],
)
def test_constructions_in_new_words(coach, text, category):
    assert category in _found(coach, text)


@pytest.mark.parametrize(
    "text",
    [
        "Me dijiste «soy un borracho» y lloré.",  # angle quotes are quotations too
        "Tú nunca fuiste egoísta.",  # "tú nunca" is negation
        "Nada de esto es tu culpa.",
        "Gracias a ti aprendí a pescar.",
        "Todos confiamos en que vas a salir adelante.",
        "Si no puedes venir el domingo, no pasa nada.",
        "No te rindas nunca.",
        "Tu 'abuelita' de la iglesia te mandó saludos.",
        "Qué lindo detalle el que tuviste con tu abuela.",
        "El doctor descartó que fueras bipolar.",
    ],
)
def test_kind_words_around_the_new_constructions(coach, text):
    assert _found(coach, text) == set()


def test_word_forms_never_widen_a_lookbehind():
    """A word's texting forms are longer or shorter than it: inside a lookbehind, which
    must keep its width, the word is left as written."""
    from interventionplanner.domain.coach import Coach, CoachRule

    rule = CoachRule(
        id="r",
        category="absolute",
        patterns=("(?<=nunca\\ )(?:me|te) escuchas",),
        message="m",
        sources=("s",),
        unless_followed_by=("nunca",),
    )
    coach = Coach([rule], word_forms={"nunca": ["nunk"]})
    coach.check()
    assert [f.text for f in coach.find("nunca me escuchas")] == ["me escuchas"]
    assert coach.find("nunk me escuchas") == []  # in a lookbehind, only the word as written


def test_offsets_are_the_letters_own_with_accents_and_curly_quotes(coach):
    text = "«Tranquila», dijo. Tú eres un drogadicto, y tú lo sabes."
    for finding in coach.find(text):
        assert text[finding.start : finding.end] == finding.text
    assert any(f.text == "drogadicto" or "drogadicto" in f.text for f in coach.find(text))


def test_check_letter_reads_a_spanish_letter_with_the_spanish_coach(tmp_path, capsys):
    from interventionplanner.cli import main

    letter = tmp_path / "carta.txt"
    text = "Mamá, te quiero. Eres una alcohólica y llevas un mes limpia."
    letter.write_text(text, encoding="utf-8")
    assert main(["check-letter", str(letter), "--language", "es", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [f["category"] for f in result["findings"]] == ["label", "clean"]
    for finding in result["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]
    assert main(["check-letter", str(letter), "--json"]) == 0  # English by default
    assert json.loads(capsys.readouterr().out)["findings"] == []


def test_the_new_development_batches_share_nothing_with_the_held_out_ones():
    """Batches 10 to 14 were written after the held-out A and B were seen: of their kinds,
    never their words; batch 15 by an independent writer (two sentences it shared with
    held-out C were dropped). (Six short sentences of the older batches, such as "Eres un
    egoísta.", happen to match held-out ones word for word; they predate A and B.)"""
    import coach_heldout_es as heldout

    held = {
        item[0] if isinstance(item, tuple) else item
        for batch in "ABC"
        for kind in ("FLAG", "GOOD", "TRAPS")
        for item in getattr(heldout, f"{kind}_{batch}")
    }
    recent = [(m, b) for m, b in MODULES if b and int(b[1:]) >= 10]
    new = [t for m, b in recent for t, _ in getattr(m, f"FLAG{b}")]
    new += [t for m, b in recent for t in getattr(m, f"TRAPS{b}")]
    new += [t for m, b in recent for t in getattr(m, f"GOOD{b}")]
    assert len(new) > 500
    shared = held & set(new)
    assert not shared, sorted(shared)  # only the shared sentences, never the held-out list


@pytest.mark.parametrize(("batch", "least", "most_traps"), [("D", 0.85, 0.06), ("E", 0.80, 0.14)])
def test_the_spanish_blind_batches_d_and_e(coach, record_score, batch, least, most_traps):
    """Batches D and E, by a third and a fourth writer who never saw the coach, kept outside
    the project while rounds 3 to 5 of rules were written, and never shown to their
    writers: the honest Spanish figures. Scored by the lead at three moments (docs/coach.md):
    D 0.76 before round 3, 0.86 after it, 0.87 after round 4; E 0.71, 0.81, 0.82. Round 5
    of rules (precision first) ran their figures twice only, never their sentences: D 0.87
    with traps 2/48, E 0.83 with traps 3/47 (from 6/47). The learned second opinion trains on
    D and E since round 6; the newest held-out batches are the honest measure now
    (tests/test_coach_heldout_newest.py). The issue's targets are recall >= 0.85 and false
    flags <= 3 %; the floors only catch a regression."""
    import coach_heldout_es as heldout

    name = f"Spanish held-out {batch} (blind)"
    scores = score_batch(coach, name, heldout, batch, record_score)
    assert scores.overall >= least
    assert scores.good_rate <= 0.02
    assert scores.trap_rate <= most_traps


@pytest.mark.parametrize(
    ("batch", "least", "most_traps"),
    [
        ("F", 0.84, 0.10),
        ("G", 0.82, 0.08),
        ("H", 0.88, 0.06),
        ("I", 0.80, 0.04),
        ("J", 0.90, 0.04),
        ("K", 0.90, 0.04),
    ],
)
def test_the_spanish_blind_batches_f_to_k(coach, record_score, batch, least, most_traps):
    """Batches F and G (round 5), H and I (round 6), J and K (round 7), by writers who never
    saw the coach, each kept outside the project while a round of rules and the learned second
    opinion were written; trained and tuned on from the round after (tests/test_coach_heldout_
    newest.py has the fresh figures). First scored before their round: F 0.81, G 0.76, H 0.83,
    I 0.81 (rules alone), J 0.89, K 0.91 (with the second opinion; docs/coach.md). The issue's
    targets are recall >= 0.85 and false flags <= 3 %; the floors only catch a regression."""
    import coach_heldout_es as heldout

    scores = score_batch(coach, f"Spanish held-out {batch} (blind)", heldout, batch, record_score)
    assert scores.overall >= least
    assert scores.good_rate <= 0.02
    assert scores.trap_rate <= most_traps
