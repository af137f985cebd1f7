"""Typing: the cost of one keystroke in a 5,000-word letter, from the key to the repaint.

Every step of the window is built and visited first, so whatever listens to the plan is
listening. Beside it, in the same run, a bare QPlainTextEdit holding the same letter: the
floor any Qt text box pays. The goal: at most twice the bare editor and never over 16 ms
(one frame at 60 Hz). The pause work that follows typing (counts, the coach's list, the
checklist) is timed once on its own.

Each key is timed in CPU time of the window's thread (`time.thread_time`), not wall time:
on a machine shared with other work, wall time measures the neighbours as much as the app.
The window starts as an installed app's first launch does (bench/cache_state.py).
"""

from __future__ import annotations

import os
import statistics
import time
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from bench.cache_state import first_launch  # noqa: E402

KEYS = 200
WORDS = 5000
# What is typed: a word the dictionary does not know, again and again (each is underlined as
# the next begins: the costliest typing), and words spelled right.
UNKNOWN = "abcde "
SPELLED = "we went to the lake "


def letter(words: int) -> str:
    sentence = "I remember the summer we drove to the lake and you taught me to fish. "
    paragraphs = []
    per = len(sentence.split())
    for i in range(words // per):
        paragraphs.append(sentence)
        if i % 8 == 7:
            paragraphs.append("\n\n")
    return "".join(paragraphs)


def press(widget, char: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        )


def key_times(app: QApplication, edit: QPlainTextEdit, typed: str = UNKNOWN) -> list[float]:
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    edit.insertPlainText("\n\n")  # a paragraph of its own, as each run begins
    app.processEvents()
    times = []
    for i in range(KEYS):
        started = time.thread_time()
        press(edit, typed[i % len(typed)])
        app.processEvents()
        edit.viewport().repaint()
        times.append(time.thread_time() - started)
    return times


def bare(app: QApplication, text: str) -> dict[str, list[float]]:
    edit = QPlainTextEdit()
    edit.setPlainText(text)
    edit.resize(800, 600)
    edit.show()
    app.processEvents()
    return {typed: key_times(app, edit, typed) for typed in (UNKNOWN, SPELLED)}


def ours(app: QApplication, text: str) -> tuple[dict[str, list[float]], float]:
    from interventionplanner.app import build_window
    from interventionplanner.ui.wizard import PageId

    window = build_window()
    window.resize(1366, 768)
    window.show()
    window.document.open_example(date.today())
    writer = window.document.plan.speaking_order()[0]
    window.document.set(f"participants/{writer.id}/letter/my_hope", text)
    previewed: list[bool] = []
    window.wizard.review.previewReady.connect(lambda: previewed.append(True))
    for page in PageId:
        window.wizard.go_to(page)
        app.processEvents()
    deadline = time.perf_counter() + 60
    while not previewed and time.perf_counter() < deadline:
        app.processEvents()  # the packet preview is made once, before typing starts
    window.wizard.go_to(PageId.LETTERS)
    letters = window.wizard.letters
    ids = [p.id for p in letters.model.writers]
    letters.table.setCurrentIndex(letters.model.index(ids.index(writer.id), 0))
    letters.show_part(2)
    edit = letters.part_edits["my_hope"]
    deadline = time.perf_counter() + 60
    while not edit.spelling_ready() and time.perf_counter() < deadline:
        app.processEvents()  # typing is measured once the dictionary has loaded (once a run)
    for _ in range(20):
        app.processEvents()
    times = {typed: key_times(app, edit, typed) for typed in (UNKNOWN, SPELLED)}
    started = time.perf_counter()
    letters.analyse()
    window.watcher.recheck()
    pause = time.perf_counter() - started
    window.document.close()
    window.close()
    return times, pause


def main() -> None:
    app = QApplication.instance() or QApplication([])
    text = letter(WORDS)
    base = bare(app, text)
    with first_launch("keystroke"):
        mine, pause = ours(app, text)
    print(f"keystroke in a {WORDS:,}-word letter, key to repaint, {KEYS} keys (CPU time):")
    for typed, what in ((UNKNOWN, "unknown words"), (SPELLED, "words spelled right")):
        print(f"  typing {what} ({typed.strip()!r} …):")
        for who, times in (("bare QPlainTextEdit", base[typed]), ("this app", mine[typed])):
            median, worst = statistics.median(times) * 1000, max(times) * 1000
            print(f"    {who:<20} median {median:6.2f} ms  worst {worst:6.2f} ms")
        ratio = statistics.median(mine[typed]) / statistics.median(base[typed])
        print(f"    ratio (median)       {ratio:.2f}x   (goal <= 2x, never over 16 ms)")
    print(f"  after a pause: counts, coach list and checklist once: {pause * 1000:.1f} ms")


if __name__ == "__main__":
    main()
