"""Screenshots of the letter editor with review notes and of the Preferences window, taken
on a real X display (Xvfb with openbox, as the real-display tests use).

Run from the top of the checkout: bash docs/screenshots/practice-shots.sh
"""

import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).parent
LOGO = b"""<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80">
<rect width="240" height="80" rx="12" fill="#1b5e8a"/>
<circle cx="40" cy="40" r="22" fill="#f2c14e"/>
<path d="M70 52 Q120 12 170 52 T230 44" stroke="#ffffff" stroke-width="6" fill="none"/>
</svg>"""

app = QApplication(sys.argv[:1])


def settle() -> None:
    for _ in range(20):
        app.processEvents()


def shot(widget, name: str) -> None:
    settle()
    screen = QGuiApplication.primaryScreen()
    frame = widget.frameGeometry()
    picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    picture.save(str(OUT / f"{name}.png"))


def main() -> None:
    from interventionplanner.app import build_window
    from interventionplanner.domain.practice import Centre, Practice, PracticeDefaults
    from interventionplanner.domain.review_notes import add_note, set_status
    from interventionplanner.storage.practice import check_logo, save_practice
    from interventionplanner.storage.practice_defaults import save_defaults
    from interventionplanner.svg_render import render_svg
    from interventionplanner.ui.preferences import PreferencesDialog
    from interventionplanner.ui.wizard import PageId

    folder = Path(tempfile.mkdtemp())
    save_practice(
        Practice(
            name="Dana Reyes",
            credentials="LCADC, CIP",
            practice_name="Harbor Family Recovery",
            phone="(555) 014-2200",
            email="dana@harbor.example",
            website="harbor.example",
            logo_png=check_logo(LOGO, render_svg),
        ),
        folder,
    )
    save_defaults(
        PracticeDefaults(
            checklist=["Call the admissions nurse the day before", "Book the quiet room"],
            objections=[("I can't leave the dog", "Your sister will look after Biscuit.")],
            opening_words="Thank you all for coming. We are here because we love you.",
            closing_words="The car is outside, and a bed is ready for you today.",
            centres=[Centre("Bayview Recovery", "12 Shore Road", "555-0199", "Bring photo ID.")],
            letter_prompts={"the_ask": "Ask once, plainly, for today."},
        ),
        folder,
    )

    window = build_window()
    window.resize(1366, 740)
    window.move(0, 0)
    window.show()
    window.document.open_example(date.today())
    letters = window.wizard.letters
    window.wizard.go_to(PageId.LETTERS)
    settle()
    writer = letters.writer
    letter = writer.letter
    now = datetime.now()
    seen = letter.what_i_have_seen
    start = max(0, seen.find("you"))
    add_note(
        letter,
        "what_i_have_seen",
        start,
        start + 40,
        "Could you name the day? Specific moments are easier to hear.",
        author="Dana Reyes, LCADC",
        now=now,
    )
    add_note(
        letter,
        "love_and_memory",
        0,
        30,
        "A lovely opening: keep it.",
        author="Dana Reyes, LCADC",
        now=now,
    ).resolved = True
    add_note(
        letter,
        "the_ask",
        0,
        25,
        "Ask once, and name the place that is ready.",
        author="Dana Reyes, LCADC",
        now=now,
    )
    set_status(letter, letter.status.__class__("reviewed"), reviewer="Dana Reyes, LCADC", now=now)
    window.document.update(f"participants/{writer.id}/letter/notes", lambda plan: None)
    letters._writer_chosen()
    panel = letters.notes_panel
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    window.activateWindow()
    shot(window, "12-letter-review-notes")

    prefs = PreferencesDialog(window, folder)
    prefs.resize(760, 640)
    prefs.show()
    prefs.move(window.x() + 180, window.y() + 40)
    prefs.fields["name"].setFocus()
    shot(prefs, "13-preferences-practice")
    prefs.tabs.setCurrentIndex(1)
    prefs.checklist.setFocus()
    shot(prefs, "14-preferences-defaults")
    prefs.prompts["the_ask"].setFocus()  # the tab scrolled to it: centres and prompts
    prefs.defaults_scroll.ensureWidgetVisible(prefs.prompts["the_ask"])
    shot(prefs, "15-preferences-defaults-centres")
    prefs.reject()
    window.document.dirty = False
    window.close()


main()
print("saved")  # noqa: T201
