"""Item views for use inside the guide.

Qt's views emit `activated` on Enter but then pass the key on, and inside a QWizard it
reaches the default button: choosing a finding would also press Next, opening a person
would also press Save. These views keep the Enter they act on.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListView, QTableView

from interventionplanner.ui.column_fit import ColumnFitter
from interventionplanner.ui.row_fit import RowFitter


class _EnterActivates:
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        editing = self.state() == QAbstractItemView.State.EditingState
        if enter and not editing and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class ListView(_EnterActivates, QListView):
    pass


class TableView(_EnterActivates, QTableView):
    pass


class ShortListView(QListView):
    """A list that asks for a few lines of its own font and grows into what the layout can
    spare. A page in a scroll area is laid out at its preferred height for its width, so
    Qt's usual 192-pixel wish would scroll a small screen's page when a note appears."""

    PREFERRED_LINES = 5

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        lines = self.fontMetrics().lineSpacing() * self.PREFERRED_LINES + 2 * self.frameWidth()
        return QSize(hint.width(), min(hint.height(), lines))


def fit_columns(view: QTableView, *, stretch: tuple[int, ...]) -> None:
    """Columns as wide as their contents, except those in `stretch`, which share the room
    left and wrap their words: the table needs no sideways scroll bar, so nothing is cut."""
    header = view.horizontalHeader()
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    # A shared column never narrows below its heading, whatever the text size.
    headings = [header.sectionSizeFromContents(column).width() for column in stretch]
    header.setMinimumSectionSize(max([header.minimumSectionSize(), *headings]))
    view.setWordWrap(True)
    fitted = [c for c in range(view.model().columnCount()) if c not in stretch]
    view.column_fitter = ColumnFitter(view, fitted)  # measured when the words change
    view.row_fitter = RowFitter(view)  # rows as tall as their words, a screenful at a time
