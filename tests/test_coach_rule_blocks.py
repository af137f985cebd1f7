"""Each round's block of English recall rules (ids sharing a prefix, e.g. "r12c_") catches the
constructions written for it and flags no kind sentence of the English corpus.

A block is the rules one helper wrote in one round from the batches named below, with the
sentences of its own it wrote first (tests/coach_dev_round*.py: each construction said in
other words). Each block is checked on its own, so another round's rules can change without
touching it; docs/coach.md has each round's section. The constructions are caught by the
rules alone, not with the second opinion's help.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import coach_dev23
import coach_dev28
import coach_dev34
import coach_dev35
import coach_dev39
import coach_dev40
import coach_dev43
import coach_dev44
import coach_dev45
import coach_dev48
import coach_dev50
import coach_dev_round9i
import coach_dev_round10a
import coach_dev_round10c
import coach_dev_round11a
import coach_dev_round11c
import coach_dev_round12a
import coach_dev_round12c
import coach_dev_round13a
import coach_dev_round13c
import coach_heldout
import pytest
from coach_blocks import flags_of_block, found_by_rules, missed_tags, untried_rules

from interventionplanner.storage.coach_model_train import corpus
from interventionplanner.storage.coach_rules import load_coach

Flags = list[tuple[str, set[str]]]


def _released(*batches: str) -> Flags:
    return [flag for batch in batches for flag in getattr(coach_heldout, f"FLAG_{batch}")]


def _only(categories: set[str], flags: Flags) -> Flags:
    """The tags of `flags` in `categories`, for a block written for those alone."""
    return [(text, expected & categories) for text, expected in flags if expected & categories]


@dataclass(frozen=True)
class Block:
    prefix: str
    own: Flags  # the constructions written for the block, in words of the helper's own
    tuned_on: Flags  # the batches' flag sentences the rules were written from
    left: int | None = None  # tags of `tuned_on` the rules alone may leave (None: not counted)
    missed: frozenset[str] = field(default_factory=frozenset)  # own probes left alone
    known_flags: frozenset[str] = field(default_factory=frozenset)  # kind sentences it flags
    # Rules whose sentences an older rule now catches with a longer finding of the same
    # category (round 22, f44: an older rule's kind guards no longer read a warm opening
    # before "but", and the block was written for that shape): kept, named here.
    superseded: frozenset[str] = field(default_factory=frozenset)


BLOCKS = [
    Block(
        "r9i_",  # round 9 (h82): harm said indirectly
        coach_dev_round9i.ROUND9I_FLAG,
        [*coach_dev23.DEV23_FLAG, *coach_dev28.DEV28_FLAG],
        # Dev 123's sincere congratulations on honesty with a doctor ("…, that was brave") is
        # quiet since round 23 (f45, F45_SINCERE_STEP). A round-26 writer's good sentence
        # (dev 207, unread until the merge): the writer's own sick fear read as a harm.
        known_flags=frozenset({"It makes me sick to my stomach to think about losing you."}),
    ),
    Block(
        "r10a_",  # round 10 (h84), from the released S, T, U
        coach_dev_round10a.ROUND10A_FLAG,
        _released("S", "T", "U"),
        # A round-16 twin (h128): praise counted like an absolute ("not a single … without").
        known_flags=frozenset(
            {"Not a single visit to Grandma this year went by without you bringing her flowers."}
        ),
    ),
    Block(
        "r10c_",  # round 10 (h86): harm said indirectly, from dev 34 and 35
        [*coach_dev_round10c.ROUND10C_FLAG, *coach_dev_round10c.ROUND10C_B_FLAG],
        [*coach_dev34.DEV34_FLAG, *coach_dev35.DEV35_FLAG],
        # A round-16 probe (h129), a paramedic's "you were lucky" retold, and round 22's dev
        # 113 ("The ER doctor told us you were lucky to be alive, …") and dev 115 ("…, you
        # stopped going jogging with me") are quiet since round 23 (f45: F45_MEDIC_SAID_LUCKY,
        # the reader's own change with "me"). Dev 99's two traps are quiet since round 22 (f44).
        # Warm openings before "but" (dev 35), now caught by blame-responsible-7 and
        # blame-because-of-your (round 22, f44).
        superseded=frozenset({"r10c_blame-the-reason-is-you", "r10c_blame-because-of-your-habit"}),
    ),
    Block(
        "r11a_",  # round 11 (h93), from the released V, W, X
        coach_dev_round11a.ROUND11A_FLAG,
        _released("V", "W", "X"),
        # Probes the first draft of the rules did not catch, kept as written (docs/coach.md,
        # "Eleventh round: English recall from V, W, X (h93)"): a record, not a rule each.
        missed=frozenset(
            {
                "He's never kept an apartment more than a year because of the rent going on coke.",
                "Don't pretend you only hurt yourself, after what Ellie went through.",
                "It's been decided by all of us that you can't babysit anymore.",
                "You swore off the bottle on New Year's and were drunk by the third, some real"
                " willpower.",
            }
        ),
    ),
    Block(
        "r11c_",  # round 11 (h96), from dev 39, 40 and 43
        coach_dev_round11c.ROUND11C_FLAG,
        [*coach_dev39.DEV39_FLAG, *coach_dev40.DEV40_FLAG, *coach_dev43.DEV43_FLAG],
        # Left to the second opinion: neighbours asking whether the reader is okay (a kind
        # context of hearsay), and "your friends have all noticed" (hearsay, not an absolute).
        left=2,
        # Dev 58's trap (round 15): a third person named through the reader's kin; the aim
        # reads "your mom's boyfriend" as the reader's own kin.
        # Dev 60's and 61's good sentences (round 16): a relapse told with its month, then
        # hope ("when you started drinking again in March…, but I still believe…").
        known_flags=frozenset(
            {
                "your mom's boyfriend is a pillhead and that house isn't safe for the kids",
                "When you started drinking again in March my heart dropped, but I still believe"
                " you can get well.",
                "When you started drinking again in September I felt like the floor had given"
                " way under me, but I am not giving up on you.",
            }
        ),
    ),
    Block(
        "r12a_",  # round 12 (h103), from the released Y, Z, AA: every tag caught
        coach_dev_round12a.ROUND12A_FLAG,
        _released("Y", "Z", "AA"),
        left=0,
    ),
    Block(
        "r12c_",  # round 12 (h106), from dev 44, 45 and 48
        coach_dev_round12c.ROUND12C_FLAG,
        [*coach_dev44.DEV44_FLAG, *coach_dev45.DEV45_FLAG, *coach_dev48.DEV48_FLAG],
        # Left to the second opinion: "i want my dad clean at my wedding" and the probe below
        # (QUIET_CLEAN reads "my husband clean" with no "you" as someone else's recovery),
        # "a dirty player" (a foul in sport as often as a drug test), and "Granny's whole
        # Sunday school class knows exactly why they're praying for you" (prayer for the
        # reader is a kind context of the hearsay rules).
        left=3,
        missed=frozenset({"All I want for Christmas is my husband clean."}),
        # Dev 62's good sentence (round 16): "dirty" of a car, beside "your". Dev 94's trap
        # (support offered by "every single one of us") is quiet since round 22 (f44). A
        # round-26 writer's good sentence (dev 215, unread until the merge).
        known_flags=frozenset(
            {
                "Every fish I've ever caught I can trace back to something you showed me.",
                "Dad washed your car every Saturday, dirty or not, because he liked doing it"
                " for you.",
                # Dev 118's "Nobody in this room sees you as just an addict, …" is quiet since
                # round 23 (f45: a label denied by everyone).
            }
        ),
    ),
    Block(
        "r13c_",  # round 13 (h110): blame and threat from dev 50, every tag caught
        coach_dev_round13c.ROUND13C_FLAG,
        _only({"blame", "threat"}, coach_dev50.DEV50_FLAG),
        left=0,
    ),
    Block(
        "r13a_",  # round 13 (h109), from the released AB, AC, AD
        coach_dev_round13a.ROUND13A_FLAG,
        _released("AB", "AC", "AD"),
        # Left to the second opinion: a misspelt "everthing", an ambiguous "you really outdid
        # yourself at easter, just brilliant", and blame carried by "because of it" after a
        # label.
        left=3,
    ),
]


def _id(block: Block) -> str:
    return block.prefix.rstrip("_")


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.fixture(scope="module")
def kind_flags(coach) -> list[tuple[str, str]]:
    """(sentence, rule id) for every finding in every good sentence and trap of the English
    corpus but the newest held-out batches: read once for all the blocks."""
    kind = [s.text for s in corpus("en") if s.kind in ("good", "trap")]
    return flags_of_block(coach, "", kind)


@pytest.mark.parametrize(
    ("prefix", "text", "expected"),
    [
        (block.prefix, text, expected)
        for block in BLOCKS
        for text, expected in block.own
        if text not in block.missed
    ],
)
def test_the_constructions_are_caught_by_the_rules_alone(coach, prefix, text, expected):
    assert expected <= found_by_rules(coach, text)


@pytest.mark.parametrize("block", BLOCKS, ids=_id)
def test_the_missed_probes_are_still_in_the_list(block):
    """`missed` names probes of the block's own list, so a reworded probe cannot hide there."""
    assert block.missed <= {text for text, _ in block.own}


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.left is not None], ids=_id)
def test_the_batches_tuned_on_are_caught_but_the_tags_left(coach, block):
    """Only the count of misses is shown: the released held-out batches are among them."""
    assert missed_tags(coach, block.tuned_on) <= block.left


@pytest.mark.parametrize("block", BLOCKS, ids=_id)
def test_the_block_flags_no_kind_sentence(kind_flags, block):
    """Known flags are false flags left for the false-flag work; none may be added."""
    flagged = {text for text, rule_id in kind_flags if rule_id.startswith(block.prefix)}
    assert flagged <= block.known_flags


@pytest.mark.parametrize("block", BLOCKS, ids=_id)
def test_every_rule_of_the_block_is_tried(coach, block):
    """Each rule of the block catches at least one sentence of its own or its batches."""
    sentences = [text for text, _ in (*block.own, *block.tuned_on)]
    assert untried_rules(coach, block.prefix, sentences) == block.superseded
