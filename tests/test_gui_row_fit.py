"""Rows fitted to their words a screenful at a time (ui/row_fit.py) end up exactly as
tall as Qt's own ResizeToContents makes them, and the rows on screen are fitted before
they are painted."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from interventionplanner.ui.views import fit_columns

pytestmark = pytest.mark.gui

LINE = "the day we walked to the lake and you carried me home on your back"
WORDS = LINE.split()


def words(n: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] for i in range(n))


def table(qtbot, rows: int) -> QTableView:
    """Four columns like the timeline's: short, wrapping, wrapping, short; rows of mixed
    lengths, a few of them long enough to wrap over several lines."""
    model = QStandardItemModel(0, 4)
    for row in range(rows):
        model.appendRow(
            [
                QStandardItem(f"10:{row % 60:02}"),
                QStandardItem(f"Person {row}"),
                QStandardItem(words(3 + (row * 7) % 40)),
                QStandardItem("4:30"),
            ]
        )
    view = QTableView()
    view.setModel(model)
    fit_columns(view, stretch=(1, 2))
    qtbot.addWidget(view)
    view.resize(420, 300)
    return view


def heights(view: QTableView) -> list[int]:
    return [view.rowHeight(row) for row in range(view.model().rowCount())]


def as_qt_fits_them(view: QTableView) -> list[int]:
    """The heights Qt's ResizeToContents gives the rows, at the view's present widths."""
    header = view.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.resizeSections()
    fitted = heights(view)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return fitted


def settled(qtbot, view: QTableView) -> list[int]:
    qtbot.waitUntil(lambda: view.row_fitter.pending() == 0)
    return heights(view)


def test_rows_end_up_as_tall_as_resize_to_contents(qtbot):
    view = table(qtbot, 120)
    view.show()
    qtbot.waitExposed(view)
    fitted = settled(qtbot, view)
    assert len(set(fitted)) > 2  # the rows wrap over different numbers of lines
    assert fitted == as_qt_fits_them(view)


def test_rows_on_screen_are_fitted_before_they_are_painted(qtbot):
    view = table(qtbot, 200)
    view.show()
    qtbot.waitExposed(view)
    expected = settled(qtbot, view)
    view.scrollTo(view.model().index(100, 0))  # mid-table: rows above and below
    qtbot.waitUntil(lambda: view.rowAt(0) > 0)
    fitter = view.row_fitter
    fitter.refit()  # as a new plan or new widths would
    for row in range(view.model().rowCount()):  # every row at the same wrong height
        view.verticalHeader().resizeSection(row, 5)
    view.viewport().repaint()  # the paint, before any turn of the event loop
    on_screen = range(view.rowAt(0), view.rowAt(view.viewport().height() - 1) + 1)
    assert len(on_screen) > 1
    assert [view.rowHeight(row) for row in on_screen] == [expected[row] for row in on_screen]
    assert 0 < fitter.pending() < view.model().rowCount() - len(on_screen) + 1
    assert settled(qtbot, view) == expected


def test_rows_follow_new_words_new_widths_and_new_rows(qtbot):
    view = table(qtbot, 30)
    view.show()
    qtbot.waitExposed(view)
    settled(qtbot, view)
    model = view.model()
    short = view.rowHeight(0)
    model.item(0, 2).setText(words(60))  # a row's words grow
    assert settled(qtbot, view)[0] > short
    assert heights(view) == as_qt_fits_them(view)
    wide = view.columnWidth(2)
    view.resize(260, 300)  # the wrapping columns narrow
    qtbot.waitUntil(lambda: view.columnWidth(2) < wide)
    assert settled(qtbot, view) == as_qt_fits_them(view)
    model.insertRow(5, [QStandardItem(words(n)) for n in (1, 2, 50, 1)])  # a row comes in
    assert settled(qtbot, view) == as_qt_fits_them(view)
    model.removeRows(0, 3)
    assert settled(qtbot, view) == as_qt_fits_them(view)


def test_rows_are_measured_while_shown_only(qtbot):
    """A view built ahead and hidden waits: its widths are not yet the ones it shows at."""
    view = table(qtbot, 40)
    view.row_fitter.refit()
    for _turn in range(3):  # turns of the event loop; nothing is measured
        QApplication.processEvents()
    assert view.row_fitter.pending() == 40
    view.show()
    qtbot.waitExposed(view)
    assert settled(qtbot, view) == as_qt_fits_them(view)
