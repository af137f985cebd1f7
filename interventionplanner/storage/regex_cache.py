"""The coach's regular expressions, compiled once and kept in the user's cache folder.

Python compiles a regular expression in two steps: a parser and a compiler, both written
in Python, turn the pattern into a list of numbers (the engine's own code), and then
`_sre.compile`, in C, makes the pattern object from that list. For the coach's patterns,
with their word classes expanded (a first paragraph needs about 150 of them, some of
30,000 numbers), the Python steps are nearly all of its first use: some 60 ms. This cache
keeps the list of numbers of every pattern the coach compiled, so a later run makes each
pattern straight from it: the same pattern object (`re.Pattern` compares the code; a test
checks it), about a hundred times faster.

The file is the cache's, never the app's data: it lives in the user's cache folder (one
file a language, and a Python version: the code is the engine's own and may change with
it), it is written only once the coach has compiled every rule, and any doubt (a missing,
stale, damaged or foreign file, another Python, an engine with another `MAGIC`, a pattern
the engine refuses) means compiling as usual. A pattern is found by a digest of its text,
so the cache follows the rules file without being told: a changed rule is a new pattern,
compiled afresh, and the next save keeps only what this run used.

Nothing here is needed for the coach to work; it only makes its first use quick.
"""

from __future__ import annotations

import _sre
import hashlib
import marshal
import re
import sys
import threading
import weakref
from array import array
from collections.abc import Iterator
from pathlib import Path
from re import _compiler, _parser  # the two Python steps of re.compile (see above)
from typing import BinaryIO

from interventionplanner.storage.cache_files import headed, open_cache_file, write_cache_file

# What a file must say about itself to be read: this format, this Python, this engine.
FORMAT = 1
_HEADER = (FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE)
_TYPECODE = {2: "H", 4: "I"}.get(_sre.CODESIZE, "L")  # one engine code number


def _key(source: str) -> bytes:
    return hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class RegexCache:
    """Compiles patterns as `re.compile` does, from the cache file at `path` when it holds
    them, else from the `seed`'s (the same file made ahead of time, read only: see
    storage/coach_seed.py). `save()` writes every pattern compiled or read in this run to
    `path`, if any was in neither file."""

    def __init__(self, path: Path | None, seed: Path | None = None) -> None:
        self.path = path
        self.seed = seed
        self._lock = threading.Lock()  # the lane's worker and the window's thread compile
        self._files: list[_Opened] | None = None  # the user's, then the seed's: on first use
        self._used: dict[bytes, bytes] = {}  # every entry this run compiled or read
        self._patterns: dict[bytes, re.Pattern[str]] = {}  # and its pattern
        self._new = False

    def compile(self, source: str) -> re.Pattern[str]:
        key = _key(source)
        with self._lock:
            known = self._patterns.get(key)
            if known is not None:  # rules of a family share their guards: one pattern
                return known
            pattern = self._compile(source, key)
            self._patterns[key] = pattern
            return pattern

    def _compile(self, source: str, key: bytes) -> re.Pattern[str]:
        for entry in self._entries(key):
            try:
                pattern = _from_entry(source, entry)
            except Exception:  # noqa: BLE001 (a damaged entry: the next, or compiled)
                continue
            self._used[key] = entry
            return pattern
        pattern, entry = _compiled(source)
        self._used[key] = entry
        self._new = True
        return pattern

    def save(self) -> None:
        """Writes this run's patterns to `path` (only when some were in neither file),
        replacing the file at once; a cache that cannot be written is simply not kept. The
        seed is never written."""
        with self._lock:
            if self.path is None or not self._new:
                return
            self._close()
            if _write(self.path, self._used):
                self._new = False

    def _entries(self, key: bytes) -> Iterator[bytes]:
        """The entries kept for `key`: the user's file's, then the seed's."""
        if self._files is None:
            self._files = [opened for opened in map(_open, (self.path, self.seed)) if opened]
            for opened in self._files:
                # Kept open while the coach may ask for more; closed with the cache, at the latest.
                weakref.finalize(self, opened.handle.close)
        for opened in self._files:
            entry = opened.read(key)
            if entry is not None:
                yield entry

    def _close(self) -> None:
        for opened in self._files or ():
            opened.handle.close()
        self._files = []


class _Opened:
    """A cache file opened for reading: its index (where each pattern's entry is)."""

    def __init__(self, handle: BinaryIO, index: dict[bytes, tuple[int, int]], start: int) -> None:
        self.handle, self.index, self.start = handle, index, start  # entries begin at start

    def read(self, key: bytes) -> bytes | None:
        place = self.index.get(key)
        if place is None:
            return None
        try:
            self.handle.seek(self.start + place[0])
            entry = self.handle.read(place[1])
        except (OSError, ValueError):
            return None
        return entry if len(entry) == place[1] else None


def _open(path: Path | None) -> _Opened | None:
    """The file at `path`, open with its index, or None when it is missing or was written
    by another format, Python or engine."""
    opened = open_cache_file(path)
    if opened is None:
        return None
    handle, head, start = opened
    try:
        header, index = head
        if header != _HEADER or not isinstance(index, dict):
            raise ValueError(header)
    except Exception:  # noqa: BLE001 (any doubt: the file is not used)
        handle.close()
        return None
    return _Opened(handle, index, start)


def entries_in(path: Path) -> int:
    """How many patterns the file at `path` holds for this Python (0: none, or not read)."""
    opened = _open(path)
    if opened is None:
        return 0
    opened.handle.close()
    return len(opened.index)


def _compiled(source: str) -> tuple[re.Pattern[str], bytes]:
    """`re.compile(source)`, as re/_compiler.py's `compile` does it, and its entry."""
    parsed = _parser.parse(source, 0)
    code = _compiler._code(parsed, 0)  # noqa: SLF001 (re.compile's own step)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    flags = parsed.state.flags
    groups = parsed.state.groups - 1
    args = (flags, code, groups, groupindex, tuple(indexgroup))
    pattern = _sre.compile(source, *args)
    entry = marshal.dumps((flags, array(_TYPECODE, code).tobytes(), *args[2:]))
    return pattern, entry


def _from_entry(source: str, entry: bytes) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = marshal.loads(entry)
    numbers = array(_TYPECODE)
    numbers.frombytes(code)
    # The engine checks the code it is given (_sre's validation), so a damaged entry
    # raises here rather than matching wrongly.
    return _sre.compile(source, flags, numbers.tolist(), groups, groupindex, indexgroup)


def _write(path: Path, entries: dict[bytes, bytes]) -> bool:
    index: dict[bytes, tuple[int, int]] = {}
    offset = 0
    for key, entry in entries.items():
        index[key] = (offset, len(entry))
        offset += len(entry)
    # offsets from the end of the head
    return write_cache_file(path, [*headed((_HEADER, index)), *entries.values()])
