"""`make bench` runs every benchmark."""

from bench import startup

startup.main()
