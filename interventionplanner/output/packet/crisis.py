"""Where to call: on the back of the cover, in the safety section and on every reading copy;
and, where the family noted violence or self-harm, the advice to bring in a professional."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from interventionplanner.domain.plan import RiskFlag
from interventionplanner.domain.substances import dated
from interventionplanner.i18n import N_, _
from interventionplanner.output.packet import styles as st
from interventionplanner.output.packet.measured import MeasuredParagraph as Paragraph
from interventionplanner.output.packet.sections import Context

CRISIS_TITLE = N_("If anyone is in danger")
CRISIS_INTRO = N_("Stop the meeting and call. These lines are free and open day and night.")
PROFESSIONAL_TITLE = N_("A professional interventionist is strongly recommended")
PROFESSIONAL_WORDS = N_(
    "The family noted {risks}. Please do not hold this meeting without a professional "
    "interventionist: someone trained to lead it and to keep everyone safe. If anyone is in "
    "danger on the day, stop the meeting and call {emergency}; if {called} speaks of harming "
    "themselves, call or text {crisis_line}."
)
SERIOUS_RISKS = {
    RiskFlag.VIOLENCE: N_("a history of violence"),
    RiskFlag.SELF_HARM: N_("self-harm"),
}


def serious_risks(ctx: Context) -> list[str]:
    """The noted risks that make a professional interventionist strongly recommended."""
    flags = ctx.plan.loved_one.risk_flags
    return [_(words) for flag, words in SERIOUS_RISKS.items() if flag in flags]


def professional_note(ctx: Context) -> list[Flowable]:
    """A boxed note, empty unless violence or self-harm was noted."""
    risks = serious_risks(ctx)
    if not risks:
        return []
    words = _(PROFESSIONAL_WORDS).format(
        risks=_("{first} and {second}").format(first=risks[0], second=risks[1])
        if len(risks) == 2
        else risks[0],
        called=ctx.called,
        emergency=ctx.catalogue.number("emergency"),
        crisis_line=ctx.catalogue.number("crisis_line"),
    )
    box = Table(
        [
            [Paragraph(f"<b>{escape(_(PROFESSIONAL_TITLE))}</b>", ctx.styles.body)],
            [Paragraph(words, ctx.styles.body)],
        ],
        colWidths=[ctx.width],
    )
    box.setStyle(_box_style(1.4))
    return [box, Spacer(1, 8)]


def crisis_table(ctx: Context, *, with_sources: bool = True) -> list[Flowable]:
    """Each line's number in bold beside who it is for; the sources under it."""
    s, resources = ctx.styles, ctx.catalogue.crisis_resources
    if not resources:
        return []
    rows = [
        [
            Paragraph(f"<b>{escape(r.contact)}</b>", s.cell),
            Paragraph(f"<b>{escape(r.name)}</b><br/>{escape(r.when)}", s.cell),
        ]
        for r in resources
    ]
    table = ctx.table(rows, [50 * st.mm, ctx.width - 50 * st.mm], head=False)
    story: list[Flowable] = [table]
    if with_sources:
        cited = sorted(
            {
                _("Source: {source} ({date}; checked on {checked}), {url}").format(
                    source=r.source, date=dated(r.date), checked=r.checked_on, url=r.url
                )
                if r.checked_on
                else _("Source: {source} ({date}), {url}").format(
                    source=r.source, date=dated(r.date), url=r.url
                )
                for r in resources
            }
        )
        story += [Spacer(1, 4)] + [Paragraph(escape(x), s.small) for x in cited]
    return story


def cover_back(ctx: Context) -> list[Flowable]:
    """The page behind the cover: where to call, before anything else."""
    s = ctx.styles
    title = _(CRISIS_TITLE)
    heading = ctx.mark(ctx.ours(title, s.h1), "crisis-lines", title, toc=False)
    return [
        KeepTogether([heading, ctx.ours(_(CRISIS_INTRO), s.body), *crisis_table(ctx)]),
        Spacer(1, 10),
        *professional_note(ctx),
    ]


def reading_copy_crisis(ctx: Context) -> list[Flowable]:
    """A compact box of the crisis lines for the first page of a reading copy."""
    s, resources = ctx.styles, ctx.catalogue.crisis_resources
    if not resources:
        return []
    lines = "<br/>".join(f"<b>{escape(r.contact)}</b> — {escape(r.name)}" for r in resources)
    box = Table(
        [
            [
                Paragraph(
                    _("{title}: stop and call.").format(title=f"<b>{escape(_(CRISIS_TITLE))}</b>")
                    + f"<br/>{lines}",
                    s.cell,
                )
            ]
        ],
        colWidths=[ctx.width],
    )
    box.setStyle(_box_style(0.8))
    return [Spacer(1, 6), box, Spacer(1, 10), *professional_note(ctx)]


def _box_style(weight: float) -> list:
    return [
        *st.TABLE_FONT,
        ("BACKGROUND", (0, 0), (-1, -1), st.CAUTION),
        ("BOX", (0, 0), (-1, -1), weight, st.ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
