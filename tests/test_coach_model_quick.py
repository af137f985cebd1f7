"""The second opinion's quick paths give what its features give (round 13, h108).

A sentence holding a quotation is scored from its tokens (`CoachModel._quoted_scores`)
without building feature names, and `sentence_features` reads its tokens in one helper
(`_tokens`) that skips the number substitution where a sentence has no digit: both must
give exactly what round 12's feature function gave, kept here as the reference. A sentence
under every threshold is remembered as None, and a letter found again from memory gives
the same findings as one read afresh.
"""

from __future__ import annotations

import re

import coach_corpus as dev
import coach_corpus_es as dev_es
import pytest

from interventionplanner.domain import coach_model
from interventionplanner.domain.coach_model import Features, sentence_features
from interventionplanner.domain.sentences import map_text
from interventionplanner.storage.coach_rules import load_coach

CORPUS = {"en": dev, "es": dev_es}
# Sentences the corpora may not hold: several quotations, a number inside one, a quotation
# across sentences, words of one letter, no words at all.
MADE_UP = [
    'She said "you have 2 choices" and "3 days", then left.',
    'You called it "a quick drink." Then you had 12 more. "Fine," you said.',
    'I asked "why?" and you said "because".',
    '"Junkie" is not a word I will use. You are my son.',
    'He wrote "u r a mess" on the 4th of July.',
    '"" ... "?"',
    "You said 'never again' in 2019 and 'never again' in 2021.",
]


def _reference(folded, start, end, quotes=(), language="en") -> Features:
    """`sentence_features` as round 12 wrote it."""
    tokens, words, quoted = [], [], []
    inside = [(q0, q1) for q0, q1 in quotes if q0 < end and q1 > start]
    for match in re.compile(r"\w+(?:'\w+)*").finditer(folded, start, end):
        at, stop = match.span()
        if inside and any(q0 < at and stop < q1 for q0, q1 in inside):
            if not tokens or tokens[-1][0] != '"':
                tokens.append(('"', -1))
                quoted.append(0)
            quoted[-1] += 1
            continue
        tokens.append((re.sub(r"\d+", "0", match.group()), len(words)))
        words.append((at, stop))
    names, anchors, previous = [], [], None
    for word, at in tokens:
        if at >= 0:
            names.append("w|" + word)
            anchors.append((at,))
            if len(word) > 5:
                names.append("p|" + word[:5])
                anchors.append((at,))
        if previous is not None:
            names.append(f"b|{previous[0]} {word}")
            anchors.append(tuple(i for i in (previous[1], at) if i >= 0))
        previous = (word, at)
    seen = {t[0] for t in tokens}
    bigrams = set(zip((t[0] for t in tokens), (t[0] for t in tokens[1:]), strict=False))
    marks = " ".join(t[0] for t in tokens) + ("?" if "?" in folded[start:end] else "")
    facts = coach_model._facts(seen, bigrams, marks, language)
    if quoted:
        facts.append("f|quote" if min(quoted) <= 3 else "f|speech")
    names.extend(facts)
    anchors.extend([()] * len(facts))
    breaks = frozenset(
        index
        for (word, index), (before, _) in zip(tokens[1:], tokens, strict=False)
        if index >= 0 and before == '"'
    )
    return Features(tuple(names), tuple(anchors), tuple(words), breaks)


def _texts(language: str) -> list[str]:
    module = CORPUS[language]
    texts = [t for t, _ in module.FLAG] + list(module.GOOD) + list(module.TRAPS)
    return texts + MADE_UP


@pytest.mark.parametrize("language", ["en", "es"])
def test_features_and_quoted_scores_are_round_12s(language):
    coach = load_coach(language)
    model = coach.model()
    with_quotes = 0
    for text in _texts(language):
        folded = coach.fold(text)
        text_map = map_text(folded, text)
        for start, end in text_map.spans():
            quotes = text_map.quotes
            features = sentence_features(folded, start, end, quotes, language)
            assert features == _reference(folded, start, end, quotes, language), text
            if any(q0 < end and q1 > start for q0, q1 in quotes):
                with_quotes += 1
                # Exactly equal (fsum either way), not nearly: a threshold is compared.
                quick = model._quoted_scores(folded, start, end, quotes)
                assert quick == model.scores(features), text
    assert with_quotes > 10


def test_a_sentence_under_every_threshold_is_remembered_as_none():
    coach = load_coach()
    model = coach.model()
    model._memo.clear()
    text = "We went to the lake every summer. You are such a drunk and a liar."
    first = coach.find(text)
    kept = model._memo
    assert kept["we went to the lake every summer."] is None
    assert any(value is not None for value in kept.values()) or not any(
        f.rule_id.startswith("model:") for f in first
    )
    assert coach.find(text) == first
    model._memo.clear()
    assert coach.find(text) == first


def test_a_quoted_sentence_is_remembered_by_its_text_and_its_quotations():
    # A sentence holding a quotation is remembered with where its quotations are, from its
    # start (CoachModel._quoted_totals): what is remembered is what reading it again gives,
    # and a letter found again from memory gives the same findings as one read afresh.
    coach = load_coach()
    model = coach.model()
    model._memo.clear()
    quoted = 'He said "you are a drunk" to me. You said "a drunk" to him.'
    plain = 'He said you are "a drunk" to me. You said "a drunk" to him.'
    first = coach.find(quoted)
    keys = [key for key in model._memo if isinstance(key, tuple)]
    assert keys
    assert all(key[1] for key in keys)
    for text in (quoted, plain):
        folded = coach.fold(text)
        text_map = map_text(folded, text)
        for start, end in text_map.spans():
            inside = [q for q in text_map.quotes if q[0] < end and q[1] > start]
            if inside:
                kept = model._quoted_totals(folded, start, end, text_map.quotes)
                assert kept == model._quoted_scores(folded, start, end, text_map.quotes)
    assert coach.find(quoted) == first
    model._memo.clear()
    assert coach.find(quoted) == first
