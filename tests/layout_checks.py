"""What a person would see cut off: text wider or taller than the widget that shows it.

Shared by the offscreen layout tests and the real-display ones, so both judge alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QWidget,
)

SLACK = 1  # a pixel of rounding


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def _name(widget: QWidget, text: str) -> str:
    return f"{type(widget).__name__} “{text[:40]}” ({widget.width()}×{widget.height()})"


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible label, button, tab, header, placeholder or choice whose text does
    not fit, named with its size."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not _shown(label) or not text or label.pixmap() and not label.pixmap().isNull():
            continue
        if label.wordWrap():
            # heightForWidth takes and gives the whole label, its margins included
            if label.heightForWidth(label.width()) > label.height() + SLACK:
                found.append(_name(label, text))
        elif label.sizeHint().width() > label.width() + SLACK and "\n" not in text:
            found.append(_name(label, text))
    for button in root.findChildren(QAbstractButton):
        if not _shown(button) or not button.text() or isinstance(button.parent(), QTabBar):
            continue
        hint = button.sizeHint()
        wide = hint.width() > button.width() + SLACK
        tall = isinstance(button, QCheckBox | QRadioButton) and hint.height() > button.height()
        if wide or tall:
            found.append(_name(button, button.text()))
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        room = edit.width() - 12  # the frame and the text margins
        if _shown(edit) and hint and edit.fontMetrics().horizontalAdvance(hint) > room:
            found.append(_name(edit, hint))
    for box in root.findChildren(QComboBox):
        text = box.currentText()
        if _shown(box) and text and box.minimumSizeHint().width() > box.width() + SLACK:
            found.append(_name(box, text))
    for header in root.findChildren(QHeaderView):
        if not _shown(header) or header.orientation().name != "Horizontal":
            continue
        model = header.model()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            need = header.sectionSizeFromContents(section).width()
            if need > header.sectionSize(section) + SLACK:
                text = str(model.headerData(section, header.orientation()))
                found.append(_name(header, text))
    for bar in root.findChildren(QTabBar):
        if not _shown(bar):
            continue
        for tab in range(bar.count()):
            if bar.tabSizeHint(tab).width() > bar.tabRect(tab).width() + SLACK:
                found.append(_name(bar, bar.tabText(tab)))
    return found


def cut_off_tables(root: QWidget) -> list[str]:
    """Tables and lists whose columns do not fit: a horizontal scroll bar hides some."""
    return [
        area.accessibleName() or type(area).__name__
        for area in root.findChildren(QAbstractItemView)
        if _shown(area) and area.horizontalScrollBar().isVisible()
    ]


def visible_vertical_scrollbars(root: QWidget) -> list[str]:
    """The scroll areas showing a vertical scroll bar, by name."""
    names = []
    for area in root.findChildren(QAbstractScrollArea):
        bar: QScrollBar = area.verticalScrollBar()
        if _shown(area) and bar.isVisible():
            names.append(area.accessibleName() or type(area).__name__)
    return names


@contextmanager
def text_scaled(factor: float) -> Iterator[None]:
    """The whole app's text `factor` times its usual size, as a person may set it."""
    app = QApplication.instance()
    normal = app.font()
    bigger = app.font()
    bigger.setPointSizeF(normal.pointSizeF() * factor)
    app.setFont(bigger)
    try:
        yield
    finally:
        app.setFont(normal)
