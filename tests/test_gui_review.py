"""Review and print: the packet is made off the window's thread, then saved or printed."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer

from interventionplanner.ui import dialogs
from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.gui


def open_review(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    page = window.wizard.review
    with qtbot.waitSignal(page.previewReady, timeout=30_000):
        window.wizard.go_to(PageId.REVIEW)
    return page


def test_the_window_keeps_working_while_the_preview_is_made(qtbot, window, monkeypatch):
    from interventionplanner.output import packet

    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    real_build, release, started = packet.build_packet, threading.Event(), threading.Event()

    def held_build(*args, **kwargs):
        started.set()
        release.wait(timeout=30)  # held until the test has seen the window stay alive
        return real_build(*args, **kwargs)

    monkeypatch.setattr(packet, "build_packet", held_build)
    page = window.wizard.review
    window.wizard.go_to(PageId.REVIEW)
    qtbot.waitUntil(started.is_set)
    ticks = []
    timer = QTimer(window, interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # events keep flowing while the packet is made
    assert page.jobs
    assert page.progress.isVisible()
    timer.stop()
    with qtbot.waitSignal(page.previewReady, timeout=30_000):
        release.set()
    assert not page.progress.isVisible()
    assert page.pdf.pageCount() > 5


def test_saving_the_packet(qtbot, window, tmp_path, monkeypatch):
    page = open_review(qtbot, window)
    suggested = []
    target = tmp_path / "packet.pdf"

    def ask(parent, name):
        suggested.append(name)
        return target

    monkeypatch.setattr(dialogs, "ask_pdf_save_path", ask)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=30_000)
    assert suggested[0].startswith("meeting-packet-")
    assert "Danny" not in suggested[0]
    assert "Marsh" not in suggested[0]
    reader = PdfReader(target)
    assert len(reader.pages) == page.pdf.pageCount()
    assert "Page 1 of" in reader.pages[0].extract_text()
    apart = tmp_path / "packet-bottom-lines.pdf"
    qtbot.waitUntil(apart.exists, timeout=30_000)
    assert "For the chairperson only" in " ".join(p.extract_text() for p in PdfReader(apart).pages)
    qtbot.waitUntil(lambda: "bottom lines apart" in page.status.text(), timeout=10_000)


def test_saving_reading_copies(qtbot, window, tmp_path, monkeypatch):
    page = open_review(qtbot, window)
    folder = tmp_path / "copies"
    folder.mkdir()
    monkeypatch.setattr(dialogs, "ask_folder", lambda parent, title: folder)
    qtbot.mouseClick(page.copies_button, Qt.MouseButton.LeftButton)
    from interventionplanner.output.packet import reading_copy_readers

    readers = len(reading_copy_readers(window.document.plan))  # Ray reads his and Evelyn's
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == readers, timeout=30_000)
    qtbot.waitUntil(lambda: "reading copies" in page.status.text())


def test_printing_sends_every_page(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    page = open_review(qtbot, window)
    out = tmp_path / "printed.pdf"

    def pdf_printer(parent):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(dialogs, "ask_printer", pdf_printer)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "printer" in page.status.text(), timeout=30_000)
    assert len(PdfReader(out).pages) == page.pdf.pageCount()


def test_a_finding_on_the_review_step_takes_you_there(qtbot, window):
    page = open_review(qtbot, window)
    window.document.set("meeting/starts_at", datetime(2026, 11, 1, 10, 0))
    window.watcher.recheck()
    findings = window.watcher.model.findings
    row = next(i for i, f in enumerate(findings) if f.code == "meeting_in_past")
    page.findings.setCurrentIndex(window.watcher.model.index(row))
    qtbot.keyClick(page.findings, Qt.Key.Key_Return)
    assert window.wizard.currentId() == PageId.MEETING


def test_characters_the_fonts_lack_are_listed(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.document.plan.participants[0].letter.my_hope += " 我爱你"
    page = window.wizard.review
    with qtbot.waitSignal(page.previewReady, timeout=30_000):
        window.wizard.go_to(PageId.REVIEW)
    assert page.unprintable.isVisible()
    assert "我" in page.unprintable.text()


def test_a_saved_packet_can_ask_for_its_own_password(qtbot, window, tmp_path, monkeypatch):
    page = open_review(qtbot, window)
    target = tmp_path / "locked.pdf"
    monkeypatch.setattr(dialogs, "ask_pdf_save_path", lambda parent, name: target)
    monkeypatch.setattr(dialogs, "ask_new_password", lambda parent: "tea for two")
    page.pdf_lock.setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=30_000)
    reader = PdfReader(target)
    assert reader.is_encrypted
    assert not reader.decrypt("wrong")
    assert reader.decrypt("tea for two")
    assert "Meeting packet" in reader.pages[0].extract_text()


def test_the_review_step_shows_before_its_preview_is_made(qtbot, window, monkeypatch):
    from interventionplanner.output import packet

    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    real_build, release = packet.build_packet, threading.Event()

    def held_build(*args, **kwargs):
        release.wait(timeout=30)
        return real_build(*args, **kwargs)

    monkeypatch.setattr(packet, "build_packet", held_build)
    page = window.wizard.review
    window.wizard.go_to(PageId.REVIEW)
    assert window.wizard.currentId() == PageId.REVIEW
    qtbot.waitUntil(page.isVisible)  # shown and painted while the packet is still being made
    assert page.findings.isVisible()
    assert page.viewer is None  # QtPdf's widget is not made on the way in
    assert page.status.text()
    with qtbot.waitSignal(page.previewReady, timeout=30_000):
        release.set()
    assert page.viewer.document() is page.pdf
    assert page.pdf.pageCount() > 5


def test_the_preview_is_opened_and_described_off_the_windows_thread(qtbot, window, monkeypatch):
    from interventionplanner.ui import pdf_preview

    real_open, threads = pdf_preview.open_pdf, []

    def watched_open(data, home):
        threads.append(threading.current_thread())
        return real_open(data, home)

    monkeypatch.setattr(pdf_preview, "open_pdf", watched_open)
    page = open_review(qtbot, window)
    assert threads
    assert threads[0] is not threading.main_thread()
    assert page.pdf.thread() is page.thread()  # handed over to the window's thread
    count = page.pdf.pageCount()
    description = page.viewer.accessibleDescription()
    assert description.startswith(f"The packet, {count} page")
    assert "Page 1: " in description
    first = page.pdf
    with qtbot.waitSignal(page.previewReady, timeout=30_000):
        page.build_preview()  # a second preview replaces the first document
    assert page.pdf is not first
    assert page.viewer.document() is page.pdf


def test_the_preview_starts_only_once_the_step_has_painted(qtbot, window, monkeypatch):
    """The packet's job shares Python with the window's thread: it starts after the switch,
    so the step paints first, already saying that the preview is on its way."""
    from PySide6.QtCore import QEvent, QObject

    from interventionplanner.output import packet
    from interventionplanner.ui.pages import review

    monkeypatch.setattr(review, "PREVIEW_LATEST_MS", 600_000)  # only the paint starts it
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    order, real_build = [], packet.build_packet
    monkeypatch.setattr(
        packet, "build_packet", lambda *a, **k: (order.append("built"), real_build(*a, **k))[1]
    )
    page = window.wizard.review

    class Paints(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and "painted" not in order:
                order.append("painted")
            return False

    paints = Paints(page)
    page.heading.installEventFilter(paints)
    window.wizard.go_to(PageId.REVIEW)
    assert not page.jobs  # nothing started on the way in
    assert page.status.text() == "Making the preview…"
    assert page.progress.isVisibleTo(page)
    with qtbot.waitSignal(page.previewReady, timeout=30_000):
        pass
    assert order[:2] == ["painted", "built"]
    assert not page.progress.isVisible()
    window.wizard.go_to(PageId.TREATMENT)
    window.document.set("loved_one/name", "Sam")  # the preview is out of date
    order.clear()
    window.wizard.go_to(PageId.REVIEW)
    assert not page.jobs
    with qtbot.waitSignal(page.previewReady, timeout=30_000):
        pass
    assert order[:2] == ["painted", "built"]  # again when shown again


def test_a_preview_sets_aside_what_the_app_has_loaded(qtbot, window):
    """After the first packet, the app's and reportlab's objects are out of the cycle
    collector's walks (a walk on the worker froze the window), and only once each."""
    import gc

    from interventionplanner.ui import worker

    open_review(qtbot, window)
    assert {"the app", "the packet's libraries"} <= worker._heap_frozen
    frozen = gc.get_freeze_count()
    assert frozen > 0
    worker.freeze_heap_once("the app")
    assert gc.get_freeze_count() == frozen  # not again: it would keep garbage for good


def test_pauses_on_the_later_steps_build_review_ahead(qtbot, window):
    """The side list reaches Review from any step: from Letters on, a pause once the next
    step is built builds Review too, so the switch only shows it."""
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.MEETING)
    qtbot.waitUntil(lambda: window.wizard.is_built(PageId.PARTICIPANTS))
    assert not window.wizard.is_built(PageId.REVIEW)  # not from the first steps
    window.wizard.go_to(PageId.LETTERS)
    qtbot.waitUntil(lambda: window.wizard.is_built(PageId.REVIEW), timeout=10_000)
    assert window.wizard.is_built(PageId.ORDER)  # the next step first
    assert not window.wizard.review.jobs  # built, not previewing: nothing runs meanwhile
