"""The stall watchdog: the longest the window's thread goes without serving its event loop.

A heartbeat QTimer (every 5 ms) on the window's thread records the gap between its ticks
while a script does what a family does: opens the example, visits every step, types 500
keys into a letter, saves with a password (the dialogs answered in code, so their modal
time is not counted), previews the packet and exports it. Each phase's longest gap is
printed; the goal is none over 50 ms. Beside it, in the same run, the same heartbeat with
the event loop idle: the floor the timer itself shows on this machine.
"""

from __future__ import annotations

import contextlib
import cProfile
import os
import pstats
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.keystroke import press  # noqa: E402

KEYS = 500
PROFILE = sys.argv[sys.argv.index("--profile") + 1] if "--profile" in sys.argv else ""


class Heartbeat:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start_phase(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.timer.start()


def spin(app: QApplication, until=lambda: True, seconds=0.05, limit=120.0, what="a step"):
    """Serve the event loop until `until()` holds (and at least `seconds`)."""
    started = time.perf_counter()
    while time.perf_counter() - started < limit:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if until() and time.perf_counter() - started >= seconds:
            return
    raise SystemExit(f"the scripted run did not finish: {what}")


@contextlib.contextmanager
def profiled(name: str):
    """`--profile WORDS`: the phases whose name holds WORDS run under cProfile (the window's
    thread only), and the calls that took longest are printed after them."""
    wanted = PROFILE and PROFILE in name
    profile = cProfile.Profile() if wanted else None
    if profile:
        profile.enable()
    try:
        yield
    finally:
        if profile:
            profile.disable()
            print(f"--- profile of {name!r} (window's thread) ---")
            pstats.Stats(profile).sort_stats("cumulative").print_stats(40)


def scripted(app: QApplication, beat: Heartbeat, folder: Path) -> list[tuple[str, float]]:
    from interventionplanner.app import build_window
    from interventionplanner.ui import dialogs
    from interventionplanner.ui.wizard import PageId

    rows = []

    def phase(name: str, action, until=lambda: True) -> None:
        beat.start_phase()
        spin(app, seconds=0.02)
        with profiled(name):
            action()
            spin(app, until, what=name)
        rows.append((name, beat.worst))

    window = build_window()
    window.resize(1366, 768)
    window.show()
    phase("open the example", lambda: window.document.open_example(date.today()))
    for page in PageId:
        if page == PageId.REVIEW:
            continue
        phase(f"visit {page.name.lower().replace('_', ' ')}", lambda p=page: window.wizard.go_to(p))
    window.wizard.go_to(PageId.LETTERS)
    edit = window.wizard.letters.part_edits["my_hope"]
    edit.setFocus()

    def type_keys() -> None:
        for i in range(KEYS):
            press(edit, "abcde "[i % 6])
            app.processEvents()

    phase(f"type {KEYS} keys", type_keys, until=lambda: True)
    dialogs.ask_save_path = lambda parent: folder / "plan.ivplan"
    dialogs.ask_new_password = lambda parent: "correct horse battery staple"
    phase("save with a password", window.save_as, until=lambda: not window.document.dirty)
    review = window.wizard.review
    shown = []
    review.previewReady.connect(lambda: shown.append(True))
    phase("switch to Review, preview", lambda: window.wizard.go_to(PageId.REVIEW), lambda: shown)
    target = folder / "packet.pdf"
    dialogs.ask_pdf_save_path = lambda parent, suggested: target
    phase("export the packet", review.save_packet, until=target.exists)
    window.document.close()
    window.close()
    return rows


def main() -> None:
    app = QApplication.instance() or QApplication([])
    beat = Heartbeat()
    beat.start_phase()
    spin(app, seconds=1.0, until=lambda: True)
    idle = beat.worst
    with tempfile.TemporaryDirectory() as folder:
        rows = scripted(app, beat, Path(folder))
    beat.timer.stop()
    print("stall watchdog: longest gap of a 5 ms heartbeat on the window's thread")
    print(f"  {'idle event loop (baseline)':34} {idle * 1000:8.1f} ms")
    for name, worst in rows:
        flag = "" if worst <= 0.05 else "  over 50 ms"
        print(f"  {name:34} {worst * 1000:8.1f} ms{flag}")
    print(f"  longest stall: {max(w for _, w in rows) * 1000:.0f} ms (goal: none over 50 ms)")


if __name__ == "__main__":
    main()
