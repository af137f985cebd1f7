"""What if they walk out, what if they arrive impaired, and — whatever they say — leave a
prescribed medicine that must not be stopped suddenly alone. From published planning
guidance; the facts about stopping come from the substance catalogue, with its sources."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether

from interventionplanner.i18n import N_, _
from interventionplanner.output.packet.measured import MeasuredParagraph as Paragraph
from interventionplanner.output.packet.sections import NO_NAME, Context

WALK_OUT = N_("If {called} walks out")
IMPAIRED = N_("If {called} arrives under the influence")
FOLLOWS = N_("Who follows: {name}")
KEEP_MEDICINE = N_(
    "Whatever the answer, nobody takes away, hides or stops {called}'s {medicines}. "
    "Stopping suddenly can cause seizures; only the prescriber should change it."
)
DANGEROUS_GROUPS = frozenset({"benzodiazepines", "sleep"})


def what_ifs(ctx: Context) -> list[Flowable]:
    """Walk-out and impaired plans, each its heading kept with its first paragraph."""
    plan, s = ctx.plan, ctx.styles
    story: list[Flowable] = []
    follower = plan.participant(plan.walk_out_follower_id)
    if plan.if_walks_out.strip() or follower is not None:
        title = _(WALK_OUT).format(called=_plain_called(ctx))
        block: list[Flowable] = [ctx.mark(Paragraph(ctx.esc(title), s.h2), "walk-out", title, 1)]
        if follower is not None:
            name = ctx.name(follower, NO_NAME)
            block.append(Paragraph(_(FOLLOWS).format(name=f"<b>{name}</b>"), s.body))
        block += ctx.user_paras(plan.if_walks_out, s.body)
        story += [KeepTogether(block[:3]), *block[3:]]
    if plan.if_impaired.strip():
        title = _(IMPAIRED).format(called=_plain_called(ctx))
        block = [ctx.mark(Paragraph(ctx.esc(title), s.h2), "impaired", title, 1)]
        block += ctx.user_paras(plan.if_impaired, s.body)
        story += [KeepTogether(block[:2]), *block[2:]]
    return story


def keep_medicine(ctx: Context) -> list[Flowable]:
    """For "if the answer is no": leave a benzodiazepine or similar medicine alone."""
    found = [ctx.catalogue.get(sid) for sid in ctx.plan.loved_one.substances]
    risky = [s for s in found if s and s.group in DANGEROUS_GROUPS and s.needs_medical_supervision]
    if not risky:
        return []
    names = [s.name for s in risky]
    medicines = (
        names[0]
        if len(names) == 1
        else _("{some} or {last}").format(some=", ".join(names[:-1]), last=names[-1])
    )
    if not ctx.plan.loved_one.prescribed:
        medicines = _("{medicines} (even if it was not prescribed)").format(medicines=medicines)
    words = _(KEEP_MEDICINE).format(called=_plain_called(ctx), medicines=medicines)
    source = risky[0].withdrawal
    story: list[Flowable] = [Paragraph(f"<b>{ctx.esc(words)}</b>", ctx.styles.body)]
    if source is not None:
        story.append(Paragraph(escape(source.citation), ctx.styles.small))
    return [KeepTogether(story)]


def _plain_called(ctx: Context) -> str:
    called = " ".join(ctx.plan.loved_one.called.split())
    return called or _("your loved one")
