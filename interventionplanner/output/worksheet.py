"""A printable worksheet (PDF) for writing a letter by hand.

A first page that explains, then one page per part in the Letters step's order: the part's
heading and prompt, a short example, and ruled lines filling the rest of the page. Every
page's foot names the writer and the part, so loose pages find their way back. Whoever
types the letter in later finds the same parts, in the same order, on the Letters step.
The fonts are the packet's (DejaVu Sans, embedded), registered through packet/fonts.py.
"""

from __future__ import annotations

from interventionplanner.domain.letter_parts import ALL_PARTS, BOTTOM_LINE_PART
from interventionplanner.domain.plan import Participant
from interventionplanner.i18n import N_, _
from interventionplanner.output.kit_words import EXAMPLE, intro_lines, numbered_heading

__all__ = ["worksheet_pdf"]

LINE_GAP = 30  # points between ruled lines: room for an older hand, or a large one
FOOT = N_("{writer} · {part} · page {page}")
FIRST_PAGE = N_("How to use these pages")


def worksheet_pdf(participant: Participant, writer: str, paper: str | None = None) -> bytes:
    """The worksheet for `participant` as PDF bytes, in the language in force (kit_bytes
    sets the writer's). Their typed words are not printed: the worksheet is for a letter
    not yet written."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        Flowable,
        PageBreak,
        Paragraph,
        Spacer,
    )

    from interventionplanner.output.packet import default_paper
    from interventionplanner.output.packet import styles as st
    from interventionplanner.output.packet.document import plain_pdf
    from interventionplanner.output.packet.fonts import BOLD, ITALIC, REGULAR, glyphs
    from interventionplanner.output.packet.text import markup, one_line

    chars = glyphs()
    name = one_line(writer)
    body = ParagraphStyle("ws-body", fontName=REGULAR, fontSize=12, leading=17, spaceAfter=7)
    example = ParagraphStyle(
        "ws-example", parent=body, fontName=ITALIC, textColor=st.MUTED, leftIndent=18
    )
    title = ParagraphStyle("ws-title", parent=body, fontName=BOLD, fontSize=20, leading=26)
    heading = ParagraphStyle("ws-heading", parent=body, fontName=BOLD, fontSize=16, leading=21)
    prompt = ParagraphStyle("ws-prompt", parent=body, textColor=st.MUTED)

    class Lines(Flowable):
        """Ruled lines filling whatever height is left on the page."""

        def wrap(self, available_width, available_height):
            self.width, self.height = available_width, max(available_height - 2, LINE_GAP)
            return self.width, self.height

        def draw(self):
            self.canv.setStrokeColor(colors.HexColor("#9aa3ab"))
            self.canv.setLineWidth(0.6)
            y = self.height - LINE_GAP
            while y >= 0:
                self.canv.line(0, y, self.width, y)
                y -= LINE_GAP

    story: list = []
    for line in intro_lines(name, "", "worksheet"):
        style = {"title": title, "example": example}.get(line.kind, body)
        text = markup(line.text, chars)
        if line.kind == "part":  # the part's name in bold, as in the Word kit
            head, rest = line.text.split(": ", 1)
            text = f"<b>{markup(head, chars)}:</b> {markup(rest, chars)}"
        story.append(Paragraph(text, style))
    feet = [_(FIRST_PAGE)]
    for number, part in enumerate(ALL_PARTS, start=1):
        story.append(PageBreak())
        text = numbered_heading(number, part.heading, part is BOTTOM_LINE_PART)
        story += [
            Paragraph(markup(text, chars), heading),
            Paragraph(markup(_(part.prompt), chars), prompt),
        ]
        if part is not BOTTOM_LINE_PART:  # a bottom line is the writer's own, or none
            words = _(EXAMPLE).format(example=_(part.example))
            story.append(Paragraph(markup(words, chars), example))
        story += [Spacer(1, 6), Lines()]
        feet.append(text)

    def footer(canvas, document) -> None:
        page = canvas.getPageNumber()
        part = feet[min(page, len(feet)) - 1]
        canvas.saveState()
        canvas.setFont(REGULAR, 9)
        canvas.setFillColor(st.MUTED)
        canvas.drawString(
            st.MARGIN + 6,
            st.FOOTER_GAP,
            _(FOOT).format(writer=name or "—", part=part, page=page),
        )
        canvas.restoreState()

    title = _("Letter worksheet: {name}").format(name=name)
    return plain_pdf(story, paper or default_paper(), title, on_page=footer)
