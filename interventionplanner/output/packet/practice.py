"""The practice of whoever prints the packet, on its cover and in its footer.

Shown only when the plan asks for it (`Plan.show_practice`), and in reading copies only when
it also asks for that (`Plan.practice_on_reading_copies`): a speaker's copy is theirs, and
their family's name is not advertising. The logo was checked and scaled when it was chosen
(storage/practice.py); here it is drawn at most 45 × 22 mm, keeping its shape.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer

from interventionplanner.domain.plan import Plan
from interventionplanner.domain.practice import Practice
from interventionplanner.output.packet.text import fit_to_fonts

LOGO_WIDTH = 45 * mm
LOGO_HEIGHT = 22 * mm


def practice_shown(
    plan: Plan, practice: Practice | None, *, reading_copy: bool = False
) -> Practice | None:
    """The practice to print, or None: the plan must ask, and there must be one."""
    if practice is None or practice.is_empty or not plan.show_practice:
        return None
    if reading_copy and not plan.practice_on_reading_copies:
        return None
    return practice


def practice_block(practice: Practice | None, style, glyphs: frozenset[int]) -> list[Flowable]:
    """The logo and the practice's lines, centred, for the foot of the cover."""
    if practice is None:
        return []
    story: list[Flowable] = [Spacer(1, 26)]
    if practice.logo_png:
        story += [logo_image(practice.logo_png), Spacer(1, 6)]
    for line in practice.lines():
        story.append(Paragraph(escape(fit_to_fonts(line, glyphs)), style))
    return story


def logo_image(png: bytes) -> Image:
    from reportlab.lib.utils import ImageReader

    width, height = ImageReader(io.BytesIO(png)).getSize()
    scale = min(LOGO_WIDTH / width, LOGO_HEIGHT / height)
    image = Image(io.BytesIO(png), width=width * scale, height=height * scale)
    image.hAlign = "CENTER"
    return image


def footer_line(practice: Practice | None) -> str | None:
    return practice.one_line() if practice is not None else None
