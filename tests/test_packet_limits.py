"""The packet's layout stays in proportion to the plan: long paragraphs come in pieces,
long names never run off the page, and a plan with every field at its limit prints."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from interventionplanner.domain import limits
from interventionplanner.domain.limits import Kind
from interventionplanner.domain.plan import Letter, Objection, Participant, Role, Task
from interventionplanner.output.packet import PacketOptions, build_packet
from interventionplanner.output.packet.text import PIECE_CHARS, PIECE_LINES, pieces


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab .\n!"), max_size=400),
    st.integers(min_value=10, max_value=120),
)
def test_pieces_keep_every_word_and_stay_small(block, size):
    found = pieces(block, size)
    assert all(len(piece) <= size for piece in found)
    assert all(piece.count("\n") < PIECE_LINES for piece in found)
    assert "".join("".join(found).split()) == "".join(block.split())


def test_a_paragraph_with_no_space_at_all_is_cut_at_the_size():
    assert [len(p) for p in pieces("x" * (2 * PIECE_CHARS + 5))] == [PIECE_CHARS, PIECE_CHARS, 5]


def test_a_long_paragraph_is_cut_after_a_sentence():
    block = "We love you. " * (PIECE_CHARS // 10)
    assert all(piece.endswith("We love you.") for piece in pieces(block))


def _at_limit(kind: Kind, unbroken: bool) -> str:
    chars = limits.TEXT_LIMITS[kind].chars
    if unbroken:
        return "W" * chars
    return ("Zoë Marsh " * (chars // 10 + 1))[:chars]


def _fill(item, unbroken: bool) -> None:
    for name, kind in limits.FIELD_KINDS[type(item)].items():
        if kind is not Kind.ID and kind is not Kind.LETTER_PART:
            setattr(item, name, _at_limit(kind, unbroken))


def test_a_plan_with_every_field_at_its_limit_prints(demo_plan, catalogue):
    """Names, phones, addresses, notes and answers at their longest, half of them with no
    space to break at: the packet is made, every page is a page, and it names them."""
    plan = demo_plan
    for index, item in enumerate(
        [plan.loved_one, plan.meeting, plan.treatment, plan, *plan.participants]
    ):
        _fill(item, unbroken=index % 2 == 0)
    plan.participants += [
        Participant(name=_at_limit(Kind.NAME, i % 2 == 0), roles=[Role.SPEAKER], letter=Letter())
        for i in range(limits.MAX_PARTICIPANTS - len(plan.participants))
    ]
    plan.objections = [Objection(_at_limit(Kind.LINE, True), _at_limit(Kind.ANSWER, False))]
    plan.tasks = [Task(item=_at_limit(Kind.LINE, False))]
    assert limits.check(plan) == []
    pdf = build_packet(plan, catalogue, PacketOptions(paper="a4"))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 10
    text = "".join(page.extract_text() for page in reader.pages[:40])
    assert "Zoë Marsh" in text


def test_a_running_header_is_cut_to_the_width_of_the_page():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from interventionplanner.output.packet import styles
    from interventionplanner.output.packet.document import _fit_width
    from interventionplanner.output.packet.fonts import ITALIC, REGULAR, register_fonts

    register_fonts()
    header = _fit_width("Letter 1 of 2 — " + "W" * 200 + " (continued)", 300, ITALIC)
    assert header.endswith("…")
    assert header.startswith("Letter 1 of 2 — WW")
    assert stringWidth(header, ITALIC, styles.SMALL_SIZE) <= 300
    assert _fit_width("Letters (continued)", 300, ITALIC) == "Letters (continued)"
    # The footer is drawn upright: measured so, it fits exactly as drawn.
    footer = _fit_width("Harbor Light Family Services · " + "m" * 300, 300, REGULAR)
    assert stringWidth(footer, REGULAR, styles.SMALL_SIZE) <= 300
    assert stringWidth(footer[:-1] + "m…", REGULAR, styles.SMALL_SIZE) > 300
