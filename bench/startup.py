"""Start-up: process start to the first step shown, with the example plan loaded.

Beside it, in the same run, a bare QApplication showing a QWizard with one empty page: the
floor any PySide6 wizard pays. The ratio is what this app adds. Each is a fresh process,
measured from just before it is started to the moment it reports its window shown.
"""

from __future__ import annotations

import compileall
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
import resource
use = resource.getrusage(resource.RUSAGE_SELF)
cpu = use.ru_utime + use.ru_stime
import time
mine = time.thread_time()
said = ("shown", use.ru_maxrss, cpu, mine, *heavy)
QTimer.singleShot(0, lambda: (print(*said, flush=True), app.quit()))
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
import resource
use = resource.getrusage(resource.RUSAGE_SELF)
cpu = use.ru_utime + use.ru_stime
import time
mine = time.thread_time()
QTimer.singleShot(0, lambda: (print("shown", use.ru_maxrss, cpu, mine, flush=True), app.quit()))
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


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.0f} ms"


def main() -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(ROOT),
    }
    # An installed app runs from compiled bytecode (pip compiles it), so this does too; a
    # machine with PYTHONDONTWRITEBYTECODE set would otherwise compile the package each run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(ROOT / "interventionplanner", quiet=1)
    app_times, bare_times, app_kib, bare_kib = [], [], [], []
    app_cpu, bare_cpu, app_own, bare_own = [], [], [], []
    heavy: list[str] = []
    for _ in range(RUNS):  # interleaved, so a busy moment hurts both sides alike
        seconds, (peak, cpu, own, *heavy) = time_to_shown(APP, env)
        app_times.append(seconds)
        app_kib.append(int(peak))
        app_cpu.append(float(cpu))
        app_own.append(float(own))
        seconds, (peak, cpu, own, *_) = time_to_shown(BARE, env)
        bare_times.append(seconds)
        bare_kib.append(int(peak))
        bare_cpu.append(float(cpu))
        bare_own.append(float(own))
    print(f"start-up to first step, median of {RUNS}: wall clock; CPU time of the whole process")
    print("(every thread); CPU time of the window's thread alone (the coach's rules load on a")
    print("worker meanwhile). CPU times move less than the clock on a shared machine.")
    print("                                    wall   process cpu   window's thread cpu")
    print(f"  bare QWizard, one page:        {_ms(bare_times)} {_ms(bare_cpu)}     {_ms(bare_own)}")
    print(f"  Intervention Planner, example: {_ms(app_times)} {_ms(app_cpu)}     {_ms(app_own)}")
    ratios = [
        statistics.median(a) / statistics.median(b)
        for a, b in ((app_times, bare_times), (app_cpu, bare_cpu), (app_own, bare_own))
    ]
    print("  ratio:                         " + " ".join(f"{r:7.2f}x  " for r in ratios))
    print(f"  heavy modules loaded at start: {', '.join(heavy) or 'none'}")
    mine, floor = statistics.median(app_kib) / 1024, statistics.median(bare_kib) / 1024
    print("peak memory at the first step (max RSS), median:")
    print(f"  bare QWizard {floor:6.1f} MiB   this app {mine:6.1f} MiB   ratio {mine / floor:.2f}x")


if __name__ == "__main__":
    main()
