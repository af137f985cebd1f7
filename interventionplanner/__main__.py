import sys

from interventionplanner.cli import main

sys.exit(main())
