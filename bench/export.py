"""Packet export: a 30-speaker plan with 600-word letters, built as the app builds it.

Beside it, in the same run, bare reportlab on the same letters: a SimpleDocTemplate with
one Paragraph per paragraph of each letter as the packet prints it (`render_letter`), in the
packet's letter style (bundled font, size, leading, space after), on the same paper with the
same margins, each letter from a new page as in the packet; and nothing else (no cover,
contents, tables, drawing, bookmarks, footer or page-break rules). The two make different
numbers of pages (the packet has its other sections too), so the goal is per page: what a
packet page costs against what a bare page of letters costs.
"""

from __future__ import annotations

import io
import statistics
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


def bare_reportlab(plan: Plan, paper: str = "letter") -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from interventionplanner.output.letters import render_letter
    from interventionplanner.output.packet import styles as st
    from interventionplanner.output.packet.fonts import REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle(
        "bare",
        fontName=REGULAR,
        fontSize=st.LETTER_SIZE,
        leading=st.LETTER_LEADING,
        spaceAfter=st.LETTER_SIZE,
    )
    story = []
    for writer in plan.speaking_order():
        if story:
            story.append(PageBreak())
        story += [
            Paragraph(escape(paragraph).replace("\n", "<br/>"), style)
            for paragraph in render_letter(plan, writer).split("\n\n")
            if paragraph.strip()
        ]
    buffer = io.BytesIO()
    margins = {f"{side}Margin": st.MARGIN for side in ("left", "right", "top", "bottom")}
    SimpleDocTemplate(buffer, pagesize=st.PAGE_SIZES[paper], **margins).build(story)
    return buffer.getvalue()


def page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def main() -> None:
    plan = big_plan()
    catalogue = load_catalogue()
    options = PacketOptions(paper="letter", today=date.today())
    build_packet(plan, catalogue, options)  # fonts read, modules imported: not timed
    bare_reportlab(plan)
    bare_s, packet_s = interleaved(
        lambda: bare_reportlab(plan), lambda: build_packet(plan, catalogue, options), RUNS
    )
    pages = page_count(build_packet(plan, catalogue, options))
    bare_pages = page_count(bare_reportlab(plan))
    bare_page, packet_page = bare_s / bare_pages, packet_s / pages
    print(f"packet export, {SPEAKERS} speakers x {WORDS} words, median of {RUNS}:")
    print(f"  bare reportlab, letters only:  {bare_s * 1000:6.0f} ms  ({bare_pages} pages)")
    print(f"  meeting packet (build_packet): {packet_s * 1000:6.0f} ms  ({pages} pages)")
    print(f"  whole packet / bare letters:   {packet_s / bare_s:6.2f}x")
    print(
        f"  per page: {packet_page * 1000:.2f} vs {bare_page * 1000:.2f} ms"
        f" = {packet_page / bare_page:.2f}x  (goal <= 1.2x)"
    )


def interleaved(first, second, runs: int) -> tuple[float, float]:
    """The medians of `runs` calls to each, alternating, so both see the same machine."""
    firsts, seconds = [], []
    for _ in range(runs):
        firsts.append(median_seconds(first, 1))
        seconds.append(median_seconds(second, 1))
    return statistics.median(firsts), statistics.median(seconds)


if __name__ == "__main__":
    main()
