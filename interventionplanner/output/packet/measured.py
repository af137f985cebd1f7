"""Paragraphs parsed once and laid out once per width, however often they are measured.

Every paragraph of the packet and the reading copies is a `MeasuredParagraph`. reportlab
measures a paragraph again whenever something around it is measured: a table sizes its
cells, then measures them again to draw them; a KeepTogether and a letter's tail guard
measure their content at every try. The paragraph remembers its lines for each width. Text
without markup (most of it: a letter's paragraphs, a table's cells) also skips reportlab's
markup parser, an HTMLParser per paragraph, and becomes directly the one fragment that
parser makes of plain text; text with markup is parsed once per shape (skeleton.py).

A reading copy repeats the run of show (a row per letter) with the reader's own rows in
bold. One export makes a copy per reader, so at 48 readers the same 200 cells would be
parsed and line-broken 48 times. `SharedCells` hands out one `MeasuredParagraph` per text
and style for the whole export; it is parsed once and broken into lines once per width,
and every copy draws it from those lines. Drawing does not change a paragraph, and a split
makes new ones, so sharing it across documents prints exactly what fresh ones would.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from interventionplanner.output.packet.skeleton import skeleton_frags

_MARKUP = re.compile(r"[<&]")  # a tag or an entity: the text needs reportlab's parser
# Per style, the fragment reportlab's parser makes of a plain word: a plain text's one
# fragment is that, with its own text (what the parser does for it, without the parsing).
# Kept on the style itself, beside the style (a style made from it as its parent copies
# the attribute, and must not use its parent's fragment).
_PLAIN = "_packet_plain_fragment"


def _plain_frags(text: str, style: ParagraphStyle) -> list:
    found = style.__dict__.get(_PLAIN)
    if found is None or found[0] is not style:
        _style, frags, _bullet = ParaParser().parse("x", style)
        found = style.__dict__[_PLAIN] = (style, frags[0])
    template = found[1]
    frag = object.__new__(type(template))  # a copy, without copy.copy's generic protocol
    frag.__dict__.update(template.__dict__)
    frag.text = text
    return [frag]


def _clean(text: str) -> str:
    """What reportlab's cleanBlockQuotedText makes of `text` (spaces collapsed, ends
    stripped), found at once for the usual text that it would leave as it is: one plain
    space between words, none around them, and no other space or invisible character
    (every one of those is unprintable to Python, as is a line break)."""
    if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        return text
    return cleanBlockQuotedText(text)


class MeasuredParagraph(Paragraph):
    """A Paragraph that remembers its lines for every width it has been wrapped to.
    Text without markup skips reportlab's markup parser (an HTMLParser per paragraph):
    it becomes the one fragment the parser would have made of it."""

    # The text, when it had no markup: what the paragraph prints (cells.py draws it so).
    plain_text: str | None = None

    def __init__(self, text, style=None, bulletText=None, frags=None, **kwargs):  # noqa: N803
        if frags is None and style is not None and text:
            if not _MARKUP.search(text):
                text = _clean(text)
                if text and not getattr(style, "textTransform", None):
                    frags = _plain_frags(text, style)
                    self.plain_text = text
            elif not getattr(style, "textTransform", None):
                cleaned = _clean(text)
                frags = skeleton_frags(cleaned, style)  # None: reportlab parses it
                text = cleaned if frags is not None else text
        super().__init__(text, style, bulletText, frags, **kwargs)

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
