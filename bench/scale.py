"""Issue 23's scale grid: people 3, 12, 48 × words a letter 300, 1,500, 5,000.

Each cell runs in a fresh process (so memory is its own) and prints: keystroke median and
worst (keys sent to the letter editor, through the real key path, with every step built
and visited first), the first visit to Letters (until its page is in), the longest block
of the window's thread on the switch to each step (a 5 ms heartbeat, as in stall.py: the
switch and the 0.3 s after it; for Review, until its preview shows) with the window's own
CPU time inside that block, the export's time per page
with and without reading copies, and the resident memory after visiting every step. The
example plan, in the same run, is the baseline for memory. To keep the grid to a few
minutes, the big cells type fewer keys (see KEYS) and export once. Each cell starts as an
installed app's first launch does: an empty cache folder of its own, beside the coach's
seed (bench/cache_state.py).

    python -m bench.scale                       the whole grid, once
    python -m bench.scale 48x300 48x5000 -r 3   those cells, each the median of three runs
    python -m bench.scale 48x5000 --pace 1.5    a person's pace: 1.5 s on each step
    python -m bench.scale 48x5000 --probe 30    also each build slice and gap over 30 ms
    python -m bench.scale 48x5000 --no-export   the steps only (the export's columns print 0)
    python -m bench.scale 48x5000 --busy-loop   the event loop polled, not slept in (round 8)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from bench.cache_state import announce_first_launch, own_cache_folder

ROOT = Path(__file__).resolve().parents[1]
PEOPLE = (3, 12, 48)
WORDS = (300, 1500, 5000)
EXTRA: list[str] = []  # passed on to each cell's process (bench.stall reads --busy-loop)
STEPS = (
    "welcome",
    "loved_one",
    "meeting",
    "participants",
    "letters",
    "order",
    "treatment",
    "review",
)


def keys_for(people: int, words: int) -> int:
    return 60 if people * words <= 20_000 else 20


CELL = r"""
import io, json, os, statistics, sys, tempfile, time
from datetime import date
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from bench.export import letter_of
from bench.keystroke import press
from bench.stall import Heartbeat, spin
from interventionplanner.app import build_window
from interventionplanner.domain.plan import Letter, Participant, Role
from interventionplanner.storage.example import example_plan
from interventionplanner.ui.wizard import PageId

people, words, keys = (int(a) for a in sys.argv[1:4])
pace, probe_ms, export = float(sys.argv[4]), float(sys.argv[5]), sys.argv[6] == "1"
probed = []  # (phase, what, ms): slices and heartbeat gaps over probe_ms
phase = "opening"
if probe_ms:
    from interventionplanner.ui.wizard import PlanWizard
    def where(gen):  # the innermost generator's name and line: where a slice starts/stops
        while getattr(gen, "gi_yieldfrom", None) is not None:
            gen = gen.gi_yieldfrom
        frame = getattr(gen, "gi_frame", None)
        name = getattr(getattr(gen, "gi_code", None), "co_qualname", "?")
        return f"{name}:{frame.f_lineno}" if frame else name
    next_slice = PlanWizard._next_slice
    def timed_slice(wizard):
        slices, begun = wizard._slices, where(wizard._slices)
        started, cpu = time.perf_counter(), time.thread_time()
        next_slice(wizard)
        ms = (time.perf_counter() - started) * 1e3
        if ms > probe_ms:
            cpu_ms = (time.thread_time() - cpu) * 1e3
            probed.append((phase, f"slice {begun} .. {where(slices)} ({cpu_ms:.0f} ms CPU)", ms))
    PlanWizard._next_slice = timed_slice
    tick = Heartbeat._tick
    def timed_tick(beat):
        if (gap := (time.perf_counter() - beat.last) * 1e3) > probe_ms:
            probed.append((phase, "heartbeat gap", gap))
        tick(beat)
    Heartbeat._tick = timed_tick
def rss():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
window = build_window(); window.resize(1366, 768); window.show()
plan = example_plan(date.today())
if people:
    paragraphs = [p.split() for x in plan.participants for p in x.letter.text().split("\n\n")]
    team = [Participant(name=f"Person {n + 1}", relationship="family",
                        roles=[Role.SPEAKER] + ([Role.CHAIRPERSON] if n == 0 else []),
                        letter=Letter(love_and_memory=letter_of(paragraphs, words, n * 3)))
            for n in range(people)]
    plan.participants, plan.speaker_order = team, [p.id for p in team]
    plan.seating, plan.closer_id = [p.id for p in team[:12]], team[-1].id
window.document.open_example(date.today())
window.document.update(["participants", "speaker_order", "seating", "closer_id"],
                       lambda p: p.__dict__.update(participants=plan.participants,
                       speaker_order=plan.speaker_order, seating=plan.seating,
                       closer_id=plan.closer_id))
out = {}
beat = Heartbeat()
for page in PageId:
    if page == PageId.REVIEW:
        continue
    beat.start_phase(); phase = page.name.lower()
    started = time.perf_counter()
    window.wizard.go_to(page)
    if probe_ms:
        probed.append((phase, "go_to", (time.perf_counter() - started) * 1e3))
    app.processEvents()
    came_in = []  # a step reached unbuilt says "One moment…" and comes in a few turns later
    def is_in(page=page):
        if not came_in and window.wizard.ready_page(page) is not None:
            came_in.append(time.perf_counter())
        return bool(came_in)
    spin(app, is_in, seconds=0.3)  # the switch, its first paint and what follows at once
    if page == PageId.LETTERS:
        out["letters_first_visit"] = came_in[0] - started  # until the page is in
    out[f"switch_{page.name.lower()}"] = beat.worst
    out[f"cpu_{page.name.lower()}"] = beat.worst_cpu  # the window's own work in that gap
    spin(app, seconds=max(pace - 0.3, 0))  # reading the step (the next is built meanwhile)
spin(app, seconds=0.5)
beat.start_phase(); shown = []; phase = "review"
window.wizard.review.previewReady.connect(lambda: shown.append(1))
window.wizard.go_to(PageId.REVIEW)
spin(app, lambda: shown, seconds=0.1, limit=600)
out["review_block"] = out["switch_review"] = beat.worst; beat.timer.stop()
out["cpu_review"] = beat.worst_cpu
out["probed"] = probed
out["rss_all_steps"] = rss()
window.wizard.go_to(PageId.LETTERS); app.processEvents()
edit = window.wizard.letters.part_edits["love_and_memory"]; edit.setFocus()
from PySide6.QtGui import QTextCursor
edit.moveCursor(QTextCursor.MoveOperation.End)
times = []
for i in range(keys):
    started = time.perf_counter()
    press(edit, "abcde "[i % 6]); app.processEvents(); edit.viewport().repaint()
    times.append(time.perf_counter() - started)
out["key_median"], out["key_worst"] = statistics.median(times), max(times)
out.update(packet_page=0, pages=0, copy_pages=0, copy_page=0, with_copies_page=0, copy_ratio=0)
if export:
    from pypdf import PdfReader
    from interventionplanner.output.packet import PacketOptions, build_packet, export_reading_copies
    from interventionplanner.storage.catalogue import load_catalogue
    snapshot, catalogue = window.document.plan, load_catalogue()
    options = PacketOptions(paper="letter", today=date.today())
    started = time.perf_counter(); pdf = build_packet(snapshot, catalogue, options)
    packet_s = time.perf_counter() - started
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        paths = export_reading_copies(snapshot, catalogue, Path(folder), options)
        copies_s = time.perf_counter() - started
        copy_pages = sum(len(PdfReader(str(p)).pages) for p in paths)
    out.update(packet_page=packet_s / pages, pages=pages, copy_pages=copy_pages,
               copy_page=copies_s / max(copy_pages, 1),
               with_copies_page=(packet_s + copies_s) / (pages + copy_pages),
               copy_ratio=copies_s / max(copy_pages, 1) / (packet_s / pages))
window.document.close(); window.close()
print("RESULT", json.dumps(out), flush=True)
"""


def cell(
    people: int, words: int, keys: int, pace: float = 0.3, probe: float = 0, export: bool = True
) -> dict:
    with own_cache_folder():  # each cell an installed app's first launch
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                CELL,
                *map(str, (people, words, keys, pace, probe, int(export))),
                *EXTRA,
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=900,
        )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise SystemExit(f"cell {people} x {words} failed:\n{done.stderr[-2000:]}")


def median_cell(
    people: int, words: int, keys: int, runs: int, pace: float, probe: float = 0, export=True
) -> dict:
    """Each figure the median of `runs` fresh processes (page counts are the same in all);
    with `probe`, each run's slices and gaps over that many ms are printed as they come."""
    found = [cell(people, words, keys, pace, probe, export) for _ in range(runs)]
    for run, r in enumerate(found):
        for phase, what, ms in r.pop("probed"):
            print(f"    probe {people} x {words:,} run {run + 1}: {phase:12} {ms:6.1f} ms  {what}")
    return {key: statistics.median(r[key] for r in found) for key in found[0]}


def chosen_cells(names: list[str]) -> list[tuple[int, int]]:
    """ "48x5000" → (48, 5000); every cell of the grid when none is named."""
    if not names:
        return [(p, w) for p in PEOPLE for w in WORDS]
    return [tuple(int(n) for n in name.lower().replace(",", "").split("x")) for name in names]


def main() -> None:
    parser = argparse.ArgumentParser(description="Issue 23's scale grid.")
    parser.add_argument("cells", nargs="*", help='cells such as "48x5000" (default: all)')
    parser.add_argument("-r", "--runs", type=int, default=1, help="runs a cell (median)")
    parser.add_argument(
        "--pace",
        type=float,
        default=0.3,
        help="seconds on each step before the next (0.3: straight through; a person reads "
        "for longer, and the next step is built in slices meanwhile)",
    )
    parser.add_argument(
        "--probe",
        type=float,
        default=0,
        metavar="MS",
        help="print every build slice and heartbeat gap over MS ms, with the step it was "
        "on and where in the code each slice began and ended (to find slices to split)",
    )
    parser.add_argument(
        "--no-export",
        action="store_true",
        help="leave out the export (its columns print 0): the step switches in a minute",
    )
    parser.add_argument(
        "--busy-loop",
        action="store_true",
        help="poll the event loop between events instead of sleeping (as up to round 8)",
    )
    args = parser.parse_args()
    announce_first_launch("scale", " (each cell)")
    if args.busy_loop:
        EXTRA.append("--busy-loop")
    export = not args.no_export
    base = median_cell(0, 0, 60, args.runs, args.pace, export=export)
    ms = 1000
    print(
        f"scale grid (people x words a letter); keys typed per cell in brackets; "
        f"medians of {args.runs} run(s); {args.pace:g} s on each step"
    )
    print(
        "  cell          key med/worst ms  Letters 1st  Review block  "
        "ms/page packet / copies / both  memory vs example"
    )
    cells = [("example", 0, 0, 60)] + [
        (f"{p} x {w:,}", p, w, keys_for(p, w)) for p, w in chosen_cells(args.cells)
    ]
    rows = []
    for name, people, words, keys in cells:  # each row as soon as it is measured
        r = (
            base
            if people == 0
            else median_cell(people, words, keys, args.runs, args.pace, args.probe, export)
        )
        print(
            f"  {name:12} [{keys:2}] {r['key_median'] * ms:6.1f} / {r['key_worst'] * ms:6.1f}"
            f"  {r['letters_first_visit'] * ms:8.0f} ms  {r['review_block'] * ms:8.0f} ms"
            f"   {r['packet_page'] * ms:6.1f} / {r['copy_page'] * ms:6.1f} /"
            f" {r['with_copies_page'] * ms:6.1f}  ({r['pages']:.0f}+{r['copy_pages']:.0f} p,"
            f" copy page {r['copy_ratio']:.2f}x)"
            f"   {r['rss_all_steps'] / base['rss_all_steps']:.2f}x"
            f" ({r['rss_all_steps'] / 2**20:.0f} MiB)",
            flush=True,
        )
        rows.append((name, r))
    print(
        "longest block on the switch to each step, ms (Review: until its preview shows); "
        "in brackets the window's own CPU in it (the rest it waited: for a core, or for "
        "Python's lock while a worker ran)"
    )
    print("  cell         " + " ".join(f"{step[:10]:>10}" for step in STEPS))
    for name, r in rows:
        print(
            f"  {name:12} "
            + " ".join(
                f"{r[f'switch_{step}'] * ms:4.0f} ({r[f'cpu_{step}'] * ms:3.0f})" for step in STEPS
            )
        )


if __name__ == "__main__":
    main()
