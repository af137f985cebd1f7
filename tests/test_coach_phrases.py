"""The first pass's phrases: a rule's other word sets (`Coach.also`) may be phrases ("and i",
"says so"), each space standing for some whitespace, and a sentence whose whitespace would
hide one counts as holding every phrase (domain/prefilter.py, required_sets;
domain/word_starts.py; domain/first_pass.py)."""

from __future__ import annotations

import marshal
import re
import sys

import pytest

from interventionplanner.domain.first_pass import WordBits, WordScan
from interventionplanner.domain.prefilter import required_sets
from interventionplanner.domain.word_starts import WordStarts, _uneven
from interventionplanner.storage.coach_rules import coach_from_data
from interventionplanner.storage.coach_snapshot import _by_first_word, _phrases_in, _shared_masks


def _sets(pattern: str) -> list[list[list[str]]]:
    return [[sorted(words) for words in way] for way in required_sets(pattern)]


def test_words_are_joined_across_whitespace_into_phrases():
    assert _sets(r"(?:says|said)\s+so(?![\w-])") == [[["said so", "says so"]]]
    # Spaces at either end are dropped: "and i" starts a word after `\s+`.
    assert _sets(r"[\w'-]+\s+and\s+(?:i|me)\s+[\w'-]+") == [[["and i", "and me"]]]
    # A set a phrase set implies is no check of its own ("agree" beside "i agree").
    assert _sets(r"(?:i|we)\s+agree") == [[["i agree", "we agree"]]]
    # Each way its own.
    assert _sets(r"you\s+never|always\s+you") == [[["you never"]], [["always you"]]]


def _bits(found: dict[str, int], starts: WordStarts) -> dict[str, int]:
    return {starts.words[i]: bits for p, bits in found.items() for i in starts.owners[p]}


def test_a_phrase_is_found_where_whitespace_is_one_character_of_ascii():
    starts = WordStarts(["and i", "says so", "hate"])
    text = "Mom and i. Mom and\ni. He says, so? Mom and  i. I hate it."
    folded = text.lower()
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.?]+[.?]", folded)]
    assert _bits(starts.found(folded, spans), starts) == {
        "and i": 0b01011,  # the fourth: two spaces, so every phrase
        "says so": 0b01000,  # "says, so" is not "says so" (nor does the rule match it)
        "hate": 0b10000,
    }


@pytest.mark.parametrize("space", ["  ", "\u00a0", " \n", "\u2009", "\t\t"])
def test_uneven_whitespace_counts_as_every_phrase(space):
    text = " " + " \x00 ".join(["plain words", f"mom and{space}i", "\x01", "more words"])
    assert _uneven(text) == 0b0010
    assert _uneven(text.replace(space, " ")) == 0


def test_uneven_whitespace_is_every_whitespace_character_outside_ascii():
    # `_UNEVEN` reads every character `\s` matches outside ASCII (as the table cannot).
    wide = [chr(c) for c in range(0x80, sys.maxunicode + 1) if re.match(r"\s", chr(c))]
    assert wide
    for char in wide:
        assert _uneven(f" a{char}b \x00 c") == 0b01, hex(ord(char))


def test_looked_up_word_by_word_a_phrase_counts_where_whitespace_is_not_one_space():
    scan = WordScan({"mom": frozenset({0})}, {"and i": 0b01, "agree": 0b10})
    for text, bits in [
        ("mom and i agree", 0b11),
        ("mom and  i agree", 0b11),
        ("mom and\ni agree", 0b11),
        ("mom and\u00a0i agree", 0b11),
        ("mom andi agree", 0b10),
        ("mom and i", 0b01),
    ]:
        assert scan.scan(text, 0, len(text)) == ({0}, bits), text


def _coach(**known):
    data = {
        "sources": {"s": {"title": "t", "publisher": "p", "url": "https://e.org", "date": None}},
        "macros": {},
        "rules": [
            {
                "id": "r1",
                "category": "we",
                "patterns": ["(?:mom|dad) and (?:i|me) (?:agree|think)"],
                "message": "m",
                "sources": ["s"],
            }
        ],
    }
    return coach_from_data(data, **known)


@pytest.mark.parametrize("space", [" ", "  ", "\n", "\u00a0", " \t"])
@pytest.mark.parametrize("long", [False, True])
def test_a_rule_keyed_on_a_phrase_finds_what_it_finds_without_the_first_pass(space, long):
    coach, everywhere = _coach(), _coach(literals={"r1": None})
    assert coach.also() == {
        "r1": [
            [
                sorted(
                    f"{a} and {b} {c}"
                    for a in ("mom", "dad")
                    for b in ("i", "me")
                    for c in ("agree", "think")
                )
            ]
        ]
    }
    if long:
        coach.check()  # the automaton, not the word-by-word look-up
    text = f"Mom and{space}I agree. Dad and me think so.\n\nPlain words." + (
        " Plain words here." * (300 if long else 1)
    )
    found = coach.find(text)
    assert [f.text for f in found] == [f"Mom and{space}I agree", "Dad and me think"]
    assert found == everywhere.find(text)


def test_a_phrase_set_holds_at_most_sixteen_phrases():
    first, second = ("mom", "dad", "aunt", "uncle"), ("says", "said", "thinks", "thought")
    sixteen = sorted(f"{a} {b}" for a in first for b in second)
    assert _sets(rf"(?:{'|'.join(first)})\s+(?:{'|'.join(second)})") == [[sixteen]]
    # A third word of two ways: 32 phrases, too many for one set; the words' own sets
    # are checked instead.
    (way,) = _sets(rf"(?:{'|'.join(first)})\s+(?:{'|'.join(second)})\s+(?:yes|sure)")
    assert sorted(way) == sorted([sorted(first), sorted(second), ["sure", "yes"]])


def test_equal_masks_are_one_object_in_the_snapshot():
    # Built apart, as a coach's words' masks are; kept, each distinct mask is one object
    # (marshal then writes it once), the values unchanged.
    words = {"and i": int("1" + "0" * 3000, 2), "and me": int("1" + "0" * 3000, 2), "so": 1}
    masks = ((int("1" + "0" * 3000, 2) | 1,), (int("1" + "0" * 3000, 2),))
    assert words["and i"] is not words["and me"]
    shared_words, shared_masks = _shared_masks(words, masks)
    assert (shared_words, shared_masks) == (words, masks)
    assert shared_words["and i"] is shared_words["and me"] is shared_masks[1][0]
    assert len(marshal.dumps((shared_words, shared_masks))) < len(marshal.dumps((words, masks)))


def test_phrases_kept_by_their_first_word_are_read_only_after_it():
    # A snapshot keeps the phrases by their first word (storage/coach_snapshot.py), read
    # when a sentence first holds that word followed by a space: the same bits as the
    # whole table gives, and nothing read for a sentence without such a word.
    words = {"and i": 0b001, "and me": 0b010, "says so": 0b100, "agree": 0b1000, "and": 0b10000}
    single, heads, names, blob = _by_first_word(words)
    assert single == {"agree": 0b1000, "and": 0b10000}
    assert sorted(heads) == ["and", "says"]
    read: list[tuple[int, int]] = []

    def reading(span: tuple[int, int]) -> dict[str, int]:
        read.append(span)
        return _phrases_in(blob, span)

    owners = {"mom": frozenset({0})}
    lazy, whole = WordScan(owners, WordBits(single, heads, names, reading)), WordScan(owners, words)
    for text in ["mom agrees", "mom and dad", "mom and", "mom, and i agree", "he says so"]:
        assert lazy.scan(text, 0, len(text)) == whole.scan(text, 0, len(text)), text
    assert lazy.scan("i agree", 0, 7) == (set(), 0b1000)
    assert read == [heads["and"], heads["says"]]  # each once, as first needed
    assert lazy.scan("mom and i agree", 0, 15) == ({0}, 0b11001)
    # Uneven whitespace: every phrase, so every first word's are read.
    assert lazy.scan("mom  and me", 0, 11) == ({0}, 0b10111)
    assert dict(WordBits(single, heads, names, reading)) == words


def test_the_phrases_names_are_known_without_reading_their_bits():
    # A long text's automaton is built of every word's name (Coach._trie): the snapshot
    # keeps the phrases' names apart (format 5), so naming them reads no first word's
    # phrases, and a phrase's bits read only its first word's.
    words = {"and i": 0b001, "and me": 0b010, "says so": 0b100, "agree": 0b1000}
    single, heads, names, blob = _by_first_word(words)
    read: list[tuple[int, int]] = []

    def reading(span: tuple[int, int]) -> dict[str, int]:
        read.append(span)
        return _phrases_in(blob, span)

    lazy = WordBits(single, heads, names, reading)
    assert sorted(lazy) == sorted(words)
    assert len(lazy) == len(words)
    assert read == []
    assert lazy.get("says so") == 0b100
    assert lazy["agree"] == 0b1000
    assert lazy.get("says no", 0) == 0
    assert lazy.get("said so") is None
    assert read == [heads["says"]]
    with pytest.raises(KeyError):
        lazy["and you"]
    assert dict(lazy.items()) == words
