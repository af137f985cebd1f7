"""The rules for constructions, rules alone, English and Spanish: round 19's (r41, r19_) and
round 20's, r42a's absolutes and blame (r20a_), r42b's sarcasm, insults, labels and diagnosing
(r20b_), r42c's Spanish insults, hearsay and blame (r20c_), r42d's hearsay and threats (r20d_),
round 21's: r43a's absolutes and blame (r21a_), r43b's sarcasm (r21b_), r43c's Spanish
absolutes and blame (r21c_, the 12 rules round 22 restored), r43d's hearsay (r21d_), and round
22's: e44's Spanish absolutes, blame and sarcasm (r22e_), and round 23's: the lead's sarcasm
that opens on praise and holds a hard scene (r23_) and e45's Spanish absolutes, sarcasm and
blame (r23e_), and round 24's: the lead's sarcasm in scare quotes (r24_), e47's Spanish
sarcasm as one construction, praise opening or closing a sentence that holds a hard scene
(r24e_), b47's blame as constructions (r24b_) and h47's hearsay and diagnosis as
constructions (r24h_), and round 25's: b48's blame as constructions, second pass (r25b_),
and e48's Spanish absolutes and blame as constructions (r25e_), and round 26's: b49's blame as
constructions, third pass (r26b_), and i49's insults as constructions (r26i_). Each block's
constructions said in words of our own, and their kind twins
(tests/coach_probes_round19.py, …20a.py, …20b.py, …20c_es.py, …20d.py, …21a.py, …21b.py,
…21c_es.py, …21d.py, …22e_es.py, …23.py, …23e_es.py, …24.py, …24e_es.py, …24b.py, …24h.py,
…25b.py, …25e_es.py, …26b.py, …26i.py)."""

from __future__ import annotations

import runpy
from pathlib import Path

import coach_probes_round19 as r19
import coach_probes_round20a as a
import coach_probes_round20b as b
import coach_probes_round20c_es as c_es
import coach_probes_round20d as d
import coach_probes_round21a as r21a
import coach_probes_round21b as r21b
import coach_probes_round21c_es as r21c_es
import coach_probes_round21d as r21d
import coach_probes_round22e_es as r22e_es
import coach_probes_round23 as r23
import coach_probes_round23e_es as r23e_es
import coach_probes_round24 as r24
import coach_probes_round24b as r24b
import coach_probes_round24e_es as r24e_es
import coach_probes_round24h as r24h
import coach_probes_round25b as r25b
import coach_probes_round25e_es as r25e_es
import coach_probes_round26b as r26b
import coach_probes_round26i as r26i
import pytest

from interventionplanner.storage.coach_rules import LANGUAGES, load_coach

TESTS = Path(__file__).parent

# Each block: its language, its rules' prefix, its probes, its kind twins, the twins older
# rules flag.
BLOCKS = [
    ("en", "r19_", r19.ROUND19_PROBES, r19.ROUND19_KIND, r19.ROUND19_KIND_FLAGGED_BY_OLDER_RULES),
    ("en", "r20a_", a.ROUND20A_PROBES, a.ROUND20A_KIND, a.ROUND20A_KIND_FLAGGED_BY_OLDER_RULES),
    ("en", "r20b_", b.ROUND20B_PROBES, b.ROUND20B_KIND, b.ROUND20B_KIND_FLAGGED_BY_OLDER_RULES),
    (
        "es",
        "r20c_",
        c_es.ROUND20C_ES_PROBES,
        c_es.ROUND20C_ES_KIND,
        c_es.ROUND20C_ES_KIND_FLAGGED_BY_OLDER_RULES,
    ),
    ("en", "r20d_", d.ROUND20D_PROBES, d.ROUND20D_KIND, d.ROUND20D_KIND_FLAGGED_BY_OLDER_RULES),
    (
        "en",
        "r21a_",
        r21a.ROUND21A_PROBES,
        r21a.ROUND21A_KIND,
        r21a.ROUND21A_KIND_FLAGGED_BY_OLDER_RULES,
    ),
    (
        "en",
        "r21b_",
        r21b.ROUND21B_PROBES,
        r21b.ROUND21B_KIND,
        r21b.ROUND21B_KIND_FLAGGED_BY_OLDER_RULES,
    ),
    (
        "en",
        "r21d_",
        r21d.ROUND21D_PROBES,
        r21d.ROUND21D_KIND,
        r21d.ROUND21D_KIND_FLAGGED_BY_OLDER_RULES,
    ),
    (
        "es",
        "r21c_",
        r21c_es.ROUND21C_ES_PROBES,
        r21c_es.ROUND21C_ES_KIND,
        r21c_es.ROUND21C_ES_KIND_FLAGGED_BY_OLDER_RULES,
    ),
    (
        "es",
        "r22e_",
        r22e_es.ROUND22E_ES_PROBES,
        r22e_es.ROUND22E_ES_KIND,
        r22e_es.ROUND22E_ES_KIND_FLAGGED_BY_OLDER_RULES,
    ),
    ("en", "r23_", r23.ROUND23_PROBES, r23.ROUND23_KIND, r23.ROUND23_KIND_FLAGGED_BY_OLDER_RULES),
    ("en", "r24_", r24.ROUND24_PROBES, r24.ROUND24_KIND, r24.ROUND24_KIND_FLAGGED_BY_OLDER_RULES),
    (
        "es",
        "r23e_",
        r23e_es.ROUND23E_ES_PROBES,
        r23e_es.ROUND23E_ES_KIND,
        r23e_es.ROUND23E_ES_KIND_FLAGGED_BY_OLDER_RULES,
    ),
    (
        "es",
        "r24e_",
        r24e_es.ROUND24E_ES_PROBES,
        r24e_es.ROUND24E_ES_KIND,
        r24e_es.ROUND24E_ES_KIND_FLAGGED_BY_OLDER_RULES,
    ),
    (
        "es",
        "r25e_",
        r25e_es.ROUND25E_ES_PROBES,
        r25e_es.ROUND25E_ES_KIND,
        r25e_es.ROUND25E_ES_KIND_FLAGGED_BY_OLDER_RULES,
    ),
    (
        "en",
        "r24b_",
        r24b.ROUND24B_PROBES,
        r24b.ROUND24B_KIND,
        r24b.ROUND24B_KIND_FLAGGED_BY_OLDER_RULES,
    ),
    (
        "en",
        "r24h_",
        r24h.ROUND24H_PROBES,
        r24h.ROUND24H_KIND,
        r24h.ROUND24H_KIND_FLAGGED_BY_OLDER_RULES,
    ),
    (
        "en",
        "r25b_",
        r25b.ROUND25B_PROBES,
        r25b.ROUND25B_KIND,
        r25b.ROUND25B_KIND_FLAGGED_BY_OLDER_RULES,
    ),
    (
        "en",
        "r26b_",
        r26b.ROUND26B_PROBES,
        r26b.ROUND26B_KIND,
        r26b.ROUND26B_KIND_FLAGGED_BY_OLDER_RULES,
    ),
    (
        "en",
        "r26i_",
        r26i.ROUND26I_PROBES,
        r26i.ROUND26I_KIND,
        r26i.ROUND26I_KIND_FLAGGED_BY_OLDER_RULES,
    ),
]
PROBES = [
    (language, text, expected) for language, _, probes, _, _ in BLOCKS for text, expected in probes
]
KIND = [
    (language, prefix, text, text in older)
    for language, prefix, _, kind, older in BLOCKS
    for text in kind
]


@pytest.fixture(scope="module")
def coaches():
    """The shipped coach of each language, by its code."""
    return {language: load_coach(language) for language in LANGUAGES}


@pytest.mark.parametrize(("language", "text", "expected"), PROBES)
def test_a_construction_is_flagged_by_the_rules(coaches, language, text, expected):
    found = coaches[language].find(text, second_opinion=False)
    assert expected <= {f.category for f in found}


@pytest.mark.parametrize(("language", "prefix", "text", "flagged_by_older_rules"), KIND)
def test_no_rule_of_its_block_flags_a_kind_twin(
    coaches, language, prefix, text, flagged_by_older_rules
):
    found = coaches[language].find(text, second_opinion=False)
    assert [f.rule_id for f in found if f.rule_id.startswith(prefix)] == []
    if not flagged_by_older_rules:
        assert found == []


@pytest.mark.parametrize(("_language", "prefix", "_probes", "kind", "older"), BLOCKS)
def test_the_older_rules_known_flags_are_twins_of_their_block(
    _language, prefix, _probes, kind, older
):
    assert set(kind) >= older


@pytest.mark.parametrize("text", d.ROUND20D_BOTTOM_LINE)
def test_a_calm_consequence_is_quiet_in_the_bottom_line_and_a_threat_in_the_letter(coaches, text):
    coach = coaches["en"]
    in_bottom_line = coach.find(text, "bottom_line", second_opinion=False)
    assert "threat" not in {f.category for f in in_bottom_line}
    assert "threat" in {f.category for f in coach.find(text, second_opinion=False)}


# A block: its language, prefix and probes, the last English development batch it was read
# from (None: its probes alone), the least rules it has, and its rules that an older rule
# now catches with a longer finding (round 22, f44: the older rules' kind guards no longer
# read a warm opening before "but").
READ_FROM = [
    ("en", "r20a_", a.ROUND20A_PROBES, 82, 50, {"r20a_absolute-hundredth-time"}),
    ("es", "r20c_", c_es.ROUND20C_ES_PROBES, None, 30, set()),
    ("en", "r21a_", r21a.ROUND21A_PROBES, 92, 30, set()),
    ("es", "r21c_", r21c_es.ROUND21C_ES_PROBES, None, 12, set()),
    ("es", "r22e_", r22e_es.ROUND22E_ES_PROBES, None, 30, set()),
    ("en", "r23_", r23.ROUND23_PROBES, None, 1, set()),
    ("en", "r24_", r24.ROUND24_PROBES, None, 1, set()),
    ("es", "r23e_", r23e_es.ROUND23E_ES_PROBES, None, 12, set()),
    ("es", "r24e_", r24e_es.ROUND24E_ES_PROBES, None, 2, set()),
    ("es", "r25e_", r25e_es.ROUND25E_ES_PROBES, None, 2, set()),
    ("en", "r24b_", r24b.ROUND24B_PROBES, None, 3, set()),
    ("en", "r24h_", r24h.ROUND24H_PROBES, None, 2, set()),
    ("en", "r25b_", r25b.ROUND25B_PROBES, None, 4, set()),
    ("en", "r26b_", r26b.ROUND26B_PROBES, None, 2, set()),
    ("en", "r26i_", r26i.ROUND26I_PROBES, None, 2, set()),
]


@pytest.mark.parametrize(
    ("language", "prefix", "probes", "last_batch", "least", "superseded"), READ_FROM
)
def test_every_rule_of_a_block_fires_on_a_probe_or_a_batch_it_was_read_from(
    coaches, language, prefix, probes, last_batch, least, superseded
):
    """Where two findings of one category overlap the longer is kept, so a probe may be
    caught by an older rule; every rule of the block still gives a finding of its own
    somewhere in its probes or the development batches it was written from (dev 3 on)."""
    coach = coaches[language]
    ids = {rule.id for rule in coach.rules if rule.id.startswith(prefix)}
    assert len(ids) >= least
    texts = [text for text, _ in probes]
    for number in range(3, last_batch + 1) if last_batch else ():
        batch = runpy.run_path(str(TESTS / f"coach_dev{number}.py"))
        texts += [text for text, _ in batch[f"DEV{number}_FLAG"]]
    fired = {f.rule_id for text in texts for f in coach.find(text, second_opinion=False)}
    assert ids - fired == superseded, sorted(ids - fired)
