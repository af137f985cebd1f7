"""Table cells that are one line of plain text, handed to the table as plain strings.

A Paragraph in a table cell is measured by the table, measured again to be drawn, and
drawn as a text object of its own inside two saved graphics states. Most of the packet's
cells (the run of show, the team, the contents, the labels) are one short line of plain
text, and reportlab's table draws a plain string cell itself, far more cheaply, at the
very place a one-line paragraph puts its line: the baseline a font size below the cell's
top padding (a paragraph's line sits at its leading less the font size, from the bottom
of a paragraph one leading tall), at the left padding, in the cell's font, size, leading
and text colour. `plain_cells(table)` swaps such paragraphs for strings after the table's
style is set, copying the paragraph's look onto the cell's own style, so the page is the
same.

Only a paragraph that would surely print as that one line is swapped: no markup (bold,
a fallback font, a break), left-aligned, no bullet or right indent, no space around it,
nothing reportlab treats as a special space, and narrower than its column by a margin, so
that the paragraph could not have broken it. Everything else stays a paragraph.

`SizedTable` is a table that is not sized twice for the same space.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table

from interventionplanner.output.packet.measured import MeasuredParagraph

# Narrower than the column by at least this (points): a line this close to the edge stays
# a paragraph, whatever rounding reportlab's line breaking would have done with it.
_SLACK = 0.01


class SizedTable(Table):
    """A Table sized once for each space it is offered: reportlab sizes a table again at
    every wrap (a KeepTogether's try, the frame's, a split's), with the same answer when
    the space is the same. Its pieces after a split are SizedTables too, sized afresh."""

    def _calc(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        space = (availWidth, availHeight)
        if self.__dict__.get("_sized_for") != space:
            super()._calc(availWidth, availHeight)
            self._sized_for = space


def plain_cells(table: Table) -> Table:
    """`table` with its one-line plain paragraphs drawn as strings (see the module's note).
    Call after `setStyle`: the cells' paddings decide what fits."""
    widths = table._colWidths  # noqa: SLF001 - reportlab keeps a table's cells to itself
    for row, styles in zip(table._cellvalues, table._cellStyles, strict=True):  # noqa: SLF001
        for column, (value, cell) in enumerate(zip(row, styles, strict=True)):
            text = _one_line(value, widths[column] - cell.leftPadding - cell.rightPadding)
            if text is None:
                continue
            style = value.style
            row[column] = text
            cell.fontname, cell.fontsize, cell.leading = (
                style.fontName,
                style.fontSize,
                style.leading,
            )
            cell.color = style.textColor
            cell.leftPadding += style.leftIndent  # the indent, folded into where it starts
    return table


def _one_line(value, width: float | None) -> str | None:
    """The text of `value` if it is a paragraph that prints as that one line in `width`."""
    if type(value) is not MeasuredParagraph or width is None:  # not a subclass either
        return None
    text, style = value.plain_text, value.style
    if (
        not text
        or value.bulletText
        or style.alignment  # TA_LEFT is 0
        or any((style.firstLineIndent, style.rightIndent, style.spaceBefore, style.spaceAfter))
        or any((style.backColor, style.borderWidth, style.wordWrap, style.shaping, style.endDots))
        or not text.isprintable()  # cleaned: one plain space between words; no other
    ):
        return None
    room = width - style.leftIndent
    if stringWidth(text, style.fontName, style.fontSize) > room - _SLACK:
        return None
    return text
