"""`make bench` runs every benchmark."""

from bench import export, kdf, keystroke, letter_analysis, long_letter, scale, stall, startup

startup.main()
letter_analysis.main()
keystroke.main()
export.main()
long_letter.main()
kdf.main()
stall.main()
scale.main()
