"""The packet's preview, opened off the window's thread.

Loading a long packet into a QPdfDocument, measuring its pages (the viewer lays out every
page) and reading its page headings for the screen reader's summary take a few hundred
milliseconds at a few hundred pages, and loading QtPdf's libraries the first time reads
megabytes from disk. All of it happens on the worker that
made the packet (a QPdfDocument is not a widget); the finished document is then handed to
the window's thread, where the viewer only has to show it, drawing the pages in view first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QThread

LIBRARIES = ("libQt6Pdf.so.6", "libQt6PdfWidgets.so.6", "QtPdf.abi3.so", "QtPdfWidgets.abi3.so")


@dataclass
class OpenedPdf:
    """A packet ready to show: its bytes, the loaded document (now living on the window's
    thread, with the buffer it reads from as its child), and its pages in words."""

    data: bytes
    document: QObject  # a QPdfDocument
    summary: str


def warm_libraries() -> None:
    """Read QtPdf's libraries once, so that loading them later (which holds Python's lock)
    finds them in memory instead of waiting for the disk. Reading a file lets the window's
    thread run; loading a library does not. Missing files (another platform) are skipped."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in LIBRARIES:
        for path in (folder / name, folder / "Qt" / "lib" / name):
            try:
                with path.open("rb") as library:
                    while library.read(1 << 20):
                        pass
            except OSError:
                continue


def open_pdf(data: bytes, home: QThread) -> OpenedPdf | None:
    """Load `data` and read its summary on this (worker) thread, then move the document to
    `home`, the window's thread. None if it did not load at once (the window loads it)."""
    from PySide6 import QtPdfWidgets  # noqa: F401 (loaded here: the viewer is made at once)
    from PySide6.QtPdf import QPdfDocument

    from interventionplanner.ui.pdf_summary import summary

    document = QPdfDocument()
    buffer = QBuffer(document)  # moves with the document; read for as long as it is shown
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        return None
    for page in range(document.pageCount()):
        document.pagePointSize(page)  # PDFium keeps each page's size: the viewer's layout
    text = summary(document)  # of every page is then quick on the window's thread
    document.moveToThread(home)
    return OpenedPdf(data, document, text)
