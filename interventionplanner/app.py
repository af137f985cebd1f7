"""The desktop app: a QApplication around the planning window.

Only what the first step needs is imported here; the PDF machinery loads later, when a
family first asks for a packet.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from interventionplanner import paths
from interventionplanner.storage.catalogue import load_catalogue
from interventionplanner.storage.coach_rules import load_coach
from interventionplanner.storage.recovery import RecoveryStore
from interventionplanner.ui.document import PlanDocument
from interventionplanner.ui.main_window import MainWindow
from interventionplanner.ui.services import Services
from interventionplanner.ui.settings import Settings


def build_window(today=date.today) -> MainWindow:
    """The window and its document, wired to this user's folders."""
    document = PlanDocument(RecoveryStore(paths.user_data_dir() / "recovery"))
    services = Services(load_catalogue(), load_coach(), paths.user_templates_dir(), today)
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


def run_gui(demo: bool = False, path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Intervention Planner")
    app.setOrganizationName("InterventionPlanner")
    window = build_window()
    show_at_a_comfortable_size(window)  # a QWizard picks its first page when shown
    if demo:
        window.open_example()
    elif path is not None:
        window.open_path(path)
    QTimer.singleShot(0, window.offer_recovery)
    return app.exec()


def main() -> int:
    return run_gui()
