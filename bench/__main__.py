"""`make bench` runs every benchmark; `python -m bench NAME [args]` runs one (its own args)."""

import importlib
import sys

NAMES = (
    "startup",
    "letter_analysis",
    "keystroke",
    "export",
    "long_letter",
    "kdf",
    "stall",
    "scale",
)
# Run only by name: a report for rule writers, not a figure with a goal.
BY_NAME = ("rule_costs",)

if len(sys.argv) > 1 and sys.argv[1] in NAMES + BY_NAME:
    name = sys.argv.pop(1)
    importlib.import_module(f"bench.{name}").main()
else:
    for name in NAMES:
        importlib.import_module(f"bench.{name}").main()
