"""A word-wrapped label that works out its height at a width once.

Qt asks a wrapped label its height at a width (`heightForWidth`) every time a layout it
sits in is invalidated, and does not remember the answer across invalidations. A label
whose text can be selected lays the whole text out as a document for each answer. On the
Treatment step, whose tab widget asks every tab for its height, showing the step asked
the notes about 900 times for some 20 different answers (30–45 ms on the window's
thread). This label keeps its answers while its text and font stay the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics


class WrappedLabel(QLabel):
    """A QLabel with word wrap on, whose height at each width is worked out once."""

    # The text and font the heights below are for (the font told by its metrics: see below).
    _for: tuple[str, QFontMetrics] | None = None

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        # Checked at each question, not told by changeEvent: an event handler in Python
        # makes PySide6 load every event class at start-up (tests/test_startup_imports.py).
        # The font by its metrics, not by font(): metrics made from one font compare equal
        # (they share it), a changed font's do not, and PySide6 makes QFont's Python type,
        # with its enums, the first time one is handed to Python (8 M instructions on the
        # way to the first step; QFontMetrics 1.4 M).
        words_and_font = (self.text(), self.fontMetrics())
        if words_and_font != self._for:
            self._heights: dict[int, int] = {}
            self._for = words_and_font
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height
