"""Invitations: the words, the .eml drafts, the calendar file, the mailto link."""

from __future__ import annotations

import email.policy
import re
from dataclasses import replace
from datetime import date
from email.parser import BytesParser
from urllib.parse import unquote

import icalendar
import pytest

from interventionplanner.domain.display import clock, length_in_words, long_date
from interventionplanner.domain.plan import MeetingStyle, Participant, Plan, Role
from interventionplanner.output.invitations import (
    MAILTO_CUT_NOTE,
    Invitation,
    export_invitations,
    invitation_context,
    invitations,
    mailto_url,
    meeting_calendar,
    render_invitation,
    slug,
    to_eml,
)
from interventionplanner.output.templates import TemplateProblem

SECRECY = re.compile(r"private|secret|don't tell|do not tell|not mention|delete this", re.I)


def parse_eml(data: bytes):
    return BytesParser(policy=email.policy.default).parsebytes(data)


def events(ics: bytes) -> list:
    return list(icalendar.Calendar.from_ical(ics).walk("VEVENT"))


def by_name(plan: Plan, name: str) -> Participant:
    return next(p for p in plan.participants if p.name == name)


def with_style(plan: Plan, style: MeetingStyle) -> Plan:
    return replace(plan, meeting=replace(plan.meeting, style=style))


# --- the words -------------------------------------------------------------------------


def test_one_invitation_per_participant_greeting_each_by_name(demo_plan):
    made = invitations(demo_plan)
    assert [i.participant_id for i in made] == [p.id for p in demo_plan.participants]
    for inv, person in zip(made, demo_plan.participants, strict=True):
        assert inv.email == person.email
        assert inv.subject
        assert "\n" not in inv.subject
        assert inv.body.startswith(f"Dear {person.name},")
        assert demo_plan.loved_one.preferred_name in inv.body  # "Danny", not "Daniel Marsh"
        assert demo_plan.loved_one.name not in inv.body


def test_the_body_carries_the_meeting_and_rehearsal_details(demo_plan):
    meeting = demo_plan.meeting
    body = render_invitation(demo_plan, demo_plan.participants[1]).body
    assert long_date(meeting.starts_at.date()) in body
    assert clock(meeting.starts_at) in body
    assert f"about {length_in_words(meeting.length_minutes)}" in body
    assert meeting.place in body
    assert meeting.address in body
    assert long_date(meeting.rehearsal_at.date()) in body
    assert clock(meeting.rehearsal_at) in body
    assert meeting.rehearsal_place in body
    assert body.rstrip().endswith(demo_plan.chairperson.name)


def test_letter_writers_get_the_four_part_guide_and_others_do_not(demo_plan):
    writer = render_invitation(demo_plan, demo_plan.participants[1]).body
    for part in ("1. Love and a memory", "2. What you have seen", "3. Your hope", "4. The ask"):
        assert part in writer
    assert 'Write "I", not "we"' in writer
    helper = Participant(name="Sam Ortiz", roles=[Role.LOGISTICS])
    plan = replace(demo_plan, participants=[*demo_plan.participants, helper])
    body = render_invitation(plan, helper).body
    assert "Writing your letter" not in body
    assert "practical side" in body


def test_dates_are_written_for_people():
    assert long_date(date(2027, 1, 16)) == "Saturday 16 January 2027"
    assert length_in_words(60) == "1 hour"
    assert length_in_words(90) == "1 hour 30 minutes"
    assert length_in_words(45) == "45 minutes"


def test_the_context_is_plain_data(demo_plan):
    context = invitation_context(demo_plan, demo_plan.participants[0])

    def plain(value) -> bool:
        if type(value) in (str, int, bool):
            return True
        if type(value) is list:
            return all(plain(v) for v in value)
        if type(value) is dict:
            return all(type(k) is str and plain(v) for k, v in value.items())
        return False

    assert plain(context)
    assert context["meeting"]["time"] == clock(demo_plan.meeting.starts_at)
    assert context["style"] == "invitational"


def test_the_surprise_invitation_asks_for_privacy_and_the_invitational_one_does_not(demo_plan):
    person = demo_plan.participants[2]
    surprise = render_invitation(with_style(demo_plan, MeetingStyle.SURPRISE), person)
    open_ = render_invitation(with_style(demo_plan, MeetingStyle.INVITATIONAL), person)
    assert "keep this plan private" in surprise.body
    assert "do not mention it to Danny" in surprise.body
    assert SECRECY.search(open_.body) is None
    assert SECRECY.search(open_.subject) is None
    assert "Danny knows about it and has been invited" in open_.body
    assert "knows about it" not in surprise.body


@pytest.mark.parametrize("style", list(MeetingStyle))
def test_subjects_never_name_the_loved_one(demo_plan, style):
    for inv in invitations(with_style(demo_plan, style)):
        assert "Danny" not in inv.subject
        assert "Daniel" not in inv.subject


def test_the_absent_writer_is_told_who_reads_their_letter(demo_plan):
    evelyn = by_name(demo_plan, "Evelyn Doyle")
    reader = demo_plan.participant(evelyn.read_by)
    body = render_invitation(demo_plan, evelyn).body
    assert f"{reader.name} will read it aloud for you" in body
    assert "come a few minutes early" not in body
    unknown = replace(evelyn, read_by=None)
    plan = replace(demo_plan, participants=[unknown])
    assert "someone else in the family will read it aloud" in render_invitation(plan, unknown).body


def test_the_reader_is_told_whose_letter_they_read(demo_plan):
    body = render_invitation(demo_plan, by_name(demo_plan, "Ray Doyle")).body
    assert "read aloud the letter written by Evelyn Doyle" in body
    assert "letter written by" not in render_invitation(demo_plan, demo_plan.participants[0]).body


def test_no_meeting_date_or_place_reads_to_be_decided(demo_plan, tmp_path):
    plan = replace(
        demo_plan, meeting=replace(demo_plan.meeting, starts_at=None, place="", address="")
    )
    inv = render_invitation(plan, plan.participants[0])
    assert "to be decided" in inv.subject
    assert "When: to be decided" in inv.body
    assert "Where: to be decided" in inv.body
    found = events(meeting_calendar(plan))
    assert [str(e["SUMMARY"]) for e in found] == ["Family meeting — rehearsal"]
    nothing = replace(plan, meeting=replace(plan.meeting, rehearsal_at=None, rehearsal_place=""))
    assert "When: to be decided" in render_invitation(nothing, plan.participants[0]).body
    written = export_invitations(nothing, tmp_path)
    assert [p.name for p in written if p.suffix == ".ics"] == []
    assert not (tmp_path / "meeting.ics").exists()


def test_an_unnamed_loved_one_and_no_chairperson_still_read_well(demo_plan):
    plan = replace(
        demo_plan,
        loved_one=replace(demo_plan.loved_one, name="", preferred_name=""),
        participants=[Participant(name="", roles=[Role.SPEAKER])],
    )
    inv = render_invitation(plan, plan.participants[0])
    assert inv.body.startswith("Dear friend,")
    assert "our loved one" in inv.body
    assert inv.body.rstrip().endswith("With love and thanks,")


# --- .eml drafts -----------------------------------------------------------------------


def test_export_writes_an_eml_per_participant_that_parses_back(demo_plan, tmp_path):
    folder = tmp_path / "new" / "folder"
    written = export_invitations(demo_plan, folder)
    emls = [p for p in written if p.suffix == ".eml"]
    assert len(emls) == len(demo_plan.participants)
    assert sorted(folder.iterdir()) == sorted(written)
    for path, person in zip(emls, demo_plan.participants, strict=True):
        assert path.parent == folder
        message = parse_eml(path.read_bytes())
        (address,) = message["To"].addresses
        assert address.addr_spec == person.email
        assert address.display_name == person.name
        assert message["Subject"] == render_invitation(demo_plan, person).subject
        assert message["X-Unsent"] == "1"
        assert message["From"] is None
        assert message.get_content_type() == "text/plain"
        assert message.get_content_charset() == "utf-8"
        assert message.get_content().startswith(f"Dear {person.name},")
    assert emls[0].name == "invitation-01-margaret-marsh.eml"
    assert folder / "meeting.ics" in written
    assert not list(folder.glob("*.bak"))
    assert not list(folder.glob(".*"))  # no temporary files left behind


def test_a_sender_becomes_the_from_header():
    inv = Invitation("id", "Ana", "ana@example.com", "Hello", "Body\n")
    assert parse_eml(to_eml(inv, "Margaret <m@example.com>"))["From"] == "Margaret <m@example.com>"


def test_an_address_email_cannot_carry_leaves_the_draft_without_to():
    inv = Invitation("id", "Ana", "not an address", "Hello", "Body\n")
    message = parse_eml(to_eml(inv))
    assert message["To"] is None
    assert message["Subject"] == "Hello"


NAMES = {
    "Zoë Ångström-Núñez": "zoe-angstrom-nunez",
    "محمد علي": "person",
    "王小明": "person",
    "🌻 Ana 🌻": "ana",
    "": "person",
}


def test_names_in_any_script_render_and_fall_back_to_a_plain_slug(demo_plan, tmp_path):
    people = [
        Participant(name=name, email=f"p{i}@example.com", roles=[Role.SPEAKER])
        for i, name in enumerate(NAMES)
    ]
    plan = replace(demo_plan, participants=people, speaker_order=[], closer_id=None)
    written = export_invitations(plan, tmp_path)
    emls = [p for p in written if p.suffix == ".eml"]
    assert [p.name for p in emls] == [
        f"invitation-{i:02d}-{expected}.eml" for i, expected in enumerate(NAMES.values(), 1)
    ]
    for path, person in zip(emls, people, strict=True):
        message = parse_eml(path.read_bytes())
        assert message["To"].addresses[0].display_name == person.name
        assert message.get_content().startswith(f"Dear {person.name or 'friend'},")


def test_slug_keeps_file_names_short_and_ascii():
    assert slug("Mary-Jane  O'Connor") == "mary-jane-o-connor"
    assert slug("a" * 200) == "a" * 40
    assert slug("../../etc/passwd") == "etc-passwd"
    assert all(slug(name).isascii() for name in NAMES)


def test_a_template_problem_writes_nothing(demo_plan, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "invitation_invitational.txt.j2").write_text("{{ nickname }}\n", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(TemplateProblem, match="your copy"):
        export_invitations(demo_plan, out, user_dir=mine)
    assert not out.exists()


def test_a_user_template_without_a_body_is_a_template_problem(demo_plan, tmp_path):
    (tmp_path / "invitation_invitational.txt.j2").write_text("Only a subject\n")
    with pytest.raises(TemplateProblem, match="subject on its first line"):
        render_invitation(demo_plan, demo_plan.participants[0], user_dir=tmp_path)


def test_a_user_template_overrides_the_invitation(demo_plan, tmp_path):
    (tmp_path / "invitation_invitational.txt.j2").write_text(
        "Coffee with {{ greeting_name }}\n\nSee you {{ meeting.when }}.\n"
    )
    inv = render_invitation(demo_plan, demo_plan.participants[0], user_dir=tmp_path)
    assert inv.subject == "Coffee with Margaret Marsh"
    when = invitation_context(demo_plan, demo_plan.participants[0])["meeting"]["when"]
    assert inv.body == f"See you {when}.\n"


# --- the calendar ----------------------------------------------------------------------


# The times, zones, UIDs and sequence of the calendar file: tests/test_calendar.py.


@pytest.mark.parametrize("style", list(MeetingStyle))
def test_calendar_entries_never_name_the_loved_one(demo_plan, style):
    plan = with_style(demo_plan, style)
    for event in events(meeting_calendar(plan)):
        summary = str(event["SUMMARY"])
        assert summary in {"Family meeting", "Family meeting — rehearsal"}
        for word in ("Danny", "Daniel", "Marsh", "alprazolam", "Xanax"):
            assert word.lower() not in summary.lower()


# --- mailto ----------------------------------------------------------------------------


def test_mailto_encodes_spaces_as_percent_20(demo_plan):
    inv = Invitation(
        "id", "Ana Ruiz", "ana@example.com", "A family meeting", "Hi Ana,\n\nSee you.\n"
    )
    url = mailto_url(inv)
    assert url.startswith("mailto:ana@example.com?subject=A%20family%20meeting&body=")
    assert "+" not in url
    assert " " not in url
    body = url.split("&body=", 1)[1]
    assert unquote(body) == "Hi Ana,\r\n\r\nSee you."


def test_a_long_body_is_cut_at_a_paragraph_with_a_note(demo_plan):
    inv = render_invitation(demo_plan, demo_plan.participants[0])
    url = mailto_url(inv, max_body=1500)
    encoded = url.split("&body=", 1)[1]
    assert len(encoded) <= 1500
    body = unquote(encoded).replace("\r\n", "\n")
    assert body.endswith(MAILTO_CUT_NOTE)
    kept = body.removesuffix(MAILTO_CUT_NOTE).rstrip("\n")
    assert inv.body.startswith(kept + "\n\n")  # whole paragraphs only
    assert len(kept) > 100
    assert MAILTO_CUT_NOTE not in mailto_url(inv, max_body=100_000)


@pytest.mark.parametrize("style", list(MeetingStyle))
def test_a_professional_interventionist_is_thanked_for_guiding_not_for_their_words(
    demo_plan, style
):
    plan = with_style(demo_plan, style)
    guide = Participant(name="Dr Lee", roles=[Role.INTERVENTIONIST], email="lee@example.com")
    plan.participants.append(guide)
    text = next(i for i in invitations(plan) if i.participant_id == guide.id).body
    assert "words matter most" not in text
    assert "guide us" in text
    family = next(i for i in invitations(plan) if i.participant_id != guide.id).body
    assert "words matter most" in family
