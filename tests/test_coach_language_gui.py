"""The letter editor coaches and checks spelling in the letter's own language: the
grandmother's Spanish letter gets the Spanish coach, her grandson's the English one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from interventionplanner.domain.spelling import available
from interventionplanner.ui.wizard import PageId
from tests.conftest import type_text

pytestmark = pytest.mark.gui


def _choose(page, participant) -> None:
    row = [p.id for p in page.model.writers].index(participant.id)
    page.table.setCurrentIndex(page.model.index(row, 0))


def test_each_letter_is_coached_in_its_writers_language(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.LETTERS)
    page = window.wizard.letters
    spanish, english = page.model.writers[0], page.model.writers[1]
    _choose(page, spanish)
    window.document.set_field(spanish, "language", "es")  # changed while her letter is open
    first = page.part_edits[next(iter(page.part_edits))]
    assert first.highlighter.coach.language == "es"
    assert page.bottom_line.highlighter.coach.language == "es"
    first.moveCursor(QTextCursor.MoveOperation.End)
    type_text(first, " Eres un borracho, y te quiero.")
    assert "label" in {f.category for f in first.findings()}
    if available("es"):
        qtbot.waitUntil(first.spelling_ready, timeout=20000)
        assert first.highlighter.speller.language == "es"
        assert {"Eres", "quiero", "borracho"} & {m.word for m in first.misspellings()} == set()
    _choose(page, english)
    assert first.highlighter.coach.language == "en"
    assert first.highlighter.speller.language == "en"
