"""Columns measured when their words change (ui/column_fit.py) end up exactly as wide
as Qt's own ResizeToContents makes them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from interventionplanner.ui.views import fit_columns

pytestmark = pytest.mark.gui

FITTED = (0, 3)


def table(qtbot, rows: int) -> QTableView:
    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels(["Starts", "Who", "What", "Length"])
    for row in range(rows):
        model.appendRow(
            [
                QStandardItem(f"{1 + row % 12}:{row % 60:02} PM"),
                QStandardItem(f"Person {row}"),
                QStandardItem("words " * (row % 9)),
                QStandardItem(f"{row % 7}:30"),
            ]
        )
    view = QTableView()
    view.setModel(model)
    fit_columns(view, stretch=(1, 2))
    qtbot.addWidget(view)
    view.resize(520, 300)
    return view


def widths(view: QTableView) -> list[int]:
    return [view.columnWidth(column) for column in FITTED]


def as_qt_fits_them(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    for column in FITTED:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.resizeSections()
    fitted = widths(view)
    for column in FITTED:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
    return fitted


def test_columns_are_as_wide_as_resize_to_contents(qtbot):
    view = table(qtbot, 40)
    view.show()
    qtbot.waitExposed(view)
    assert widths(view) == as_qt_fits_them(view)


def test_columns_follow_new_words_rows_and_fonts(qtbot):
    view = table(qtbot, 10)
    view.show()
    qtbot.waitExposed(view)
    model = view.model()
    before = widths(view)
    model.item(4, 0).setText("a much longer start than any other")  # one cell grows
    assert widths(view)[0] > before[0]
    assert widths(view) == as_qt_fits_them(view)
    model.item(4, 0).setText("1:00")  # and shrinks back
    assert widths(view) == before == as_qt_fits_them(view)
    model.appendRow([QStandardItem(t) for t in ("12:59 PM", "x", "y", "1:23:45")])
    assert widths(view) == as_qt_fits_them(view)
    model.removeRows(0, 5)
    assert widths(view) == as_qt_fits_them(view)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert widths(view) == as_qt_fits_them(view)
    model.clear()
    model.setHorizontalHeaderLabels(["Starts", "Who", "What", "Length"])
    assert widths(view) == as_qt_fits_them(view)  # the headings alone


def test_columns_are_measured_out_of_sight_too(qtbot):
    """A step built ahead reads the plan hidden: its columns are ready when it shows."""
    view = table(qtbot, 20)
    assert widths(view) == as_qt_fits_them(view)


def test_a_view_whose_model_is_gone_takes_a_new_font_without_fitting(qtbot):
    """A view on its way out (its model already gone) still gets the application's font
    and style changes: nothing to measure then, and no error."""
    view = table(qtbot, 5)
    view.setModel(None)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    assert view.model() is None
    assert view.font().pointSizeF() == font.pointSizeF()
