"""Files kept in the user's cache folder only to be quicker next time (the coach's compiled
patterns and laid-out model): where they go, and how one is written.

Nothing here is the user's data: a cache file may be deleted at any time, and one that
cannot be written is simply not kept (the next run works it out again).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from interventionplanner import paths


def cache_file(name: str) -> Path | None:
    """The coach's cache file `name`, or None when this system has no cache folder."""
    try:
        return paths.user_cache_dir() / "coach" / name
    except Exception:  # noqa: BLE001 (no cache folder: nothing is kept)
        return None


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
