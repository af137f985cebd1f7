"""Load the bundled substance catalogue (resources/substances.json), in a reader's language.

Every entry is written in English, and may carry the same words in another language under
that language's code: a fact's `"es": {"text": …}`, a substance's `"es": {"name",
"supervision_reason"}`, a group's `"es": {"name"}`, a crisis line's `"es": {"name",
"contact", "when"}`. An entry's "es" may also name its own source ("source", "url", "date",
"checked_on") where a Spanish-language page says it; otherwise the English source stands,
as the fact is that source's, said in Spanish. Numbers stay in one place: a line's
`number` is never translated. A missing translation falls back to the English words.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interventionplanner import paths
from interventionplanner.domain.crisis import CrisisResource

if TYPE_CHECKING:  # the substances' classes load with the first catalogue (_load)
    from interventionplanner.domain.substances import Catalogue, Fact

# The languages the catalogue is written in; any other reads English.
LANGUAGES = ("en", "es")
_CITED = ("source", "url", "date", "checked_on")


def load_catalogue(path: Path | None = None, language: str | None = "en") -> Catalogue:
    """The catalogue in `language` ("en", "es"; any other gets English), built once."""
    return _load(path, language if language in LANGUAGES else "en")


def load_crisis_resources(
    path: Path | None = None, language: str | None = "en"
) -> tuple[CrisisResource, ...]:
    """The catalogue's crisis lines alone, equal to `load_catalogue(...).crisis_resources`:
    the first step shows them, and the whole catalogue (every substance and fact, and
    their classes) would cost it about 25 M instructions more, 4 % of a bare wizard's
    start."""
    return _crisis_resources(path, language if language in LANGUAGES else "en")


@cache
def _crisis_resources(path: Path | None, language: str) -> tuple[CrisisResource, ...]:
    return _lines(_read(path), _Said(language))


def _read(path: Path | None) -> dict[str, Any]:
    return json.loads((path or paths.resource(paths.SUBSTANCES)).read_text("utf-8"))


def _lines(data: dict[str, Any], said: _Said) -> tuple[CrisisResource, ...]:
    return tuple(said.line(r) for r in data.get("crisis_resources", ()))


@cache
def _load(path: Path | None, language: str) -> Catalogue:
    # The substances' classes load here, with the first catalogue asked for: the first step
    # shows only the crisis lines (load_crisis_resources).
    from interventionplanner.domain.substances import Catalogue, Fact, Substance

    data = _read(path)
    said = _Said(language)

    def fact(entry: dict[str, Any]) -> Fact:
        return Fact(**said.cited(entry, ("text",)))

    substances = tuple(
        Substance(
            id=s["id"],
            name=said(s, "name"),
            group=s["group"],
            brand_names=tuple(s.get("brand_names", ())),
            needs_medical_supervision=s["needs_medical_supervision"],
            supervision_reason=said(s, "supervision_reason", ""),
            facts=tuple(fact(f) for f in s.get("facts", ())),
            withdrawal=fact(s["withdrawal"]) if s.get("withdrawal") else None,
        )
        for s in data["substances"]
    )
    return Catalogue(
        groups={g["id"]: said(g, "name") for g in data["groups"]},
        substances=substances,
        crisis_resources=_lines(data, said),
    )


def translations_missing(language: str, path: Path | None = None) -> list[str]:
    """Where the catalogue has no `language` words yet, as "substance alprazolam: facts[2]"."""
    data = json.loads((path or paths.resource(paths.SUBSTANCES)).read_text("utf-8"))
    missing = [f"group {g['id']}" for g in data["groups"] if language not in g]
    for s in data["substances"]:
        items = {"withdrawal": s.get("withdrawal")} | {
            f"facts[{i}]": f for i, f in enumerate(s.get("facts", ()))
        }
        missing += [
            f"substance {s['id']}: {k}" for k, v in items.items() if v and language not in v
        ]
        if language not in s or (
            s.get("supervision_reason") and "supervision_reason" not in s[language]
        ):
            missing.append(f"substance {s['id']}")
    missing += [f"line {r['id']}" for r in data.get("crisis_resources", ()) if language not in r]
    return missing


class _Said:
    """An entry's words in one language, with the English as the fallback."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, entry: dict[str, Any], key: str, default: str | None = None) -> str:
        local = entry.get(self.language) if self.language != "en" else None
        if local and key in local:
            return local[key]
        return entry[key] if default is None else entry.get(key, default)

    def cited(self, entry: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
        """The entry's fields with `keys` and its source in this language, where given."""
        plain = {k: v for k, v in entry.items() if k not in LANGUAGES}
        local = entry.get(self.language) if self.language != "en" else None
        for key in (*keys, *_CITED):
            if local and key in local:
                plain[key] = local[key]
        return plain

    def line(self, entry: dict[str, Any]) -> CrisisResource:
        return CrisisResource(**self.cited(entry, ("name", "contact", "when")))
