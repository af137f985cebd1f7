"""A wrapped label that remembers its heights (ui/wrapped_label.py) answers as QLabel does,
for new words and a new font too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from interventionplanner.ui.pages.base import note_label
from interventionplanner.ui.wrapped_label import WrappedLabel

pytestmark = pytest.mark.gui

WIDTHS = (60, 120, 240, 480, 120)
NOTE = "This list is for the treatment team, so they know everything being taken. " * 3


def plain_twin(label: QLabel) -> QLabel:
    twin = QLabel(label.text())
    twin.setWordWrap(True)
    twin.setTextFormat(label.textFormat())
    twin.setTextInteractionFlags(label.textInteractionFlags())
    twin.setFont(label.font())
    return twin


def heights(label: QLabel) -> list[int]:
    return [label.heightForWidth(width) for width in WIDTHS]


def test_a_note_is_as_tall_as_a_plain_label_at_every_width(qtbot):
    note = note_label(NOTE)
    qtbot.addWidget(note)
    assert isinstance(note, WrappedLabel)
    assert heights(note) == heights(plain_twin(note))
    assert len(set(heights(note))) > 2  # the widths do wrap it differently


def test_new_words_and_a_new_font_are_measured_again(qtbot):
    label = WrappedLabel("short")
    qtbot.addWidget(label)
    short = heights(label)
    label.setText(NOTE)
    assert heights(label) == heights(plain_twin(label)) != short
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert heights(label) == heights(plain_twin(label))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    assert heights(label) == heights(plain_twin(label))
