"""Held-back sizes told to a hidden widget tree a slice at a time (ui/hidden_sizes.py): each
widget its showing will show is told once, in Qt's order; none is told again when shown."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from interventionplanner.ui import hidden_sizes

pytestmark = pytest.mark.gui


class Resizes(QObject):
    """Which widgets were sent a resize event, in order."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.seen: list[QWidget] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.seen.append(watched)
        return False


def test_the_sizes_are_told_in_slices_once_each_and_not_again_when_shown(qtbot, monkeypatch):
    holder = QWidget()  # a shown window, as the step's is
    qtbot.addWidget(holder)
    holder.resize(500, 400)
    holder.show()
    qtbot.waitExposed(holder)
    step = QWidget(holder)
    step.hide()  # a step waiting behind the one on screen
    layout = QVBoxLayout(step)
    box, tab = QPlainTextEdit(), QWidget()
    inner = QWidget(tab)
    for widget in (box, tab):
        layout.addWidget(widget)
    gone = QWidget(step)  # placed by hand, not by the layout
    gone.setGeometry(0, 0, 50, 20)
    tab.hide()  # shown on its own (a tab not chosen): left to that showing
    step.resize(400, 300)
    layout.activate()
    assert all(hidden_sizes.held_back(w) for w in (step, box, box.viewport(), gone, tab))
    resizes = Resizes(step, box, box.viewport(), tab, inner)

    monkeypatch.setattr(hidden_sizes, "SLICE_S", 0.0)  # a slice a widget
    slices = hidden_sizes.told(step)
    next(slices)
    assert resizes.seen == [step]  # the step first, then its children in order
    shiboken6.delete(gone)  # deleted between two slices: passed over
    turns = 1 + sum(1 for _turn in slices)
    assert turns > 3

    assert resizes.seen[:3] == [step, box, box.viewport()]
    assert not any(hidden_sizes.held_back(w) for w in (step, box, box.viewport()))
    assert hidden_sizes.held_back(tab)
    assert hidden_sizes.held_back(inner)
    assert not {tab, inner} & set(resizes.seen)
    told = list(resizes.seen)
    step.show()
    assert [w for w in resizes.seen[len(told) :] if w is not tab] == []  # nothing told twice
    assert box.viewport().width() > 300  # and the sizes were the real ones
