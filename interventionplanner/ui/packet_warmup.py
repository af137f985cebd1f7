"""What the packet's first job would otherwise load on its own worker, loaded ahead on the
warm-up lane (`ui/lane.py`) once the Review step is built (at a pause, from Letters on).

The first preview of a session used to import reportlab and the packet's modules, read its
fonts and load QtPdf's libraries after the switch to Review: about 130 ms of a worker's
Python (two thirds of the example's whole preview job), in which the window's thread waits
for Python's lock between its own turns, and for a core on a busy machine. Loaded at a
pause before, the switch's job only lays the packet out. Straight through, with no pause
before Review, the job loads them itself as before (`load()` is quick once done, and safe
to call from both: imports and the fonts' registration have their own locks).
"""

from __future__ import annotations

from interventionplanner.ui import pdf_preview, worker
from interventionplanner.ui.lane import lane

KEY = "packet libraries"


def load(pdf_libraries: bool = True) -> None:
    """reportlab, the packet's modules and fonts (and with `pdf_libraries` QtPdf's files
    read from disk), then what they hold set aside from the cycle collector's walks."""
    worker.freeze_heap_once("the app")
    from interventionplanner.output.packet import build  # noqa: F401 (reportlab with it)
    from interventionplanner.output.packet.fonts import glyphs

    if pdf_libraries:  # read from disk, then loaded: the preview shows them at once
        pdf_preview.warm_libraries()
        from PySide6 import QtPdf, QtPdfWidgets  # noqa: F401
    glyphs()  # registers the fonts and reads their character maps (cached)
    worker.freeze_heap_once("the packet's libraries")


def queue() -> None:
    """Load them at the next pause on the lane, once a process."""
    lane().add(load, key=KEY)
