"""Read the coach's second opinion: one model file a language, beside its rules.

resources/coach_model.json (English) and coach_model.<lang>.json hold a small linear model
per category (domain/coach_model.py reads the numbers). They are written by
storage/coach_model_train.py (`python -m interventionplanner.storage.coach_model_train`,
with the `[train]` extra); nothing here needs scikit-learn.

The file's shape:

    {
      "format": 1, "language": "en", "trained": "YYYY-MM-DD",
      "order": ["label", ...],                    the categories, in the coach's order
      "categories": {"<category>": {"bias": float, "threshold": float (a probability),
                                    "weights": {"<feature>": float},
                                    "quiet_on": ["<fingerprint>", ...] (optional: known
                                    kind sentences it stays quiet on, round 13)}},
      "training": {...}   what it was trained on (sets, sizes, hash, held-out batches left
                          out, seeds and settings) and its cross-validated figures
    }

A language without a model file gets none: the rules alone speak.

Laid out for scoring, the weights ship beside the model file too (coach_model.bin,
coach_model.<lang>.bin: marshal, plain numbers and strings, never code), with a digest of
the model file they came from: the very first run reads them in a third of the time the
model file takes (5 ms against 17 for English). Since round 22 (format 3, `_laid_out`)
only their head is read at once (the categories, facts and known kind sentences, and where
each word's weights are); each word's weights, as a word and as the first letters of
longer ones, with those of the pairs kept with it, are read from the mapped file as a
sentence first holds the word (a first paragraph some 100 of 4,000; 6.6 ms read whole
before). Regenerate them after training:

    python -m interventionplanner.storage.coach_model

(`python -m interventionplanner.storage.coach_rules` does it too; tests/test_coach_laid_out.py
fails while they are out of date). A stale, missing or unreadable copy is never used: the
model file is read instead, laid out, and kept in the user's cache folder by `keep_model`
once the coach's warm-up is done (never on its first use), for the next run.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import mmap
import struct
from collections.abc import Callable, Iterable, Mapping
from functools import cache, partial
from pathlib import Path

from interventionplanner import paths
from interventionplanner.domain.coach_model import (
    CoachModel,
    Later,
    Row,
    Tables,
    model_from_data,
)
from interventionplanner.storage.cache_files import cache_file, write_cache_file
from interventionplanner.storage.long_lived import made_to_last

MODEL_FORMAT = 1
# Of the laid-out copies (2: with the known kind sentences, round 13; 3: each word's weights,
# with those of the pairs it begins, on their own after the head, read as a sentence first
# holds the word, and the digest SHA-1).
_CACHED_FORMAT = 3
# marshal's own format, named so that a newer Python writing the shipped copy keeps it
# readable by every Python the app runs on (4: since Python 3.4).
_MARSHAL_VERSION = 4
_LENGTH = struct.Struct("<Q")  # the head's length, before it


def model_file(language: str = "en") -> str:
    """The model file's name for `language`: coach_model.json, coach_model.es.json."""
    return "coach_model.json" if language == "en" else f"coach_model.{language}.json"


def laid_out_file(language: str = "en") -> str:
    """The shipped laid-out copy's name: coach_model.bin, coach_model.es.bin."""
    return model_file(language).removesuffix(".json") + ".bin"


@cache
def load_model(language: str = "en") -> CoachModel | None:
    """The shipped model for `language`, read once; None when there is none."""
    shipped = _shipped(language)
    if shipped is None:
        return None
    raw, digest = shipped
    everything = partial(_everything, language)
    for kept in (paths.resource(laid_out_file(language)), cache_file(f"model-{language}.bin")):
        # Numbers the process keeps: out of the cycle collector's way.
        with made_to_last():
            model = _laid_out(kept, digest, everything)
        if model is not None:
            return model
    model = _from_file(raw, model_file(language))
    _unkept[language] = (digest, model)
    return model


def _shipped(language: str) -> tuple[bytes, bytes] | None:
    """The shipped model file's bytes and their digest (what a laid-out copy is keyed by)."""
    try:
        raw = paths.resource(model_file(language)).read_bytes()
    except FileNotFoundError:
        return None
    return raw, model_digest(raw)


def model_digest(raw: bytes) -> bytes:
    """The digest a laid-out copy is kept under: of the model file's bytes. SHA-1: what
    tells two trainings apart, in two thirds of blake2b's time (0.36 ms against 0.56 for
    English; the processor does it), as the rules' snapshot does."""
    return hashlib.sha1(raw, usedforsecurity=False).digest()


def _everything(language: str) -> Tables:
    """The tables of the model file itself, laid out (a laid-out copy's word found unreadable
    after its head was taken)."""
    raw = paths.resource(model_file(language)).read_bytes()
    return _from_file(raw, model_file(language)).tables()[4]


def _from_file(raw: bytes, name: str) -> CoachModel:
    data = json.loads(raw.decode("utf-8"))
    if data.get("format") != MODEL_FORMAT:
        raise ValueError(f"{name} has format {data.get('format')}; expected {MODEL_FORMAT}.")
    return model_from_data(data)


# Models read from their file in this run, laid out but not yet kept: writing is left for
# `keep_model`, off the coach's first use (a first run pays enough already).
_unkept: dict[str, tuple[bytes, CoachModel]] = {}


def keep_model(language: str = "en") -> None:
    """Keeps the laid-out model in the user's cache folder, if this run read it from its
    file (storage/coach_rules.py calls it once the warm-up has compiled every rule)."""
    unkept = _unkept.pop(language, None)
    if unkept is not None:
        _keep(language, *unkept)


def _laid_out(
    path: Path | None, digest: bytes, everything: Callable[[], Tables] | None = None
) -> CoachModel | None:
    """The model laid out at `path`, if it was laid out from the model file of `digest`:
    its head read now, each word's weights as a sentence first holds the word (`Later`;
    `everything` lays the model out from its file, should one be unreadable then).

    The file (format 3): the head's length (8 bytes), the head, then each word's weights
    (as a word, as first letters) and those of some pairs it is in, marshalled one word
    after another (`_groups`). The head: the header (format, digest), the model's tables
    but the words, first letters and pairs, where each word's are (from the end of the
    head), and the size of what follows it."""
    if path is None:
        return None
    try:
        view = _mapped(path)
        (length,) = _LENGTH.unpack_from(view)
        header, stored, where, size = marshal.loads(view[_LENGTH.size : _LENGTH.size + length])
        if header != (_CACHED_FORMAT, digest):
            return None
        start = _LENGTH.size + length
        if len(view) != start + size:  # cut short, or longer: not this copy
            return None
        words, prefixes, pairs, facts = stored[4]
        if words or prefixes or pairs or type(where) is not dict:
            return None
        later = Later(where, partial(_group, view, start), everything or _nothing)
        return CoachModel.from_tables(stored, later)
    except Exception:  # noqa: BLE001 (any doubt: read the model file itself)
        return None


def _mapped(path: Path) -> memoryview:
    """The file at `path`, mapped where it can be (the words' weights are then read from
    it without a call to the system, and what is never read is never copied), else read."""
    with path.open("rb") as handle:
        try:
            return memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
        except (OSError, ValueError):  # an empty file, or a system that cannot map it
            return memoryview(handle.read())


def _group(view: memoryview, start: int, at: object) -> tuple[Row | None, Row | None, dict | None]:
    """The weights kept at `at` after the head: a word's row, its row as first letters
    (each or None) and the pairs' kept with it."""
    if type(at) is not int or at < 0:
        raise ValueError(at)
    found = marshal.loads(view[start + at :])  # marshal reads one value, and no further
    if type(found) is not tuple or len(found) != 3:
        raise ValueError(at)
    row, prefix, pairs = found
    if not all(item is None or type(item) is tuple for item in (row, prefix)):
        raise ValueError(at)
    if not (pairs is None or type(pairs) is dict):
        raise ValueError(at)
    return row, prefix, pairs


def _nothing() -> Tables:
    raise ValueError("no model file to lay out")


def _laid_out_bytes(digest: bytes, model: CoachModel) -> bytes:
    language, categories, bias, threshold, tables, quiet = model.tables()
    words, prefixes, pairs, facts = tables
    where, groups = _groups(words, prefixes, pairs)
    head = (
        (_CACHED_FORMAT, digest),
        (language, categories, bias, threshold, ({}, {}, {}, facts), quiet),
        where,
        sum(map(len, groups)),
    )
    data = marshal.dumps(head, _MARSHAL_VERSION)
    return b"".join([_LENGTH.pack(len(data)), data, *groups])


def _groups(
    words: Mapping[str, Row], prefixes: Mapping[str, Row], pairs: Mapping[tuple[str, str], Row]
) -> tuple[dict[str, int], list[bytes]]:
    """Each word's weights (or None), its weights as the first letters of longer words (or
    None) and those of some pairs it is in, marshalled on its own, in the order of the
    words; and where each word's begin, from the first's start.
    A sentence holding a pair holds both its words: the pair goes with the word in fewer
    pairs (the first on a tie), so that "you", in 2,000 English pairs, does not bring
    them all in with the first sentence that holds it."""
    pairs_in: dict[str, int] = {}
    for first, second in pairs:
        pairs_in[first] = pairs_in.get(first, 0) + 1
        pairs_in[second] = pairs_in.get(second, 0) + 1
    begun: dict[str, dict[tuple[str, str], Row]] = {}
    for key, row in pairs.items():
        first, second = key
        word = second if pairs_in[second] < pairs_in[first] else first
        begun.setdefault(word, {})[key] = row
    where: dict[str, int] = {}
    groups: list[bytes] = []
    at = 0
    for word in sorted(words.keys() | prefixes.keys() | begun.keys()):
        found = (words.get(word), prefixes.get(word), begun.get(word))
        group = marshal.dumps(found, _MARSHAL_VERSION)
        where[word] = at
        groups.append(group)
        at += len(group)
    return where, groups


def _keep(language: str, digest: bytes, model: CoachModel) -> None:
    path = cache_file(f"model-{language}.bin")
    if path is not None:
        write_cache_file(path, [_laid_out_bytes(digest, model)])


def laid_out_bytes(language: str) -> bytes | None:
    """What the shipped laid-out copy for `language` should hold (None: no model)."""
    shipped = _shipped(language)
    if shipped is None:
        return None
    raw, digest = shipped
    return _laid_out_bytes(digest, _from_file(raw, model_file(language)))


def write_laid_out(languages: Iterable[str]) -> None:
    """Writes the shipped laid-out copy of each of `languages`' models."""
    for language in languages:
        data = laid_out_bytes(language)
        if data is not None:
            paths.resource(laid_out_file(language)).write_bytes(data)


if __name__ == "__main__":  # after training: python -m interventionplanner.storage.coach_model
    from interventionplanner.storage.coach_rules import LANGUAGES

    write_laid_out(LANGUAGES)
