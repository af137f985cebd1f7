"""Shared test set-up: the offscreen Qt platform, a fixed language, the example plan."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile

# Before any QApplication exists: no display is needed, and tr() output is predictable.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "en_US.UTF-8"
# The packet's fonts are the bundled ones only, whatever this machine has installed; the
# system-font fallback is tested on its own (tests/test_packet_fonts.py).
os.environ["INTERVENTIONPLANNER_NO_SYSTEM_FONTS"] = "1"
# The coach keeps its compiled patterns in the user's cache folder (storage/regex_cache.py):
# the tests' own, fresh each run, never the real one.
os.environ["XDG_CACHE_HOME"] = _CACHE = tempfile.mkdtemp(prefix="ip-test-cache-")
atexit.register(shutil.rmtree, _CACHE, True)
# ... beside the checkout's seed (storage/coach_seed.py), as an installed app's first launch
# has it: no test that waits for the coach's warm-up pays for compiling every rule (some
# 6 s). Made here when missing or stale (`make test` has made it already). The tests of the
# very first run of a Python without a seed switch it off (`without_coach_seed`).
os.environ.pop("INTERVENTIONPLANNER_NO_COACH_SEED", None)
from interventionplanner.storage.coach_seed import ensure_seed  # noqa: E402

try:
    ensure_seed()
except OSError as error:  # a read-only checkout, say: the tests compile as a wheel's run does
    sys.stderr.write(f"the coach's seed could not be made ({error}); running without it\n")

from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402

from interventionplanner.domain.plan import Plan  # noqa: E402
from interventionplanner.domain.substances import Catalogue  # noqa: E402
from interventionplanner.storage.catalogue import load_catalogue  # noqa: E402
from interventionplanner.storage.example import example_plan  # noqa: E402

if TYPE_CHECKING:
    from interventionplanner.ui.lane import Lane

# A hung test's last guard, failed or not: its hooks (tests/hang_guard.py).
from tests.hang_guard import (  # noqa: E402, F401
    pytest_configure,
    pytest_runtest_logreport,
    pytest_runtest_protocol,
)

_SCORES: list[str] = []

REAL_DISPLAY = Path(__file__).resolve().parent / "realdisplay"


def pytest_ignore_collect(collection_path, config):
    """tests/realdisplay runs in its own process (`make test` does it), as Qt fixes its
    platform once per process: it is collected only when asked for by path."""
    if collection_path.resolve() != REAL_DISPLAY:
        return None
    asked = [Path(str(arg).split("::")[0]).resolve() for arg in config.args]
    return not any(path == REAL_DISPLAY or REAL_DISPLAY in path.parents for path in asked)


def without_coach_seed() -> Iterator[None]:
    """For a module's own fixture (scope="module", autouse): the coach's seed left unread,
    as a Python without one (a wheel) runs; the cold path's tests want it so."""
    from interventionplanner import paths
    from interventionplanner.storage.coach_rules import load_coach

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(paths.NO_SEED, "1")
        load_coach.cache_clear()
        yield
    load_coach.cache_clear()


@pytest.fixture
def record_score():
    """Measurements a test wants seen in every run's output, not only when it fails."""
    return _SCORES.append


def pytest_terminal_summary(terminalreporter):
    if _SCORES:
        terminalreporter.section("measurements")
        for line in _SCORES:
            terminalreporter.write_line(line)


# Tests judge the plan against a fixed day, so they never depend on the calendar.
TODAY = date(2026, 11, 27)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def demo_plan() -> Plan:
    return example_plan(TODAY)


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


# --- the window ---------------------------------------------------------------------------


@pytest.fixture
def user_dirs(tmp_path, monkeypatch):
    """Per-user folders inside the test's own folder: no test touches the real ones."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """The process's warm-up lane (ui/lane.py) outlives every test. A test that leaves it a
    longer pause, or a timer set well beyond its pause, makes later tests' warm-ups wait:
    round 15's flake, where a test's person who never paused (the module's `IDLE_MS` at a
    minute) set it a minute off and test_gui_settling waited in vain. This fails the test
    that did it, by name, not the one that waits next; checked once every fixture is torn
    down (monkeypatch has put the process's lane back)."""
    result = yield
    module = sys.modules.get("interventionplanner.ui.lane")
    line = None if module is None else module._lane
    if line is None or module._gone(line):
        return result
    if line.idle_ms != module.IDLE_MS or line._timer.remainingTime() > 2 * line.idle_ms:
        pytest.fail(f"the process's warm-up lane was left asleep: {line.state()}", False)
    return result


@contextmanager
def never_pausing(monkeypatch: pytest.MonkeyPatch) -> Iterator[Lane]:
    """A fresh process lane (ui/lane.py) whose person never pauses: nothing queued on it
    runs until the test sets its `idle_ms` and starts its timer. Only its own pause changes:
    the lane it stands in for keeps its own. After, its person pauses again, so what is left
    on it (a spelling list queued there, say) still runs at the usual pauses."""
    from interventionplanner.ui import lane as lane_module

    monkeypatch.setattr(lane_module, "_lane", None)
    fresh = lane_module.lane()
    fresh.idle_ms = 60_000
    try:
        yield fresh
    finally:
        fresh.idle_ms = lane_module.IDLE_MS
        fresh._timer.start(0)


def wait_on_lane(qtbot, condition: Callable[[], object], timeout: int = 5000) -> None:
    """qtbot.waitUntil for something the window's warm-up lane brings (the coach's rules
    compiled): a timeout says what the lane held, running, waiting and when it looks next."""
    from pytestqt.exceptions import TimeoutError as WaitTimeout

    try:
        qtbot.waitUntil(condition, timeout=timeout)
    except WaitTimeout as error:
        from interventionplanner.ui.lane import lane

        raise AssertionError(f"{error}\nthe warm-up lane: {lane().state()}") from error


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal dialog would block a test forever: each one must be answered by the test.

    Closing a window at the end of a test discards unsaved changes unless the test says
    otherwise.
    """
    from interventionplanner.ui import dialogs

    def unexpected(name):
        def fail(*args, **kwargs):
            raise AssertionError(f"unexpected dialog: {name}")

        return fail

    for name in (
        "ask_open_path",
        "ask_kit_save_path",
        "ask_kit_open_path",
        "ask_pasted_letter",
        "ask_letter_owner",
        "ask_place_letter",
        "ask_replace_letter",
        "ask_accept_order",
        "confirm_remove",
        "ask_pdf_save_path",
        "ask_password",
        "ask_open_backup",
        "ask_printer",
        "ask_save_path",
        "ask_folder",
        "ask_read_only",
        "ask_restore",
        "ask_family_copy_path",
        "ask_logo_path",
        "ask_defaults_save_path",
        "ask_defaults_open_path",
        "show_problem",
        "show_info",
    ):
        monkeypatch.setattr(dialogs, name, unexpected(name))
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent: dialogs.Unsaved.DISCARD)
    monkeypatch.setattr(dialogs, "ask_new_password", lambda parent: "")  # no password


@pytest.fixture(autouse=True)
def modal_watch(request):
    """A modal dialog or menu left open a minute is closed and fails the test, by name, with
    the stack that opened it, instead of hanging the run (tests/modal_watch.py).

    Only for tests with a QApplication. Autouse, so it is set up before qtbot and torn down
    after it: a question asked while qtbot closes the test's windows is watched too.
    """
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        yield None
        return
    from tests.modal_watch import ModalWatch

    request.getfixturevalue("qapp")
    watch = ModalWatch()
    watch.start()
    yield watch
    watch.stop()
    if watch.stuck:
        pytest.fail("\n\n".join(watch.stuck), pytrace=False)


@pytest.fixture
def quick_keys(monkeypatch):
    """Protected saves in tests use the cheapest key settings the format allows."""
    from interventionplanner.storage import crypto

    monkeypatch.setattr(crypto, "DEFAULT", crypto.FAST)


@pytest.fixture
def make_window(qtbot, user_dirs):
    """Build windows as the app does, on this test's folders, and show them."""
    from PySide6.QtCore import QSettings

    from interventionplanner.storage.coach_rules import load_coach
    from interventionplanner.storage.recovery import RecoveryStore
    from interventionplanner.ui.document import PlanDocument
    from interventionplanner.ui.main_window import MainWindow
    from interventionplanner.ui.services import Services
    from interventionplanner.ui.settings import Settings

    def make(recovery_folder=None):
        from interventionplanner import paths

        recovery = recovery_folder or paths.user_data_dir() / "recovery"
        document = PlanDocument(RecoveryStore(recovery))
        settings = Settings(QSettings(str(user_dirs / "settings.ini"), QSettings.Format.IniFormat))
        services = Services(load_catalogue(), load_coach(), user_dirs / "templates", lambda: TODAY)
        window = MainWindow(document, services, settings)
        document.setParent(window)
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def _window_language(qapp, code: str):
    from interventionplanner.ui import language as ui_language

    ui_language.apply(qapp, code)
    yield
    ui_language.apply(qapp, "en")


@pytest.fixture
def spanish(qapp):
    """The window's words in Spanish for this test (Qt's own too), English after."""
    yield from _window_language(qapp, "es")


@pytest.fixture
def pseudo(qapp):
    """The pseudo-language (accented, a third longer) for this test, English after."""
    yield from _window_language(qapp, "pseudo")


@pytest.fixture
def window(make_window):
    return make_window()


def type_text(widget, text: str) -> None:
    """Type any text, accents, Arabic and emoji included, as key presses into `widget`.

    QTest.keyClicks only knows ASCII; a key event that carries its text works for all.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.sendEvent(widget, event)
