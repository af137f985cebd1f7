"""Every step in the pseudo-language, offscreen: no word bypasses translation, and the
longer, accented text (about 35% longer, like Spanish) is cut off nowhere.

The real-display run (tests/realdisplay/test_pseudo_locale.py) does the same with the real
fonts and window manager at 1366×768, and photographs each step.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from interventionplanner.ui import language as ui_language
from interventionplanner.ui.wizard import PageId
from tests.layout_checks import clipped_texts, cut_off_tables
from tests.pseudo_checks import engine_words, untranslated

pytestmark = pytest.mark.gui


def every_step(qtbot, window):
    """The example plan's steps at 1366×768, each tab of the treatment step apart: yields
    where it is."""
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.resize(1366, 768)
    for page_id in PageId:
        window.wizard.go_to(page_id)
        page = window.wizard.step(page_id)
        qtbot.waitUntil(page.isVisible)
        if page_id is PageId.REVIEW:
            qtbot.waitUntil(lambda p=page: p.packet is not None, timeout=30_000)
        tabs = range(page.tabs.count()) if page_id is PageId.TREATMENT else [None]
        for tab in tabs:
            if tab is not None:
                page.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            yield page_id.name if tab is None else f"{page_id.name} tab {tab + 1}"


def test_every_step_in_the_pseudo_language(qtbot, pseudo, window):
    bypassed, cut = {}, {}
    for where in every_step(qtbot, window):
        if found := untranslated(window, *engine_words(window)):
            bypassed[where] = found
        if found := clipped_texts(window) + cut_off_tables(window):
            cut[where] = found
    assert bypassed == {}
    assert cut == {}


def test_every_step_in_spanish_is_whole(qtbot, spanish, window):
    cut = {}
    for where in every_step(qtbot, window):
        if found := clipped_texts(window) + cut_off_tables(window):
            cut[where] = found
    assert window.wizard.currentPage().title() == "Revisar e imprimir"
    assert cut == {}


def test_the_person_dialog_in_the_pseudo_language(qtbot, pseudo, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.PARTICIPANTS)
    page = window.wizard.participants
    page.edit_person(0)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    QApplication.processEvents()
    found = untranslated(page.dialog, *engine_words(window))
    cut = clipped_texts(page.dialog)
    page.dialog.reject()
    assert found == []
    assert cut == []


def test_a_string_that_bypasses_translation_is_found(qtbot, pseudo, window):
    from PySide6.QtWidgets import QLabel

    page = window.wizard.welcome
    page.layout().addWidget(QLabel("Words nobody translated"))
    page.layout().addWidget(QLabel(window.document.display_name))  # the plan's: not flagged
    QApplication.processEvents()
    found = untranslated(window, *engine_words(window))
    assert found == ["QLabel: “Words nobody translated”"]


@pytest.mark.parametrize("language", ["es", "pseudo"])
def test_preferences_are_whole_in_spanish_and_the_pseudo_language(qtbot, user_dirs, language):
    """Preferences open at their own size: each tab's words fit in Spanish and pseudo."""
    from interventionplanner.ui.preferences import PreferencesDialog

    ui_language.apply(QApplication.instance(), language)
    try:
        dialog = PreferencesDialog(None, user_dirs / "settings")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        cut = {}
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            if found := clipped_texts(dialog) + cut_off_tables(dialog):
                cut[dialog.tabs.tabText(tab)] = found
    finally:
        ui_language.apply(QApplication.instance(), "en")
    assert cut == {}
