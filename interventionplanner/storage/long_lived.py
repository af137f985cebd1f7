"""Reading what the process keeps to its end (the coach's rules, its second opinion), out of
the way of Python's cycle collector.

The collector runs every few hundred new objects and walks the youngest; reading the
coach's snapshot or its laid-out model makes some hundred thousand objects at once, so it
runs dozens of times, each walk longer than the last, over objects that are never garbage:
some 2 ms of reading the English rules and 2 of reading its model. `made_to_last` switches
it off while they are made, and then sets them aside for good (`gc.freeze`: they are never
walked again, and nothing is freed early: whatever is garbage stays so).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def made_to_last() -> Iterator[None]:
    """No cycle collection while the block makes what the process keeps to its end; then
    it, and everything made before it, is set aside from the collector (gc.freeze)."""
    collecting = gc.isenabled()  # inside another such block, or with it off: left off
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
    gc.freeze()
