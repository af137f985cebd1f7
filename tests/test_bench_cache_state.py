"""The benches' cache state (bench/cache_state.py): a folder of their own, empty, with or
without the coach's seed, and the environment put back after, so one bench never leaves its
folder to the benches `make bench` runs after it (round 16's leak)."""

from __future__ import annotations

import os
from pathlib import Path

from bench import cache_state
from interventionplanner import paths
from interventionplanner.storage.cache_files import coach_cache


def test_a_folder_of_its_own_then_the_environment_as_it_was(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "before"))
    monkeypatch.delenv(paths.NO_SEED, raising=False)
    with cache_state.own_cache_folder(seed=False) as outer:
        assert os.environ["XDG_CACHE_HOME"] == str(outer)
        assert coach_cache().seed is None
        assert not any(outer.iterdir())
        with cache_state.own_cache_folder() as inner:
            assert inner != outer
            assert coach_cache().seed == paths.checkout_seed_dir()
        assert os.environ["XDG_CACHE_HOME"] == str(outer)
        assert coach_cache().seed is None
    assert os.environ["XDG_CACHE_HOME"] == str(tmp_path / "before")
    assert paths.NO_SEED not in os.environ
    assert not outer.exists()
    assert not inner.exists()


def test_a_first_launch_says_so(capsys, monkeypatch, tmp_path: Path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with cache_state.first_launch("stall") as folder:
        assert os.environ["XDG_CACHE_HOME"] == str(folder)
    said = capsys.readouterr().out
    assert said.startswith(f"stall: cache state: {cache_state.FIRST_LAUNCH}")
    assert os.environ["XDG_CACHE_HOME"] == str(tmp_path)
