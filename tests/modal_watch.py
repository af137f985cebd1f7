"""A modal dialog or a context menu that no test answers blocks its test forever.

A modal `exec()` runs its own event loop: the test's next line, and every `waitUntil`
timeout below it on the stack, wait until it closes. tests/conftest.py patches the known
questions (`no_unexpected_dialogs`), but a dialog outside that list, a real question put
back by a test that then fails, or a key that never reached the dialog would still hang
the run. The watch runs a timer inside whatever loop is running (a modal one included):
a modal widget or popup open for longer than any test needs is photographed in words (its
kind, title and the Python stack that opened it), closed, and the test fails by name.
"""

from __future__ import annotations

import re
import traceback

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

LIMIT_MS = 60_000  # far above any answer a test gives (seconds at most, on a loaded machine)
CHECK_MS = 500
_PLUMBING = re.compile(r"/_pytest/|/pluggy/|^<frozen")


class ModalWatch:
    def __init__(self, limit_ms: int = LIMIT_MS) -> None:
        self.limit_ms = limit_ms
        self.stuck: list[str] = []  # one account per widget the watch had to close
        self._watched: QWidget | None = None
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self._check)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _check(self) -> None:
        widget = _open_modal()
        if widget is None or widget is not self._watched:
            self._watched = widget
            self._clock.start()
            return
        if self._clock.elapsed() < self.limit_ms:
            return
        self.stuck.append(_account(widget, self._clock.elapsed()))
        self._watched = None
        if isinstance(widget, QDialog):
            widget.reject()  # ends its exec() as "cancel" would
        else:
            widget.close()


def _open_modal() -> QWidget | None:
    """The popup (a menu runs its own loop too) or the modal widget on screen, if any."""
    for widget in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
        if widget is not None and widget.isVisible():
            return widget
    return None


def _account(widget: QWidget, elapsed_ms: int) -> str:
    # The stack below this timer's call is the code waiting in the widget's exec(); pytest's
    # own frames say nothing.
    frames = [f for f in traceback.extract_stack()[:-2] if not _PLUMBING.search(f.filename)]
    stack = "".join(traceback.format_list(frames))
    return (
        f"{type(widget).__name__} {widget.windowTitle()!r} stayed open "
        f"{elapsed_ms / 1000:.0f} s with nobody answering it; closed by the test harness. "
        f"It was opened here:\n{stack}"
    )
