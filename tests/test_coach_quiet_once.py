"""A category's kind context (QUIET_<CATEGORY>) is searched once a sentence while one text
is read (round 13, h108: `Coach._quiet_in`), and what it said of one text never answers
for another, even one with the same sentences in the same places."""

from __future__ import annotations

import coach_corpus as dev

from interventionplanner.domain.coach import Coach
from interventionplanner.storage import coach_rules


def _fresh() -> Coach:
    """A coach of its own (load_coach keeps one for the whole run)."""
    return coach_rules._load.__wrapped__("en", None)


def _searching_each_time(coach: Coach) -> Coach:
    coach._quiet_in = lambda pattern, folded, start, end: (  # type: ignore[method-assign]
        pattern.search(folded, start, end) is not None
    )
    return coach


def test_the_corpus_read_in_a_row_gives_what_each_sentence_gives_searched_each_time():
    remembering, plain = _fresh(), _searching_each_time(_fresh())
    texts = [t for t, _ in dev.FLAG[:150]] + list(dev.TRAPS[:150]) + list(dev.GOOD[:50])
    # Each text alone, then all of them as one letter (several rules of a category in a
    # sentence ask again), both parts; the rules' verdicts of the letter too.
    letter = " ".join(texts)
    for text in [*texts, letter]:
        for part in ("letter", "bottom_line"):
            assert remembering.find(text, part) == plain.find(text, part), text
    assert remembering.verdicts(letter) == plain.verdicts(letter)


def test_a_text_with_the_same_sentences_in_the_same_places_starts_afresh():
    """Two texts of one length and one sentence break: a kind context in the first does
    not quiet the second."""
    coach = _fresh()
    quiet = "We all laughed so hard that summer at the lake."
    harsh = "We all know you ruined that summer at the lake."
    assert len(quiet) == len(harsh)
    tail = " I love you."
    alone = coach.find(harsh + tail)
    coach.find(quiet + tail)
    assert coach.find(harsh + tail) == alone
    assert coach._quiet_run[0] == (harsh + tail).lower()
