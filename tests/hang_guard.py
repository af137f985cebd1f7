"""The last guard against a hung test: a dump of every thread's stack, then the run ends.

pytest-timeout (pyproject.toml) stops a test that hangs, but it stops watching a test as
soon as the test has failed (its `pytest_exception_interact` cancels the timer, meant for
a debugger). A failed test's teardown is where a hang is most likely: a real question put
back by the test, still unanswered, asks again while pytest-qt closes the window. This
guard watches each test from setup to teardown, failure or not, and fires a minute after
pytest-timeout would have.

It names the test and its phase, dumps every thread's stack to the terminal (not to the
capture, which would be lost) and ends the run with status 1. faulthandler does it from C
a little later in case Python's lock is held and no Python thread can run.
"""

from __future__ import annotations

import faulthandler
import os
import threading
from typing import TextIO

import pytest

MARGIN_S = 60  # after the test's own pytest-timeout limit
C_MARGIN_S = 30  # faulthandler's, after this guard's own
DEFAULT_S = 600.0  # when pytest-timeout is not configured (a run with -p no:timeout)

_terminal: list[TextIO] = []  # a copy of the terminal's stderr, made while not captured


def limit_of(item: pytest.Item) -> float:
    """The test's pytest-timeout limit (its marker's, else the ini's), in seconds; 0 is none."""
    marker = item.get_closest_marker("timeout")
    if marker is not None and marker.args:
        return float(marker.args[0])
    if marker is not None and "timeout" in marker.kwargs:
        return float(marker.kwargs["timeout"])
    try:
        configured = item.config.getini("timeout")
    except ValueError:  # pytest-timeout not loaded
        return DEFAULT_S
    return float(configured) if configured not in (None, "") else DEFAULT_S


def configure() -> None:
    """At pytest_configure: capture is suspended then, so file descriptor 2 is the terminal."""
    if not _terminal:
        _terminal.append(os.fdopen(os.dup(2), "w", buffering=1))


class Guard:
    """Armed for one test; `phase` is kept up to date so the message can say where."""

    def __init__(self, item: pytest.Item, seconds: float) -> None:
        self.item = item
        self.phase = "setup"
        self.failed = ""  # a failed phase's report: the run ends before pytest prints it
        self._timer = threading.Timer(seconds, self._fire, (seconds,))
        self._timer.daemon = True
        self._timer.name = f"hang guard {item.nodeid}"
        self._c_seconds = seconds + C_MARGIN_S

    def arm(self) -> None:
        self._timer.start()
        faulthandler.dump_traceback_later(self._c_seconds, exit=True, file=_terminal[0])

    def disarm(self) -> None:
        self._timer.cancel()
        faulthandler.cancel_dump_traceback_later()

    def _fire(self, seconds: float) -> None:
        out = _terminal[0]
        out.write(
            f"\n{'+' * 20} Hung: {self.item.nodeid} ({self.phase}) still running after "
            f"{seconds:.0f} s; every thread's stack follows, then the run ends "
            f"(tests/hang_guard.py) {'+' * 20}\n"
        )
        if self.failed:
            out.write(f"It had failed before it hung:\n{self.failed}\n\n")
        out.flush()
        faulthandler.dump_traceback(file=out, all_threads=True)
        out.flush()
        os._exit(1)


def guard_for(item: pytest.Item) -> Guard | None:
    limit = limit_of(item)
    if limit <= 0 or not _terminal:
        return None
    return Guard(item, limit + MARGIN_S)


# --- the hooks, imported by tests/conftest.py ----------------------------------------------

_armed: list[Guard] = []  # the running test's guard


def pytest_configure(config: pytest.Config) -> None:
    configure()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    guard = guard_for(item)
    if guard is None:
        return (yield)
    _armed.append(guard)
    guard.arm()
    try:
        return (yield)
    finally:
        guard.disarm()
        _armed.remove(guard)


_NEXT_PHASE = {"setup": "call", "call": "teardown"}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """A phase's report comes before the next phase starts (plugins' hooks included)."""
    if not _armed:
        return
    if report.failed:
        _armed[-1].failed += report.longreprtext
    if report.when in _NEXT_PHASE:
        _armed[-1].phase = _NEXT_PHASE[report.when]
