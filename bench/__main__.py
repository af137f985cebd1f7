"""`make bench` runs every benchmark."""

from bench import letter_analysis, startup

startup.main()
letter_analysis.main()
