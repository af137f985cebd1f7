"""The coach's cache state a bench runs with, said out loud, in a folder of the bench's own.

The coach keeps its compiled patterns and snapshot in the user's cache folder
(storage/regex_cache.py, coach_snapshot.py), and reads the seed made ahead of time when that
folder lacks them (storage/coach_seed.py). A bench that starts the app runs as an installed
app's first launch does (`first_launch`): an empty cache folder of its own (XDG_CACHE_HOME,
never the user's, nor one another bench left half filled), beside the checkout's seed, made
here when missing or stale (`make bench` has made it already). Whatever a bench sets is put
back when it is done, so the benches `make bench` runs in one process do not leak into each
other.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from interventionplanner import paths

FIRST_LAUNCH = "an installed app's first launch: an empty cache folder, and the coach's seed"
NO_SEED = "the very first run of a Python without the coach's seed: an empty cache folder"


@contextmanager
def environment(**values: str | None) -> Iterator[None]:
    """os.environ with `values` set (None: unset) for the span, then as it was."""
    before = {name: os.environ.get(name) for name in values}
    try:
        for name, value in values.items():
            _set(name, value)
        yield
    finally:
        for name, value in before.items():
            _set(name, value)


def _set(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


@contextmanager
def own_cache_folder(*, seed: bool = True) -> Iterator[Path]:
    """An empty cache folder of the span's own (XDG_CACHE_HOME, removed after), with the
    coach's seed read (`seed`) or not; this process's coach is read again inside it."""
    from interventionplanner.storage.coach_rules import load_coach  # noqa: PLC0415

    folder = Path(tempfile.mkdtemp(prefix="bench-cache-"))
    try:
        with environment(XDG_CACHE_HOME=str(folder), **{paths.NO_SEED: None if seed else "1"}):
            load_coach.cache_clear()
            yield folder
    finally:
        load_coach.cache_clear()
        shutil.rmtree(folder, ignore_errors=True)


def announce_first_launch(bench: str, each: str = "") -> None:
    """Makes the checkout's seed when missing or stale, and says on the bench's first line
    that it runs as a first launch (`each`: of what, when each of its runs has its own)."""
    from interventionplanner.storage.coach_seed import ensure_seed  # noqa: PLC0415

    made = ensure_seed()
    print(  # noqa: T201
        f"{bench}: cache state{each}: {FIRST_LAUNCH} ({paths.checkout_seed_dir()}"
        + (", made just now" if made else "")
        + ")"
    )


@contextmanager
def first_launch(bench: str) -> Iterator[Path]:
    """`announce_first_launch`, then `own_cache_folder` with the seed. Child processes
    inherit the folder through os.environ."""
    announce_first_launch(bench)
    with own_cache_folder() as folder:
        yield folder
