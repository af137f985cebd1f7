"""The coach's rules as plain values, kept in the user's cache folder between runs.

Reading the rules file is JSON (some 4 ms for 900 English rules) and then every rule's
shape checked and made into a CoachRule (some 5 ms more). Once a run has done that, the
result is kept here as plain values (marshal: strings, numbers, tuples, sets and
dictionaries, never code), with a digest of the rules file and its prefilter, so the next
run makes the same coach from them in a fraction of the time. Once a run has compiled every
rule, what it worked out is kept too: each rule's patterns with their macros expanded
(`Coach.expanded`; 4 ms of an English first paragraph, 10 of a Spanish one), the rules'
word sets as bits and the first-pass words with their rules (`Coach.first_pass_words`,
4 ms of a first paragraph).

The file (format 7): the length of its head, the head (the header, the digest and the
Coach's arguments; each rule as its CoachRule's attributes but those equal to their field's
default, given to it at once), then its tail, read from the open file as the coach first
needs each part (`_Tail`): each rule's expanded patterns one after another, read a rule
at a time (a first paragraph needs some 60 of 1,960), the rules' other word sets (`also`,
for a long text's automaton), the word sets' phrases and each rule's ways as masks
(`_Masks`). The word sets' bits keep the phrases apart, by their first word, each first
word's marshalled on its own in one blob of the tail (each phrase with the number of its
bits, read as a single word's are) and read when a text first holds that word followed by
a space (domain/first_pass.py, `WordBits`); the phrases' names are kept apart from their
bits, one string of the head, so a long text's automaton is built without reading them. A
coach from a snapshot does not check its rules again (`checked`): a snapshot is kept only
from a coach built, and so checked, from the very files of its digest.

The digest covers the code that reads the rules as well (this module, storage/coach_rules.py
and domain/coach.py, or the app's version where their source is not at hand), so a change
to how macros are expanded never meets an old expansion. Any doubt (no file, another
digest, another format, another CoachRule, a file cut short or longer) means reading the
rules file as usual, and writing this again; a rule whose expanded patterns cannot be read
is expanded again.
"""

from __future__ import annotations

import hashlib
import marshal
import mmap
import os
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from dataclasses import MISSING, fields
from functools import cache, partial
from itertools import accumulate, chain
from pathlib import Path
from typing import Any, BinaryIO

import interventionplanner
from interventionplanner.domain import coach
from interventionplanner.domain.coach import Aim, CoachRule, CoachSource
from interventionplanner.domain.first_pass import WordBits, word_lengths
from interventionplanner.storage.cache_files import (
    CoachCache,
    coach_cache,
    headed,
    open_cache_file,
    write_cache_file,
)

# 2: the rules' other word sets (`also`) kept as one blob, read on first need; 3: each rule
# as its CoachRule's own attributes, and the expanded patterns after the rest, read a rule
# at a time from the file (see `_Expanded`); 4: the word sets' phrases by their first word,
# read on first need (`_by_first_word`); 5: the phrases' names apart from their bits; 6:
# the phrases' bits, `also` and each rule's ways (`_Masks`) after the head, in its tail;
# 7: a rule's attributes that are their field's default left out (`_rule`), and the
# phrases by the number of their bits, as the single words
FORMAT = 7
_RULE = tuple(f.name for f in fields(CoachRule))
_RULE_FIELDS = frozenset(_RULE)
# The fields a rule may leave out, with their defaults (CoachRule's class attributes).
_DEFAULTS = {f.name: f.default for f in fields(CoachRule) if f.default is not MISSING}
_REQUIRED = _RULE_FIELDS - _DEFAULTS.keys()
_SOURCE = tuple(f.name for f in fields(CoachSource))
_AIM = tuple(f.name for f in fields(Aim))
_HEADER = (FORMAT, _RULE, _SOURCE, _AIM)


def snapshot_name(language: str) -> str:
    return f"rules-{language}.bin"


def snapshot_file(language: str) -> Path | None:
    """The user's snapshot for `language` (where it is written)."""
    return coach_cache().kept(snapshot_name(language))


def snapshot_digest(*files: bytes, bundle: bool = False) -> bytes:
    """The digest a snapshot is kept under: of the rules and prefilter files' `files`, and
    of the code that reads them (a bundle's: its version)."""
    # SHA-1: what tells two versions of these files apart, at half blake2b's cost (1 ms
    # against 2 for the English rules and prefilter; the processor does it); nobody
    # chooses these files to collide with the ones kept.
    digest = hashlib.sha1(_code_digest(bundle), usedforsecurity=False)
    for data in files:
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.digest()


@cache
def _code_digest(bundle: bool) -> bytes:
    from interventionplanner.storage import coach_rules  # noqa: PLC0415 (it imports this)

    if bundle:  # its sources are not at hand (and its seed is made where they are)
        return interventionplanner.__version__.encode()
    try:
        return (
            b"".join(Path(module.__file__ or "").read_bytes() for module in (coach, coach_rules))
            + Path(__file__).read_bytes()
        )
    except OSError:  # a bundle without the sources: its version says which code it is
        return interventionplanner.__version__.encode()


class LaterDigest:
    """`snapshot_digest(*files)`, worked out when first asked for (a very first run has
    no snapshot to compare with: some 1.5 ms saved) and kept; the files are let go then."""

    def __init__(self, *files: bytes, bundle: bool = False) -> None:
        self._files: tuple[bytes, ...] | None = files
        self._bundle = bundle
        self._digest = b""

    def __call__(self) -> bytes:
        if self._files is not None:
            self._digest = snapshot_digest(*self._files, bundle=self._bundle)
            self._files = None
        return self._digest


def read_snapshot(
    language: str, digest: Callable[[], bytes], where: CoachCache | None = None
) -> dict[str, Any] | None:
    """The Coach's arguments kept for rules and prefilter files of the `digest()`, if any
    (asked for only when a snapshot is there: a very first run has none): the user's
    snapshot, else the seed's (`where`: this run's folders unless given)."""
    where = where or coach_cache()
    name = snapshot_name(language)
    kept, seeded = where.kept(name), where.seeded(name)
    arguments = _read_snapshot(kept, digest)
    if arguments is None:
        arguments = _read_snapshot(seeded, digest)
        if arguments is not None and kept is not None:
            # The user's, if any, is stale (an earlier version's): with the seed current,
            # no run would write it again, and every launch would read it first in vain.
            with suppress(OSError):
                kept.unlink(missing_ok=True)
    return arguments


def _read_snapshot(path: Path | None, digest: Callable[[], bytes]) -> dict[str, Any] | None:
    opened = open_cache_file(path)
    if opened is None:
        return None
    handle, head, start = opened
    try:
        header, kept, plain = head
        if header != _HEADER or kept != digest():
            raise ValueError(header)
        tail = _Tail(handle, start, plain["tail"])
        arguments = _arguments(plain, tail, len(plain["rules"]))
    except Exception:  # noqa: BLE001 (any doubt: the rules file is read instead)
        handle.close()
        return None
    return arguments


def keep_snapshot(
    language: str, digest: bytes, arguments: dict[str, Any], where: CoachCache | None = None
) -> None:
    """Keeps the Coach's `arguments` (those `read_snapshot` gives back) for the next run, in
    the user's folder (`where`: this run's unless given; never the seed)."""
    path = (where or coach_cache()).kept(snapshot_name(language))
    if path is None:
        return
    plain = dict(arguments)
    plain.pop("checked", None)
    # Equal values one object (messages, guards and their tuples repeat across a family):
    # marshal keeps each once, and reading them is a quarter quicker (English 1.4 -> 1.0 MB).
    shared: dict[Any, Any] = {}
    plain["rules"] = [
        {
            name: _shared(value, shared)
            for name in _RULE
            if not _is_default(name, value := getattr(rule, name))
        }
        for rule in plain["rules"]
    ]
    plain["sources"] = {
        key: tuple(getattr(source, name) for name in _SOURCE)
        for key, source in plain["sources"].items()
    }
    aim = plain["aim"]
    plain["aim"] = None if aim is None else tuple(getattr(aim, name) for name in _AIM)
    # Each rule's expanded patterns on their own, after the rest: read when first needed.
    expanded = [marshal.dumps(found) for found in plain.pop("expanded", None) or ()]
    plain["expanded_ends"] = list(accumulate(map(len, expanded))) if expanded else None
    tail = _TailWriter(expanded)
    if plain.get("also") is not None:  # needed only once the trie is (a long text)
        plain["also"] = tail.add([marshal.dumps(dict(plain["also"]))])
    # The word sets as the coach keeps them (frozensets), made by marshal in one go rather
    # than one `frozenset()` call a rule as they are read (the coach takes them as they are).
    plain["everywhere"] = None
    if plain.get("literals") is not None:
        literals = {
            key: None if words is None else frozenset(words)
            for key, words in plain["literals"].items()
        }
        rules = plain["rules"]
        if all(rule["id"] in literals for rule in rules):
            # In the tail, read when the coach first needs them (a first paragraph does
            # not: some 2 ms of every first use), with the rules that have none.
            plain["literals"] = tail.add([marshal.dumps(literals)])
            plain["everywhere"] = [
                index for index, rule in enumerate(rules) if literals[rule["id"]] is None
            ]
        else:
            plain["literals"] = literals
    if plain.get("also_bits") is not None:
        words, masks = _shared_masks(*plain["also_bits"])
        # The words' and phrases' bits by number, each distinct mask on its own, read as a
        # text first holds one of its words or phrases (a first paragraph some 150 of
        # 4,100: 1.4 MB otherwise); a first word's phrases are kept with their numbers
        # (a first paragraph's 60 first words 600 KB with their masks, 80 KB so).
        numbered, bits = _numbered(words)
        try:
            single, spans, names, blob = _by_first_word(numbered)
        except ValueError:  # a phrase with a line break: nothing is kept
            return
        phrases_at, _ = tail.add([blob])
        bits_at, _ = tail.add(bits)
        bits_ends = list(accumulate(map(len, bits)))
        # Each rule's ways on its own, read as a text first needs that rule's (a first
        # paragraph some 150 of 1,960), with every bit they may have.
        every_set = (1 << max(map(int.bit_length, chain.from_iterable(masks)), default=0)) - 1
        ways = [marshal.dumps(tuple(rule)) for rule in masks]
        masks_at, _ = tail.add(ways)
        mask_ends = list(accumulate(map(len, ways)))
        plain["also_bits"] = (
            (single, bits_at, bits_ends),
            spans,
            names,
            phrases_at,
            masks_at,
            mask_ends,
            every_set,
        )
    plain["tail"] = tail.size
    if plain.get("first_pass_words") is not None:
        at_starts, anywhere = plain["first_pass_words"]
        plain["first_pass_words"] = (_listed(at_starts), _listed(anywhere))
        if plain.get("also_bits") is not None:
            # The lengths a short text's first pass looks up (domain/first_pass.py, WordScan),
            # of these words and those of the word sets with the phrases' first words.
            (single, *_), spans = plain["also_bits"][:2]
            plain["first_pass_lengths"] = word_lengths(chain(at_starts, single, spans))
    try:
        head = headed((_HEADER, digest, plain))
    except ValueError:  # a value marshal cannot keep: nothing is kept
        return
    write_cache_file(path, [*head, *tail.chunks])


class _TailWriter:
    """What follows a snapshot's head, chunk by chunk, each part's span (from the end of
    the head) given as it is added."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = list(chunks)
        self.size = sum(map(len, chunks))

    def add(self, chunks: Iterable[bytes]) -> tuple[int, int]:
        begin = self.size
        for chunk in chunks:
            self.chunks.append(chunk)
            self.size += len(chunk)
        return begin, self.size


def _shared_masks(
    words: Mapping[str, int], masks: Iterable[Iterable[int]]
) -> tuple[dict[str, int], tuple[tuple[int, ...], ...]]:
    """The word sets' bits (Coach.also_bits) with each distinct mask one object: marshal
    then keeps it once and the others refer to it. A mask has a bit a set (3,400 English
    with the phrase sets), so a word's may be 450 bytes; 11,900 English words and phrases
    share 4,100 masks (these bits 4.1 MB -> 1.8 MB of marshal, read in half the time)."""
    shared: dict[int, int] = {}
    return (
        {word: shared.setdefault(mask, mask) for word, mask in words.items()},
        tuple(tuple(shared.setdefault(mask, mask) for mask in ways) for ways in masks),
    )


def _by_first_word(
    words: Mapping[str, int],
) -> tuple[dict[str, int], dict[str, tuple[int, int]], str, bytes]:
    """The word sets' bits of the words (Coach.also_bits) with the phrases apart: each
    phrase's first word with the span, in one blob, of its phrases' marshal (read as a
    text first holds that word: `WordBits`), and the phrases' names, one a line, in the
    order of the first words (a long text's automaton is built of them without reading
    the blob). Masks shared across first words are written once for each (some 1.3 MB of
    English phrases against 0.8 MB in one dictionary)."""
    single: dict[str, int] = {}
    heads: dict[str, dict[str, int]] = {}
    for word, bits in words.items():
        if " " in word:
            if "\n" in word:
                raise ValueError(word)
            heads.setdefault(word.split(" ", 1)[0], {})[word] = bits
        else:
            single[word] = bits
    blobs = [marshal.dumps(phrases) for phrases in heads.values()]
    starts = accumulate(map(len, blobs), initial=0)
    spans = {head: (at, at + len(blob)) for head, blob, at in zip(heads, blobs, starts)}  # noqa: B905 (one start more)
    names = "\n".join(chain.from_iterable(heads.values()))
    return single, spans, names, b"".join(blobs)


def _phrases_in(blob: bytes, span: tuple[int, int]) -> dict[str, int]:
    """The phrases of one first word, with their bits, from the blob of `_by_first_word`."""
    start, end = span
    found = marshal.loads(memoryview(blob)[start:end])
    if not isinstance(found, dict):
        raise TypeError(span)
    return found


def _phrases_kept(tail: _Tail, at: int, span: tuple[int, int]) -> dict[str, int]:
    """`_phrases_in` the blob kept at `at` in the snapshot's `tail`."""
    start, end = span
    return _phrases_in(tail.read(at + start, at + end), (0, end - start))


def _numbered(words: Mapping[str, int]) -> tuple[dict[str, int], list[bytes]]:
    """Each word with the number of its bits, and each distinct mask marshalled on its own
    (`_Entries` reads them as a text first holds a word)."""
    numbers: dict[int, int] = {}
    found = {word: numbers.setdefault(bits, len(numbers)) for word, bits in words.items()}
    return found, [marshal.dumps(bits) for bits in numbers]


def _listed(owners: Mapping[str, Iterable[int]]) -> dict[str, tuple[int, ...]]:
    """Each word's rules as a tuple: read in half the time of a frozenset (the coach takes
    either)."""
    return {word: tuple(sorted(rules)) for word, rules in owners.items()}


def _shared(value: Any, shared: dict[Any, Any]) -> Any:
    """`value`, or the equal one met before, for a string or a tuple of strings (those
    strings too); anything else as it is (1 and True are equal, but not the same)."""
    if type(value) is tuple and all(type(item) is str for item in value):
        value = tuple(shared.setdefault(item, item) for item in value)
    elif type(value) is not str:
        return value
    return shared.setdefault(value, value)


def _arguments(plain: dict[str, Any], tail: _Tail, rules: int) -> dict[str, Any]:
    arguments = dict(plain)
    del arguments["expanded_ends"], arguments["tail"]
    ends = plain["expanded_ends"]
    expanded = None if ends is None else _Expanded(tail, 0, ends, dict)
    if expanded is not None and len(expanded) != rules:
        raise ValueError("expanded")
    arguments["rules"] = list(map(_rule, plain["rules"]))
    arguments["sources"] = {key: CoachSource(*values) for key, values in plain["sources"].items()}
    aim = plain["aim"]
    arguments["aim"] = None if aim is None else Aim(*aim)
    arguments["expanded"] = expanded
    # Kept only from a coach built from these very rules (the digest says so): their
    # shape, names and macros were checked then.
    arguments["checked"] = True
    if plain.get("also") is not None:
        arguments["also"] = ReadLater(lambda: marshal.loads(tail.read(*plain["also"])))
    if plain["everywhere"] is not None:
        arguments["literals"] = ReadLater(lambda: marshal.loads(tail.read(*plain["literals"])))
    if plain.get("also_bits") is not None:
        single, heads, names, phrases_at, masks_at, mask_ends, every_set = plain["also_bits"]
        words, bits_at, bits_ends = single
        read = partial(_phrases_kept, tail, phrases_at)
        masks = _Entries(tail, masks_at, mask_ends, tuple)
        if len(masks) != rules:
            raise ValueError("also_bits")
        bits = _Entries(tail, bits_at, bits_ends, int)
        arguments["also_bits"] = (WordBits(words, heads, names, read, bits), masks, every_set)
    return arguments


def _is_default(name: str, value: Any) -> bool:
    """Whether a rule's `value` of field `name` is the field's default (of its very type:
    False is not 0)."""
    if name not in _DEFAULTS:
        return False
    default = _DEFAULTS[name]
    return type(value) is type(default) and value == default


def _rule(attributes: dict[str, Any]) -> CoachRule:
    """The CoachRule whose attributes these are (its fields, by name, as `keep_snapshot`
    kept them and `_HEADER` checked): given its attributes at once, as unpickling does,
    rather than through the frozen dataclass's `__init__`, which sets each field in turn
    (some 2 ms of 1,475 English rules against 0.3). A field left out is its default: the
    dataclass keeps each default as a class attribute, which an instance without its own
    gives (some 19,000 of the 33,000 English attributes; the rules read in two thirds of
    the time)."""
    if not _REQUIRED <= attributes.keys() <= _RULE_FIELDS:
        raise ValueError(attributes)
    rule = object.__new__(CoachRule)
    object.__setattr__(rule, "__dict__", attributes)
    return rule


class ReadLater(Mapping[str, Any]):
    """A mapping made by `read` on first need: the rules' other word sets (Coach.also)
    serve only the trie, which a first paragraph goes without (some 1 ms of reading
    saved on every first use)."""

    def __init__(self, read: Callable[[], dict[str, Any]]) -> None:
        self._read_once: Callable[[], dict[str, Any]] | None = read
        self._found: dict[str, Any] = {}

    def _read(self) -> dict[str, Any]:
        if self._read_once is not None:
            self._found, self._read_once = self._read_once(), None
        return self._found

    def __getitem__(self, key: str) -> Any:
        return self._read()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


class _Tail:
    """What follows a snapshot's head (each rule's expanded patterns, the word sets' phrases
    and each rule's ways), read from the file as the coach first needs each part: the file
    stays open while the coach may ask, so a snapshot written meanwhile by another run is
    never mixed with this one."""

    def __init__(self, handle: BinaryIO, start: int, size: int) -> None:
        # A file cut short (or longer) is not this snapshot: nothing of it is used.
        if os.fstat(handle.fileno()).st_size != start + size:
            raise ValueError("tail")
        self._handle, self._start = handle, start
        self._lock = threading.Lock()  # the warm-up lane and the window's thread both read
        # Mapped, where it can be: a part is then read without a call to the system (a
        # first paragraph reads some 500: its rules' patterns, ways and phrases).
        self._mapped: mmap.mmap | None = None
        with suppress(OSError, ValueError):
            self._mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        weakref.finalize(self, _close, handle, self._mapped)

    def read(self, begin: int, end: int) -> bytes:
        """Bytes `begin` to `end` of the tail (OSError if the file cannot be read)."""
        if self._mapped is not None:
            data = self._mapped[self._start + begin : self._start + end]
        else:
            with self._lock:
                self._handle.seek(self._start + begin)
                data = self._handle.read(end - begin)
        if len(data) != end - begin:
            raise OSError("a snapshot cut short")
        return data


def _close(handle: BinaryIO, mapped: mmap.mmap | None) -> None:
    if mapped is not None:
        mapped.close()
    handle.close()


class _Entries(Sequence[Any]):
    """Values of type `kind` marshalled one after another at `at` in the snapshot's tail,
    each read as the coach first needs it, and kept: each rule's ways as masks
    (Coach.also_bits: a first paragraph needs some 150 of 1,960 English rules', whose 1.2
    MB were read with the head before, some 1.5 ms of every first use), and the single
    words' masks (WordBits)."""

    def __init__(self, tail: _Tail, at: int, ends: list[int], kind: type) -> None:
        self._tail, self._at, self._ends, self._kind = tail, at, ends, kind
        self._found: list[Any] = [None] * len(ends)

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, index):  # type: ignore[override] (one rule at a time)
        found = self._found[index]
        if found is None:
            begin = self._at + (self._ends[index - 1] if index else 0)
            found = marshal.loads(self._tail.read(begin, self._at + self._ends[index]))
            if type(found) is not self._kind:
                raise TypeError(index)
            self._found[index] = found
        return found

    def __iter__(self) -> Iterator[Any]:
        return map(self.__getitem__, range(len(self._ends)))


class _Expanded(_Entries):
    """Each rule's expanded patterns, at the start of the snapshot's tail, read when the
    coach first asks (a first paragraph needs some 60 of 1,960). An entry that cannot be
    read is None: the coach expands that rule itself."""

    def __getitem__(self, index):  # type: ignore[override] (one rule at a time)
        try:
            return super().__getitem__(index)
        except (OSError, ValueError, EOFError, TypeError):
            return None
