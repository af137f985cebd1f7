"""Preferences (the practice profile and defaults) and the Review step's section for the
interventionist, as a professional uses them."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from interventionplanner.domain.practice import Centre, PracticeDefaults
from interventionplanner.storage import crypto
from interventionplanner.storage.practice import load_practice
from interventionplanner.storage.practice_defaults import (
    export_defaults,
    load_defaults,
    save_defaults,
)
from interventionplanner.ui import dialogs
from interventionplanner.ui.preferences import PreferencesDialog
from interventionplanner.ui.wizard import PageId
from tests.a11y_checks import tab_stops, tab_walk, unnamed_focusables, unreached

pytestmark = pytest.mark.gui


@pytest.fixture
def prefs(qtbot, user_dirs):
    dialog = PreferencesDialog(None, user_dirs / "settings")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _logo(tmp_path, size=(900, 300)):
    path = tmp_path / "logo.jpg"
    Image.new("RGB", size, (10, 120, 60)).save(path, format="JPEG")
    return path


def test_the_profile_is_typed_and_kept_with_ok(qtbot, prefs, user_dirs, monkeypatch, tmp_path):
    qtbot.keyClicks(prefs.fields["name"], "Dana Reyes")
    qtbot.keyClicks(prefs.fields["credentials"], "LCADC")
    monkeypatch.setattr(dialogs, "ask_logo_path", lambda parent: _logo(tmp_path))
    qtbot.mouseClick(prefs.choose_logo_button, Qt.MouseButton.LeftButton)
    assert not prefs.logo.pixmap().isNull()
    prefs.accept()
    kept = load_practice(user_dirs / "settings")
    assert kept.signed == "Dana Reyes, LCADC"
    with Image.open(io.BytesIO(kept.logo_png)) as image:
        assert image.size == (600, 200)


def test_a_logo_that_is_not_a_picture_is_refused_and_the_old_one_stays(
    qtbot, prefs, monkeypatch, tmp_path
):
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not a picture at all")
    said = []
    monkeypatch.setattr(dialogs, "ask_logo_path", lambda parent: bad)
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, text: said.append(text))
    qtbot.mouseClick(prefs.choose_logo_button, Qt.MouseButton.LeftButton)
    assert said == ["A logo should be a PNG, JPEG or SVG picture."]
    assert prefs.logo_png == b""


def test_defaults_are_edited_and_kept(qtbot, prefs, user_dirs):
    prefs.tabs.setCurrentIndex(1)
    qtbot.keyClicks(prefs.checklist, "Book the quiet room")
    prefs.objections.add_row(["I can't leave the dog", "Your sister will."])
    prefs.centres.add_row(["Bayview Recovery", "12 Shore Road", "555-0199", "Photo ID"])
    qtbot.keyClicks(prefs.prompts["the_ask"], "Ask once, plainly.")
    prefs.accept()
    kept = load_defaults(user_dirs / "settings")
    assert kept.checklist == ["Book the quiet room"]
    assert kept.objections == [("I can't leave the dog", "Your sister will.")]
    assert kept.centres == [Centre("Bayview Recovery", "12 Shore Road", "555-0199", "Photo ID")]
    assert kept.letter_prompts == {"the_ask": "Ask once, plainly."}


def test_importing_a_bad_file_says_why_and_changes_nothing(qtbot, prefs, monkeypatch, tmp_path):
    good = PracticeDefaults(checklist=["Ours"])
    save_defaults(good, tmp_path / "theirs")
    shared = export_defaults(tmp_path / "shared.ivdefaults", tmp_path / "theirs")
    content = json.loads(shared.read_text("utf-8"))
    content["defaults"]["colour"] = "blue"
    shared.write_text(json.dumps(content), "utf-8")
    qtbot.keyClicks(prefs.checklist, "Mine")
    said = []
    monkeypatch.setattr(dialogs, "ask_defaults_open_path", lambda parent: shared)
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, text: said.append(text))
    prefs.import_file()
    assert "defaults.colour" in said[0]
    assert said[0].endswith("Nothing was changed.")
    assert prefs.checklist.toPlainText() == "Mine"


def test_every_input_is_named_and_reached_by_tab(qtbot, prefs):
    labels = [label for label in prefs.findChildren(QLabel) if "&" in label.text()]
    assert len(labels) > 10
    assert all(label.buddy() is not None for label in labels)
    for tab in range(prefs.tabs.count()):
        prefs.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: prefs.tabs.currentWidget().isVisible())
        assert unnamed_focusables(prefs) == []
        stops = tab_stops(prefs)
        prefs.tabs.setFocus()
        walk = tab_walk(qtbot, prefs)
        assert walk.trap == ""
        assert unreached(stops, walk) == []


def test_the_review_step_keeps_private_notes_and_saves_a_copy_for_the_family(
    qtbot, window, monkeypatch, tmp_path, quick_keys
):
    window.document.open_example(window.services.today())
    window.wizard.go_to(PageId.REVIEW)
    section = window.wizard.review.pro
    assert section.contents.isHidden()  # folded until opened
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    assert section.contents.isVisible()
    qtbot.keyClicks(section.private_notes, "Father drinks too.")
    assert window.document.plan.private_notes == "Father drinks too."
    section.show_practice.click()
    assert window.document.plan.show_practice
    target = tmp_path / "for-the-marsh-family.ivplan"
    monkeypatch.setattr(dialogs, "ask_family_copy_path", lambda parent: target)
    monkeypatch.setattr(dialogs, "ask_new_password", lambda parent: "heron at dawn")
    qtbot.mouseClick(section.family_copy_button, Qt.MouseButton.LeftButton)
    plain = crypto.decrypt(target.read_bytes(), "heron at dawn").decode("utf-8")
    assert "Father drinks" not in plain
    assert (tmp_path / "for-the-marsh-family-how-to-open.pdf").exists()
    assert "for-the-marsh-family.ivplan" in section.status.text()


def test_no_two_shortcuts_in_preferences_share_a_letter(prefs):
    from PySide6.QtWidgets import QAbstractButton

    from tests.test_gui_accessibility import mnemonic

    texts = [w.text() for w in prefs.findChildren(QAbstractButton)]
    texts += [w.text() for w in prefs.findChildren(QLabel) if w.buddy() is not None]
    texts += [prefs.tabs.tabText(i) for i in range(prefs.tabs.count())]
    letters = [m for m in map(mnemonic, texts) if m]
    assert sorted(letters) == sorted(set(letters)), texts


def test_a_practice_centre_is_offered_on_the_treatment_step(qtbot, window, user_dirs):
    from interventionplanner.paths import user_config_dir

    save_defaults(
        PracticeDefaults(centres=[Centre("Bayview Recovery", "12 Shore Rd", "555-0199", "ID")]),
        user_config_dir(),
    )
    qtbot.mouseClick(window.wizard.welcome.new_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.TREATMENT)
    chooser = window.wizard.treatment.centre_chooser
    assert chooser.isVisible()
    assert window.document.plan.treatment.facility == ""  # offered, not chosen
    chooser.menu_.aboutToShow.emit()
    (action,) = chooser.menu_.actions()
    action.trigger()
    treatment = window.document.plan.treatment
    assert (treatment.facility, treatment.phone) == ("Bayview Recovery", "555-0199")
    assert treatment.travel_notes == "ID"
    assert window.wizard.treatment.facility.text() == "Bayview Recovery"


def test_the_practice_prompt_shows_beside_the_app_prompt(qtbot, window, user_dirs):
    from interventionplanner.paths import user_config_dir
    from tests.test_gui_letters import open_letters

    save_defaults(
        PracticeDefaults(letter_prompts={"love_and_memory": "Start warm."}), user_config_dir()
    )
    page = open_letters(qtbot, window)
    page.show_part(0)
    assert page.part_prompt.text().endswith("Start warm.")


def test_the_opened_section_for_the_interventionist_is_named_throughout(qtbot, window):
    window.document.open_example(window.services.today())
    window.wizard.go_to(PageId.REVIEW)
    section = window.wizard.review.pro
    section.toggle.click()
    qtbot.waitUntil(section.contents.isVisible)
    assert unnamed_focusables(section) == []
    labels = [w for w in section.findChildren(QLabel) if "&" in w.text()]
    assert all(label.buddy() is not None for label in labels)
