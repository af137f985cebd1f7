"""Every look in the packet, in one place: sizes, colours, paragraph and table styles.

Letters are set at LETTER_SIZE (14 pt) with generous leading, to be read aloud under stress
straight from the page. Colour is used sparingly and never carries meaning on its own, so a
black-and-white printout loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from interventionplanner.output.packet.fonts import BOLD, ITALIC, REGULAR

PAGE_SIZES = {"letter": LETTER, "a4": A4}
MARGIN = 22 * mm
HEADER_GAP = 10 * mm  # from the top edge to the running header's baseline
FOOTER_GAP = 11 * mm  # from the bottom edge to the footer's baseline

INK = colors.HexColor("#1b1f24")
MUTED_HEX = "#59606a"
MUTED = colors.HexColor(MUTED_HEX)
ACCENT = colors.HexColor("#2d5f73")
RULE = colors.HexColor("#b8c2c9")
SHADE = colors.HexColor("#eef2f4")
CAUTION = colors.HexColor("#fff6e0")

BODY_SIZE = 11
LETTER_SIZE = 14
LETTER_LEADING = 23  # about 1.65 × the size: easy to keep one's place when reading aloud
READING_COPY_SIZE = 16  # a reading copy's type when the family has not chosen one
SMALL_SIZE = 8.5


def _style(name: str, **kw) -> ParagraphStyle:
    base = {
        "fontName": REGULAR,
        "bulletFontName": REGULAR,
        "fontSize": BODY_SIZE,
        "leading": 15.5,
        "textColor": INK,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    bullet: ParagraphStyle
    check: ParagraphStyle
    kicker: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    toc: ParagraphStyle
    toc_sub: ParagraphStyle
    toc_page: ParagraphStyle
    toc_sub_page: ParagraphStyle
    letter: ParagraphStyle
    letter_title: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    cover_note: ParagraphStyle


def make_styles(letter_size: float | None = None) -> Styles:
    """Every style; letters (and the chairperson's words) at `letter_size` points, with the
    leading scaled to match (a reading copy's size is chosen per person, 14–22 pt)."""
    keep = {"keepWithNext": 1}
    size = letter_size or LETTER_SIZE
    leading = round(size * LETTER_LEADING / LETTER_SIZE, 1)
    return Styles(
        body=_style("body", spaceAfter=7),
        small=_style("small", fontSize=SMALL_SIZE, leading=11, textColor=MUTED, spaceAfter=3),
        note=_style("note", fontName=ITALIC, textColor=MUTED, spaceAfter=8),
        bullet=_style("bullet", leftIndent=14, bulletIndent=2, spaceAfter=5),
        check=_style(
            "check",
            fontSize=12,
            leading=17,
            leftIndent=22,
            bulletIndent=0,
            bulletFontSize=14,
            spaceAfter=4,
        ),
        kicker=_style(
            "kicker", fontName=BOLD, fontSize=11, leading=14, textColor=ACCENT, spaceAfter=4, **keep
        ),
        h1=_style(
            "h1", fontName=BOLD, fontSize=21, leading=26, textColor=ACCENT, spaceAfter=12, **keep
        ),
        h2=_style(
            "h2", fontName=BOLD, fontSize=13.5, leading=18, spaceBefore=10, spaceAfter=5, **keep
        ),
        cell=_style("cell", fontSize=10, leading=13.5),
        cell_bold=_style("cell_bold", fontName=BOLD, fontSize=10, leading=13.5),
        cell_head=_style("cell_head", fontName=BOLD, fontSize=9, leading=12, textColor=MUTED),
        toc=_style("toc", fontSize=12, leading=17),
        toc_sub=_style("toc_sub", fontSize=10.5, leading=14, leftIndent=16),
        toc_page=_style("toc_page", fontSize=11, leading=17, alignment=2),
        toc_sub_page=_style("toc_sub_page", fontSize=10, leading=14, alignment=2),
        letter=_style(
            "letter",
            fontSize=size,
            leading=leading,
            spaceAfter=round(size, 1),
            allowWidows=0,
            allowOrphans=0,
        ),
        letter_title=_style(
            "letter_title", fontName=BOLD, fontSize=18, leading=24, spaceAfter=18, **keep
        ),
        cover_title=_style(
            "cover_title",
            fontName=BOLD,
            fontSize=38,
            leading=46,
            textColor=ACCENT,
            alignment=TA_CENTER,
            spaceAfter=20,
        ),
        cover_line=_style("cover_line", fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=8),
        cover_note=_style(
            "cover_note",
            fontSize=11,
            leading=15,
            textColor=MUTED,
            alignment=TA_CENTER,
            spaceAfter=6,
        ),
    )


# Every table names our font: a table's own default (Helvetica) would not be embedded.
TABLE_FONT = [("FONTNAME", (0, 0), (-1, -1), REGULAR)]
TABLE_STYLE = [
    *TABLE_FONT,
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
]
HEADED_TABLE_STYLE = [*TABLE_STYLE, ("LINEBELOW", (0, 0), (-1, 0), 0.9, MUTED)]
