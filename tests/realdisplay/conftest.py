"""The real-display layer: an X server (Xvfb) and a window manager (openbox) for the session.

These tests run in their own pytest process (`make test` runs them after the offscreen
suite), because Qt fixes its platform once per process. Keys travel through the X server to
whatever window and widget has focus, as a person's keyboard does; see `xkeys.py`.
"""

from __future__ import annotations

import ctypes
import os
import select
import shutil
import signal
import subprocess
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any QApplication exists. tests/conftest.py only sets offscreen as a default.
os.environ["QT_QPA_PLATFORM"] = "xcb"
os.environ.pop("WAYLAND_DISPLAY", None)

SCREEN = (1366, 768)
TOOLS = ("Xvfb", "openbox", "xdotool", "xprop")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
SKIP_REASON = (
    f"the real-display tests need {', '.join(MISSING)} (.ci/run installs them)" if MISSING else ""
)


# Each test takes seconds (the longest, the keyboard journey, about 12 s on a loaded
# machine): past this it is hung, and fails by name with every thread's stack (pyproject's
# pytest-timeout settings) rather than waiting out the whole suite's generous default.
TEST_TIMEOUT_S = 180


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(TEST_TIMEOUT_S))
    if not MISSING:
        return
    print(f"\nSkipping the real-display tests: {SKIP_REASON}")  # noqa: T201 (seen in CI logs)
    for item in items:
        item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


def _die_with_this_run() -> None:
    """In the child, before it runs: end it (SIGTERM) when the test run ends, however it
    ends. A hung test ends the run at once (tests/hang_guard.py, pytest-timeout), and no
    teardown would stop the X server or openbox."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    """Xvfb picks a free display itself and writes its number to a pipe when it is ready."""
    read_end, write_end = os.pipe()
    width, height = SCREEN
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],  # fmt: skip
        pass_fds=(write_end,),
        preexec_fn=_die_with_this_run,  # noqa: PLW1509 (only the main thread starts it)
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    # Read up to the newline: closing the pipe before Xvfb has written it would kill Xvfb.
    received = b""
    try:
        while not received.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], 30)
            chunk = os.read(read_end, 64) if ready else b""
            if not chunk:
                break
            received += chunk
    finally:
        os.close(read_end)
    number = received.decode().strip()
    if not number:
        server.kill()
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"


_MANAGER: list[subprocess.Popen] = []  # the session's window manager, once started


def _start_openbox(env: dict[str, str]) -> subprocess.Popen:
    """openbox runs its --startup command once it manages the screen: that is the sign.

    The command writes to a named pipe (openbox closes inherited descriptors before it runs
    the command, so a plain pipe would never hear it).
    """
    with tempfile.TemporaryDirectory() as folder:
        fifo = Path(folder) / "ready"
        os.mkfifo(fifo)
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        manager = subprocess.Popen(
            ["openbox", "--sm-disable", "--startup", f"sh -c 'echo ready > {fifo}'"],
            env=env,
            preexec_fn=_die_with_this_run,  # noqa: PLW1509
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            ready, _, _ = select.select([reader], [], [], 30)
            said = os.read(reader, 64) if ready else b""
        finally:
            os.close(reader)
    if b"ready" not in said:
        manager.kill()
        raise RuntimeError("openbox did not start")
    return manager


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _close_qt_connection() -> None:
    """Let Qt leave the X server before the server goes, or it reports a broken connection."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    import shiboken6

    from interventionplanner.ui import dialogs

    # A window a failed test left with unsaved words must not ask: nobody is left to answer.
    dialogs.ask_unsaved = lambda parent: dialogs.Unsaved.DISCARD
    for widget in app.topLevelWidgets():
        widget.close()
    app.processEvents()
    shiboken6.delete(app)


@pytest.fixture(scope="session")
def x_display() -> Iterator[str]:
    """A private X display with a window manager, for the whole session; torn down after."""
    server, display = _start_xvfb()
    old_display = os.environ.get("DISPLAY")
    os.environ["DISPLAY"] = display
    try:
        _MANAGER.append(_start_openbox(dict(os.environ)))
        yield display
    finally:
        _close_qt_connection()
        while _MANAGER:
            _stop(_MANAGER.pop())
        _stop(server)
        if old_display is None:
            os.environ.pop("DISPLAY", None)
        else:
            os.environ["DISPLAY"] = old_display


@pytest.fixture(autouse=True)
def _window_manager_alive(x_display) -> None:
    """Every test starts with openbox managing the screen. Once, in a CI run, it was gone
    mid-session and a dialog never took the Esc sent to it: the run hung instead of
    failing. A window manager that has gone is started again, and the test says so."""
    if _MANAGER and _MANAGER[-1].poll() is not None:
        code = _MANAGER.pop().returncode
        _MANAGER.append(_start_openbox(dict(os.environ)))
        warnings.warn(f"openbox had exited ({code}); started again", stacklevel=1)


@pytest.fixture(scope="session")
def qapp_args(x_display):
    """pytest-qt builds the QApplication from these: asking for them starts the display first."""
    return ["interventionplanner-tests", "-platform", "xcb"]


@pytest.fixture(scope="session")
def shots_dir() -> Path:
    """Where screenshots go: $REALDISPLAY_SHOTS, or build/realdisplay-shots in the checkout."""
    folder = Path(
        os.environ.get("REALDISPLAY_SHOTS")
        or Path(__file__).resolve().parents[2] / "build" / "realdisplay-shots"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def xkeys(qtbot, shots_dir):
    from tests.realdisplay.xkeys import XKeys

    return XKeys(qtbot, shots_dir)
