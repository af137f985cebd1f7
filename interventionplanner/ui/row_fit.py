"""Rows as tall as their wrapped words, paid for a screenful at a time.

Qt's `QHeaderView.ResizeToContents` measures every row of a table each time anything about
its geometry may have changed, and on a step's first showing that is many times in one
turn: at 48 people, the Order step's timeline was measured 8 times over (12,800 calls of
its model's `data`, 35 ms) inside the click, and Team's table 5 times. A `RowFitter`
measures a row once a reason to (new rows, changed data, new column widths, a new font),
and only when it matters: the rows on screen just before they are painted, the rest a few
milliseconds' worth per turn of the event loop after. Once done, every row is exactly the
height `ResizeToContents` gives it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from interventionplanner.ui.column_fit import on_every_row

SLICE_S = 0.004  # the rows off screen are measured in turns of about this long


class RowFitter(QObject):
    """Fits the rows of `view` (whose model is already set) to their contents."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._stale: set[int] = set()  # rows to measure again
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._fit_some)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model = view.model()
        on_every_row(model, self.refit, model.columnsInserted, model.columnsRemoved)
        model.dataChanged.connect(self._changed)
        # Words wrap at the columns' widths: new widths, new heights.
        view.horizontalHeader().sectionResized.connect(self._column_resized)
        view.installEventFilter(self)  # a new font or style; shown
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)  # about to paint
        self.refit()

    def pending(self) -> int:
        """How many rows are still to be measured."""
        return len(self._stale)

    def refit(self) -> None:
        """Every row is measured again: on screen before its next paint, the rest soon."""
        model = self._view.model()  # None: a view being destroyed, its model gone first
        self._stale = set(range(model.rowCount())) if model is not None else set()
        self._soon()

    def _changed(self, top_left, bottom_right, roles=()) -> None:
        self._stale.update(range(top_left.row(), bottom_right.row() + 1))
        self._soon()
        self._view.viewport().update()

    def _column_resized(self, column: int, old: int, new: int) -> None:
        if old != new:
            self.refit()

    def _soon(self) -> None:
        if self._stale and self._view.isVisible():
            self._later.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Only the kinds that matter, by identity: a view being destroyed still has events.
        kind = event.type()
        if kind == QEvent.Type.Paint:
            if self._stale and watched is self._viewport:
                self.fit_in_view()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            if watched is self._view:
                self.refit()
        elif kind == QEvent.Type.Show and watched is self._view:
            self._soon()
        return False

    def fit_in_view(self) -> None:
        """Measure the stale rows that show in the viewport now (its top row down)."""
        header, model = self._view.verticalHeader(), self._view.model()
        if model is None:  # see `refit`
            self._stale.clear()
            return
        rows, bottom = model.rowCount(), self._viewport.height()
        row = max(header.logicalIndexAt(0), 0)
        while row < rows and header.sectionViewportPosition(row) < bottom:
            if row in self._stale:
                self._fit(row)
            row += 1

    def _fit_some(self) -> None:
        """A few milliseconds of the rows off screen; then again at the next turn."""
        if not self._view.isVisible():
            return  # measured at widths it may not keep; shown, it starts again (Show)
        self.fit_in_view()
        until = time.perf_counter() + SLICE_S
        for row in sorted(self._stale):
            if time.perf_counter() > until:
                break
            self._fit(row)
        self._soon()

    def _fit(self, row: int) -> None:
        """The height `QHeaderView.ResizeToContents` would give the row."""
        self._stale.discard(row)
        view, header = self._view, self._view.verticalHeader()
        if row >= view.model().rowCount() or header.isSectionHidden(row):
            return
        size = max(view.sizeHintForRow(row), header.sectionSizeHint(row))
        size = max(header.minimumSectionSize(), min(size, header.maximumSectionSize()))
        if header.sectionSize(row) != size:
            header.resizeSection(row, size)
