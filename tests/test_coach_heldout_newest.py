"""The newest held-out batches: the honest figures for issues 14 and 19.

English AH, AI and AJ (round 14, written on 3 December 2026) and AK (round 16, written on
4 December 2026), Spanish L (round 8, written on
2 December 2026): each by a writer who never saw the coach, kept outside the project while
its round of rules and the second opinion were written, never trained on
(storage/coach_model_train.HELD_OUT names them) and never shown to a rule writer. Scored by
the lead before their round and after its merges: docs/coach.md has both. `make test`
prints the figures, never the sentences. The issue's targets: English recall >= 0.9 in every
category with false flags <= 2 % of good sentences and <= 10 % of traps; Spanish recall
>= 0.85 with false flags <= 3 %. The floors below only catch a regression below the
figures at merge.
"""

from __future__ import annotations

import glob
import importlib
from pathlib import Path

import coach_heldout
import coach_heldout_es
import pytest
from coach_scores import score_batch

from interventionplanner.storage.coach_model_train import HELD_OUT
from interventionplanner.storage.coach_rules import load_coach

# (language, module, batch, least overall recall, most good flagged, most traps flagged);
# the comment: the figure before the batch's round, and after that round's merges
BATCHES = [
    ("en", coach_heldout, "AH", 0.90, 0.02, 0.12),  # 0.92 (traps 11 %); 0.92 (traps 6.7 %)
    ("en", coach_heldout, "AI", 0.92, 0.02, 0.08),  # 0.95; 0.97
    ("en", coach_heldout, "AJ", 0.82, 0.04, 0.08),  # 0.85; 0.85 (good 3.3 % both)
    ("en", coach_heldout, "AK", 0.90, 0.02, 0.12),  # 0.94; 0.94 (traps 10 % both)
    # L round 20: 0.96, but traps 3/47 (the issue allows 10 %): the Spanish model, trained on
    # round 20's two Spanish writers, flags two traps it left alone (recorded in docs/coach.md).
    ("es", coach_heldout_es, "L", 0.92, 0.02, 0.07),  # 0.92; 0.93
]


@pytest.mark.parametrize(
    ("language", "module", "batch", "least", "most_good", "most_traps"), BATCHES
)
def test_a_newest_held_out_batch(
    language, module, batch, least, most_good, most_traps, record_score
):
    name = f"{'English' if language == 'en' else 'Spanish'} held-out {batch} (blind)"
    scores = score_batch(load_coach(language), name, module, batch, record_score)
    assert scores.overall >= least
    assert scores.good_rate <= most_good
    assert scores.trap_rate <= most_traps


def _texts(module, names=None) -> set[str]:
    """The sentences of `module`'s lists: those `names` picks (every list when None)."""
    picked = names if names is not None else [n for n in vars(module) if n.isupper()]
    out = set()
    for name in picked:
        value = getattr(module, name)
        if isinstance(value, list):
            out |= {item[0] if isinstance(item, tuple) else item for item in value}
    return out


@pytest.mark.parametrize(("language", "module"), [("en", coach_heldout), ("es", coach_heldout_es)])
def test_no_held_out_sentence_is_anywhere_else(language, module):
    """Not in any development or training file, nor in an older held-out batch: the model
    trains on every sentence of those, and a shared sentence would be learned, not measured."""
    held = _texts(module, HELD_OUT[language])
    assert held
    older = [n for n in vars(module) if n.isupper() and n not in HELD_OUT[language]]
    elsewhere = _texts(module, older)
    tests = Path(__file__).parent
    for path in sorted(glob.glob(str(tests / "coach_*.py"))):
        stem = Path(path).stem
        if stem not in ("coach_heldout", "coach_heldout_es", "coach_scores"):
            elsewhere |= _texts(importlib.import_module(stem))
    shared = held & elsewhere
    assert not shared, len(shared)  # the count only: the held-out sentences are not printed


def test_a_failing_figure_shows_no_held_out_sentence():
    """pytest prints the repr of what a failing assertion compares: the figures only."""
    scores = score_batch(load_coach("en"), "repr", coach_heldout, "AH", lambda line: None)
    shown = repr(scores)
    assert scores.misses or scores.traps_flagged or scores.good_flagged
    held = _texts(coach_heldout, [f"{kind}_AH" for kind in ("FLAG", "GOOD", "TRAPS")])
    assert sum(sentence in shown for sentence in held) == 0  # a count: this test shows none
