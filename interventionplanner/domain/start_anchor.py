"""Rules tried only after the marks their `preceded_by` guard may follow (round 25, s48).

Some 40 English rules need the sentence's start: their `preceded_by` guard is the idiom
"the text's start, or a full stop, "!", "?" or "…" before, or a new line", in some with an
interjection after it ("Wow, …", "Oh, …"). Their pattern was searched along the whole
sentence and each match then checked by the guard. This reads, from the guard as written
(`Coach._before`, lower-cased), where its matches can end: every way of matching it, read
from its end, meets an *anchor* (the text's start, or a mark the guard requires: ".", "!",
"?", "…", "\\n", ",") after nothing but characters of a *run* (whitespace) and *words*
it spells out ("oh", "wow", "got to"). The coach then searches such a rule, from the mark
before each sentence, with `Anchors.search_source`: the mark, the shortest chain of run
and words after it (longer one step at a time, so its places are tried left to right, as
a search tries places), then the pattern. Its first match is the first match of the whole
search that the guard lets through; anywhere else the guard would have failed (the verdict
None, nothing said), so from that match on the coach searches the sentence as before and
the findings are the same. It keeps the whole search for the text's first sentence, one
after a character that is none of the marks (a chain could run into it from the sentence
before), and one holding some of a quotation (a quoted match is declined before its guard
is read, and that decline is remembered): `Coach._by_anchors`.

Reading errs towards more places, never fewer: a lookahead, `\\b` or a negative lookbehind
narrows what a guard matches and is passed over; a guard with a class of letters at its
end, `.`, a back-reference, or a way that ends in words with no anchor before them ("and",
"so": those may stand anywhere) is not read (None), and its rule keeps the whole search.
Only a guard one of whose anchors is the text's start is read: the rules that need a
sentence's start.
"""

from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parse
from dataclasses import dataclass

_C = sre_constants
_REPEATS = tuple(
    op
    for op in (
        _C.MAX_REPEAT,
        _C.MIN_REPEAT,
        getattr(_C, "POSSESSIVE_REPEAT", None),
    )
    if op is not None
)
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)
_SPACE = " "  # in a run's characters: any whitespace (`\s`)
_WORD_CHARS = "_-'"  # with letters and digits, what a spelled-out word holds
_MATCH = "coach_match"  # the group that holds a match (as in domain/coach.py)
_NUMBERED_GROUP = re.compile(r"\\[1-9]|\(\?\(\d")  # "\1", "(?(1)…)"


class _Unread(Exception):
    """A guard this does not read: its rule keeps the whole search."""


@dataclass(frozen=True)
class Anchors:
    """Where a guard's matches can end: a chain from an anchor (the text's start, one of
    `marks` just before) through characters of `run` (" ": any whitespace) and `words`."""

    marks: str
    run: str
    words: tuple[str, ...]

    def key(self) -> str:
        """The reading as one string, kept with the rule's sources in the snapshot."""
        return "\x00".join((self.marks, self.run, *self.words))

    @classmethod
    def from_key(cls, key: str) -> Anchors:
        marks, run, *words = key.split("\x00")
        return cls(marks, run, tuple(words))

    def search_source(self, search: str) -> str | None:
        """The pattern that tries `search` (a rule's pattern as its searches run it) only
        where a chain from a mark ends, searched from the mark before the sentence.

        A mark, then the chain as short as it can be, longer one step at a time: the run's
        characters, then words, each a whole token of word characters made of the guard's
        words, each followed by the run's characters. The chain's way through a sentence is
        one (a token is taken whole, and a run ends where a token starts), so the lazy
        repeats try its places in order, left to right, as a search tries places; a place
        inside a word is passed over (`Coach.find` never takes a match there). None when
        `search` has a numbered group or back-reference (the group here would renumber it).
        """
        if _NUMBERED_GROUP.search(search):
            return None
        marks = "".join(_in_class(c) for c in self.marks)
        run = "".join(r"\s" if c == _SPACE else _in_class(c) for c in self.run)
        chain = f"[{run}]*?" if run else ""
        if self.words:
            words = "|".join(map(re.escape, sorted(self.words, key=lambda w: (-len(w), w))))
            chain += rf"(?:(?:{words})+(?![\w'-]){chain})*?"
        start = r"(?<![\w-])(?<![^\W_]')"
        return f"[{marks}]{chain}{start}(?P<{_MATCH}>{search})"


def _in_class(char: str) -> str:
    if char == "\n":
        return r"\n"
    return "\\" + char if char in "\\]^-[" else char


class _Reading:
    def __init__(self) -> None:
        self.marks: set[str] = set()
        self.run: set[str] = set()
        self.words: set[str] = set()
        self.start = False


def read_anchors(guard: str | None) -> Anchors | None:
    """The anchors of a `preceded_by` guard as compiled (lower-cased), or None."""
    if not guard or "(?" + "m" in guard or "(?" + "x" in guard:
        return None  # ^ as a line's start, or spaces that are not the text's: not read
    reading = _Reading()
    try:
        if _sequence(list(sre_parse.parse(guard)), reading):
            return None  # a way with no anchor: it may end anywhere
    except (_Unread, sre_parse.error, RecursionError, OverflowError):
        return None
    if not reading.start:
        return None
    return Anchors(
        "".join(sorted(reading.marks)),
        "".join(sorted(reading.run)),
        tuple(sorted(reading.words)),
    )


def _word_char(char: str) -> bool:
    return char.isalnum() or char in _WORD_CHARS


def _sequence(items: list, reading: _Reading) -> bool:
    """Reads `items` from their end; True when some way of matching them has no anchor
    (the reading goes on with what comes before them), False when every way has one."""
    index = len(items)
    while index:
        index -= 1
        op, av = items[index]
        if op is _C.LITERAL and _word_char(chr(av)):
            begin = index
            while (
                begin and items[begin - 1][0] is _C.LITERAL and _word_char(chr(items[begin - 1][1]))
            ):
                begin -= 1
            word = "".join(chr(value) for _, value in items[begin : index + 1])
            if word.endswith("'"):
                raise _Unread  # a place after it may start a match ("'" after no letter)
            reading.words.add(word)
            index = begin
            continue
        if not _item(op, av, reading):
            return False
    return True


def _item(op, av, reading: _Reading) -> bool:
    """Reads one item; True when some way of matching it has no anchor."""
    if op is _C.AT:
        if av in (_C.AT_BEGINNING_STRING, _C.AT_BEGINNING):
            reading.start = True
            return False
        return True  # \Z, \b: takes no character, only narrows
    if op is _C.ASSERT_NOT:
        direction, sub = av
        if direction < 0 and _every_char(list(sub)):  # (?<![\s\S]): the text's start
            reading.start = True
            return False
        return True  # narrows only
    if op is _C.ASSERT:
        direction, sub = av
        if direction > 0:
            return True  # a lookahead narrows only
        # a lookbehind: what comes before ends as it does; if it has no anchor, the items
        # before it are read instead (they end at the same place)
        return _sequence(list(sub), reading)
    if op is _C.LITERAL:  # one character that is no word's
        return _chars({chr(av)}, False, reading)
    if op is _C.IN:
        chars, spaces = _class(av)
        if chars and not spaces and "'" not in chars and all(map(_word_char, chars)):
            reading.words.update(chars)  # "[oa]h": a word of one letter, then "h"
            return True
        return _chars(chars, spaces, reading)
    if op is _C.SUBPATTERN:
        return _sequence(list(av[-1]), reading)
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(list(av), reading)
    if op is _C.BRANCH:
        through = False
        for branch in av[1]:
            through = _sequence(list(branch), reading) or through
        return through
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(list(sub), reading) or low == 0
    raise _Unread


def _chars(chars: set[str], spaces: bool, reading: _Reading) -> bool:
    """One character of `chars` (`spaces`: or any whitespace): whitespace other than a
    new line is part of a run, the rest are anchors. True when it may be whitespace."""
    if any(_word_char(char) for char in chars):
        raise _Unread  # a letter here: nearly anywhere
    blank = spaces or any(char.isspace() and char != "\n" for char in chars)
    reading.marks.update(char for char in chars if char == "\n" or not char.isspace())
    if blank:
        reading.run.add(_SPACE)
        reading.run.update(char for char in chars if not char.isspace())
    return blank


def _class(av) -> tuple[set[str], bool]:
    """A class's characters and whether it holds `\\s`; _Unread for a negated class, a
    range, or a category other than `\\s`."""
    chars: set[str] = set()
    spaces = False
    for op, value in av:
        if op is _C.LITERAL:
            chars.add(chr(value))
        elif op is _C.CATEGORY and value is _C.CATEGORY_SPACE:
            spaces = True
        else:
            raise _Unread
    return chars, spaces


def _every_char(items: list) -> bool:
    """True for a class holding every character (`[\\s\\S]`, `[\\w\\W]`, `[\\d\\D]`)."""
    if len(items) != 1 or items[0][0] is not _C.IN:
        return False
    found = {value for op, value in items[0][1] if op is _C.CATEGORY}
    pairs = (
        (_C.CATEGORY_SPACE, _C.CATEGORY_NOT_SPACE),
        (_C.CATEGORY_WORD, _C.CATEGORY_NOT_WORD),
        (_C.CATEGORY_DIGIT, _C.CATEGORY_NOT_DIGIT),
    )
    return any(a in found and b in found for a, b in pairs)
