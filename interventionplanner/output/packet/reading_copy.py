"""A speaker's reading copy: the run of show, the letter(s) they read aloud, in large type,
and the bottom line(s) that go with them — nobody else's.

Someone who reads an absent writer's letter for them gets that letter too (and its bottom
line, if it has one), because they are the one reading it aloud.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from interventionplanner.domain.display import date_and_time
from interventionplanner.domain.plan import Participant
from interventionplanner.domain.timeline import TimelineEntry, reader_of
from interventionplanner.output.packet.sections import (
    Context,
    bottom_line_pages,
    letter_pages,
    run_of_show,
)


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
            Paragraph("Reading copy", s.kicker),
            "reading-copy",
            f"Reading copy: {ctx.plain_name(person)}",
            toc=False,
        ),
        Paragraph(f"For {name}", s.h1),
    ]
    if meeting.starts_at:
        story.append(Paragraph(date_and_time(meeting.starts_at), s.body))
    if mine:
        numbers = [str(number) for number, _entry, _writer in mine]
        which = numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + " and " + numbers[-1]
        plural = "s" if len(numbers) > 1 else ""
        story.append(
            Paragraph(
                f"You read letter{plural} {which} of {len(ctx.letters())}. "
                "Your rows in the run of show are shaded; each letter starts "
                "on a page of its own.",
                s.note,
            )
        )
    else:
        story.append(Paragraph("You have no letter to read in this plan yet.", s.note))
    story += run_of_show(ctx, highlight=frozenset({person.id}))
    count = len(ctx.letters())
    for number, entry, writer in mine:
        story += [PageBreak(), *letter_pages(ctx, number, entry, writer, count, level=0)]
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
                    kicker="Read only if help is refused",
                    key=f"bottom-line-{number}",
                    level=0,
                ),
            ]
    return story
