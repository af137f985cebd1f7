"""The desktop app: a QApplication around the planning window."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(demo: bool = False, path: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Intervention Planner")
    label = QLabel(app.tr("Intervention Planner"))
    label.setWindowTitle(app.tr("Intervention Planner"))
    label.show()
    return app.exec()


def main() -> int:
    return run_gui()
