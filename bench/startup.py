"""Start-up: process start to the first step shown, with the example plan loaded.

Beside it, in the same run, a bare QApplication showing a QWizard with one empty page: the
floor any PySide6 wizard pays. The ratio is what this app adds. Each is a fresh process,
measured from just before it is started to the moment it reports its window shown.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5

APP = """
import sys
from datetime import date
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from interventionplanner.app import build_window
from interventionplanner.ui.wizard import PageId
window = build_window()
window.document.open_example(date.today())
window.wizard.go_to(PageId.LOVED_ONE)
window.show()
heavy = [m for m in ("reportlab", "PySide6.QtPdf", "PySide6.QtPdfWidgets") if m in sys.modules]
QTimer.singleShot(0, lambda: (print("shown", *heavy, flush=True), app.quit()))
app.exec()
"""

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication(sys.argv[:1])
wizard = QWizard()
wizard.addPage(QWizardPage())
wizard.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def time_to_shown(code: str, env: dict[str, str]) -> tuple[float, list[str]]:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    words = child.stdout.readline().split()
    elapsed = time.perf_counter() - started
    child.wait()
    if not words or words[0] != "shown":
        raise SystemExit("the window was never shown")
    return elapsed, words[1:]


def main() -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(ROOT),
    }
    app_times, bare_times, heavy = [], [], []
    for _ in range(RUNS):  # interleaved, so a busy moment hurts both sides alike
        seconds, heavy = time_to_shown(APP, env)
        app_times.append(seconds)
        bare_times.append(time_to_shown(BARE, env)[0])
    app, bare = statistics.median(app_times), statistics.median(bare_times)
    print(f"start-up to first step, median of {RUNS}:")
    print(f"  bare QWizard, one page:        {bare * 1000:7.0f} ms")
    print(f"  Intervention Planner, example: {app * 1000:7.0f} ms")
    print(f"  ratio:                         {app / bare:7.2f}x")
    print(f"  heavy modules loaded at start: {', '.join(heavy) or 'none'}")


if __name__ == "__main__":
    main()
