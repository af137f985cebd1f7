"""The coach's snapshot in the user's cache folder (storage/coach_snapshot.py, format 6): the
coach read from it is the one read from the rules file, and any doubt about the file (cut
short, lengthened, damaged, another digest) means the rules file is read instead; a rule
whose expanded patterns cannot be read is expanded again. And reading is kept out of the
cycle collector's way without leaving it switched off (storage/long_lived.py)."""

from __future__ import annotations

import gc
import json
import marshal
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from interventionplanner import paths
from interventionplanner.domain import coach
from interventionplanner.domain.coach import Coach, CoachRule, CoachRuleError
from interventionplanner.domain.first_pass import WordBits, WordScan
from interventionplanner.domain.sentence_bits import spread
from interventionplanner.domain.sentences import map_text
from interventionplanner.storage import cache_files, coach_rules, coach_snapshot
from interventionplanner.storage.long_lived import made_to_last
from tests.conftest import without_coach_seed

TEXT = "Eres un borracho y siempre mientes. Nunca cambias, tú eres así."


@pytest.fixture(scope="module", autouse=True)
def _no_seed() -> Iterator[None]:
    """The very first run of a Python without the coach's seed (storage/coach_seed.py)."""
    yield from without_coach_seed()


@pytest.fixture(scope="module")
def first_run(tmp_path_factory) -> Path:
    """A cache folder where a first run's warm-up kept the Spanish coach's snapshot (once:
    compiling every rule is some seconds)."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder))
        coach_rules.load_coach.cache_clear()
        try:
            coach_rules.load_coach("es").check()
        finally:
            coach_rules.load_coach.cache_clear()
    return folder


@pytest.fixture
def kept(first_run: Path, tmp_path: Path, monkeypatch) -> Path:
    """The snapshot of `first_run`, in a cache folder of the test's own."""
    shutil.copytree(first_run, tmp_path, dirs_exist_ok=True)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    coach_rules.load_coach.cache_clear()
    path = coach_snapshot.snapshot_file("es")
    assert path is not None
    assert path.exists()
    yield path
    coach_rules.load_coach.cache_clear()


def _from_file() -> Coach:
    """The Spanish coach as the rules file alone makes it (no cache folder at all)."""
    data = json.loads(paths.resource(coach_rules.rules_file("es")).read_text("utf-8"))
    return coach_rules.coach_from_data(data)


def _again() -> Coach:
    coach_rules.load_coach.cache_clear()
    return coach_rules.load_coach("es")


def _read(path: Path) -> dict | None:
    raw = paths.resource(coach_rules.rules_file("es")).read_bytes()
    prefilter = paths.resource(coach_rules.prefilter_file("es")).read_bytes()
    return coach_snapshot.read_snapshot("es", coach_snapshot.LaterDigest(raw, prefilter))


def test_the_snapshot_gives_the_same_coach(kept: Path):
    arguments = _read(kept)
    assert arguments is not None
    assert arguments["checked"]  # kept only from a coach built (and checked) from them
    fresh, again = _from_file(), _again()
    assert all(type(rule) is CoachRule for rule in again.rules)
    assert again.rules == fresh.rules
    assert {hash(rule) for rule in again.rules} == {hash(rule) for rule in fresh.rules}
    assert again.literals() == fresh.literals()
    assert again.inside_words() == fresh.inside_words()
    assert again.first_pass() == fresh.first_pass()
    assert again.first_pass_words() == fresh.first_pass_words()
    assert again.also_bits() == fresh.also_bits()
    assert again.find(TEXT) == fresh.find(TEXT)
    fresh.check()  # as the snapshot's coach was: its guards' stops read too
    assert again.expanded() == fresh.expanded()


def test_every_phrase_read_by_its_first_word_brings_the_bits_of_the_whole_table(kept: Path):
    # The snapshot's phrases are read by their first word, as a text holds it (format 4 on):
    # each phrase, looked up word by word, brings the same rules and bits as from the
    # table the rules file gives.
    again = _again()
    lazy = again._also_bits().words  # noqa: SLF001 (the two tables)
    assert isinstance(lazy, WordBits)
    fresh = _from_file()
    owners = fresh._compiled().owners  # noqa: SLF001
    whole = WordScan(owners, fresh._also_bits().words)  # noqa: SLF001
    phrases = [word for word in fresh._also_bits().words if " " in word]  # noqa: SLF001
    assert len(phrases) > 100
    scan = WordScan(again._compiled().owners, lazy)  # noqa: SLF001
    for phrase in phrases:
        text = f"y {phrase} ya"
        assert scan.scan(text, 0, len(text)) == whole.scan(text, 0, len(text)), phrase
    assert len(lazy._phrases) == len(lazy.heads)  # noqa: SLF001 (each read, once)


def test_a_long_text_finds_the_phrases_of_first_words_never_read(kept: Path):
    # A long text's automaton (Coach._trie) is built of the phrases' names (format 5),
    # reading no first word's phrases; a phrase found brings its bits, its first word's
    # phrases read then: the same word sets as the table the rules file gives, and the
    # same findings.
    again, fresh = _again(), _from_file()
    lazy = again._also_bits().words  # noqa: SLF001 (the two tables)
    assert isinstance(lazy, WordBits)
    whole = fresh._also_bits().words  # noqa: SLF001
    assert sorted(lazy) == sorted(whole)
    trie, fresh_trie = again._trie(), fresh._trie()  # noqa: SLF001
    assert not lazy._phrases  # noqa: SLF001 (built without reading a phrase's bits)
    phrases = sorted(word for word in whole if " " in word)[::9]
    text = " ".join(f"Y {phrase} ya." for phrase in phrases)
    assert len(text) > coach._SCAN_UP_TO  # noqa: SLF001 (the automaton's length)
    folded = again.fold(text)
    spans = map_text(folded, text).spans()
    found = trie.starts.found(folded, spans)
    assert found is not None
    size = again._also_bits().every_set.bit_length()  # noqa: SLF001
    sets = spread(found, trie.set_list, size)
    fresh_found = fresh_trie.starts.found(folded, spans)
    assert fresh_found is not None
    assert sets == spread(fresh_found, fresh_trie.set_list, size)
    assert sum(map(bool, sets)) > 100
    assert 0 < len(lazy._phrases) < len(lazy.heads)  # noqa: SLF001 (only the text's)
    # (The rules searched may differ: a snapshot's coach spares the rules whose guard
    # cannot match, Coach._sentence_sets; the rules' findings may not.)
    assert again.find(text, second_opinion=False) == fresh.find(text, second_opinion=False)


def test_a_short_text_reads_only_what_it_needs_of_the_snapshots_tail(kept: Path):
    # Format 6: the literals, the rules' other word sets (`also`), each rule's ways and
    # each single word's bits are kept after the head, each read as the coach first needs
    # it: a short text reads no literal, no `also`, and some of the masks; read whole,
    # they are the rules file's.
    again, fresh = _again(), _from_file()
    assert again.find(TEXT) == fresh.find(TEXT)
    assert again._literal_lists is None  # noqa: SLF001 (what was read)
    assert again._known._read_once is not None  # noqa: SLF001 (not even by Coach.__init__)
    assert again._also_given._read_once is not None  # noqa: SLF001
    also = again._also_bits()  # noqa: SLF001
    masks, bits = also.masks, also.words.mask.__self__
    read = sum(found is not None for found in masks._found)  # noqa: SLF001
    assert 0 < read < len(masks) // 2
    assert 0 < sum(found is not None for found in bits._found) < len(bits) // 2  # noqa: SLF001
    whole = fresh._also_bits()  # noqa: SLF001
    assert tuple(masks) == whole.masks
    assert also.every_set == whole.every_set
    assert dict(also.words.items()) == dict(whole.words.items())
    assert again.literals() == fresh.literals()
    assert again.inside_words() == fresh.inside_words()
    assert again._compiled().everywhere == fresh._compiled().everywhere  # noqa: SLF001
    assert again._guard_keyed == fresh._guard_keyed  # noqa: SLF001
    assert again.find(TEXT) == fresh.find(TEXT)


def test_a_rules_defaults_are_left_out_and_read_back_as_they_were(kept: Path):
    # Format 7: an attribute equal to its field's default (of its very type) is not kept;
    # the rule gives the dataclass's own default for it.
    opened = cache_files.open_cache_file(kept)
    assert opened is not None
    opened[0].close()
    stored = opened[1][2]["rules"]
    assert any("suggestion" not in rule for rule in stored)
    assert all(rule.keys() >= {"id", "category", "patterns", "message"} for rule in stored)
    again, fresh = _again(), _from_file()
    assert again.rules == fresh.rules
    for rule, made in zip(again.rules, fresh.rules, strict=True):
        assert all(getattr(rule, name) == getattr(made, name) for name in coach_snapshot._RULE)  # noqa: SLF001
    assert coach_snapshot._is_default("in_quotes", False)  # noqa: SLF001
    assert not coach_snapshot._is_default("in_quotes", 0)  # noqa: SLF001 (0 is not False)
    assert not coach_snapshot._is_default("id", "")  # noqa: SLF001 (no default)


def test_equal_strings_of_the_rules_are_kept_once_and_nothing_else_is_merged():
    shared: dict = {}
    first = coach_snapshot._shared(("a b", "c"), shared)  # noqa: SLF001
    again = coach_snapshot._shared(("a b", "c"), shared)  # noqa: SLF001
    assert first == again == ("a b", "c")
    assert first is again
    assert coach_snapshot._shared("c", shared) is first[1]  # noqa: SLF001
    assert coach_snapshot._shared(1, shared) == 1  # noqa: SLF001
    assert coach_snapshot._shared(True, shared) is True  # noqa: SLF001 (1 == True: not merged)
    assert coach_snapshot._shared((1,), shared) == (1,)  # noqa: SLF001
    assert type(coach_snapshot._shared((True,), shared)[0]) is bool  # noqa: SLF001


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[:7],
        lambda data: data[:-1],  # the last rule's expanded patterns cut short
        lambda data: data + b"\0",
        lambda data: data[:8] + b"\xff" * 64 + data[72:],  # the head
        lambda data: (len(data) * 2).to_bytes(8, "little") + data[8:],  # its length
    ],
)
def test_a_damaged_snapshot_is_not_used(kept: Path, damage):
    kept.write_bytes(damage(kept.read_bytes()))
    assert _read(kept) is None
    assert _again().find(TEXT) == _from_file().find(TEXT)


def test_a_snapshot_of_other_rules_is_not_used(kept: Path):
    raw = paths.resource(coach_rules.rules_file("es")).read_bytes()
    prefilter = paths.resource(coach_rules.prefilter_file("es")).read_bytes()
    other = coach_snapshot.LaterDigest(raw + b" ", prefilter)
    assert coach_snapshot.read_snapshot("es", other) is None
    assert _read(kept) is not None


def test_a_rule_whose_expanded_patterns_cannot_be_read_is_expanded_again(kept: Path):
    data = bytearray(kept.read_bytes())
    (length,) = cache_files._LENGTH.unpack_from(data)  # noqa: SLF001
    start = cache_files._LENGTH.size + length  # noqa: SLF001
    data[start] = 0  # the first rule's entry: no marshal type
    kept.write_bytes(bytes(data))
    arguments = _read(kept)
    assert arguments is not None
    assert arguments["expanded"][0] is None
    assert arguments["expanded"][1] is not None
    fresh, again = _from_file(), _again()
    assert again.find(TEXT) == fresh.find(TEXT)
    fresh.check()
    again.check()
    assert again.expanded() == fresh.expanded()


def test_only_whole_rules_are_read_from_the_snapshot(kept: Path):
    data = kept.read_bytes()
    (length,) = cache_files._LENGTH.unpack_from(data)  # noqa: SLF001
    head, digest, plain = marshal.loads(data[8 : 8 + length])
    plain["rules"][0] = {"id": "only-an-id"}
    body = marshal.dumps((head, digest, plain))
    kept.write_bytes(len(body).to_bytes(8, "little") + body + data[8 + length :])
    assert _read(kept) is None


def test_given_first_pass_words_are_those_worked_out():
    fresh = _from_file()
    stored = json.loads(paths.resource(coach_rules.prefilter_file("es")).read_text("utf-8"))
    arguments = coach_rules.coach_arguments(
        json.loads(paths.resource(coach_rules.rules_file("es")).read_text("utf-8")),
        stored["literals"],
        first=stored["first"],
        inside_words=stored["inside_words"],
        first_pass=stored["first_pass"],
    )
    with_words = Coach(**arguments, first_pass_words=fresh.first_pass_words(), checked=True)
    assert with_words.first_pass_words() == fresh.first_pass_words()
    assert with_words.find(TEXT) == fresh.find(TEXT)
    assert with_words.find(TEXT, second_opinion=False) == fresh.find(TEXT, second_opinion=False)


def test_rules_not_checked_again_only_when_told():
    arguments = coach_rules.coach_arguments(
        json.loads(paths.resource(coach_rules.rules_file("es")).read_text("utf-8"))
    )
    broken = [*arguments["rules"], arguments["rules"][0]]  # two rules of one name
    with pytest.raises(CoachRuleError):
        Coach(**{**arguments, "rules": broken})
    Coach(**{**arguments, "rules": broken}, checked=True)  # a snapshot's: taken as it is


def test_made_to_last_leaves_the_collector_as_it_found_it():
    assert gc.isenabled()
    with made_to_last():
        assert not gc.isenabled()
        with made_to_last():  # inside another: still off after it
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), made_to_last():
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with made_to_last():
            pass
        assert not gc.isenabled()  # off before: left off
    finally:
        gc.enable()
