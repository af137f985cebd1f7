"""Start-up: process start to the first step shown, with the example plan loaded.

Beside it, in the same run, a bare QApplication showing a QWizard with one empty page: the
floor any PySide6 wizard pays. The ratio is what this app adds. Each is a fresh process,
measured from just before it is started to the moment it reports its window shown.

Two ways in: "Welcome, the example read" is what earlier rounds measured (the example read
before the window is shown, so QWizard still shows its Welcome step); "--demo" is what a
family sees with `interventionplanner-gui --demo`: the window shown, then the example opened
on its first step, "Your loved one", which is built then.

`--instructions` counts instead the instructions each process runs to its first step, under
valgrind's callgrind (if installed), with a fixed hash seed: one run each, repeatable to
within 0.1 % whatever else the machine runs. It stands in for CPU time on a busy machine,
where the CPU medians move by ±20 % (docs/benchmarks.md, sixth round).
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.cache_state import first_launch

ROOT = Path(__file__).resolve().parents[1]
# Processes of each kind, interleaved (`--runs N`): more on a busy machine.
RUNS = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5

APP = """
import sys
from datetime import date
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from interventionplanner.app import build_window
from interventionplanner.ui.wizard import PageId
window = build_window()
if "{first}" == "welcome":  # as earlier rounds: the example read, the Welcome step shown
    window.document.open_example(date.today())
    window.wizard.go_to(PageId.LOVED_ONE)  # not yet shown: QWizard stays on Welcome
    window.show()
else:  # as run_gui --demo: shown, then the example opens on "Your loved one"
    window.show()
    window.open_example()
    assert window.wizard.currentId() == PageId.LOVED_ONE
heavy = [m for m in ("reportlab", "PySide6.QtPdf", "PySide6.QtPdfWidgets") if m in sys.modules]
from PySide6 import QtCore
if "Qt" in vars(QtCore):  # its 93 enum types, ~117 M instructions (ui/qt_names.py)
    heavy.append("Qt-namespace")
import os
if os.environ.get("BENCH_STOP_AT_FIRST_STEP"):  # --instructions: the count ends here
    os._exit(0)
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
import os
if os.environ.get("BENCH_STOP_AT_FIRST_STEP"):
    os._exit(0)
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


def instructions(code: str, env: dict[str, str]) -> int:
    """Instructions the process runs from its start to its first step, as callgrind counts
    them (the profile itself is not kept)."""
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
        + [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**env, "PYTHONHASHSEED": "0", "BENCH_STOP_AT_FIRST_STEP": "1"},
        cwd=ROOT,
    )
    counted = re.search(r"Collected : (\d+)", run.stderr)
    if counted is None:
        raise SystemExit(f"callgrind counted nothing:\n{run.stderr[-500:]}")
    return int(counted.group(1))


def count_instructions(env: dict[str, str], welcome: str, loved_one: str) -> None:
    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind (apt-get install valgrind)")
    bare = instructions(BARE, env)
    print("instructions to the first step (callgrind, one run each):")
    print(f"  {'bare QWizard, one page':31} {bare / 1e6:9.1f} M")
    for name, code in (
        ("Welcome, the example read", welcome),
        ("--demo: the example's 1st step", loved_one),
    ):
        mine = instructions(code, env)
        print(f"  {name:31} {mine / 1e6:9.1f} M   {mine / bare:.2f}x")


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.0f} ms"


class Runs:
    """One side's measurements over the runs: wall, process CPU, window-thread CPU, peak."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.own: list[float] = []
        self.kib: list[int] = []
        self.heavy: list[str] = []

    def run(self, env: dict[str, str]) -> None:
        seconds, (peak, cpu, own, *self.heavy) = time_to_shown(self.code, env)
        self.wall.append(seconds)
        self.cpu.append(float(cpu))
        self.own.append(float(own))
        self.kib.append(int(peak))

    def row(self, name: str) -> str:
        return f"  {name:31} {_ms(self.wall)} {_ms(self.cpu)}     {_ms(self.own)}"

    def ratios(self, bare: Runs) -> str:
        pairs = ((self.wall, bare.wall), (self.cpu, bare.cpu), (self.own, bare.own))
        ratios = [statistics.median(a) / statistics.median(b) for a, b in pairs]
        return f"  {'ratio':31}" + "".join(f" {r:7.2f}x   " for r in ratios)

    def peak(self) -> float:
        return statistics.median(self.kib) / 1024


def main() -> None:
    """As an installed app's first launch (bench/cache_state.py): every run in one empty
    cache folder of the bench's own, beside the coach's seed."""
    with first_launch("startup"):
        _main()


def _main() -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(ROOT),
    }
    # bench/__main__.py has compiled the package and unset PYTHONDONTWRITEBYTECODE.
    if "--instructions" in sys.argv:
        count_instructions(env, APP.replace("{first}", "welcome"), APP.replace("{first}", ""))
        return
    welcome, loved_one = Runs(APP.replace("{first}", "welcome")), Runs(APP.replace("{first}", ""))
    bare = Runs(BARE)
    for _ in range(RUNS):  # interleaved, so a busy moment hurts every side alike
        for side in (welcome, loved_one, bare):
            side.run(env)
    print(f"start-up to the first step, median of {RUNS}: wall clock; CPU time of the whole")
    print("process (every thread); CPU time of the window's thread alone. CPU times move less")
    print("than the clock on a shared machine.")
    print(f"  {'':31}    wall   process cpu   window's thread cpu")
    print(bare.row("bare QWizard, one page"))
    print(welcome.row("Welcome, the example read"))
    print(welcome.ratios(bare))
    print(loved_one.row("--demo: the example's 1st step"))
    print(loved_one.ratios(bare))
    heavy = ", ".join(loved_one.heavy) or "none"
    print(f"  heavy modules (or PySide6's Qt namespace) loaded at start: {heavy}")
    print("peak memory at the first step (max RSS), median:")
    floor = bare.peak()
    for name, side in (("Welcome", welcome), ("--demo", loved_one)):
        mine = side.peak()
        print(
            f"  {name:8} bare QWizard {floor:6.1f} MiB   this app {mine:6.1f} MiB   "
            f"{mine / floor:.2f}x"
        )


if __name__ == "__main__":
    main()
