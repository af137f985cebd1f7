"""PyInstaller runtime hook: lets `make dist`'s check see the bundled window open.

Inert unless INTERVENTIONPLANNER_WINDOW_CHECK=1 is set. Then the first turn of the window's
event loop prints how many main windows are showing and whether the app has its icon, and
quits: proof that Qt, its platform plugin and the first step all load from the bundle. A second
line gives a word of Qt's own in the window's language and whether the Spanish spelling
dictionary came with the bundle, and the misspelling it finds in a Spanish sentence.
"""

import os

if os.environ.get("INTERVENTIONPLANNER_WINDOW_CHECK") == "1":
    import sys

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from interventionplanner.domain import spelling

    _exec = QApplication.exec

    def _exec_and_report(app):
        def report():
            shown = [
                w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()
            ]
            icon = "yes" if not app.windowIcon().isNull() else "no"
            print(f"windows shown: {len(shown)}; icon: {icon}", flush=True)  # noqa: T201
            # Qt's own words (its qtbase catalogue) and the Spanish dictionary, as bundled.
            words = QCoreApplication.translate("QPlatformTheme", "Cancel")
            where = spelling.hunspell_path("es")
            inside = where is not None and where[0].startswith(sys._MEIPASS)
            speller = spelling.Speller("es")
            speller.load()  # chunspell's library, from the bundle
            works = [m.word for m in speller.misspelled("Te quiero, hijo; cuida tu salúd.")]
            print(  # noqa: T201
                f"Qt's words: {words}; Spanish dictionary in the bundle: {inside}; "
                f"it finds: {' '.join(works)}"
            )
            app.quit()

        QTimer.singleShot(0, report)
        return _exec()  # a static method in PySide6

    QApplication.exec = _exec_and_report
