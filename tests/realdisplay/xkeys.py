"""A person's keyboard and mouse on the real display: xdotool through the X server.

Nothing here sends an event to a widget. xdotool types into whatever window the X server
has focused, and Qt hands each key to its own focus widget, exactly as for a person. After
each action Qt's event loop runs until the expected result shows (qtbot.waitUntil), so no
test sleeps. xdotool runs beside the event loop, not before it, so Qt keeps up with what
it sends.

A character outside the keyboard layout (é, ü) is given a spare key of its own for the
rest of the session (`_on_a_spare_key`) before it is first typed. Left to itself, xdotool
maps such a character onto a spare key, presses it and maps the key back at once: Qt reads
the map when it handles the map's change, and under load that was after xdotool had
mapped the key back, so the key typed nothing ("ë", "é" lost in the keyboard journey, 1
run in 4 of the whole suite at load 8 on 2 cores). A map that no longer changes is the
same whenever Qt reads it, and the X server sends the change before the key.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QElapsedTimer, QPoint, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

TIMEOUT_MS = 5_000
ASK_FOCUS_MS = 1_000  # a modal dialog not focused by then is asked to take the focus
# xdotool reads its text in the locale's encoding: UTF-8, whatever the machine's locale.
_ENV = {**os.environ, "LC_ALL": "C.UTF-8"}


class XKeys:
    def __init__(self, qtbot, shots_dir: Path) -> None:
        self.qtbot = qtbot
        self.shots_dir = shots_dir
        self._timers: list[QTimer] = []

    # --- running xdotool beside the event loop -------------------------------------------

    def _run(self, *args: str, until: Callable[[], object] | None = None) -> None:
        process = subprocess.Popen(
            ["xdotool", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_ENV
        )
        try:
            self.qtbot.waitUntil(lambda: process.poll() is not None, timeout=TIMEOUT_MS)
        except Exception:
            process.kill()
            path = self.shot("timeout-xdotool")
            raise AssertionError(
                f"xdotool {' '.join(args)} did not finish: {process.stderr.read().decode()}; "
                f"see {path}"
            ) from None
        if process.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)}: {process.stderr.read().decode()}")
        if until is not None:
            self.wait(until, f"after xdotool {' '.join(args)}")

    def wait(
        self, until: Callable[[], object], what: str = "", timeout_ms: int = TIMEOUT_MS
    ) -> None:
        """Run Qt's event loop until `until()` holds; on a timeout, keep a screenshot."""
        try:
            self.qtbot.waitUntil(lambda: bool(until()), timeout=timeout_ms)
        except Exception:
            path = self.shot("timeout")
            focus = QApplication.focusWidget()
            raise AssertionError(
                f"gave up waiting {what}; focus on {focus!r}; see {path}"
            ) from None

    # --- windows ---------------------------------------------------------------------------

    def activate(self, widget: QWidget) -> None:
        """Raise and focus the top-level window holding `widget`, through the window manager."""
        window = widget.window()
        self.qtbot.waitExposed(window)
        self._run("windowactivate", "--sync", str(int(window.winId())))
        self.qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)

    # --- the mouse -------------------------------------------------------------------------

    def click(self, widget: QWidget, pos: QPoint | None = None, *, until=None) -> None:
        """Move the pointer over `widget` (its middle unless `pos` is given) and click."""
        point = widget.mapToGlobal(pos if pos is not None else widget.rect().center())
        ratio = widget.devicePixelRatioF()
        x, y = round(point.x() * ratio), round(point.y() * ratio)
        # No --sync: it waits for motion, and never returns if the pointer is already there.
        self._run("mousemove", str(x), str(y), "click", "1", until=until)

    # --- the keyboard ----------------------------------------------------------------------

    def type(self, text: str, *, until: Callable[[], object] | None = None) -> None:
        """Type `text` into whatever has focus now. Newlines are the Return key.

        A character outside the keyboard layout (ë, é) is typed on its own, on the spare
        key it keeps for the session (`_on_a_spare_key`).
        """
        for run in _runs(text):
            if run == "\n":  # xdotool would send Linefeed, which no editor takes as Return
                self._run("key", "Return")
                continue
            if not run.isascii():
                _on_a_spare_key(run)
            self._run("type", "--delay", "8", "--", run)
        if until is not None:
            self.wait(until, f"after typing {text!r}")

    def key(self, *keys: str, until: Callable[[], object] | None = None) -> None:
        """Press keys or chords by their X names: "Tab", "alt+n", "ctrl+s", "Escape"."""
        self._run("key", "--delay", "20", "--", *keys, until=until)

    def focus(self) -> QWidget | None:
        return QApplication.focusWidget()

    def tab_to(self, widget: QWidget, *, backwards: bool = False, limit: int = 60) -> None:
        """Press Tab (or Shift+Tab) until `widget` has the focus, as a keyboard user does."""
        chord = "shift+Tab" if backwards else "Tab"
        for _ in range(limit):
            if widget.hasFocus():
                return
            before = QApplication.focusWidget()
            self.key(chord, until=lambda b=before: QApplication.focusWidget() is not b)
        raise AssertionError(f"Tab never reached {widget!r}; focus is on {self.focus()!r}")

    # --- modal dialogs ---------------------------------------------------------------------

    def when_modal(self, answer: Callable[[QWidget], None]) -> list[QWidget]:
        """Call `answer(dialog)` once a modal dialog is up and focused, for Qt and for the X
        server; returns a list that then holds the dialog.

        A modal dialog runs its own event loop, so the test's next line would only run after
        it closed. A timer inside that loop does the answering instead, with real keys.
        """
        clock = QElapsedTimer()
        clock.start()
        gave_up: list[QWidget] = []

        def focused_dialog() -> QWidget | None:
            dialog = QApplication.activeModalWidget()
            if gave_up or dialog is None or not dialog.isVisible():
                return None
            if dialog.isActiveWindow() and _x_focus() == int(dialog.winId()):
                return dialog
            if clock.elapsed() > TIMEOUT_MS:  # a lost focus must fail the test, not hang it
                self.shot("timeout-modal")
                gave_up.append(dialog)
                dialog.reject()
            elif clock.elapsed() > ASK_FOCUS_MS:
                dialog.activateWindow()  # the window manager may not have given it focus
            return None

        return self._answer_once(focused_dialog, answer, lambda dialog: dialog.reject())

    def when_menu(self, answer: Callable[[QMenu], None]) -> list[QMenu]:
        """Call `answer(menu)` once a context menu is up: it runs its own event loop too."""

        def shown_menu() -> QMenu | None:
            menu = QApplication.activePopupWidget()
            return menu if isinstance(menu, QMenu) and menu.isVisible() else None

        return self._answer_once(shown_menu, answer, lambda menu: menu.close())

    def _answer_once(self, ready, answer, close) -> list:
        """Every 20 ms, until `ready()` gives a widget: then `answer(widget)` once, and
        `close(widget)` if the answer fails or has not closed it by the usual timeout
        (never leave a test hanging on an open one)."""
        seen: list = []
        timer = QTimer()
        timer.setInterval(20)

        def check() -> None:
            widget = ready()
            if widget is None:
                return
            timer.stop()
            seen.append(widget)
            try:
                answer(widget)
            except BaseException:
                close(widget)
                raise
            self._close_if_still_open(widget, close)

        timer.timeout.connect(check)
        timer.start()
        self._timers.append(timer)  # kept alive until the test ends
        return seen

    def _close_if_still_open(self, widget: QWidget, close) -> None:
        """The answer's keys may have gone to another window (the focus lost to the window
        manager): the dialog would wait for them forever, and with it the test, whose every
        timeout sits below the dialog's loop on the stack. Closed, the test fails instead,
        at its next wait, with this screenshot."""

        def still_open() -> None:
            if shiboken6.isValid(widget) and widget.isVisible():
                path = self.shot("timeout-answered")
                close(widget)
                raise AssertionError(f"{widget!r} was answered but stayed open; see {path}")

        QTimer.singleShot(TIMEOUT_MS, widget, still_open)

    # --- screenshots -----------------------------------------------------------------------

    def shot(self, name: str) -> Path:
        """The whole screen as the X server shows it, saved as NAME.png."""
        QApplication.processEvents()
        screen = QGuiApplication.primaryScreen()
        path = self.shots_dir / f"{name}.png"
        if not screen.grabWindow(0).save(str(path)):
            raise AssertionError(f"could not save {path}")
        return path


def _x_focus() -> int | None:
    """The window the X server sends keys to now. Qt may call a new dialog active a moment
    before the X focus reaches it: a key sent then goes to the window behind (an Esc was
    lost so, 2 runs in 20 of test_dialogs at load 7-11 on 2 cores)."""
    try:
        said = subprocess.run(
            ["xdotool", "getwindowfocus"], capture_output=True, text=True, timeout=2, env=_ENV
        ).stdout
    except subprocess.TimeoutExpired:
        return None
    return int(said) if said.strip().isdigit() else None


_KEPT: dict[str, set[str]] = {}  # by X display, the characters given a key of their own


def _on_a_spare_key(char: str) -> None:
    """Map `char` onto a key the layout leaves empty, for the rest of the X session (the
    conftest's Xvfb runs with -noreset: a reset would restore the layout). xdotool then
    finds it in the map and presses that key, changing nothing. Through libX11 itself
    (xmodmap is not among the tools CI installs)."""
    kept = _KEPT.setdefault(os.environ.get("DISPLAY", ""), set())
    if char in kept:
        return
    code = ord(char)
    keysym = code if code <= 0xFF else 0x01000000 | code  # as xdotool looks it up
    x11 = _libx11()
    display = x11.XOpenDisplay(None)
    if not display:
        raise AssertionError(f"cannot open the X display {os.environ.get('DISPLAY')!r}")
    try:
        keycode = _empty_keycode(x11, display)
        x11.XChangeKeyboardMapping(display, keycode, 1, (ctypes.c_ulong * 1)(keysym), 1)
        x11.XSync(display, 0)
    finally:
        x11.XCloseDisplay(display)
    kept.add(char)


def _empty_keycode(x11, display) -> int:
    """The highest key the current map gives no symbol."""
    low, high, per_key = ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
    x11.XDisplayKeycodes(display, ctypes.byref(low), ctypes.byref(high))
    count = high.value - low.value + 1
    symbols = x11.XGetKeyboardMapping(display, low.value, count, ctypes.byref(per_key))
    try:
        width = per_key.value
        empty = [
            low.value + n
            for n in range(count)
            if not any(symbols[n * width + level] for level in range(width))
        ]
    finally:
        x11.XFree(symbols)
    if not empty:
        raise AssertionError("no key left empty in the X keyboard map for a spare character")
    return max(empty)


def _libx11():
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDisplayKeycodes.argtypes = [ctypes.c_void_p, *[ctypes.POINTER(ctypes.c_int)] * 2]
    x11.XGetKeyboardMapping.restype = ctypes.POINTER(ctypes.c_ulong)
    x11.XGetKeyboardMapping.argtypes = [
        ctypes.c_void_p, ctypes.c_ubyte, ctypes.c_int, ctypes.POINTER(ctypes.c_int)
    ]  # fmt: skip
    x11.XChangeKeyboardMapping.argtypes = [
        ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_ulong), ctypes.c_int
    ]  # fmt: skip
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XFree.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return x11


def _runs(text: str) -> list[str]:
    """ "Zoë Ruiz" → ["Zo", "ë", " Ruiz"]: ASCII runs, and each newline or other character
    alone."""
    runs: list[str] = []
    for char in text:
        alone = char == "\n" or not char.isascii()
        if not alone and runs and runs[-1].isascii() and runs[-1] != "\n":
            runs[-1] += char
        else:
            runs.append(char)
    return runs
