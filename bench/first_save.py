"""The first save of a session made at once: the example opened, then Save As straight away
(no step visited, nothing typed, so no safety copy has been written, whose write would
build the save's checks too). The dialogs are gone through as `bench/stall.py` goes through
them (a quick person: FILE_DIALOG_S in the file dialog, the password typed a key every
KEY_S).

Each run is a fresh process (a first save is one a process). It prints when the save's
checks (`planfile.prepare_checks`, pydantic's validators: 120-150 ms cold) were built,
counted from the choice of Save As, beside how long the dialogs were open: built after the
dialogs closed, the save itself would build them while the window waits for Python's lock.
Then the save's longest gap on the window's thread (from the dialogs' closing to the file
written) and the longest inside the dialogs (not counted, as issue 16 says).

    python -m bench.first_save [--runs N]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench import stall
from bench.cache_state import first_launch

RUNS = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3


def run_once() -> None:
    from PySide6.QtWidgets import QApplication

    from interventionplanner.app import build_window
    from interventionplanner.storage import planfile
    from interventionplanner.ui import dialogs

    built: list[float] = []
    prepare = planfile.prepare_checks

    def timed_prepare() -> None:
        prepare()
        built.append(time.perf_counter())

    planfile.prepare_checks = timed_prepare
    app = QApplication.instance() or QApplication([])
    beat = stall.Heartbeat()
    window = build_window()
    window.resize(1366, 768)
    window.show()
    window.document.open_example(date.today())
    stall.spin(app, seconds=0.05)
    with tempfile.TemporaryDirectory() as folder:
        stall.person_in_dialogs(app, beat, Path(folder))
        closed: list[float] = []
        ask = dialogs.ask_new_password

        def ask_and_note(parent):
            answer = ask(parent)
            closed.append(time.perf_counter())
            return answer

        dialogs.ask_new_password = ask_and_note
        beat.start_phase()
        chosen = time.perf_counter()
        window.save_as()
        stall.spin(app, seconds=0.02)
        beat.timer.stop()
        window.document.close()
        window.close()
    result = {
        "checks_s": built[0] - chosen if built else None,
        "closed_s": closed[0] - chosen,
        "save": beat.worst,
        "save_cpu": beat.worst_cpu,
        "dialogs": beat.modal[0],
    }
    print("RESULT", json.dumps(result), flush=True)


def _session() -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "bench.first_save", "--run"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    line = next(line for line in out.stdout.splitlines() if line.startswith("RESULT "))
    return json.loads(line[7:])


def main() -> None:
    """As an installed app's first launch (bench/cache_state.py): every run in one empty
    cache folder of the bench's own, beside the coach's seed."""
    with first_launch("first_save"):
        _main()


def _main() -> None:
    runs = [_session() for _ in range(RUNS)]
    print("the first save at once, the example just opened (each run a fresh process):")
    print("  (seconds from the choice of Save As; * built by the save itself)")
    print(
        f"  {'checks built':>14} {'dialogs closed':>15} {'save, ms (cpu)':>16} {'in dialogs':>11}"
    )
    for run in runs:
        checks, closed = run["checks_s"], run["closed_s"]
        late = checks is None or checks > closed
        built = "after" if checks is None else f"{checks:.2f} s"
        save = f"{run['save'] * 1000:.0f} ({run['save_cpu'] * 1000:.0f})"
        print(
            f"  {built:>13}{'*' if late else ' '} {closed:13.2f} s {save:>16}"
            f" {run['dialogs'] * 1000:8.0f} ms"
        )
    built = [run["checks_s"] for run in runs if run["checks_s"] is not None]
    if built:
        print(f"  median: built {statistics.median(built):.2f} s after Save As")


if __name__ == "__main__":
    if "--run" in sys.argv:
        run_once()
    else:
        main()
