"""What the audit cannot see from widgets alone: colours the prompter paints, underlines
said in words, and focus after moving between steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication

from interventionplanner.ui.legible import LARGE, TEXT, contrast, legible_palette
from interventionplanner.ui.prompter import page_colours
from interventionplanner.ui.wizard import PageId
from tests.a11y_checks import dark_palette, high_contrast_palette
from tests.conftest import type_text
from tests.test_gui_rehearsal import open_prompter

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("system", ["light", "dark", "high contrast"])
@pytest.mark.parametrize("dark_page", [False, True])
def test_the_prompter_reads_at_four_and_a_half_to_one(qapp, system, dark_page):
    palettes = {
        "light": QApplication.palette(),
        "dark": dark_palette(),
        "high contrast": high_contrast_palette(),
    }
    c = {
        k: QColor(v) for k, v in page_colours(legible_palette(palettes[system]), dark_page).items()
    }
    assert contrast(c["text"], c["page"]) >= TEXT
    assert contrast(c["dim"], c["page"]) >= TEXT  # the paragraphs not being read
    assert contrast(c["text"], c["mark"]) >= TEXT  # the paragraph being read
    assert contrast(c["soft"], c["page"]) >= TEXT  # the clock near the end
    # the paragraph being read has a bar beside it in the text colour, not only a tint
    assert contrast(c["text"], c["mark"]) >= LARGE


@pytest.mark.parametrize("system", ["light", "dark", "high contrast"])
def test_the_focus_ring_and_the_selection_stand_out(qapp, system):
    from PySide6.QtGui import QPalette

    palettes = {
        "light": QApplication.palette(),
        "dark": dark_palette(),
        "high contrast": high_contrast_palette(),
    }
    palette = legible_palette(palettes[system])
    role = QPalette.ColorRole
    highlight = palette.color(role.Highlight)
    assert contrast(highlight, palette.color(role.Window)) >= LARGE
    assert contrast(highlight, palette.color(role.Base)) >= LARGE
    assert contrast(palette.color(role.HighlightedText), highlight) >= TEXT


def test_the_prompters_labels_paint_those_colours_and_say_near_the_end_in_words(qtbot, window):
    prompter, fake, entry = open_prompter(qtbot, window)
    dimmed = prompter.paragraph_labels[1]
    assert dimmed.palette().color(dimmed.foregroundRole()).name() == prompter.colours["dim"]
    fake.advance(0.9 * entry.seconds)
    prompter.refresh()
    assert "nearly there" in prompter.clock_label.text()  # never by colour alone
    assert "font-weight: bold" in prompter.styleSheet()
    assert "border-left: 6px solid" in prompter.styleSheet()  # the current paragraph's bar


def test_the_coachs_underlines_are_said_to_a_screen_reader(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.LETTERS)
    page = window.wizard.letters
    first = next(iter(page.part_edits.values()))
    prompt = first.accessibleDescription()
    type_text(first, " You're a junkie now.")
    interface = QAccessible.queryAccessibleInterface(first)
    qtbot.waitUntil(lambda: "junkie" in interface.text(QAccessible.Text.Description))
    said = interface.text(QAccessible.Text.Description)
    assert said.startswith(prompt)  # what the part is for comes first
    assert "Gentle suggestions here" in said


@pytest.mark.parametrize("key", [Qt.Key.Key_N, Qt.Key.Key_B])
def test_alt_n_and_alt_b_put_the_keyboard_in_the_steps_first_field(qtbot, window, key):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.MEETING)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    expected = PageId.PARTICIPANTS if key == Qt.Key.Key_N else PageId.LOVED_ONE
    qtbot.waitUntil(lambda: window.wizard.currentId() == expected)
    page = window.wizard.step(expected)
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))
    assert QApplication.focusWidget() is not window.steps


def test_the_packet_preview_has_a_text_alternative(qtbot, window):
    from tests.test_gui_review import open_review

    page = open_review(qtbot, window)
    viewer = page.viewer
    qtbot.waitUntil(lambda: "Page 1:" in viewer.accessibleDescription(), timeout=10_000)
    said = viewer.accessibleDescription()
    pages = page.pdf.pageCount()
    assert said.startswith(f"The packet, {pages} page")
    assert "Page 2:" in said
