"""PyInstaller runtime hook: lets `make dist`'s check see the bundled window open.

Inert unless INTERVENTIONPLANNER_WINDOW_CHECK=1 is set. Then the first turn of the window's
event loop prints how many main windows are showing and whether the app has its icon, and
quits: proof that Qt, its platform plugin and the first step all load from the bundle.
"""

import os

if os.environ.get("INTERVENTIONPLANNER_WINDOW_CHECK") == "1":
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    _exec = QApplication.exec

    def _exec_and_report(app):
        def report():
            shown = [
                w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()
            ]
            icon = "yes" if not app.windowIcon().isNull() else "no"
            print(f"windows shown: {len(shown)}; icon: {icon}", flush=True)  # noqa: T201
            app.quit()

        QTimer.singleShot(0, report)
        return _exec()  # a static method in PySide6

    QApplication.exec = _exec_and_report
