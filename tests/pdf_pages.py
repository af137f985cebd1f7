"""Reading a packet page by page with pypdf: each line of text with its height on the page,
its font and size, and the running header, so layout rules can be checked from outside."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from pypdf import PdfReader

MARGIN = 22 * 72 / 25.4  # the packet's page margin, in points


@dataclass
class Line:
    y: float
    size: float
    bold: bool
    text: str


@dataclass
class Page:
    number: int
    header: str = ""  # the running header, "" on a page that starts a section
    lines: list[Line] = field(default_factory=list)  # body lines, top to bottom

    def lines_of_size(self, size: float) -> list[Line]:
        return [line for line in self.lines if abs(line.size - size) < 0.05]


def pages(data: bytes) -> list[Page]:
    reader = PdfReader(io.BytesIO(data))
    found = []
    for number, pdf_page in enumerate(reader.pages, start=1):
        height = float(pdf_page.mediabox.height)
        pieces: list[tuple[float, float, bool, str]] = []

        def visit(text, cm, tm, font, size, pieces=pieces):
            if text.strip():
                y = cm[5] + tm[5] * cm[3]
                name = str(font.get("/BaseFont", "")) if font else ""
                pieces.append((round(y, 1), float(size) * cm[3], "Bold" in name, text.strip()))

        pdf_page.extract_text(visitor_text=visit)
        page = Page(number)
        rows: dict[float, list[tuple[float, bool, str]]] = {}
        for y, size, bold, text in pieces:
            if y > height - MARGIN + 1:  # the running header
                page.header += text
            elif y >= MARGIN - 1:  # below that is the footer
                key = next((k for k in rows if abs(k - y) < 1.5), y)
                rows.setdefault(key, []).append((size, bold, text))
        for y in sorted(rows, reverse=True):
            parts = rows[y]
            page.lines.append(
                Line(
                    y,
                    max(size for size, _b, _t in parts),
                    all(bold for _s, bold, _t in parts),
                    " ".join(text for _s, _b, text in parts),
                )
            )
        found.append(page)
    return found


def is_heading(line: Line) -> bool:
    """Bold, 11 pt or more, nothing else on the line: a heading, a kicker or a label."""
    return line.bold and line.size >= 10.9
