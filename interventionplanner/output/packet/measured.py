"""Paragraphs laid out once and drawn many times: the run of show in every reading copy.

A reading copy repeats the run of show (a row per letter) with the reader's own rows in
bold. One export makes a copy per reader, so at 48 readers the same 200 cells would be
parsed and line-broken 48 times. `SharedCells` hands out one `MeasuredParagraph` per text
and style for the whole export; it is parsed once and broken into lines once per width,
and every copy draws it from those lines. Drawing does not change a paragraph, and a split
makes new ones, so sharing it across documents prints exactly what fresh ones would.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph


class MeasuredParagraph(Paragraph):
    """A Paragraph that remembers its lines for every width it has been wrapped to."""

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        measured = self.__dict__.setdefault("_measured", {})
        known = measured.get(availWidth)
        if known is None:
            size = super().wrap(availWidth, availHeight)
            if hasattr(self, "blPara"):  # not when there was no room at all
                measured[availWidth] = (self._wrapWidths, self.blPara, self.height)
            return size
        self.width = availWidth
        self._wrapWidths, self.blPara, self.height = known
        return self.width, self.height


class SharedCells:
    """One MeasuredParagraph per (text, style) for every document of one export."""

    def __init__(self) -> None:
        self._made: dict[tuple[str, int], tuple[ParagraphStyle, MeasuredParagraph]] = {}

    def paragraph(self, text: str, style: ParagraphStyle) -> Paragraph:
        key = (text, id(style))  # the style is kept alive beside it, so its id stays its own
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = (style, MeasuredParagraph(text, style))
        return found[1]
