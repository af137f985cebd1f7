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
"""

from __future__ import annotations

import json
from functools import cache

from interventionplanner import paths
from interventionplanner.domain.coach_model import CoachModel, model_from_data

MODEL_FORMAT = 1


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
    data = json.loads(raw.decode("utf-8"))
    if data.get("format") != MODEL_FORMAT:
        raise ValueError(f"{path.name} has format {data.get('format')}; expected {MODEL_FORMAT}.")
    return model_from_data(data)
