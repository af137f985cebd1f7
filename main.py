"""Start Intervention Planner from a checkout: `python main.py` (add --help for commands)."""

import sys

from interventionplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
