"""Start-up stays light: the PDF machinery and templates load only when first needed."""

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import QMetaMethod, Qt


def run_probe(probe: str) -> str:
    """What `probe` prints, run in a fresh Python on the offscreen platform."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    return result.stdout


def test_opening_the_window_imports_no_pdf_or_template_machinery():
    probe = (
        "import sys; import interventionplanner.app; "
        "heavy = ('reportlab', 'PySide6.QtPdf', 'jinja2', 'icalendar'); "
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    assert run_probe(probe).strip() == ""


def test_the_first_step_with_the_example_loads_no_pydantic_or_reportlab():
    probe = (
        "import sys; from datetime import date;"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from interventionplanner.app import build_window;"
        "from interventionplanner.ui.wizard import PageId;"
        "w = build_window(); w.document.open_example(date.today());"
        "w.wizard.go_to(PageId.LOVED_ONE); w.show(); app.processEvents();"
        "heavy = ('pydantic', 'reportlab', 'PySide6.QtPdf', 'spellchecker', 'tzlocal',"
        " 'importlib.metadata', 'babel', 'interventionplanner.domain.coach', '_hashlib',"
        " 'interventionplanner.ui.pages.letters',"
        " 'interventionplanner.ui.pages.treatment', 'interventionplanner.ui.pages.review');"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    assert run_probe(probe).strip().splitlines()[-1:] in ([], [""])


def test_the_first_step_needs_no_file_machinery_checks_or_event_classes():
    """What the first step does not show loads when first used: the file machinery (the
    cipher, uuid), the preflight (on the turn after the plan opens), the table of limits
    (with the first input bound), the quick-hide calendar, the "Before the day" dock (made
    when first opened). No filter or event handler in
    Python meets an event on the way: PySide6 would load every event class there is for
    it, and QEvent itself (its 179 types) is not even named; nor is QFont (its enums: the
    wrapped labels tell a font by its metrics)."""
    probe = (
        "import sys; from PySide6 import QtCore, QtGui, QtWidgets;"
        "from PySide6.QtWidgets import QApplication;"
        "app = QApplication([]);"
        "from interventionplanner.app import build_window;"
        "w = build_window(); w.show(); w.open_example();"
        "later = ('interventionplanner.storage.planfile', 'interventionplanner.storage.crypto',"
        " 'uuid', 'interventionplanner.domain.preflight', 'interventionplanner.domain.limits',"
        " 'interventionplanner.ui.lane', 'interventionplanner.ui.preflight_panel');"
        "print(','.join(m for m in later if m in sys.modules));"
        "print(w._cover is None, w._preflight is None, 'QGraphicsSceneEvent' in vars(QtWidgets),"
        " 'QEvent' in vars(QtCore), 'QFont' in vars(QtGui), 'QDockWidget' in vars(QtWidgets))"
    )
    loaded, state = run_probe(probe).splitlines()[-2:]
    assert loaded == ""
    assert state == "True True False False False False"


def test_the_steps_are_marked_once_the_opened_plans_findings_come(qtbot, window):
    from interventionplanner.ui.wizard import PageId

    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.watcher.model.findings))  # on the next turn
    marked = [window.steps.item(page_id).toolTip() for page_id in PageId]
    assert "Done." in marked  # the example holds every step: each is marked


def test_the_bundled_example_built_directly_equals_the_fully_checked_one():
    from interventionplanner import paths
    from interventionplanner.storage.example import bundled_example
    from interventionplanner.storage.planfile import load_plan

    direct = bundled_example()
    checked = load_plan(paths.resource(paths.EXAMPLE_PLAN)).plan
    assert direct == checked
    assert [p.id for p in direct.participants] == [p.id for p in checked.participants]


def test_the_example_reads_each_field_as_typing_would():
    """storage/trusted.py evaluates each distinct annotation once instead of asking typing
    for every field; the types must be the ones typing gives."""
    import dataclasses
    from typing import get_type_hints

    from interventionplanner.domain import plan
    from interventionplanner.storage.trusted import _hints

    classes = [kind for kind in vars(plan).values() if dataclasses.is_dataclass(kind)]
    assert len(classes) >= 10
    for kind in classes:
        assert _hints(kind) == get_type_hints(kind), kind.__name__


def test_later_steps_are_built_when_first_reached(qtbot, window):
    from interventionplanner.ui.wizard import TITLES, PageId

    assert not window.wizard.is_built(PageId.LETTERS)
    names = [window.steps.item(i).text() for i in range(window.steps.count())]
    assert names == [TITLES[page_id] for page_id in PageId]  # named before they are built
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.LETTERS)
    letters = window.wizard.step(PageId.LETTERS)
    assert type(letters).__name__ == "LettersPage"
    assert letters.isVisible()
    assert window.wizard.page(PageId.LETTERS).subTitle() == letters.subTitle()
    rehearse = QMetaMethod.fromSignal(letters.rehearseRequested)
    assert letters.isSignalConnected(rehearse)  # the window listens to a step once built


def test_a_pause_on_a_step_builds_the_next_one(qtbot, window):
    from interventionplanner.ui.wizard import PageId

    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.MEETING)
    qtbot.waitUntil(lambda: window.wizard.is_built(PageId.PARTICIPANTS))
    assert not window.wizard.is_built(PageId.ORDER)  # only the next one


def test_the_window_loads_after_pysides_feature_scan_is_dropped():
    """PySide6's `__feature__` hook reads each new module's source; the app never uses
    `__feature__`, so app.py puts back the import it wrapped (PySide's lazy loader stays)."""
    probe = (
        "import builtins, linecache; from PySide6.QtWidgets import QApplication;"
        "hooked = builtins.__import__ is builtins.__feature_import__;"
        "import interventionplanner.app;"
        "import interventionplanner.ui.pages.letters;"
        "print(hooked, builtins.__import__ is builtins.__orig_import__,"
        " any('letters.py' in name for name in linecache.cache))"
    )
    assert run_probe(probe).split() == ["True", "True", "False"]


def test_another_import_hook_is_left_alone(monkeypatch):
    import builtins

    from interventionplanner.plain_import import skip_feature_scan

    def ours(*args, **kwargs):
        return original(*args, **kwargs)

    original = builtins.__import__
    monkeypatch.setattr(builtins, "__import__", ours)
    assert not skip_feature_scan()
    assert builtins.__import__ is ours


def test_the_coach_loads_once_when_first_asked_for_from_any_thread():
    import threading

    from interventionplanner.storage.coach_rules import load_coach
    from interventionplanner.ui.services import Services

    calls = []
    services = Services(None, lambda: calls.append(1) or load_coach())
    assert not services.coach_loaded
    threads = [threading.Thread(target=lambda: services.coach) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [1]
    assert services.coach_loaded
    assert services.coach is services.coach


def test_the_window_loads_the_coach_on_a_worker_once_a_plan_opens(qtbot, user_dirs):
    import threading
    from datetime import date

    from PySide6.QtCore import QSettings

    from interventionplanner.storage.catalogue import load_catalogue
    from interventionplanner.storage.coach_rules import load_coach
    from interventionplanner.storage.recovery import RecoveryStore
    from interventionplanner.ui.document import PlanDocument
    from interventionplanner.ui.main_window import MainWindow
    from interventionplanner.ui.services import Services
    from interventionplanner.ui.settings import Settings

    threads = []

    def loader():
        threads.append(threading.current_thread())
        return load_coach()

    document = PlanDocument(RecoveryStore(user_dirs / "recovery"))
    services = Services(load_catalogue(), loader, user_dirs / "templates")
    settings = Settings(QSettings(str(user_dirs / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(document, services, settings)
    document.setParent(window)
    qtbot.addWidget(window)
    window.show()
    assert not services.coach_loaded  # the first step does not need it
    document.open_example(date.today())
    qtbot.waitUntil(lambda: services.coach_loaded)
    assert threads
    assert threading.main_thread() not in threads


def test_the_first_step_shows_the_crisis_lines_without_the_substance_catalogue():
    probe = (
        "import sys; from PySide6.QtWidgets import QApplication, QLabel; app = QApplication([]);"
        "from interventionplanner.app import build_window;"
        "w = build_window(); w.show(); w.open_example();"
        "print('interventionplanner.domain.substances' in sys.modules);"
        "print([l.text() for l in w.wizard.welcome.findChildren(QLabel)"
        " if l.accessibleName() == 'Help right now'][0])"
    )
    from interventionplanner.domain.display import crisis_short
    from interventionplanner.storage.catalogue import load_catalogue

    loaded, line = run_probe(probe).strip().splitlines()[-2:]
    assert loaded == "False"
    assert line == crisis_short(load_catalogue().crisis_resources)


def test_the_spanish_window_shows_the_crisis_lines_and_substances_in_spanish():
    probe = (
        "from PySide6.QtWidgets import QApplication, QLabel; app = QApplication([]);"
        "from interventionplanner.ui import language; language.apply(app, 'es');"
        "from interventionplanner.app import build_window;"
        "w = build_window(); w.show();"
        "print([l.text() for l in w.wizard.welcome.findChildren(QLabel) if '911' in l.text()][0]);"
        "print(w.services.catalogue.groups['sleep'])"
    )
    from interventionplanner.storage.catalogue import load_catalogue

    line, group = run_probe(probe).strip().splitlines()[-2:]
    spanish = load_catalogue(language="es")
    assert spanish.crisis_resources[0].name in line
    assert load_catalogue().crisis_resources[0].name not in line
    assert group == spanish.groups["sleep"] != load_catalogue().groups["sleep"]


def test_the_crisis_lines_read_alone_are_the_catalogues():
    from interventionplanner.storage.catalogue import load_catalogue, load_crisis_resources

    for language in ("en", "es", "fr"):
        alone = load_crisis_resources(language=language)
        assert alone
        assert alone == load_catalogue(language=language).crisis_resources


def test_the_catalogue_loads_once_when_first_asked_for():
    from interventionplanner.storage.catalogue import load_catalogue
    from interventionplanner.ui.services import Services

    calls = []
    services = Services(lambda: calls.append(1) or load_catalogue(), None)
    assert services.crisis_resources == load_catalogue().crisis_resources
    assert calls == []  # the crisis lines alone do not load it
    assert services.catalogue is services.catalogue is load_catalogue()
    assert calls == [1]
    assert services.crisis_resources is load_catalogue().crisis_resources


def test_the_lane_names_the_classes_its_filter_meets_at_a_pause_before_watching():
    # A zero-interval timer looks at every turn of the event loop, until the lane is done
    # (or ten seconds have gone, and the first answer fails the test).
    probe = textwrap.dedent(
        """
        from PySide6 import QtWidgets
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from interventionplanner.ui import lane as lanes
        lane = lanes.lane()
        lane.idle_ms = 1
        lane.add(lambda: None, key="probe")
        named = lambda: "QStyle" in vars(QtWidgets)
        at_start, watched_unnamed = named(), False
        loop = QEventLoop()
        def look():
            global watched_unnamed
            watched_unnamed = watched_unnamed or (lane._watching and not named())
            if not lane.busy:
                loop.quit()
        turns = QTimer(interval=0)
        turns.timeout.connect(look)
        turns.start()
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        print(lane.busy, at_start, watched_unnamed, named())
        """
    )
    assert run_probe(probe).split() == ["False", "False", "False", "True"]
