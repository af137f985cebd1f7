"""Plans into PDF bytes: the meeting packet and the reading copies. Imports reportlab."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from reportlab.platypus import Flowable, PageBreak

from interventionplanner.domain.plan import Participant, Plan
from interventionplanner.domain.substances import Catalogue
from interventionplanner.domain.timeline import TimelineEntry, build_timeline
from interventionplanner.i18n import N_, _, in_language
from interventionplanner.output.packet import PacketOptions
from interventionplanner.output.packet import styles as st
from interventionplanner.output.packet.crisis import cover_back
from interventionplanner.output.packet.document import contents_table, render
from interventionplanner.output.packet.fallback import Fallback, fallback_for
from interventionplanner.output.packet.fonts import glyphs, register_fonts
from interventionplanner.output.packet.measured import SharedCells
from interventionplanner.output.packet.practice import footer_line, practice_shown
from interventionplanner.output.packet.reading_copy import reading_copy_story
from interventionplanner.output.packet.sections import (
    Context,
    bottom_lines_story,
    cover,
    packet_body,
    with_bottom_lines,
)
from interventionplanner.output.packet.text import printable_texts, unprintable_in

PACKET_TITLE = N_("Meeting packet")
READING_COPY_TITLE = N_("Reading copy")
BOTTOM_LINES_TITLE = N_("Bottom lines")


def catalogue_in(catalogue: Catalogue, language: str) -> Catalogue:
    """The safety facts and crisis lines in the paper's language. The bundled catalogue, in
    whichever language it was read (the window reads it in its own), is loaded again in the
    paper's (English where a fact has no translation yet); a catalogue of the caller's own
    is used as it is."""
    from interventionplanner.storage.catalogue import LANGUAGES, load_catalogue

    for read_in in LANGUAGES:
        bundled = load_catalogue(language=read_in)
        if catalogue is bundled or catalogue == bundled:
            return load_catalogue(language=language)
    return catalogue


def plan_fallback(plan: Plan) -> Fallback:
    """System fonts for the plan's characters that the bundled fonts cannot draw."""
    register_fonts()
    return fallback_for(unprintable_in(printable_texts(plan), glyphs()))


@dataclass(frozen=True)
class Prepared:
    """What every document in one export shares: the fonts the plan needs and the
    characters they draw, its timeline and the run of show's cells, laid out once (not once
    per reading copy); and the styles, the same for every export."""

    fallback: Fallback
    timeline: list[TimelineEntry]
    # One set for the whole export: text.fit_to_fonts remembers its work per set, and
    # finds it at once for the same object but compares a new one's 6,000 members first.
    glyphs: frozenset[int] = field(default_factory=glyphs)
    cells: SharedCells = field(default_factory=SharedCells)

    def styles(self, letter_size: float | None) -> st.Styles:
        return _styles(letter_size)


# The styles for each type size, made once per process: nothing changes a style once made,
# and a style kept keeps what measured.py learnt from it (its plain text's fragment).
_styles = cache(st.make_styles)


def prepare(plan: Plan) -> Prepared:
    fallback = plan_fallback(plan)
    covered = fallback.covered
    return Prepared(fallback, build_timeline(plan), glyphs() | covered if covered else glyphs())


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
        glyphs=prepared.glyphs,
        fallback=fallback,
        width=width - 2 * st.MARGIN,
        page_height=height - 2 * st.MARGIN,
        full=options.full,
        today=options.today,
        template_dir=options.template_dir,
        cells=prepared.cells,
    )


def _render(story, title: str, options: PacketOptions, footer: str | None = None) -> bytes:
    """One PDF, laid out on the options' paper, with their progress and password."""
    return render(
        story,
        paper=options.paper,
        title=title,
        progress=options.progress,
        password=options.pdf_password,
        footer=footer,
    )


def packet_pdf(plan: Plan, catalogue: Catalogue, options: PacketOptions) -> bytes:
    """The packet, in the plan's language (the chairperson's and the team's paper)."""
    with in_language(plan.language):
        return _packet_pdf(plan, catalogue_in(catalogue, plan.language), options)


def _packet_pdf(plan: Plan, catalogue: Catalogue, options: PacketOptions) -> bytes:
    _width, height = st.PAGE_SIZES[options.paper]
    prepared = prepare(plan)
    shown = practice_shown(plan, options.practice)

    def story(pages: dict[str, int]) -> list[Flowable]:
        ctx = _context(plan, catalogue, options, prepared=prepared)
        front = [
            *cover(ctx, height - 2 * st.MARGIN, shown),
            *cover_back(ctx),  # where to call, on the back of the cover
            PageBreak(),
            ctx.heading("contents", toc=False),
        ]
        body = packet_body(ctx)
        return [*front, contents_table(ctx.entries, pages, ctx.styles, ctx.width), *body]

    return _render(story, _(PACKET_TITLE), options, footer_line(shown))


def reading_copy_pdf(
    plan: Plan,
    catalogue: Catalogue,
    person: Participant,
    options: PacketOptions,
    prepared: Prepared | None = None,
) -> bytes:
    """One reader's copy, in their own language."""
    size = person.reading_size_pt or st.READING_COPY_SIZE
    prepared = prepared or prepare(plan)  # export_reading_copies hands one to every copy
    language = plan.language_for(person)
    catalogue = catalogue_in(catalogue, language)

    def story(_pages: dict[str, int]) -> list[Flowable]:
        return reading_copy_story(_context(plan, catalogue, options, size, prepared), person)

    with in_language(language):
        shown = practice_shown(plan, options.practice, reading_copy=True)
        return _render(story, _(READING_COPY_TITLE), options, footer_line(shown))


def bottom_lines_pdf(plan: Plan, catalogue: Catalogue, options: PacketOptions) -> bytes | None:
    """The chairperson's bottom lines as a PDF of their own, in the packet's language;
    None if nobody wrote one."""
    if not with_bottom_lines(_context(plan, catalogue, options)):
        return None

    def story(_pages: dict[str, int]) -> list[Flowable]:
        return bottom_lines_story(_context(plan, catalogue, options))

    with in_language(plan.language):
        return _render(story, _(BOTTOM_LINES_TITLE), options)
