"""The bundled font family (DejaVu Sans, in resources/fonts/), registered once with reportlab.

Registration touches reportlab's global font registry, so it happens once, under a lock,
and is safe to call from a worker thread. The fonts are embedded (as subsets) in every PDF.
"""

from __future__ import annotations

import threading
from functools import cache

from interventionplanner import paths

REGULAR = "PacketSans"
BOLD = "PacketSans-Bold"
ITALIC = "PacketSans-Oblique"
BOLD_ITALIC = "PacketSans-BoldOblique"

FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def font_path(name: str):
    return paths.resource("fonts") / FILES[name]


def register_fonts() -> None:
    """Make the family known to reportlab (once per process)."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name in FILES:
            pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        for bold, italic, name in (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, ITALIC),
            (1, 1, BOLD_ITALIC),
        ):
            addMapping(REGULAR, bold, italic, name)
        _registered = True


@cache
def glyphs() -> frozenset[int]:
    """The code points every face of the family can draw (so bold never lacks a glyph)."""
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    faces = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in FILES]
    return frozenset(set.intersection(*faces))
