"""What ships beside the coach's files so that its very first run (nothing in the user's
cache folder yet) is quick: the second opinion laid out for scoring (resources/
coach_model*.bin, storage/coach_model.py) and the rules' other word sets as bits (the
prefilter's "also_bits", storage/coach_rules.py). Each must say exactly what its source
says; a stale or damaged copy is never used."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from interventionplanner import paths
from interventionplanner.storage import coach_model, coach_rules
from tests.conftest import without_coach_seed

LANGUAGES = ("en", "es")


@pytest.fixture(scope="module", autouse=True)
def _no_seed() -> Iterator[None]:
    """The very first run of a Python without the coach's seed (storage/coach_seed.py)."""
    yield from without_coach_seed()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_laid_out_model_is_current(language):
    """After training: python -m interventionplanner.storage.coach_model."""
    shipped = paths.resource(coach_model.laid_out_file(language)).read_bytes()
    assert shipped == coach_model.laid_out_bytes(language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_model_is_read_from_its_laid_out_copy_the_same(language, monkeypatch):
    raw = paths.resource(coach_model.model_file(language)).read_bytes()
    from_file = coach_model._from_file(raw, "model")  # noqa: SLF001 (the file itself)
    monkeypatch.setenv("XDG_CACHE_HOME", "/nonexistent")
    monkeypatch.setattr(coach_model, "_unkept", {})
    coach_model.load_model.cache_clear()
    try:

        def no_json(*_args, **_kwargs):
            raise AssertionError("the model file was parsed")

        with monkeypatch.context() as patch:
            patch.setattr(coach_model.json, "loads", no_json)
            model = coach_model.load_model(language)
        assert model is not None
        assert model.tables() == from_file.tables()
        assert language not in coach_model._unkept  # noqa: SLF001 (nothing to keep)
    finally:
        coach_model.load_model.cache_clear()


def test_a_stale_or_damaged_laid_out_copy_is_not_used(tmp_path):
    raw = paths.resource(coach_model.model_file("en")).read_bytes()
    shipped = paths.resource(coach_model.laid_out_file("en"))
    digest = coach_model.model_digest(raw)
    assert coach_model._laid_out(shipped, digest) is not None  # noqa: SLF001
    assert coach_model._laid_out(shipped, bytes(20)) is None  # noqa: SLF001 (another model)
    damaged = tmp_path / "damaged.bin"
    data = shipped.read_bytes()
    for cut in (data[:1000], data[:-1], data + b"\0", b"not a model"):
        damaged.write_bytes(cut)
        assert coach_model._laid_out(damaged, digest) is None  # noqa: SLF001
    assert coach_model._laid_out(tmp_path / "missing.bin", digest) is None  # noqa: SLF001


def test_a_words_weights_are_read_as_a_sentence_first_holds_it():
    """Format 3: the head at once, each word's weights (as a word, as first letters, and
    some of its pairs') when a sentence first holds the word; read whole, the same tables
    as the model file's."""
    raw = paths.resource(coach_model.model_file("en")).read_bytes()
    from_file = coach_model._from_file(raw, "model")  # noqa: SLF001 (the file itself)
    shipped = paths.resource(coach_model.laid_out_file("en"))
    model = coach_model._laid_out(shipped, coach_model.model_digest(raw))  # noqa: SLF001
    assert model is not None
    unread = len(model._unread)  # noqa: SLF001 (what is read)
    assert unread > 2000
    assert model._words == {}  # noqa: SLF001
    assert model._prefixes == {}  # noqa: SLF001
    assert model._pairs == {}  # noqa: SLF001
    sentence = "you are always drunk and you never listen to anyone"
    found = model.find(sentence, [(0, len(sentence))], (), {})
    assert found == from_file.find(sentence, [(0, len(sentence))], (), {})
    words = sentence.split()
    longer = {word[:5] for word in words if len(word) > 5}
    assert unread - len(model._unread) <= len(set(words) | longer)  # noqa: SLF001
    assert model._prefixes.get("alway") == from_file._prefixes.get("alway")  # noqa: SLF001
    assert "you" not in model._unread  # noqa: SLF001
    assert "drunk" not in model._unread  # noqa: SLF001
    # pairs kept with either of their words: all of this sentence's are in
    for pair in zip(words, words[1:], strict=False):
        assert model._pairs.get(pair) == from_file._pairs.get(pair)  # noqa: SLF001
    assert model.scores(_features(sentence)) == from_file.scores(_features(sentence))
    assert model.tables() == from_file.tables()
    assert not model._unread  # noqa: SLF001


def test_a_damaged_word_lays_the_model_out_from_its_file(tmp_path):
    """A copy whose head reads but one of whose words does not: the whole model is laid
    out from the model file, never a word's weights guessed."""
    raw = paths.resource(coach_model.model_file("en")).read_bytes()
    from_file = coach_model._from_file(raw, "model")  # noqa: SLF001 (the file itself)
    data = bytearray(paths.resource(coach_model.laid_out_file("en")).read_bytes())
    damaged = tmp_path / "damaged.bin"
    data[-30:] = b"\xff" * 30  # the last word's weights
    damaged.write_bytes(bytes(data))
    everything = coach_model.partial(coach_model._everything, "en")  # noqa: SLF001
    model = coach_model._laid_out(damaged, coach_model.model_digest(raw), everything)  # noqa: SLF001
    assert model is not None  # its head is sound
    assert model.tables() == from_file.tables()
    assert not model._unread  # noqa: SLF001


def _features(sentence: str):
    from interventionplanner.domain.coach_model import sentence_features  # noqa: PLC0415

    return sentence_features(sentence, 0, len(sentence))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stored_bits_are_the_ones_worked_out(language, monkeypatch):
    """A very first run takes the rules' word sets as bits from the prefilter (its
    up-to-dateness: tests/test_coach.py); they are those the coach works out itself."""
    monkeypatch.setenv("XDG_CACHE_HOME", "/nonexistent")
    raw = paths.resource(coach_rules.rules_file(language)).read_bytes()
    worked_out = coach_rules.coach_from_data(json.loads(raw)).also_bits()
    coach_rules.load_coach.cache_clear()
    try:
        coach = coach_rules.load_coach(language)
        assert coach._also_sets is not None  # noqa: SLF001 (taken as stored, not worked out)
        assert coach.also_bits() == worked_out
    finally:
        coach_rules.load_coach.cache_clear()


@pytest.mark.parametrize("mask", [0, 1, 0b1011, 1 << 2250 | 1 << 7])
def test_bits_by_their_places(mask):
    assert coach_rules._mask(coach_rules._places(mask)) == mask  # noqa: SLF001


def test_sets_of_words_read_back_as_the_same_bits():
    words = {"always": 0b101, "never": 0b11, "you are": 0b10000}  # no word in set 3
    stored = json.dumps({"sets": coach_rules._sets(words), "masks": [[[0, 2]], [], [[1, 3]]]})  # noqa: SLF001
    assert coach_rules._also_bits(stored) == (words, [(0b101,), (), (0b1010,)])  # noqa: SLF001
    with pytest.raises(coach_rules.CoachRuleError):
        coach_rules._sets({"a|b": 1})  # noqa: SLF001 (cannot be stored apart)


def test_the_snapshot_digest_is_worked_out_once_and_only_when_asked(monkeypatch):
    from interventionplanner.storage import coach_snapshot

    calls = []
    real = coach_snapshot.snapshot_digest
    monkeypatch.setattr(
        coach_snapshot,
        "snapshot_digest",
        lambda *files, **how: calls.append(files) or real(*files, **how),
    )
    digest = coach_snapshot.LaterDigest(b"rules", b"prefilter")
    assert calls == []
    assert digest() == real(b"rules", b"prefilter") == digest()
    assert calls == [(b"rules", b"prefilter")]
