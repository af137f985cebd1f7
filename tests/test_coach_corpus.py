"""The coach measured on its two corpora, per category; the figures print in every run.

The development split (tests/coach_corpus.py, with tests/coach_dev3.py to tests/coach_dev7.py,
independent writers' batches each scored once before a round (3, 4, 5, 6; dev 6 and 7 both
before round 6) tuned on it, and our own sets: tests/coach_dev_round3.py,
tests/coach_dev_round4.py, round 5's in tests/coach_dev5.py, tests/coach_dev_round6.py) is what
the rules are tuned on,
so it must stay near perfect. The held-out batches
(tests/coach_heldout.py) are never tuned on: A was
written before the v2 rules, B and C each before the next measurement. A and B were each
scored blind once; their misses then guided new development sentences of the same kinds,
so they are marked "seen"; so are C to G (G was written by someone who never saw the
coach; its misses print in every run). The lead scores a fresh blind batch H kept outside
the project. docs/coach.md
keeps the history, with each batch's blind score. The issue's targets for it
are recall >= 0.9 in every category with 10 or more sentences, false flags <= 2 % of good
sentences and <= 10 % of traps; the asserts below are floors that catch a regression,
and the summary prints where we really are (docs/coach.md keeps the record).
"""

from __future__ import annotations

import coach_corpus as dev
import coach_heldout as heldout
import pytest
from coach_scores import score, score_batch

from interventionplanner.domain.coach import CATEGORIES
from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach()


def _sentences(module) -> list[str]:
    extra = getattr(module, "BOTTOM_LINE_OK", [])
    extra += [t for t, _ in getattr(module, "FLAG_B", [])]
    extra += getattr(module, "GOOD_B", []) + getattr(module, "TRAPS_B", [])
    extra += [t for t, _ in getattr(module, "FLAG_C", [])]
    extra += getattr(module, "GOOD_C", []) + getattr(module, "TRAPS_C", [])
    for batch in "DEFGH":
        extra += [t for t, _ in getattr(module, f"FLAG_{batch}", [])]
        extra += getattr(module, f"GOOD_{batch}", []) + getattr(module, f"TRAPS_{batch}", [])
    return [t for t, _ in module.FLAG] + module.GOOD + module.TRAPS + extra


def test_the_corpus_is_big_enough_and_the_splits_apart():
    held, developed = _sentences(heldout), _sentences(dev)
    assert len(held) >= 200
    assert len(held) + len(developed) >= 800
    assert not set(held) & set(developed), "a held-out sentence was copied into the dev split"
    for category in CATEGORIES:
        assert sum(category in c for _, c in heldout.FLAG) >= 10, category
        assert sum(category in c for _, c in dev.FLAG) >= 10, category


def test_the_development_split(coach, record_score):
    scores = score(coach, "development", dev.FLAG, dev.GOOD, dev.TRAPS)
    for line in scores.lines():
        record_score(line)
    detail = "\n".join([*scores.misses, *scores.good_flagged, *scores.traps_flagged])
    for category in CATEGORIES:
        assert scores.recall(category) >= 0.95, detail
    assert scores.good_rate <= 0.02, detail
    assert scores.trap_rate <= 0.05, detail


def test_the_held_out_split(coach, record_score):
    scores = score(coach, "held-out A (seen)", heldout.FLAG, heldout.GOOD, heldout.TRAPS)
    for line in scores.lines():
        record_score(line)
    for line in [*scores.misses, *scores.good_flagged, *scores.traps_flagged]:
        record_score(f"    held-out: {line}")
    detail = "\n".join([*scores.misses, *scores.good_flagged, *scores.traps_flagged])
    for category in CATEGORIES:
        assert scores.recall(category) >= 0.8, detail  # the target is 0.9: see the summary
    assert scores.good_rate <= 0.02, detail
    assert scores.trap_rate <= 0.10, detail


def test_the_second_held_out_batch(coach, record_score):
    """Batch B, written after the first held-out measurement and scored blind once (its
    misses then guided new development sentences, so it is "seen" now); then A and B."""
    b = score(coach, "held-out B (seen)", heldout.FLAG_B, heldout.GOOD_B, heldout.TRAPS_B)
    both = score(
        coach,
        "held-out A+B (seen)",
        heldout.FLAG + heldout.FLAG_B,
        heldout.GOOD + heldout.GOOD_B,
        heldout.TRAPS + heldout.TRAPS_B,
    )
    for line in [*b.lines(), *both.lines()]:
        record_score(line)
    for line in [*b.misses, *b.good_flagged, *b.traps_flagged]:
        record_score(f"    held-out B: {line}")
    overall = sum(b.caught.values()) / sum(b.total.values())
    assert overall >= 0.85
    assert both.good_rate <= 0.02
    assert both.trap_rate <= 0.10


@pytest.mark.parametrize("batch", ["C", "D", "E"])
def test_the_seen_held_out_batches(coach, record_score, batch):
    """Batches C to E, each scored blind once (their misses then guided development
    sentences, so they are "seen" now)."""
    scores = score(
        coach,
        f"held-out {batch} (seen)",
        getattr(heldout, f"FLAG_{batch}"),
        getattr(heldout, f"GOOD_{batch}"),
        getattr(heldout, f"TRAPS_{batch}"),
    )
    for line in scores.lines():
        record_score(line)
    assert scores.good_rate <= 0.02
    assert scores.trap_rate <= 0.10


def test_the_latest_held_out_batch(coach, record_score):
    """Batch F, scored blind once (sarcasm 0.8); its misses print in every run, so it is
    "seen" now, and new development sarcasm followed. At least 10 flagged sentences in
    every category. The issue's targets are recall >= 0.9 per category and false flags
    <= 2 % good, <= 10 % traps; recall is asserted at the floor of 0.8 it was scored at
    (see docs/coach.md)."""
    f = score(coach, "held-out F (seen)", heldout.FLAG_F, heldout.GOOD_F, heldout.TRAPS_F)
    for line in f.lines():
        record_score(line)
    for line in [*f.misses, *f.good_flagged, *f.traps_flagged]:
        record_score(f"    held-out F: {line}")
    detail = "\n".join([*f.misses, *f.good_flagged, *f.traps_flagged])
    for category in CATEGORIES:
        assert f.total[category] >= 10, category
        assert f.recall(category) >= 0.8, detail
    assert f.good_rate <= 0.02, detail
    assert f.trap_rate <= 0.10, detail


def test_the_blind_batch_g(coach, record_score):
    """Batch G, written by a writer who never saw the coach, scored blind once on 2 December
    2026: recall 0.67 (sarcasm 4/17), good 0/60, traps 4/40 (docs/coach.md). It is "seen"
    since: its misses guided new development sentences of the same kinds (never its words),
    after which it scored 0.94, traps 1/40. The floors below only catch a regression; the
    fresh blind batch H, scored by the lead, is the measure."""
    g = score_batch(coach, "held-out G (blind, then seen)", heldout, "G", record_score)
    assert g.overall >= 0.9
    assert g.good_rate <= 0.02
    assert g.trap_rate <= 0.10


def test_the_blind_batch_h(coach, record_score):
    """Batch H, by a second writer who never saw the coach, written while the rules were
    tuned for G's kinds of misses; scored blind once on 2 December 2026: recall 0.76
    (sarcasm 5/12, absolute 9/14, blame 7/11), good 1/60, traps 4/49 (docs/coach.md). This is
    the honest English figure; the floors below only catch a regression from it. After round
    3 (constructions over word classes, never tuned on H's sentences) it scores 0.78."""
    h = score_batch(coach, "held-out H (blind)", heldout, "H", record_score)
    assert h.overall >= 0.72
    assert h.good_rate <= 0.02
    assert h.trap_rate <= 0.10


@pytest.mark.parametrize(("batch", "least", "most_traps"), [("I", 0.80, 0.15), ("J", 0.85, 0.10)])
def test_the_blind_batches_i_and_j(coach, record_score, batch, least, most_traps):
    """Batches I and J, by a third and a fourth writer who never saw the coach, kept outside
    the project while rounds 3 and 4 of rules were written, and never shown to their
    writers: the honest English figures. Scored by the lead at three moments (docs/coach.md):
    I 0.65 before round 3, 0.74 after it, 0.76 after round 4, 0.81 after English round 5;
    J 0.61, 0.79, 0.81, 0.82 (round 5 ran their figures twice only, never their sentences). The
    learned second opinion was never trained on I or J until round 6, which trains on them
    (the newest held-out batches are the honest measure now, tests/test_coach_heldout_newest.py).
    The issue's target is 0.9 in every category and traps <= 10 %; the floors below only
    catch a regression."""
    scores = score_batch(coach, f"held-out {batch} (blind)", heldout, batch, record_score)
    assert scores.overall >= least
    assert scores.good_rate <= 0.02
    assert scores.trap_rate <= most_traps


@pytest.mark.parametrize(
    ("batch", "least", "most_good", "most_traps"),
    [
        ("K", 0.78, 0.04, 0.16),
        ("L", 0.78, 0.02, 0.14),
        ("M", 0.85, 0.04, 0.14),
        ("N", 0.85, 0.02, 0.14),
        ("O", 0.88, 0.04, 0.10),
        ("P", 0.80, 0.02, 0.14),
        ("Q", 0.92, 0.04, 0.04),
        ("R", 0.90, 0.02, 0.10),
        ("S", 0.92, 0.02, 0.06),
        ("T", 0.88, 0.04, 0.17),
        ("U", 0.88, 0.08, 0.08),
        ("V", 0.82, 0.02, 0.08),
        ("W", 0.90, 0.02, 0.04),
        ("X", 0.87, 0.02, 0.06),
        ("Y", 0.94, 0.02, 0.05),
        ("Z", 0.89, 0.04, 0.06),
        ("AA", 0.88, 0.02, 0.04),
        ("AB", 0.91, 0.02, 0.04),
        ("AC", 0.92, 0.02, 0.05),
        ("AD", 0.93, 0.02, 0.10),
        ("AE", 0.94, 0.04, 0.10),
        ("AF", 0.90, 0.02, 0.08),
        ("AG", 0.95, 0.02, 0.06),
    ],
)
def test_the_blind_batches_k_to_ag(coach, record_score, batch, least, most_good, most_traps):
    """Batches K and L (round 5), M and N (round 6), O and P (round 7), Q and R (round 8), S, T
    and U (round 9), V, W and X (round 10), Y, Z and AA (round 11), AB, AC and AD (round 12),
    AE, AF and AG (round 13), by writers who never saw the coach, each kept outside the project
    while a round of rules and the learned second opinion were written; trained and tuned on
    from the round after (tests/test_coach_heldout_newest.py has the fresh figures). First
    scored before their round: K 0.69, L 0.71 (rules alone), M 0.82, N 0.83, O 0.83, P 0.80, Q
    0.92, R 0.87, S 0.90, T 0.85, U 0.89, V 0.82, W 0.88, X 0.86, Y 0.96, Z 0.91, AA 0.91, AB
    0.91, AC 0.94, AD 0.95, AE 0.90, AF 0.83, AG 0.92 (with the second opinion; docs/coach.md
    has every figure since). The issue's targets are recall >= 0.9 in every category, false
    flags <= 2 % of good sentences and <= 10 % of traps; the floors below only catch a
    regression."""
    scores = score_batch(coach, f"held-out {batch} (blind)", heldout, batch, record_score)
    assert scores.overall >= least
    assert scores.good_rate <= most_good
    assert scores.trap_rate <= most_traps


def test_calm_consequences_belong_to_the_bottom_line(coach):
    for text in dev.BOTTOM_LINE_OK:
        assert "threat" not in {f.category for f in coach.find(text, "bottom_line")}, text
        assert "threat" in {f.category for f in coach.find(text, "letter")}, text
