"""Load the gentle language coach's rules (resources/coach_rules.json).

The file's shape (its "notes" say the same in words):

    {
      "catalogue_version": 2, "reviewed": "YYYY-MM-DD",
      "sources": {"<id>": {"title", "publisher", "url", "date"}},
      "macros": {"NAME": "<regex fragment>"},
      "aim": {"subject": "<regex with groups reader/writer/kin/third/neg>",
              "reader_words": "<regex>"},
      "spellings": {"<informal>": "<standard>"},
      "rules": [{
        "id", "category", "patterns": [...], "message", "suggestion" (or null),
        "sources": ["<source id>", ...],
        optional "preceded_by", "unless_preceded_by", "followed_by", "unless_followed_by",
        "in_sentence", "unless_in_sentence", "aim", "in_quotes", "not_in_parts"
      }]
    }

A rule that cannot be used stops the load with a CoachRuleError naming the rule: the file
ships with the app, so a broken rule is a bug for us to see, not something to skip quietly.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from interventionplanner import paths
from interventionplanner.domain.coach import Aim, Coach, CoachRule, CoachRuleError, CoachSource

COACH_RULES = "coach_rules.json"
# The words each rule needs (domain/prefilter.py), worked out ahead of time so the first
# letter checked does not pay for it. Regenerate after changing the rules:
#     python -m interventionplanner.storage.coach_rules
# (tests/test_coach.py fails while it is out of date).
COACH_PREFILTER = "coach_prefilter.json"

_GUARDS = (
    "preceded_by",
    "unless_preceded_by",
    "followed_by",
    "unless_followed_by",
    "in_sentence",
    "unless_in_sentence",
    "not_in_parts",
)
_RULE_KEYS = {
    "id",
    "category",
    "patterns",
    "message",
    "suggestion",
    "sources",
    "aim",
    "in_quotes",
    *_GUARDS,
}


@cache
def load_coach(path: Path | None = None) -> Coach:
    raw = (path or paths.resource(COACH_RULES)).read_bytes()
    return coach_from_data(json.loads(raw.decode("utf-8")), _prefilter_for(raw))


def _prefilter_for(raw: bytes) -> dict[str, Any] | None:
    """The stored literals, if they were worked out from exactly these rules."""
    try:
        stored = json.loads(paths.resource(COACH_PREFILTER).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if stored.get("rules_sha256") != hashlib.sha256(raw).hexdigest():
        return None
    return stored.get("literals")


def prefilter_data(raw: bytes) -> dict[str, Any]:
    """What COACH_PREFILTER holds for the rules file `raw`."""
    coach = coach_from_data(json.loads(raw.decode("utf-8")))
    return {"rules_sha256": hashlib.sha256(raw).hexdigest(), "literals": coach.literals()}


def coach_from_data(data: dict[str, Any], literals: dict[str, Any] | None = None) -> Coach:
    sources = {
        key: CoachSource(
            id=key,
            title=value["title"],
            publisher=value["publisher"],
            url=value["url"],
            date=value.get("date"),
        )
        for key, value in data.get("sources", {}).items()
    }
    aim = data.get("aim")
    return Coach(
        [_rule(raw) for raw in data["rules"]],
        macros=data.get("macros", {}),
        sources=sources,
        aim=Aim(**aim) if aim else None,
        spellings=data.get("spellings", {}),
        literals=literals,
    )


def _rule(raw: dict[str, Any]) -> CoachRule:
    name = raw.get("id", "(no id)")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise CoachRuleError(f'Rule "{name}" has unknown keys: {", ".join(sorted(unknown))}.')
    for key in ("id", "category", "patterns", "message", "sources"):
        if key not in raw:
            raise CoachRuleError(f'Rule "{name}" has no "{key}".')
    return CoachRule(
        id=raw["id"],
        category=raw["category"],
        patterns=_strings(raw, "patterns"),
        message=raw["message"],
        suggestion=raw.get("suggestion"),
        sources=_strings(raw, "sources"),
        aim=raw.get("aim"),
        in_quotes=bool(raw.get("in_quotes", False)),
        **{guard: _strings(raw, guard) for guard in _GUARDS},
    )


def _strings(raw: dict[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not all(isinstance(item, str) and item for item in value):
        raise CoachRuleError(f'Rule "{raw.get("id")}": "{key}" should be a list of text.')
    return tuple(value)


if __name__ == "__main__":  # regenerate COACH_PREFILTER
    source = paths.resource(COACH_RULES).read_bytes()
    text = json.dumps(prefilter_data(source), indent=1, sort_keys=True, ensure_ascii=False)
    paths.resource(COACH_PREFILTER).write_text(text + "\n", encoding="utf-8")
