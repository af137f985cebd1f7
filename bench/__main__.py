"""`make bench` runs every benchmark."""

from bench import export, kdf, letter_analysis, startup

startup.main()
letter_analysis.main()
export.main()
kdf.main()
