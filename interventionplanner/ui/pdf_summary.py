"""A text alternative for the packet's preview (WCAG 1.1.1): a screen reader hears how
many pages there are and each page's heading, as a sighted reader would skim them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

MAX_LISTED = 40  # pages whose headings are read out; a longer packet says "and N more"


def _tr(text: str) -> str:
    return QCoreApplication.translate("pdf_summary", text)


def page_heading(pdf, page: int) -> str:
    """The first line of a page's text: the packet starts every page with its heading."""
    text = pdf.getAllText(page).text().strip()
    return text.splitlines()[0].strip() if text else ""


def summary(pdf) -> str:
    count = pdf.pageCount()
    lines = [_tr("The packet, %n page(s).").replace("%n", str(count))]
    for page in range(min(count, MAX_LISTED)):
        heading = page_heading(pdf, page)
        if heading:
            lines.append(_tr("Page {0}: {1}").format(page + 1, heading))
    if count > MAX_LISTED:
        lines.append(_tr("And {0} more pages.").format(count - MAX_LISTED))
    return "\n".join(lines)


def describe_when_loaded(viewer: QWidget, pdf) -> None:
    """Put the summary in the viewer's accessible description once the PDF has loaded."""
    ready = type(pdf).Status.Ready

    def describe(status=None) -> None:
        if pdf.status() == ready:
            viewer.setAccessibleDescription(summary(pdf))

    if pdf.status() == ready:
        describe()
    else:
        pdf.statusChanged.connect(describe)
