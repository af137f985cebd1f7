"""The coach's seed (storage/coach_seed.py): its cache files made ahead of time, read when the
user's own cache lacks them, so a first launch compiles nothing; one made by another Python,
engine or code is not used; and the app never writes into it."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from interventionplanner import paths
from interventionplanner.storage import coach_rules, coach_seed, regex_cache
from interventionplanner.storage.cache_files import CoachCache, coach_cache

TEXT = "Eres un borracho y siempre mientes. Nunca cambias, tú eres así."
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def compiled(monkeypatch) -> list[str]:
    """Every pattern compiled from its text (not read from a cache file) while it is used."""
    found: list[str] = []
    real = regex_cache._compiled  # noqa: SLF001

    def counting(source: str) -> tuple[re.Pattern[str], bytes]:
        found.append(source)
        return real(source)

    monkeypatch.setattr(regex_cache, "_compiled", counting)
    return found


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    """A copy of the checkout's seed (tests/conftest.py made it current), the test's own."""
    folder = tmp_path / "seed"
    shutil.copytree(paths.checkout_seed_dir(), folder)
    return folder


@pytest.fixture
def fresh_user(tmp_path: Path, monkeypatch) -> Iterator[Path]:
    """An empty user cache folder, as an installed app's first launch has."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user"))
    coach_rules.load_coach.cache_clear()
    yield tmp_path / "user" / paths.APP_NAME / "coach"
    coach_rules.load_coach.cache_clear()


def _contents(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    return {
        path.name: (path.stat().st_size, path.stat().st_mtime_ns, path.read_bytes()[:4096])
        for path in sorted(folder.iterdir())
    }


def _from_rules_alone(language: str = "es") -> coach_rules.Coach:
    return coach_rules.shipped_coach(language, CoachCache(None, None))


def test_the_suite_runs_with_the_checkouts_seed():
    """tests/conftest.py made it current; the app reads it (after the user's folder)."""
    assert coach_cache().seed == paths.checkout_seed_dir()
    assert coach_seed.seed_is_current(paths.checkout_seed_dir())


def test_a_first_launch_with_the_seed_compiles_nothing_and_writes_nothing_there(
    fresh_user: Path, compiled: list[str], monkeypatch
):
    seed = paths.checkout_seed_dir()
    before = _contents(seed)

    def no_json(*_args, **_kwargs):
        raise AssertionError("the rules file was parsed: the seed's snapshot was not read")

    with monkeypatch.context() as patch:
        patch.setattr(coach_rules.json, "loads", no_json)
        coach = coach_rules.load_coach("es")
    findings = coach.find(TEXT)
    coach.check()  # every rule, as the warm-up does: all of them from the seed
    assert compiled == []
    assert findings == _from_rules_alone().find(TEXT)
    # Nothing was new: the user's folder is left as it was, and the seed untouched.
    assert not fresh_user.exists() or not any(fresh_user.iterdir())
    assert _contents(seed) == before


def _kept(path: Path, *sources: str) -> None:
    made = regex_cache.RegexCache(path)
    for source in sources:
        made.compile(source)
    made.save()


def test_the_users_own_file_first_then_the_seeds(tmp_path: Path, compiled: list[str], monkeypatch):
    mine, seeded = tmp_path / "mine.bin", tmp_path / "seed.bin"
    _kept(mine, "ours", "both")
    _kept(seeded, "theirs", "both")
    compiled.clear()
    read_from: list[tuple[str, str]] = []
    real = regex_cache._Opened.read  # noqa: SLF001

    def reading(opened, key: bytes) -> bytes | None:
        entry = real(opened, key)
        if entry is not None:
            read_from.append((Path(opened.handle.name).name, key))
        return entry

    monkeypatch.setattr(regex_cache._Opened, "read", reading)  # noqa: SLF001
    cache = regex_cache.RegexCache(mine, seeded)
    for source in ("ours", "theirs", "both"):
        assert cache.compile(source) == re.compile(source)
    assert compiled == []
    key = regex_cache._key  # noqa: SLF001
    assert read_from == [
        ("mine.bin", key("ours")),
        ("seed.bin", key("theirs")),
        ("mine.bin", key("both")),
    ]
    cache.save()  # nothing new: neither file is written
    assert regex_cache.entries_in(mine) == regex_cache.entries_in(seeded) == 2


def test_a_stale_or_foreign_seed_is_not_used_and_never_written(
    fresh_user: Path, compiled: list[str], seed: Path, monkeypatch
):
    """A seed made by another Python or engine (the patterns' header), or from other rules
    or code (the snapshot's digest: here a bundle's, which names the app's version), is
    not used: the coach compiles and reads its rules as usual, and keeps what it made in
    the user's folder, never in the seed's."""
    before = _contents(seed)
    other_python = (regex_cache.FORMAT, "another Python", 0, 4)
    with monkeypatch.context() as patch:
        patch.setattr(regex_cache, "_HEADER", other_python)  # the seed's is then foreign
        where = CoachCache(fresh_user, seed, bundle=True)  # a digest the seed was not made for
        parsed: list[object] = []
        real_loads = coach_rules.json.loads
        patch.setattr(
            coach_rules.json, "loads", lambda *a, **k: parsed.append(a) or real_loads(*a, **k)
        )
        coach = coach_rules.shipped_coach("es", where)
        assert parsed  # the rules file itself was read
        findings = coach.find(TEXT)
        assert compiled  # nothing read from the seed's patterns
        coach.check()
    assert findings == _from_rules_alone().find(TEXT)
    for name in coach_seed.seed_names("es"):
        assert (fresh_user / name).is_file()  # what this run made: in the user's folder
    assert _contents(seed) == before


def test_a_stale_snapshot_of_the_users_gives_way_to_the_seeds(fresh_user: Path, seed: Path):
    """After an update, the user's snapshot is an earlier version's: the seed's is read, and
    the stale one removed (no run would write it again while the seed holds everything)."""
    name = coach_seed.seed_names("es")[1]
    fresh_user.mkdir(parents=True)
    (fresh_user / name).write_bytes((seed / name).read_bytes()[:-1] + b"?")  # not the same
    stale_digest = CoachCache(fresh_user, seed, bundle=True)  # the seed's is stale to it
    assert coach_rules.shipped_coach("es", stale_digest).find(TEXT)
    assert (fresh_user / name).exists()  # neither was current: nothing removed
    (fresh_user / name).write_bytes(b"an earlier version's")
    coach = coach_rules.shipped_coach("es", CoachCache(fresh_user, seed))
    assert coach.find(TEXT) == _from_rules_alone().find(TEXT)
    assert not (fresh_user / name).exists()
    assert (seed / name).exists()


def test_a_damaged_seed_means_compiling_as_usual(fresh_user: Path, compiled: list[str], seed: Path):
    for name in coach_seed.seed_names("es"):
        (seed / name).write_bytes((seed / name).read_bytes()[:100])
    coach = coach_rules.shipped_coach("es", CoachCache(fresh_user, seed))
    assert coach.find(TEXT) == _from_rules_alone().find(TEXT)
    assert compiled
    assert not coach_seed.seed_is_current(seed)


def test_switched_off_for_the_cold_paths_tests(monkeypatch):
    monkeypatch.setenv(paths.NO_SEED, "1")
    assert coach_cache().seed is None


def test_the_makefile_builds_the_seed_where_paths_reads_it():
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert f"SEED_DIR := {paths.CHECKOUT_SEED.as_posix()}\n" in makefile
    for target in ("run", "test-offscreen", "test-realdisplay", "bench"):
        assert re.search(rf"^{target}: .*\$\(SEED\)", makefile, re.MULTILINE), target
