"""Run by test_recovery in its own process: type into a new plan, wait for the safety copy,
say so, then wait to be killed. It gives up by itself after 30 s, so it never outlives a test.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from interventionplanner import paths
from interventionplanner.app import build_window
from interventionplanner.ui.wizard import PageId
from tests.conftest import type_text

app = QApplication(sys.argv[:1])
window = build_window()
window.show()
window.document.new_plan()
window.wizard.go_to(PageId.LOVED_ONE)
type_text(window.wizard.loved_one.name, sys.argv[1])
recovery = paths.user_data_dir() / "recovery"


def report_when_saved() -> None:
    if any(recovery.glob("*.ivplan")):
        print("saved", flush=True)  # noqa: T201
    else:
        QTimer.singleShot(20, report_when_saved)


QTimer.singleShot(0, report_when_saved)
QTimer.singleShot(30_000, app.quit)
app.exec()
