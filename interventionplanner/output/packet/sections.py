"""The packet's sections, each a list of flowables, empty when the plan has nothing for it.

Every string from the plan goes through `Context.user*()` or `Context.esc()`, which fit it to
the fonts and escape it; our own words go through `Context.ours()`. Letters and bottom lines
come from `output.letters` (the same template the rest of the app uses), so the packet never
assembles a letter its own way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from interventionplanner.domain.checklist import is_done
from interventionplanner.domain.display import (
    clock,
    clock_time,
    date_and_time,
    duration,
    length_in_words,
    long_date,
    reading_time,
    role_words,
    short_date,
    start_text,
    zone_words,
)
from interventionplanner.domain.plan import MeetingStyle, Participant, Plan, Role, Rsvp
from interventionplanner.domain.practice import Practice
from interventionplanner.domain.preflight import risk_list
from interventionplanner.domain.substances import Catalogue
from interventionplanner.domain.team import attendance
from interventionplanner.domain.timeline import Segment, TimelineEntry, build_timeline
from interventionplanner.i18n import N_, _, ngettext, pgettext
from interventionplanner.output.letters import render_bottom_line, render_letter
from interventionplanner.output.packet import styles as st
from interventionplanner.output.packet.cells import SizedTable, plain_cells
from interventionplanner.output.packet.document import Anchor, anchor
from interventionplanner.output.packet.fallback import NONE as NO_FALLBACK
from interventionplanner.output.packet.fallback import Fallback
from interventionplanner.output.packet.layout import (
    MIN_TAIL_LINES,
    TailGuard,
    keep_list_ends,
    together,
)

# Every paragraph is broken into lines once per width, however often a table, a guard or
# a KeepTogether measures it again.
from interventionplanner.output.packet.measured import MeasuredParagraph as Paragraph
from interventionplanner.output.packet.measured import SharedCells
from interventionplanner.output.packet.practice import practice_block
from interventionplanner.output.packet.seating import Seat, seating_drawing
from interventionplanner.output.packet.text import fit_to_fonts, markup, one_line, paragraphs
from interventionplanner.storage.defaults import task_links

# Marked for the catalogue here, translated where shown (the language is the reader's).
NO_NAME = N_("(no name yet)")
NO_CHAIR = N_("(no chairperson yet)")

SECTION_TITLES = {
    "contents": N_("Contents"),
    "glance": N_("The meeting at a glance"),
    "run": N_("Run of show"),
    "team": N_("The team"),
    "seating": N_("Seating"),
    "chair": N_("The chairperson's words"),
    "letters": N_("Letters"),
    "treatment": N_("Treatment and logistics"),
    "objections": N_("Objections and answers"),
    "yes": N_("If the answer is yes"),
    "no": N_("If the answer is no"),
    "safety": N_("Safety"),
    "bottom_lines": N_("Bottom lines — for the chairperson only"),
}


def continued(title: str) -> str:
    """A running header on a section's later pages."""
    return _("{title} (continued)").format(title=title)


@dataclass
class Context:
    """What every section needs: the plan, the look, and the anchors found so far."""

    plan: Plan
    catalogue: Catalogue
    styles: st.Styles
    glyphs: frozenset[int]
    width: float  # of the frame
    full: bool = True
    today: date | None = None
    template_dir: Path | None = None
    page_height: float = 0.0  # of the frame: what one page can hold (0: no tail guard)
    fallback: Fallback = NO_FALLBACK  # system fonts for characters DejaVu lacks
    entries: list[Anchor] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    cells: SharedCells | None = None  # the run of show's cells, shared by one export's copies

    def __post_init__(self) -> None:
        if not self.timeline:  # shared when one export lays out several documents
            self.timeline = build_timeline(self.plan)

    # -- text ------------------------------------------------------------------------------

    def esc(self, text: str) -> str:
        """A short piece of user text, on one line, as safe markup."""
        return self.fallback.apply(escape(fit_to_fonts(one_line(text), self.glyphs)))

    def user(self, text: str, style) -> Paragraph:
        return Paragraph(self.fallback.apply(markup(text, self.glyphs)), style)

    def paras(self, text: str) -> list[str]:
        """User text split on blank lines, as safe markup, in fallback fonts where needed."""
        return [self.fallback.apply(p) for p in paragraphs(text, self.glyphs)]

    def user_paras(self, text: str, style) -> list[Paragraph]:
        return [Paragraph(p, style) for p in self.paras(text)]

    def cell(self, text: str, style) -> Paragraph:
        """A table cell's paragraph: laid out once per export when `cells` is shared."""
        return Paragraph(text, style) if self.cells is None else self.cells.paragraph(text, style)

    def ours(self, text: str, style) -> Paragraph:
        return Paragraph(escape(text), style)

    def name(self, person: Participant | None, fallback: str = NO_NAME) -> str:
        """A person's name as safe markup."""
        return self.esc(person.name) if person and person.name.strip() else escape(_(fallback))

    def plain_name(self, person: Participant | None, fallback: str = NO_NAME) -> str:
        """A person's name as plain text, for bookmarks and the contents."""
        return one_line(person.name) if person and person.name.strip() else _(fallback)

    @property
    def called(self) -> str:
        """The loved one's name as safe markup, or a neutral stand-in."""
        return (
            self.esc(self.plan.loved_one.called)
            if self.plan.loved_one.called.strip()
            else _("the loved one")
        )

    # -- structure -------------------------------------------------------------------------

    def mark(
        self,
        flowable: Flowable,
        key: str,
        title: str,
        level: int = 0,
        header: str | None = None,
        toc: bool = True,
    ) -> Flowable:
        entry = Anchor(key, title, level, header, toc)
        self.entries.append(entry)
        return anchor(flowable, entry)

    def heading(self, key: str, level: int = 0, *, toc: bool = True) -> Flowable:
        title = _(SECTION_TITLES[key])
        style = self.styles.h1 if level == 0 else self.styles.h2
        return self.mark(
            self.ours(title, style),
            key,
            title,
            level,
            header=continued(title) if level == 0 else None,
            toc=toc,
        )

    def table(
        self, rows: list[list], widths: list[float], *, head: bool = True, extra: Iterable = ()
    ) -> Table:
        table = SizedTable(
            rows, colWidths=widths, repeatRows=1 if head else 0, splitInRow=1, hAlign="LEFT"
        )
        table.setStyle([*(st.HEADED_TABLE_STYLE if head else st.TABLE_STYLE), *extra])
        return plain_cells(table)

    def label_table(self, rows: list[tuple[str, list[Flowable] | Flowable]]) -> Table:
        label_width = 42 * st.mm
        body = [[self.ours(label, self.styles.cell_bold), value] for label, value in rows]
        return self.table(body, [label_width, self.width - label_width], head=False)

    def start(self, moment_seconds: int) -> datetime | None:
        return clock_time(self.plan.meeting.starts_at, moment_seconds)

    def at(self, seconds: int) -> str:
        return start_text(self.plan.meeting.starts_at, seconds)

    def letters(self) -> list[tuple[int, TimelineEntry, Participant]]:
        found = []
        for entry in self.timeline:
            writer = self.plan.participant(entry.participant_id)
            if entry.segment is Segment.LETTER and writer is not None:
                found.append((len(found) + 1, entry, writer))
        return found


# -- 1. cover ------------------------------------------------------------------------------


def cover(ctx: Context, page_height: float, practice: Practice | None = None) -> list[Flowable]:
    s, meeting = ctx.styles, ctx.plan.meeting
    when = _("Date not set yet")
    if meeting.starts_at:
        when = date_and_time(meeting.starts_at)
    copy = (
        _("Chairperson's copy. The bottom lines are in a file of their own.")
        if ctx.full
        else _("Team copy")
    )
    confidential = Table(
        [[Paragraph(escape(_("Confidential — keep this safe")), s.cover_line)]],
        colWidths=[ctx.width * 0.7],
    )
    confidential.setStyle(
        [
            *st.TABLE_FONT,
            ("BOX", (0, 0), (-1, -1), 1.2, st.ACCENT),
            ("TOPPADDING", (0, 0), (-1, -1), 10),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    story: list[Flowable] = [
        Spacer(1, page_height * 0.22),
        ctx.mark(
            ctx.ours(_("Meeting packet"), s.cover_title), "cover", _("Meeting packet"), toc=False
        ),
        ctx.ours(when, s.cover_line),
        Spacer(1, 28),
        confidential,
        Spacer(1, 22),
        ctx.ours(copy, s.cover_note),
    ]
    if meeting.style is MeetingStyle.SURPRISE:
        story.append(ctx.ours(_("Keep this packet out of sight until the meeting."), s.cover_note))
    if ctx.today is not None:
        story.append(
            ctx.ours(_("Prepared on {date}").format(date=long_date(ctx.today)), s.cover_note)
        )
    story += practice_block(practice, s.cover_note, ctx.glyphs)  # when the plan asks
    return [*story, NextPageTemplate("body"), PageBreak()]


# -- 3. the meeting at a glance ------------------------------------------------------------


def glance(ctx: Context) -> list[Flowable]:
    plan, s = ctx.plan, ctx.styles
    meeting, treatment = plan.meeting, plan.treatment
    rows: list[tuple[str, list[Flowable] | Flowable]] = []
    if meeting.starts_at:
        rows.append(
            (
                _("When"),
                Paragraph(
                    escape(
                        _("{when} ({zone} time); planned for {length}").format(
                            when=date_and_time(meeting.starts_at),
                            zone=fit_to_fonts(one_line(zone_words(meeting.time_zone)), ctx.glyphs),
                            length=length_in_words(meeting.length_minutes),
                        )
                    ),
                    s.cell,
                ),
            )
        )
    where = [ctx.esc(text) for text in (meeting.place, meeting.address) if text.strip()]
    if where:
        rows.append((_("Where"), Paragraph("<br/>".join(where), s.cell)))
    if meeting.arrival.strip():
        called = fit_to_fonts(one_line(plan.loved_one.called), ctx.glyphs) or _("the loved one")
        rows.append(
            (
                _("How {name} arrives").format(name=called),
                ctx.user_paras(meeting.arrival, s.cell),
            )
        )
    gather = gathering_words(ctx)
    if gather:
        rows.append((_("Team gathers"), Paragraph(gather, s.cell)))
    rows.append((_("Style"), Paragraph(_style_words(ctx), s.cell)))
    if plan.chairperson is not None:
        rows.append((_("Chairperson"), Paragraph(ctx.name(plan.chairperson), s.cell)))
    letters = ctx.letters()
    if letters:
        last = letters[-1][1]
        rows.append((_("Reads last"), Paragraph(ctx.esc(last.who) or escape(_(NO_NAME)), s.cell)))
    if treatment.is_arranged:
        text = ctx.esc(treatment.facility)
        if treatment.admission_at:
            text = _("{place}; admission at {time}").format(
                place=text, time=clock(treatment.admission_at)
            )
        rows.append((_("Treatment"), Paragraph(text, s.cell)))
    if meeting.rehearsal_at or meeting.rehearsal_place.strip():
        parts = []
        if meeting.rehearsal_at:
            parts.append(date_and_time(meeting.rehearsal_at))
        if meeting.rehearsal_place.strip():
            parts.append(ctx.esc(meeting.rehearsal_place))
        rows.append((_("Rehearsal"), Paragraph("<br/>".join(parts), s.cell)))
    from interventionplanner.output.packet.crisis import professional_note

    story: list[Flowable] = [ctx.heading("glance"), *professional_note(ctx), ctx.label_table(rows)]
    groups = attendance(plan.participants)
    for key, heading in (
        ("coming", N_("Who is coming")),
        ("maybe", N_("Maybe coming (not seated)")),
        ("not coming", N_("Not coming")),
    ):
        if groups[key]:
            story.append(ctx.ours(_(heading), s.h2))
            story += [
                Paragraph(_person_line(ctx, p), s.bullet, bulletText="•") for p in groups[key]
            ]
    return story


def gathering_words(ctx: Context) -> str:
    """When and where the team gathers ("…, 45 minutes before, at Claire's kitchen") as
    markup; "" if not planned."""
    meeting = ctx.plan.meeting
    minutes = meeting.gather_minutes_before
    if not minutes and not meeting.gather_place.strip():
        return ""
    parts = []
    if minutes and meeting.starts_at:
        parts.append(
            ngettext("{time}, {n} minute before", "{time}, {n} minutes before", minutes).format(
                time=clock(meeting.starts_at - timedelta(minutes=minutes)), n=minutes
            )
        )
    elif minutes:
        parts.append(
            ngettext(
                "{n} minute before the meeting", "{n} minutes before the meeting", minutes
            ).format(n=minutes)
        )
    if meeting.gather_place.strip():
        parts.append(_("at {place}").format(place=ctx.esc(meeting.gather_place)))
    return ", ".join(parts)


def _style_words(ctx: Context) -> str:
    if ctx.plan.meeting.style is MeetingStyle.SURPRISE:
        return _(
            "Surprise: {name} does not know about the meeting in advance. Keep the plans private."
        ).format(name=ctx.called)
    return _("Invitational: {name} knows about the meeting and is invited to it.").format(
        name=ctx.called
    )


def _roles(ctx: Context, person: Participant) -> list[str]:
    words = [role_words(role) for role in Role if person.has_role(role)]
    if ctx.plan.closer_id == person.id and person.has_letter_to_read:
        words.append(_("reads last"))
    if person.has_role(Role.ABSENT_WRITER):
        reader = ctx.plan.participant(person.read_by)
        if reader is not None and reader is not person:
            words.append(
                _("letter read by {name}").format(name=one_line(reader.name) or _(NO_NAME))
            )
    return words


def _person_line(ctx: Context, person: Participant) -> str:
    line = f"<b>{ctx.name(person)}</b>"
    if person.relationship.strip():
        line += f", {ctx.esc(person.relationship)}"
    roles = _roles(ctx, person)
    if roles:
        line += " — " + ctx.esc("; ".join(roles))
    return line


# -- 4. run of show ------------------------------------------------------------------------


def run_of_show(
    ctx: Context, highlight: frozenset[str] = frozenset(), key: str = "run"
) -> list[Flowable]:
    """The timeline with clock times. Rows read by anyone in `highlight` (ids) stand out."""
    s, plan = ctx.styles, ctx.plan
    timed = plan.meeting.starts_at is not None
    # With a context: the window has a "Time" and a "Length" of its own, worded for it.
    head = [
        pgettext("run of show", "Time") if timed else _("From start"),
        "",
        _("Who"),
        pgettext("run of show", "Length"),
    ]
    rows = [[ctx.ours(text, s.cell_head) for text in head]]
    extra = []
    letter_number = 0
    for entry in ctx.timeline:
        if entry.segment is Segment.LETTER:
            letter_number += 1
            what = _("Letter {number}").format(number=letter_number)
        else:
            what = _("Opening") if entry.segment is Segment.OPENING else _("Closing")
        who = ctx.esc(entry.who) or escape(
            _(NO_CHAIR if entry.segment is not Segment.LETTER else NO_NAME)
        )
        if entry.read_for is not None:
            who = _("{reader}, reading for {writer}").format(
                reader=who, writer=ctx.esc(entry.read_for) or escape(_(NO_NAME))
            )
        reader_ids = {_reader_id(ctx, entry)}
        mine = bool(highlight & reader_ids)
        style = s.cell_bold if mine else s.cell
        rows.append(
            [
                ctx.cell(ctx.at(entry.start_seconds), style),
                ctx.cell(what, style),
                ctx.cell(who, style),
                ctx.cell(duration(entry.seconds), style),
            ]
        )
        if mine:
            extra.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), st.SHADE))
    end = ctx.timeline[-1].end_seconds if ctx.timeline else 0
    rows.append(
        [
            Paragraph(ctx.at(end), s.cell),
            Paragraph(escape(_("End")), s.cell),
            Paragraph(escape(_("{time} in all").format(time=reading_time(end))), s.cell),
            Paragraph("", s.cell),
        ]
    )
    widths = [26 * st.mm, 22 * st.mm, ctx.width - 66 * st.mm, 18 * st.mm]
    title = _(SECTION_TITLES["run"])
    story: list[Flowable] = [
        ctx.mark(ctx.ours(title, s.h1), key, title, 0, header=continued(title)),
        ctx.table(rows, widths, extra=extra),
        Spacer(1, 6),
    ]
    notes = [
        escape(
            _(
                "Lengths assume reading aloud at {rate} words a minute, or at a reader's own "
                "pace where one was measured; {length} planned in all."
            ).format(
                rate=plan.reading_rate_wpm, length=length_in_words(plan.meeting.length_minutes)
            )
        )
    ]
    gather = gathering_words(ctx)
    if gather:
        notes.insert(0, _("The team gathers first: {when}.").format(when=gather))
    if plan.treatment.is_arranged and plan.treatment.admission_at:
        notes.append(
            _("Admission at {place}: {time}").format(
                place=ctx.esc(plan.treatment.facility), time=clock(plan.treatment.admission_at)
            )
        )
    story += [Paragraph(note, s.note) for note in notes]
    return story


def _reader_id(ctx: Context, entry: TimelineEntry) -> str | None:
    if entry.segment is not Segment.LETTER:
        return entry.participant_id
    writer = ctx.plan.participant(entry.participant_id)
    if writer is not None and writer.read_by and ctx.plan.participant(writer.read_by):
        return writer.read_by
    return entry.participant_id


# -- 5. team -------------------------------------------------------------------------------


def team(ctx: Context) -> list[Flowable]:
    s, people = ctx.styles, ctx.plan.participants
    if not people:
        return []
    head = [ctx.ours(t, s.cell_head) for t in (_("Name"), _("Relationship"), _("Role"), _("Phone"))]
    rows = [head]
    for person in people:
        roles = _roles(ctx, person)
        if person.rsvp is Rsvp.NO and not person.has_role(Role.ABSENT_WRITER):
            roles.append(_("not coming"))
        elif person.rsvp is Rsvp.MAYBE and not person.has_role(Role.ABSENT_WRITER):
            roles.append(_("maybe coming"))
        rows.append(
            [
                Paragraph(ctx.name(person), s.cell_bold),
                Paragraph(ctx.esc(person.relationship), s.cell),
                Paragraph(ctx.esc("; ".join(roles)), s.cell),
                Paragraph(ctx.esc(person.phone), s.cell),
            ]
        )
    w = ctx.width
    return [ctx.heading("team"), ctx.table(rows, [w * 0.27, w * 0.25, w * 0.28, w * 0.20])]


# -- 6. seating ----------------------------------------------------------------------------


def seating(ctx: Context) -> list[Flowable]:
    plan, s = ctx.plan, ctx.styles
    people = [p for p in (plan.participant(pid) for pid in plan.seating) if p is not None]
    if not people:
        return []
    seats = []
    for number, person in enumerate(people):
        notes = []
        if person is plan.chairperson:
            notes.append(_("chairperson"))
        if plan.closer_id == person.id:
            notes.append(_("reads last"))
        label = fit_to_fonts(one_line(person.name), ctx.glyphs) or _(NO_NAME)
        font = next((ctx.fallback.font_of[c] for c in label if c in ctx.fallback.font_of), "")
        seats.append(Seat(label, ", ".join(notes), seat_mark(number), font))
    loved_one = fit_to_fonts(one_line(plan.loved_one.called), ctx.glyphs) or _("Loved one")
    listed = [
        Paragraph(_person_line(ctx, p), s.bullet, bulletText=f"{seat_mark(n)}")
        for n, p in enumerate(people)
    ]
    lead = [
        ctx.heading("seating"),
        seating_drawing(loved_one, seats, ctx.width),
        Spacer(1, 8),
        Paragraph(
            "★ " + _("{name}. Then clockwise, starting on {name}'s left:").format(name=ctx.called),
            s.body,
        ),
        ctx.ours(_(SEAT_NOTE), s.note),
    ]
    # The heading, the drawing and the start of the list stay on one page.
    return [Spacer(1, 10), together([*lead, *listed[:3]]), *keep_list_ends(listed[3:])]


SEAT_NOTE = N_("Seats are lettered around the table. The letters are not the speaking order.")


def seat_mark(index: int) -> str:
    """A, B, … Z, then AA, AB…: letters, so nobody reads the seats as a speaking order."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# -- 7. the chairperson's words ------------------------------------------------------------


def chair_words(ctx: Context) -> list[Flowable]:
    plan, s = ctx.plan, ctx.styles
    parts = [
        (key, title, text)
        for key, title, text in (
            ("opening", _("Opening words"), plan.opening_words),
            ("closing", _("Closing words"), plan.closing_words),
        )
        if text.strip()
    ]
    if not parts:
        return []
    story: list[Flowable] = [ctx.heading("chair")]
    chair = ctx.name(plan.chairperson, NO_CHAIR)
    for index, (key, title, text) in enumerate(parts):
        if index:
            story.append(PageBreak())
        story.append(ctx.mark(ctx.ours(title, s.h2), key, title, 1, header=continued(title)))
        story.append(Paragraph(_("Read by {name}").format(name=chair), s.note))
        story += guarded(ctx, ctx.paras(text), s.letter)
    return story


# -- 8. letters ----------------------------------------------------------------------------


def letter_pages(
    ctx: Context,
    number: int,
    entry: TimelineEntry,
    writer: Participant,
    count: int,
    *,
    level: int = 1,
) -> list[Flowable]:
    """One letter from its first page: who reads it and when, then the letter in large type."""
    s = ctx.styles
    reader = ctx.esc(entry.who) or escape(_(NO_NAME))
    kicker = _("Letter {number} of {count} — {reader}").format(
        number=number, count=count, reader=reader
    )
    moment = ctx.start(entry.start_seconds)
    if moment is not None:
        kicker += " · " + _("about {time}").format(time=clock(moment))
    plain_reader = one_line(entry.who) or _(NO_NAME)
    title = f"{number}. {plain_reader}"
    if entry.read_for is not None:
        title = _("{reader}, reading for {writer}").format(
            reader=title, writer=one_line(entry.read_for) or _(NO_NAME)
        )
    header = continued(
        _("Letter {number} of {count} — {reader}").format(
            number=number, count=count, reader=plain_reader
        )
    )
    text = render_letter(ctx.plan, writer, ctx.template_dir)
    return [
        ctx.mark(Paragraph(kicker, s.kicker), f"letter-{number}", title, level, header),
        *_titled(ctx, text, s.letter_title, s.letter),
    ]


def _titled(ctx: Context, text: str, title_style, body_style) -> list[Flowable]:
    """Rendered template text: its first short block as a title, the rest as paragraphs,
    kept so that the last page never holds fewer than four lines alone."""
    blocks = ctx.paras(text)
    if not blocks:
        return []
    first, rest = blocks[0], blocks[1:]
    if first.count("<br/>") <= 2 and len(first) <= 240:
        return [Paragraph(first, title_style), *guarded(ctx, rest, body_style)]
    return guarded(ctx, blocks, body_style)


def guarded(ctx: Context, blocks: list[str], style) -> list[Flowable]:
    """Paragraphs of text read aloud: one TailGuard, so no page ends a reading with a stub.
    The guard measures its paragraphs again at every try (the page before, the tail, a
    heading kept with it): each is broken into lines once per width (MeasuredParagraph)."""
    paras = [Paragraph(block, style) for block in blocks]
    if not paras or not ctx.page_height:
        return paras
    return [TailGuard(paras, ctx.page_height, MIN_TAIL_LINES)]


def letters(ctx: Context) -> list[Flowable]:
    found = ctx.letters()
    story: list[Flowable] = []
    for number, entry, writer in found:
        if story:
            story.append(PageBreak())
        else:
            story.append(ctx.heading("letters"))
        story += letter_pages(ctx, number, entry, writer, len(found))
    return story


# -- 9. treatment and logistics ------------------------------------------------------------


def treatment(ctx: Context) -> list[Flowable]:
    plan, s = ctx.plan, ctx.styles
    t = plan.treatment
    driver = plan.participant(t.driver_id)
    rows: list[tuple[str, list[Flowable] | Flowable]] = []
    for label, value in (
        (_("Treatment centre"), t.facility),
        (_("Address"), t.address),
        (_("Phone"), t.phone),
    ):
        if value.strip():
            rows.append((label, Paragraph(ctx.esc(value), s.cell)))
    if t.admission_at:
        rows.append(
            (
                _("Admission"),
                Paragraph(date_and_time(t.admission_at), s.cell),
            )
        )
    if driver is not None:
        rows.append((_("Who drives"), Paragraph(ctx.name(driver), s.cell)))
    if t.travel_notes.strip():
        rows.append((_("Travel"), ctx.user_paras(t.travel_notes, s.cell)))
    checks = [
        (t.bed_confirmed, _("A bed is confirmed for the day")),
        (t.payment_settled, _("Insurance or payment is settled")),
        (t.pre_intake_done, _("The centre's pre-intake questions are answered")),
        (t.supervised_withdrawal_arranged, _("Medically supervised withdrawal is arranged")),
        (t.bag_packed, _("The bag is packed, following the centre's rules")),
    ]
    anything = rows or plan.tasks or t.prescriptions or any(done for done, _text in checks)
    if not anything:
        return []
    story: list[Flowable] = [ctx.heading("treatment")]
    if rows:
        story += [ctx.label_table(rows), Spacer(1, 4)]
    items = [Paragraph(escape(text), s.check, bulletText=_box(done)) for done, text in checks]
    links = task_links()
    for task in plan.tasks:
        if not task.item.strip():
            continue
        line = ctx.esc(task.item)
        details = []
        owner = plan.participant(task.owner_id)
        if owner is not None and owner.name.strip():
            details.append(ctx.name(owner))
        if task.due:
            details.append(_("by {date}").format(date=short_date(task.due)))
        if details:
            line += f' <font color="{st.MUTED_HEX}">— {", ".join(details)}</font>'
        done = is_done(plan, task, links)  # the plan may show it done (a centre named)
        items.append(Paragraph(line, s.check, bulletText=_box(done)))
    story += [
        KeepTogether([ctx.ours(pgettext("packet heading", "Checklist"), s.h2), *items[:2]]),
        *keep_list_ends(items[2:]),
    ]
    prescriptions = [p for p in t.prescriptions if (p.drug + p.dose + p.prescriber).strip()]
    if prescriptions:
        story += [
            ctx.ours(_("Prescriptions"), s.h2),
            ctx.ours(
                _(
                    "Every current prescription, as the family knows it, to hand to the "
                    "treatment team."
                ),
                s.note,
            ),
        ]
        head = [ctx.ours(text, s.cell_head) for text in (_("Medicine"), _("Dose"), _("Prescriber"))]
        rows_ = [head] + [
            [
                Paragraph(ctx.esc(p.drug), s.cell_bold),
                Paragraph(ctx.esc(p.dose), s.cell),
                Paragraph(ctx.esc(p.prescriber), s.cell),
            ]
            for p in prescriptions
        ]
        w = ctx.width
        story.append(ctx.table(rows_, [w * 0.4, w * 0.25, w * 0.35]))
    return story


def _box(done: bool) -> str:
    return "☑" if done else "☐"


# -- 10. objections, yes and no ------------------------------------------------------------


def objections(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    pairs = [o for o in ctx.plan.objections if o.objection.strip() or o.answer.strip()]
    story: list[Flowable] = []
    if pairs:
        story.append(ctx.heading("objections"))
        for pair in pairs:
            said = (
                ctx.user_paras(f"“{pair.objection.strip()}”", s.h2)
                if pair.objection.strip()
                else []
            )
            answer = ctx.user_paras(pair.answer, s.body) or [
                ctx.ours(_("(No answer yet.)"), s.note)
            ]
            responder = ctx.plan.participant(pair.responder_id)
            if responder is not None:
                answer.insert(
                    0,
                    Paragraph(_("Answered by {name}").format(name=ctx.name(responder)), s.note),
                )
            story.append(KeepTogether([*said, *answer]))
    from interventionplanner.output.packet.what_ifs import keep_medicine, what_ifs

    story += what_ifs(ctx)
    extra = {"yes": [], "no": [*keep_medicine(ctx), *_bottom_lines_note(ctx)]}
    for key, text in (("yes", ctx.plan.if_yes), ("no", ctx.plan.if_no)):
        if text.strip() or extra[key]:
            if story:
                story.append(CondPageBreak(60 * st.mm))
            body = ctx.user_paras(text, s.body)
            story += [ctx.heading(key), *body, *extra[key]]
    return story


def _bottom_lines_note(ctx: Context) -> list[Flowable]:
    """The chairperson's packet says the bottom lines exist, and nothing more."""
    count = len(with_bottom_lines(ctx))
    if not ctx.full or not count:
        return []
    words = ngettext(
        "The chairperson has {count} bottom line, kept in a file of its own, to be read "
        "only if help is refused.",
        "The chairperson has {count} bottom lines, kept in a file of their own, to be read "
        "only if help is refused.",
        count,
    ).format(count=count)
    return [ctx.ours(words, ctx.styles.note)]


# -- 11. safety ----------------------------------------------------------------------------


def safety(ctx: Context) -> list[Flowable]:
    """Facts with their sources, and where to call. Never advice on doses."""
    plan, s, catalogue = ctx.plan, ctx.styles, ctx.catalogue
    from interventionplanner.output.packet.crisis import crisis_table, professional_note

    story: list[Flowable] = [
        ctx.heading("safety"),
        ctx.ours(
            _(
                "Facts to keep in mind on the day, each with its source. They are not medical "
                "advice: the treatment team decides how stopping is managed."
            ),
            s.note,
        ),
        *professional_note(ctx),
    ]
    for substance in (catalogue.get(sid) for sid in plan.loved_one.substances):
        if substance is None:
            continue
        block: list[Flowable] = [ctx.ours(substance.label, s.h2)]
        if substance.needs_medical_supervision:
            needs_supervision = _("Needs medical supervision.")
            box = Table(
                [
                    [
                        Paragraph(
                            f"<b>{escape(needs_supervision)}</b> "
                            f"{escape(substance.supervision_reason)}",
                            s.body,
                        )
                    ]
                ],
                colWidths=[ctx.width],
            )
            box.setStyle(
                [
                    *st.TABLE_FONT,
                    ("BACKGROUND", (0, 0), (-1, -1), st.CAUTION),
                    ("BOX", (0, 0), (-1, -1), 0.6, st.RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                ]
            )
            block += [box, Spacer(1, 6)]
        facts = [
            KeepTogether(
                [
                    Paragraph(escape(fact.text), s.bullet, bulletText="•"),
                    Paragraph(escape(fact.citation), _indented(s.small)),
                ]
            )
            for fact in substance.all_facts
        ]
        story.append(together([*block, *facts[:1]]))
        story += keep_list_ends(facts[1:])
    if plan.loved_one.other_substances.strip():
        story += [
            ctx.ours(_("Also named by the family"), s.h2),
            ctx.user(plan.loved_one.other_substances, s.body),
            ctx.ours(_("Tell the treatment team about these too."), s.note),
        ]
    if plan.loved_one.risk_flags:
        risks = risk_list(plan.loved_one.risk_flags)
        story += [
            ctx.ours(_("Risks the family noted"), s.h2),
            ctx.ours(
                _(
                    "The family noted {risks}. If anyone is in danger, stop the meeting and "
                    "call for help at once: the crisis lines are below."
                ).format(risks=risks),
                s.body,
            ),
        ]
    if catalogue.crisis_resources:
        title = _("Crisis resources")
        heading = ctx.mark(ctx.ours(title, s.h2), "crisis", title, 1)
        story.append(KeepTogether([heading, *crisis_table(ctx)]))
    return story


@cache  # one per style, as the styles are (what measured.py learns of it is kept)
def _indented(style):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-indented", parent=style, leftIndent=14, spaceAfter=6)


# -- 12. bottom lines ----------------------------------------------------------------------


def with_bottom_lines(ctx: Context) -> list[tuple[int, TimelineEntry, Participant]]:
    return [item for item in ctx.letters() if item[2].letter.bottom_line.strip()]


def bottom_line_pages(
    ctx: Context, entry: TimelineEntry, writer: Participant, *, kicker: str, key: str, level: int
) -> list[Flowable]:
    s = ctx.styles
    title = _("Bottom line: {name}").format(name=ctx.plain_name(writer))
    text = render_bottom_line(ctx.plan, writer, ctx.template_dir)
    return [
        ctx.mark(
            ctx.ours(kicker, s.kicker),
            key,
            title,
            level,
            header=_("{title} (continued) — read only if help is refused").format(title=title),
        ),
        *_titled(ctx, text, s.letter_title, s.letter),
    ]


def bottom_lines_story(ctx: Context) -> list[Flowable]:
    """The bottom lines file: for the chairperson only, apart from the packet, so that
    setting it aside leaves no trace in the packet's pages or contents."""
    found = with_bottom_lines(ctx)
    if not found:
        return []
    story: list[Flowable] = [
        ctx.heading("bottom_lines", toc=False),
        ctx.ours(
            _(
                "Read a bottom line only if help is refused, and only by the person it "
                "belongs to. Keep these pages apart from the rest of the packet."
            ),
            ctx.styles.note,
        ),
    ]
    for index, (number, entry, writer) in enumerate(found):
        if index:
            story.append(PageBreak())
        story += bottom_line_pages(
            ctx,
            entry,
            writer,
            kicker=_("For the chairperson only"),
            key=f"bottom-line-{number}",
            level=1,
        )
    return story


# -- the whole packet ----------------------------------------------------------------------


def packet_body(ctx: Context) -> list[Flowable]:
    """Sections 3 to 11, each starting on a new page, except that the seating follows the
    team when it fits, and the what-ifs, yes and no follow the objections. The bottom lines
    are not in the packet: they are a file of their own (bottom_lines_pdf)."""
    sections = [
        (glance(ctx), PageBreak),
        (run_of_show(ctx), PageBreak),
        (team(ctx), PageBreak),
        (seating(ctx), lambda: CondPageBreak(130 * st.mm)),
        (chair_words(ctx), PageBreak),
        (letters(ctx), PageBreak),
        (treatment(ctx), PageBreak),
        (objections(ctx), PageBreak),
        (safety(ctx), PageBreak),
    ]
    story: list[Flowable] = []
    for section, page_break in sections:
        if section:
            story += [page_break(), *section]
    return story
