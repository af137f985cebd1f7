"""Every finding the coach makes on its corpora, written down, to compare two trees exactly.

A change that is meant only to make the coach faster must not change one finding. This runs
the coach of the tree it is imported from over every sentence of every tests/coach_*.py
corpus, in both languages' coaches and both letter parts, and over long letters (the
bench's, and the corpora's sentences run together into paragraphs), and writes what it
finds: with the second opinion, without it, and the rules' verdicts.

    python -m bench.coach_findings dump before.json     # in the old tree
    python -m bench.coach_findings dump after.json      # in the new one
    python -m bench.coach_findings compare before.json after.json

Held-out sentences (tests/coach_heldout*.py) are run but never written or printed: their
findings are stored as a digest only, and a difference is reported by its place.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from bench.letter_analysis import letter_of, spanish_letter_of
from interventionplanner.domain.coach import Coach
from interventionplanner.storage.coach_rules import LANGUAGES, load_coach

TESTS = Path(__file__).resolve().parent.parent / "tests"
PARTS = ("letter", "bottom_line")
_PARAGRAPH = 6  # sentences a paragraph, in the letters made of a corpus


def corpora() -> Iterator[tuple[str, list[str]]]:
    """(module.list, its sentences) for every list of sentences in tests/coach_*.py."""
    sys.path.insert(0, str(TESTS))
    for path in sorted(TESTS.glob("coach_*.py")):
        module = importlib.import_module(path.stem)
        for name, value in sorted(vars(module).items()):
            if name.startswith("_") or not isinstance(value, list | tuple) or not value:
                continue
            texts = [item[0] if isinstance(item, tuple) else item for item in value]
            if all(isinstance(text, str) for text in texts):
                yield f"{path.stem}.{name}", texts


def _record(coach: Coach, text: str, part: str, start: int = 0, end: int | None = None):
    def rows(found):
        return [
            [f.category, f.start, f.end, f.text, f.suggestion, f.message, f.rule_id] for f in found
        ]

    full = coach.find(text, part, start=start, end=end)
    rules = coach.find(text, part, start=start, end=end, second_opinion=False)
    flagged, declined = coach.verdicts(text[start:end], part)
    return [rows(full), rows(rules), sorted(flagged), sorted(declined)]


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False).encode()).hexdigest()


def findings() -> dict[str, object]:
    coaches = {language: load_coach(language) for language in LANGUAGES}
    out: dict[str, object] = {}
    for name, texts in corpora():
        hidden = "heldout" in name
        letter = [" ".join(texts[i : i + _PARAGRAPH]) for i in range(0, len(texts), _PARAGRAPH)]
        for language, coach in coaches.items():
            for part in PARTS:
                for index, text in enumerate(texts):
                    found = _record(coach, text, part)
                    out[f"{name}[{index}]|{language}|{part}"] = _digest(found) if hidden else found
                whole = "\n\n".join(letter)
                found = _record(coach, whole, part)
                out[f"{name}(letter)|{language}|{part}"] = _digest(found) if hidden else found
    long = {"en600": letter_of(600), "en5000": letter_of(5000), "es5000": spanish_letter_of(5000)}
    for name, text in long.items():
        for language, coach in coaches.items():
            for part in PARTS:
                out[f"{name}|{language}|{part}"] = _record(coach, text, part)
                start = 0
                for index, paragraph in enumerate(text.split("\n\n")):  # as typing re-checks
                    found = _record(coach, text, part, start, start + len(paragraph))
                    out[f"{name}:p{index}|{language}|{part}"] = found
                    start += len(paragraph) + 2
    return out


def compare(before: dict[str, object], after: dict[str, object]) -> int:
    differ = sorted(
        key for key in before.keys() | after.keys() if before.get(key) != after.get(key)
    )
    for key in differ[:40]:
        print("differs:", key)
    flagged = sum(1 for value in before.values() if value and value != [[], [], [], []])
    print(f"{len(before)} records before, {len(after)} after ({flagged} with something found)")
    print(f"{len(differ)} differ" if differ else "identical")
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "dump":
        started = time.perf_counter()
        found = findings()
        Path(argv[1]).write_text(json.dumps(found, ensure_ascii=False, sort_keys=True), "utf-8")
        print(f"{len(found)} records in {time.perf_counter() - started:.0f} s -> {argv[1]}")
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        before, after = (json.loads(Path(p).read_text("utf-8")) for p in argv[1:])
        return compare(before, after)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
