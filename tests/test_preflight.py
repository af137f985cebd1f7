"""Preflight: each rule fires when its problem is present, and only then."""

from dataclasses import replace
from datetime import date, datetime

import pytest

from interventionplanner.domain.plan import (
    Letter,
    LetterStatus,
    LovedOne,
    Meeting,
    Participant,
    Plan,
    RiskFlag,
    Role,
    Rsvp,
    Treatment,
)
from interventionplanner.domain.preflight import Severity, preflight
from interventionplanner.domain.substances import Catalogue, Substance

TODAY = date(2027, 1, 1)
CATALOGUE = Catalogue(
    groups={"benzodiazepines": "Benzodiazepines", "other": "Other"},
    substances=(
        Substance(
            "alprazolam",
            "alprazolam",
            "benzodiazepines",
            ("Xanax",),
            True,
            "Stopping suddenly can cause seizures.",
        ),
        Substance("other", "another substance", "other"),
    ),
)


def letter(n: int) -> Letter:
    return Letter(love_and_memory=" ".join(["word"] * n), status=LetterStatus.FINAL)


def ready_plan() -> Plan:
    """A plan with nothing left to do: the baseline each test breaks in one place."""
    chair = Participant(name="Rosa", roles=[Role.CHAIRPERSON, Role.SPEAKER], letter=letter(300))
    ben = Participant(name="Ben", roles=[Role.SPEAKER, Role.LOGISTICS], letter=letter(300))
    return Plan(
        loved_one=LovedOne(name="Dan", substances=["alprazolam"]),
        meeting=Meeting(
            starts_at=datetime(2027, 1, 16, 10),
            length_minutes=60,
            rehearsal_at=datetime(2027, 1, 12, 19),
        ),
        participants=[chair, ben],
        speaker_order=[chair.id, ben.id],
        closer_id=ben.id,
        treatment=Treatment(
            facility="Cedar Hollow",
            bed_confirmed=True,
            payment_settled=True,
            bag_packed=True,
            supervised_withdrawal_arranged=True,
            driver_id=ben.id,
        ),
    )


def codes(plan: Plan) -> set[str]:
    return {f.code for f in preflight(plan, CATALOGUE, TODAY)}


def test_a_ready_plan_has_no_findings():
    assert preflight(ready_plan(), CATALOGUE, TODAY) == []


def test_no_speakers_and_no_chairperson():
    plan = replace(ready_plan(), participants=[], speaker_order=[], closer_id=None)
    assert {"no_speakers", "no_chairperson", "no_closer"} <= codes(plan)


def test_a_speaker_without_a_letter():
    plan = ready_plan()
    plan.participants[1].letter = Letter()
    findings = [f for f in preflight(plan, CATALOGUE, TODAY) if f.code == "missing_letter"]
    assert len(findings) == 1
    assert "Ben" in findings[0].message
    assert findings[0].where == f"participants/{plan.participants[1].id}/letter"


def test_a_letter_over_two_pages():
    plan = ready_plan()
    plan.participants[0].letter = letter(601)
    assert "long_letter" in codes(plan)
    plan.participants[0].letter = letter(600)
    assert "long_letter" not in codes(plan)


def test_closer_must_be_someone_with_a_letter():
    plan = ready_plan()
    plan.participants.append(Participant(name="Sam", roles=[Role.LOGISTICS]))
    plan.closer_id = plan.participants[-1].id
    assert "closer_without_letter" in codes(plan)


def test_no_treatment_arranged_is_an_error():
    plan = replace(ready_plan(), treatment=Treatment())
    findings = {f.code: f for f in preflight(plan, CATALOGUE, TODAY)}
    assert findings["no_treatment"].severity is Severity.ERROR


def test_supervised_withdrawal_needed_but_not_arranged():
    plan = ready_plan()
    plan.treatment.supervised_withdrawal_arranged = False
    finding = next(
        f for f in preflight(plan, CATALOGUE, TODAY) if f.code == "withdrawal_not_supervised"
    )
    assert finding.severity is Severity.ERROR
    assert "alprazolam" in finding.message
    assert "seizures" in finding.message


def test_no_supervision_finding_for_substances_that_do_not_need_it():
    plan = ready_plan()
    plan.loved_one.substances = ["other"]
    plan.treatment.supervised_withdrawal_arranged = False
    assert "withdrawal_not_supervised" not in codes(plan)


@pytest.mark.parametrize("flag", list(RiskFlag))
def test_a_risk_flag_without_an_interventionist(flag):
    plan = ready_plan()
    plan.loved_one.risk_flags = [flag]
    assert "risk_without_interventionist" in codes(plan)
    plan.participants.append(Participant(name="Pat", roles=[Role.INTERVENTIONIST]))
    assert "risk_without_interventionist" not in codes(plan)


def test_meeting_date_in_the_past():
    plan = ready_plan()
    plan.meeting.starts_at = datetime(2026, 12, 31, 10)
    assert "meeting_in_past" in codes(plan)
    plan.meeting.starts_at = datetime(2027, 1, 1, 9)  # earlier today still counts as today
    assert "meeting_in_past" not in codes(plan)


def test_no_meeting_date_is_only_information():
    plan = ready_plan()
    plan.meeting.starts_at = None
    finding = next(f for f in preflight(plan, CATALOGUE, TODAY) if f.code == "no_meeting_date")
    assert finding.severity is Severity.INFO


def test_no_driver():
    plan = ready_plan()
    plan.treatment.driver_id = None
    assert "no_driver" in codes(plan)


def test_bed_not_confirmed():
    plan = ready_plan()
    plan.treatment.bed_confirmed = False
    assert "bed_not_confirmed" in codes(plan)


def test_an_absent_writer_needs_a_reader():
    plan = ready_plan()
    gran = Participant(name="Gran", roles=[Role.ABSENT_WRITER], letter=letter(100))
    plan.participants.append(gran)
    assert "no_reader" in codes(plan)
    gran.read_by = plan.participants[0].id
    assert "no_reader" not in codes(plan)


def test_a_meeting_that_runs_longer_than_planned():
    plan = ready_plan()
    plan.meeting.length_minutes = 5
    assert "runs_long" in codes(plan)


def test_errors_come_first():
    plan = replace(ready_plan(), treatment=Treatment())
    plan.meeting.starts_at = None
    severities = [f.severity for f in preflight(plan, CATALOGUE, TODAY)]
    assert severities == sorted(severities, key=list(Severity).index)
    assert severities[0] is Severity.ERROR
    assert severities[-1] is Severity.INFO


def test_the_example_plan_is_ready(demo_plan, catalogue, today):
    """The bundled example is a complete plan: no errors in its checklist."""
    errors = [f for f in preflight(demo_plan, catalogue, today) if f.severity is Severity.ERROR]
    assert errors == []


def test_an_unpacked_bag_is_a_gentle_reminder():
    plan = ready_plan()
    plan.treatment.bag_packed = False
    finding = next(f for f in preflight(plan, CATALOGUE, TODAY) if f.code == "bag_not_packed")
    assert finding.severity is Severity.INFO
    assert finding.where == "treatment/bag_packed"


# --- issue 12, point 5: what "Before the day" must not miss ----------------------------------


def test_a_letter_still_in_draft_is_listed_with_its_writer():
    plan = ready_plan()
    plan.participants[0].letter.status = LetterStatus.DRAFT
    found = [f for f in preflight(plan, CATALOGUE, TODAY) if f.code == "letter_in_draft"]
    assert [f.where for f in found] == [f"participants/{plan.participants[0].id}/letter"]
    assert "Rosa" in found[0].message


def test_an_empty_letter_is_missing_not_a_draft():
    plan = ready_plan()
    plan.participants[0].letter = Letter()
    assert "missing_letter" in codes(plan)
    assert "letter_in_draft" not in codes(plan)


def test_a_maybe_reply_is_listed():
    plan = ready_plan()
    plan.participants[1].rsvp = Rsvp.MAYBE
    found = [f for f in preflight(plan, CATALOGUE, TODAY) if f.code == "maybe_reply"]
    assert [f.where for f in found] == [f"participants/{plan.participants[1].id}/rsvp"]
    assert "Ben said maybe" in found[0].message
    plan.participants[1].rsvp = Rsvp.YES
    assert "maybe_reply" not in codes(plan)


def test_unsettled_payment_is_listed_once_treatment_is_chosen():
    plan = ready_plan()
    plan.treatment.payment_settled = False
    assert "payment_not_settled" in codes(plan)
    plan.treatment = Treatment()  # nothing chosen: "no treatment" says it all
    assert "payment_not_settled" not in codes(plan)


def test_a_missing_or_late_rehearsal_is_listed():
    plan = ready_plan()
    plan.meeting.rehearsal_at = None
    assert "no_rehearsal_date" in codes(plan)
    plan.meeting.rehearsal_at = datetime(2027, 1, 17, 19)
    assert "rehearsal_after_meeting" in codes(plan)
    assert "no_rehearsal_date" not in codes(plan)


# --- issue 12, point 4: a suggested answer is not an arrangement ------------------------------


def test_an_answer_with_a_blank_left_in_is_listed():
    from interventionplanner.domain.plan import Objection

    plan = ready_plan()
    plan.objections = [
        Objection("I can't leave my dog.", "[who] will walk her."),
        Objection("Not today.", "Help is ready today."),
    ]
    found = [f for f in preflight(plan, CATALOGUE, TODAY) if f.code == "answer_has_blank"]
    assert len(found) == 1
    assert "[who]" in found[0].message
    assert "I can't leave my dog." in found[0].message
    assert found[0].where == "treatment/objections"
    plan.objections[0].answer = "Aunt Mia will walk her."
    assert "answer_has_blank" not in codes(plan)
