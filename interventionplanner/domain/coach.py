"""The gentle language coach: points at words in a letter that may land harder than meant.

Ten kinds of wording (CATEGORIES): labels, "clean"/"dirty", absolutes, blame, insults and
shaming, hearsay, "we" speaking for the group, threats, sarcasm and diagnosing. The words are
data (resources/coach_rules.json, read by storage/coach_rules.py); this module compiles them
and looks at each match in its sentence. It never changes a letter by itself: `apply` is
called when the writer chooses a suggestion, and refuses if the letter has moved on.

How a rule matches (the JSON file's "notes" say the same for its reviewers):

- Every pattern is a regular expression, matched case-insensitively and as whole words (a
  hyphen counts as part of a word). A space matches any whitespace. Curly apostrophes are
  read as straight ones. `{{NAME}}` is replaced by the file's macro of that name.
- Guards look at the words around a match: `preceded_by` / `followed_by` must match right
  before / after it, `unless_preceded_by` / `unless_followed_by` must not.
- `in_sentence` / `unless_in_sentence`: somewhere in the same sentence, must / must not;
  `unless_in_sentence` (and a category's `QUIET_` contexts) from the sentence's last "but" /
  "pero" before the words on, so a warm opening ("I love you, but …") does not silence the
  hard half after it.
- `aim`: whom the words are about, read from the clause before them ("you're a …",
  "my father was a …", "I'm a …"). "reader": only the person the letter is for;
  "person": the reader or nobody named (a general label). Negated ("you're not a …")
  never counts, unless the rule says `even_negated` (the word itself is the point: "no
  estás limpio" still calls sobriety "clean"). The file's "aim" pattern says how subjects
  are recognised; a group whose name starts with "neg" and holds "reader" ("you say you
  are …") is the reader for such a rule.
- Words inside a quotation are the quoted person's, not the writer's: skipped, unless the
  rule says `in_quotes` (scare quotes are themselves the point).
- `not_in_parts`: letter parts where the wording is expected (a consequence belongs in the
  bottom line; in the letter it reads as a threat).
- Kind contexts of a whole category (round 8), as macros named for it: `QUIET_<CATEGORY>`
  (somewhere in the sentence: "we all got sunburnt" is a memory, not "we" speaking for the
  group) and `QUIET_BEFORE_<CATEGORY>` (right before the words, like `unless_preceded_by`:
  "I used to think … losers"). Every rule of the category declines there, a rule added later
  included, and so does the second opinion, which cannot read such contexts itself.
  `QUIET_MODEL_<CATEGORY>` quiets the second opinion alone (support said with "we": "we're
  all behind you"), where the rules' own constructions should still speak.
- A suggestion may name a group of the pattern, `{you_be}`; informal spellings in it are
  put right by the file's "spellings" table ("your a" → "you're").
- `word_forms` (optional, in the file): the informal or texting forms of a word ("que":
  ["q", "k"], "porque": ["xq", "pq"]). Wherever a pattern, guard, macro or the aim pattern
  has that whole word, any of its forms matches too, so a rule is written once in standard
  spelling and "xq nunca m escuchas" is read like "porque nunca me escuchas".

Languages: one rules file a language (resources/coach_rules.json for English,
coach_rules.<lang>.json for the others), the same ten categories and machinery. A file may
ask for `fold_accents`: accented letters are then read as plain ones in the text and in the
patterns alike (one character for one, so offsets never move), so "tu eres" and "tú eres",
"adicta" and "adícta" match the same rule, written once.

Speed (docs/coach.md, "Speed"): one pass over the text finds, where words start, the words
each rule needs (domain/prefilter.py), and a rule is tried only in the sentences that hold
one. (A rule's needed words are its pattern's; where the pattern has none long enough,
those of its `in_sentence` guard, since it matches only in a sentence that has them.) The
same pass finds the other words a match needs (`also`: for each way the pattern can
match, up to two sets of words it holds one of each), and a rule runs only in a sentence
that has every set of one of its ways. A pattern the regex engine would try at every
character is given the characters its matches start with (_Compiled). Nothing is compiled
until the first `find`.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, reduce
from itertools import chain, starmap
from operator import or_

from interventionplanner.domain.anywhere import Anywhere
from interventionplanner.domain.coach_model import CoachModel, Features, sentence_features
from interventionplanner.domain.first_pass import WordBits, WordScan
from interventionplanner.domain.grouped import grouped_start
from interventionplanner.domain.guard_window import never_held, window_start
from interventionplanner.domain.prefilter import (
    Literals,
    engine_sees_start,
    first_chars,
    literals_and_place,
    required_sets,
    start_chars,
    trie_pattern,
)
from interventionplanner.domain.sentence_bits import (
    chosen,
    holding,
    indexes_of,
    spread,
    with_a_way,
)
from interventionplanner.domain.sentences import TextMap, clause_start, map_text
from interventionplanner.domain.start_anchor import Anchors, read_anchors
from interventionplanner.domain.word_starts import WordStarts

CATEGORIES = (
    "label",
    "clean",
    "absolute",
    "blame",
    "insult",
    "hearsay",
    "we",
    "threat",
    "sarcasm",
    "diagnosis",
)
AIMS = ("reader", "person")
PARTS = ("letter", "bottom_line")

# Letter parts where a category is expected, so the model never raises it there (a calm
# consequence belongs in the bottom line; its rules say the same with `not_in_parts`).
_EXPECTED_IN = {"bottom_line": frozenset({"threat"})}
# Categories that name what a person is: the model's finding must be aimed as a rule's is.
_MODEL_AIMED = frozenset({"label", "insult", "diagnosis"})
_WORD = re.compile(r"\w+")

# What may end a sentence (domain/sentences.py): a first-pass word holding one before its
# last character could run past its sentence's end, so it is looked for everywhere instead.
_SENTENCE_ENDS = frozenset(".!?\n")
# Texts up to this long have their first pass looked up word by word (domain/first_pass.py)
# until the automaton of the first pass is built (Coach._trie, domain/word_starts.py): a
# paragraph's scan (0.2 ms) costs less than building it (some 3 ms with its word lists);
# a 5,000-word letter's would cost 10 ms, so a longer text builds it.
_SCAN_UP_TO = 2000
# Word sets a way of a rule's pattern is checked for (Coach.also): the second of them
# spares most searches the first pass leaves; with two-letter words in the sets, a third
# some more (0.8 M instructions of a warm pass of the bench's letter), a fourth nothing.
_ALSO_A_WAY = 3
# The shortest word a rule's other word sets (Coach._also_needed) may hold.
_SHORT_ALSO = 2
# A rule's ways (a choice at its pattern's top), each with the word sets it needs.
_Ways = tuple[tuple[frozenset[str], ...], ...]
# How far back a `preceded_by` guard may look, in characters.
_LOOK_BEHIND = 80
# The turn of a sentence ("I love you, but …"): a rule's `unless_in_sentence` and its
# category's `QUIET_` contexts (kind contexts) are read from the last one before the words
# on, so a warm opening does not silence the hard half after it (round 22, f44).
_TURN = re.compile(r"(?<![\w'-])(?:but|pero)(?![\w'-])")


def _after_turn(folded: str, s_start: int, start: int) -> int:
    """Where the clause of folded[start] begins after the sentence's last turn before it."""
    found = s_start
    for found_turn in _TURN.finditer(folded, s_start, start):
        found = found_turn.end()
    return found


# Characters read as another of the same length before matching, so offsets never move.
_APOSTROPHES = {
    "\u2019": "'",  # right single quotation mark, the usual curly apostrophe
    "\u2018": "'",
    "\u02bc": "'",  # modifier letter apostrophe
    "\u2032": "'",  # prime, which some keyboards produce
    "\uff07": "'",  # fullwidth apostrophe
}


class _Folding(dict):
    """A `str.translate` table of characters read as others, one for one, and a pattern
    that finds them: `translate` looks every character up when a text is not all ASCII,
    over a millisecond for a long Spanish letter; `_fold` visits only these."""

    def __init__(self, chars: dict[str, str]) -> None:
        super().__init__(str.maketrans(chars))
        self.finds = re.compile("[" + "".join(map(re.escape, chars)) + "]")


_SAME_LENGTH = _Folding(_APOSTROPHES)
# For a language that asks for it: accented letters as plain ones, one for one. A writer
# without a Spanish keyboard types "tu eres", "adicta", "nino"; the rules are written once.
_ACCENTS = dict(zip("áéíóúüñàèìòùâêîôûäëïöÁÉÍÓÚÜÑ", "aeiouunaeiouaeiouaeioAEIOUUN", strict=True))
_SAME_LENGTH_PLAIN = _Folding({**_APOSTROPHES, **_ACCENTS})

_MACRO = re.compile(r"\{\{([A-Z_][A-Z0-9_]*)\}\}")
_TEMPLATE = re.compile(r"\{([a-z_]+)\}")
_WORD_START = r"(?<![\w-])"
_WORD_END = r"(?![\w-])"
_WORD_CHAR = re.compile(r"[\w-]")
_MATCH = "coach_match"  # the group that holds a match (see _Compiled)

# What turns a pattern into a regular expression: re.compile, or a cache of compiled ones
# that gives the same (storage/regex_cache.py).
Compiler = Callable[[str], "re.Pattern[str]"]


@dataclass(frozen=True)
class CoachFinding:
    start: int
    end: int
    text: str
    category: str
    message: str
    suggestion: str | None
    rule_id: str


@dataclass(frozen=True)
class CoachSource:
    id: str
    title: str
    publisher: str
    url: str
    date: str | None = None  # as the research notes give it; None when they give none


@dataclass(frozen=True)
class CoachRule:
    id: str
    category: str
    patterns: tuple[str, ...]
    message: str
    sources: tuple[str, ...]
    suggestion: str | None = None
    preceded_by: tuple[str, ...] = ()
    unless_preceded_by: tuple[str, ...] = ()
    followed_by: tuple[str, ...] = ()
    unless_followed_by: tuple[str, ...] = ()
    in_sentence: tuple[str, ...] = ()
    unless_in_sentence: tuple[str, ...] = ()
    aim: str | None = None
    in_quotes: bool = False
    not_in_parts: tuple[str, ...] = ()
    even_negated: bool = False  # the word itself is the point: "no estás limpio" still says it


@dataclass(frozen=True)
class Aim:
    """How the coach tells whom words are about (the rules file's "aim" entry).

    `subject` is matched against the clause up to the words and must end there; its named
    groups say who: reader, writer, kin (a close relative, often the reader themself, so
    counted as the reader when the sentence has no "you"), third; and neg when negated.
    `reader_words` finds "you" anywhere in a sentence.
    """

    subject: str = r"(?P<reader>you) (?:are|were) (?:a|an) \Z"
    reader_words: str = "you|your|yours|yourself"


class CoachRuleError(ValueError):
    """A rule that cannot be used; the message names the rule."""


class _Compiled:
    """A rule's pattern, compiled; its guards compile the first time a match needs them,
    since most rules never get a match in a kind letter."""

    GUARDS = ("preceded", "not_preceded", "followed", "not_followed")
    GUARDS += ("in_sentence", "not_in_sentence")

    def __init__(
        self,
        rule: CoachRule,
        order: int,
        sources: dict[str, str | None],
        first: str | None,
        compile_: Compiler = re.compile,
    ) -> None:
        self.rule = rule
        self.order = order
        self._sources = sources
        self._compile = compile_
        # "search": the same pattern, its first alternatives grouped (Coach._grouped); a
        # snapshot made before it was kept has the pattern only.
        pattern = sources.get("search") or sources["pattern"]
        assert pattern is not None
        # A pattern the regex engine would try at every place ("(?:oh,? )?(?:good|great)…")
        # is given the characters its matches start with (domain/prefilter.py,
        # first_chars): it consumes one of them, so the engine skips to them in C, then
        # looks back to where that character is and, only at the start of a word (as
        # _inside_word tells it: no letter, hyphen or "x'" before), runs the pattern there
        # as a lookahead, whose span is the match's. A hit inside a word is one `find`
        # passes over anyway, so it finds the same matches, about twice as fast.
        self.group: int | str = 0
        if first:
            chars = "[" + "".join(map(re.escape, first)) + "]"
            start = r"(?<![\w-])(?<![^\W_]')"
            pattern = f"{chars}(?<={start}(?=(?P<{_MATCH}>{pattern})){chars})"
            self.group = _MATCH
        self.pattern = _regex(pattern, f'Rule "{self.rule.id}"', compile_)
        # What the `preceded_by` guards never hold, once `Coach.check` has read it (kept in
        # the snapshot with the sources): their searches start after the last such
        # character before a match (domain/guard_window.py).
        self.stops = (sources.get("preceded_stops") or "", sources.get("not_preceded_stops") or "")
        # For a rule that needs a sentence's start, once `Coach.check` has read its
        # `preceded_by` guard (domain/start_anchor.py): the marks and the like that may
        # come before a match, and its pattern tried only after them.
        self.anchors: Anchors | None = None
        self.anchored: re.Pattern[str] | None = None
        self.anchor(sources.get("anchors"), sources.get("anchored"))

    def anchor(self, key: str | None, source: str | None) -> None:
        """Sets the rule's anchors and the pattern searched with them (None: none)."""
        self.anchors = _anchors_of(key) if source else None
        self.anchored = None
        if source and self.anchors is not None:
            self.anchored = _regex(source, f'Rule "{self.rule.id}"', self._compile)

    def _regex(self, key: str) -> re.Pattern[str] | None:
        source = self._sources[key]
        owner = f'Rule "{self.rule.id}"'
        return None if source is None else _regex(source, owner, self._compile)

    @cached_property
    def preceded(self) -> re.Pattern[str] | None:
        return self._regex("preceded")

    @cached_property
    def not_preceded(self) -> re.Pattern[str] | None:
        return self._regex("not_preceded")

    @cached_property
    def followed(self) -> re.Pattern[str] | None:
        return self._regex("followed")

    @cached_property
    def not_followed(self) -> re.Pattern[str] | None:
        return self._regex("not_followed")

    @cached_property
    def in_sentence(self) -> re.Pattern[str] | None:
        return self._regex("in_sentence")

    @cached_property
    def not_in_sentence(self) -> re.Pattern[str] | None:
        return self._regex("not_in_sentence")


@dataclass
class _Ready:
    """What every rule shares: the first pass that finds the words each rule needs (see
    domain/prefilter.py). Its automaton for long texts, and whom words are about, are
    made on first need (Coach._trie, Coach._aim_patterns)."""

    # The first-pass words, looked for where words start, each with its own rules.
    owners: Mapping[str, Collection[int]]  # frozensets, or a snapshot's tuples
    everywhere: frozenset[int]  # the rules without a first-pass word: every sentence
    # Literals to find inside words too, each with its rules (domain/anywhere.py).
    anywhere: Anywhere


@dataclass
class _Also:
    """The rules' other word sets (Coach.also) as bits, one a distinct set: `words` gives
    the bits of the sets each word is in, `masks` each rule's ways (one mask a way: the
    bits of the sets it needs; none: not checked), `every_set` every bit."""

    words: Mapping[str, int]  # a dict, or a snapshot's WordBits (domain/first_pass.py)
    # A tuple, or a snapshot's, read a rule's at a time (storage/coach_snapshot.py).
    masks: Sequence[tuple[int, ...]]
    every_set: int


@dataclass
class _Trie:
    """The first pass for a long text (Coach._trie): the first-pass words found where words
    start, by one Aho–Corasick pass (domain/word_starts.py), and what each of its patterns
    brings: the rules of its words, and the numbers of the word sets (`_Also`) they are
    in. (The trie regular expression of the words, `Coach.first_pass`, gives the same
    words; it is no longer compiled.)"""

    starts: WordStarts
    # By pattern (a key of WordStarts.owners): the rules, the numbers of the word sets.
    rule_list: dict[str, tuple[int, ...]]
    set_list: dict[str, tuple[int, ...]]
    # The rules whose matches start with one of a few characters that are not letters (a
    # quotation mark), each with a class of them: such a rule is searched only in the
    # sentences that hold one after no letter (a letter's are mostly without: an
    # apostrophe is mostly a contraction's), each character its own pattern; a rule with
    # no first-pass word in all of those, one with words in those that hold them too
    # (round 20: the scare-quote rules keyed by words, "last", "rent", "only had").
    marks: tuple[tuple[int, tuple[re.Pattern[str], ...]], ...]
    # By pattern, the numbers of the `in_sentence` word sets (Coach.sentence_words) its
    # words are in; and each rule spared where its guard cannot match, with its set.
    sentence_sets: dict[str, tuple[int, ...]]
    spared: tuple[tuple[int, int], ...]


class _Listed(dict):
    """A pattern's rules or word sets as indexes (_Trie.rule_list, set_list), each worked
    out the first time a text holds it: all of them, some 22,000 set numbers, would be
    6 ms of building the first pass, most for words a letter never holds."""

    def __init__(self, listed: Callable[[str], tuple[int, ...]]) -> None:
        super().__init__()
        self._listed = listed

    def __missing__(self, pattern: str) -> tuple[int, ...]:
        found = self[pattern] = self._listed(pattern)
        return found


class Coach:
    """Finds gentle-language findings in text. Build once; `find` is cheap and pure.

    Building checks every rule's shape and expands its macros. The regular expressions
    are compiled on the first `find`, so the app's start-up does not pay for them;
    `check()` compiles them at once.
    """

    def __init__(
        self,
        rules: Iterable[CoachRule],
        *,
        macros: Mapping[str, str] | None = None,
        sources: Mapping[str, CoachSource] | None = None,
        aim: Aim | None = None,
        spellings: Mapping[str, str] | None = None,
        literals: Mapping[str, Iterable[str] | None] | None = None,
        language: str = "en",
        fold_accents: bool = False,
        word_forms: Mapping[str, Iterable[str]] | None = None,
        model: Callable[[], CoachModel | None] | None = None,
        first: Mapping[str, str] | None = None,
        inside_words: Mapping[str, Iterable[str]] | None = None,
        first_pass: str | None = None,
        compile_: Compiler = re.compile,
        all_compiled: Callable[[Coach], None] | None = None,
        expanded: Sequence[Mapping[str, str | None] | None] | None = None,
        also: Mapping[str, Iterable[Iterable[Iterable[str]]]] | None = None,
        also_bits: tuple[Mapping[str, int], Sequence[Sequence[int]]]
        | tuple[Mapping[str, int], Sequence[tuple[int, ...]], int]
        | None = None,
        sentence_words: str | None = None,
        first_pass_words: tuple[Mapping[str, Collection[int]], Mapping[str, Collection[int]]]
        | None = None,
        guard_keyed: Collection[str] | None = None,
        first_pass_lengths: Mapping[str, Sequence[int]] | None = None,
        everywhere: Collection[int] | None = None,
        checked: bool = False,
    ) -> None:
        """`literals` are the words each rule needs (by rule id), worked out ahead of time
        (storage/coach_rules.py keeps them beside the rules); missing ones are worked out
        here from the patterns. `language` is the letters' language ("en", "es");
        `fold_accents` reads accented letters as plain ones; `word_forms` gives a word's
        informal forms (see the module's notes). `model` reads the second opinion
        (domain/coach_model.py) when it is first needed; without it, only the rules speak.
        `first`: the characters a rule's matches start with, where the regex engine cannot
        see them; `inside_words`: those of a rule's `literals` that a match may hold only
        inside a word ("head" of "crackhead"; the others are looked for where words
        start); both by rule id, stored beside `literals` and taken with them (without
        `inside_words`, every given literal is looked for everywhere). `first_pass`: the
        first pass's pattern (see `first_pass`), stored with them. `compile_` turns
        a pattern into a regular expression (re.compile, or a cache of compiled ones:
        storage/regex_cache.py); `all_compiled` is called once, when `check` has compiled
        every rule (the cache then keeps them for the next run). `expanded`: each rule's
        patterns with their macros expanded, as `expanded()` gave them for these rules.
        `also`: the other word sets each rule needs besides its `literals` (see `also()`),
        by rule id, stored and taken with them (none for a rule not listed); `also_bits`:
        the same as `also_bits()` gave them for these rules and `also` (quicker to read),
        or a snapshot's: with every set's bit after them, each rule's ways then read as
        first needed.
        `sentence_words`: `sentence_words()` as stored, one string of JSON (read when a
        long text first needs it); without it, no rule is spared for its `in_sentence`.
        `first_pass_words`: as `first_pass_words()` gave them for these rules (quicker than
        working them out from `literals`). `guard_keyed`: as `guard_keyed()` gave them for
        these rules and `literals`, stored with them. `first_pass_lengths`: the lengths
        a short text's first pass looks up (domain/first_pass.py, `word_lengths`) of the
        words of `first_pass_words` and of a snapshot's `also_bits`, as a snapshot keeps
        them (used only with both). `everywhere`: the rules (by index) whose `literals`
        are None, when `literals` holds every rule (a snapshot's, read on first need:
        a first paragraph needs them not). `checked`: these rules and macros
        are a snapshot of those a coach was built from (their shape, names and macros
        checked then: storage/coach_snapshot.py), so they are not checked again."""
        self.language = language
        self._compile_regex = compile_
        self._first_pass = first_pass
        self._all_compiled = all_compiled
        self.fold_accents = fold_accents
        self._load_model = model
        self._model: CoachModel | None = None
        self._model_messages: dict[str, str] = {}
        self._same_length = _SAME_LENGTH_PLAIN if fold_accents else _SAME_LENGTH
        self._word_forms = _word_forms(word_forms or {}, self._same_length)
        self.rules: tuple[CoachRule, ...] = tuple(rules)
        self.sources: dict[str, CoachSource] = dict(sources or {})
        self.spellings = {key.lower(): value for key, value in (spellings or {}).items()}
        self._macros = dict(macros or {})
        self._expanded: dict[str, str] = {}  # by macro name
        self._joined: dict[tuple[str, ...], str] = {}
        self._aim = aim or Aim()
        if not checked:
            self._check()
        self._sources: list[dict[str, str | None] | None] = [None] * len(self.rules)
        # Read one at a time, as a rule is first needed (the snapshot's are kept so).
        self._given_sources = expanded if expanded and len(expanded) == len(self.rules) else None
        known = {} if literals is None else literals  # not `or`: a snapshot's read on first need
        self._inside_words_given = inside_words
        self._guard_words: Anywhere | None = None  # their words, on first need
        keyed = frozenset(guard_keyed or ())
        # Each rule's literals, and those to look for inside words too (see `_literals`).
        self._literal_lists: tuple[list[frozenset[str] | None], list[frozenset[str]]] | None
        self._everywhere_given = None if everywhere is None else frozenset(everywhere)
        if self._everywhere_given is None:
            literal_lists, self._guard_keyed = self._work_out_literals(known, keyed)
            self._literal_lists = literal_lists
        else:  # every rule's literals given, read when first needed (a snapshot's)
            self._literal_lists = None
            self._guard_keyed = [i for i, rule in enumerate(self.rules) if rule.id in keyed]
        # The other word sets each rule needs (see `also()`): stored with the literals, or
        # worked out here for a rule whose literals were.
        # Taken as stored and made into sets when the trie is first needed (a first
        # paragraph is read without it: domain/first_pass.py).
        self._also_given = {} if also is None else also
        self._sentence_words_given = sentence_words
        self._known = known
        self._also_ready: list[_Ways | None] | None = None
        self._also_sets: _Also | None = None
        if also_bits is not None and len(also_bits[1]) == len(self.rules):
            words, masks, *given_every = also_bits
            if given_every:  # a snapshot's: each rule's ways read on first need
                self._also_sets = _Also(words, masks, given_every[0])
            else:
                # Every set has a bit below the highest (`_also_bits` numbers only the sets
                # of some way), so this is every mask or-ed together, without the 3,000
                # integers of up to 3,600 bits that or-ing them makes (some 1 ms).
                bits = map(int.bit_length, chain.from_iterable(masks))
                every_set = (1 << max(bits, default=0)) - 1
                self._also_sets = _Also(words, tuple(tuple(ways) for ways in masks), every_set)
        self._first_pass_words = first_pass_words if first_pass else None
        self._first_pass_lengths = first_pass_lengths
        given = known.__contains__ if self._everywhere_given is None else _every_id
        self._first = [
            (first or {}).get(rule.id) if given(rule.id) else self._first_chars(index)
            for index, rule in enumerate(self.rules)
        ]
        self._rules_ready: list[_Compiled | None] = [None] * len(self.rules)
        self._ready: _Ready | None = None
        self._aim_ready: tuple[re.Pattern[str], re.Pattern[str]] | None = None
        self._trie_ready: _Trie | None = None
        self._ways_ready: tuple[tuple[tuple[int, ...], ...], ...] | None = None
        self._scan: WordScan | None = None
        # The category-wide kind contexts (see the module's notes), compiled on first need.
        self._quiet: dict[str, tuple[re.Pattern[str] | None, ...]] = {}
        # What those said of each sentence of the text being read (`_quiet_in`): the text
        # itself (this run's folded string, held so it stays itself) and the answers by
        # pattern and sentence. Set in one step, so a text read on another thread at the
        # same time only starts its own.
        self._quiet_run: tuple[str, dict[tuple[int, int, int], bool]] = ("", {})
        self._checked: set[int] = set()  # rules whose guards are compiled too
        self._excluded_in: dict[str, frozenset[int]] = {}

    def _work_out_literals(
        self, known: Mapping[str, Iterable[str] | None], keyed: frozenset[str]
    ) -> tuple[tuple[list[frozenset[str] | None], list[frozenset[str]]], list[int]]:
        """Each rule's literals (None: no first-pass word) and those to look for inside
        words too, given (`known`) or worked out; and the rules keyed by their
        `in_sentence` guard's words found where words start, which look for them anywhere
        in a sentence holding a quotation (_needed; `keyed`: those given)."""
        inside_words = self._inside_words_given
        literals: list[frozenset[str] | None] = []
        inside: list[frozenset[str]] = []
        guard_keyed: list[int] = []
        for index, rule in enumerate(self.rules):
            if rule.id in known:
                words = None if inside_words is None else inside_words.get(rule.id, ())
                found = _given(known[rule.id], words)
                quoted = rule.id in keyed
            else:
                found, quoted = _needed(self._source(index), rule)
            if quoted:
                guard_keyed.append(index)
            literals.append(None if found is None else found[0])
            inside.append(frozenset() if found is None else found[1])
        return (literals, inside), guard_keyed

    def _literal_table(self) -> tuple[list[frozenset[str] | None], list[frozenset[str]]]:
        if self._literal_lists is None:  # a snapshot's, given for every rule
            self._literal_lists = self._work_out_literals(self._known, frozenset())[0]
        return self._literal_lists

    @property
    def _literals(self) -> list[frozenset[str] | None]:
        """Each rule's literals (None: none), by index: worked out when the coach is built,
        or, a snapshot's, read when first needed (a first paragraph needs none of them:
        some 2 ms of every first use)."""
        return self._literal_table()[0]

    @property
    def _inside(self) -> list[frozenset[str]]:
        """Those of each rule's literals to look for inside words too."""
        return self._literal_table()[1]

    def _check(self) -> None:
        """Every rule's shape, name and macros (a broken rule file stops here)."""
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise CoachRuleError(f'Two rules are called "{rule.id}".')
            seen.add(rule.id)
            self._validate(rule)
        # A missing macro is found when the file is read; the macros themselves are expanded
        # when a rule is first needed (or now, for a rule whose first-pass words are not given).
        for rule in self.rules:
            self._check_macros(rule)

    def check(self, indexes: Iterable[int] | None = None) -> None:
        """Compile every rule now (or those at `indexes`, after the first pass); a pattern
        that does not work raises CoachRuleError."""
        if self._compiled().owners:
            self._trie()
        self._aim_patterns()
        for index in range(len(self.rules)) if indexes is None else indexes:
            rule = self._rule_ready(index)
            for guard in _Compiled.GUARDS:
                getattr(rule, guard)
            rule.stops = self._stops(index)
            rule.anchor(*self._anchors(index))
            self._quiet_patterns(rule.rule.category)  # its category's kind contexts too
            self._checked.add(index)
        if self._all_compiled is not None and len(self._checked) == len(self.rules):
            done, self._all_compiled = self._all_compiled, None
            done(self)

    def _stops(self, index: int) -> tuple[str, str]:
        """What the rule's `preceded_by` and `unless_preceded_by` guards never hold
        (domain/guard_window.py), read once and kept with its sources, so the snapshot
        keeps them too: the warm-up pays the reading (some 60 µs a guard), never a first
        use."""
        source = self._source(index)
        for key in ("preceded", "not_preceded"):
            if f"{key}_stops" not in source:
                found = source[key]
                source[f"{key}_stops"] = never_held(found) if found else ""
        return source["preceded_stops"] or "", source["not_preceded_stops"] or ""

    def _anchors(self, index: int) -> tuple[str, str]:
        """The rule's anchors (as their key) and the pattern searched with them, when its
        `preceded_by` guard needs a sentence's start (domain/start_anchor.py); "" when not.
        Read once and kept with its sources, as `_stops` is (the snapshot keeps them: never
        read at a first use)."""
        source = self._source(index)
        if "anchored" not in source:
            found = source["preceded"]
            anchors = read_anchors(_lower(found)) if found else None
            search = source.get("search") or source["pattern"]
            # Only where the engine cannot see where a match starts (rule_costs' "wrap" and
            # "any"): a pattern that opens with a letter it skips to in C already costs
            # less than the calls from Python a sentence this adds (round 25).
            if anchors and (self._first[index] or not engine_sees_start(_lower(search))):
                anchored = anchors.search_source(search)
            else:
                anchored = None
            source["anchors"] = anchors.key() if anchors and anchored else ""
            source["anchored"] = anchored or ""
        return source["anchors"] or "", source["anchored"] or ""

    def literals(self) -> dict[str, list[str] | None]:
        """The words each rule needs, by rule id, for storing ahead of time."""
        return {
            rule.id: None if found is None else sorted(found)
            for rule, found in zip(self.rules, self._literals, strict=True)
        }

    def guard_keyed(self) -> list[str]:
        """The rules keyed by their `in_sentence` guard's words where words start that look
        for them anywhere in a sentence holding a quotation too (_needed), by rule id, for
        storing ahead of time beside `literals()`."""
        return sorted(self.rules[index].id for index in self._guard_keyed)

    def inside_words(self) -> dict[str, list[str]]:
        """The literals a rule's matches may hold only inside a word, by rule id, for
        storing ahead of time beside `literals()`."""
        return {
            rule.id: sorted(inside)
            for rule, inside in zip(self.rules, self._inside, strict=True)
            if inside
        }

    def also(self) -> dict[str, list[list[list[str]]]]:
        """The sets of words each rule needs besides its `literals`, by rule id, for
        storing ahead of time beside `literals()`: for each way its pattern can match (each
        choice at its top), up to two sets of words of which such a match holds one each,
        where a word starts ("always" or "constantly", and "you're" or "you are"). The
        trie finds them with the rules' own words, and a rule runs only in a sentence that
        has every set of one of its ways (Coach._rules_by_sentence): a few operations on
        integers cost far less than a search."""
        return {
            rule.id: [[sorted(words) for words in way] for way in ways]
            for rule, ways in zip(self.rules, self._also(), strict=True)
            if ways is not None
        }

    def _also(self) -> list[_Ways | None]:
        """Each rule's ways and their word sets (see `also()`): as stored for a rule whose
        `literals` were, else worked out."""
        if self._also_ready is None:
            given, known = self._also_given, self._known
            self._also_ready = [
                _given_also(given.get(rule.id)) if rule.id in known else self._also_needed(i)
                for i, rule in enumerate(self.rules)
            ]
        return self._also_ready

    def _also_needed(self, index: int) -> _Ways | None:
        """A rule's ways and the word sets each needs (see `also()`; domain/prefilter.py,
        required_sets), or None when one way needs none: no set holding a sentence's end
        before its last character (the trie looks for its words sentence by sentence), nor
        one the rule's own set implies (a superset of it)."""
        own = self._literals[index]
        pattern = _lower(self._source(index)["pattern"] or "")
        # A short word ("or", "so", "he") is worth a look too: the automaton finds it where
        # words start, and it spares a rule the sentences that hold its own words only
        # ("says" without "so", "saw" without "he", "she" or "they").
        found_sets = required_sets(pattern, _SHORT_ALSO)
        ways = []
        for found in found_sets:
            usable = [
                words
                for words in found
                if not (own and words >= own)
                and all(_SENTENCE_ENDS.isdisjoint(w[:-1]) for w in words)
            ]
            if not usable:
                return None
            ways.append(tuple(usable[:_ALSO_A_WAY]))
        return tuple(ways) or None

    def sentence_words(self) -> dict[str, list[str]]:
        """For each rule that `_sentence_sets` may spare, by rule id: the words one of
        which a sentence must hold for its `in_sentence` guard to match there (found where
        words start, as the first pass finds them), for storing beside `literals()`:
        worked out, some 2 s for the English rules."""
        found = {}
        for index, rule in enumerate(self.rules):
            if not _spared_for_its_sentence(rule):
                continue
            # Two letters will do ("er" of "the ER", r24b_'s harms): a sentence holding
            # none of them is spared a search, and a short word is rare in a sentence.
            guard = _lower(self._source(index)["in_sentence"] or "")
            words = literals_and_place(guard, shortest=_SHORT_ALSO)
            own = self._literals[index]
            if (
                words is None
                or words[1]  # some only inside words: the first pass would not see them
                or (own is not None and words[0] >= own)  # what the rule needs anyway
                or not all(_SENTENCE_ENDS.isdisjoint(word[:-1]) for word in words[0])
            ):
                continue
            found[rule.id] = sorted(words[0])
        return found

    def _sentence_sets(self) -> tuple[dict[str, int], tuple[tuple[int, int], ...]]:
        """The stored `sentence_words` as bits, one a distinct set of words: each word's
        bits, and each spared rule (by index) with the bit of its set."""
        given = self._sentence_words_given
        if not given:
            return {}, ()
        stored = json.loads(given)
        bits: dict[tuple[str, ...], int] = {}
        words: dict[str, int] = {}
        spared = []
        for index, rule in enumerate(self.rules):
            found = stored.get(rule.id)
            if found is None or not _spared_for_its_sentence(rule):
                continue
            key = tuple(found)
            if key not in bits:
                bits[key] = len(bits)
                for word in key:
                    words[word] = words.get(word, 0) | 1 << bits[key]
            spared.append((index, bits[key]))
        return words, tuple(spared)

    def first_chars(self) -> dict[str, str]:
        """The characters each rule's matches start with, by rule id, where the regex
        engine cannot see them itself (see _Compiled), for storing ahead of time."""
        return {
            rule.id: chars for rule, chars in zip(self.rules, self._first, strict=True) if chars
        }

    def expanded(self) -> list[dict[str, str | None] | None]:
        """Each rule's pattern and guards with their macros expanded, and the pattern as
        its searches run it ("search": Coach._grouped), for storing
        (storage/coach_snapshot.py): a first paragraph expands some 150 rules, 4 ms in
        English and 10 in Spanish (its informal word forms), and groups them, 4 more."""
        return [self._source(index) for index in range(len(self.rules))]

    def first_pass(self) -> str:
        """The first pass's words as the pattern of a trie that finds them where words
        start, for storing beside `literals()` (the prefilter file keeps it, and the tests
        read it: domain/word_starts.py finds the same words, and more quickly)."""
        if self._first_pass:
            return self._first_pass
        return trie_pattern(sorted(self._owners()[0].keys() | self._also_bits().words.keys()))

    def first_pass_words(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """The first-pass words looked for where words start and those looked for inside
        words too, each with its rules (by index), for storing beside `first_pass()`: some
        4 ms of a first paragraph, worked out from `literals()`."""
        owners, anywhere = self._owners()
        return (
            {word: sorted(rules) for word, rules in owners.items()},
            {word: sorted(rules) for word, rules in anywhere.items()},
        )

    def _owners(self) -> tuple[Mapping[str, Collection[int]], Mapping[str, Collection[int]]]:
        """The first-pass words looked for where words start, with their rules, and the
        words looked for everywhere, with theirs."""
        if self._first_pass_words is not None:
            return self._first_pass_words
        owners: dict[str, set[int]] = {}  # literals looked for where a word starts
        anywhere: dict[str, set[int]] = {}
        for index, literals in enumerate(self._literals):
            for literal in literals or ():
                inside = literal in self._inside[index]
                table = (
                    anywhere if inside or not _SENTENCE_ENDS.isdisjoint(literal[:-1]) else owners
                )
                table.setdefault(literal, set()).add(index)
        return owners, anywhere

    def also_bits(self) -> tuple[Mapping[str, int], tuple[tuple[int, ...], ...]]:
        """The rules' word sets (`also`) as bits, for storing (storage/coach_snapshot.py):
        each word's, and each rule's ways as masks; worked out, some 5 ms of a first
        paragraph."""
        found = self._also_bits()
        return found.words, tuple(found.masks)

    def _also_bits(self) -> _Also:
        """The rules' word sets (`also`) as bits, worked out on first need."""
        if self._also_sets is None:
            bits: dict[frozenset[str], int] = {}
            words: dict[str, int] = {}
            masks = []
            for ways in self._also():
                for way in ways or ():
                    for found in way:
                        if found not in bits:
                            bits[found] = 1 << len(bits)
                            for word in found:
                                words[word] = words.get(word, 0) | bits[found]
                masks.append(tuple(sum(bits[found] for found in way) for way in ways or ()))
            every_set = (1 << len(bits)) - 1
            self._also_sets = _Also(words, tuple(masks), every_set)
        return self._also_sets

    def _first_chars(self, index: int) -> str | None:
        return first_chars(_lower(self._source(index)["pattern"] or ""))

    @property
    def macros(self) -> Mapping[str, str]:
        """The rules file's macros, by name, as written."""
        return self._macros

    def expand(self, pattern: str) -> str:
        """A pattern, guard or macro as the coach reads it (macros expanded, spaces as
        whitespace, informal word forms, curly apostrophes and, where the language folds
        them, accents read as plain), not yet wrapped as whole words
        (domain/never_matches.py reads it so)."""
        return self._expand(pattern)

    def rule(self, rule_id: str) -> CoachRule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def find(
        self,
        text: str,
        part: str = "letter",
        *,
        start: int = 0,
        end: int | None = None,
        second_opinion: bool = True,
    ) -> list[CoachFinding]:
        """Every finding in `text` (or in text[start:end]), in reading order, none
        overlapping another of its category.

        `part` is the letter part the text belongs to ("letter" or "bottom_line").
        `second_opinion`: also ask the model (when the coach has one) about each sentence
        where the rules found nothing of a category; its findings have the rule id
        "model:<category>" and no suggestion.
        Offsets are always into `text` itself: `text[f.start:f.end] == f.text`, so a
        caller that re-checks only the paragraph being typed passes that paragraph's
        bounds and gets findings it can use as they are. Give whole paragraphs: the
        coach reads a word in its sentence.
        """
        if part not in PARTS:
            raise ValueError(f"Unknown letter part {part!r}; use one of {', '.join(PARTS)}.")
        end = len(text) if end is None else end
        if start or end != len(text):
            found = self.find(text[start:end], part, second_opinion=second_opinion)
            return [_shifted(f, start) for f in found]
        if not text.strip():
            return []
        folded = self.fold(text)
        text_map = map_text(folded, text)
        findings, declined = self._by_rules(text, folded, text_map, part)
        model = self.model() if second_opinion else None
        if model is None:
            return findings
        return self._second_opinion(model, text, folded, text_map, part, findings, declined)

    def fold(self, text: str) -> str:
        """`text` as this coach's rules read it: lower case, and accents folded where the
        language does so, every character where it was (offsets stay the text's)."""
        return _fold(text, self._same_length)

    def verdicts(self, text: str, part: str = "letter") -> tuple[set[str], set[str]]:
        """The categories the rules find in `text`, and those where a rule's words are
        there but its guards said no (a kind context, a third person, a quotation): the
        model is not asked about either (storage/coach_model_train.py scores it so)."""
        folded = self.fold(text)
        text_map = map_text(folded, text)
        findings, declined = self._by_rules(text, folded, text_map, part)
        quiet = {
            category
            for category in CATEGORIES
            for s_start, s_end in text_map.spans()
            if self._quiet_in_sentence(category, folded, s_start, s_end, model=True)
        }
        return {f.category for f in findings}, set().union(quiet, *declined.values())

    def _by_rules(
        self, text: str, folded: str, text_map: TextMap, part: str
    ) -> tuple[list[CoachFinding], dict[int, set[str]]]:
        """The rules' findings, and by sentence start the categories a rule declined."""
        candidates: list[tuple[int, int, int, _Compiled, str | None]] = []
        declined: dict[int, set[str]] = {}
        excluded = self._excluded(part)
        # Rule by rule: one rule's searches in a row keep its code in the processor's
        # cache (sentence by sentence is slower); the findings are put in order at the end.
        # A rule's searches are called from C (`starmap`), one a sentence, and only the
        # sentences where one finds something come back to this loop (most find nothing):
        # a match knows the sentence it was searched in (`pos`, `endpos`).
        rules_ready, walk = self._rules_ready, self._walk
        for index, sentences in self._searched(folded, text_map, excluded):
            rule = rules_ready[index] or self._rule_ready(index)
            if rule.anchors is not None:  # tried only where its guard lets a match start
                sentences = self._by_anchors(rule, sentences, text_map, candidates, declined)
                if not sentences:
                    continue
            group = rule.group
            for hit in filter(None, starmap(rule.pattern.search, sentences)):
                walk(rule, text_map, hit, hit.span(group), hit.pos, candidates, declined)
        return _without_overlaps(text, candidates), declined

    def _walk(
        self,
        rule: _Compiled,
        text_map: TextMap,
        hit: re.Match[str],
        span: tuple[int, int],
        s_start: int,
        candidates: list[tuple[int, int, int, _Compiled, str | None]],
        declined: dict[int, set[str]],
    ) -> None:
        """A rule's matches in one sentence, from its first (`hit`, whose match is `span`;
        the sentence starts at `s_start` and ends at `hit.endpos`): each with a verdict
        becomes a candidate, a declined one is remembered, and the next is searched."""
        folded, s_end, (at, stop) = hit.string, hit.endpos, span
        search, group = rule.pattern.search, rule.group
        while True:
            pos = at + 1
            # The left word boundary is checked here, not in the pattern: a pattern that
            # starts with a lookbehind loses the fast scan.
            if stop != at and not _inside_word(folded, at):
                verdict = self._verdict(rule, folded, text_map, at, stop)
                if verdict:
                    suggestion = self._suggest(rule.rule, hit)
                    candidates.append((at, stop, rule.order, rule, suggestion))
                    pos = stop
                elif verdict is False:
                    declined.setdefault(s_start, set()).add(rule.rule.category)
            found = search(folded, pos, s_end)
            if found is None:
                return
            hit, (at, stop) = found, found.span(group)

    def _by_anchors(
        self,
        rule: _Compiled,
        sentences: list[tuple[str, int, int]],
        text_map: TextMap,
        candidates: list[tuple[int, int, int, _Compiled, str | None]],
        declined: dict[int, set[str]],
    ) -> list[tuple[str, int, int]]:
        """`_by_rules` for a rule that needs a sentence's start (`_Compiled.anchored`):
        each sentence searched first only where its guard lets a match start, from the mark
        before it (domain/start_anchor.py). Its first match there is the first a whole
        search would have given a verdict other than None (anywhere else the guard fails);
        from it on, the sentence is searched as `_by_rules` does. Gives back the sentences
        to search whole: the text's first, those holding some of a quotation (a quoted
        match is declined before the guard is read) and those after no mark of the guard."""
        assert rule.anchored is not None
        after_marks, whole = _after_marks(rule, sentences, text_map)
        for hit in filter(None, starmap(rule.anchored.search, after_marks)):
            # searched from the mark before the sentence: the sentence starts one after it
            self._walk(rule, text_map, hit, hit.span(_MATCH), hit.pos + 1, candidates, declined)
        return whole

    def _searched(
        self, folded: str, text_map: TextMap, excluded: frozenset[int]
    ) -> list[tuple[int, list[tuple[str, int, int]]]]:
        """Each rule to search (by index, in order, none of `excluded`) with the sentences
        it may match in, as its searches take them (folded, start, end): those holding one
        of its words and every word set of one of its ways (`also`). With the trie, worked
        out with sentences as bits (domain/sentence_bits.py); without it (a short text's
        first use), sentence by sentence."""
        ready = self._compiled()
        if not ready.owners or (self._trie_ready is None and len(folded) <= _SCAN_UP_TO):
            return self._searched_by_sentence(folded, text_map, excluded)
        trie, also = self._trie(), self._also_bits()
        spans = text_map.spans()
        words = trie.starts.found(folded, spans)
        if words is None:  # a text holding the separator
            return self._searched_by_sentence(folded, text_map, excluded)
        rules = spread(words, trie.rule_list, len(self.rules))
        for sentences, indexes in self._compiled().anywhere.bits(folded, text_map.sentence_starts):
            for index in indexes:
                rules[index] |= sentences
        for index, sentences in self._guard_keyed_in_quotes(folded, text_map).items():
            rules[index] |= sentences
        every = (1 << len(spans)) - 1
        args = [(folded, start, end) for start, end in spans]  # a search's, a sentence each
        for index in ready.everywhere:  # no first-pass word: every sentence
            rules[index] = every
        held: dict[tuple[re.Pattern[str], ...], int] = {}
        for index, mark in trie.marks:  # of those, the ones holding a character it starts with
            if mark not in held:
                held[mark] = holding(mark, folded, text_map.sentence_starts)
            rules[index] &= held[mark]
        if trie.spared:  # those whose `in_sentence` guard cannot match (_spared_for_its_sentence)
            found = spread(words, trie.sentence_sets, len(trie.spared))
            quoted = _quoted_sentences(text_map)
            for index, number in trie.spared:
                if rules[index]:
                    rules[index] &= found[number] | quoted
        sets = spread(words, trie.set_list, also.every_set.bit_length())
        ways = self._way_sets()
        searched = []
        # Rules searched in the same sentences share one list of search arguments (many
        # do: the rules of one word, or of none).
        lists = {every: args}
        for index, sentences in enumerate(rules):
            if not sentences or index in excluded:
                continue
            if ways[index]:
                sentences = with_a_way(sentences, ways[index], sets)
                if not sentences:  # nor compiled, if it never was
                    continue
            taken = lists.get(sentences)
            if taken is None:
                taken = lists[sentences] = chosen(sentences, args)
            searched.append((index, taken))
        return searched

    def _searched_by_sentence(
        self, folded: str, text_map: TextMap, excluded: frozenset[int]
    ) -> list[tuple[int, list[tuple[str, int, int]]]]:
        """`_searched`, sentence by sentence (`_rules_by_sentence`)."""
        found, lacking = self._rules_by_sentence(folded, text_map)
        masks = self._also_bits().masks if any(lacking) else ()
        # Each sentence with the bits of the word sets it lacks (`also`; 0: none checked).
        every = [(*span, gone) for span, gone in zip(text_map.spans(), lacking, strict=True)]
        where: list[list[tuple[int, int, int]]] = [[] for _ in self.rules]
        for sentence, indexes in zip(every, found, strict=True):
            for index in indexes:
                where[index].append(sentence)
        for index in self._compiled().everywhere:  # no first-pass word: every sentence
            where[index] = every
        searched = []
        for index, spans in enumerate(where):
            if not spans or index in excluded:
                continue
            if ways := masks[index] if masks else ():
                spans = _with_a_way(spans, ways)
                if not spans:  # nor compiled, if it never was
                    continue
            searched.append((index, [(folded, start, end) for start, end, _ in spans]))
        return searched

    def _way_sets(self) -> tuple[tuple[tuple[int, ...], ...], ...]:
        """Each rule's ways (`also`) as the numbers of the word sets each needs (none: not
        checked), for the bits by sentence."""
        if self._ways_ready is None:
            self._ways_ready = tuple(
                tuple(indexes_of(mask) for mask in ways) for ways in self._also_bits().masks
            )
        return self._ways_ready

    def _excluded(self, part: str) -> frozenset[int]:
        """The rules not asked in letter part `part` (their `not_in_parts`)."""
        found = self._excluded_in.get(part)
        if found is None:
            found = frozenset(i for i, r in enumerate(self.rules) if part in r.not_in_parts)
            self._excluded_in[part] = found
        return found

    def model(self) -> CoachModel | None:
        """The second opinion, read on first need (None when the coach has none)."""
        if self._model is None and self._load_model is not None:
            self._model = self._load_model()
            self._load_model = None
        return self._model

    def features(self, text: str, start: int = 0, end: int | None = None) -> Features:
        """The model's features for text[start:end] as the coach reads it at run time (the
        training script uses the same function: domain/coach_model.py)."""
        folded = self.fold(text)
        quotes = map_text(folded, text).quotes
        return sentence_features(
            folded, start, len(text) if end is None else end, quotes, self.language
        )

    def _second_opinion(
        self,
        model: CoachModel,
        text: str,
        folded: str,
        text_map: TextMap,
        part: str,
        findings: list[CoachFinding],
        declined: dict[int, set[str]],
    ) -> list[CoachFinding]:
        """The model's findings added to the rules': a category the rules found in a
        sentence, or looked at there and declined (their guards know kind contexts the
        model does not), is not asked again; in the bottom line a calm consequence is
        expected, so no threat."""
        by_sentence = {start: set(categories) for start, categories in declined.items()}
        for finding in findings:
            by_sentence.setdefault(text_map.sentence(finding.start)[0], set()).add(finding.category)
        expected = _EXPECTED_IN.get(part, frozenset())

        def keep(category: str, at: int, stop: int) -> bool:
            return self._model_aimed(
                folded, text_map, category, at, stop
            ) and not self._quiet_in_sentence(category, folded, *text_map.sentence(at), model=True)

        # `self` as the owner: what the model remembers of a sentence holds this coach's say.
        found = model.find(
            folded, text_map.spans(), text_map.quotes, by_sentence, expected, keep, self
        )
        added = [
            CoachFinding(
                start=at,
                end=stop,
                text=text[at:stop],
                category=category,
                message=self._message(category),
                suggestion=None,
                rule_id=f"model:{category}",
            )
            for category, at, stop in found
        ]
        if not added:
            return findings
        return sorted([*findings, *added], key=lambda f: (f.start, f.end))

    def _model_aimed(
        self, folded: str, text_map: TextMap, category: str, at: int, stop: int
    ) -> bool:
        """A label, insult or diagnosis the model finds counts only where the rules would
        let one count: about the reader or nobody named, not negated (aim "person"), read
        at each of its words ("he's a junkie", "I'm in denial", "you're not an addict")."""
        if category not in _MODEL_AIMED:
            return True
        s_start, s_end = text_map.sentence(at)
        return all(
            self._aimed_at("person", False, folded, s_start, s_end, word.start())
            for word in _WORD.finditer(folded, at, stop)
        )

    def _message(self, category: str) -> str:
        """The category's reason: the one most of its rules give (first in the file on a
        tie), so the model speaks as the rules do."""
        found = self._model_messages.get(category)
        if found is None:
            counts = Counter(r.message for r in self.rules if r.category == category)
            found = counts.most_common(1)[0][0] if counts else ""
            self._model_messages[category] = found
        return found

    @staticmethod
    def apply(text: str, finding: CoachFinding) -> str:
        return apply(text, finding)

    def _rules_by_sentence(
        self, folded: str, text_map: TextMap
    ) -> tuple[list[set[int]], list[int]]:
        """For each sentence, the rules that may match in it for a word they need: where
        it starts there (one pass a sentence finds those where words start), or anywhere
        (a word a match may hold inside a word). The rules that need no word run on every
        sentence and are not listed (`_Ready.everywhere`). With them, the bits of the
        rules' other word sets (`also`) each sentence lacks: the first pass finds their
        words too (0 where none is looked for: nothing is checked)."""
        ready = self._compiled()
        every = text_map.spans()
        also = self._also_bits()
        if not ready.owners:
            found: list[set[int]] = [set() for _ in every]
            have = [also.every_set] * len(every)  # no first pass: nothing to check
        else:
            if self._scan is None:
                given = self._first_pass_lengths
                if self._first_pass_words is None or not isinstance(also.words, WordBits):
                    given = None  # not the words they are the lengths of
                self._scan = WordScan(ready.owners, also.words, given)
            scanned = [self._scan.scan(folded, s, e) for s, e in every]
            found = [rules for rules, _ in scanned]
            have = [bits for _, bits in scanned]
        for sentence, indexes in self._found_anywhere(folded, text_map):
            found[sentence].update(indexes)
        for index, sentences in self._guard_keyed_in_quotes(folded, text_map).items():
            for sentence in indexes_of(sentences):
                found[sentence].add(index)
        every_set = also.every_set
        return found, [every_set ^ bits for bits in have]

    def _guard_keyed_in_quotes(self, folded: str, text_map: TextMap) -> dict[int, int]:
        """For each rule keyed by its guard's words where words start (`_guard_keyed`),
        the bits of the sentences holding some of a quotation and one of its words
        anywhere, as `_Ready.anywhere` would find it (an occurrence counts in the sentence
        where it starts): there a match may be declined for its quotation (see _needed)."""
        if not self._guard_keyed or not text_map.quotes:
            return {}
        if self._guard_words is None:
            owners: dict[str, list[int]] = {}
            for index in self._guard_keyed:
                for word in sorted(self._literals[index] or ()):
                    owners.setdefault(word, []).append(index)
            self._guard_words = Anywhere([(word, tuple(rules)) for word, rules in owners.items()])
        quoted = _quoted_sentences(text_map)
        found: dict[int, int] = {}
        for sentences, indexes in self._guard_words.bits(folded, text_map.sentence_starts):
            if sentences := sentences & quoted:
                for index in indexes:
                    found[index] = found.get(index, 0) | sentences
        return found

    def _found_anywhere(
        self, folded: str, text_map: TextMap
    ) -> Iterator[tuple[int, Iterable[int]]]:
        """The rules of the literals looked for inside words too (`_Ready.anywhere`), each
        with the number of the sentence where one is."""
        return self._compiled().anywhere.found(folded, text_map.sentence_starts)

    # --- looking at a match in its sentence ---------------------------------------------

    def _verdict(
        self, rule: _Compiled, folded: str, text_map: TextMap, start: int, end: int
    ) -> bool | None:
        """True: a finding at folded[start:end]. False: the rule's words are here and it
        declines them (a quotation, a kind context its `unless_…` guards know, someone
        else, a negation). None: what the rule looks for is not here after all (a guard it
        needs is missing). The first guard that says no gives the answer, in this order."""
        said = rule.rule
        if text_map.quotes and not said.in_quotes and text_map.quoted(start, end):
            return False
        guarded = _guards_allow(rule, folded, start, end)
        if guarded is not True:
            return guarded
        s_start, s_end = text_map.sentence(start)
        guard = rule.in_sentence
        if guard is not None and guard.search(folded, s_start, s_end) is None:
            return None
        # The rule's kind contexts, and its category's, are read from the sentence's last
        # turn ("but", "pero") before the words on (round 22).
        clause = _after_turn(folded, s_start, start)
        guard = rule.not_in_sentence
        if guard is not None and guard.search(folded, clause, s_end) is not None:
            return False
        if self._quiet_here(said.category, folded, clause, s_end, start):
            return False
        if said.aim is None:
            return True
        return self._aimed(said, folded, s_start, s_end, start)

    def _quiet_patterns(self, category: str) -> tuple[re.Pattern[str] | None, ...]:
        """The category's kind contexts: in the sentence, right before the words, and in
        the sentence for the second opinion only (QUIET_, QUIET_BEFORE_, QUIET_MODEL_)."""
        found = self._quiet.get(category)
        if found is None:
            name, owner = category.upper(), f"The {category} contexts"
            kinds = (("QUIET_", self._anywhere), ("QUIET_BEFORE_", self._before))
            kinds += (("QUIET_MODEL_", self._anywhere),)
            found = self._quiet[category] = tuple(
                _regex(as_pattern((f"{{{{{prefix}{name}}}}}",)) or "", owner, self._compile_regex)
                if f"{prefix}{name}" in self._macros
                else None
                for prefix, as_pattern in kinds
            )
        return found

    def _quiet_in_sentence(
        self, category: str, folded: str, s_start: int, s_end: int, model: bool = False
    ) -> bool:
        """A kind context of the whole category in the sentence (QUIET_<CATEGORY>; for the
        second opinion, `model`, QUIET_MODEL_<CATEGORY> too)."""
        sentence, _, model_only = self._quiet_patterns(category)
        return any(
            pattern is not None and self._quiet_in(pattern, folded, s_start, s_end)
            for pattern in (sentence, model_only if model else None)
        )

    def _quiet_here(self, category: str, folded: str, s_start: int, s_end: int, at: int) -> bool:
        """The category's kind contexts, in the sentence or right before `at` (as
        `_quiet_in_sentence` reads them for the rules, written out: a verdict's
        commonest step)."""
        sentence, before, _ = self._quiet.get(category) or self._quiet_patterns(category)
        if sentence is not None and self._quiet_in(sentence, folded, s_start, s_end):
            return True
        return before is not None and (
            before.search(folded, max(s_start, at - _LOOK_BEHIND), at) is not None
        )

    def _quiet_in(self, pattern: re.Pattern[str], folded: str, s_start: int, s_end: int) -> bool:
        """Whether a category's kind context (some 30-55 KB of pattern, up to 60 µs a
        sentence) is in folded[s_start:s_end], searched once a sentence while one text is
        read: a sentence where several of a category's rules match asks again. Forgotten
        with the text (`is`: another text, even the same words, starts afresh)."""
        run = self._quiet_run
        if run[0] is not folded:
            run = self._quiet_run = (folded, {})
        # By `id`: a pattern's hash reads its whole compiled code; these are the coach's own,
        # kept in `_quiet` for its life.
        key = (id(pattern), s_start, s_end)
        found = run[1].get(key)
        if found is None:
            found = run[1][key] = pattern.search(folded, s_start, s_end) is not None
        return found

    def _aimed(self, rule: CoachRule, folded: str, s_start: int, s_end: int, start: int) -> bool:
        return self._aimed_at(rule.aim, rule.even_negated, folded, s_start, s_end, start)

    def _aimed_at(
        self, aim: str | None, even_negated: bool, folded: str, s_start: int, s_end: int, start: int
    ) -> bool:
        subject_regex, reader_regex = self._aim_patterns()
        subject = subject_regex.search(folded, clause_start(folded, s_start, start), start)
        if subject is None:
            return aim == "person"
        who = {name for name, value in subject.groupdict().items() if value}
        if any(name.startswith("neg") for name in who):
            if not even_negated:
                return False
            if any("reader" in name for name in who):  # "you say you're clean"
                return True
            who = {name for name in who if not name.startswith("neg")}
        if any(name.startswith("reader") for name in who):
            return True
        if "kin" in who:  # "my son …" in a letter to him, unless "you" is someone else
            return reader_regex.search(folded, s_start, s_end) is None
        return False  # the writer, or a third person

    def _suggest(self, rule: CoachRule, hit: re.Match[str]) -> str | None:
        if rule.suggestion is None:
            return None
        groups = hit.groupdict()

        def fill(match: re.Match[str]) -> str:
            value = groups.get(match.group(1))
            if value is None:
                raise KeyError(match.group(1))
            value = " ".join(value.split())
            return self.spellings.get(value.lower(), value)

        try:
            return _TEMPLATE.sub(fill, rule.suggestion)
        except KeyError:
            return None

    # --- preparing and compiling --------------------------------------------------------

    def _validate(self, rule: CoachRule) -> None:
        if rule.category not in CATEGORIES:
            raise CoachRuleError(
                f'Rule "{rule.id}" has the category "{rule.category}"; '
                f"it should be one of {', '.join(CATEGORIES)}."
            )
        if rule.aim is not None and rule.aim not in AIMS:
            raise CoachRuleError(
                f'Rule "{rule.id}" has the aim "{rule.aim}"; use reader or person.'
            )
        for part in rule.not_in_parts:
            if part not in PARTS:
                raise CoachRuleError(f'Rule "{rule.id}" names the unknown part "{part}".')
        if not rule.patterns:
            raise CoachRuleError(f'Rule "{rule.id}" has no patterns.')
        if not rule.message.strip():
            raise CoachRuleError(f'Rule "{rule.id}" has no message.')
        if not rule.sources:
            raise CoachRuleError(f'Rule "{rule.id}" names no source.')
        for source in rule.sources:
            if self.sources and source not in self.sources:
                raise CoachRuleError(f'Rule "{rule.id}" cites "{source}", which is not listed.')

    def _sources_of(self, rule: CoachRule) -> dict[str, str | None]:
        try:
            return {
                "pattern": f"{self._alternatives(rule.patterns)}{_WORD_END}",
                "search": self._grouped(rule.patterns),
                "preceded": self._before(rule.preceded_by),
                "not_preceded": self._before(rule.unless_preceded_by),
                "followed": self._after(rule.followed_by),
                "not_followed": self._after(rule.unless_followed_by),
                "in_sentence": self._anywhere(rule.in_sentence),
                "not_in_sentence": self._anywhere(rule.unless_in_sentence),
            }
        except CoachRuleError as error:
            raise CoachRuleError(f'Rule "{rule.id}": {error}') from None

    def _source(self, index: int) -> dict[str, str | None]:
        """The rule's patterns and guards with their macros expanded, worked out once."""
        found = self._sources[index]
        if found is None:
            given = None if self._given_sources is None else self._given_sources[index]
            found = self._sources_of(self.rules[index]) if given is None else dict(given)
            self._sources[index] = found
        return found

    def _check_macros(self, rule: CoachRule) -> None:
        guards = (rule.preceded_by, rule.unless_preceded_by, rule.followed_by)
        guards += (rule.unless_followed_by, rule.in_sentence, rule.unless_in_sentence)
        for text in (*rule.patterns, *(g for group in guards for g in group)):
            for name in _MACRO.findall(text):
                if name not in self._macros:
                    raise CoachRuleError(f'Rule "{rule.id}": The macro "{name}" is not defined.')

    def _compiled(self) -> _Ready:
        if self._ready is None:
            self._ready = self._compile()
        return self._ready

    def _compile(self) -> _Ready:
        owners, anywhere = self._owners()
        everywhere = self._everywhere_given
        if everywhere is None:
            everywhere = frozenset(i for i, found in enumerate(self._literals) if found is None)
        # A snapshot's are tuples (storage/coach_snapshot.py): taken as they are rather
        # than copied (some 1 ms of first use); sets worked out here are frozen.
        if set in set(map(type, owners.values())):
            owners = {word: frozenset(rules) for word, rules in owners.items()}
        first_pass = (owners, everywhere)
        inside = [(literal, tuple(sorted(rules))) for literal, rules in sorted(anywhere.items())]
        return _Ready(*first_pass, Anywhere(inside))

    def _aim_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """Whom words are about: the subject before them, and "you" in a sentence; compiled
        when a rule's words are first found (a kind first paragraph never needs them)."""
        if self._aim_ready is None:
            compile_ = self._compile_regex
            subject = self._expand(self._aim.subject) + r"\s*\Z"
            reader = self._expand(self._aim.reader_words)
            self._aim_ready = (
                _regex(subject, "The aim pattern", compile_),
                _regex(f"{_WORD_START}(?:{reader}){_WORD_END}", "The aim pattern", compile_),
            )
        return self._aim_ready

    def _trie(self) -> _Trie:
        """The first pass for long texts (domain/word_starts.py): the first-pass words (the
        rules' own and those of their other word sets, `also`), and for each of its
        patterns the rules of its words and the numbers of the sets they are in. A word
        and the shorter words it starts with are each found, so each brings its own."""
        if self._trie_ready is None:
            ready = self._compiled()
            owners, also_words = ready.owners, self._also_bits().words
            in_sentence, spared = self._sentence_sets()
            starts = WordStarts(sorted(owners.keys() | also_words.keys() | in_sentence.keys()))
            words, of_pattern = starts.words, starts.owners
            no_rules: frozenset[int] = frozenset()

            def rules_of(pattern: str) -> tuple[int, ...]:
                found = (owners.get(words[i], no_rules) for i in of_pattern[pattern])
                return tuple(frozenset().union(*found))

            def sets_of(pattern: str) -> tuple[int, ...]:
                return indexes_of(
                    reduce(or_, (also_words.get(words[i], 0) for i in of_pattern[pattern]), 0)
                )

            def sentence_sets_of(pattern: str) -> tuple[int, ...]:
                return indexes_of(
                    reduce(or_, (in_sentence.get(words[i], 0) for i in of_pattern[pattern]), 0)
                )

            # A match counts only where no letter or hyphen is before it (_inside_word),
            # so only such a mark is looked for: not the apostrophes of "you're", "don't".
            # One pattern a character, the character first: the engine skips to it in C
            # as to a literal (a class, "[\"'“]", is tried at every character, five times
            # the instructions), and the lookbehind then reads the character before it.
            marks = tuple(
                (
                    index,
                    tuple(re.compile(re.escape(char) + r"(?<![\w-].)") for char in sorted(chars)),
                )
                for index, rule in enumerate(self.rules)
                if (index in ready.everywhere or all(map(_opens_with_a_mark, rule.patterns)))
                and (chars := start_chars(_lower(self._source(index)["pattern"] or "")))
                and not any(_WORD_CHAR.match(char) for char in chars)
            )
            sentence_sets = _Listed(sentence_sets_of)
            self._trie_ready = _Trie(
                starts, _Listed(rules_of), _Listed(sets_of), marks, sentence_sets, spared
            )
        return self._trie_ready

    def _rule_ready(self, index: int) -> _Compiled:
        """A rule compiled on first need: a letter without "fault" never pays for it."""
        compiled = self._rules_ready[index]
        if compiled is None:
            compiled = _Compiled(
                self.rules[index],
                index,
                self._source(index),
                self._first[index],
                self._compile_regex,
            )
            self._rules_ready[index] = compiled
        return compiled

    def _before(self, guards: tuple[str, ...]) -> str | None:
        if not guards:
            return None
        return rf"{_WORD_START}{self._alternatives(guards)}\s*\Z"

    def _after(self, guards: tuple[str, ...]) -> str | None:
        if not guards:
            return None
        return rf"\s*{self._alternatives(guards)}{_WORD_END}"

    def _anywhere(self, guards: tuple[str, ...]) -> str | None:
        if not guards:
            return None
        return rf"{_WORD_START}{self._alternatives(guards)}{_WORD_END}"

    def _alternatives(self, patterns: Iterable[str]) -> str:
        """One alternation of `patterns`, expanded; rules of a family share their guards,
        so each distinct list is expanded once."""
        key = tuple(patterns)
        found = self._joined.get(key)
        if found is None:
            found = "(?:" + "|".join(f"(?:{self._expand(p)})" for p in key) + ")"
            self._joined[key] = found
        return found

    def _grouped(self, patterns: Iterable[str]) -> str:
        """The rule's pattern as its searches run it: the same matches, each of `patterns`
        with the alternatives it starts with grouped by first character, which the engine
        tries at every place (domain/grouped.py); kept in the snapshot with the rest."""
        each = "|".join(f"(?:{grouped_start(self._expand(p))})" for p in patterns)
        return f"(?:{each}){_WORD_END}"

    def _expand(self, pattern: str, depth: int = 0) -> str:
        if depth > 5:
            raise CoachRuleError(f"Macros nest too deeply in: {pattern}")

        def macro(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self._macros:
                raise CoachRuleError(f'The macro "{name}" is not defined.')
            # Each macro is expanded once: many rules share V2, ART…
            if name not in self._expanded:
                self._expanded[name] = f"(?:{self._expand(self._macros[name], depth + 1)})"
            return self._expanded[name]

        pattern = pattern.translate(self._same_length)
        if self._word_forms is not None:
            pattern = _with_word_forms(pattern, *self._word_forms)
        # Spaces first: each macro's own spaces were rewritten when it was expanded.
        return _MACRO.sub(macro, _spaces(pattern))


# A whole word in a pattern: not after a backslash (an escape such as \w), a letter, or a
# group name's "<"; not before a letter or ">".
_PATTERN_WORD = r"(?<![\\\w<{{])(?:{words})(?![\w>}}])"


def _word_forms(
    forms: Mapping[str, Iterable[str]], table: dict[int, str]
) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The words that have informal forms, as one pattern, and each word's alternation."""
    if not forms:
        return None
    alternation = {}
    for word, variants in forms.items():
        plain = word.translate(table).lower()
        spelled = [plain, *(v.translate(table).lower() for v in variants if v)]
        alternation[plain] = "(?:" + "|".join(re.escape(v) for v in dict.fromkeys(spelled)) + ")"
    words = "|".join(re.escape(w) for w in sorted(alternation, key=len, reverse=True))
    return re.compile(_PATTERN_WORD.format(words=words)), alternation


def _with_word_forms(pattern: str, words: re.Pattern[str], alternation: dict[str, str]) -> str:
    """`pattern` with each word that has forms as their alternation, except inside a
    lookbehind, which must keep a fixed width."""
    if "(?<" not in pattern:
        return words.sub(lambda match: alternation[match.group()], pattern)
    fixed = _lookbehinds(pattern)

    def forms(match: re.Match[str]) -> str:
        if any(start <= match.start() < end for start, end in fixed):
            return match.group()
        return alternation[match.group()]

    return words.sub(forms, pattern)


def _lookbehinds(pattern: str) -> list[tuple[int, int]]:
    """Where the lookbehind groups of a regular expression are, as (start, end)."""
    spans: list[tuple[int, int]] = []
    opened: list[tuple[int, bool]] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a character class: skip to its end ("]" first is literal)
            i = pattern.find("]", i + 2 if pattern.startswith("[]", i) else i + 1)
            i = len(pattern) if i < 0 else i + 1
            continue
        if char == "(":
            opened.append((i, pattern.startswith(("(?<=", "(?<!"), i)))
        elif char == ")" and opened:
            start, behind = opened.pop()
            if behind:
                spans.append((start, i + 1))
        i += 1
    return spans


def _needed(sources: dict[str, str | None], rule: CoachRule) -> tuple[Literals | None, bool]:
    """The words a rule needs, and those of them its matches may hold only inside a word
    (domain/prefilter.py): its pattern's, or where the pattern offers none, those of its
    `in_sentence` guard (a match counts only in a sentence that has them; looked for
    everywhere, as the guard is a sentence's, not a match's). With them, whether the rule
    also looks for its guard's words anywhere in a sentence holding a quotation.

    A guard's words are looked for where words start when its matches hold one there
    (round 20: "own" and "come" of `r19_absolute-not-one-time` were found in "known" and
    "become" all over a letter) and the rule may be spared a sentence where its guard
    cannot match (_spared_for_its_sentence): a match there gets the verdict None, unless
    it is quoted (False, unless the rule speaks `in_quotes`). So such a rule looks for
    them anywhere in a sentence holding a quotation, as before: the same sentences, each
    match the same verdict. Only words of ASCII letters and digits: the first pass finds
    each exactly where the text has it (domain/word_starts.py)."""
    found = literals_and_place(sources["pattern"] or "")
    if found is not None or not sources["in_sentence"]:
        return found, False
    found = literals_and_place(sources["in_sentence"])
    if found is None:
        return None, False
    words = found[0]
    if (
        not found[1]
        and _spared_for_its_sentence(rule)
        and all(word.isascii() and word.isalnum() for word in words)
    ):
        return (words, frozenset()), not rule.in_quotes
    return (words, words), False


def _given_also(ways: Iterable[Iterable[Iterable[str]]] | None) -> _Ways | None:
    """Stored word sets (`Coach.also`) as the coach keeps them."""
    found = tuple(tuple(frozenset(words) for words in way) for way in ways or ())
    return found or None


def _every_id(rule_id: str) -> bool:  # every rule's literals given (a snapshot's)
    return True


def _given(found: Iterable[str] | None, inside: Iterable[str] | None) -> Literals | None:
    """Stored words, and those to look for inside words too (all, when not said)."""
    if found is None:
        return None
    words = frozenset(found)
    return words, words if inside is None else frozenset(inside)


def _with_a_way(
    spans: list[tuple[int, int, int]], ways: tuple[int, ...]
) -> list[tuple[int, int, int]]:
    """The sentences (start, end, the bits of the word sets they lack) that have every
    word set of one of a rule's ways (`ways`: each way's bits); the rule's pattern cannot
    match in the others. An integer operation a sentence costs far less than a search."""
    if len(ways) == 1:
        (needs,) = ways
        return [span for span in spans if not needs & span[2]]
    kept = []
    for span in spans:
        for needs in ways:
            if not needs & span[2]:
                kept.append(span)
                break
    return kept


def _opens_with_a_mark(pattern: str) -> bool:
    """Whether a rule's pattern, as written, opens with a class or a character that is not
    a letter or a group (a class of quotation marks): a quick look, so that of some 1,700
    rules only those few have the characters their matches start with worked out
    (`start_chars` parses the pattern) when the trie is built; a rule it misses is only
    searched in more sentences."""
    return pattern[:1] == "[" or not (pattern[:1].isalnum() or pattern[:1] in "({\\")


def _spared_for_its_sentence(rule: CoachRule) -> bool:
    """Whether the rule may be left unsearched in a sentence where its `in_sentence` guard
    cannot match and no quotation is: every match there would get the verdict None (a
    guard it needs is missing: Coach._verdict), since nothing before that guard could
    decline it (False: a quotation, an `unless_preceded_by` or `unless_followed_by`),
    and a match whose verdict is None counts for nothing."""
    return bool(rule.in_sentence) and not rule.unless_preceded_by and not rule.unless_followed_by


def _quoted_sentences(text_map: TextMap) -> int:
    """The bits of the sentences that hold some of a quotation."""
    bits = 0
    starts = text_map.sentence_starts
    for start, end in text_map.quotes:
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, max(start, end - 1)) - 1
        bits |= ((1 << (last - first + 1)) - 1) << first
    return bits


def _after_marks(
    rule: _Compiled, sentences: list[tuple[str, int, int]], text_map: TextMap
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """A rule's sentences (as its searches take them) parted: those after a mark of its
    anchors, as its anchored searches take them (from the mark), and the rest, searched
    whole: the text's first, those after another character, and, unless the rule speaks
    `in_quotes`, those holding some of a quotation (Coach._by_anchors)."""
    assert rule.anchors is not None
    marks = rule.anchors.marks
    quoted = bool(text_map.quotes) and not rule.rule.in_quotes
    after_marks, whole = [], []
    for sentence in sentences:
        folded, s_start, s_end = sentence
        if (
            s_start
            and folded[s_start - 1] in marks
            and not (quoted and _holds_quotation(text_map, s_start, s_end))
        ):
            after_marks.append((folded, s_start - 1, s_end))
        else:
            whole.append(sentence)
    return after_marks, whole


def _holds_quotation(text_map: TextMap, start: int, end: int) -> bool:
    """True when [start, end) holds some of a quotation. `text_map.quotes` are in order
    and never overlap (domain/sentences.py, _quotes), so the last to start before `end`
    reaches furthest."""
    index = bisect_right(text_map.quotes, (end,)) - 1
    return index >= 0 and text_map.quotes[index][1] > start


_ANCHORS: dict[str, Anchors] = {}


def _anchors_of(key: str | None) -> Anchors | None:
    """A rule's anchors from their key in its sources ("" or None: none); rules that
    share a guard share one."""
    if not key:
        return None
    found = _ANCHORS.get(key)
    if found is None:
        found = _ANCHORS[key] = Anchors.from_key(key)
    return found


def _inside_word(folded: str, at: int) -> bool:
    """True when `at` continues a word: after a letter, a hyphen, or the apostrophe of
    "I've" (so "ve heard" is never a match of its own)."""
    if not at:
        return False
    if _WORD_CHAR.match(folded, at - 1):
        return True
    return folded[at - 1] == "'" and at > 1 and folded[at - 2].isalnum()


def _without_overlaps(
    text: str, candidates: list[tuple[int, int, int, _Compiled, str | None]]
) -> list[CoachFinding]:
    """Longest first, then earliest, then the file's order; keep what does not overlap
    another finding of the same category. Two categories may share words ("you always
    choose the bottle over us" is an absolute and blame): each has its own reason."""
    candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
    kept: list[tuple[int, int, _Compiled, str | None]] = []
    # Only a finding of its own category can keep a candidate out: each is compared with
    # those alone (a letter with a hundred findings, some 150 candidates).
    spans: dict[str, list[tuple[int, int]]] = {}
    for start, end, _order, rule, suggestion in candidates:
        taken = spans.setdefault(rule.rule.category, [])
        if all(end <= s or start >= e for s, e in taken):
            kept.append((start, end, rule, suggestion))
            taken.append((start, end))
    kept.sort(key=lambda k: k[0])
    return [
        CoachFinding(
            start=start,
            end=end,
            text=text[start:end],
            category=rule.rule.category,
            message=rule.rule.message,
            suggestion=suggestion,
            rule_id=rule.rule.id,
        )
        for start, end, rule, suggestion in kept
    ]


def _shifted(finding: CoachFinding, offset: int) -> CoachFinding:
    return CoachFinding(
        start=finding.start + offset,
        end=finding.end + offset,
        text=finding.text,
        category=finding.category,
        message=finding.message,
        suggestion=finding.suggestion,
        rule_id=finding.rule_id,
    )


def apply(text: str, finding: CoachFinding) -> str:
    """`text` with the finding's words replaced by its suggestion.

    A capital first letter in the writer's words stays capital ("Addicts" at the start of
    a sentence becomes "People …"). Refuses, with ValueError, a finding that no longer
    matches the text at its offsets (the writer has typed since) or has no suggestion.
    """
    if not (0 <= finding.start <= finding.end <= len(text)) or (
        text[finding.start : finding.end] != finding.text
    ):
        raise ValueError("The letter has changed since this was found; please check it again.")
    if finding.suggestion is None:
        raise ValueError("There is no suggested wording for this one; the note explains why.")
    return text[: finding.start] + replacement(finding) + text[finding.end :]


def replacement(finding: CoachFinding) -> str:
    """The suggested words, with a capital first letter where the writer had one."""
    suggestion = finding.suggestion or finding.text
    if finding.text[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def _guards_allow(rule: _Compiled, text: str, start: int, end: int) -> bool | None:
    """True when the words around a match allow it; None when a word it needs is missing,
    False when a word it must not have is there (see Coach._verdict). A guard's search is
    `None`-compared and its pattern read once: some 200 matches a long letter."""
    before = start - _LOOK_BEHIND if start > _LOOK_BEHIND else 0
    stops, not_stops = rule.stops
    guard = rule.preceded
    if guard is not None and (
        guard.search(text, window_start(text, before, start, stops) if stops else before, start)
        is None
    ):
        return None
    guard = rule.not_preceded
    if guard is not None and (
        guard.search(
            text, window_start(text, before, start, not_stops) if not_stops else before, start
        )
        is not None
    ):
        return False
    guard = rule.followed
    if guard is not None and guard.match(text, end) is None:
        return None
    guard = rule.not_followed
    return guard is None or guard.match(text, end) is None


_KEPT_CASE = re.compile(r"(\\.|\(\?P)", re.DOTALL)


def _regex(source: str, owner: str, compile_: Compiler = re.compile) -> re.Pattern[str]:
    """Patterns are lower-cased and matched against lower-cased text, which is several
    times faster than re.IGNORECASE."""
    try:
        return compile_(_lower(source))
    except (re.error, RecursionError, OverflowError) as error:
        raise CoachRuleError(f"{owner} has a pattern that does not work: {error}") from None


def _lower(pattern: str) -> str:
    """Lower-case a regular expression, leaving escapes such as \\W and \\S as they are."""
    parts = _KEPT_CASE.split(pattern)  # odd places: an escape, or "(?P" (a named group)
    parts[::2] = [part.lower() for part in parts[::2]]
    return "".join(parts)


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence of `text` that holds offset `at`, as the coach splits it."""
    return map_text(_fold(text), text).sentence(at)


def _fold(text: str, table: _Folding = _SAME_LENGTH) -> str:
    """Lower case and straight apostrophes (and plain letters, when `table` says so), with
    every character still at its offset."""
    # Every character the tables change is outside ASCII.
    same = text if text.isascii() else table.finds.sub(lambda m: table[ord(m.group())], text)
    folded = same.lower()
    if len(folded) == len(text):
        return folded
    # A few characters lower-case to two ("İ" → "i̇"); those stay as they are.
    return "".join(low if len(low := char.lower()) == 1 else char for char in same)


# An escape, a character class (a "]" first is literal), a space and what follows it, or a
# run of anything else: _spaces rewrites only the spaces, in one regex pass.
_SPACE_TOKENS = re.compile(r"\\.?|\[\]?(?:\\.?|[^\]\\])*\]?| [?*+]?|[^\\\[ ]+", re.DOTALL)
_SPACE_AS = {" ": r"\s+", " ?": r"\s*", " *": r"\s*", " +": r"\s+"}


def _spaces(pattern: str) -> str:
    """A plain space means "some whitespace": " " → \\s+, " ?" and " *" → \\s*, " +" → \\s+.

    Spaces inside a character class, or escaped, are left as they are.
    """
    if " " not in pattern:  # most patterns, and every macro already expanded
        return pattern
    if "\\" not in pattern and "[" not in pattern:  # no escape, no class: every space counts
        return (
            pattern.replace(" +", r"\s+")
            .replace(" ?", r"\s*")
            .replace(" *", r"\s*")
            .replace(" ", r"\s+")
        )
    return _SPACE_TOKENS.sub(lambda m: _SPACE_AS.get(m.group(), m.group()), pattern)
