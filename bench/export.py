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
import time
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from interventionplanner.domain.plan import Letter, Participant, Plan, Role
from interventionplanner.output.packet import PacketOptions, build_packet
from interventionplanner.storage.catalogue import load_catalogue
from interventionplanner.storage.example import example_plan

RUNS = 7
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
    bare, packet = interleaved(
        lambda: bare_reportlab(plan), lambda: build_packet(plan, catalogue, options), RUNS
    )
    pages = page_count(build_packet(plan, catalogue, options))
    bare_pages = page_count(bare_reportlab(plan))
    print(f"packet export, {SPEAKERS} speakers x {WORDS} words, median of {RUNS}, alternating:")
    print(f"  bare reportlab, letters only:  {bare.wall * 1000:6.0f} ms  ({bare_pages} pages)")
    print(f"  meeting packet (build_packet): {packet.wall * 1000:6.0f} ms  ({pages} pages)")
    print(f"  whole packet / bare letters:   {packet.wall / bare.wall:6.2f}x")
    for label, ours, theirs in (
        ("per page", packet.wall / pages, bare.wall / bare_pages),
        ("per page, CPU time", packet.cpu / pages, bare.cpu / bare_pages),
    ):
        print(
            f"  {label}: {ours * 1000:.2f} vs {theirs * 1000:.2f} ms"
            f" = {ours / theirs:.2f}x  (goal <= 1.2x)"
        )


@dataclass(frozen=True)
class Timing:
    wall: float  # median seconds
    cpu: float  # median seconds of this process's CPU: what a loaded machine disturbs least


def interleaved(first, second, runs: int) -> tuple[Timing, Timing]:
    """The medians of `runs` calls to each, alternating, so both see the same machine."""
    times: list[list[tuple[float, float]]] = [[], []]
    for _ in range(runs):
        for work, found in zip((first, second), times, strict=True):
            wall, cpu = time.perf_counter(), time.process_time()
            work()
            found.append((time.perf_counter() - wall, time.process_time() - cpu))
    return tuple(  # type: ignore[return-value]
        Timing(statistics.median(w for w, _c in found), statistics.median(c for _w, c in found))
        for found in times
    )


if __name__ == "__main__":
    main()
