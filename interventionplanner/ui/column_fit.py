"""Columns as wide as their contents, measured when the contents change.

Qt's `QHeaderView.ResizeToContents` measures every cell of such a column each time the
table's geometry may have changed: showing a step asked Team's table for its 48 rows'
widths several times over in the click, and Order's timeline four times. A column's
width does not depend on the table's geometry (short words that do not wrap, every row
counted, as Qt does below 1,000 rows), so a `ColumnFitter` measures a cell when it
changes: the whole column when rows come or go, the font changes or the plan is read
(usually while the step is built ahead, out of sight), one row when its data changes.
The widths are the ones `ResizeToContents` gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

if TYPE_CHECKING:  # annotations only: no Qt class loaded for them
    from PySide6.QtCore import QAbstractItemModel, SignalInstance


def on_every_row(
    model: QAbstractItemModel, slot: Callable[[], None], *also: SignalInstance
) -> None:
    """Connect `slot` to each signal by which a model's rows may all change (and `also`)."""
    for signal in (
        model.modelReset,
        model.layoutChanged,
        model.rowsInserted,
        model.rowsRemoved,
        model.rowsMoved,
        *also,
    ):
        signal.connect(slot)


class ColumnFitter(QObject):
    """Fits `columns` of `view` (whose model is already set) to their contents."""

    def __init__(self, view: QTableView, columns: Iterable[int]) -> None:
        super().__init__(view)
        self._view = view
        self._columns = tuple(columns)
        self._widths: dict[int, dict[int, int]] = {column: {} for column in self._columns}
        header = view.horizontalHeader()
        for column in self._columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        model = view.model()
        on_every_row(model, self.refit, model.headerDataChanged)
        model.dataChanged.connect(self._changed)
        view.installEventFilter(self)  # a new font or style
        self.refit()

    def refit(self) -> None:
        """Measure every cell of the fitted columns again."""
        model = self._view.model()
        if model is None:  # a view being destroyed: its model may go before its events
            return
        rows = range(model.rowCount())
        for column in self._columns:
            self._widths[column] = {}
            self._measure(column, rows)

    def _changed(self, top_left, bottom_right, roles=()) -> None:
        rows = range(top_left.row(), bottom_right.row() + 1)
        for column in self._columns:
            if top_left.column() <= column <= bottom_right.column():
                self._measure(column, rows)

    def _measure(self, column: int, rows: Iterable[int]) -> None:
        """Those rows' cells measured, then the column as wide as its widest (or its
        heading), within the header's bounds: what `QHeaderView.resizeSections` does."""
        view, header, model = self._view, self._view.horizontalHeader(), self._view.model()
        widths = self._widths[column]
        for row in rows:
            widths[row] = view.sizeHintForIndex(model.index(row, column)).width()
        for row in [row for row in widths if row >= model.rowCount()]:
            del widths[row]
        if header.isSectionHidden(column):
            return
        # QTableView.sizeHintForColumn counts the grid line.
        content = max(widths.values(), default=0) + (1 if view.showGrid() else 0)
        size = max(content, header.sectionSizeHint(column))
        size = max(header.minimumSectionSize(), min(size, header.maximumSectionSize()))
        if header.sectionSize(column) != size:
            header.resizeSection(column, size)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # By identity, and only these kinds: a view being destroyed still has events.
        new_look = event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if new_look and watched is self._view:
            self.refit()
        return False
