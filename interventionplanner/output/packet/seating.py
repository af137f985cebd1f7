"""The seating diagram: a round table seen from above, drawn with reportlab graphics.

The loved one sits at the bottom, facing the table; the plan lists everyone else clockwise
(seen from above) starting on the loved one's left, so the seats run from the bottom up the
page's left side, across the top and down the right. Each seat carries a letter that
matches the list printed under the drawing, so nothing depends on reading the small labels.
Letters, not numbers: numbered seats were read as a speaking order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, String
from reportlab.lib import colors

from interventionplanner.i18n import _
from interventionplanner.output.packet import styles as st
from interventionplanner.output.packet.fonts import BOLD, REGULAR

MAX_LABEL = 24  # characters of a name shown beside a seat (the list below has it whole)
MAX_LABELLED = 16  # with more seats than this, seats show only their letters


@dataclass(frozen=True)
class Seat:
    label: str  # already fitted to the fonts; plain text, not markup
    note: str = ""  # "chairperson", "reads last", …
    mark: str = ""  # the seat's letter ("A", "B", …); "" for the loved one
    font: str = ""  # a system font for a name the bundled one cannot draw; "" for ours


def seating_drawing(loved_one: str, seats: list[Seat], width: float) -> Drawing:
    """The table with the loved one at the bottom and `seats` clockwise from their left."""
    count = len(seats) + 1
    height = min(width * 0.72, 330.0)
    drawing = Drawing(width, height, initialFontName=REGULAR)  # not Helvetica, unembedded
    cx, cy = width / 2, height / 2
    crowded = count > MAX_LABELLED
    ring_x = min(width * (0.40 if crowded else 0.30), 230.0)
    ring_y = height * (0.42 if crowded else 0.36)
    drawing.add(
        Ellipse(
            cx,
            cy,
            ring_x * 0.62,
            ring_y * 0.58,
            fillColor=st.SHADE,
            strokeColor=st.RULE,
            strokeWidth=0.8,
        )
    )
    drawing.add(
        String(
            cx,
            cy - 3,
            _("table"),
            fontName=REGULAR,
            fontSize=9,
            fillColor=st.MUTED,
            textAnchor="middle",
        )
    )
    radius = 8 if crowded else 11
    font = 6.5 if crowded else 8.5
    everyone = [Seat(loved_one, "", ""), *seats]
    for index, seat in enumerate(everyone):
        # The loved one at 270° (the bottom); clockwise is decreasing angle: their left first.
        angle = math.radians(270 - index * 360 / count)
        x, y = cx + ring_x * math.cos(angle), cy + ring_y * math.sin(angle)
        loved = index == 0
        drawing.add(
            Circle(
                x,
                y,
                radius,
                fillColor=st.ACCENT if loved else colors.white,
                strokeColor=st.ACCENT,
                strokeWidth=1,
            )
        )
        mark = "★" if loved else seat.mark
        drawing.add(
            String(
                x,
                y - font / 2 + 1,
                mark,
                fontName=BOLD,
                fontSize=font,
                fillColor=colors.white if loved else st.INK,
                textAnchor="middle",
            )
        )
        if loved or not crowded:
            _label(drawing, x, y, angle, radius, seat, font)
    return drawing


def _label(
    drawing: Drawing, x: float, y: float, angle: float, radius: float, seat: Seat, font: float
) -> None:
    cos, sin = math.cos(angle), math.sin(angle)
    if abs(cos) < 0.35:  # top or bottom: centred above or below the seat
        anchor, lx = "middle", x
        ly = y + (radius + 4 if sin > 0 else -radius - font - 2)
    else:
        anchor = "start" if cos > 0 else "end"
        lx, ly = x + (radius + 4) * (1 if cos > 0 else -1), y - font / 3
    text = seat.label if len(seat.label) <= MAX_LABEL else seat.label[: MAX_LABEL - 1] + "…"
    drawing.add(
        String(
            lx,
            ly,
            text,
            fontName=seat.font or BOLD,
            fontSize=font,
            fillColor=st.INK,
            textAnchor=anchor,
        )
    )
    if seat.note:
        below = ly - font - 1 if sin <= 0 or abs(cos) >= 0.35 else ly + font + 1
        drawing.add(
            String(
                lx,
                below,
                seat.note,
                fontName=REGULAR,
                fontSize=font - 1,
                fillColor=st.MUTED,
                textAnchor=anchor,
            )
        )
