"""The document machinery: page templates, footer and running header, bookmarks, contents.

`render()` lays a story out once. What depends on pages laid out later is left as a mark in
its page's drawing commands and drawn when the last page is known (`_PrivateCanvas.save`):
each footer's "of Y", and each contents line's page number (`PageNumber`). Neither can
move anything: the footer sits outside the frame, and the contents' page column has a fixed
width in which any number fits on one line, so a line is as tall with "0" in it as with its
real page. The file is the one two passes used to make (the first finding the pages, the
second printing them), at half the layout.

A flowable becomes an anchor (a bookmark, an outline entry and, usually, a contents line)
through `anchor()`. On the page where an anchored flowable is the first thing drawn, the
running header is left off: that page starts with its own heading.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import rtlSupport
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Table,
)

from interventionplanner.i18n import N_, _
from interventionplanner.output.packet import styles as st
from interventionplanner.output.packet.cells import SizedTable, plain_cells
from interventionplanner.output.packet.fonts import ITALIC, REGULAR, glyphs, register_fonts
from interventionplanner.output.packet.measured import MeasuredParagraph
from interventionplanner.output.packet.text import fit_to_fonts

CONFIDENTIAL = N_("Confidential — keep this safe")

Progress = Callable[[int, int], None]

# The forms (PDF form XObjects) drawn on every page, made once per document.
_CONFIDENTIAL_FORM = "packet-confidential"
_PRACTICE_FORM = "packet-practice"
_RULE_FORM = "packet-rule"


@dataclass(frozen=True)
class Anchor:
    key: str  # the bookmark's name, unique in the document
    title: str  # plain text, for the outline and the contents
    level: int = 0
    header: str | None = None  # the running header on the pages that follow
    toc: bool = True  # listed in the contents


def anchor(flowable: Flowable, entry: Anchor) -> Flowable:
    """Mark `flowable` (the first of a section or letter) as the place `entry` points to."""
    flowable._packet_anchor = entry  # type: ignore[attr-defined]
    return flowable


class _PrivateInfo(PDFInfo):
    """Document information with a title and nothing else that could identify anyone:
    no author, subject, keywords, creating app or dates."""

    def format(self, document):
        info = {
            "Title": PDFString(self.title),
            "Producer": PDFString(self.producer),
            "Trapped": PDFName(self.trapped),
        }
        return PDFDictionary(info).format(document)


class _TotalLater:
    """The page total, not known yet: it formats as a mark that the canvas replaces with
    the number of pages once the last one is laid out."""

    MARK = "\ue000total\ue000"  # private-use characters: never in the footer's own words

    def __format__(self, spec: str) -> str:
        return self.MARK

    def __str__(self) -> str:
        return self.MARK


TOTAL_LATER = _TotalLater()

DrawLater = Callable[[Canvas], None]


class _PrivateCanvas(Canvas):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._doc.info = _PrivateInfo()
        self._later: list[tuple[int, str, DrawLater]] = []  # (page index, mark, drawing)

    def draw_later(self, draw: DrawLater) -> None:
        """Leave a mark here in this page's drawing commands; `draw(canvas)` is called in
        save(), once every page is laid out, and what it draws takes the mark's place (in
        the graphics state the page had here)."""
        marker = f"%later-{len(self._later)}-"  # a PDF comment, replaced in save()
        self._code.append(marker)
        self._later.append((len(self._doc.Pages.pages), marker, draw))

    def drawString(self, x, y, text, *args, **kwargs):  # noqa: N802 - reportlab's name
        # reportlab's measures the string first (for right-to-left shaping, which it lacks
        # here, and a width that drawString never uses): every table cell and header paid
        # for a measurement. With nothing to shape or space, the same text object without.
        if args or kwargs or rtlSupport:
            return super().drawString(x, y, text, *args, **kwargs)
        line = self.beginText(x, y)
        line.textLine(text)
        self.drawText(line)
        return None

    def drawRightString(self, x, y, text, *args, **kwargs):  # noqa: N802 - reportlab's name
        if _TotalLater.MARK not in text:
            return super().drawRightString(x, y, text, *args, **kwargs)
        font = (self._fontname, self._fontsize, self._leading)

        def draw(canvas: _PrivateCanvas) -> None:
            canvas.setFont(*font)  # the state the mark was left in (its code is dropped)
            canvas._code = []
            total = str(len(canvas._doc.Pages.pages))
            Canvas.drawRightString(
                canvas, x, y, text.replace(_TotalLater.MARK, total), *args, **kwargs
            )

        self.draw_later(draw)
        return None

    def save(self):
        if self._later:
            self._fill_later()
        super().save()

    def _fill_later(self) -> None:
        """Draw each deferred piece now that every page is known, where its mark stands."""
        if self._code:
            self.showPage()
        pages = self._doc.Pages.pages
        for page, marker, draw in self._later:
            self._code = []
            draw(self)
            pages[page].stream = pages[page].stream.replace(marker, "\n".join(self._code), 1)
        self._code = []
        self._later = []


class PageNumber(str):
    """A contents line's page number, a table cell: laid out as "0" (one line of the
    fixed-width column, as tall as any number), drawn once the page its anchor lands on is
    known (`ContentsTable`): `pages` is the document's `found_pages`, filled in as the
    layout goes. Drawn as the right-aligned one-line paragraph it used to be drew it."""

    key: str
    pages: dict[str, int]
    style: ParagraphStyle

    @classmethod
    def make(cls, key: str, pages: dict[str, int], style: ParagraphStyle) -> PageNumber:
        cell = cls("0")
        cell.key, cell.pages, cell.style = key, pages, style
        return cell

    def draw_later(self, canvas: _PrivateCanvas, width: float) -> None:
        """Leave the number's place here (the cell's top left, translated); draw it at the
        end: the text object its paragraph drew, its one line moved to end at the right
        edge of `width`, its baseline a font size below its top."""
        style = self.style
        baseline = style.leading - style.fontSize  # a one-line paragraph is a leading tall

        def draw(canvas: Canvas) -> None:
            number = str(self.pages.get(self.key, 0))
            shift = width - stringWidth(number, style.fontName, style.fontSize)
            canvas.saveState()
            canvas.setFillColor(style.textColor)
            text = canvas.beginText(0, baseline)
            text.setXPos(shift)
            text.setFont(style.fontName, style.fontSize, style.leading)
            text.textLine(number)
            text.setXPos(-shift)
            canvas.drawText(text)
            canvas.restoreState()

        canvas.draw_later(draw)


class ContentsTable(SizedTable):
    """The contents' table: its page-number cells (`PageNumber`) are one line of their
    style, laid out as strings and drawn where the paragraph they replace was drawn."""

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 - reportlab's name
        if not isinstance(cellval, PageNumber):
            return super()._drawCell(cellval, cellstyle, pos, size)
        (left, bottom), (width, height) = pos, size
        x = left + cellstyle.leftPadding
        y = bottom + height - cellstyle.topPadding - cellstyle.leading  # VALIGN TOP
        self.canv.saveState()
        self.canv.translate(x, y)
        cellval.draw_later(self.canv, width - cellstyle.leftPadding - cellstyle.rightPadding)
        self.canv.restoreState()
        return None


class PacketDocument(BaseDocTemplate):
    """A BaseDocTemplate with a cover and a body page template, both with the footer."""

    def __init__(
        self,
        buffer,
        *,
        paper: str,
        title: str,
        on_progress: Callable[[int], None] | None = None,
        password: str | None = None,
        footer: str | None = None,
    ):
        width, height = st.PAGE_SIZES[paper]
        self._footer = footer  # the practice's line above the footer, when shown
        super().__init__(
            buffer,
            pagesize=(width, height),
            leftMargin=st.MARGIN,
            rightMargin=st.MARGIN,
            topMargin=st.MARGIN,
            bottomMargin=st.MARGIN,
            title=title,
            author="",
            subject="",
            creator="",
            lang="en",
            invariant=1,
            initialFontName=REGULAR,  # else every page names Helvetica, unembedded
            initialFontSize=st.BODY_SIZE,
            displayDocTitle=1,
            encrypt=_encryption(password),
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._page_begins, onPageEnd=self._page_ends),
                PageTemplate("body", [frame], onPage=self._page_begins, onPageEnd=self._page_ends),
            ]
        )
        self.found_pages: dict[str, int] = {}
        self.page_count = 0
        self._header: str | None = None
        self._page_header: str | None = None
        self._first_on_page = True
        self._fitted_headers: dict[str, str] = {}
        if on_progress is not None:
            self.setProgressCallBack(
                lambda kind, value: on_progress(value) if kind == "PROGRESS" else None
            )

    # -- pages -----------------------------------------------------------------------------

    def _page_begins(self, canvas: Canvas, doc) -> None:
        if self.page == 1:
            canvas.showOutline()
        self._page_header = self._header
        self._first_on_page = True

    def _page_ends(self, canvas: Canvas, doc) -> None:
        """The footer and, below a section's first page, the running header. What is the
        same on every page (the footer's words, the practice's line, the header's rule) is
        drawn once, as a form the pages refer to: less to draw and to write per page."""
        self.page_count = self.page
        width, height = self.pagesize
        self._form(canvas, _CONFIDENTIAL_FORM, self._draw_confidential)
        canvas.saveState()
        canvas.setFillColor(st.MUTED)
        canvas.setFont(REGULAR, st.SMALL_SIZE)
        canvas.drawRightString(  # "of Y" drawn in save(), when Y is known
            width - st.MARGIN,
            st.FOOTER_GAP,
            _("Page {page} of {total}").format(page=self.page, total=TOTAL_LATER),
        )
        if self._footer:
            self._form(canvas, _PRACTICE_FORM, self._draw_practice)
        if self._page_header:
            canvas.setFont(ITALIC, st.SMALL_SIZE)
            header = self._fitted(self._page_header)
            canvas.drawString(st.MARGIN, height - st.HEADER_GAP - 3, header)
            self._form(canvas, _RULE_FORM, self._draw_rule)
        canvas.restoreState()

    @staticmethod
    def _form(canvas: Canvas, name: str, draw: Callable[[Canvas], None]) -> None:
        """Draw the form `name` here, made by `draw(canvas)` the first time it is used."""
        if not canvas.hasForm(name):
            canvas.beginForm(name)
            draw(canvas)
            canvas.endForm()
        canvas.doForm(name)

    def _draw_confidential(self, canvas: Canvas) -> None:
        canvas.setFillColor(st.MUTED)
        canvas.setFont(REGULAR, st.SMALL_SIZE)
        canvas.drawString(st.MARGIN, st.FOOTER_GAP, _(CONFIDENTIAL))

    def _draw_practice(self, canvas: Canvas) -> None:
        width = self.pagesize[0]
        line = _fit_width(fit_to_fonts(self._footer, glyphs()), width - 2 * st.MARGIN, REGULAR)
        canvas.setFillColor(st.MUTED)
        canvas.setFont(REGULAR, st.SMALL_SIZE)
        canvas.drawCentredString(width / 2, st.FOOTER_GAP + st.SMALL_SIZE + 4, line)

    def _draw_rule(self, canvas: Canvas) -> None:
        width, height = self.pagesize
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.4)
        y = height - st.HEADER_GAP - 6
        canvas.line(st.MARGIN, y, width - st.MARGIN, y)

    def _fitted(self, header: str) -> str:
        """A running header fitted to the fonts and the line, once per header."""
        fitted = self._fitted_headers.get(header)
        if fitted is None:
            room = self.pagesize[0] - 2 * st.MARGIN - 60
            fitted = _fit_width(fit_to_fonts(header, glyphs()), room, ITALIC)
            self._fitted_headers[header] = fitted
        return fitted

    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, ActionFlowable):  # a page break is not drawn on the page
            return
        entry = getattr(flowable, "_packet_anchor", None)
        if entry is not None and entry.key not in self.found_pages:
            self.found_pages[entry.key] = self.page
            self.canv.bookmarkPage(entry.key)
            self.canv.addOutlineEntry(entry.title, entry.key, entry.level, closed=False)
            if self._first_on_page:
                self._page_header = None
            if entry.header is not None:
                self._header = entry.header
        self._first_on_page = False


def _fit_width(text: str, width: float, font: str) -> str:
    """`text` cut short with "…" so that it fits on one line `width` points wide in `font`:
    a header or footer is drawn as one line, and a long name must not run off the page."""
    if stringWidth(text, font, st.SMALL_SIZE) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits, found in log(n) measurements
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, st.SMALL_SIZE) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def contents_table(
    entries: list[Anchor], pages: dict[str, int], styles: st.Styles, width: float
) -> Table:
    """The contents: one row per listed anchor, its page on the right (drawn at the end:
    `pages` is filled in as the document is laid out)."""
    rows: list[list] = []
    commands = [
        *st.TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for row, entry in enumerate(e for e in entries if e.toc):
        style, number = (
            (styles.toc, styles.toc_page)
            if entry.level == 0
            else (styles.toc_sub, styles.toc_sub_page)
        )
        rows.append(
            [
                MeasuredParagraph(escape(entry.title), style),
                PageNumber.make(entry.key, pages, number),
            ]
        )
        if entry.level == 0 and row:
            commands.append(("TOPPADDING", (0, row), (-1, row), 7))
    page_column = 16 * mm
    table = ContentsTable(rows, colWidths=[width - page_column, page_column])
    table.setStyle(commands)
    page_cells = (styles[1] for styles in table._cellStyles)
    for (_title, number), cell in zip(rows, page_cells, strict=True):
        # A line of the number's style: the row as tall as its paragraph made it.
        cell.fontname, cell.fontsize, cell.leading = (
            number.style.fontName,
            number.style.fontSize,
            number.style.leading,
        )
    return plain_cells(table)


def _encryption(password: str | None):
    """PDF's own password (RC4, 128-bit: reportlab's AES needs an unmaintained extra
    package). It stops casual opening; it is far weaker than a sealed plan file."""
    if not password:
        return None
    from reportlab.lib.pdfencrypt import StandardEncryption

    return StandardEncryption(
        password, canPrint=1, canModify=0, canCopy=0, canAnnotate=0, strength=128
    )


def render(
    build_story: Callable[[dict[str, int]], list[Flowable]],
    *,
    paper: str,
    title: str,
    progress: Progress | None = None,
    password: str | None = None,
    footer: str | None = None,
) -> bytes:
    """The finished PDF's bytes, laid out once. `build_story(pages)` makes the story; `pages`
    (anchor key -> page) is filled in as it is laid out, for the contents to draw at the end."""
    register_fonts()
    reporter = _Reporter(progress)
    buffer = io.BytesIO()
    doc = PacketDocument(
        buffer,
        paper=paper,
        title=title,
        on_progress=reporter.advance if progress else None,
        password=password,
        footer=footer,
    )
    story = build_story(doc.found_pages)
    reporter.start(len(story))
    doc.build(story, canvasmaker=_PrivateCanvas)
    reporter.finish()
    return buffer.getvalue()


class _Reporter:
    """Turns reportlab's progress (flowables handled) into a rising count, called at most
    about 200 times, ending with done == total."""

    STEPS = 200

    def __init__(self, callback: Progress | None):
        self.callback = callback
        self.total = 0
        self.done = 0
        self.reported = -1

    def start(self, flowables: int) -> None:
        self.total = max(1, flowables)
        self._report(0)

    def advance(self, handled: int) -> None:
        self.done = max(self.done, min(handled, self.total - 1))
        if self.done - self.reported >= max(1, self.total // self.STEPS):
            self._report(self.done)

    def finish(self) -> None:
        self._report(self.total)

    def _report(self, done: int) -> None:
        if self.callback is not None and done > self.reported:
            self.reported = done
            self.callback(done, self.total)


def plain_pdf(story: list[Flowable], paper: str, title: str, on_page=None) -> bytes:
    """A short document with no contents or running footer of the packet's (a guide, a
    worksheet): the packet's paper and margins, no author, the same bytes each time."""
    from reportlab.platypus import SimpleDocTemplate

    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=st.PAGE_SIZES[paper],
        leftMargin=st.MARGIN,
        rightMargin=st.MARGIN,
        topMargin=st.MARGIN,
        bottomMargin=st.MARGIN,
        title=title,
        author="",
        creator="Intervention Planner",
        invariant=True,
    )
    if on_page is None:
        document.build(story)
    else:
        document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
