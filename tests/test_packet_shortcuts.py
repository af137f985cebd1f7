"""The packet's shortcuts past reportlab's generic paths give what those paths give.

skeleton.py hands out a paragraph's fragments without parsing its markup; cells.py draws a
one-line plain cell as the table's own string; measured.py keeps clean text as it is.
Each must be exactly what reportlab would have made, or not be used at all.
"""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from interventionplanner.output.packet import styles as st
from interventionplanner.output.packet.cells import plain_cells
from interventionplanner.output.packet.fonts import register_fonts
from interventionplanner.output.packet.measured import MeasuredParagraph, _clean
from interventionplanner.output.packet.skeleton import skeleton_frags


@pytest.fixture(scope="module")
def styles() -> st.Styles:
    register_fonts()
    return st.make_styles()


MARKUPS = [
    "<b>Ray Doyle</b>, brother — reads a letter",
    "<b>Zoë</b>, friend &amp; neighbour — reads last",
    "<b>988 Suicide &amp; Crisis Lifeline</b><br/>Call or text, any time",
    'Pick up the keys <font color="#59606a">— Ray, by 3 Dec</font>',
    "first line<br/>second line<br/>third",
    "<b>a</b><b>b</b> c",
    "&lt;not a tag&gt; &amp; more",
]


@pytest.mark.parametrize("markup", MARKUPS)
def test_skeleton_fragments_are_the_parsers(styles, markup):
    for style in (styles.cell, styles.bullet, styles.body):
        ours = skeleton_frags(markup, style)
        _style, parsed, _bullet = ParaParser().parse(markup, style)
        assert ours is not None
        assert [f.__dict__ for f in ours] == [f.__dict__ for f in parsed]
        again = skeleton_frags(markup.replace("e", "ë"), style)  # same shape, other words
        _style, reparsed, _bullet = ParaParser().parse(markup.replace("e", "ë"), style)
        assert [f.__dict__ for f in again] == [f.__dict__ for f in reparsed]


def test_a_style_made_from_another_learns_its_own_shapes(styles):
    skeleton_frags("<b>x</b> y", styles.small)
    child = ParagraphStyle("child", parent=styles.small, fontSize=20)
    (bold, rest) = skeleton_frags("<b>x</b> y", child)
    assert bold.fontSize == rest.fontSize == 20


@pytest.mark.parametrize(
    "text", ["plain words", " lead", "trail ", "two  spaces", "tab\there", "nb\xa0sp", "a\u200bb"]
)
def test_clean_text_is_what_reportlab_makes_of_it(text):
    assert _clean(text) == cleanBlockQuotedText(text)


def test_only_one_line_plain_cells_become_strings(styles):
    long = " ".join(["word"] * 40)
    rows = [
        [MeasuredParagraph("Speaker 1", styles.cell_bold), MeasuredParagraph(long, styles.cell)],
        [MeasuredParagraph("<b>bold</b>", styles.cell), MeasuredParagraph("", styles.cell)],
        [MeasuredParagraph("1", styles.toc_page), MeasuredParagraph("x", styles.cell)],
    ]
    table = plain_cells(Table(rows, colWidths=[100, 100]))
    values = table._cellvalues
    assert values[0][0] == "Speaker 1"
    assert table._cellStyles[0][0].fontname == styles.cell_bold.fontName
    assert table._cellStyles[0][0].leading == styles.cell_bold.leading
    assert isinstance(values[0][1], MeasuredParagraph)  # wraps: more than one line
    assert isinstance(values[1][0], MeasuredParagraph)  # markup
    assert isinstance(values[1][1], MeasuredParagraph)  # empty
    assert isinstance(values[2][0], MeasuredParagraph)  # right-aligned
    assert values[2][1] == "x"
