"""Spanish batch 44 (round 6, 2 December 2026): our own sentences beside development batches 5,
6 and 7. TRAPS_44 are the kind twins of the innocent flags those batches found (each cause fixed
by a guard), and of the round's new constructions; FLAG_44 shows each new construction in words
of our own. Written with the rules, so not a first look.
"""

from __future__ import annotations

FLAG_44: list[tuple[str, set[str]]] = []

GOOD_44: list[str] = []

TRAPS_44: list[str] = []
