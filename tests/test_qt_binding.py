"""The Qt binding itself: a known-bad PySide6 must never be installed again.

PySide6 6.12.0 dropped a reference to each Python slot's return value. On Python 3.11,
where None and True are ordinary objects, a window that handled a few thousand signals then
died with "Fatal Python error: none_dealloc" (typing a letter) or "bool_dealloc" (quitting).
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    changed = Signal(object)

app = QCoreApplication([])
source = Source()
for _ in range(13):
    source.changed.connect(lambda change: None)
for _ in range(20_000):
    source.changed.emit(("path",))
print("survived")
"""


def test_many_signals_to_python_slots_do_not_crash_the_interpreter():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "survived"
