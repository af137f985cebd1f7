"""Files kept in the user's cache folder only to be quicker next time (the coach's compiled
patterns and laid-out model): where they go, and how one is written.

Nothing here is the user's data: a cache file may be deleted at any time, and one that
cannot be written is simply not kept (the next run works it out again). Beside the user's
folder, the coach's seed (storage/coach_seed.py, `CoachCache.seed`): the same files made
ahead of time, read when the user's own lack something, never written by the app.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

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
