"""The kind sentences the coach's rules flag, written down, to compare two trees.

A change to the rules must add no false flag anywhere in the readable corpus. This runs the
rules alone (no second opinion: retraining teaches the model every corpus sentence anyway)
over every list of kind sentences in tests/coach_*.py of one language: the lists named
…GOOD, …TRAPS and …BOTTOM_LINE_OK, with or without a suffix (`TRAPS_25`); in the bottom line
only a threat counts, as a calm consequence belongs there.

    python -m bench.coach_false_flags dump en before.json     # in the old tree
    python -m bench.coach_false_flags dump en after.json      # in the new one
    python -m bench.coach_false_flags compare before.json after.json

Held-out sentences (tests/coach_heldout*.py) are never run.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from bench.coach_findings import corpora
from interventionplanner.storage.coach_rules import LANGUAGES, load_coach

_KIND_LIST = re.compile(r"(?:^|_)(GOOD|TRAPS|BOTTOM_LINE_OK)(_\w+)?$")


def false_flags(language: str) -> dict[str, dict[str, object]]:
    """`module.LIST[i]` → the sentence and the (category, words) the rules flag in it."""
    coach = load_coach(language)
    out: dict[str, dict[str, object]] = {}
    for name, texts in corpora():
        module, _, list_name = name.partition(".")
        if "heldout" in module or ("_es" in module) != (language == "es"):
            continue
        if not _KIND_LIST.search(list_name):
            continue
        part = "bottom_line" if "BOTTOM_LINE_OK" in list_name else "letter"
        for index, text in enumerate(texts):
            found = coach.find(text, part, second_opinion=False)
            if part == "bottom_line":
                found = [f for f in found if f.category == "threat"]
            if found:
                flags = sorted({(f.category, f.text, f.rule_id) for f in found})
                out[f"{name}[{index}]"] = {"text": text, "flags": flags}
    return out


def compare(before: dict, after: dict) -> int:
    """Print the false flags added and gone; the number added."""
    added = sorted(set(after) - set(before))
    gone = sorted(set(before) - set(after))
    print(f"new false flags: {len(added)}")
    for key in added:
        print(f"  + {key}  {after[key]['text']}\n      {after[key]['flags']}")
    print(f"false flags gone: {len(gone)}")
    for key in gone:
        print(f"  - {key}  {before[key]['text']}")
    return len(added)


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "dump" and argv[1] in LANGUAGES:
        flagged = false_flags(argv[1])
        Path(argv[2]).write_text(json.dumps(flagged, ensure_ascii=False, indent=0), "utf-8")
        print(f"{len(flagged)} kind sentences flagged by the rules ({argv[1]})")
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        before, after = (json.loads(Path(p).read_text("utf-8")) for p in argv[1:])
        return 1 if compare(before, after) else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
