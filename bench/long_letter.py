"""One 20,000-word letter (about sixty printed pages), exported as the app exports it.

Two shapes of the same words: in ordinary paragraphs, and as one single paragraph (a letter
pasted without blank lines). Beside each, in the same run, bare reportlab on the same text:
a SimpleDocTemplate with one Paragraph per paragraph in the same font and size. Bare
reportlab lays one huge paragraph out again at every page break, so its time grows with
the square of the paragraph; the packet cuts long paragraphs into pieces (packet/text.py),
so its time follows the text's size. The packet's progress callback is counted too.
"""

from __future__ import annotations

import io
import time
from datetime import date
from xml.sax.saxutils import escape

from bench.export import letter_of
from bench.timing import median_seconds
from interventionplanner.domain.plan import Plan
from interventionplanner.output.packet import PacketOptions, build_packet
from interventionplanner.storage.catalogue import load_catalogue
from interventionplanner.storage.example import example_plan

WORDS = 20_000
RUNS = 3


def long_letter_plan(one_paragraph: bool) -> Plan:
    plan = example_plan(date.today())
    paragraphs = [
        paragraph.split()
        for person in plan.participants
        for paragraph in person.letter.text().split("\n\n")
    ]
    text = letter_of(paragraphs, WORDS, 0)
    if one_paragraph:
        text = " ".join(text.split())
    writer = plan.speaking_order()[0]
    writer.letter.love_and_memory = text
    writer.letter.what_i_have_seen = writer.letter.my_hope = writer.letter.the_ask = ""
    return plan


def bare_reportlab(text: str) -> bytes:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from interventionplanner.output.packet.fonts import REGULAR, register_fonts
    from interventionplanner.output.packet.styles import LETTER_LEADING, LETTER_SIZE

    register_fonts()
    style = ParagraphStyle("bare", fontName=REGULAR, fontSize=LETTER_SIZE, leading=LETTER_LEADING)
    story = [Paragraph(escape(paragraph), style) for paragraph in text.split("\n\n")]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=LETTER).build(story)
    return buffer.getvalue()


def _once(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    catalogue = load_catalogue()
    reports: list[tuple[int, int]] = []
    options = PacketOptions(paper="letter", today=date.today())
    counted = PacketOptions(
        paper="letter", today=date.today(), progress=lambda d, t: reports.append((d, t))
    )
    print(f"a {WORDS:,}-word letter:")
    for one_paragraph in (False, True):
        plan = long_letter_plan(one_paragraph)
        text = plan.speaking_order()[0].letter.text()
        build_packet(plan, catalogue, options)  # fonts read, modules imported: not timed
        packet_s = median_seconds(lambda p=plan: build_packet(p, catalogue, options), RUNS)
        # Bare reportlab on one huge paragraph is slow: it runs once.
        runs = 1 if one_paragraph else RUNS
        bare_s = median_seconds(lambda t=text: bare_reportlab(t), runs)
        reports.clear()
        build_packet(plan, catalogue, counted)
        shape = "one paragraph    " if one_paragraph else "in paragraphs    "
        print(
            f"  {shape} packet {packet_s:6.2f} s   bare reportlab {bare_s:6.2f} s "
            f"(median of {runs})   ratio {packet_s / bare_s:5.2f}x   "
            f"progress reports {len(reports)}, last {reports[-1]}"
        )


if __name__ == "__main__":
    main()
