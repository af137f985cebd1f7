"""The English rules for constructions, rules alone: round 19's (r41, r19_) and round 20's,
r42a's absolutes and blame (r20a_), r42b's sarcasm, insults, labels and diagnosing (r20b_),
r42d's hearsay and threats (r20d_), and round 21's: r43a's absolutes and blame (r21a_),
r43b's sarcasm (r21b_), r43d's hearsay (r21d_). Each block's constructions said in words of our
own, and their kind twins (tests/coach_probes_round19.py, …20a.py, …20b.py, …20d.py, …21a.py,
…21b.py, …21d.py)."""

from __future__ import annotations

import runpy
from pathlib import Path

import coach_probes_round19 as r19
import coach_probes_round20a as a
import coach_probes_round20b as b
import coach_probes_round20d as d
import coach_probes_round21a as r21a
import coach_probes_round21b as r21b
import coach_probes_round21d as r21d
import pytest

from interventionplanner.storage.coach_rules import load_coach

TESTS = Path(__file__).parent

# Each block: its rules' prefix, its probes, its kind twins, the twins older rules flag.
BLOCKS = [
    ("r19_", r19.ROUND19_PROBES, r19.ROUND19_KIND, r19.ROUND19_KIND_FLAGGED_BY_OLDER_RULES),
    ("r20a_", a.ROUND20A_PROBES, a.ROUND20A_KIND, a.ROUND20A_KIND_FLAGGED_BY_OLDER_RULES),
    ("r20b_", b.ROUND20B_PROBES, b.ROUND20B_KIND, b.ROUND20B_KIND_FLAGGED_BY_OLDER_RULES),
    ("r20d_", d.ROUND20D_PROBES, d.ROUND20D_KIND, d.ROUND20D_KIND_FLAGGED_BY_OLDER_RULES),
    ("r21a_", r21a.ROUND21A_PROBES, r21a.ROUND21A_KIND, r21a.ROUND21A_KIND_FLAGGED_BY_OLDER_RULES),
    ("r21b_", r21b.ROUND21B_PROBES, r21b.ROUND21B_KIND, r21b.ROUND21B_KIND_FLAGGED_BY_OLDER_RULES),
    ("r21d_", r21d.ROUND21D_PROBES, r21d.ROUND21D_KIND, r21d.ROUND21D_KIND_FLAGGED_BY_OLDER_RULES),
]
PROBES = [(text, expected) for _, probes, _, _ in BLOCKS for text, expected in probes]
KIND = [(prefix, text, text in older) for prefix, _, kind, older in BLOCKS for text in kind]


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_a_construction_is_flagged_by_the_rules(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text, second_opinion=False)}


@pytest.mark.parametrize(("prefix", "text", "flagged_by_older_rules"), KIND)
def test_no_rule_of_its_block_flags_a_kind_twin(coach, prefix, text, flagged_by_older_rules):
    found = coach.find(text, second_opinion=False)
    assert [f.rule_id for f in found if f.rule_id.startswith(prefix)] == []
    if not flagged_by_older_rules:
        assert found == []


@pytest.mark.parametrize(("prefix", "_probes", "kind", "older"), BLOCKS)
def test_the_older_rules_known_flags_are_twins_of_their_block(prefix, _probes, kind, older):
    assert set(kind) >= older


@pytest.mark.parametrize("text", d.ROUND20D_BOTTOM_LINE)
def test_a_calm_consequence_is_quiet_in_the_bottom_line_and_a_threat_in_the_letter(coach, text):
    in_bottom_line = coach.find(text, "bottom_line", second_opinion=False)
    assert "threat" not in {f.category for f in in_bottom_line}
    assert "threat" in {f.category for f in coach.find(text, second_opinion=False)}


# A block, its probes, the last development batch it was read from, the least rules it has,
# and its rules that an older rule now catches with a longer finding (round 22, f44: the
# older rules' kind guards no longer read a warm opening before "but").
READ_FROM = [
    ("r20a_", a.ROUND20A_PROBES, 82, 50, {"r20a_absolute-hundredth-time"}),
    ("r21a_", r21a.ROUND21A_PROBES, 92, 30, set()),
]


@pytest.mark.parametrize(("prefix", "probes", "last_batch", "least", "superseded"), READ_FROM)
def test_every_rule_of_a_block_fires_on_a_probe_or_a_batch_it_was_read_from(
    coach, prefix, probes, last_batch, least, superseded
):
    """Where two findings of one category overlap the longer is kept, so a probe may be
    caught by an older rule; every rule of the block still gives a finding of its own
    somewhere in its probes or the development batches it was written from (dev 3 on)."""
    ids = {rule.id for rule in coach.rules if rule.id.startswith(prefix)}
    assert len(ids) >= least
    texts = [text for text, _ in probes]
    for number in range(3, last_batch + 1):
        batch = runpy.run_path(str(TESTS / f"coach_dev{number}.py"))
        texts += [text for text, _ in batch[f"DEV{number}_FLAG"]]
    fired = {f.rule_id for text in texts for f in coach.find(text, second_opinion=False)}
    assert ids - fired == superseded, sorted(ids - fired)
