"""The coach's shortcuts never change what it finds (docs/coach.md, "Speed").

Three shortcuts decide where a rule's regular expression is tried: the first pass runs a
rule only in the sentences that hold one of its literals, looked for where words start
(domain/prefilter.py), and, of those, only in the sentences that hold every other set of
words one way of its pattern needs (`also`); and a rule the regex engine cannot skip
through by itself is given the characters its matches start with (`first`). Each is
meant to save time and nothing else. Here the shipped coach is compared with one that has
none of them (every rule tried on every sentence, everywhere) on letters made of every
sentence of every corpus, held-out ones included: a failure names the corpus and the
letter, never its sentences.

`bench/coach_findings.py` is the finer check for a change meant only to speed the coach up:
it compares every finding before and after, sentence by sentence, in both parts.
"""

from __future__ import annotations

import importlib
import json
import re
from functools import cache, reduce
from operator import or_
from pathlib import Path

import pytest
from plain_search import Needed, needed

from interventionplanner import paths
from interventionplanner.domain.coach import Coach, _inside_word
from interventionplanner.domain.first_pass import WordScan
from interventionplanner.domain.prefilter import first_chars, literals_and_place, trie_pattern
from interventionplanner.domain.sentence_bits import chosen, with_a_way
from interventionplanner.domain.sentences import map_text
from interventionplanner.domain.word_starts import WordStarts
from interventionplanner.storage.coach_rules import (
    coach_arguments,
    coach_from_data,
    load_coach,
    rules_file,
)

_PARAGRAPH = 6  # sentences a paragraph
_LETTER = 60  # sentences a letter


def _sentences(language: str) -> dict[str, list[str]]:
    """Every distinct sentence of the language's corpora, by corpus module."""
    out: dict[str, list[str]] = {}
    seen: set[str] = set()
    for path in sorted(Path(__file__).parent.glob("coach_*.py")):
        if ("_es" in path.stem) != (language == "es") or path.stem == "coach_scores":
            continue
        module = importlib.import_module(path.stem)
        for name, value in sorted(vars(module).items()):
            if name.startswith("_") or not isinstance(value, list | tuple):
                continue
            for item in value:
                text = item[0] if isinstance(item, tuple) else item
                if isinstance(text, str) and text not in seen:
                    seen.add(text)
                    out.setdefault(path.stem, []).append(text)
    return out


def _letters(sentences: list[str]) -> list[str]:
    paragraphs = [
        " ".join(sentences[i : i + _PARAGRAPH]) for i in range(0, len(sentences), _PARAGRAPH)
    ]
    step = _LETTER // _PARAGRAPH
    return ["\n\n".join(paragraphs[i : i + step]) for i in range(0, len(paragraphs), step)]


# The tests a language's letters are shared among, so each takes well under a minute.
_SHARES = {"en": 3, "es": 2}


@pytest.mark.parametrize(
    ("language", "share"), [(lang, n) for lang, shares in _SHARES.items() for n in range(shares)]
)
def test_the_shortcuts_never_change_a_finding(language, share):
    coach, everywhere = load_coach(language), _plain_coach(language)
    letters = [
        (corpus, number, letter)
        for corpus, sentences in _sentences(language).items()
        for number, letter in enumerate(_letters(sentences))
    ]
    checked = 0
    for corpus, number, letter in letters[share :: _SHARES[language]]:
        # Compared first, so a failure shows no finding's words (held-out ones included).
        same = coach.find(letter) == everywhere.find(letter)
        same = same and coach.verdicts(letter) == everywhere.verdicts(letter)
        assert same, f"{corpus}, letter {number}"
        checked += letter.count("\n\n") + 1
    assert checked > 500  # paragraphs: the corpora were found


@cache
def _plain_coach(language: str) -> Coach:
    """The coach with none of the shortcuts, built once a test run: every rule tried on
    every sentence, everywhere, with the shipped coach's second opinion."""
    coach = load_coach(language)
    rules = json.loads(paths.resource(rules_file(language)).read_text("utf-8"))
    literals = {rule["id"]: None for rule in rules["rules"]}
    everywhere = coach_from_data(rules, literals, model=coach.model)  # the same second opinion
    # Its searches that cannot find anything are skipped (tests/plain_search.py says why
    # nothing changes): some eighty million sentence-by-sentence searches otherwise.
    everywhere._searched = _without_empty_searches(everywhere)  # noqa: SLF001
    everywhere._by_rules = _once_a_text(everywhere._by_rules)  # noqa: SLF001 (find, verdicts)
    return everywhere


def _without_empty_searches(coach):
    """`coach._searched` (every rule not left out of the part, with every sentence: it
    has no first pass), less each sentence where its rule's search provably finds nothing
    (tests/plain_search.py): the coach's own searches, in its own order."""
    searched, checked = coach._searched, set()  # noqa: SLF001
    rules = range(len(coach.rules))
    strings = Needed({i: needed(coach._rule_ready(i).pattern) for i in rules})  # noqa: SLF001

    def narrowed(folded, text_map, excluded):
        every = [(folded, start, end) for start, end in text_map.spans()]
        plain = [(index, every) for index in rules if index not in excluded]
        if excluded not in checked:  # what `_searched` gives, built here (it takes long)
            assert searched(folded, text_map, excluded) == plain
            checked.add(excluded)
        may = strings.sentences(folded, text_map.spans())
        return [
            (
                index,
                sentences if index in strings.unknown else [every[n] for n in may.get(index, ())],
            )
            for index, sentences in plain
        ]

    return narrowed


def _once_a_text(by_rules):
    """`Coach._by_rules`, worked out once for a text read twice in a row (`find`, then
    `verdicts`): it is the same for the same text and part."""
    last = {}

    def cached(text, folded, text_map, part):
        if (text, part) not in last:
            last.clear()
            last[text, part] = by_rules(text, folded, text_map, part)
        return last[text, part]

    return cached


def _trie(coach):
    """The first pass's words as the trie regular expression the coach once ran (the
    reference both first passes are checked against), with each word's rules and word
    sets and those of the words it starts with, as the trie gives only the longest."""
    ready, also = coach._compiled(), coach._also_bits()  # noqa: SLF001
    owners, also_words = ready.owners, also.words
    rules_of, sets_of = {}, {}
    for word in owners.keys() | also_words.keys():
        starts = [word[:n] for n in range(1, len(word) + 1)]
        rules_of[word] = frozenset().union(*(owners[w] for w in starts if w in owners))
        sets_of[word] = reduce(or_, (also_words.get(w, 0) for w in starts), 0)
    pattern = re.compile(rf"\b(?=({coach.first_pass()}))\w*")
    return pattern, rules_of, sets_of


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_first_pass_looked_up_word_by_word_finds_what_its_trie_finds(language):
    # A very first run's short texts are looked up word by word (domain/first_pass.py)
    # until the trie is compiled: sentence by sentence, the same rules and word sets.
    coach = load_coach(language)
    also = coach._also_bits()  # noqa: SLF001 (the two first passes)
    scan = WordScan(coach._compiled().owners, also.words)  # noqa: SLF001
    pattern, rules_of, sets_of = _trie(coach)
    checked = 0
    for sentences in _sentences(language).values():
        for letter in _letters(sentences):
            folded = coach.fold(letter)
            for start, end in map_text(folded).spans():
                words = set(pattern.findall(folded, start, end))
                expected = set().union(*(rules_of[word] for word in words))
                bits = reduce(or_, (sets_of[word] for word in words), 0)
                assert scan.scan(folded, start, end) == (expected, bits)
                checked += 1
    assert checked > 3000  # sentences: the corpora were found


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_automaton_finds_every_word_the_trie_finds_in_its_sentence(language):
    # A long text's first pass (domain/word_starts.py) reads the text with every byte
    # that is not a word character as a space: every word the trie finds is found in
    # the same sentence. More may be (which costs a search, nothing else), but only a
    # word holding something other than a word character ("clean,", "i'd" found in "i
    # didn't"), or where the text has a character of more than one byte.
    coach = load_coach(language)
    starts = coach._trie().starts  # noqa: SLF001
    # Its words: the trie's and those of the rules' `in_sentence` guards (sentence_words).
    pattern = re.compile(rf"\b(?=({trie_pattern(sorted(starts.words))}))\w*")
    known = frozenset(starts.words)
    checked = 0
    for sentences in _sentences(language).values():
        for letter in _letters(sentences):
            folded = coach.fold(letter)
            spans = map_text(folded).spans()
            found = starts.found(folded, spans)
            for number, (start, end) in enumerate(spans):
                words = set(pattern.findall(folded, start, end))
                expected = {w for word in words for w in _starting(word, known)}
                got = {
                    starts.words[i]
                    for found_pattern, bits in found.items()
                    if bits >> number & 1
                    for i in starts.owners[found_pattern]
                }
                assert expected <= got
                if folded[start:end].isascii():
                    assert all(not re.fullmatch(r"\w+", word) for word in got - expected)
                checked += 1
    assert checked > 3000  # sentences: the corpora were found


def _starting(word: str, known: frozenset[str]) -> set[str]:
    """`word` and the first-pass words it starts with (the trie gives the longest)."""
    return {word[:n] for n in range(1, len(word) + 1)} & known


def test_the_automaton_reads_words_after_any_character_that_is_not_a_word_character():
    starts = WordStarts(["hate", "hateful", "don't", "son,", "niño", "'s"])
    text = "¿hate?—hateful «don't» son, x-niño sister's"
    found = starts.found(text, [(0, 15), (15, len(text))])
    by_word = {starts.words[i]: bits for p, bits in found.items() for i in starts.owners[p]}
    assert by_word == {
        "hate": 0b01,
        "hateful": 0b01,
        "don't": 0b10,
        "son,": 0b10,
        "niño": 0b10,
        "'s": 0b10,
    }
    assert starts.found("a\x00b", [(0, 3)]) is None


def _small(patterns: list[str], **known):
    data = {
        "sources": {"s": {"title": "t", "publisher": "p", "url": "https://e.org", "date": None}},
        "macros": {},
        "rules": [
            {
                "id": "r1",
                "category": "label",
                "patterns": patterns,
                "message": "m",
                "sources": ["s"],
            }
        ],
    }
    return coach_from_data(data, **known)


def test_a_literal_found_only_inside_a_word_is_looked_for_everywhere():
    """The first pass stops where words start; "head" of "crackhead" is found anyway."""
    pattern = "[a-z]+head|addict"
    assert literals_and_place(pattern) == (frozenset({"head", "addict"}), frozenset({"head"}))
    coach = _small([pattern])
    assert [f.text for f in coach.find("You are a crackhead, an addict.")] == [
        "crackhead",
        "addict",
    ]
    assert coach.find("You are the head of it.") == []
    # Given literals without saying which may start inside a word: all are looked for so.
    given = _small([pattern], literals={"r1": ["head", "addict"]})
    assert [f.text for f in given.find("A crackhead.")] == ["crackhead"]


def test_literals_found_inside_words_give_each_literal_its_sentences_as_bits():
    """Anywhere.bits: a literal's sentences (bit i: sentence i) with its rules, the same
    from the `find`s of a short text as from the automaton of a long one."""
    from interventionplanner.domain.anywhere import _FIND_UP_TO, Anywhere

    anywhere = Anywhere([("head", (0,)), ("ing", (1, 2)), ("absent", (3,))])
    text = "a crackhead. nothing here! singing, heading home."
    starts = [0, 12, 26]
    expected = {(0b101, (0,)), (0b110, (1, 2))}
    assert set(anywhere.bits(text, starts)) == expected
    long_text = text + " " * _FIND_UP_TO  # past the `find`s: the automaton reads it
    assert set(anywhere.bits(long_text, starts)) == expected
    assert Anywhere([]).bits(text, starts) == []


def test_a_literal_after_a_space_or_at_a_match_start_starts_a_word():
    found = literals_and_place(r"(?:(?:you|u)\s+(?:always|constantly))(?![\w-])")
    assert found == (frozenset({"always", "constantly"}), frozenset())
    # A piece after something that may end inside a word ("\w+ness") may start inside one.
    assert literals_and_place(r"\w+ness") == (frozenset({"ness"}), frozenset({"ness"}))


def test_a_pattern_the_engine_cannot_skip_through_is_given_its_first_characters():
    assert first_chars(r"(?:oh,?\s+)?(?:good|great)\s+job") == "go"
    assert first_chars(r"because\s+of") is None  # the engine sees "because" itself
    assert first_chars(r"(?:a|b)?") is None  # may match nothing
    assert first_chars(r"(?:[\w'-]+\s+)?job") is None  # any letter may start it
    assert first_chars(r"(?:(a)|b)?\s+\1") is None  # a numbered group keeps its number
    coach = _small([r"(?:oh,? )?(?:good|great) job"])
    texts = ["Oh, great job.", "Good job, really.", "A goodgreat job.", "Ungood job."]
    found = [[f.text for f in coach.find(text)] for text in texts]
    assert found == [["Oh, great job"], ["Good job"], [], []]
    plain = _small([r"(?:oh,? )?(?:good|great) job"], literals={"r1": None})
    assert [[f.text for f in plain.find(text)] for text in texts] == found


@pytest.mark.parametrize("language", ["en", "es"])
def test_sentences_as_bits_choose_what_sentence_by_sentence_chooses(language):
    # A long text's rules and sentences are worked out with sentences as bits
    # (domain/sentence_bits.py), its words found by the automaton (domain/word_starts.py):
    # every sentence that sentence by sentence chooses for a rule (a few more may be
    # chosen: the automaton finds a few more words), but for a rule with no first-pass
    # word that starts with a quotation mark or the like, which is not searched where its
    # search could find nothing that counts (no such mark there but after a letter, as in
    # "you're": a match starting inside a word is passed over), and for a rule spared
    # where its `in_sentence` guard cannot match and no quotation is (every match there
    # would get the verdict None: Coach._verdict).
    coach = load_coach(language)
    spared = {index for index, _ in coach._trie().spared}  # noqa: SLF001
    assert spared  # the stored `sentence_words` were read
    checked = 0
    for sentences in _sentences(language).values():
        for letter in _letters(sentences):
            folded = coach.fold(letter)
            text_map = map_text(folded)
            for part in ("letter", "bottom_line"):
                excluded = coach._excluded(part)  # noqa: SLF001
                by_bits = dict(coach._searched(folded, text_map, excluded))  # noqa: SLF001
                one_by_one = dict(coach._searched_by_sentence(folded, text_map, excluded))  # noqa: SLF001
                marked = {index for index, _ in coach._trie().marks}  # noqa: SLF001
                for index, chosen_one_by_one in one_by_one.items():
                    kept = set(by_bits.get(index, []))
                    rule = coach._rule_ready(index)  # noqa: SLF001
                    for args in set(chosen_one_by_one) - kept:
                        _, start, end = args
                        # Spared: no quotation there, and its guard cannot match. A rule
                        # may be both spared and marked (since round 25 a Spanish "¿…" rule
                        # has sentence words): else the mark explains it, as below.
                        if (
                            index in spared
                            and not any(s < end and start < e for s, e in text_map.quotes)
                            and rule.in_sentence.search(folded, start, end) is None
                        ):
                            continue
                        assert index in marked
                        starts = _match_starts(rule.pattern, rule.group, *args)
                        assert all(_inside_word(folded, at) for at in starts)
            checked += 1
    assert checked > 50  # letters: the corpora were found


def _match_starts(pattern, group, text, start, end):
    """Where each match of `pattern` in text[start:end] starts, as the coach tries them."""
    found = []
    while hit := pattern.search(text, start, end):
        found.append(hit.start(group))
        start = hit.start(group) + 1
    return found


def test_a_text_holding_the_sentences_separator_is_read_sentence_by_sentence():
    coach = _small([r"you(?:'re| are) an? addict"])
    coach.check()
    text = "You are an addict.\x00 And you're an addict. " + "Plain words here. " * 200
    found = coach.find(text)
    assert [(f.start, f.text) for f in found] == [
        (0, "You are an addict"),
        (24, "you're an addict"),
    ]
    assert found == coach.find(text.replace("\x00", " "))


def test_a_rule_is_spared_only_where_its_sentence_guard_cannot_match_or_a_quote_is():
    data = {
        "sources": {"s": {"title": "t", "publisher": "p", "url": "https://e.org", "date": None}},
        "macros": {},
        "rules": [
            {
                "id": "r1",
                "category": "blame",
                "patterns": ["your fault"],
                "message": "m",
                "sources": ["s"],
                "in_sentence": ["drinking|drugs"],
            }
        ],
    }
    plain = coach_from_data(data)
    assert plain.sentence_words() == {"r1": ["drinking", "drugs"]}
    coach = Coach(**coach_arguments(data), sentence_words=json.dumps(plain.sentence_words()))
    coach.check()
    filler = "Plain words here. " * 150
    text = (
        "It is your fault. The drinking is your fault. "
        'She said "it is your fault." Then your fault, in "quotes". ' + filler
    )
    folded = coach.fold(text)
    text_map = map_text(folded)
    searched = dict(coach._searched(folded, text_map, frozenset()))  # noqa: SLF001
    assert [folded[start:end].strip() for _, start, end in searched[0]] == [
        "the drinking is your fault.",
        'she said "it is your fault.',
        '" then your fault, in "quotes".',
    ]
    assert coach.find(text) == plain.find(text)
    assert coach.verdicts(text) == plain.verdicts(text)
    # A rule with an `unless_…` guard before or after its words is never spared: that guard
    # may decline a match (a verdict that counts) before `in_sentence` is read.
    data["rules"][0]["unless_followed_by"] = ["now"]
    assert coach_from_data(data).sentence_words() == {}


def test_a_rule_keyed_by_its_guard_words_looks_for_them_anywhere_only_in_quotes():
    """A rule whose pattern offers no word is keyed by its `in_sentence` guard's (round 20):
    where words start, when the guard's matches hold them there and nothing but a
    quotation could decline a match before the guard is read; in a sentence holding a
    quotation anywhere, as before. The same findings and verdicts as a coach that looks
    for them anywhere everywhere, short texts and long."""
    data = {
        "sources": {"s": {"title": "t", "publisher": "p", "url": "https://e.org", "date": None}},
        "macros": {},
        "rules": [
            {
                "id": "r1",
                "category": "absolute",
                "patterns": ["(?:so|oh)(?=[.,!?])"],  # no word of three letters
                "message": "m",
                "sources": ["s"],
                "in_sentence": ["(?:you|u) (?:call|come|visit)"],
            }
        ],
    }
    coach = coach_from_data(data)
    assert coach.guard_keyed() == ["r1"]
    assert coach.inside_words() == {}
    assert sorted(coach.literals()["r1"] or ()) == ["call", "come", "visit"]
    words = ["call", "come", "visit"]
    before = coach_from_data(data, {"r1": words}, inside_words={"r1": words})
    assert before.guard_keyed() == []
    texts = [
        "You call, and so.",
        'It has become "just so." Oh.',  # "come" only inside a word, in quotes
        'He said "oh," and it has become a habit.',
        "It has become a habit, oh.",
        '"You come, oh." Well.',
    ]
    long = " ".join(texts * 40)
    for text in [*texts, long]:
        for part in ("letter", "bottom_line"):
            assert coach.find(text, part) == before.find(text, part), text
            assert coach.verdicts(text, part) == before.verdicts(text, part), text
    assert coach.verdicts(texts[1]) == before.verdicts(texts[1]) == (set(), {"absolute"})
    coach.check()
    before.check()
    assert coach.find(long) == before.find(long)
    assert coach.verdicts(long) == before.verdicts(long)


def test_chosen_takes_the_spans_of_the_set_bits_in_order():
    spans = [(i, i + 1) for i in range(100)]
    few = (1 << 3) | (1 << 40) | (1 << 99)
    assert chosen(few, spans) == [(3, 4), (40, 41), (99, 100)]
    many = sum(1 << i for i in range(0, 100, 3))
    assert chosen(many, spans) == spans[::3]
    assert chosen(0, spans) == []


def test_a_way_needs_every_one_of_its_sets():
    sets = [0b0110, 0b0011, 0b1000]  # each word set's sentences
    assert with_a_way(0b1111, [[0, 1]], sets) == 0b0010
    assert with_a_way(0b1111, [[0, 1], [2]], sets) == 0b1010
    assert with_a_way(0b0101, [[0]], sets) == 0b0100
