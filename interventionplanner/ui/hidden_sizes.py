"""A hidden step told its widgets' sizes ahead of its showing, a few milliseconds a turn.

Qt holds back a hidden widget's move and resize events: a geometry change while it is
hidden only sets `WA_PendingMoveEvent` / `WA_PendingResizeEvent`, and the events are sent,
parent first, to each widget as it is shown. A step built and laid out ahead of time
(ui/wizard.py `StepShell.preparing`) therefore still paid, in the click that showed it, for
every widget learning its size: text boxes laying their text out at their width, scroll
areas placing their bars, headers their sections, tables their rows: the paced click on
Treatment ran 178 M instructions, 113 M once told (docs/benchmarks.md, round 18).

`told` sends those same events, in the order showing would (each widget before its
children, children in order), to the widgets showing the step will show, a slice of at
most SLICE_S at a time; widgets hidden in their own right (a tab not chosen) are left to
their own showing, as Qt leaves them. Qt does the same for a hidden widget it renders
(`QWidget.render`). A size changed again after it was told (the window resized) is held
back again and sent at the showing: nothing is ever lost, only done earlier.

Imported when a step is first read ahead, not at start-up: it names `Qt` (ui/qt_names.py).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QMoveEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

SLICE_S = 0.004  # the window's thread is handed back after about this long
ROUNDS = 3  # told, then again for the sizes the layout requests it set off changed

MOVE = Qt.WidgetAttribute.WA_PendingMoveEvent
RESIZE = Qt.WidgetAttribute.WA_PendingResizeEvent
DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def held_back(widget: QWidget) -> bool:
    """Whether a move or resize event of the widget waits for its showing."""
    return widget.testAttribute(MOVE) or widget.testAttribute(RESIZE)


def tell(widget: QWidget) -> None:
    """Send the widget its held-back events now, as Qt sends them when it is shown
    (QWidgetPrivate::sendPendingMoveAndResizeEvents: the old size unknown)."""
    if widget.testAttribute(MOVE):
        QApplication.sendEvent(widget, QMoveEvent(widget.pos(), widget.pos()))
        widget.setAttribute(MOVE, False)
    if widget.testAttribute(RESIZE):
        QApplication.sendEvent(widget, QResizeEvent(widget.size(), QSize()))
        widget.setAttribute(RESIZE, False)


def to_be_shown(root: QWidget) -> Iterator[QWidget]:
    """`root` and the widgets showing it shows, each before its children. Lazily: a
    widget's children are listed once it has been told its size (a resize may make or
    place them), and between two steps the event loop may have deleted some."""
    stack = [root]
    while stack:
        widget = stack.pop()
        if not isValid(widget) or (widget is not root and not root.isAncestorOf(widget)):
            continue  # deleted, or moved elsewhere, since it was listed
        if widget is not root and (widget.isHidden() or widget.isWindow()):
            continue  # shown on its own, if ever: told then
        yield widget
        if isValid(widget):
            # Its widgets only, in order. Not `children()`: that wraps every QObject in
            # Python, and the first of a class PySide6 does not know (a line edit's
            # QWidgetLineControl) took 30 ms.
            stack.extend(reversed(widget.findChildren(QWidget, options=DIRECT)))


def told(root: QWidget) -> Iterator[None]:
    """Tell `root` and the widgets its showing would show their held-back sizes, yielding
    whenever a slice has taken SLICE_S. A round that told anything is followed by a turn
    (the layout requests it posted run) and another round, ROUNDS at most."""
    started = time.perf_counter()
    for _round in range(ROUNDS):
        sent = False
        for widget in to_be_shown(root):
            if held_back(widget):
                tell(widget)
                sent = True
            # Timed at every widget, told or not: listing a widget's children wraps the
            # ones Qt made itself, and PySide6 builds a class's enum types at its first.
            if time.perf_counter() - started >= SLICE_S:
                yield
                started = time.perf_counter()
                if not isValid(root):
                    return
        if not sent:
            return
        yield
        started = time.perf_counter()
        if not isValid(root):
            return
