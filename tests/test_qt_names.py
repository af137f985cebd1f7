"""The first step is built without PySide6's `Qt` namespace (ui/qt_names.py): what stands
in for its values is the same as the values, and the namespace comes right after."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from interventionplanner.ui import qt_names
from interventionplanner.ui.pages.base import note_label


def run_probe(probe: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    return result.stdout.strip().splitlines()


def test_the_roles_are_qts():
    assert Qt.ItemDataRole.DisplayRole == qt_names.DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole == qt_names.TOOL_TIP_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole == qt_names.ACCESSIBLE_TEXT_ROLE


def test_a_property_set_by_name_is_the_enum_value(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    qt_names.set_by_name(widget, "focusPolicy", "TabFocus")
    assert widget.focusPolicy() == Qt.FocusPolicy.TabFocus
    label = QLabel()
    qtbot.addWidget(label)
    qt_names.set_by_name(
        label, "textInteractionFlags", "TextSelectableByMouse|LinksAccessibleByMouse"
    )
    assert label.textInteractionFlags() == (
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )


def test_a_wrong_name_is_not_dropped_silently(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    with pytest.raises(ValueError, match="focusPolicy"):
        qt_names.set_by_name(widget, "focusPolicy", "TabFocuss")


def test_notes_are_plain_text_and_selectable_as_asked(qtbot):
    note, plain = note_label("1-800"), note_label("prose", selectable=False)
    qtbot.addWidget(note)
    qtbot.addWidget(plain)
    assert note.textFormat() == plain.textFormat() == Qt.TextFormat.PlainText
    assert note.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert plain.textInteractionFlags() == QLabel().textInteractionFlags()  # Qt's default


def test_the_menus_keep_their_shortcuts(window):
    keys = QKeySequence.StandardKey
    for action, key in (
        (window.new_action, keys.New),
        (window.open_action, keys.Open),
        (window.save_action, keys.Save),
        (window.save_as_action, keys.SaveAs),
        (window.quit_action, keys.Quit),
    ):
        assert action.shortcuts() == [QKeySequence(key)]  # as setShortcut(QKeySequence(key))
    assert window.checklist_action.shortcut() == QKeySequence("F7")
    assert window.hide_action.shortcut() == QKeySequence("F12")
    assert window.steps.focusPolicy() == Qt.FocusPolicy.TabFocus


FIRST_STEP = """
import sys
from datetime import date
from PySide6 import QtCore
from PySide6.QtCore import QDeadlineTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from interventionplanner.app import build_window
from interventionplanner.ui.wizard import PageId
w = build_window()
if WELCOME:
    w.document.open_example(date.today())
    w.wizard.go_to(PageId.LOVED_ONE)
    w.show()
else:
    w.show()
    w.open_example()
print("Qt" in vars(QtCore), w.wizard.currentId())
waiting = w.wizard.page(PageId.LOVED_ONE).waiting
app.processEvents()  # one turn: the page takes several slices
from PySide6.QtCore import Qt
print(waiting is None or waiting.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled))
deadline = QDeadlineTimer(20000)
while (w.wizard._slices or w.wizard._ahead.isActive()) and not deadline.hasExpired():
    app.processEvents()
print(w.wizard.is_built(PageId.LOVED_ONE), w.wizard.page(PageId.LOVED_ONE).waiting is None)
"""


@pytest.mark.parametrize("welcome", [True, False])
def test_the_first_step_is_shown_before_qt_is_built_and_the_rest_comes_after(welcome):
    """Both of bench/startup.py's ways to the first step (`--demo` shows "One moment…" on
    "Your loved one"); then the wizard's first slice builds the namespace, "One moment…"
    takes composed text on the first turn, and the page comes in as before."""
    shown, composed, after = run_probe(FIRST_STEP.replace("WELCOME", str(welcome)))[-3:]
    assert shown == ("False 0" if welcome else "False 1")
    assert composed == "True"
    assert after == "True True"


def test_getting_ready_takes_composed_text_once_qt_is_built(qtbot):
    from interventionplanner.ui.getting_ready import GettingReady

    holder = GettingReady("Your loved one")
    qtbot.addWidget(holder)
    assert holder.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert holder.focusPolicy() == Qt.FocusPolicy.StrongFocus
