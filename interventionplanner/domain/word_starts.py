"""The coach's first pass over a long text: where each first-pass word starts a word, found
by one Aho–Corasick pass (the `ahocorasick_rs` package) instead of a regular expression.

The first pass (docs/coach.md, "Speed") wants, for each sentence, the first-pass words
that start where a word starts (`\\b` before a word character). The trie regular
expression (Coach._trie) does that exactly but is tried at every character of the text
by Python's engine: 1.3-1.6 ms for the bench's 5,000-word letter. An automaton finds
every occurrence of every word in compiled code, but most of them inside words; so it
reads the text through a table (`_TABLE`) that turns every byte that is not a word
character into a space, and looks for each word with a space in front:

- the text is UTF-8, read as bytes: every ASCII character that is not a letter, digit or
  "_" becomes a space, and so does every byte that continues a character of more than
  one byte (so whatever ends in such a character, "¿", "—", or "é", is followed by a
  space); the words are read through the same table;
- where the trie finds a word at a place, the character before it is not a word
  character (or the place starts the text), so its last byte reads as a space: the word,
  with a space in front, is there too. (A word that starts with something other than a
  word character is looked for without the space: it is there too.)

So every word the trie finds is found, in the same sentence; a few more may be (a word
after "é" or an apostrophe, "son," read as "son "), which only costs a search that finds
nothing: a rule is searched in a sentence only because one of its words might be there,
and its own pattern decides. Matches may overlap, so a word and the shorter words it
starts with ("hateful", "hate") are each reported. The sentences are joined by
`SEPARATOR` (read as itself), so one pass gives each word the bits of its sentences.

A word may be a phrase (domain/prefilter.py, `required_sets`: "and i", "says so"), each
space in it standing for some whitespace (`\\s+`). Through the table, a run of one
whitespace character of ASCII reads as one space, so the phrase is found as above; a run
of two or more, or one character of other whitespace (a no-break space), would hide it.
So a sentence holding such a run between characters that are not whitespace (where a
phrase could reach across it: `_UNEVEN`, rare in a letter) counts as holding every phrase.
Each sentence is stripped of the whitespace at its ends first (no word starts there; the
join puts a space before each).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from interventionplanner.domain.sentence_bits import SEPARATOR, Span

_WORD_BYTE = re.compile(rb"\w")
# Whitespace a phrase's space may stand for but the table does not read as one space: a
# run of two or more (each sentence is stripped first: it may start or end with a blank
# line), or whitespace outside ASCII (`\s` matches it).
_UNEVEN = re.compile(r"\s\s|[^\S\x00-\x7f]")
# Looking for `_UNEVEN` tries every character (some 0.4 ms on the bench's letter), so an
# ASCII text is first asked, each in C, whether it has whitespace other than spaces and
# line breaks, or two of those in a row.
_RARE = "".join(char for char in map(chr, range(128)) if char.isspace() and char not in " \n")
# What stands for a sentence of only whitespace, stripped: one character, not a word's.
_BLANK = "\x01"


def _table() -> bytes:
    """Bytes that are not word characters (ASCII) or continue a multi-byte character,
    read as a space; the separator as itself."""
    table = bytearray(range(256))
    for byte in range(0x80):
        if not _WORD_BYTE.match(bytes([byte])):
            table[byte] = 0x20
    table[0x80:0xC0] = b" " * 0x40
    table[ord(SEPARATOR)] = ord(SEPARATOR)
    return bytes(table)


_TABLE = _table()
_JOIN = f" {SEPARATOR} "


class WordStarts:
    """Finds which of `words` start a word in each sentence of a text, by index."""

    def __init__(self, words: Sequence[str]) -> None:
        self.words = tuple(words)
        # Words that read the same through the table share one pattern ("son," and
        # "son"): `owners[pattern]` lists the words of a pattern. A pattern is the word's
        # bytes read through the table, decoded as Latin-1 (one character a byte), so the
        # automaton can give back the pattern itself for each match: a reference to the
        # string it keeps (`store_patterns`), no tuple of numbers to make a match.
        patterns: dict[str, list[int]] = {}
        for index, word in enumerate(self.words):
            read = word.encode().translate(_TABLE).decode("latin-1")
            key = read if read.startswith(" ") else " " + read
            patterns.setdefault(key, []).append(index)
        # A word that ends in what is not a word character ("you,", " you ") is counted
        # found wherever the word before it is, when that is a pattern too ("you"): the
        # same sentences or a few more, and no match of its own (nearly every "you" has one).
        for key in [key for key in patterns if key.endswith(" ") and key.strip(" ")]:
            stem = key.rstrip(" ")
            if stem in patterns:
                patterns[stem] += patterns.pop(key)
        self.owners = {key: tuple(found) for key, found in patterns.items()}
        # The patterns of phrases (a space after their first character).
        self._phrases = tuple(key for key in patterns if " " in key[1:])
        # Imported here: a run that reads only short texts never loads it.
        from ahocorasick_rs import AhoCorasick

        self._automaton: Any = AhoCorasick([SEPARATOR, *patterns], store_patterns=True)

    def found(self, folded: str, spans: Sequence[Span]) -> dict[str, int] | None:
        """Each pattern (a key of `owners`) found in a sentence of `folded` (`spans`), with
        the bits of the sentences it is in (bit i: sentence i); None for a text holding
        SEPARATOR itself."""
        if SEPARATOR in folded:
            return None
        text = " " + _JOIN.join([folded[start:end].strip() or _BLANK for start, end in spans])
        read = text.encode().translate(_TABLE).decode("latin-1")
        found: dict[str, int] = {}
        get = found.get
        bit = 1
        for pattern in self._automaton.find_matches_as_strings(read, overlapping=True):
            if pattern == SEPARATOR:
                bit <<= 1
            else:
                found[pattern] = get(pattern, 0) | bit
        if self._phrases and (uneven := _uneven(text)):
            self._every_phrase(found, uneven)
        return found

    def _every_phrase(self, found: dict[str, int], sentences: int) -> None:
        """Every phrase counted as found in `sentences` (see the module's notes)."""
        get = found.get
        for pattern in self._phrases:
            found[pattern] = get(pattern, 0) | sentences


def _uneven(text: str) -> int:
    """The bits of the sentences of `text` (joined by SEPARATOR, each stripped) holding a
    run of two whitespace characters or one outside ASCII."""
    if text.isascii() and not any(char in text for char in _RARE):
        spaced = text.replace("\n", " ") if "\n" in text else text
        if "  " not in spaced:
            return 0
    bits = 0
    for hit in _UNEVEN.finditer(text):
        bits |= 1 << text.count(SEPARATOR, 0, hit.start())
    return bits
