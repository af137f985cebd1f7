"""A text alternative for the packet's preview (WCAG 1.1.1): a screen reader hears how
many pages there are and each page's heading, as a sighted reader would skim them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from interventionplanner.i18n import _, ngettext

MAX_LISTED = 40  # pages whose headings are read out; a longer packet says "and N more"


def page_heading(pdf, page: int) -> str:
    """The first line of a page's text: the packet starts every page with its heading."""
    text = pdf.getAllText(page).text().strip()
    return text.splitlines()[0].strip() if text else ""


def summary(pdf) -> str:
    count = pdf.pageCount()
    lines = [
        ngettext("The packet, {count} page.", "The packet, {count} pages.", count).format(
            count=count
        )
    ]
    for page in range(min(count, MAX_LISTED)):
        heading = page_heading(pdf, page)
        if heading:
            lines.append(_("Page {page}: {heading}").format(page=page + 1, heading=heading))
    if count > MAX_LISTED:
        lines.append(
            ngettext(
                "And {count} more page.", "And {count} more pages.", count - MAX_LISTED
            ).format(count=count - MAX_LISTED)
        )
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
