"""Files kept in the user's cache folder only to be quicker next time (the coach's compiled
patterns and laid-out model): where they go, and how one is written.

Nothing here is the user's data: a cache file may be deleted at any time, and one that
cannot be written is simply not kept (the next run works it out again). Beside the user's
folder, the coach's seed (storage/coach_seed.py, `CoachCache.seed`): the same files made
ahead of time, read when the user's own lack something, never written by the app.
"""

from __future__ import annotations

import marshal
import os
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from interventionplanner import paths


@dataclass(frozen=True)
class CoachCache:
    """Where the coach's cache files are: the user's `folder` (read first, and where what a
    run works out is written) and the `seed` (read after it, never written; None: none),
    and whether the code reading them is a bundle's (`bundle`: the snapshot's digest then
    names the app's version, its sources not being at hand: storage/coach_snapshot.py)."""

    folder: Path | None
    seed: Path | None = None
    bundle: bool = False

    def kept(self, name: str) -> Path | None:
        return None if self.folder is None else self.folder / name

    def seeded(self, name: str) -> Path | None:
        return None if self.seed is None else self.seed / name


def coach_cache() -> CoachCache:
    """This run's: the user's cache folder, the app's seed (paths.coach_seed_dir)."""
    try:
        folder: Path | None = paths.user_cache_dir() / "coach"
    except Exception:  # noqa: BLE001 (no cache folder: nothing is kept)
        folder = None
    return CoachCache(folder, paths.coach_seed_dir(), paths.is_bundle())


def cache_file(name: str) -> Path | None:
    """The coach's cache file `name`, or None when this system has no cache folder."""
    return coach_cache().kept(name)


def write_cache_file(path: Path, chunks: Iterable[bytes]) -> bool:
    """Writes `chunks` to `path` whole or not at all (a reader never sees half a file);
    False when it could not be written."""
    import tempfile  # noqa: PLC0415 (only when a file is written: 8 ms to import, with shutil)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".new")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
        os.replace(temporary, path)
    except OSError:
        return False
    finally:
        Path(temporary).unlink(missing_ok=True)
    return True


# A cache file starts with its head (a marshalled value, its length before it); what the
# head describes (entries, expanded patterns) follows, read later from the open file.
_LENGTH = struct.Struct("<Q")


def headed(head: Any) -> list[bytes]:
    """The first chunks of a cache file whose head is `head` (for `write_cache_file`)."""
    data = marshal.dumps(head)
    return [_LENGTH.pack(len(data)), data]


def open_cache_file(path: Path | None) -> tuple[BinaryIO, Any, int] | None:
    """The file at `path`, open, with its head and where what follows the head begins; None
    when it is missing or cannot be read. The caller checks the head and closes the file."""
    if path is None:
        return None
    try:
        handle = path.open("rb")
    except OSError:
        return None
    try:
        (length,) = _LENGTH.unpack(handle.read(_LENGTH.size))
        head = marshal.loads(handle.read(length))
    except Exception:  # noqa: BLE001 (a damaged or foreign file: not used)
        handle.close()
        return None
    return handle, head, _LENGTH.size + length
