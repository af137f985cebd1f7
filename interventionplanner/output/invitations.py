"""Invitations: one e-mail per participant, and a calendar file for the meeting.

Each invitation is made from a template (`invitation_surprise.txt.j2` or
`invitation_invitational.txt.j2`, chosen by the meeting's style) whose first output line is
the subject, then a blank line, then the body. Invitations are exported as `.eml` drafts that
a mail app opens ready to send, beside one `meeting.ics` that calendars can import.

Calendar entries stay neutral ("Family meeting"): calendars sync to phones and show on lock
screens, so they never name the loved one or a substance.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from interventionplanner.domain.display import clock, length_in_words, long_date
from interventionplanner.domain.plan import (
    MeetingStyle,
    Participant,
    Plan,
    Role,
    local_time_zone,
)
from interventionplanner.domain.practice import Practice
from interventionplanner.i18n import N_, _, in_language
from interventionplanner.output.templates import TemplateProblem, render
from interventionplanner.storage.atomic import write_all_atomic

# Marked here, translated where used: each invitation is worded in its reader's language.
TO_BE_DECIDED = N_("to be decided")
LOVED_ONE_FALLBACK = N_("our loved one")
GREETING_FALLBACK = N_("friend")
REHEARSAL_MINUTES = 90
DEFAULT_MEETING_MINUTES = 60
CALENDAR_FILE = "meeting.ics"
PRODID = "-//Intervention Planner//EN"
UID_DOMAIN = "interventionplanner.invalid"
MEETING_SUMMARY = N_("Family meeting")
REHEARSAL_SUMMARY = N_("Family meeting — rehearsal")
MAILTO_CUT_NOTE = N_("(The full text is in the exported invitation.)")

TEMPLATES = {
    MeetingStyle.SURPRISE: "invitation_surprise.txt.j2",
    MeetingStyle.INVITATIONAL: "invitation_invitational.txt.j2",
}

# .eml files follow RFC 5322's CRLF line endings, which every mail app reads.
_EML_POLICY = default_policy.clone(linesep="\r\n")


@dataclass(frozen=True)
class Invitation:
    participant_id: str
    name: str
    email: str
    subject: str
    body: str
    language: str = "en"  # the reader's: a shortened mailto note is worded in it too


# --- the words -------------------------------------------------------------------------


def _when(moment: datetime | None) -> dict[str, Any]:
    if moment is None:
        return {
            "date_set": False,
            "date": _(TO_BE_DECIDED),
            "time": _(TO_BE_DECIDED),
            "when": _(TO_BE_DECIDED),
        }
    day, time = long_date(moment.date()), clock(moment)
    when = _("{date} at {time}").format(date=day, time=time)
    return {"date_set": True, "date": day, "time": time, "when": when}


def _joined(*pieces: str) -> str:
    return ", ".join(piece.strip() for piece in pieces if piece.strip())


def _meeting_minutes(plan: Plan) -> int:
    minutes = plan.meeting.length_minutes
    return minutes if minutes > 0 else DEFAULT_MEETING_MINUTES


def invitation_context(plan: Plan, participant: Participant) -> dict[str, Any]:
    """Everything an invitation template may use, as plain data, worded in the language in
    force (render_invitation sets the reader's).

    Nothing is ever missing: a date or place not chosen yet reads "to be decided", so a
    template never has to guess.
    """
    meeting = plan.meeting
    to_be_decided = _(TO_BE_DECIDED)
    chair = plan.chairperson
    reader = plan.participant(participant.read_by) if participant.read_by else None
    reads_for = [
        p.name.strip() or _("a family member")
        for p in plan.participants
        if p.read_by == participant.id and p.has_role(Role.ABSENT_WRITER) and p is not participant
    ]
    minutes = _meeting_minutes(plan)
    return {
        "name": participant.name.strip(),
        "greeting_name": participant.name.strip() or _(GREETING_FALLBACK),
        "relationship": participant.relationship.strip(),
        "email": participant.email.strip(),
        "loved_one": plan.loved_one.called.strip() or _(LOVED_ONE_FALLBACK),
        "style": str(meeting.style),
        "surprise": meeting.style == MeetingStyle.SURPRISE,
        "meeting": {
            **_when(meeting.starts_at),
            "length_minutes": minutes,
            "length": length_in_words(minutes),
            "place": meeting.place.strip() or to_be_decided,
            "address": meeting.address.strip(),
            "where": _joined(meeting.place, meeting.address) or to_be_decided,
        },
        "rehearsal": {
            **_when(meeting.rehearsal_at),
            "place": meeting.rehearsal_place.strip() or to_be_decided,
            "where": meeting.rehearsal_place.strip() or to_be_decided,
        },
        "chairperson": chair.name.strip() if chair else "",
        "is_chairperson": chair is participant,
        "roles": {role.value: participant.has_role(role) for role in Role},
        "writes_letter": participant.has_letter_to_read,
        "absent_writer": participant.has_role(Role.ABSENT_WRITER),
        "reader": reader.name.strip() if reader and reader is not participant else "",
        "reads_for": reads_for,
        "to_be_decided": to_be_decided,
    }


# --- invitations -----------------------------------------------------------------------


def render_invitation(
    plan: Plan, participant: Participant, user_dir: Path | None = None
) -> Invitation:
    """One participant's invitation, in their language; raises TemplateProblem if the
    template lets us down."""
    name = TEMPLATES.get(MeetingStyle(plan.meeting.style), TEMPLATES[MeetingStyle.INVITATIONAL])
    language = plan.language_for(participant)
    with in_language(language):
        text = render(name, invitation_context(plan, participant), user_dir)
        subject, body = _split(text, name, user_dir)
    return Invitation(
        participant_id=participant.id,
        name=participant.name.strip(),
        email=participant.email.strip(),
        subject=subject,
        body=body,
        language=language,
    )


def _split(text: str, name: str, user_dir: Path | None) -> tuple[str, str]:
    """The first non-blank line is the subject; the rest, from its first text, the body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\n").split("\n")
    subject = " ".join(lines[0].split())
    body = "\n".join(lines[1:]).strip("\n")
    if not subject or not body.strip():
        user_copy = user_dir is not None and (user_dir / name).is_file()
        if user_copy:
            message = _(
                'Your copy of the template "{name}" should give the subject on its first line, '
                "then a blank line, then the message."
            )
        else:
            message = _(
                'The template "{name}" should give the subject on its first line, then a blank '
                "line, then the message."
            )
        raise TemplateProblem(
            message.format(name=name),
            name=name,
            user_copy=user_copy,
        )
    return subject, body.rstrip() + "\n"


def invitations(plan: Plan, user_dir: Path | None = None) -> list[Invitation]:
    """Every participant's invitation, in the order they were added to the plan."""
    return [render_invitation(plan, p, user_dir) for p in plan.participants]


def to_eml(inv: Invitation, sender: str = "", practice: Practice | None = None) -> bytes:
    """The invitation as an unsent e-mail (.eml) that a mail app opens as a draft.

    An address the e-mail rules cannot carry is left out, so the draft still opens and
    the person can type the address in themselves. The To header is written by
    `to_header`, never folded by the e-mail library (see there why).
    """
    message = EmailMessage(policy=_EML_POLICY)
    if sender.strip():
        message["From"] = sender.strip()
    message["Subject"] = inv.subject
    message["X-Unsent"] = "1"
    message.set_content(_signed(inv.body, practice), subtype="plain", charset="utf-8")
    if practice is not None and practice.logo_png:  # the practice's logo, as a picture
        message.add_attachment(
            practice.logo_png, maintype="image", subtype="png", filename="logo.png"
        )
    body = message.as_bytes(policy=_EML_POLICY)
    if not sender.strip() and (sent_by := _practice_sender(practice)):
        body = f"From: {sent_by}\r\n".encode("ascii") + body  # written as To is (to_header)
    recipient = _address(inv.name, inv.email)
    if recipient is None:
        return body
    return f"To: {to_header(recipient)}\r\n".encode("ascii") + body


def _signed(body: str, practice: Practice | None) -> str:
    """The body with the practice's lines under it, as an e-mail signature ("-- ")."""
    if practice is None or not practice.lines():
        return body
    return body.rstrip("\n") + "\n\n-- \n" + "\n".join(practice.lines()) + "\n"


def _practice_sender(practice: Practice | None) -> str:
    if practice is None:
        return ""
    address = _address(practice.signed, practice.email)
    return to_header(address) if address is not None else ""


# A display name made only of these is written as it is.
_PLAIN_NAME = re.compile(r"[A-Za-z0-9]+(?:[ '-][A-Za-z0-9]+)*")
_PRINTABLE_ASCII = re.compile(r"[\x20-\x7e]*")
_MAX_HEADER_LINE = 78


def to_header(address: Address) -> str:
    """The value of a To header for `address`: pure ASCII, folded with CRLF.

    The standard library's folding is not used: it writes a long name with a comma and
    quotes (`Margaret "Peggy" Marsh-Worthington, grandmother of the family`) across lines
    in a form mail apps read as two recipients, and it decodes a name that is itself an
    encoded word (`=?utf-8?q?evil=40example=2Ecom?=`) and writes the result, which is then
    read as an address. Here:

    - a plain name (letters, digits, space, hyphen, apostrophe) is written as it is;
    - any other ASCII name is a quoted string (quotes and backslashes escaped), folded only
      at its own spaces, which unfolding gives back;
    - a name with other characters, or with "=?" in it, is one RFC 2047 encoded word
      (UTF-8, base64), which a reader decodes exactly once into the literal name. One word,
      not several, because readers differ on the space between adjacent encoded words.
    """
    spec = address.addr_spec
    name = address.display_name
    if not name:
        return spec
    if _PLAIN_NAME.fullmatch(name):
        phrase = name
    elif _PRINTABLE_ASCII.fullmatch(name) and "=?" not in name:
        phrase = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    else:
        phrase = "=?utf-8?b?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="
    return _fold([*phrase.split(" "), f"<{spec}>"], first=len("To: "))


def _fold(words: list[str], first: int) -> str:
    """`words` joined by spaces, a line break replacing a space wherever a line would pass
    78 characters (a single longer word stays whole: the limit that matters is 998)."""
    lines, line, width = [], "", first
    for word in words:
        if line and width + len(line) + 1 + len(word) > _MAX_HEADER_LINE:
            lines.append(line)
            line, width = word, 1
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\r\n ".join(lines)


def _address(name: str, email: str) -> Address | None:
    if not email or any(c in email for c in "\r\n"):
        return None
    local, _at, domain = email.rpartition("@")
    try:
        if not domain.isascii():  # an international domain travels as punycode
            email = f"{local}@{domain.encode('idna').decode('ascii')}"
        address = Address(display_name=" ".join(name.split()), addr_spec=email)
    except (ValueError, IndexError, TypeError, HeaderParseError):  # UnicodeError is a ValueError
        return None
    if not address.addr_spec.isascii() or address.addr_spec.count("@") != 1:
        return None  # an address this draft cannot carry: the person types it in
    return address


def mailto_url(inv: Invitation, max_body: int = 1500) -> str:
    """A mailto: link (RFC 6068) that opens the invitation in the default mail app.

    `max_body` caps the body's length once percent-encoded, because mail apps and
    operating systems refuse very long links. A longer body is cut at the end of a
    paragraph, and a last line says the full text is in the exported invitation.
    """
    address = _address(inv.name, inv.email)
    to = quote(address.addr_spec, safe="@") if address else ""
    with in_language(inv.language):
        body = _fit_body(inv.body.strip("\n"), max_body)
    return f"mailto:{to}?subject={_encode(inv.subject)}&body={_encode(body)}"


def _encode(text: str) -> str:
    # RFC 6068: line breaks are CRLF, every reserved character percent-encoded, and a
    # space is %20 (quote never uses "+").
    crlf = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return quote(crlf, safe="")


def _fit_body(body: str, max_body: int) -> str:
    if len(_encode(body)) <= max_body:
        return body
    paragraphs = body.split("\n\n")
    kept: list[str] = []
    cut_note = _(MAILTO_CUT_NOTE)
    for paragraph in paragraphs:
        trial = "\n\n".join([*kept, paragraph, cut_note])
        if len(_encode(trial)) > max_body:
            break
        kept.append(paragraph)
    if not kept:  # not even the first paragraph fits: keep its first words
        words: list[str] = []
        for word in paragraphs[0].split(" "):
            trial = " ".join([*words, word]) + " …\n\n" + cut_note
            if len(_encode(trial)) > max_body:
                break
            words.append(word)
        kept = [" ".join(words) + " …"] if words else []
    return "\n\n".join([*kept, cut_note])


# --- the calendar ----------------------------------------------------------------------


def meeting_zone(plan: Plan) -> ZoneInfo:
    """The meeting's time zone; the computer's own if the plan names none it knows."""
    for name in (plan.meeting.time_zone, local_time_zone(), "UTC"):
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return ZoneInfo("UTC")


def _calendar_events(plan: Plan) -> list[tuple[str, datetime, int, str, str]]:
    """(uid, start, minutes, summary, location) for each event that has a date; one file
    for everyone, so worded in the plan's language."""
    with in_language(plan.language):
        return _events_in_language(plan)


def _events_in_language(plan: Plan) -> list[tuple[str, datetime, int, str, str]]:
    meeting = plan.meeting

    events = [
        (
            meeting.calendar_uid,
            meeting.starts_at,
            _meeting_minutes(plan),
            _(MEETING_SUMMARY),
            _joined(meeting.place, meeting.address),
        ),
        (
            meeting.rehearsal_calendar_uid,
            meeting.rehearsal_at,
            REHEARSAL_MINUTES,
            _(REHEARSAL_SUMMARY),
            meeting.rehearsal_place.strip(),
        ),
    ]
    return [(uid, start, m, summary, where) for uid, start, m, summary, where in events if start]


def calendar_details(plan: Plan) -> str:
    """A fingerprint of what the calendar file says: when, how long, where, in which zone."""
    said = [
        [uid, start.isoformat(), minutes, where]
        for uid, start, minutes, _summary, where in _calendar_events(plan)
    ]
    text = json.dumps([plan.meeting.time_zone, said], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def calendar_sequence(plan: Plan) -> int:
    """The SEQUENCE the next export carries: one more than the last export's when the
    details have changed since, so calendars take the new file as an update."""
    meeting = plan.meeting
    changed = bool(meeting.calendar_details) and meeting.calendar_details != calendar_details(plan)
    return meeting.calendar_sequence + (1 if changed else 0)


def remember_calendar_export(plan: Plan) -> bool:
    """Record in the plan what an export just said; True if the plan changed (save it)."""
    meeting = plan.meeting
    sequence, details = calendar_sequence(plan), calendar_details(plan)
    if (meeting.calendar_sequence, meeting.calendar_details) == (sequence, details):
        return False
    meeting.calendar_sequence, meeting.calendar_details = sequence, details
    return True


def meeting_calendar(plan: Plan, *, stamp: datetime | None = None) -> bytes:
    """The meeting and the rehearsal as an iCalendar file; events without a date are left out.

    Plan times are wall-clock times in the meeting's time zone (`plan.meeting.time_zone`),
    so each DTSTART and DTEND carries that zone's TZID and the file its VTIMEZONE: every
    calendar shows 10:00 where the meeting is, whatever the exporting computer's clock.
    Each event keeps the UID the plan holds, so re-sending updates it instead of adding a
    second one, and SEQUENCE rises when the details change.
    """
    from icalendar import Calendar, Event  # ~0.2 s: only when a calendar is made

    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    zone = meeting_zone(plan)
    sequence = calendar_sequence(plan)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    for uid, starts, minutes, summary, location in _calendar_events(plan):
        start = starts.replace(tzinfo=zone)
        event = Event()
        event.add("uid", f"{uid}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=minutes))
        event.add("sequence", sequence)
        event.add("summary", summary)
        if location:
            event.add("location", location)
        calendar.add_component(event)
    if starts := [start for _uid, start, *_rest in _calendar_events(plan)]:
        # The zone's rules for a year either side of the events: enough, and short.
        calendar.add_missing_timezones(
            first_date=min(starts).date() - timedelta(days=366),
            last_date=max(starts).date() + timedelta(days=366),
        )
    return calendar.to_ical()


def _has_events(plan: Plan) -> bool:
    return plan.meeting.starts_at is not None or plan.meeting.rehearsal_at is not None


# --- export ----------------------------------------------------------------------------


def slug(name: str, fallback: str = "person", limit: int = 40) -> str:
    """A file-name-safe ASCII version of a name: "José Núñez" → "jose-nunez"."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return cleaned[:limit].rstrip("-") or fallback


def export_invitations(
    plan: Plan, folder: Path, user_dir: Path | None = None, practice: Practice | None = None
) -> list[Path]:
    """Write one .eml per participant and meeting.ics into `folder`; return the paths.

    Every invitation is made before anything is written, so a template problem leaves the
    folder as it was, and every file is on the disk before any is put in place, so a full
    disk does too. meeting.ics is written only when the meeting or the rehearsal has a
    date (a calendar file must hold at least one event). Raises TemplateProblem or OSError.
    """
    made = invitations(plan, user_dir)
    practice = practice if plan.show_practice and practice and not practice.is_empty else None
    width = max(2, len(str(len(made))))
    files = [
        (folder / f"invitation-{i:0{width}d}-{slug(inv.name)}.eml", to_eml(inv, practice=practice))
        for i, inv in enumerate(made, start=1)
    ]
    if _has_events(plan):
        files.append((folder / CALENDAR_FILE, meeting_calendar(plan)))
    folder.mkdir(parents=True, exist_ok=True)
    # All or nothing: every file is written and flushed before any is put in place, so a
    # full disk leaves the folder as it was instead of half a set of invitations.
    write_all_atomic(files)
    return [path for path, _ in files]
