"""The coach's seed: its cache files made ahead of time, so no first launch compiles them.

With an empty cache folder, the coach's warm-up compiles every rule (1,686 English ones:
some 5-7 s of CPU on the warm-up lane, against 0.36 s from the cache) and keeps what it
made in the user's cache folder (storage/regex_cache.py, coach_snapshot.py); meanwhile
the window's thread waits for Python's lock. The seed is those same files (the compiled
patterns and the snapshot, every shipped language), made by this command:

    python -m interventionplanner.storage.coach_seed [OUTDIR] [--bundle]

OUTDIR is the checkout's seed folder unless given (paths.checkout_seed_dir: `make` runs
this when the rules or the coach's code change); the PyInstaller spec makes the bundle's
with `--bundle` (the snapshot's digest then names the app's version, as the bundle, which
has no sources, reckons it). The app reads the seed only after the user's own files, and
never writes it: what a run works out is kept in the user's folder, as before. It stays a
cache: the files say which Python and engine made them, and the snapshot which rules and
code, so a seed made by another Python, or stale, is simply not used (the coach compiles as
usual). It must therefore be made by the Python that will read it.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from interventionplanner import paths
from interventionplanner.storage import regex_cache
from interventionplanner.storage.cache_files import CoachCache
from interventionplanner.storage.coach_rules import (
    LANGUAGES,
    regex_cache_name,
    shipped_coach,
    shipped_files,
)
from interventionplanner.storage.coach_snapshot import LaterDigest, read_snapshot, snapshot_name


def seed_names(language: str) -> tuple[str, str]:
    """The seed's files for `language`: the compiled patterns, the snapshot."""
    return regex_cache_name(language), snapshot_name(language)


def build_seed(folder: Path, *, bundle: bool = False) -> list[Path]:
    """Makes the seed in `folder` (its files replaced whole, others left): every shipped
    language's coach built from its files alone, every rule compiled. Gives its files."""
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for language in LANGUAGES:
        # Made from nothing kept: a fresh folder, no seed read (a stale one would be
        # copied into the new one entry by entry, which is right, but slower to trust).
        with tempfile.TemporaryDirectory(prefix="coach-seed-") as scratch:
            where = CoachCache(Path(scratch), None, bundle)
            shipped_coach(language, where).check()
            for name in seed_names(language):
                made_file = Path(scratch) / name
                if not made_file.is_file():
                    raise RuntimeError(f"the coach kept no {name}")
                shutil.copyfile(made_file, folder / f"{name}.new")
                (folder / f"{name}.new").replace(folder / name)
                made.append(folder / name)
    return made


def seed_is_current(folder: Path) -> bool:
    """Whether the seed in `folder` holds every language's files, made by this Python from
    these rules and this code (what the app checks before it reads them)."""
    for language in LANGUAGES:
        patterns, snapshot = (folder / name for name in seed_names(language))
        if not regex_cache.entries_in(patterns):
            return False
        raw, prefilter = shipped_files(language)
        where = CoachCache(None, folder)
        if read_snapshot(language, LaterDigest(raw, prefilter), where) is None:
            return False
    return True


def ensure_seed(folder: Path | None = None) -> bool:
    """Makes the checkout's seed (or `folder`'s) unless it is current; True when it made it."""
    folder = folder or paths.checkout_seed_dir()
    if seed_is_current(folder):
        return False
    build_seed(folder)
    return True


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Make the coach's seed (its cache files).")
    parser.add_argument("folder", nargs="?", type=Path, default=paths.checkout_seed_dir())
    parser.add_argument(
        "--bundle", action="store_true", help="for the PyInstaller bundle (no sources)"
    )
    args = parser.parse_args(argv)
    for path in build_seed(args.folder, bundle=args.bundle):
        print(f"{path}: {path.stat().st_size:,} bytes")  # noqa: T201


if __name__ == "__main__":
    main()
