"""Every step in the pseudo-language on a real display (Xvfb, openbox, the real fonts) at
1366×768: no word of the window bypasses translation and no label or button is cut off,
with text about 35% longer and accented, as Spanish is longer than English. Each step is
photographed (build/realdisplay-shots/pseudo-*.png)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from interventionplanner.ui.wizard import PageId
from tests.layout_checks import clipped_texts, cut_off_tables
from tests.pseudo_checks import engine_words, untranslated

pytestmark = pytest.mark.realdisplay


def open_example(xkeys, window):
    xkeys.activate(window)
    xkeys.click(
        window.wizard.welcome.example_button,
        until=lambda: window.wizard.currentId() == PageId.LOVED_ONE,
    )


def check(window, where: str, bypassed: dict, cut: dict) -> None:
    QApplication.processEvents()
    if found := untranslated(window, *engine_words(window)):
        bypassed[where] = found
    if found := clipped_texts(window) + cut_off_tables(window):
        cut[where] = found


def test_every_step_in_the_pseudo_language(pseudo, window, xkeys):
    window.showMaximized()
    open_example(xkeys, window)
    bypassed, cut = {}, {}
    for number, page_id in enumerate(PageId, start=1):
        if window.wizard.currentId() != page_id:
            window.wizard.go_to(page_id)
        page = window.wizard.step(page_id)
        xkeys.wait(page.isVisible, "for the step")
        if page_id is PageId.REVIEW:
            xkeys.wait(lambda p=page: p.packet is not None, "for the preview")
        assert window.width() <= 1366
        assert window.height() <= 768
        name = page_id.name.lower().replace("_", "-")
        if page_id is PageId.TREATMENT:
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                check(window, f"{page_id.name} tab {tab + 1}", bypassed, cut)
                xkeys.shot(f"pseudo-{number}-{name}-{tab + 1}")
            continue
        check(window, page_id.name, bypassed, cut)
        xkeys.shot(f"pseudo-{number}-{name}")
    assert bypassed == {}
    assert cut == {}


def test_the_person_dialog_and_the_menus_in_the_pseudo_language(pseudo, window, xkeys):
    window.showMaximized()
    open_example(xkeys, window)
    window.wizard.go_to(PageId.PARTICIPANTS)
    page = window.wizard.participants
    page.edit_person(0)
    xkeys.wait(lambda: page.dialog is not None and page.dialog.isVisible(), "for the dialog")
    QApplication.processEvents()
    found = untranslated(page.dialog, *engine_words(window))
    cut = clipped_texts(page.dialog)
    xkeys.shot("pseudo-person")
    page.dialog.reject()
    menus = [action.text() for action in window.menuBar().actions()]
    assert found == []
    assert cut == []
    assert all(text.startswith("[") for text in menus), menus
