"""What the packet's first job would otherwise load on its own worker, loaded ahead on the
warm-up lane (`ui/lane.py`) once the Review step is built (at a pause, from Team on).

The first preview of a session used to import reportlab and the packet's modules, read its
fonts and load QtPdf's libraries after the switch to Review: 130-210 ms of a worker's
Python (two thirds of the example's whole preview job), in which the window's thread waits
for Python's lock between its own turns, and for a core on a busy machine. Loaded at
pauses before, the switch's job only lays the packet out. Straight through, with no pause
before Review, the job loads them itself as before (`load()` is quick once done, and safe
to call from both: imports and the fonts' registration have their own locks).

They are queued as PARTS, one lane item each (30-80 ms of a worker's Python apiece): the
lane checks for a pause before each, so a click that comes in the middle shares Python's
lock with one part, not with all of them.
"""

from __future__ import annotations

import importlib

from interventionplanner.ui import pdf_preview, worker
from interventionplanner.ui.lane import lane

# The packet's modules use the letters' templates, which the window imports too (Team's
# invitation preview, a letter's preview): those on the window's thread first (lane.py).
WINDOW_IMPORTS = (
    "jinja2",
    "interventionplanner.output.templates",
    "interventionplanner.output.letters",
)


def _import(module: str):
    return lambda: importlib.import_module(module)


def _fonts() -> None:
    from interventionplanner.output.packet.fonts import register_fonts

    register_fonts()


def _last() -> None:
    """The fonts' character maps, QtPdf read from disk and loaded, then what they all hold
    set aside from the cycle collector's walks."""
    load()


# (key, work, window_imports), in the order the lane runs them.
PARTS = (
    ("packet: reportlab's canvas", _import("reportlab.pdfgen.canvas"), ()),
    ("packet: reportlab's layout", _import("reportlab.platypus"), ()),
    ("packet: its modules", _import("interventionplanner.output.packet.build"), WINDOW_IMPORTS),
    ("packet: its fonts", _fonts, ()),
    ("packet: QtPdf", _last, ()),
)


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
    """Load them at the next pauses on the lane, a part a pause, once a process."""
    for key, work, window_imports in PARTS:
        lane().add(work, key=key, window_imports=window_imports)
