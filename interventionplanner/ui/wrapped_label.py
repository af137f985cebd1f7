"""A word-wrapped label that works out its height at a width once.

Qt asks a wrapped label its height at a width (`heightForWidth`) every time a layout it
sits in is invalidated, and does not remember the answer across invalidations. A label
whose text can be selected lays the whole text out as a document for each answer. On the
Treatment step, whose tab widget asks every tab for its height, showing the step asked
the notes about 900 times for some 20 different answers (30–45 ms on the window's
thread). This label keeps its answers while its text and font stay the same.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


class WrappedLabel(QLabel):
    """A QLabel with word wrap on, whose height at each width is worked out once."""

    _for: tuple[str, QFont] | None = None  # the text and font the heights below are for

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        # Checked at each question, not told by changeEvent: an event handler in Python
        # makes PySide6 load every event class at start-up (tests/test_startup_imports.py).
        words_and_font = (self.text(), self.font())  # (QFont.key() costs more than ==)
        if words_and_font != self._for:
            self._heights: dict[int, int] = {}
            self._for = words_and_font
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height
