"""What the coach keeps in the user's cache folder between runs (storage/regex_cache.py,
coach_snapshot.py, coach_model.py): the same patterns, rules and model as without it, and
any doubt about a file means working them out as usual. As a Python without the coach's
seed runs (its own tests: tests/test_coach_seed.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from interventionplanner import paths
from interventionplanner.domain.coach import Coach
from interventionplanner.storage import coach_model, coach_rules, coach_snapshot, regex_cache
from interventionplanner.storage.cache_files import cache_file
from interventionplanner.storage.regex_cache import RegexCache
from tests.conftest import without_coach_seed

PATTERNS = [
    r"(?<![\w-])(?:you(?P<be>'re| are)) (?:a|an)\s+\w+(?![\w-])",
    r"[go](?<=(?<![\w-])(?=(?P<coach_match>(?:oh,? )?(?:good|great) job))[go])",
    r"\b(?=(?:a(?:b(?:c)?)?|x))",
    r"(?:\s*(?:ni|tampoco))\Z",
]


@pytest.fixture(scope="module", autouse=True)
def _no_seed() -> Iterator[None]:
    """The very first run of a Python without the coach's seed (storage/coach_seed.py)."""
    yield from without_coach_seed()


def test_the_same_patterns_as_re_compile(tmp_path: Path):
    cache = RegexCache(tmp_path / "p.bin")
    for source in PATTERNS:
        assert cache.compile(source) == re.compile(source)  # compares flags and code
    cache.save()
    again = RegexCache(tmp_path / "p.bin")
    for source in PATTERNS:
        found = again.compile(source)
        assert found == re.compile(source)
        assert found.groupindex == re.compile(source).groupindex
    assert not again._new  # noqa: SLF001 (every one came from the file)


def test_read_from_the_file_without_compiling(tmp_path: Path, monkeypatch):
    RegexCache(tmp_path / "p.bin").compile(PATTERNS[0])
    cache = RegexCache(tmp_path / "p.bin")
    cache.compile(PATTERNS[0])
    cache._new = True  # noqa: SLF001
    cache.save()

    def no_parsing(*_args):
        raise AssertionError("parsed again")

    monkeypatch.setattr(regex_cache._parser, "parse", no_parsing)
    assert RegexCache(tmp_path / "p.bin").compile(PATTERNS[0]) == re.compile(PATTERNS[0])


def test_only_this_runs_patterns_are_kept(tmp_path: Path):
    first = RegexCache(tmp_path / "p.bin")
    for source in PATTERNS:
        first.compile(source)
    first.save()
    second = RegexCache(tmp_path / "p.bin")
    second.compile(PATTERNS[0])
    second.compile("new")
    second.save()
    assert regex_cache.entries_in(tmp_path / "p.bin") == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[:20],
        lambda data: b"\xff" * len(data),
        lambda data: data[:-40] + b"\x07" * 40,  # the last entry's code
    ],
)
def test_a_damaged_file_means_compiling_as_usual(tmp_path: Path, damage):
    path = tmp_path / "p.bin"
    cache = RegexCache(path)
    for source in PATTERNS:
        cache.compile(source)
    cache.save()
    path.write_bytes(damage(path.read_bytes()))
    again = RegexCache(path)
    for source in PATTERNS:
        assert again.compile(source) == re.compile(source)


def test_another_python_or_engine_is_not_read(tmp_path: Path, monkeypatch):
    path = tmp_path / "p.bin"
    cache = RegexCache(path)
    cache.compile(PATTERNS[0])
    cache.save()
    monkeypatch.setattr(regex_cache, "_HEADER", (regex_cache.FORMAT, "another", 0, 4))
    assert regex_cache.entries_in(path) == 0


def test_no_cache_folder_no_file(tmp_path: Path):
    cache = RegexCache(None)
    assert cache.compile(PATTERNS[0]) == re.compile(PATTERNS[0])
    cache.save()  # nothing to write to: nothing happens


def test_the_coach_keeps_its_patterns_once_all_are_compiled(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    coach_rules.load_coach.cache_clear()
    try:
        coach = coach_rules.load_coach("es")
        path = cache_file(coach_rules.regex_cache_name("es"))
        assert path is not None
        assert tmp_path in path.parents
        coach.find("Eres un borracho y siempre mientes.")
        assert not path.exists()  # only once every rule is compiled
        coach.check()
        assert path.exists()
        # The model was read from its shipped laid-out copy (tests/test_coach_laid_out.py):
        # nothing of it to keep.
        assert not (path.parent / "model-es.bin").exists()
        coach_rules.load_coach.cache_clear()
        warm = coach_rules.load_coach("es")
        text = "Eres un borracho y siempre mientes. Nunca cambias, tú eres así."
        assert warm.find(text) == coach.find(text)
        warm.check()
        assert not warm._compile_regex.__self__._new  # noqa: SLF001 (all read from the file)
    finally:
        coach_rules.load_coach.cache_clear()


def test_the_model_is_kept_laid_out_and_read_back_the_same(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    # as when the shipped laid-out copy is stale or missing (a model just retrained)
    monkeypatch.setattr(coach_model, "laid_out_file", lambda _language: "no-such-model.bin")
    coach_model.load_model.cache_clear()
    try:
        first = coach_model.load_model("en")
        kept = tmp_path / "InterventionPlanner" / "coach" / "model-en.bin"
        assert not kept.exists()  # never written on the coach's first use
        coach_model.keep_model("en")
        assert kept.exists()
        coach_model.load_model.cache_clear()
        again = coach_model.load_model("en")
        assert again is not first
        assert again.tables() == first.tables()
        kept.write_bytes(b"not a model")  # a damaged copy: the model file is read instead
        coach_model.load_model.cache_clear()
        assert coach_model.load_model("en").tables() == first.tables()
    finally:
        coach_model.load_model.cache_clear()


def test_the_rules_are_kept_as_plain_values_and_read_back_the_same(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    coach_rules.load_coach.cache_clear()
    text = "Eres un borracho y siempre mientes. Nunca cambias, tú eres así."
    try:
        first = coach_rules.load_coach("es")
        kept = coach_snapshot.snapshot_file("es")
        assert kept is not None
        expected = first.find(text)
        assert not kept.exists()  # never written on the coach's first use
        first.check()  # every rule compiled: the rules and their expanded patterns kept
        assert kept.exists()
        coach_rules.load_coach.cache_clear()

        def no_json(*_args, **_kwargs):
            raise AssertionError("the rules file was parsed again")

        with monkeypatch.context() as patch:
            patch.setattr(coach_rules.json, "loads", no_json)
            again = coach_rules.load_coach("es")
        assert again.rules == first.rules
        assert again.expanded() == first.expanded()
        assert again.find(text) == expected
        kept.write_bytes(b"damaged")  # any doubt: the rules file is read instead
        coach_rules.load_coach.cache_clear()
        assert coach_rules.load_coach("es").find(text) == expected
    finally:
        coach_rules.load_coach.cache_clear()


def test_the_warm_up_compiles_the_kind_contexts_too():
    """`check()` (the warm-up lane's work) leaves nothing to compile for a sentence that a
    category's kind context declines, so its first keystroke never compiles one on the
    window's thread; and those contexts go through the same compiler (and cache)."""
    compiled: list[str] = []

    def counting(source: str) -> re.Pattern[str]:
        compiled.append(source)
        return re.compile(source)

    arguments = coach_rules.coach_arguments(
        json.loads(paths.resource(coach_rules.rules_file("en")).read_text("utf-8"))
    )
    coach = Coach(**arguments, compile_=counting)
    coach.check()
    label_contexts = coach._quiet_patterns("label")  # noqa: SLF001 (QUIET_BEFORE_LABEL…)
    assert label_contexts[1] is not None
    assert label_contexts[1].pattern in compiled
    before = len(compiled)
    assert coach.find("None of us thinks you're a junkie.", second_opinion=False) == []
    assert coach.find("You're a junkie.", second_opinion=False)  # the rule itself speaks
    assert len(compiled) == before
