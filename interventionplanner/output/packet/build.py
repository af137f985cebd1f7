"""Plans into PDF bytes: the meeting packet and the reading copies. Imports reportlab."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable, PageBreak

from interventionplanner.domain.plan import Participant, Plan
from interventionplanner.domain.substances import Catalogue
from interventionplanner.domain.timeline import TimelineEntry, build_timeline
from interventionplanner.output.packet import PacketOptions
from interventionplanner.output.packet import styles as st
from interventionplanner.output.packet.crisis import cover_back
from interventionplanner.output.packet.document import contents_table, render
from interventionplanner.output.packet.fallback import Fallback, fallback_for
from interventionplanner.output.packet.fonts import glyphs, register_fonts
from interventionplanner.output.packet.measured import SharedCells
from interventionplanner.output.packet.reading_copy import reading_copy_story
from interventionplanner.output.packet.sections import (
    Context,
    bottom_lines_story,
    cover,
    packet_body,
    with_bottom_lines,
)
from interventionplanner.output.packet.text import printable_texts, unprintable_in

PACKET_TITLE = "Meeting packet"
READING_COPY_TITLE = "Reading copy"
BOTTOM_LINES_TITLE = "Bottom lines"


def plan_fallback(plan: Plan) -> Fallback:
    """System fonts for the plan's characters that the bundled fonts cannot draw."""
    register_fonts()
    return fallback_for(unprintable_in(printable_texts(plan), glyphs()))


@dataclass(frozen=True)
class Prepared:
    """What every layout pass of every document in one export shares: the fonts the plan
    needs, its timeline, the styles for each type size and the run of show's cells, laid
    out once (not once per pass and per reading copy)."""

    fallback: Fallback
    timeline: list[TimelineEntry]
    cells: SharedCells = field(default_factory=SharedCells)
    _styles: dict[float | None, st.Styles] = field(default_factory=dict)

    def styles(self, letter_size: float | None) -> st.Styles:
        if letter_size not in self._styles:
            self._styles[letter_size] = st.make_styles(letter_size)
        return self._styles[letter_size]


def prepare(plan: Plan) -> Prepared:
    return Prepared(plan_fallback(plan), build_timeline(plan))


def _context(
    plan: Plan,
    catalogue: Catalogue,
    options: PacketOptions,
    letter_size: float | None = None,
    prepared: Prepared | None = None,
) -> Context:
    width, height = st.PAGE_SIZES[options.paper]
    prepared = prepared or prepare(plan)
    fallback = prepared.fallback
    return Context(
        timeline=list(prepared.timeline),
        plan=plan,
        catalogue=catalogue,
        styles=prepared.styles(letter_size),
        glyphs=glyphs() | fallback.covered,
        fallback=fallback,
        width=width - 2 * st.MARGIN,
        page_height=height - 2 * st.MARGIN,
        full=options.full,
        today=options.today,
        template_dir=options.template_dir,
        cells=prepared.cells,
    )


def _render(story, title: str, options: PacketOptions, *, contents: bool = False) -> bytes:
    """One PDF, laid out on the options' paper, with their progress and password; twice
    over only when it has `contents` (page numbers known from a first pass)."""
    return render(
        story,
        paper=options.paper,
        title=title,
        progress=options.progress,
        password=options.pdf_password,
        contents=contents,
    )


def packet_pdf(plan: Plan, catalogue: Catalogue, options: PacketOptions) -> bytes:
    _width, height = st.PAGE_SIZES[options.paper]
    prepared = prepare(plan)

    def story(pages: dict[str, int]) -> list[Flowable]:
        # Made afresh for each pass: reportlab's flowables keep layout state once drawn.
        ctx = _context(plan, catalogue, options, prepared=prepared)
        front = [
            *cover(ctx, height - 2 * st.MARGIN),
            *cover_back(ctx),  # where to call, on the back of the cover
            PageBreak(),
            ctx.heading("contents", toc=False),
        ]
        body = packet_body(ctx)
        return [*front, contents_table(ctx.entries, pages, ctx.styles, ctx.width), *body]

    return _render(story, PACKET_TITLE, options, contents=True)


def reading_copy_pdf(
    plan: Plan,
    catalogue: Catalogue,
    person: Participant,
    options: PacketOptions,
    prepared: Prepared | None = None,
) -> bytes:
    size = person.reading_size_pt or st.READING_COPY_SIZE
    prepared = prepared or prepare(plan)  # export_reading_copies hands one to every copy

    def story(_pages: dict[str, int]) -> list[Flowable]:
        return reading_copy_story(_context(plan, catalogue, options, size, prepared), person)

    return _render(story, READING_COPY_TITLE, options)


def bottom_lines_pdf(plan: Plan, catalogue: Catalogue, options: PacketOptions) -> bytes | None:
    """The chairperson's bottom lines as a PDF of their own; None if nobody wrote one."""
    if not with_bottom_lines(_context(plan, catalogue, options)):
        return None

    def story(_pages: dict[str, int]) -> list[Flowable]:
        return bottom_lines_story(_context(plan, catalogue, options))

    return _render(story, BOTTOM_LINES_TITLE, options)
