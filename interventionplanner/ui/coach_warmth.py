"""Whether a window's warm-up lane (ui/lane.py) is still compiling the coach's rules.

While it is, a letter box in that window (ui/coached_edit.py) underlines a text put in at
once without asking the coach about paragraphs it has not seen: each rule they need would be
compiled there and then, on the window's thread. For the first screen of a 5,000-word letter
reached before the lane had finished (the steps clicked straight through, or no pause since
the plan opened), that held the window for 0.2-0.6 s. The box underlines the coach's
findings as soon as `warmed` says the rules are in, as it underlines misspellings once the
spelling list is read. The paragraph being typed waits too: its first key would otherwise
compile the rest (60 ms and more in a keystroke). This module is small on purpose: the
window imports it at start, the coach only on the lane.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from interventionplanner.ui import worker


class CoachWarmth(QObject):
    """One a window (its `coach_warmth`), so a box in another window, or in none, never
    waits for it."""

    warmed = Signal()  # the rules are compiled: ask the coach again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.compiling = False

    def begin(self) -> None:
        self.compiling = True

    def end(self, *_args: object) -> None:
        if self.compiling:
            self.compiling = False
            # The rules are kept for the session: out of the cycle collector's walks.
            worker.freeze_heap_once("the coach's rules")
            self.warmed.emit()


def warmth_of(widget: QWidget) -> CoachWarmth | None:
    """The warm-up of the window `widget` is in, if that window has one."""
    warmth = getattr(widget.window(), "coach_warmth", None)
    return warmth if isinstance(warmth, CoachWarmth) else None
