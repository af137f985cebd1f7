"""Load the gentle language coach's rules: one file a language.

English is resources/coach_rules.json, every other language coach_rules.<lang>.json (Spanish:
coach_rules.es.json); each has its prefilter beside it (coach_prefilter[.<lang>].json).
`load_coach(language)` gives the coach for a letter's language, English for any other.

The file's shape (its "notes" say the same in words):

    {
      "catalogue_version": 2, "reviewed": "YYYY-MM-DD", "language": "en",
      optional "fold_accents": true (accented letters read as plain ones),
      "sources": {"<id>": {"title", "publisher", "url", "date"}},
      "macros": {"NAME": "<regex fragment>"},
      "aim": {"subject": "<regex with groups reader/writer/kin/third/neg>",
              "reader_words": "<regex>"},
      "spellings": {"<informal>": "<standard>"},
      optional "word_forms": {"<word>": ["<informal form>", ...]},
      "rules": [{
        "id", "category", "patterns": [...], "message", "suggestion" (or null),
        "sources": ["<source id>", ...],
        optional "preceded_by", "unless_preceded_by", "followed_by", "unless_followed_by",
        "in_sentence", "unless_in_sentence", "aim", "in_quotes", "not_in_parts",
        "even_negated"
      }]
    }

A rule that cannot be used stops the load with a CoachRuleError naming the rule: the file
ships with the app, so a broken rule is a bug for us to see, not something to skip quietly.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Mapping
from functools import cache, partial
from itertools import repeat
from pathlib import Path
from typing import Any

from interventionplanner import paths
from interventionplanner.domain.coach import Aim, Coach, CoachRule, CoachRuleError, CoachSource
from interventionplanner.domain.coach_model import CoachModel
from interventionplanner.storage.cache_files import CoachCache, coach_cache
from interventionplanner.storage.coach_model import keep_model, load_model
from interventionplanner.storage.coach_snapshot import (
    LaterDigest,
    ReadLater,
    keep_snapshot,
    read_snapshot,
)
from interventionplanner.storage.long_lived import made_to_last
from interventionplanner.storage.regex_cache import RegexCache

# The languages the coach has rules for; English is the fallback for any other.
LANGUAGES = ("en", "es")
COACH_RULES = "coach_rules.json"
# The words each rule needs (domain/prefilter.py), worked out ahead of time so the first
# letter checked does not pay for it. Regenerate after changing the rules:
#     python -m interventionplanner.storage.coach_rules
# (tests/test_coach.py fails while it is out of date).
COACH_PREFILTER = "coach_prefilter.json"


def rules_file(language: str = "en") -> str:
    """The rules file's name for `language`: coach_rules.json, coach_rules.es.json."""
    return COACH_RULES if language == "en" else f"coach_rules.{language}.json"


def prefilter_file(language: str = "en") -> str:
    return COACH_PREFILTER if language == "en" else f"coach_prefilter.{language}.json"


def coach_language(language: str | None) -> str:
    """`language` if the coach has rules for it, else English."""
    return language if language in LANGUAGES else "en"


_GUARDS = (
    "preceded_by",
    "unless_preceded_by",
    "followed_by",
    "unless_followed_by",
    "in_sentence",
    "unless_in_sentence",
    "not_in_parts",
)
_REQUIRED_ORDER = ("id", "category", "patterns", "message", "sources")
_REQUIRED = frozenset(_REQUIRED_ORDER)
_GUARD_KEYS = frozenset(_GUARDS)
_RULE_KEYS = {
    "id",
    "category",
    "patterns",
    "message",
    "suggestion",
    "sources",
    "aim",
    "in_quotes",
    "even_negated",
    *_GUARDS,
}


def load_coach(language: str | None = "en", path: Path | None = None) -> Coach:
    """The coach for letters in `language` ("en", "es"; any other gets English), built once."""
    return _load(coach_language(language), path)


@cache
def _load(language: str, path: Path | None) -> Coach:
    if path is not None:
        return coach_from_data(json.loads(path.read_bytes().decode("utf-8")))
    # The rules live as long as the process: kept from Python's cycle collector while
    # they are read, and set aside from it once read (storage/long_lived.py), or the full
    # walk that reading them sets off, some 10 ms with 1,475 rules, lands in their first
    # use (ui/worker.freeze_heap_once does the same at the window's own moments).
    with made_to_last():
        return shipped_coach(language)


def shipped_coach(language: str, where: CoachCache | None = None) -> Coach:
    """The coach of the shipped rules for `language`, from the user's cache folder when an
    earlier run kept what it made of them, else from the app's seed when it holds them
    (`where`: this run's folders unless given; storage/coach_seed.py gives its own)."""
    where = where or coach_cache()
    raw, prefilter = shipped_files(language)
    # What an earlier run made of exactly these files, when the user's cache has it
    # (storage/coach_snapshot.py); else the files themselves. Their digest is worked out
    # only when a snapshot is there to compare, or to be kept (some 1.5 ms).
    digest = LaterDigest(raw, prefilter, bundle=where.bundle)
    arguments = read_snapshot(language, digest, where)
    if arguments is None:
        stored = _prefilter_for(raw, prefilter) or {}
        arguments = coach_arguments(
            json.loads(raw.decode("utf-8")),
            stored.get("literals"),
            first=stored.get("first"),
            inside_words=stored.get("inside_words"),
            first_pass=stored.get("first_pass"),
            also=_also(stored.get("also")),
            guard_keyed=stored.get("guard_keyed"),
        )
        arguments["also_bits"] = _also_bits(stored.get("also_bits"))
        arguments["sentence_words"] = stored.get("sentence_words")
    # The shipped rules come with the shipped second opinion, read on first use, and with
    # their patterns compiled in an earlier run, when the user's cache or the seed has them.
    name = regex_cache_name(language)
    patterns = RegexCache(where.kept(name), where.seeded(name))

    # Every rule compiled (the warm-up's work, off the first use): what this run worked
    # out is kept for the next. Nothing is written before, so a very first run's first
    # use pays for reading and compiling only.
    def keep(coach: Coach) -> None:
        patterns.save()
        if arguments.get("expanded") is None:
            worked_out = {
                "expanded": coach.expanded(),
                "also_bits": coach.also_bits(),
                "first_pass_words": coach.first_pass_words(),
            }
            keep_snapshot(language, digest(), {**arguments, **worked_out}, where)
        keep_model(language)

    return Coach(
        **arguments,
        model=partial(load_model, language),
        compile_=patterns.compile,
        all_compiled=keep,
    )


def shipped_files(language: str) -> tuple[bytes, bytes]:
    """The shipped rules and prefilter files of `language` (b"": no prefilter)."""
    raw = paths.resource(rules_file(language)).read_bytes()
    try:
        prefilter = paths.resource(prefilter_file(language)).read_bytes()
    except OSError:
        prefilter = b""
    return raw, prefilter


def regex_cache_name(language: str) -> str:
    """The name of the file of the coach's compiled patterns for `language`
    (storage/regex_cache.py): one file a language and Python version."""
    return f"patterns-{language}-{sys.implementation.cache_tag}.bin"


def _clear() -> None:
    _load.cache_clear()
    load_model.cache_clear()


# bench/ measures a cold start by clearing the cache (the rules and their second opinion).
load_coach.cache_clear = _clear  # type: ignore[attr-defined]


def _prefilter_for(raw: bytes, stored: bytes) -> dict[str, Any] | None:
    """The stored first pass (literals, first characters…), if it was worked out from
    exactly these rules."""
    try:
        found = json.loads(stored.decode("utf-8"))
    except ValueError:
        return None
    if not isinstance(found, dict) or found.get("rules_sha256") != hashlib.sha256(raw).hexdigest():
        return None
    return found


def _also(stored: str | None) -> Mapping[str, Any] | None:
    """The stored `also` (prefilter_data), read when the coach first needs it."""
    return None if stored is None else ReadLater(partial(json.loads, stored))


def _also_bits(kept: str | None) -> tuple[dict[str, int], list[tuple[int, ...]]] | None:
    """The stored `also_bits` (prefilter_data) as Coach takes them: each word's bits and
    each rule's ways as masks, from each bit's set of words and the places of each way's
    bits (some 3 ms; working them out from `also` is some 10 ms of a very first run's
    first paragraph)."""
    if kept is None:
        return None
    stored = json.loads(kept)
    words: dict[str, int] = {}
    for place, joined in enumerate(stored["sets"]):
        bit = 1 << place
        for word in joined.split(_WORDS_APART) if joined else ():  # "": a set of no words
            # A word of one set keeps its bit itself: one object, marshal keeps it once.
            words[word] = words[word] | bit if word in words else bit
    return words, [tuple(_mask(way) for way in ways) for ways in stored["masks"]]


# Between the words of a set, as stored: no word has it (a regular expression's literal
# `|` is written `\|`); checked as they are stored.
_WORDS_APART = "|"


def _sets(words: dict[str, int]) -> list[str]:
    """Each bit's set of words (the inverse of `words`), for storing: a string of words a
    set, which reads back quicker than each word's list of places."""
    every_set = 0
    for mask in words.values():
        every_set |= mask
    in_set: list[list[str]] = [[] for _ in range(every_set.bit_length())]
    for word, mask in words.items():
        if not word or _WORDS_APART in word:
            raise CoachRuleError(f'The word "{word}" cannot be stored.')
        for place in _places(mask):
            in_set[place].append(word)
    return [_WORDS_APART.join(sorted(found)) for found in in_set]


def _mask(places: list[int]) -> int:
    mask = 0
    for place in places:
        mask |= 1 << place
    return mask


def _places(mask: int) -> list[int]:
    """The places of `mask`'s bits, lowest first."""
    return [place for place, bit in enumerate(reversed(bin(mask))) if bit == "1"]


def prefilter_data(raw: bytes) -> dict[str, Any]:
    """What COACH_PREFILTER holds for the rules file `raw`."""
    coach = coach_from_data(json.loads(raw.decode("utf-8")))
    words, masks = coach.also_bits()
    return {
        "rules_sha256": hashlib.sha256(raw).hexdigest(),
        "literals": coach.literals(),
        "first": coach.first_chars(),
        "inside_words": coach.inside_words(),
        # The rules keyed by their guard's words that look for them in quoted sentences
        # anywhere too (Coach.guard_keyed), taken with `literals`.
        "guard_keyed": coach.guard_keyed(),
        "first_pass": coach.first_pass(),
        # One string of JSON: read whole with the rest, it would cost a very first run
        # over 1 ms; it is needed only once the trie is (see `_also`).
        "also": json.dumps(coach.also(), ensure_ascii=False, separators=(",", ":")),
        # The same as bits (Coach.also_bits), which a first paragraph needs: each bit's
        # set of words, and the places of each way's bits for every rule; one string too.
        "also_bits": json.dumps(
            {"sets": _sets(words), "masks": [[_places(mask) for mask in ways] for ways in masks]},
            ensure_ascii=False,
            separators=(",", ":"),
        ),
        # The words a rule's `in_sentence` guard needs (Coach.sentence_words), one string,
        # read when a long text first needs it.
        "sentence_words": json.dumps(
            coach.sentence_words(), ensure_ascii=False, separators=(",", ":")
        ),
    }


def coach_from_data(
    data: dict[str, Any],
    literals: dict[str, Any] | None = None,
    *,
    first: dict[str, str] | None = None,
    inside_words: dict[str, list[str]] | None = None,
    first_pass: str | None = None,
    also: dict[str, list[list[list[str]]]] | None = None,
    guard_keyed: list[str] | None = None,
    model: Callable[[], CoachModel | None] | None = None,
) -> Coach:
    """A coach from a rules file's contents and, when given, its stored first pass
    (`literals`, `first`, `inside_words`, `first_pass`, `also`, `guard_keyed`: see Coach);
    `model` reads its second opinion on first use."""
    arguments = coach_arguments(
        data,
        literals,
        first=first,
        inside_words=inside_words,
        first_pass=first_pass,
        also=also,
        guard_keyed=guard_keyed,
    )
    return Coach(**arguments, model=model)


def coach_arguments(
    data: dict[str, Any],
    literals: dict[str, Any] | None = None,
    *,
    first: dict[str, str] | None = None,
    inside_words: dict[str, list[str]] | None = None,
    first_pass: str | None = None,
    also: dict[str, list[list[list[str]]]] | None = None,
    guard_keyed: list[str] | None = None,
) -> dict[str, Any]:
    """The Coach's arguments for a rules file's contents (see `coach_from_data`), each
    rule's shape checked: plain values a snapshot can keep (storage/coach_snapshot.py)."""
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
    return {
        "rules": [_rule(raw) for raw in data["rules"]],
        "macros": data.get("macros", {}),
        "sources": sources,
        "aim": Aim(**aim) if aim else None,
        "spellings": data.get("spellings", {}),
        "literals": literals,
        "language": data.get("language", "en"),
        "fold_accents": bool(data.get("fold_accents", False)),
        "word_forms": data.get("word_forms", {}),
        "first": first,
        "inside_words": inside_words,
        "first_pass": first_pass,
        "also": also,
        "guard_keyed": guard_keyed,
    }


def _rule(raw: dict[str, Any]) -> CoachRule:
    keys = raw.keys()
    # Most rules have every key they need, none unknown and no guard: two set comparisons
    # say so (a very first run reads some 1,300 English rules).
    if not keys <= _RULE_KEYS:
        unknown = ", ".join(sorted(keys - _RULE_KEYS))
        raise CoachRuleError(f'Rule "{raw.get("id", "(no id)")}" has unknown keys: {unknown}.')
    if not keys >= _REQUIRED:
        missing = next(key for key in _REQUIRED_ORDER if key not in raw)
        raise CoachRuleError(f'Rule "{raw.get("id", "(no id)")}" has no "{missing}".')
    return CoachRule(
        id=raw["id"],
        category=raw["category"],
        patterns=_strings(raw, "patterns"),
        message=raw["message"],
        suggestion=raw.get("suggestion"),
        sources=_strings(raw, "sources"),
        aim=raw.get("aim"),
        in_quotes=bool(raw.get("in_quotes", False)),
        even_negated=bool(raw.get("even_negated", False)),
        **{guard: _strings(raw, guard) for guard in keys & _GUARD_KEYS},
    )


def _strings(raw: dict[str, Any], key: str) -> tuple[str, ...]:
    if key not in raw:  # most guards of most rules: nothing to check
        return ()
    value = raw[key]
    if isinstance(value, str):
        value = [value]
    # Every item text and none empty, each test looped in C (some 2,600 lists a first run).
    if not (all(map(isinstance, value, repeat(str))) and all(value)):
        raise CoachRuleError(f'Rule "{raw.get("id")}": "{key}" should be a list of text.')
    return tuple(value)


def never_matching_warnings(language: str) -> list[str]:
    """A warning for each alternative of the shipped rules of `language` that can never
    match, read as whole words (domain/never_matches.py; imported here, not at start-up)."""
    from interventionplanner.domain.never_matches import never_matching

    data = json.loads(paths.resource(rules_file(language)).read_bytes().decode("utf-8"))
    return [f"{rules_file(language)}: {found}" for found in never_matching(coach_from_data(data))]


if __name__ == "__main__":  # regenerate every language's COACH_PREFILTER
    for code in LANGUAGES:
        source = paths.resource(rules_file(code)).read_bytes()
        text = json.dumps(prefilter_data(source), indent=1, sort_keys=True, ensure_ascii=False)
        paths.resource(prefilter_file(code)).write_text(text + "\n", encoding="utf-8")
        # and say which alternatives can never match (tests/test_coach_never_matches.py)
        for warning in never_matching_warnings(code):
            sys.stderr.write(f"warning: {warning}\n")
    # and the second opinion's shipped laid-out copy, should the model have been retrained
    from interventionplanner.storage.coach_model import write_laid_out

    write_laid_out(LANGUAGES)
