"""Page-break rules reportlab does not have by itself.

`TailGuard` holds a letter's paragraphs and splits them so that the letter's last page never
carries fewer than `min_lines` lines alone: when the natural split would leave a short tail,
it moves lines from the page before onto the last page. Each paragraph keeps its own
widow and orphan control (no single line left behind or carried over).

`keep_list_ends()` keeps the last two items of a list together, so a list never ends with
one item alone at the top of a page.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

MIN_TAIL_LINES = 4


def _lines(paragraph: Paragraph) -> int:
    lines = getattr(getattr(paragraph, "blPara", None), "lines", None)
    return len(lines) if lines is not None else 1


class TailGuard(Flowable):
    """Paragraphs laid out one after another; never a short last page."""

    def __init__(self, paragraphs: list[Paragraph], page_height: float, min_lines: int = 4):
        super().__init__()
        self.paragraphs = paragraphs
        self.page_height = page_height  # the frame's full height: what a page can hold
        self.min_lines = min_lines
        self._sizes: list[tuple[float, float, float]] = []

    # -- reportlab's flowable protocol ----------------------------------------------------

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self._sizes = []
        total = 0.0
        for index, paragraph in enumerate(self.paragraphs):
            _w, height = paragraph.wrap(avail_width, avail_height)
            before = paragraph.getSpaceBefore() if index else 0.0
            after = paragraph.getSpaceAfter() if index < len(self.paragraphs) - 1 else 0.0
            self._sizes.append((before, height, after))
            total += before + height + after
        self.height = total
        return avail_width, total

    def getSpaceBefore(self):  # noqa: N802 - reportlab's name
        return self.paragraphs[0].getSpaceBefore() if self.paragraphs else 0.0

    def getSpaceAfter(self):  # noqa: N802
        return self.paragraphs[-1].getSpaceAfter() if self.paragraphs else 0.0

    def draw(self):
        y = self.height
        for paragraph, (before, height, after) in zip(self.paragraphs, self._sizes, strict=True):
            y -= before + height
            paragraph.drawOn(self.canv, 0, y)
            y -= after

    def split(self, avail_width, avail_height):
        first, rest, used = self._split_at(avail_width, avail_height)
        if not first or not rest:
            return [] if not first else [self._like(first)]
        tail = self._measure(rest, avail_width)
        if tail is not None and tail[0] < self.min_lines:
            lines, line_height = tail
            # Take as many lines off this page as the last page lacks (widow and orphan
            # control may move a few more); a little less than a line of slack is left.
            shorter = used - (self.min_lines - lines) * line_height - 1
            first, rest, _used = self._split_at(avail_width, shorter)
            if not first:
                return []
        return [self._like(first), self._like(rest)]

    # -- helpers ----------------------------------------------------------------------------

    def _like(self, paragraphs: list[Paragraph]) -> TailGuard:
        return TailGuard(paragraphs, self.page_height, self.min_lines)

    def _split_at(self, width, height) -> tuple[list[Paragraph], list[Paragraph], float]:
        """What fits in `height`, the rest (a paragraph split by lines if it must be), and
        the height the first part takes."""
        used = 0.0
        for index, paragraph in enumerate(self.paragraphs):
            before = paragraph.getSpaceBefore() if index else 0.0
            _w, h = paragraph.wrap(width, height)
            if used + before + h <= height:
                used += before + h + paragraph.getSpaceAfter()
                continue
            pieces = paragraph.split(width, height - used - before) if height > used else []
            if len(pieces) == 2:
                _w, kept = pieces[0].wrap(width, height)
                first = [*self.paragraphs[:index], pieces[0]]
                return first, [pieces[1], *self.paragraphs[index + 1 :]], used + before + kept
            return self.paragraphs[:index], self.paragraphs[index:], used
        return list(self.paragraphs), [], used

    def _measure(self, paragraphs: list[Paragraph], width) -> tuple[int, float] | None:
        """(lines, line height) of `paragraphs` if they would end the letter on one page."""
        height, lines = 0.0, 0
        for index, paragraph in enumerate(paragraphs):
            _w, h = paragraph.wrap(width, self.page_height)
            height += h + (paragraph.getSpaceBefore() if index else 0.0)
            lines += _lines(paragraph)
        if height > self.page_height:
            return None  # more pages follow: a later split decides the tail
        return lines, paragraphs[-1].style.leading


def together(items: list[Flowable]) -> KeepTogether:
    """Items kept on one page. A KeepTogether among them is opened up: reportlab's says it
    is 16 777 215 points tall until it is split, so one inside another always looks too big
    to fit, and the outer one moved to a new page even when it fitted easily (the Safety
    section's heading alone on a page, its first fact on the next)."""
    flat: list[Flowable] = []
    for item in items:
        flat += item._content if isinstance(item, KeepTogether) else [item]
    return KeepTogether(flat)


def keep_list_ends(items: list[Flowable]) -> list[Flowable]:
    """A list whose last two items stay together (no lone item at the top of a page)."""
    if len(items) < 3:
        return [together(items)] if len(items) == 2 else list(items)
    return [*items[:-2], together(items[-2:])]
