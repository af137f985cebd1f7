"""`make bench` runs every benchmark; `python -m bench NAME [args]` runs one (its own args)."""

import compileall
import importlib
import os
import sys
from pathlib import Path

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

# An installed app runs from compiled bytecode (pip compiles it), so every app the benches
# start does too: a machine with PYTHONDONTWRITEBYTECODE set would otherwise compile each
# step's modules from source on its first show (10-15 ms a step, h130) and in every start-up.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
compileall.compile_dir(Path(__file__).resolve().parent.parent / "interventionplanner", quiet=1)

if len(sys.argv) > 1 and sys.argv[1] in NAMES + BY_NAME:
    name = sys.argv.pop(1)
    importlib.import_module(f"bench.{name}").main()
else:
    for name in NAMES:
        importlib.import_module(f"bench.{name}").main()
