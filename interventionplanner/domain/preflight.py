"""Preflight: what still needs attention before the meeting, in plain words.

Each finding names the part of the plan it is about (`where`), so the app can take the
family straight there. Errors would stop the meeting going as planned; warnings are worth
fixing; info is for awareness.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from interventionplanner.domain.display import length_in_words, reading_time
from interventionplanner.domain.plan import LetterStatus, Plan, RiskFlag, Role, Rsvp
from interventionplanner.domain.speaking import WORDS_PER_PAGE, count_words
from interventionplanner.domain.substances import Catalogue
from interventionplanner.domain.timeline import build_timeline, total_seconds
from interventionplanner.i18n import ngettext

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


RISK_WORDS = {  # also how the packet names them
    RiskFlag.VIOLENCE: "a history of violence",
    RiskFlag.SELF_HARM: "self-harm",
    RiskFlag.SERIOUS_MENTAL_ILLNESS: "serious mental illness",
    RiskFlag.SEVERAL_SUBSTANCES: "use of several substances",
}


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
            "Nobody is chairperson yet. Someone needs to open and close the meeting.",
            "participants",
        )
    if not plan.speaking_order():
        yield Finding(
            "no_speakers", Severity.ERROR, "Nobody is set to read a letter yet.", "participants"
        )
    closer = plan.participant(plan.closer_id)
    if closer is None:
        yield Finding(
            "no_closer",
            Severity.WARNING,
            "No closer is chosen yet: the person whose letter is read last.",
            "speaker_order",
        )
    elif not closer.has_letter_to_read:
        yield Finding(
            "closer_without_letter",
            Severity.WARNING,
            f"{closer.name} is the closer but has no letter to read.",
            "speaker_order",
        )


def _replies(plan: Plan, _c: Catalogue, _t: date) -> Iterator[Finding]:
    for person in plan.participants:
        if person.rsvp is Rsvp.MAYBE:
            yield Finding(
                "maybe_reply",
                Severity.WARNING,
                f"{person.name or 'Someone'} said maybe. Ask them again, so the seating "
                "and the order can be settled.",
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
                f"{writer.name} has not written a letter yet.",
                where,
            )
        elif writer.letter.status is LetterStatus.DRAFT:
            yield Finding(
                "letter_in_draft",
                Severity.INFO,
                f"{writer.name}'s letter is still a draft. Read it through together, then "
                "mark it reviewed.",
                where,
            )
        if words > LONG_LETTER_WORDS:
            yield Finding(
                "long_letter",
                Severity.WARNING,
                f"{writer.name}'s letter is about {words} words, more than two "
                "pages. Shorter letters are easier to hear.",
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
                f"{writer.name} will not be there. Choose who reads their letter.",
                f"participants/{writer.id}/read_by",
            )


def _meeting(plan: Plan, _c: Catalogue, today: date) -> Iterator[Finding]:
    starts = plan.meeting.starts_at
    if starts is None:
        yield Finding(
            "no_meeting_date",
            Severity.INFO,
            "The meeting has no date and time yet.",
            "meeting/starts_at",
        )
    elif starts.date() < today:
        yield Finding(
            "meeting_in_past",
            Severity.ERROR,
            "The meeting date has already passed. Please choose a new date.",
            "meeting/starts_at",
        )
    rehearsal = plan.meeting.rehearsal_at
    if rehearsal is None:
        yield Finding(
            "no_rehearsal_date",
            Severity.INFO,
            "The rehearsal has no date yet. Reading the letters to each other first helps.",
            "meeting/rehearsal_at",
        )
    elif starts is not None and rehearsal > starts:
        yield Finding(
            "rehearsal_after_meeting",
            Severity.WARNING,
            "The rehearsal is set after the meeting. Please move it before.",
            "meeting/rehearsal_at",
        )
    planned = plan.meeting.length_minutes * 60
    needed = total_seconds(build_timeline(plan))
    if planned and needed > planned:
        yield Finding(
            "runs_long",
            Severity.WARNING,
            f"The letters and words take {reading_time(needed)}, longer than the "
            f"{length_in_words(plan.meeting.length_minutes)} planned.",
            "meeting/length_minutes",
        )


def _treatment(plan: Plan, _c: Catalogue, _t: date) -> Iterator[Finding]:
    treatment = plan.treatment
    if not treatment.is_arranged:
        yield Finding(
            "no_treatment",
            Severity.ERROR,
            "No treatment is arranged yet. Help should be ready on the day.",
            "treatment/facility",
        )
        return
    if not treatment.bed_confirmed:
        yield Finding(
            "bed_not_confirmed",
            Severity.WARNING,
            "The treatment place has not confirmed a bed yet.",
            "treatment/bed_confirmed",
        )
    if not treatment.payment_settled:
        yield Finding(
            "payment_not_settled",
            Severity.WARNING,
            "Insurance or payment for treatment is not settled yet.",
            "treatment/payment_settled",
        )
    if not treatment.bag_packed:
        yield Finding(
            "bag_not_packed",
            Severity.INFO,
            "The bag is not packed yet. Pack it to the treatment centre's rules.",
            "treatment/bag_packed",
        )
    if plan.participant(treatment.driver_id) is None:
        yield Finding(
            "no_driver",
            Severity.WARNING,
            "Nobody is set to drive to treatment yet.",
            "treatment/driver_id",
        )


def _objections(plan: Plan, _c: Catalogue, _t: date) -> Iterator[Finding]:
    for objection in plan.objections:
        gaps = blanks(objection.answer)
        if gaps:
            said = objection.objection.strip() or "an objection"
            yield Finding(
                "answer_has_blank",
                Severity.WARNING,
                f"The answer to “{said}” still has {', '.join(gaps)} to fill in.",
                "treatment/objections",
            )


def _safety(plan: Plan, catalogue: Catalogue, _t: date) -> Iterator[Finding]:
    if not plan.treatment.supervised_withdrawal_arranged:
        for substance in catalogue.needing_supervision(plan.loved_one.substances):
            yield Finding(
                "withdrawal_not_supervised",
                Severity.ERROR,
                f"Stopping {substance.name} needs medical supervision, and none is "
                f"arranged yet. {substance.supervision_reason}",
                "treatment/supervised_withdrawal_arranged",
            )
    flags = plan.loved_one.risk_flags
    if flags and not plan.with_role(Role.INTERVENTIONIST):
        risks = ", ".join(RISK_WORDS[f] for f in flags)
        yield Finding(
            "risk_without_interventionist",
            Severity.WARNING,
            f"With {risks}, a professional interventionist is strongly recommended.",
            "participants",
        )
