"""Screenshots of the prompter and a run-through report (offscreen, with a made-up clock).

Run from the top of the checkout: QT_QPA_PLATFORM=offscreen .venv/bin/python
docs/screenshots/rehearsal_shots.py [es]   (es: in Spanish, into docs/screenshots/es/)
"""

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from interventionplanner.storage.recovery import RecoveryStore
from interventionplanner.ui import language
from interventionplanner.ui.document import PlanDocument
from interventionplanner.ui.prompter import PrompterWindow
from interventionplanner.ui.run_through import RunThroughWindow
from interventionplanner.ui.settings import Settings

LANGUAGE = sys.argv[1] if len(sys.argv) > 1 else "en"
OUT = Path(__file__).parent / ("" if LANGUAGE == "en" else LANGUAGE)


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


app = QApplication(sys.argv[:1])
language.apply(app, LANGUAGE)
scratch = Path(tempfile.mkdtemp())
document = PlanDocument(RecoveryStore(scratch / "recovery"))
document.open_example(date.today())
settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
clock = Clock()

marcus = next(p for p in document.plan.participants if p.name == "Marcus Bell")
prompter = PrompterWindow(document, marcus.id, settings, clock=clock)
prompter.resize(1100, 700)
prompter.show()
clock.now = 40
prompter.step_forward()
prompter.refresh()
app.processEvents()
prompter.grab().save(str(OUT / "9-prompter.png"))

run = RunThroughWindow(document, clock=clock)
run.resize(1100, 700)
run.show()
for seconds in (50, 175, 150, 160, 170, 150, 175, 55):
    clock.now += seconds
    run.next_part()
app.processEvents()
run.grab().save(str(OUT / "10-run-through-report.png"))
print("saved")  # noqa: T201
