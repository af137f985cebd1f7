"""The marks beside each step in the side list: done, or still needs something.

Gentle by design: a step is marked only once the family has been there (or opened a plan
that already holds it), so a blank new plan is not a wall of alarms. Every row carries an
icon of the same size, blank or not, so rows never change height under the pointer. The
mark is also said in words (tooltip and accessible text), never by its shape alone.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListWidget

from interventionplanner.i18n import _
from interventionplanner.ui.qt_names import ACCESSIBLE_TEXT_ROLE

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

ICON = QSize(14, 14)


class Mark(Enum):
    NONE = "none"
    DONE = "done"
    NEEDS = "needs"


def _icon(mark: Mark, palette: QPalette) -> QIcon:
    # The painting classes are named here, not at import: the first marks come after the
    # first step is up (with the plan's findings), and PySide6 makes a class's enum types
    # when the class is first named.
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

    pixmap = QPixmap(ICON * 2)  # drawn at twice the size for sharp high-DPI screens
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(QColor(0, 0, 0, 0))  # Qt.GlobalColor.transparent, without `Qt` (qt_names.py)
    if mark is not Mark.NONE:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = palette.color(QPalette.ColorRole.Text)
        box = QRectF(1.5, 1.5, ICON.width() - 3, ICON.height() - 3)
        if mark is Mark.DONE:
            painter.setPen(QPen(colour, 1.6))
            painter.drawPolyline([QPointF(3.5, 7.5), QPointF(6, 10.5), QPointF(11, 3.5)])  # a tick
        else:
            painter.setPen(QPen(QColor(colour), 1.4))
            painter.drawEllipse(box)  # an open circle: something still to do
        painter.end()
    return QIcon(pixmap)


def set_mark(steps: QListWidget, row: int, title: str, mark: Mark) -> None:
    item = steps.item(row)
    item.setIcon(_icon(mark, steps.palette()))
    words = {
        Mark.NONE: "",
        Mark.DONE: _("done"),
        Mark.NEEDS: _("something here still needs doing before the day"),
    }[mark]
    item.setToolTip(words[:1].upper() + words[1:] + "." if words else "")
    item.setData(
        ACCESSIBLE_TEXT_ROLE,
        _("{title}, {words}").format(title=title, words=words) if words else title,
    )


def prepare(steps: QListWidget) -> None:
    steps.setIconSize(ICON)
