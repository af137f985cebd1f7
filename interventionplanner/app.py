"""The desktop app: a QApplication around the planning window.

Only what the first step needs is imported here; the PDF machinery loads later, when a
family first asks for a packet.
"""

from __future__ import annotations

# First of all: PySide6 loads here and its `__feature__` import hook is dropped at once, so
# no module after it (not even the standard library's) has its source read (plain_import.py).
from interventionplanner import plain_import  # noqa: F401

# isort: split
import argparse
import sys
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from interventionplanner import i18n, paths
from interventionplanner.storage.recovery import RecoveryStore
from interventionplanner.ui import language as ui_language
from interventionplanner.ui.document import PlanDocument
from interventionplanner.ui.main_window import MainWindow
from interventionplanner.ui.services import Services
from interventionplanner.ui.settings import Settings

if TYPE_CHECKING:  # QIcon (its enum types) is named only where an icon is made
    from PySide6.QtGui import QIcon


def _load_coach():
    """The coach, read and compiled where first needed (the warm-up lane, after a plan
    opens); its modules are imported on the window's thread first (MainWindow._warm_up)."""
    from interventionplanner.storage.coach_rules import load_coach

    return load_coach()


def build_window(today=date.today) -> MainWindow:
    """The window and its document, wired to this user's folders."""
    document = PlanDocument(RecoveryStore(paths.user_data_dir() / "recovery"))
    # The catalogue, in the window's language, loads when first asked for: the first step
    # shows only its crisis lines.
    services = Services(
        None, _load_coach, paths.user_templates_dir(), today, language=i18n.language()
    )
    window = MainWindow(document, services, Settings())
    document.setParent(window)
    return window


def show_at_a_comfortable_size(window: MainWindow) -> None:
    """On a laptop-sized screen, the whole screen; on a larger one, most of it, centred."""
    available = window.screen().availableGeometry()
    if available.width() <= 1440 or available.height() <= 900:
        window.showMaximized()
        return
    window.resize(available.width() * 4 // 5, available.height() * 4 // 5)
    window.move(available.center() - window.rect().center())
    window.show()


def app_icon() -> QIcon:
    """The packaged icon, from PNGs so that no image plugin is needed."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted(paths.resource("icons").glob("png/*.png")):
        icon.addFile(str(png))
    return icon


def keep_plans_off_the_desktops_recent_list(app: QApplication, window: MainWindow) -> None:
    """Native file dialogs (GTK, KDE, Windows) add the file chosen to the desktop's
    recent-documents list; Qt's own dialog keeps no list. Native ones only while the user
    has recent plans turned on."""

    from PySide6.QtCore import Qt  # named after the first step: ui/qt_names.py

    def follow(remember: bool) -> None:
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, not remember)

    follow(window.settings.remember_recent)
    window.remember_action.toggled.connect(follow)


def run_gui(demo: bool = False, path: Path | None = None, language: str | None = None) -> int:
    """The window. `language` ("en", "es", or "pseudo" for tests) overrides the setting for
    this run only."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ui_language.apply(app, ui_language.startup_language(language, Settings().language))
    app.setApplicationName("Intervention Planner")
    app.setOrganizationName("InterventionPlanner")
    app.setDesktopFileName(paths.APP_ID)  # Wayland ties the window to its menu entry
    app.setWindowIcon(app_icon())
    window = build_window()
    show_at_a_comfortable_size(window)  # a QWizard picks its first page when shown
    # Before any dialog can open (the first turn), after the first step: it names `Qt`.
    QTimer.singleShot(0, partial(keep_plans_off_the_desktops_recent_list, app, window))
    if demo:
        window.open_example()
    elif path is not None:
        window.open_path(path)
    QTimer.singleShot(0, window.offer_recovery)
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    """`interventionplanner-gui [--language es] [--demo] [plan.ivplan]`."""
    parser = argparse.ArgumentParser(prog="interventionplanner-gui")
    parser.add_argument("--language", choices=[*i18n.LANGUAGES, "pseudo"])
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("plan", nargs="?", type=Path)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    return run_gui(demo=args.demo, path=args.plan, language=args.language)
