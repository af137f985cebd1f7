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
                                    "weights": {"<feature>": float}}},
      "training": {...}   what it was trained on (sets, sizes, hash, held-out batches left
                          out, seeds and settings) and its cross-validated figures
    }

A language without a model file gets none: the rules alone speak.

Laid out for scoring, the weights are kept in the user's cache folder (marshal: plain
numbers and strings, never code), with a digest of the model file they came from; a later
run reads them from there in about half the time (docs/coach.md, "Speed"). A missing,
stale or unreadable copy is ignored and written again, by `keep_model`, once the coach's
warm-up is done (never on its first use).
"""

from __future__ import annotations

import hashlib
import json
import marshal
from functools import cache

from interventionplanner import paths
from interventionplanner.domain.coach_model import CoachModel, model_from_data
from interventionplanner.storage.cache_files import cache_file, write_cache_file

MODEL_FORMAT = 1
_CACHED_FORMAT = 1  # of the laid-out copy in the user's cache folder


def model_file(language: str = "en") -> str:
    """The model file's name for `language`: coach_model.json, coach_model.es.json."""
    return "coach_model.json" if language == "en" else f"coach_model.{language}.json"


@cache
def load_model(language: str = "en") -> CoachModel | None:
    """The shipped model for `language`, read once; None when there is none."""
    path = paths.resource(model_file(language))
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    digest = hashlib.blake2b(raw, digest_size=16).digest()
    kept = _cached(language, digest)
    if kept is not None:
        return kept
    data = json.loads(raw.decode("utf-8"))
    if data.get("format") != MODEL_FORMAT:
        raise ValueError(f"{path.name} has format {data.get('format')}; expected {MODEL_FORMAT}.")
    model = model_from_data(data)
    _unkept[language] = (digest, model)
    return model


# Models read from their file in this run, laid out but not yet kept: writing is left for
# `keep_model`, off the coach's first use (a first run pays enough already).
_unkept: dict[str, tuple[bytes, CoachModel]] = {}


def keep_model(language: str = "en") -> None:
    """Keeps the laid-out model in the user's cache folder, if this run read it from its
    file (storage/coach_rules.py calls it once the warm-up has compiled every rule)."""
    unkept = _unkept.pop(language, None)
    if unkept is not None:
        _keep(language, *unkept)


def _cached(language: str, digest: bytes) -> CoachModel | None:
    path = cache_file(f"model-{language}.bin")
    if path is None:
        return None
    try:
        header, tables = marshal.loads(path.read_bytes())
        if header != (_CACHED_FORMAT, digest):
            return None
        return CoachModel.from_tables(tables)
    except Exception:  # noqa: BLE001 (any doubt: read the model file itself)
        return None


def _keep(language: str, digest: bytes, model: CoachModel) -> None:
    path = cache_file(f"model-{language}.bin")
    if path is not None:
        write_cache_file(path, [marshal.dumps(((_CACHED_FORMAT, digest), model.tables()))])
