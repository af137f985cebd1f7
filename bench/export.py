"""Packet export: a 30-speaker plan with 600-word letters, built as the app builds it.

Beside it, in the same run and on the same letters, bare reportlab: a SimpleDocTemplate with
one Paragraph per paragraph, in the same bundled font and letter size, and nothing else (no
cover, contents, tables, drawing, bookmarks or footer, and one layout pass). The ratio is
what the packet's structure costs: mostly its second layout pass, which puts the real page
numbers into the contents and into "Page X of Y".
"""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

from bench.timing import median_seconds
from interventionplanner.domain.plan import Letter, Participant, Plan, Role
from interventionplanner.output.packet import PacketOptions, build_packet
from interventionplanner.storage.catalogue import load_catalogue
from interventionplanner.storage.example import example_plan

RUNS = 5
SPEAKERS = 30
WORDS = 600


def letter_of(paragraphs: list[list[str]], words: int, shift: int) -> str:
    """The example plan's letter paragraphs, starting at `shift`, cut to `words` words."""
    out: list[str] = []
    count, index = 0, shift
    while count < words:
        take = paragraphs[index % len(paragraphs)][: words - count]
        out.append(" ".join(take))
        count += len(take)
        index += 1
    return "\n\n".join(out)


def big_plan() -> Plan:
    plan = example_plan(date.today())
    paragraphs = [
        paragraph.split()
        for person in plan.participants
        for paragraph in person.letter.text().split("\n\n")
    ]
    people = []
    for number in range(SPEAKERS):
        roles = [Role.SPEAKER] + ([Role.CHAIRPERSON] if number == 0 else [])
        text = letter_of(paragraphs, WORDS, number * 3)
        bottom_line = "If you say no today, I will stop lending you money." if number % 3 else ""
        people.append(
            Participant(
                name=f"Speaker {number + 1}",
                relationship="family",
                phone="(555) 010-0000",
                roles=roles,
                letter=Letter(love_and_memory=text, bottom_line=bottom_line),
            )
        )
    plan.participants = people
    plan.speaker_order = [p.id for p in people]
    plan.seating = [p.id for p in people[:12]]
    plan.closer_id = people[-1].id
    return plan


def bare_reportlab(plan: Plan) -> bytes:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from interventionplanner.output.packet.fonts import REGULAR, register_fonts
    from interventionplanner.output.packet.styles import LETTER_LEADING, LETTER_SIZE

    register_fonts()
    style = ParagraphStyle("bare", fontName=REGULAR, fontSize=LETTER_SIZE, leading=LETTER_LEADING)
    story = [
        Paragraph(escape(paragraph), style)
        for writer in plan.speaking_order()
        for paragraph in writer.letter.text().split("\n\n")
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=LETTER).build(story)
    return buffer.getvalue()


def main() -> None:
    plan = big_plan()
    catalogue = load_catalogue()
    options = PacketOptions(paper="letter", today=date.today())
    build_packet(plan, catalogue, options)  # fonts read, modules imported: not timed
    bare_reportlab(plan)
    packet_s = median_seconds(lambda: build_packet(plan, catalogue, options), RUNS)
    bare_s = median_seconds(lambda: bare_reportlab(plan), RUNS)
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(build_packet(plan, catalogue, options))).pages)
    bare_pages = len(PdfReader(io.BytesIO(bare_reportlab(plan))).pages)
    print(f"packet export, {SPEAKERS} speakers x {WORDS} words, median of {RUNS}:")
    print(f"  bare reportlab, letters only: {bare_s * 1000:7.0f} ms  ({bare_pages} pages)")
    print(f"  meeting packet (build_packet): {packet_s * 1000:6.0f} ms  ({pages} pages)")
    print(f"  ratio:                        {packet_s / bare_s:7.2f}x")


if __name__ == "__main__":
    main()
