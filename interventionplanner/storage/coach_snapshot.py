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

The file (format 5): the length of its head, the head (the header, the digest and the
Coach's arguments; each rule as its CoachRule's attributes, given to it at once), then each
rule's expanded patterns one after another, read a rule at a time as the coach first
needs them (a first paragraph needs some 60 of 1,475). The word sets' bits keep the
phrases apart, by their first word, each first word's marshalled on its own in one blob of
the head and read when a text first holds that word followed by a space
(domain/first_pass.py, `WordBits`); the phrases' names are kept apart from their bits, one
string, so a long text's automaton is built without reading them. A coach from a snapshot
does not check its rules again (`checked`): a snapshot is kept only from a coach built, and
so checked, from the very files of its digest.

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
import os
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from dataclasses import fields
from functools import cache, partial
from itertools import accumulate, chain
from pathlib import Path
from typing import Any, BinaryIO

import interventionplanner
from interventionplanner.domain import coach
from interventionplanner.domain.coach import Aim, CoachRule, CoachSource
from interventionplanner.domain.first_pass import WordBits
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
# read on first need (`_by_first_word`); 5: the phrases' names apart from their bits
FORMAT = 5
_RULE = tuple(f.name for f in fields(CoachRule))
_RULE_FIELDS = frozenset(_RULE)
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
        ends = plain["expanded_ends"]
        expanded = None if ends is None else _Expanded(handle, start, ends)
        arguments = _arguments(plain, expanded, len(plain["rules"]))
    except Exception:  # noqa: BLE001 (any doubt: the rules file is read instead)
        handle.close()
        return None
    if expanded is None:
        handle.close()
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
    plain["rules"] = [{name: getattr(rule, name) for name in _RULE} for rule in plain["rules"]]
    plain["sources"] = {
        key: tuple(getattr(source, name) for name in _SOURCE)
        for key, source in plain["sources"].items()
    }
    aim = plain["aim"]
    plain["aim"] = None if aim is None else tuple(getattr(aim, name) for name in _AIM)
    # Each rule's expanded patterns on their own, after the rest: read when first needed.
    expanded = [marshal.dumps(found) for found in plain.pop("expanded", None) or ()]
    plain["expanded_ends"] = list(accumulate(map(len, expanded))) if expanded else None
    if plain.get("also") is not None:  # needed only once the trie is (a long text)
        plain["also"] = marshal.dumps(dict(plain["also"]))
    # The word sets as the coach keeps them (frozensets), made by marshal in one go rather
    # than one `frozenset()` call a rule as they are read (the coach takes them as they are).
    if plain.get("literals") is not None:
        plain["literals"] = {
            key: None if words is None else frozenset(words)
            for key, words in plain["literals"].items()
        }
    if plain.get("also_bits") is not None:
        words, masks = _shared_masks(*plain["also_bits"])
        try:
            plain["also_bits"] = (*_by_first_word(words), masks)
        except ValueError:  # a phrase with a line break: nothing is kept
            return
    if plain.get("first_pass_words") is not None:
        at_starts, anywhere = plain["first_pass_words"]
        plain["first_pass_words"] = (_frozen(at_starts), _frozen(anywhere))
    try:
        head = headed((_HEADER, digest, plain))
    except ValueError:  # a value marshal cannot keep: nothing is kept
        return
    write_cache_file(path, [*head, *expanded])


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


def _frozen(owners: Mapping[str, Iterable[int]]) -> dict[str, frozenset[int]]:
    return {word: frozenset(rules) for word, rules in owners.items()}


def _arguments(plain: dict[str, Any], expanded: _Expanded | None, rules: int) -> dict[str, Any]:
    arguments = dict(plain)
    del arguments["expanded_ends"]
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
        arguments["also"] = ReadLater(partial(marshal.loads, plain["also"]))
    if plain.get("also_bits") is not None:
        words, heads, names, blob, masks = plain["also_bits"]
        read = partial(_phrases_in, blob)
        arguments["also_bits"] = (WordBits(words, heads, names, read), masks)
    return arguments


def _rule(attributes: dict[str, Any]) -> CoachRule:
    """The CoachRule whose attributes these are (its fields, by name, as `keep_snapshot`
    kept them and `_HEADER` checked): given its attributes at once, as unpickling does,
    rather than through the frozen dataclass's `__init__`, which sets each field in turn
    (some 2 ms of 1,475 English rules against 0.3)."""
    if attributes.keys() != _RULE_FIELDS:
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


class _Expanded(Sequence[dict[str, str | None] | None]):
    """Each rule's expanded patterns, read from the snapshot file when the coach first asks
    (a first paragraph needs some 60 of 1,475): the file stays open while the coach may
    ask, so a snapshot written meanwhile by another run is never mixed with this one. An
    entry that cannot be read is None: the coach expands that rule itself."""

    def __init__(self, handle: BinaryIO, start: int, ends: list[int]) -> None:
        # A file cut short (or longer) is not this snapshot: nothing of it is used.
        if not ends or os.fstat(handle.fileno()).st_size != start + ends[-1]:
            raise ValueError("expanded")
        self._handle, self._start, self._ends = handle, start, ends
        self._lock = threading.Lock()  # the warm-up lane and the window's thread both read
        weakref.finalize(self, handle.close)

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, index):  # type: ignore[override] (one rule at a time)
        begin = self._ends[index - 1] if index else 0
        try:
            with self._lock:
                self._handle.seek(self._start + begin)
                data = self._handle.read(self._ends[index] - begin)
            found = marshal.loads(data)
        except (OSError, ValueError, EOFError, TypeError):
            return None
        return found if isinstance(found, dict) else None
