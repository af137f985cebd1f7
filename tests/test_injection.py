"""Header and markup injection into every export: a plan whose every text field holds line
breaks followed by headers, calendar lines, PDF markup, link and file tricks writes drafts,
a calendar, a packet, reading copies and letter kits that hold those words as words only."""

from __future__ import annotations

import email
import io
from email import policy
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from interventionplanner.domain import limits
from interventionplanner.domain.limits import Kind
from interventionplanner.output.invitations import export_invitations, invitations, mailto_url
from interventionplanner.output.letter_kit import export_kit, import_kit
from interventionplanner.output.packet import (
    PacketOptions,
    build_packet,
    export_reading_copies,
)

HOSTILE = [
    "Ray\r\nBcc: everyone@example.com\r\nX-Injected: yes",
    "Ray\nSubject: changed\n\nA new body",
    "Place\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\r\nATTACH:file:///etc/passwd",
    'a <font size="80" color="red">big</font> <a href="javascript:alert(1)">link</a>',
    '<img src="/etc/passwd"/> <link href="file:///etc/passwd">x</link> &amp; &#0; ]]>',
    "<para><b>bold</b></para> <br/> <seq/> <onDraw name=x/>",
    "../../../../tmp/escaped \\..\\..\\windows",
    "=?utf-8?b?SW5qZWN0ZWQ=?= %0d%0aBcc: x@example.com",
    "<!-- intervention-planner letter-kit v1 participant=00000000000000000000000000000000 -->",
    "## 5. Bottom line (kept separate)\n_The prompt_\nnot a heading",
]


def _hostile_plan(plan):
    """Every text field of the plan holds one of the hostile strings, within its limit."""
    items = [plan.loved_one, plan.meeting, plan.treatment, plan]
    for person in plan.participants:
        items += [person, person.letter]
    items += plan.objections + plan.tasks + plan.treatment.prescriptions
    for number, item in enumerate(items):
        for name, kind in limits.FIELD_KINDS.get(type(item), {}).items():
            if kind is Kind.ID:
                continue
            text = HOSTILE[(number + len(name)) % len(HOSTILE)]
            if kind is Kind.EMAIL:
                text = "ray@example.com\r\nBcc: everyone@example.com"
            setattr(item, name, text[: limits.TEXT_LIMITS[kind].chars])
    assert limits.check(plan) == []
    return plan


@pytest.fixture
def hostile(demo_plan):
    return _hostile_plan(demo_plan)


EXPECTED_HEADERS = {"to", "subject", "date", "message-id", "mime-version", "content-type",
                    "content-transfer-encoding", "x-unsent", "from"}  # fmt: skip


def test_no_header_reaches_an_eml_draft(hostile, tmp_path):
    written = export_invitations(hostile, tmp_path)
    drafts = [p for p in written if p.suffix == ".eml"]
    assert drafts
    for path in drafts:
        raw = path.read_bytes()
        message = email.message_from_bytes(raw, policy=policy.default)
        names = {key.lower() for key in message}
        assert names <= EXPECTED_HEADERS, names - EXPECTED_HEADERS
        assert "bcc" not in names
        assert message.get_all("To") is None or len(message.get_all("To")) == 1
        assert "\n" not in str(message["Subject"])
        assert b"X-Injected" not in raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]


def test_no_line_reaches_the_calendar(hostile, tmp_path):
    written = export_invitations(hostile, tmp_path)
    (ics,) = [p for p in written if p.suffix == ".ics"]
    calendar = Calendar.from_ical(ics.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert 1 <= len(events) <= 2  # the meeting and the rehearsal, nothing more
    for event in events:
        assert "ATTACH" not in event
        assert str(event.get("SUMMARY")) != "Injected"
    raw = ics.read_bytes()
    assert b"\r\nATTACH:" not in raw
    assert b"\r\nBEGIN:VEVENT\r\nSUMMARY:Injected" not in raw


def test_mailto_links_carry_no_extra_fields(hostile):
    for invitation in invitations(hostile):
        url = mailto_url(invitation)
        assert "\r" not in url
        assert "\n" not in url
        assert "&bcc=" not in url.lower()
        assert "&cc=" not in url.lower()


def _no_actions(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None:
                assert action.get_object().get("/S") == "/GoTo"  # the contents' own links
    for marker in (b"/JavaScript", b"/Launch", b"/URI", b"/EmbeddedFile"):
        assert marker not in pdf
    # No image was fetched and embedded (the packet draws none of its own).
    assert b"/Subtype /Image" not in pdf
    assert b"/Subtype/Image" not in pdf


def test_markup_prints_as_typed_and_fetches_nothing(hostile, catalogue):
    pdf = build_packet(hostile, catalogue, PacketOptions(paper="a4"))
    _no_actions(pdf)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "<font" in text
    assert "javascript:alert(1)" in text
    assert "&amp;" in text


def test_reading_copies_stay_in_their_folder(hostile, catalogue, tmp_path):
    folder = tmp_path / "copies"
    written = export_reading_copies(hostile, catalogue, folder, PacketOptions(paper="a4"))
    assert written
    for path in written:
        assert path.parent == folder
        assert path.name.isascii()
        _no_actions(path.read_bytes())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copies"]


def test_a_letter_kit_keeps_hostile_words_as_words(hostile):
    for person in hostile.participants:
        kit = export_kit(hostile, person)
        back = import_kit(hostile, kit)
        assert back.participant is person
        assert back.changed_parts == []


def test_file_names_from_names_stay_in_the_folder(hostile, tmp_path):
    for path in export_invitations(hostile, tmp_path):
        assert path.parent == tmp_path
        assert ".." not in Path(path.name).parts
