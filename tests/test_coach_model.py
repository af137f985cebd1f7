"""The coach's second opinion: a small linear model per category beside the rules.

docs/coach.md ("A second opinion") says how it is trained and what it may do: it speaks only
where the rules found nothing of a category and did not decline it, never about words in a
quotation, never a threat in the bottom line, with the category's reason and no suggestion,
and it underlines the few words that carried its score.
"""

from __future__ import annotations

import json
import re

import coach_corpus as dev
import coach_corpus_es as dev_es
import pytest

from interventionplanner import paths
from interventionplanner.domain.coach import CATEGORIES
from interventionplanner.domain.coach_model import (
    CoachModel,
    fingerprint,
    model_from_data,
    sentence_features,
)
from interventionplanner.domain.sentences import map_text
from interventionplanner.storage import coach_model_train as train
from interventionplanner.storage.coach_model import load_model, model_file
from interventionplanner.storage.coach_rules import coach_from_data, load_coach, rules_file

LANGUAGES = ("en", "es")
CORPUS = {"en": dev, "es": dev_es}


def _by_model(coach, text: str, part: str = "letter"):
    return [f for f in coach.find(text, part) if f.rule_id.startswith("model:")]


def _caught_by_model_only(language: str) -> list[tuple[str, str]]:
    """(sentence, category) from what the model was trained on that the model finds and the
    rules do not: what it adds."""
    coach = load_coach(language)
    out = []
    for sentence in train.corpus(language):
        if sentence.kind != "flag":
            continue
        text = sentence.text
        rules = {f.category for f in coach.find(text, second_opinion=False)}
        for finding in _by_model(coach, text):
            if finding.category in sentence.labels - rules:
                out.append((text, finding.category))
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_model_is_loaded_and_adds_findings_the_rules_miss(language):
    caught = _caught_by_model_only(language)
    assert len(caught) >= 5, caught  # the rules catch 98 % of these; the model adds some
    coach = load_coach(language)
    messages = {c: {r.message for r in coach.rules if r.category == c} for c in CATEGORIES}
    for text, category in caught:
        rules_only = {f.category for f in coach.find(text, second_opinion=False)}
        assert category not in rules_only, text
        finding = next(f for f in _by_model(coach, text) if f.category == category)
        assert finding.rule_id == f"model:{category}"
        assert finding.suggestion is None
        assert finding.message in messages[category]
        # A short span of the writer's own words, inside the sentence, at its offsets.
        assert text[finding.start : finding.end] == finding.text
        assert 0 < len(re.findall(r"\w+(?:['’]\w+)*", finding.text)) <= 4, (
            finding.text
        )  # words, not dashes


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_model_never_speaks_about_words_in_a_quotation(language):
    coach = load_coach(language)
    said = "She wrote to me: " if language == "en" else "Ella me escribió: "
    for text, _ in _caught_by_model_only(language):
        quoted = f'{said}"{text.rstrip(".!?")}."'
        inside = len(said) + 1
        for finding in _by_model(coach, quoted):
            assert finding.end <= inside or finding.start >= len(quoted) - 2, (quoted, finding)


def test_no_threat_from_the_model_in_the_bottom_line():
    """A calm consequence is expected in the bottom line: the model's threat stays in the
    letter. Sentences where the model finds a threat in the letter are checked again as a
    bottom line."""
    found = 0
    for language in LANGUAGES:
        coach = load_coach(language)
        for sentence in train.corpus(language):
            text = sentence.text
            if "threat" not in sentence.labels:
                continue
            if any(f.category == "threat" for f in _by_model(coach, text)):
                found += 1
                assert not [
                    f for f in _by_model(coach, text, "bottom_line") if f.category == "threat"
                ]
    assert found >= 3


def test_the_example_letters_draw_nothing_from_the_model_either(demo_plan):
    coach = load_coach()
    for person in demo_plan.participants:
        assert _by_model(coach, person.letter.text()) == [], person.name


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_model_file_names_what_it_left_out_and_stays_small(language):
    path = paths.resource(model_file(language))
    assert path.stat().st_size < 1_000_000
    data = json.loads(path.read_text("utf-8"))
    held = data["training"]["held_out_not_trained_on"]
    batches = (
        ("AH", "AI", "AJ", "AK") if language == "en" else ("L",)
    )  # the newest held-out batches
    for batch in batches:
        for kind in ("FLAG", "GOOD", "TRAPS"):
            assert f"{kind}_{batch}" in held["lists"]
    assert held["lists"] == list(train.HELD_OUT[language])
    assert not any(
        s.endswith(f":{name}")
        for s in data["training"]["sets"]
        for name in held["lists"]
        if s.startswith(held["module"].removeprefix("tests/").removesuffix(".py"))
    )
    assert data["trained"]
    assert data["language"] == language
    for category in data["order"]:
        entry = data["categories"][category]
        assert 0.5 <= entry["threshold"] <= 1.0
        assert entry["weights"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_model_was_trained_on_the_current_sentences_and_rules(language):
    """After adding labelled sentences or changing the rules, retrain:
    python -m interventionplanner.storage.coach_model_train (needs the [train] extra)."""
    coach = load_coach(language)
    sentences = train.corpus(language)
    sentences += train.fixed(sentences, coach)
    stored = json.loads(paths.resource(model_file(language)).read_text("utf-8"))
    assert stored["training"]["sha256"] == train.digest(sentences)


@pytest.mark.parametrize("language", LANGUAGES)
def test_training_and_run_time_read_a_sentence_the_same_way(language):
    """One feature function (domain/coach_model.py) for both; and the quick path that scores
    a quotation-free sentence from its words gives the same scores as the features do."""
    coach = load_coach(language)
    model = coach.model()
    assert isinstance(model, CoachModel)
    module = CORPUS[language]
    texts = [t for t, _ in module.FLAG[:300]] + module.GOOD[:100] + module.TRAPS[:100]
    for text in texts:
        folded = coach.fold(text)
        text_map = map_text(folded)
        spans = text_map.spans()
        if len(spans) != 1 or text_map.quotes:
            continue
        at_run_time = sentence_features(folded, 0, len(text), text_map.quotes, language)
        assert train.training_features(coach, text) == at_run_time
        quick = model._score_words(folded)
        assert quick == pytest.approx(model.scores(at_run_time), abs=1e-9), text


def test_the_model_is_read_on_first_use_only():
    calls = []

    def loader():
        calls.append(1)
        return load_model("en")

    raw = json.loads(paths.resource(rules_file("en")).read_text("utf-8"))
    coach = coach_from_data(raw, model=loader)
    assert calls == []
    coach.find("You always lie.")
    coach.find("You never call.")
    assert calls == [1]


def test_paragraph_offsets_hold_for_the_model_too():
    coach = load_coach()
    caught = _caught_by_model_only("en")
    text = "I love you.\n\n" + caught[0][0] + "\n\nSee you Sunday."
    start = text.index(caught[0][0])
    whole = coach.find(text)
    paragraph = coach.find(text, start=start, end=start + len(caught[0][0]))
    assert [f for f in whole if f.rule_id.startswith("model:")] == [
        f for f in paragraph if f.rule_id.startswith("model:")
    ]
    assert all(text[f.start : f.end] == f.text for f in paragraph)


def test_training_weighs_what_the_model_is_asked_about():
    """A labelled sentence the rules miss weighs more than one they catch; a kind sentence
    is at most a weak negative for a category the rules declined in it (never asked there);
    a FLAG sentence is a weak negative for its other categories."""
    missed = train.Sentence("You are such a mess.", "flag", {"insult"}, "g")
    caught = train.Sentence("You're a drunk.", "flag", {"label"}, "g", by_rules={"label"})
    trap = train.Sentence("He's a news junkie.", "trap", set(), "g", declined={"label"})
    assert train._weight(missed, "insult") == train.MISSED_WEIGHT > 1.0
    assert train._weight(caught, "label") == 1.0
    assert train._weight(missed, "label") == train.OTHER_WEIGHT
    assert 0.0 < train._weight(trap, "label") == train.DECLINED_WEIGHT["en"] < 1.0
    assert train._weight(trap, "label", "es") == train.DECLINED_WEIGHT["es"] == 0.0
    assert train._weight(trap, "insult") == 1.0  # as a good sentence


def _budget_case(insult_goods: list[float]):
    """Ten label and ten insult sentences the model alone catches (scores 0.95 down to
    0.5), 400 good sentences and 400 traps; four good sentences score high for label, and
    `insult_goods` are the insult scores of four other good sentences."""
    sentences, scores = [], []
    for k in range(10):
        for category in ("label", "insult"):
            sentences.append(train.Sentence(f"{category} {k}", "flag", {category}, category))
            scores.append({category: 0.95 - 0.05 * k})
    for k in range(400):
        score = {"label": 0.92 - 0.1 * k} if k < 4 else {}
        if 10 <= k < 10 + len(insult_goods):
            score["insult"] = insult_goods[k - 10]
        sentences += [train.Sentence(f"good {k}", "good", set(), "good")]
        sentences += [train.Sentence(f"trap {k}", "trap", set(), "traps")]
        scores += [score, {}]
    return sentences, scores


def test_each_category_spends_only_its_own_share_of_the_budgets():
    """A category's threshold depends on its own scores only (round 24, m46, English). The
    shared budget, spent greedily, gives label 0.55 when no good sentence scores high for insult and
    0.95 when four do (insult spends the good budget label had used); with each category's
    own share (half each here: as many labels the rules miss) label stays at 0.75, the
    lowest of its levels with at most its two good sentences, whatever insult's scores."""
    shares = train.budget_shares(_budget_case([])[0])
    assert shares["label"] == shares["insult"] == 0.5
    assert sum(shares.values()) == 1.0
    quiet = train.thresholds(*_budget_case([]), 0.02)
    loud = train.thresholds(*_budget_case([0.97, 0.96, 0.93, 0.91]), 0.02)
    assert quiet["label"] == loud["label"] == pytest.approx(0.75)
    assert quiet["insult"] == pytest.approx(0.55)
    assert loud["insult"] == pytest.approx(0.95)
    assert quiet["threat"] == loud["threat"] == 1.0  # nothing to catch, nothing spent
    # The shared budget (Spanish still) lets insult's scores move label's threshold.
    shared_quiet = train.shared_thresholds(*_budget_case([]), 0.02)
    shared_loud = train.shared_thresholds(*_budget_case([0.97, 0.96, 0.93, 0.91]), 0.02)
    assert shared_quiet["label"] == pytest.approx(0.55)
    assert shared_loud["label"] == pytest.approx(0.95)
    assert train.OWN_SHARES == {"en": True, "es": False}


def test_a_batchs_fold_is_a_hash_of_its_own_name():
    """Adding or dropping a batch moves no other batch into another fold (round 24)."""
    names = [f"coach_dev{n}:DEV{n}_FLAG" for n in range(1, 200)]
    folds = {name: train.fold_of(name) for name in names}
    assert set(folds.values()) == set(range(train.FOLDS))
    assert {name: train.fold_of(name) for name in names[::2]} == {
        name: folds[name] for name in names[::2]
    }
    assert train.fold_of("coach_dev116:DEV116_FLAG") == 1  # sha256, not Python's hash()


def test_a_sentence_found_again_gives_the_same_findings_from_memory():
    """A sentence over a threshold is remembered with what was found in it, at offsets from
    its start: found again elsewhere in a letter, or once the scores are forgotten, the
    findings are the same as when first read."""
    coach = load_coach()
    text = _caught_by_model_only("en")[0][0]
    first = coach.find(text)
    by_model = [(f.category, f.start, f.end) for f in _by_model(coach, text)]
    letter = "I love you.\n\n" + text + "\n\nSee you Sunday. " + text
    again = _by_model(coach, letter)
    assert len(again) == 2 * len(by_model) > 0
    for copy in (again[: len(by_model)], again[len(by_model) :]):
        shift = copy[0].start - by_model[0][1]
        assert [(f.category, f.start - shift, f.end - shift) for f in copy] == by_model
    assert all(letter[f.start : f.end] == f.text for f in again)
    coach.model()._memo.clear()
    assert coach.find(text) == first


def test_both_validations_leave_out_new_writers_and_only_them():
    """`--validate` leaves out round 7's dev 10-14, `--validate-fresh` the twenty fresh
    writers of rounds 10 to 13 (dev 32-51): trained without them, scored on each of their
    batches, pooled, by round and by batch."""
    tests = train._tests_dir()
    assert train._modules(tests, train.VALIDATION["en"]) == {f"coach_dev{n}" for n in range(10, 15)}
    fresh = train._modules(tests, train.VALIDATION_FRESH["en"])
    assert fresh == {f"coach_dev{n}" for n in range(32, 52)}
    parts = [train._modules(tests, modules) for modules in train.FRESH_PARTS.values()]
    rounds = ((32, 39), (39, 44), (44, 49), (49, 52))
    assert parts == [{f"coach_dev{n}" for n in range(a, b)} for a, b in rounds]
    lists = train.validation_lists("en", train.VALIDATION_FRESH["en"])
    assert [name for name, *_ in lists] == [f"coach_dev{n}:DEV{n}" for n in range(32, 52)]
    assert all(good and traps for _, flagged, good, traps in lists)
    kept = {s.group.split(":")[0] for s in train.corpus("en", train.VALIDATION_FRESH["en"])}
    assert not kept & fresh
    assert "coach_dev31" in kept


def test_the_newest_validation_leaves_out_round_16s_writers_and_only_them():
    """`--validate-newest` leaves out round 16's five fresh writers (dev 59-63), the nearest
    to the newest held-out ones: trained without them, scored on each of their batches."""
    tests = train._tests_dir()
    newest = train._modules(tests, train.VALIDATION_NEWEST["en"])
    assert newest == {f"coach_dev{n}" for n in range(59, 64)}
    lists = train.validation_lists("en", train.VALIDATION_NEWEST["en"])
    assert [name for name, *_ in lists] == [f"coach_dev{n}:DEV{n}" for n in range(59, 64)]
    assert all(flagged and good and traps for _, flagged, good, traps in lists)
    kept = {s.group.split(":")[0] for s in train.corpus("en", train.VALIDATION_NEWEST["en"])}
    assert not kept & newest
    assert {"coach_dev58", "coach_dev51"} <= kept


ROUND_SPLITS = [
    (
        22,
        {
            "en": (range(117, 137), {"coach_dev116", "coach_dev103"}),
            "es": (range(20, 28), {"coach_corpus_es_dev19", "coach_corpus_es_dev18"}),
        },
    ),
    (
        23,
        {
            "en": (range(142, 157), {"coach_dev141", "coach_dev137"}),
            "es": (range(29, 36), {"coach_corpus_es_dev28", "coach_corpus_es_dev27"}),
        },
    ),
    (
        24,
        {
            "en": (range(162, 177), {"coach_dev161", "coach_dev157"}),
            "es": (range(37, 44), {"coach_corpus_es_dev36", "coach_corpus_es_dev35"}),
        },
    ),
    (
        25,
        {
            "en": (range(182, 197), {"coach_dev181", "coach_dev177"}),
            "es": (range(45, 50), {"coach_corpus_es_dev44", "coach_corpus_es_dev43"}),
        },
    ),
    (
        26,
        {
            "en": (range(201, 221), {"coach_dev200", "coach_dev221"}),
            "es": (range(51, 54), {"coach_corpus_es_dev50", "coach_corpus_es_dev49"}),
        },
    ),
]


@pytest.mark.parametrize(
    ("split", "expected"), ROUND_SPLITS, ids=[f"round{n}" for n, _ in ROUND_SPLITS]
)
def test_a_rounds_validation_leaves_out_its_unread_writers_and_only_them(split, expected):
    """`--validate-roundN` (`VALIDATION_ROUNDS[N]`) leaves out round N's unread writers, the
    newest: trained without them, scored on each of their batches."""
    tests = train._tests_dir()
    for language, (numbers, neighbours) in expected.items():
        stem = "coach_dev" if language == "en" else "coach_corpus_es_dev"
        left_out = {f"{stem}{n}" for n in numbers}
        modules = train.VALIDATION_ROUNDS[split][language]
        assert train._modules(tests, modules) == left_out
        lists = train.validation_lists(language, modules)
        assert {name.split(":")[0] for name, *_ in lists} == left_out
        assert len(lists) == len(left_out)
        assert all(flagged and good and traps for _, flagged, good, traps in lists)
        kept = {s.group.split(":")[0] for s in train.corpus(language, modules)}
        assert not kept & left_out
        assert neighbours <= kept


def test_every_rounds_validation_is_checked():
    assert {n for n, _ in ROUND_SPLITS} == set(train.VALIDATION_ROUNDS)


def test_the_trainer_refuses_a_mode_it_does_not_know(capsys):
    """A mistyped round is a usage error (2), not a language to train."""
    assert train.main(["--validate-round99"]) == 2
    assert "--validate-round99" in capsys.readouterr().err


def test_a_batch_is_on_target_category_by_category():
    """The issue's criterion for a batch: every category with at least ten sentences at a
    recall of 0.9 or more; smaller categories are not counted."""
    f = train.Figures()
    f.total.update(label=12, clean=12, absolute=9)
    f.caught.update(label=11, clean=10, absolute=5)
    assert train.on_target(f) == (1, 2)  # 11/12 is 0.917; 10/12 is 0.833; 9 not counted
    both = train.pooled([f, f])
    assert (both.total["absolute"], both.caught["clean"]) == (18, 20)
    assert train.on_target(both) == (1, 3)


def test_texting_twins_teach_the_model_the_way_some_writers_text():
    """Each training sentence also teaches as a texting writer would send it (round 12),
    weighing less, from the same batch, with the same labels; the thresholds and the known
    kind sentences stay the sentences' own."""
    from interventionplanner.storage.coach_model_texting import texting

    assert texting("You're a drunk and you’ll never change.") == "ur a drunk and ull never change"
    assert texting("I don't think your friends are going to help you.") == (
        "i dont think ur friends are gonna help u"
    )
    coach = load_coach()
    flagged = train.Sentence("You are always drunk.", "flag", {"absolute"}, "coach_dev9:DEV9_FLAG")
    fixed = train.Sentence("You're struggling.", "fixed", set(), "g", negative_for={"label"})
    same = train.Sentence("we love u", "good", set(), "g")
    twins = train.texting_twins([flagged, fixed, same], coach, "en")
    assert [(t.text, t.kind, t.labels, t.group) for t in twins] == [
        ("u r always drunk", "flag", {"absolute"}, "coach_dev9:DEV9_FLAG")
    ]
    assert twins[0].weight == train.TEXTING_WEIGHT["en"] < 1.0
    assert twins[0].features == train.training_features(coach, "u r always drunk")
    alone = 1.0 if "absolute" in twins[0].by_rules else train.MISSED_WEIGHT
    assert train._weight(twins[0], "absolute") == twins[0].weight * alone
    assert train.texting_twins([flagged], load_coach("es"), "es") == []


def test_texting_twins_bring_no_feature_of_their_own():
    """The twins teach the weights of the sentences' own features ("ur" where a sentence
    has it), never new ones: the model keeps as many rows, and loads as fast. Training's
    solver is the [train] extra's (scikit-learn), which `make test` does not install."""
    pytest.importorskip("sklearn")
    coach = load_coach()
    flagged = [f"You are a drunk, {name}." for name in ("Sam", "Jo", "Al", "Bea", "Cy", "Di")]
    good = [f"I love you, {name}." for name in ("Sam", "Jo", "Al", "Bea", "Cy", "Di")]
    sentences = [train.Sentence(t, "flag", {"label"}, "g") for t in flagged]
    sentences += [train.Sentence(t, "good", set(), "g") for t in good]
    for s in sentences:
        s.features = train.training_features(coach, s.text)
    twins = train.texting_twins(sentences, coach, "en")
    assert twins
    assert all(t.twin for t in twins)
    own = {n for s in sentences for n in s.features.names}
    weights = train.fit(sentences + twins, "en")["label"]["weights"]
    assert weights
    assert set(weights) <= own
    assert "w|u" in {n for t in twins for n in t.features.names} - own


def test_a_sentence_is_known_by_its_words():
    """A known kind sentence is listed by a fingerprint of its folded words: the same under
    other punctuation, spacing or numbers, another for other words."""
    same = fingerprint("we're proud of you, 20 years on.")
    assert fingerprint("we're  proud of you -- 31 years on!") == same
    assert fingerprint("we're proud of you, years on.") != same
    assert len(same) == 16


def test_the_model_stays_quiet_on_the_kind_sentences_it_lists():
    """Where the final model would flag a sentence it was taught is kind, the trainer lists
    the sentence (`quiet_on`) instead of raising the category's threshold over it: the model
    says nothing of that category there, the same elsewhere, and the laid-out copy keeps
    the list."""
    coach = load_coach()
    caught = [(t, f.category) for t, _ in dev.FLAG[:400] for f in _by_model(coach, t)][:4]
    (text, category), others = caught[0], [c for c in caught[1:] if c[0] != caught[0][0]]
    assert others
    data = json.loads(paths.resource(model_file("en")).read_text("utf-8"))
    folded = coach.fold(text)
    start, end = map_text(folded).spans()[0]
    data["categories"][category]["quiet_on"] = [fingerprint(folded[start:end])]
    quiet = model_from_data(data)
    for model in (quiet, CoachModel.from_tables(quiet.tables())):
        other = train.with_model(coach, model)
        assert category not in {f.category for f in _by_model(other, text)}
        for elsewhere, found in others:
            assert found in {f.category for f in _by_model(other, elsewhere)}, elsewhere


def test_the_model_flags_no_kind_sentence_it_was_trained_on():
    """The promise the list keeps: none of the corpus's good sentences or traps draws a
    finding from the shipped model (the rules' own false flags are their tests' matter)."""
    coach = load_coach()
    flagged = [t for t in dev.GOOD + dev.TRAPS if _by_model(coach, t)]
    assert flagged == []
