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
model file takes (5 ms against 17 for English). Regenerate them after training:

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
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from interventionplanner import paths
from interventionplanner.domain.coach_model import CoachModel, model_from_data
from interventionplanner.storage.cache_files import cache_file, write_cache_file
from interventionplanner.storage.long_lived import made_to_last

MODEL_FORMAT = 1
_CACHED_FORMAT = 2  # of the laid-out copies (2: with the known kind sentences, round 13)
# marshal's own format, named so that a newer Python writing the shipped copy keeps it
# readable by every Python the app runs on (4: since Python 3.4).
_MARSHAL_VERSION = 4


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
    for kept in (paths.resource(laid_out_file(language)), cache_file(f"model-{language}.bin")):
        # Some 150,000 numbers the process keeps: out of the cycle collector's way.
        with made_to_last():
            model = _laid_out(kept, digest)
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
    return raw, hashlib.blake2b(raw, digest_size=16).digest()


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


def _laid_out(path: Path | None, digest: bytes) -> CoachModel | None:
    """The model laid out at `path`, if it was laid out from the model file of `digest`."""
    if path is None:
        return None
    try:
        header, tables = marshal.loads(path.read_bytes())
        if header != (_CACHED_FORMAT, digest):
            return None
        return CoachModel.from_tables(tables)
    except Exception:  # noqa: BLE001 (any doubt: read the model file itself)
        return None


def _laid_out_bytes(digest: bytes, model: CoachModel) -> bytes:
    return marshal.dumps(((_CACHED_FORMAT, digest), model.tables()), _MARSHAL_VERSION)


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
