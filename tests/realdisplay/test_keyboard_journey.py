"""From an empty start to an exported packet by keyboard alone, on a real display.

Every key goes through the X server to whatever has focus; fields are reached with their
Alt+letter mnemonics, Tab and arrow keys, as a person without a mouse would. Then the saved
plan and the PDF are read back: every character typed must be in both.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from interventionplanner.domain.display import letter_length
from interventionplanner.domain.plan import RiskFlag, Role, Rsvp
from interventionplanner.storage import load_plan
from interventionplanner.ui import dialogs
from interventionplanner.ui.pages.loved_one import SUBSTANCE_ID
from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.realdisplay

LOVED = {"name": "Zoë Ruiz", "preferred_name": "Zo", "pronouns": "she/her"}
DURATION = "about four years"
OTHER = "kratom"
MEETING = {
    "place": "Aunt Mia's house",
    "address": "4 Elm Row, Springfield",
    "arrival": "Mia drives her over for lunch",
    "rehearsal_place": "Mia's kitchen table",
}
PEOPLE = [
    ("Mia Ruiz", "aunt", "mia@example.com", "555-0101", ("alt+c", "alt+t")),
    ("Ken Ruiz", "brother", "ken@example.com", "555-0102", ("alt+g", "alt+t")),
]
LETTERS = {
    "Mia Ruiz": [
        "Zo, I remember the summer you taught me to swim at the lake café.",
        "Last winter I saw you miss your sister's birthday, and I felt scared.",
        "I hope you will come home to us, healthy and laughing again.",
        "Will you accept the help that is ready for you today?",
    ],
    "Ken Ruiz": [
        "You were the one who walked me to school every single day.",
        "In March you fell asleep at the wheel outside our house.",
        "I want my big sister back, and I believe you can get well.",
        "Please say yes to Cedar Hollow this afternoon.",
    ],
}
TREATMENT = {"facility": "Cedar Hollow", "address": "12 Pine Road", "phone": "555-0199"}
IF_YES = "Ken drives her straight to Cedar Hollow with the packed bag."
IF_NO = "We keep to our bottom lines and meet again on Sunday."


CHECK = Qt.ItemDataRole.CheckStateRole


def at(window, page_id):
    return lambda: window.wizard.currentId() == page_id


def next_step(xkeys, window, page_id):
    xkeys.key("alt+n", until=at(window, page_id))


def fill(xkeys, mnemonic, widget, text):
    """Alt+letter to the field, then type: the field must hold exactly what was typed."""
    xkeys.key(mnemonic, until=widget.hasFocus)
    xkeys.type(text, until=lambda: widget.text() == text)


def tick_substance(xkeys, page, substance_id):
    view = page.substance_view
    for _ in range(40):
        if view.currentIndex().data(SUBSTANCE_ID) == substance_id:
            before = view.currentIndex().data(CHECK)
            xkeys.key("space", until=lambda b=before: view.currentIndex().data(CHECK) != b)
            return
        here = view.currentIndex()
        xkeys.key("Down", until=lambda h=here: view.currentIndex() != h)
    raise AssertionError(substance_id)


def loved_one_step(xkeys, window):
    page = window.wizard.loved_one
    fill(xkeys, "alt+m", page.name, LOVED["name"])
    fill(xkeys, "alt+r", page.preferred_name, LOVED["preferred_name"])
    fill(xkeys, "alt+o", page.pronouns, LOVED["pronouns"])
    xkeys.key("alt+g", until=page.age.hasFocus)
    xkeys.type("34", until=lambda: page.age.value() == 34)
    fill(xkeys, "alt+l", page.duration, DURATION)
    xkeys.key("alt+c", until=page.prescribed.isChecked)
    xkeys.key("alt+u", until=page.substance_view.hasFocus)
    tick_substance(xkeys, page, "lorazepam")
    tick_substance(xkeys, page, "alcohol")
    fill(xkeys, "alt+t", page.other_substances, OTHER)
    xkeys.key("alt+i", until=page.risk_boxes[RiskFlag.SELF_HARM].isChecked)
    xkeys.shot("journey-1-loved-one")


def meeting_step(xkeys, window):
    page = window.wizard.meeting
    xkeys.key("alt+u", until=page.surprise.isChecked)
    edit = page.starts_at
    xkeys.key("alt+d", until=edit.hasFocus)
    calendar = edit.calendarWidget()
    xkeys.key("alt+Down", until=calendar.isVisible)
    xkeys.key("Down", "Down", "Return", until=lambda: not calendar.isVisible())  # +2 weeks
    # Home, then Tab through day, month and year to the hours.
    xkeys.key("Home", "Tab", "Tab", "Tab")
    xkeys.type("14", until=lambda: edit.dateTime().time().hour() == 14)
    # Two digits fill the hours, and the minutes come next by themselves.
    xkeys.type("30", until=lambda: edit.dateTime().time().minute() == 30)
    xkeys.key("alt+l", until=page.length.hasFocus)
    xkeys.type("90", until=lambda: page.length.value() == 90)
    fill(xkeys, "alt+a", page.place, MEETING["place"])
    fill(xkeys, "alt+e", page.address, MEETING["address"])
    fill(xkeys, "alt+r", page.arrival, MEETING["arrival"])
    rehearsal = page.rehearsal_at
    xkeys.key("alt+t", until=rehearsal.hasFocus)
    xkeys.key("F4", until=rehearsal.calendarWidget().isVisible)
    xkeys.key("Return", until=lambda: not rehearsal.calendarWidget().isVisible())
    fill(xkeys, "alt+c", page.rehearsal_place, MEETING["rehearsal_place"])
    xkeys.shot("journey-2-meeting")


def people_step(xkeys, window):
    page = window.wizard.participants
    for name, relationship, email, phone, roles in PEOPLE:
        count = page.model.rowCount()
        xkeys.key("alt+a", until=lambda: page.dialog is not None and page.dialog.isVisible())
        dialog = page.dialog
        xkeys.wait(dialog.isActiveWindow, "for the person dialog")
        fill(xkeys, "alt+n", dialog.name, name)
        fill(xkeys, "alt+r", dialog.relationship, relationship)
        fill(xkeys, "alt+e", dialog.email, email)
        fill(xkeys, "alt+p", dialog.phone, phone)
        for chord in roles:
            xkeys.key(chord)
        xkeys.key("alt+l", until=dialog.rsvp.hasFocus)
        xkeys.type("c", until=lambda d=dialog: d.rsvp.currentData() == Rsvp.YES)
        xkeys.shot(f"journey-3-person-{count + 1}")
        xkeys.key("Return", until=lambda c=count: page.model.rowCount() == c + 1)


def letters_step(xkeys, window):
    page = window.wizard.letters
    for row, (name, parts) in enumerate(LETTERS.items()):
        if row:
            xkeys.tab_to(page.table, backwards=True)
            xkeys.key("Down", until=lambda n=name: page.writer and page.writer.name == n)
        assert page.writer.name == name
        for number, (field, text) in enumerate(zip(page.part_edits, parts, strict=True), 1):
            edit = page.part_edits[field]
            xkeys.key(f"alt+{number}", until=edit.hasFocus)
            # Two paragraphs in the first part: a letter of several paragraphs.
            typed = f"{text}\n\nWith love." if number == 1 else text
            xkeys.type(typed, until=lambda e=edit, t=typed: e.toPlainText() == t)
    # The length line follows a pause in typing: photograph the letter once it has caught up.
    xkeys.wait(lambda: page.stats.text() != letter_length(0, 0), "the letter's length shown")
    xkeys.shot("journey-4-letters")


def order_step(xkeys, window):
    page = window.wizard.order
    xkeys.key("alt+o", until=page.speaker_view.hasFocus)
    xkeys.key("End", until=lambda: page.speaker_view.currentIndex().row() == 1)
    ken = next(p for p in window.document.plan.participants if p.name == "Ken Ruiz")
    xkeys.key("alt+l", until=lambda: window.document.plan.closer_id == ken.id)
    xkeys.key("alt+w", until=lambda: len(window.document.plan.seating) == 2)
    xkeys.shot("journey-5-order")


def treatment_step(xkeys, window):
    page = window.wizard.treatment
    fill(xkeys, "alt+i", page.facility, TREATMENT["facility"])
    fill(xkeys, "alt+d", page.address, TREATMENT["address"])
    fill(xkeys, "alt+e", page.phone, TREATMENT["phone"])
    xkeys.key("alt+m", until=page.admission_at.hasFocus)
    xkeys.key("F4", until=page.admission_at.calendarWidget().isVisible)
    xkeys.key("Return", until=lambda: window.document.plan.treatment.admission_at is not None)
    xkeys.key("alt+v", until=page.driver.hasFocus)
    xkeys.type("K", until=lambda: page.driver.currentText() == "Ken Ruiz")
    xkeys.shot("journey-6-treatment")
    xkeys.key("alt+y", until=lambda: page.tabs.currentIndex() == 2)
    xkeys.key("alt+x", until=page.if_yes.hasFocus)
    xkeys.type(IF_YES, until=lambda: page.if_yes.toPlainText() == IF_YES)
    xkeys.key("alt+k", until=page.if_no.hasFocus)
    xkeys.type(IF_NO, until=lambda: page.if_no.toPlainText() == IF_NO)


def test_from_an_empty_start_to_a_packet_by_keyboard_alone(window, xkeys, monkeypatch, tmp_path):
    saved, packet = tmp_path / "ours.ivplan", tmp_path / "packet.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent: saved)
    monkeypatch.setattr(dialogs, "ask_pdf_save_path", lambda parent, suggested: packet)
    xkeys.activate(window)
    xkeys.key("alt+s", until=at(window, PageId.LOVED_ONE))
    loved_one_step(xkeys, window)
    next_step(xkeys, window, PageId.MEETING)
    meeting_step(xkeys, window)
    next_step(xkeys, window, PageId.PARTICIPANTS)
    people_step(xkeys, window)
    next_step(xkeys, window, PageId.LETTERS)
    letters_step(xkeys, window)
    next_step(xkeys, window, PageId.ORDER)
    order_step(xkeys, window)
    next_step(xkeys, window, PageId.TREATMENT)
    treatment_step(xkeys, window)
    xkeys.key("ctrl+s", until=saved.exists)
    next_step(xkeys, window, PageId.REVIEW)
    xkeys.key("alt+d", until=packet.exists)
    xkeys.shot("journey-7-review")
    assert QApplication.activeModalWidget() is None

    plan = load_plan(saved).plan
    check_plan(plan)
    check_pdf(packet)


def check_plan(plan):
    for field, text in LOVED.items():
        assert getattr(plan.loved_one, field) == text
    assert plan.loved_one.age == 34
    assert plan.loved_one.duration == DURATION
    assert plan.loved_one.prescribed
    assert plan.loved_one.substances == ["lorazepam", "alcohol"]
    assert plan.loved_one.other_substances == OTHER
    # Two substances ticked "several substances" by itself (point 13).
    assert set(plan.loved_one.risk_flags) == {RiskFlag.SELF_HARM, RiskFlag.SEVERAL_SUBSTANCES}
    for field, text in MEETING.items():
        assert getattr(plan.meeting, field) == text
    assert plan.meeting.starts_at == datetime(2026, 12, 11, 14, 30)
    assert plan.meeting.length_minutes == 90
    assert plan.meeting.rehearsal_at == datetime(2026, 12, 8, 10, 0)
    people = {p.name: p for p in plan.participants}
    for name, relationship, email, phone, _roles in PEOPLE:
        person = people[name]
        assert (person.relationship, person.email, person.phone) == (relationship, email, phone)
        assert person.rsvp is Rsvp.YES
    assert set(people["Mia Ruiz"].roles) == {Role.CHAIRPERSON, Role.SPEAKER}
    assert set(people["Ken Ruiz"].roles) == {Role.LOGISTICS, Role.SPEAKER}
    for name, parts in LETTERS.items():
        written = people[name].letter.parts()
        assert written == [f"{parts[0]}\n\nWith love.", *parts[1:]]
    assert plan.closer_id == people["Ken Ruiz"].id
    assert plan.seating == [people["Mia Ruiz"].id, people["Ken Ruiz"].id]
    for field, text in TREATMENT.items():
        assert getattr(plan.treatment, field) == text
    assert plan.treatment.driver_id == people["Ken Ruiz"].id
    assert plan.treatment.admission_at == datetime(2026, 12, 11, 16, 0)
    assert (plan.if_yes, plan.if_no) == (IF_YES, IF_NO)


def check_pdf(packet):
    text = " ".join(page.extract_text() for page in PdfReader(packet).pages)
    flat = " ".join(text.split())
    # The packet names the loved one as the family calls them, never by full name (a
    # choice for privacy), so the preferred name stands for them here.
    typed = [
        f"Surprise: {LOVED['preferred_name']} does not know",
        *MEETING.values(),
        *(person[0] for person in PEOPLE),
        *(sentence for parts in LETTERS.values() for sentence in parts),
        *TREATMENT.values(),
        IF_YES,
        IF_NO,
    ]
    missing = [words for words in typed if " ".join(words.split()) not in flat]
    assert missing == []
