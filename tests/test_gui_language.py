"""The window's language: chosen at start-up (command line, setting, system), Qt's own
words with it, the Language menu, and new plans written in it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QWizard

from interventionplanner import app as app_module
from interventionplanner import i18n
from interventionplanner.ui import dialogs
from interventionplanner.ui import language as ui_language
from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("system", "expected"), [("es_MX", "es"), ("es_ES", "es"), ("fr_FR", "en"), ("en_GB", "en")]
)
def test_the_system_language_is_the_default(monkeypatch, system, expected):
    monkeypatch.setattr(ui_language.QLocale, "system", lambda: QLocale(system))
    assert ui_language.startup_language(None, "") == expected


def test_the_command_line_beats_the_setting_which_beats_the_system(monkeypatch):
    monkeypatch.setattr(ui_language.QLocale, "system", lambda: QLocale("es_MX"))
    assert ui_language.startup_language("en", "es") == "en"
    assert ui_language.startup_language(None, "en") == "en"
    assert ui_language.startup_language("pseudo", "") == "pseudo"
    assert ui_language.startup_language(None, "klingon") == "es"  # unknown: the system's


def test_qt_translations_for_spanish_ship_with_pyside6():
    assert ui_language.qt_translator("es") is not None, "PySide6's qtbase_es.qm is missing"
    assert ui_language.qt_translator("en") is None


def test_qt_standard_buttons_follow_the_language(qapp, spanish):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert QLocale().language() is QLocale.Language.Spanish
    assert i18n.language() == "es"


def test_the_spanish_window_is_in_spanish(spanish, window):
    assert window.steps.item(1).text() != "Your loved one"
    menus = [action.text() for action in window.menuBar().actions()]
    assert "Arc&hivo" in menus
    assert window.language_menu.title() == "&Idioma (Language)"


def test_the_language_menu_stores_the_choice_for_the_next_start(window, monkeypatch):
    said = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: said.append(text))
    names = {action.data(): action for action in window.language_actions.actions()}
    assert names["en"].isChecked()
    assert names["es"].text() == "Español"
    names["es"].trigger()
    assert window.settings.language == "es"
    assert "Español" in said[0]
    assert said[0].startswith("La ventana")  # told in the language just chosen
    assert i18n.language() == "en"  # this run goes on as it was


def test_a_new_plan_takes_the_window_language(spanish, window):
    window.document.new_plan()
    assert window.document.plan.language == "es"


def test_a_new_plan_in_the_pseudo_language_is_written_in_english(qapp, window):
    ui_language.apply(qapp, "pseudo")
    try:
        window.document.new_plan()
    finally:
        ui_language.apply(qapp, "en")
    assert window.document.plan.language == "en"


def test_the_app_command_line_takes_a_language(monkeypatch):
    asked = {}
    monkeypatch.setattr(app_module, "run_gui", lambda **kwargs: asked.update(kwargs) or 0)
    assert app_module.main(["--language", "es", "--demo"]) == 0
    assert asked == {"demo": True, "path": None, "language": "es"}
    with pytest.raises(SystemExit):
        app_module.main(["--language", "xx"])


def test_pseudo_text_is_accented_and_longer():
    with i18n.in_language("pseudo"):
        text = i18n._("Letter from {name}").format(name="Ana")
    assert "Ana" in text
    assert text != "Letter from Ana"
    assert len(text) > len("Letter from Ana")


def test_a_person_can_have_papers_in_their_own_language(qtbot, window):
    window.example_action.trigger()
    window.wizard.go_to(PageId.PARTICIPANTS)
    page = window.wizard.participants
    page.edit_person(0)
    dialog = page.dialog
    assert dialog.language.currentData() == ""  # the packet's language until chosen
    assert [dialog.language.itemText(i) for i in range(1, 3)] == ["English", "Español"]
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()
    person = window.document.plan.participants[0]
    assert person.language == "es"
    assert window.document.plan.language_for(person) == "es"
    assert window.document.dirty


def test_the_packet_language_is_chosen_on_the_review_step(qtbot, window):
    window.example_action.trigger()
    combo = window.wizard.review.language
    assert combo.currentData() == window.document.plan.language == "en"
    combo.setCurrentIndex(combo.findData("es"))
    combo.activated.emit(combo.currentIndex())  # as a person's choice does
    assert window.document.plan.language == "es"
    window.document.new_plan()
    with qtbot.waitSignal(window.wizard.review.previewReady, timeout=30_000):
        window.wizard.go_to(PageId.REVIEW)
    assert combo.currentData() == "en"  # shows the new plan's, not the old one's


def _letters(texts: list[str]) -> list[str]:
    found = (re.search(r"&([^&])", text.replace("&&", "")) for text in texts)
    return [match[1].lower() for match in found if match]


@pytest.mark.parametrize("page_id", list(PageId))
def test_in_spanish_no_two_shortcuts_on_a_step_share_a_letter(spanish, window, page_id):
    """Alt+letter does one thing in Spanish too: Qt's own Back is "< &Atrás" and Next is
    "Siguie&nte >", so the steps leave A and N to them (and H, V, Y to the menus)."""
    page = window.wizard.step(page_id)
    texts = [w.text() for w in page.findChildren(QAbstractButton)]
    texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
    last = page_id == max(PageId)
    buttons = (QWizard.WizardButton.FinishButton if last else QWizard.WizardButton.NextButton,)
    texts += [window.wizard.buttonText(b) for b in (*buttons, QWizard.WizardButton.BackButton)]
    texts += [action.text() for action in window.menuBar().actions()]
    letters = _letters(texts)
    assert sorted(letters) == sorted(set(letters)), texts


def test_in_spanish_the_person_dialog_has_one_letter_per_shortcut(spanish, window):
    window.document.new_plan()
    window.wizard.go_to(PageId.PARTICIPANTS)
    window.wizard.participants.add_person()
    dialog = window.wizard.participants.dialog
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    letters = _letters(texts)
    dialog.reject()
    assert sorted(letters) == sorted(set(letters)), texts


def test_in_spanish_preferences_have_one_letter_per_shortcut(spanish, qtbot, user_dirs):
    """Both tabs of Preferences are one dialog: Alt+letter reaches one thing in it."""
    from interventionplanner.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(None, user_dirs / "settings")
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [dialog.tabs.tabText(tab) for tab in range(dialog.tabs.count())]
    letters = _letters(texts)
    assert dialog.windowTitle() == "Preferencias"
    assert len(letters) > 15
    assert sorted(letters) == sorted(set(letters)), texts


def test_the_language_menu_is_in_the_file_menu_and_names_both(window, spanish):
    assert window.language_menu.title() == "&Language (Idioma)"  # built before the switch
    file_menu = window.menuBar().actions()[0].menu()
    assert window.language_menu.menuAction() in file_menu.actions()


def test_a_safety_copy_is_dated_in_the_window_language(spanish, window, monkeypatch):
    from datetime import datetime
    from pathlib import Path

    from interventionplanner.storage.recovery_entry import RecoveryEntry

    asked = []
    entry = RecoveryEntry("s", Path("copy"), None, datetime(2026, 12, 3, 14, 5))
    monkeypatch.setattr(window.document, "orphaned_recoveries", lambda: [entry])
    monkeypatch.setattr(window.document, "discard_recovery", lambda found: None)
    monkeypatch.setattr(dialogs, "ask_restore", lambda parent, when: asked.append(when))
    window.offer_recovery()
    # As the packet and the CLI write a time in Spanish (es_US, Babel's short forms).
    assert asked == ["3 dic 2026, 2:05\u202fp.m."]
