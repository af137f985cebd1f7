"""The bundle's entry point: the same command line (and window) as the installed package."""

import sys

from interventionplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
