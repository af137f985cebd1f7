"""Columns that stack when the text is large (WCAG 1.4.10, reflow).

A step lays its parts out side by side. When they cannot fit the width the page has (twice
the text size, a small screen), the columns stack one above the other, most important
first, and the page scrolls down only: nobody has to scroll sideways to read a line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QBoxLayout, QLabel, QScrollArea

# QEvent is named only once there are rows to fit (in the filter, in fit), not at import:
# naming it makes PySide6 load its 179 types, which the first step (no rows) never needs.

SIDE_BY_SIDE = QBoxLayout.Direction.LeftToRight
STACKED = QBoxLayout.Direction.TopToBottom


class Reflow(QObject):
    """Watches a scroll area's width; stacks the registered row layouts, in order, until
    its widget fits that width (or all are stacked)."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        self.rows: list[QBoxLayout] = []
        self._fitting = False
        self._fitted_room: int | None = None  # the width the last fit was made for

    def add(self, *rows: QBoxLayout) -> None:
        """Watch the width only once there are rows to stack: a filter in Python makes
        PySide6 load every event class there is (about 60 classes, with their enum types)
        the first time an event reaches it, which a step without rows (Welcome, the first
        step shown) need not pay for."""
        if not self.rows:
            self.scroll.viewport().installEventFilter(self)
        self.rows.extend(rows)
        self.fit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        kind = event.type()
        if kind == QEvent.Type.LayoutRequest:
            self.fit()
        elif kind in (QEvent.Type.Resize, QEvent.Type.Show) and self._room() != self._fitted_room:
            self.fit()  # shown at the width it was fitted for (ahead, while hidden): nothing to do
        return False

    def _room(self) -> int:
        """The width inside the page, a vertical scroll bar allowed for."""
        return self.scroll.width() - self.scroll.verticalScrollBar().sizeHint().width()

    def _needed(self) -> int:
        """The width the page's widget needs now. Size hints are cached along the way up
        (a tab page's inside its tab widget), so each holder between is told to ask again."""
        body = self.scroll.widget()
        for row in self.rows:
            holder = row.parentWidget()
            while holder is not None and holder is not body:
                if holder.layout() is not None:
                    holder.layout().invalidate()
                holder.updateGeometry()
                holder = holder.parentWidget()
        body.layout().invalidate()
        return body.minimumSizeHint().width()

    def fit(self) -> None:
        body = self.scroll.widget()
        if self._fitting or not self.rows or body is None or body.layout() is None:
            return  # a page still being built: it fits itself once shown
        from PySide6.QtCore import QEvent

        self._fitting = True
        try:
            room = self._fitted_room = self._room()
            for row in self.rows:
                row.setDirection(SIDE_BY_SIDE)
            for row in self.rows:
                if self._needed() <= room:
                    break
                row.setDirection(STACKED)
            self._hold_wrapped_heights()
            # Measuring invalidated layouts, which post layout requests that would reach
            # this filter and fit again, for ever (hundreds of times a second while the
            # step sits idle). Deliver them now, while fitting, so they end here.
            for _ in range(3):  # a request may post its parent's; the page is a few deep
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        finally:
            self._fitting = False

    def _hold_wrapped_heights(self) -> None:
        """Qt does not pass a wrapped label's height-for-width up through a tab widget, so
        a note in a stacked column could be squeezed: each one asks for its full height at
        the width it now has."""
        if not any(self.stacked()):
            return
        body = self.scroll.widget()
        body.layout().activate()
        for row in self.rows:
            holder = row.parentWidget()
            for label in holder.findChildren(QLabel) if holder is not None else []:
                if label.wordWrap() and label.isVisibleTo(body):
                    label.setMinimumHeight(max(0, label.heightForWidth(max(label.width(), 1))))

    def stacked(self) -> list[bool]:
        return [row.direction() == STACKED for row in self.rows]
