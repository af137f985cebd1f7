"""A speaker's reading copy: the crisis lines, the run of show, the letter(s) they read
aloud in the type size the family chose for them, and the bottom line(s) that go with them —
nobody else's.

Someone who reads an absent writer's letter for them gets that letter too (and its bottom
line, if it has one), because they are the one reading it aloud. The chairperson's copy also
holds the opening words (before the letters) and the closing words (after them): she reads
those aloud as well.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, PageBreak

from interventionplanner.domain.display import date_and_time
from interventionplanner.domain.plan import Participant
from interventionplanner.domain.timeline import TimelineEntry, reader_of
from interventionplanner.i18n import N_, _, ngettext
from interventionplanner.output.packet.crisis import reading_copy_crisis
from interventionplanner.output.packet.measured import MeasuredParagraph as Paragraph
from interventionplanner.output.packet.sections import (
    NO_CHAIR,
    Context,
    bottom_line_pages,
    continued,
    guarded,
    letter_pages,
    run_of_show,
)

CHAIR_PARTS = {"opening": N_("Opening words"), "closing": N_("Closing words")}


def letters_read_by(
    ctx: Context, person: Participant
) -> list[tuple[int, TimelineEntry, Participant]]:
    return [item for item in ctx.letters() if reader_of(ctx.plan, item[2]).id == person.id]


def reading_copy_story(ctx: Context, person: Participant) -> list[Flowable]:
    s, meeting = ctx.styles, ctx.plan.meeting
    mine = letters_read_by(ctx, person)
    name = ctx.name(person)
    story: list[Flowable] = [
        ctx.mark(
            Paragraph(escape(_("Reading copy")), s.kicker),
            "reading-copy",
            _("Reading copy: {name}").format(name=ctx.plain_name(person)),
            toc=False,
        ),
        Paragraph(_("For {name}").format(name=name), s.h1),
    ]
    if meeting.starts_at:
        story.append(Paragraph(date_and_time(meeting.starts_at), s.body))
    if mine:
        numbers = [str(number) for number, _entry, _writer in mine]
        which = (
            numbers[0]
            if len(numbers) == 1
            else _("{some} and {last}").format(some=", ".join(numbers[:-1]), last=numbers[-1])
        )
        story.append(
            Paragraph(
                escape(
                    ngettext(
                        "You read letter {which} of {count}. Your rows in the run of show are "
                        "shaded; each letter starts on a page of its own.",
                        "You read letters {which} of {count}. Your rows in the run of show are "
                        "shaded; each letter starts on a page of its own.",
                        len(numbers),
                    ).format(which=which, count=len(ctx.letters()))
                ),
                s.note,
            )
        )
    if person is ctx.plan.chairperson and (
        ctx.plan.opening_words.strip() or ctx.plan.closing_words.strip()
    ):
        story.append(
            Paragraph(
                escape(
                    _(
                        "You also read the opening words, before the letters, and the closing "
                        "words, after them: both are in this copy, each on a page of its own."
                    )
                ),
                s.note,
            )
        )
    elif not mine:
        story.append(Paragraph(escape(_("You have no letter to read in this plan yet.")), s.note))
    story += reading_copy_crisis(ctx)
    story += run_of_show(ctx, highlight=frozenset({person.id}))
    count = len(ctx.letters())
    story += chair_part(ctx, person, "opening")
    for number, entry, writer in mine:
        story += [PageBreak(), *letter_pages(ctx, number, entry, writer, count, level=0)]
    story += chair_part(ctx, person, "closing")
    if ctx.full:
        for number, entry, writer in mine:
            if not writer.letter.bottom_line.strip():
                continue
            story += [
                PageBreak(),
                *bottom_line_pages(
                    ctx,
                    entry,
                    writer,
                    kicker=_("Read only if help is refused"),
                    key=f"bottom-line-{number}",
                    level=0,
                ),
            ]
    return story


def chair_part(ctx: Context, person: Participant, key: str) -> list[Flowable]:
    """The opening or closing words, on pages of their own, if `person` is the chairperson."""
    plan = ctx.plan
    text = plan.opening_words if key == "opening" else plan.closing_words
    if person is not plan.chairperson or not text.strip():
        return []
    s, title = ctx.styles, _(CHAIR_PARTS[key])
    return [
        PageBreak(),
        ctx.mark(Paragraph(escape(title), s.kicker), key, title, 0, header=continued(title)),
        Paragraph(_("Read by {name}").format(name=ctx.name(person, NO_CHAIR)), s.note),
        *guarded(ctx, ctx.paras(text), s.letter),
    ]
