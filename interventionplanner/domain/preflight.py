"""Preflight: what still needs attention before the meeting, in plain words.

Each finding names the part of the plan it is about (`where`), so the app can take the
family straight there. Errors would stop the meeting going as planned; warnings are worth
fixing; info is for awareness.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from interventionplanner.domain.display import length_in_words, reading_time, word_count
from interventionplanner.domain.plan import LetterStatus, Plan, RiskFlag, Role, Rsvp
from interventionplanner.domain.speaking import WORDS_PER_PAGE, count_words
from interventionplanner.domain.substances import Catalogue
from interventionplanner.domain.timeline import build_timeline, total_seconds
from interventionplanner.i18n import N_, _, ngettext

LONG_LETTER_WORDS = 2 * WORDS_PER_PAGE
# A blank in a suggested answer for the family to fill in, e.g. "[who]".
BLANK = re.compile(r"\[[^\[\]\n]+\]")


def blanks(text: str) -> list[str]:
    """The blanks still in `text`, e.g. ["[who]"]."""
    return BLANK.findall(text)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str
    where: str  # a path into the plan, e.g. "participants/<id>/letter"


RISK_WORDS = {  # also how the packet names them; translated where shown
    RiskFlag.VIOLENCE: N_("a history of violence"),
    RiskFlag.SELF_HARM: N_("self-harm"),
    RiskFlag.SERIOUS_MENTAL_ILLNESS: N_("serious mental illness"),
    RiskFlag.SEVERAL_SUBSTANCES: N_("use of several substances"),
}


def risk_list(flags: Iterable[RiskFlag]) -> str:
    """ "a history of violence, self-harm", in the language in force."""
    return ", ".join(_(RISK_WORDS[f]) for f in flags)


def preflight(plan: Plan, catalogue: Catalogue, today: date) -> list[Finding]:
    """Every finding for this plan, most serious first."""
    checks = (_team, _replies, _letters, _meeting, _treatment, _objections, _safety)
    findings = [f for check in checks for f in check(plan, catalogue, today)]
    order = list(Severity)
    return sorted(findings, key=lambda f: order.index(f.severity))


def _team(plan: Plan, _c: Catalogue, _t: date) -> Iterator[Finding]:
    if plan.chairperson is None:
        yield Finding(
            "no_chairperson",
            Severity.ERROR,
            _("Nobody is chairperson yet. Someone needs to open and close the meeting."),
            "participants",
        )
    if not plan.speaking_order():
        yield Finding(
            "no_speakers",
            Severity.ERROR,
            _("Nobody is set to read a letter yet."),
            "participants",
        )
    closer = plan.participant(plan.closer_id)
    if closer is None:
        yield Finding(
            "no_closer",
            Severity.WARNING,
            _("No closer is chosen yet: the person whose letter is read last."),
            "speaker_order",
        )
    elif not closer.has_letter_to_read:
        yield Finding(
            "closer_without_letter",
            Severity.WARNING,
            _("{name} is the closer but has no letter to read.").format(name=closer.name),
            "speaker_order",
        )


def _replies(plan: Plan, _c: Catalogue, _t: date) -> Iterator[Finding]:
    for person in plan.participants:
        if person.rsvp is Rsvp.MAYBE:
            yield Finding(
                "maybe_reply",
                Severity.WARNING,
                _(
                    "{name} said maybe. Ask them again, so the seating and the order can be "
                    "settled."
                ).format(name=person.name or _("Someone")),
                f"participants/{person.id}/rsvp",
            )


def _letters(plan: Plan, _c: Catalogue, _t: date) -> Iterator[Finding]:
    for writer in plan.speaking_order():
        where = f"participants/{writer.id}/letter"
        words = count_words(writer.letter.text())
        if words == 0:
            yield Finding(
                "missing_letter",
                Severity.WARNING,
                _("{name} has not written a letter yet.").format(name=writer.name),
                where,
            )
        elif writer.letter.status is LetterStatus.DRAFT:
            yield Finding(
                "letter_in_draft",
                Severity.INFO,
                _(
                    "{name}'s letter is still a draft. Read it through together, then mark "
                    "it reviewed."
                ).format(name=writer.name),
                where,
            )
        if words > LONG_LETTER_WORDS:
            yield Finding(
                "long_letter",
                Severity.WARNING,
                _(
                    "{name}'s letter is about {words}, more than two pages. Shorter letters "
                    "are easier to hear."
                ).format(name=writer.name, words=word_count(words)),
                where,
            )
        open_notes = sum(not note.resolved for note in writer.letter.notes)
        if open_notes:
            yield Finding(
                "open_review_notes",
                Severity.INFO,
                ngettext(
                    "{name}'s letter has a review note still open.",
                    "{name}'s letter has {count} review notes still open.",
                    open_notes,
                ).format(name=writer.name, count=open_notes),
                f"participants/{writer.id}/letter/notes",
            )
        if writer.has_role(Role.ABSENT_WRITER) and plan.participant(writer.read_by) is None:
            yield Finding(
                "no_reader",
                Severity.WARNING,
                _("{name} will not be there. Choose who reads their letter.").format(
                    name=writer.name
                ),
                f"participants/{writer.id}/read_by",
            )


def _meeting(plan: Plan, _c: Catalogue, today: date) -> Iterator[Finding]:
    starts = plan.meeting.starts_at
    if starts is None:
        yield Finding(
            "no_meeting_date",
            Severity.INFO,
            _("The meeting has no date and time yet."),
            "meeting/starts_at",
        )
    elif starts.date() < today:
        yield Finding(
            "meeting_in_past",
            Severity.ERROR,
            _("The meeting date has already passed. Please choose a new date."),
            "meeting/starts_at",
        )
    rehearsal = plan.meeting.rehearsal_at
    if rehearsal is None:
        yield Finding(
            "no_rehearsal_date",
            Severity.INFO,
            _("The rehearsal has no date yet. Reading the letters to each other first helps."),
            "meeting/rehearsal_at",
        )
    elif starts is not None and rehearsal > starts:
        yield Finding(
            "rehearsal_after_meeting",
            Severity.WARNING,
            _("The rehearsal is set after the meeting. Please move it before."),
            "meeting/rehearsal_at",
        )
    planned = plan.meeting.length_minutes * 60
    needed = total_seconds(build_timeline(plan))
    if planned and needed > planned:
        yield Finding(
            "runs_long",
            Severity.WARNING,
            _("The letters and words take {needed}, longer than the {planned} planned.").format(
                needed=reading_time(needed), planned=length_in_words(plan.meeting.length_minutes)
            ),
            "meeting/length_minutes",
        )


def _treatment(plan: Plan, _c: Catalogue, _t: date) -> Iterator[Finding]:
    treatment = plan.treatment
    if not treatment.is_arranged:
        yield Finding(
            "no_treatment",
            Severity.ERROR,
            _("No treatment is arranged yet. Help should be ready on the day."),
            "treatment/facility",
        )
        return
    if not treatment.bed_confirmed:
        yield Finding(
            "bed_not_confirmed",
            Severity.WARNING,
            _("The treatment place has not confirmed a bed yet."),
            "treatment/bed_confirmed",
        )
    if not treatment.payment_settled:
        yield Finding(
            "payment_not_settled",
            Severity.WARNING,
            _("Insurance or payment for treatment is not settled yet."),
            "treatment/payment_settled",
        )
    if not treatment.bag_packed:
        yield Finding(
            "bag_not_packed",
            Severity.INFO,
            _("The bag is not packed yet. Pack it to the treatment centre's rules."),
            "treatment/bag_packed",
        )
    if plan.participant(treatment.driver_id) is None:
        yield Finding(
            "no_driver",
            Severity.WARNING,
            _("Nobody is set to drive to treatment yet."),
            "treatment/driver_id",
        )


def _objections(plan: Plan, _c: Catalogue, _t: date) -> Iterator[Finding]:
    for objection in plan.objections:
        gaps = blanks(objection.answer)
        if gaps:
            said = objection.objection.strip() or _("an objection")
            yield Finding(
                "answer_has_blank",
                Severity.WARNING,
                ngettext(
                    "The answer to “{said}” still has {blanks} to fill in.",
                    "The answer to “{said}” still has {blanks} to fill in.",
                    len(gaps),
                ).format(said=said, blanks=", ".join(gaps)),
                "treatment/objections",
            )


def _safety(plan: Plan, catalogue: Catalogue, _t: date) -> Iterator[Finding]:
    if not plan.treatment.supervised_withdrawal_arranged:
        for substance in catalogue.needing_supervision(plan.loved_one.substances):
            yield Finding(
                "withdrawal_not_supervised",
                Severity.ERROR,
                _(
                    "Stopping {substance} needs medical supervision, and none is arranged "
                    "yet. {reason}"
                ).format(substance=substance.name, reason=substance.supervision_reason),
                "treatment/supervised_withdrawal_arranged",
            )
    flags = plan.loved_one.risk_flags
    if flags and not plan.with_role(Role.INTERVENTIONIST):
        yield Finding(
            "risk_without_interventionist",
            Severity.WARNING,
            _("With {risks}, a professional interventionist is strongly recommended.").format(
                risks=risk_list(flags)
            ),
            "participants",
        )
