"""The coach's first pass without its trie: the first-pass words found where words start
by looking each candidate up in a dictionary, for the very first run.

The first pass (Coach._rules_by_sentence) finds, at every place where a word starts, the
longest first-pass word there, with one regular expression shaped as a trie of some 2,300
words. Compiling it is some 15-19 ms of Python's `re` on a run whose cache folder does not
hold it yet (storage/regex_cache.py), more than a first paragraph's whole first pass. This
finds the same rules in plain Python: at each place the trie's `\\b` allows, every
first-pass word the text starts with there, within the sentence. Its cost grows with the
text, so the coach uses it only for short texts until the trie is compiled (by `check()`,
the window's warm-up lane, or a long text).

The trie gives the longest word at a place and that word's rules include those of the
shorter words it starts with; here every word found at the place gives its own rules, so
the union is the same. So for the rules' other word sets (Coach.also): each word found
gives the bits of the sets it is in. Such a word may be a phrase ("and i"), each space
standing for some whitespace (domain/prefilter.py, `required_sets`): a sentence where some
whitespace is not one plain space (a line break, two spaces) counts as holding every
phrase, as in domain/word_starts.py.

The phrases are most of these words (9,800 of 13,000 English), and a first paragraph holds
few of them: the rules' snapshot keeps them by their first word (`WordBits`), and a
phrase's first word, found followed by a space, brings its phrases to be looked up, read
then.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, ItemsView, Iterable, Iterator, Mapping, Sequence
from functools import reduce
from itertools import chain
from operator import or_
from typing import Any

# Where the trie's pattern may start: `\b`, read with the same bounds by the same engine.
_BOUNDARY = re.compile(r"\b")
# Whitespace other than one plain space between characters that are not: where a phrase
# may be there though its text is not (see the module's notes).
_UNEVEN = re.compile(r"\S(?! \S)\s+\S")


_NONE: frozenset[int] = frozenset()


class WordBits(Mapping[str, int]):
    """Each word's bits of the word sets it is in (Coach.also_bits), with the phrases kept
    apart by their first word (`heads`: each with what `read` makes its phrases and their
    bits of), each first word's read on first need: the bench's first paragraph reads 60
    of the 1,414 English first words, a quarter of the 9,800 phrases
    (storage/coach_snapshot.py keeps them so). The phrases' names (`names`, one a line,
    in the order of `heads`) are kept apart too: the keys (a long text's automaton is
    built of them, domain/word_starts.py) read no phrase, and a word's bits read only
    its first word's phrases; `items()` reads every phrase. With `numbered`, `words`
    gives each single word's number there, and `read` each phrase's, its bits read as
    first needed (a snapshot's: a first paragraph's words need some 150 of 2,900 English
    masks, and its first words' 2,700 phrases some 40 of theirs)."""

    def __init__(
        self,
        words: dict[str, int],
        heads: Mapping[str, Any],
        names: str,
        read: Callable[[Any], dict[str, int]],
        numbered: Sequence[int] | None = None,
    ) -> None:
        # `numbers`: each single word (no phrase) with its bits, or their number (and so
        # each phrase `read` gives); `mask` gives the bits of that (`int` gives back the
        # very int it is given).
        self.numbers, self.heads, self._read = words, heads, read
        self.mask: Callable[[int], int] = int if numbered is None else numbered.__getitem__
        self._words: dict[str, int] | None = None if numbered is not None else words
        self._names = names
        self._name_list: list[str] | None = None
        self._phrases: dict[str, tuple[dict[str, int], list[int]]] = {}
        self._every: dict[str, int] | None = None

    def phrases(self, head: str) -> tuple[dict[str, int], list[int]]:
        """The phrases that start with the word `head`, with their bits (or their number:
        `mask` gives the bits), and their lengths in order."""
        found = self._phrases.get(head)
        if found is None:
            phrases = self._read(self.heads[head])
            found = self._phrases[head] = (phrases, sorted({len(p) for p in phrases}))
        return found

    @property
    def words(self) -> dict[str, int]:
        """Each single word (no phrase) with its bits (every mask read)."""
        if self._words is None:
            mask = self.mask
            self._words = {word: mask(number) for word, number in self.numbers.items()}
        return self._words

    def _phrase_names(self) -> list[str]:
        if self._name_list is None:
            self._name_list = self._names.split("\n") if self._names else []
        return self._name_list

    def _all(self) -> dict[str, int]:
        if self._every is None:
            every = dict(self.words)
            mask = self.mask
            for head in self.heads:
                every.update({phrase: mask(n) for phrase, n in self.phrases(head)[0].items()})
            self._every = every
        return self._every

    def __getitem__(self, word: str) -> int:
        found = self.get(word, _MISSING)
        if found is _MISSING:
            raise KeyError(word)
        return found

    def __iter__(self) -> Iterator[str]:
        return chain(self.numbers, self._phrase_names())

    def __len__(self) -> int:
        return len(self.numbers) + len(self._phrase_names())

    def get(self, word: str, default: Any = None) -> Any:
        if " " not in word:
            number = self.numbers.get(word)
            return default if number is None else self.mask(number)
        head = word.split(" ", 1)[0]
        if head not in self.heads:
            return default
        number = self.phrases(head)[0].get(word)
        return default if number is None else self.mask(number)

    def items(self) -> ItemsView[str, int]:
        return self._all().items()


_MISSING = object()


def word_lengths(words: Iterable[str]) -> dict[str, list[int]]:
    """The lengths of `words` by their first character, each in order."""
    lengths: dict[str, set[int]] = {}
    for char, length in {(word[0], len(word)) for word in words}:
        lengths.setdefault(char, set()).add(length)
    return {char: sorted(found) for char, found in lengths.items()}


class WordScan:
    """Finds the rules of the first-pass words that start in a sentence (`owners`: each
    word's own rules), and the bits of the word sets found there (`sets_of`: each word's
    own, as the trie's words bring them)."""

    def __init__(
        self,
        owners: Mapping[str, Collection[int]],
        sets_of: Mapping[str, int] | None = None,
        lengths: Mapping[str, Sequence[int]] | None = None,
    ) -> None:
        """`lengths`: `word_lengths` of the words of `owners`, `sets_of` and its phrases'
        first words, when they were worked out before (a snapshot keeps them)."""
        # (Not `sets_of or {}`: a WordBits' length is every phrase read.)
        self._owners, self._every_word = owners, {} if sets_of is None else sets_of
        # Phrases kept by their first word are looked up after it (the module's notes).
        self._by_head = sets_of if isinstance(sets_of, WordBits) else None
        # Each single word's bits, or their number (`_mask` gives the bits: WordBits).
        self._sets_of = self._every_word if self._by_head is None else self._by_head.numbers
        self._mask = int if self._by_head is None else self._by_head.mask
        self._heads = {} if self._by_head is None else self._by_head.heads
        # Only the lengths of words with this first character are looked up.
        if lengths is None:
            lengths = word_lengths(chain(owners, self._sets_of, self._heads))
        self._lengths = lengths
        # The bits of the sets of the phrases (the module's notes), on first need.
        self._phrases: int | None = None

    def scan(self, folded: str, start: int, end: int) -> tuple[set[int], int]:
        """The rules of every first-pass word in folded[start:end] where the trie would
        look for one, and the bits of the word sets found there."""
        found: set[int] = set()
        bits = 0
        owners, sets_of, lengths = self._owners, self._sets_of, self._lengths
        heads, mask = self._heads, self._mask
        for boundary in _BOUNDARY.finditer(folded, start, end):
            at = boundary.start()
            if at >= end:
                continue
            for length in lengths.get(folded[at], ()):
                if at + length > end:
                    break
                word = folded[at : at + length]
                found.update(owners.get(word, _NONE))
                if (number := sets_of.get(word)) is not None:
                    bits |= mask(number)
                if word in heads and folded.startswith(" ", at + length):
                    bits |= self._phrases_at(folded, at, end, word)
        if _UNEVEN.search(folded, start, end):
            bits |= self._phrase_bits()
        return found, bits

    def _phrases_at(self, folded: str, at: int, end: int, head: str) -> int:
        """The bits of the phrases that start with `head` found at `at`, within `end`."""
        assert self._by_head is not None  # only `WordBits` have heads
        phrases, lengths = self._by_head.phrases(head)
        bits = 0
        for length in lengths:
            if at + length > end:
                break
            if (number := phrases.get(folded[at : at + length])) is not None:
                bits |= self._mask(number)
        return bits

    def _phrase_bits(self) -> int:
        """The bits of the sets of the phrases: worked out the first time a sentence's
        whitespace is uneven (some 2 ms of a first paragraph otherwise), each mask once
        (masks are shared, storage/coach_snapshot.py: 11,000 English phrases)."""
        if self._phrases is None:
            by_head = self._by_head
            if by_head is None:
                found = (bits for word, bits in self._every_word.items() if " " in word)
            else:  # every first word's phrases (not the single words' bits)
                numbers = chain.from_iterable(
                    by_head.phrases(head)[0].values() for head in by_head.heads
                )
                found = map(by_head.mask, set(numbers))
            masks = {id(bits): bits for bits in found}
            self._phrases = reduce(or_, masks.values(), 0)
        return self._phrases
