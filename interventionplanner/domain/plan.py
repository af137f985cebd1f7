"""The plan: everything a family prepares for one intervention, as plain dataclasses.

Nothing here knows about files, Qt or PDFs. People are identified by stable ids, never by
name, because two people in one family may share a name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

DEFAULT_READING_RATE_WPM = 130
# The reading rates a plan accepts, the plan's and each speaker's: words a minute.
MIN_READING_RATE_WPM = 40
MAX_READING_RATE_WPM = 400
# The type sizes a reading copy may be printed in, in points (format 1.3).
MIN_READING_SIZE_PT = 14
MAX_READING_SIZE_PT = 22
# The ages a plan accepts for the loved one, in years (an intervention is for someone old
# enough to be asked; this also spares the window a "1 years").
MIN_AGE = 10
MAX_AGE = 120


def new_id() -> str:
    """A fresh, stable identifier for a person or item."""
    import uuid  # when first needed: it loads `platform`, which compiles nine expressions

    return uuid.uuid4().hex


def local_time_zone() -> str:
    """This computer's time zone as an IANA name ("Europe/Dublin"); "UTC" if unknown.

    A new plan's meeting takes it, and so does a plan saved before format 1.3 when it opens:
    a plan's times are wall-clock times in the meeting's zone, which is where the meeting is.
    """
    try:
        from tzlocal import get_localzone_name

        return get_localzone_name() or "UTC"
    except Exception:  # noqa: BLE001 - an odd system setting must never stop a plan opening
        return "UTC"


class MeetingStyle(StrEnum):
    SURPRISE = "surprise"
    INVITATIONAL = "invitational"


class RiskFlag(StrEnum):
    VIOLENCE = "violence"
    SELF_HARM = "self_harm"
    SERIOUS_MENTAL_ILLNESS = "serious_mental_illness"
    SEVERAL_SUBSTANCES = "several_substances"


class Role(StrEnum):
    CHAIRPERSON = "chairperson"
    LOGISTICS = "logistics"
    INTERVENTIONIST = "interventionist"
    SPEAKER = "speaker"
    ABSENT_WRITER = "absent_writer"  # writes a letter that someone else reads aloud


class Rsvp(StrEnum):
    INVITED = "invited"
    YES = "yes"
    NO = "no"
    MAYBE = "maybe"


class LetterStatus(StrEnum):
    DRAFT = "draft"
    REVIEWED = "reviewed"
    FINAL = "final"


@dataclass
class LovedOne:
    """The person the meeting is for."""

    name: str = ""
    preferred_name: str = ""
    pronouns: str = ""
    substances: list[str] = field(default_factory=list)  # ids from the substance catalogue
    other_substances: str = ""
    duration: str = ""  # in the family's words, e.g. "about three years"
    prescribed: bool = False
    risk_flags: list[RiskFlag] = field(default_factory=list)
    age: int | None = None  # years; None: not given (added in format 1.3)

    @property
    def called(self) -> str:
        """The name the letters use."""
        return self.preferred_name or self.name


@dataclass
class Meeting:
    """When and where the meeting (and its rehearsal) takes place."""

    style: MeetingStyle = MeetingStyle.INVITATIONAL
    starts_at: datetime | None = None
    length_minutes: int = 60
    place: str = ""
    address: str = ""
    arrival: str = ""  # how the loved one will get there
    rehearsal_at: datetime | None = None
    rehearsal_place: str = ""
    # Added in format 1.3. The meeting's time zone (an IANA name): every time in the plan is
    # a wall-clock time there, whatever the clock of the computer that prints or exports it.
    time_zone: str = field(default_factory=local_time_zone)
    # When the team gathers before the meeting, in minutes before it starts (0: not set),
    # and where, if not at the meeting's place.
    gather_minutes_before: int = 0
    gather_place: str = ""
    # The calendar file: its events keep their UIDs from export to export, so a calendar
    # updates the event instead of adding a second one; SEQUENCE rises when the details
    # change (`calendar_details` is what the last export said, as a fingerprint). The UIDs
    # name the events, not the plan's content, so two plans that say the same compare equal.
    calendar_uid: str = field(default_factory=new_id, compare=False)
    rehearsal_calendar_uid: str = field(default_factory=new_id, compare=False)
    calendar_sequence: int = 0
    calendar_details: str = ""


# The parts of a letter a review note may be about: the four read aloud, and the bottom line.
NOTE_PARTS = ("love_and_memory", "what_i_have_seen", "my_hope", "the_ask", "bottom_line")


@dataclass
class ReviewNote:
    """A reviewer's note on a few words of a letter ("more specific here?"). Added in 1.4.

    The note points at its words twice: by `start`/`end` (character offsets in the part, as
    they were when the note was written) and by `anchor` (the words themselves), so it finds
    them again after the letter is edited (domain/review_notes.py). Notes are for the
    writer and the family: they travel with the plan and the letter kits, never onto paper.
    """

    part: str = "love_and_memory"  # one of NOTE_PARTS
    start: int = 0
    end: int = 0
    anchor: str = ""
    text: str = ""
    author: str = ""
    created: datetime | None = None
    resolved: bool = False
    id: str = field(default_factory=new_id)


@dataclass
class SettledNote:
    """A coach's note the writer said was fine where it is ("Leave this as it is").

    Keyed by the sentence's words (normalised by domain/settling.py) and the coach's
    category, never by offsets: the note stays settled while the sentence says the same,
    wherever it moves, and comes back when the sentence is edited. Added in 1.5.
    """

    sentence: str = ""
    category: str = ""


@dataclass
class Letter:
    """The letter a participant reads aloud, in its four parts, in reading order."""

    love_and_memory: str = ""
    what_i_have_seen: str = ""
    my_hope: str = ""
    the_ask: str = ""
    bottom_line: str = ""  # read only if help is refused; never in anyone else's copy
    status: LetterStatus = LetterStatus.DRAFT
    # Who reviewed it and when: set as its status becomes reviewed (or final) and cleared
    # when it is a draft again; and the reviewer's notes on it. (Added in format 1.4.)
    reviewed_by: str = ""
    reviewed_at: datetime | None = None
    notes: list[ReviewNote] = field(default_factory=list)
    # The coach's notes the writer left as they are (added in format 1.5).
    settled: list[SettledNote] = field(default_factory=list)

    def parts(self) -> list[str]:
        return [self.love_and_memory, self.what_i_have_seen, self.my_hope, self.the_ask]

    def text(self) -> str:
        """The letter as it is read aloud (the bottom line is separate)."""
        return "\n\n".join(part.strip() for part in self.parts() if part.strip())

    @property
    def is_started(self) -> bool:
        return any(part.strip() for part in self.parts())


@dataclass
class Participant:
    """Someone on the team: how to reach them, their roles, their letter."""

    name: str = ""
    relationship: str = ""
    email: str = ""
    phone: str = ""
    roles: list[Role] = field(default_factory=list)
    rsvp: Rsvp = Rsvp.INVITED
    read_by: str | None = None  # id of who reads an absent writer's letter
    letter: Letter = field(default_factory=Letter)
    id: str = field(default_factory=new_id)
    # Their own pace reading aloud, measured in rehearsal; None reads at the plan's rate.
    # (Added in format 1.2.)
    reading_rate_wpm: int | None = None
    # The type size of their reading copy, in points (14–22); None prints the default.
    # (Added in format 1.3.)
    reading_size_pt: int | None = None
    # The language of their invitation, letter kit and reading copy ("en", "es"); "" uses
    # the plan's `language`. (Added in format 1.4.)
    language: str = ""

    def has_role(self, role: Role) -> bool:
        return role in self.roles

    @property
    def has_letter_to_read(self) -> bool:
        """Speakers read their own letter; absent writers have theirs read for them."""
        return self.has_role(Role.SPEAKER) or self.has_role(Role.ABSENT_WRITER)


@dataclass
class Prescription:
    """A medicine the loved one takes on prescription."""

    drug: str = ""
    dose: str = ""
    prescriber: str = ""


@dataclass
class Treatment:
    """Where the loved one goes if they say yes, and what is arranged."""

    facility: str = ""
    address: str = ""
    phone: str = ""
    admission_at: datetime | None = None
    bed_confirmed: bool = False
    payment_settled: bool = False
    pre_intake_done: bool = False
    supervised_withdrawal_arranged: bool = False
    bag_packed: bool = False
    driver_id: str | None = None
    travel_notes: str = ""
    prescriptions: list[Prescription] = field(default_factory=list)

    @property
    def is_arranged(self) -> bool:
        return bool(self.facility.strip())


@dataclass
class Objection:
    """Something the loved one may say, and the answer prepared for it."""

    objection: str = ""
    answer: str = ""
    needs_work: bool = False  # marked in role-play rehearsal (added in format 1.2)
    responder_id: str | None = None  # who answers it on the day (added in format 1.3)


@dataclass
class Task:
    """One item on the checklist before the day, and who does it."""

    item: str = ""
    owner_id: str | None = None
    due: date | None = None
    done: bool = False


@dataclass
class Plan:
    """Everything a family prepares for one intervention."""

    loved_one: LovedOne = field(default_factory=LovedOne)
    meeting: Meeting = field(default_factory=Meeting)
    participants: list[Participant] = field(default_factory=list)
    speaker_order: list[str] = field(default_factory=list)  # participant ids
    closer_id: str | None = None
    treatment: Treatment = field(default_factory=Treatment)
    objections: list[Objection] = field(default_factory=list)
    if_yes: str = ""
    if_no: str = ""
    opening_words: str = ""
    closing_words: str = ""
    tasks: list[Task] = field(default_factory=list)
    reading_rate_wpm: int = DEFAULT_READING_RATE_WPM
    # Who sits where: participant ids clockwise around the room, starting on the loved
    # one's left. (Added in format 1.1.)
    seating: list[str] = field(default_factory=list)
    # What-ifs from published planning guidance (added in format 1.3): if the loved one walks
    # out, who follows and what they say; if they arrive under the influence.
    walk_out_follower_id: str | None = None
    if_walks_out: str = ""
    if_impaired: str = ""
    # The language of the packet and of every paper whose reader has none of their own
    # ("en", "es"). (Added in format 1.4.)
    language: str = "en"
    # The interventionist's own notes on this family, never in a copy made for the family
    # ("Save a copy for the family"); and whether the packet and the invitations show the
    # practice profile of whoever prints them, and the reading copies too. (Added in 1.4.)
    private_notes: str = ""
    show_practice: bool = False
    practice_on_reading_copies: bool = False

    def participant(self, participant_id: str | None) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    def language_for(self, person: Participant | None) -> str:
        """The language `person`'s own papers are written in: theirs, else the plan's."""
        if person is not None and person.language:
            return person.language
        return self.language

    def rate_for(self, reader: Participant | None) -> int:
        """Words a minute at which `reader` reads aloud: their own pace, else the plan's."""
        if reader is not None and reader.reading_rate_wpm is not None:
            return reader.reading_rate_wpm
        return self.reading_rate_wpm

    def with_role(self, role: Role) -> list[Participant]:
        return [p for p in self.participants if p.has_role(role)]

    def remove_participant(self, participant_id: str) -> None:
        """Take someone off the team, and out of every place that points at them."""
        self.participants = [p for p in self.participants if p.id != participant_id]
        self.speaker_order = [pid for pid in self.speaker_order if pid != participant_id]
        self.seating = [pid for pid in self.seating if pid != participant_id]
        if self.closer_id == participant_id:
            self.closer_id = None
        if self.treatment.driver_id == participant_id:
            self.treatment.driver_id = None
        if self.walk_out_follower_id == participant_id:
            self.walk_out_follower_id = None
        for objection in self.objections:
            if objection.responder_id == participant_id:
                objection.responder_id = None
        for person in self.participants:
            if person.read_by == participant_id:
                person.read_by = None
        for task in self.tasks:
            if task.owner_id == participant_id:
                task.owner_id = None

    @property
    def chairperson(self) -> Participant | None:
        return next(iter(self.with_role(Role.CHAIRPERSON)), None)

    def speaking_order(self) -> list[Participant]:
        """Everyone with a letter, in the family's chosen order, the closer last.

        Letters not yet placed in the order follow the placed ones, in the order the
        participants were added, so nobody is silently left out of the meeting.
        """
        readers = [p for p in self.participants if p.has_letter_to_read]
        rank = {pid: i for i, pid in enumerate(self.speaker_order)}
        ordered = sorted(readers, key=lambda p: rank.get(p.id, len(rank)))
        closer = self.participant(self.closer_id)
        if closer in ordered:
            ordered.remove(closer)
            ordered.append(closer)
        return ordered
