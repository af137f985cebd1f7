"""Hypothesis strategies that build random, valid plans.

"Valid" means: what the app itself could produce. Text may be anything a family might type
in any script (but never a lone surrogate, which no keyboard makes and Hypothesis leaves
out by default); every link between people points at someone who is in the team.

Participant ids have exactly the shape of `new_id()` (a version-4 UUID as 32 hex digits),
but are drawn by Hypothesis rather than by calling `new_id()`, so that a failing example
can be replayed and shrunk.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import strategies as st

from interventionplanner.domain import limits
from interventionplanner.domain.limits import Kind
from interventionplanner.domain.plan import (
    Letter,
    LetterStatus,
    LovedOne,
    Meeting,
    MeetingStyle,
    Objection,
    Participant,
    Plan,
    Prescription,
    RiskFlag,
    Role,
    Rsvp,
    Task,
    Treatment,
)
from interventionplanner.domain.speaking import count_words

# Words a family might really write, in scripts and shapes that trip up naive code.
SAMPLES = [
    "",
    " ",
    "أحبك يا أخي، نحن معك",  # Arabic, right to left
    "אנחנו אוהבים אותך",  # Hebrew, right to left
    "我们爱你。家人永远在这里",  # Chinese
    "お兄ちゃん、大好きだよ",  # Japanese
    "사랑해, 언니",  # Korean
    "❤️ 👨‍👩‍👧‍👦 🏳️‍🌈 👍🏽",  # emoji, ZWJ sequences, skin tones
    "e\u0301le\u0300ve Zoe\u0308 n\u0303",  # combining accents
    "Z\u0351\u0344\u0361a\u0357l\u035bg\u0350o",  # stacked combining marks
    "Мы тебя любим, Саша",  # Cyrillic
    "Σε αγαπάμε, Νίκο",  # Greek
    "दीदी, हम तुमसे प्यार करते हैं",  # Devanagari
    "line one\nline two\n\nline four",
    "\ttabbed\tand\ttrailing\t",
    "windows\r\nline ends\r",
    "\u200fmixed \u202eRTL override\u202c marks\u200e",
    "\ufeffstarts with a byte order mark",
    "zero\u200bwidth\u200djoiner\u2060",
    "\x00nul and \x1f controls \x7f",
    "line\u2028separator\u2029paragraph",
    '"quotes" \\backslashes\\ {braces} [brackets] </script>',
    "𝕳𝖊𝖑𝖑𝖔 𐍈 astral 🂡",
    "NaN",
    "Infinity",
    "null",
]

_short_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(SAMPLES),
    st.lists(st.one_of(st.sampled_from(SAMPLES), st.text(max_size=8)), max_size=5).map("".join),
)

# Letters can be long. Hypothesis cannot draw 10,000 random characters cheaply, so a long
# letter is a random piece of text repeated up to that length.
_long_text = st.builds(
    lambda piece, length: (piece * (length // len(piece) + 1))[:length],
    st.one_of(st.sampled_from([s for s in SAMPLES if s]), st.text(min_size=1, max_size=40)),
    st.integers(min_value=1, max_value=10_000),
)

text = st.one_of(_short_text, _short_text, _long_text)
letter_text = st.one_of(_short_text, _long_text)


def _fit(value: str, kind: Kind, words: int | None = None) -> str:
    """`value` cut to what a field of `kind` may hold (domain/limits.py): the app's window
    stops typing there, so no plan it makes is larger."""
    limit = limits.TEXT_LIMITS[kind]
    value = value[: limit.chars]
    most = min(w for w in (limit.words, words) if w is not None) if (limit.words or words) else None
    while most is not None and value and count_words(value) > most:
        value = value[: len(value) // 2]
    return value


def text_for(kind: Kind, words: int | None = None) -> st.SearchStrategy[str]:
    return text.map(lambda value: _fit(value, kind, words))


# Four parts of a letter together stay within a letter's words.
letter_part = letter_text.map(lambda value: _fit(value, Kind.LETTER_PART, limits.LETTER_WORDS // 4))

participant_ids = st.uuids(version=4).map(lambda u: u.hex)
# Naive, in the years a plan may hold.
_moments = st.datetimes(
    min_value=datetime(limits.MIN_YEAR, 1, 1), max_value=datetime(limits.MAX_YEAR, 12, 31)
)
datetimes = st.none() | _moments
dates = st.none() | _moments.map(datetime.date)


def letters() -> st.SearchStrategy[Letter]:
    return st.builds(
        Letter,
        love_and_memory=letter_part,
        what_i_have_seen=letter_part,
        my_hope=letter_part,
        the_ask=letter_part,
        bottom_line=letter_text.map(lambda value: _fit(value, Kind.ANSWER)),
        status=st.sampled_from(LetterStatus),
    )


def loved_ones() -> st.SearchStrategy[LovedOne]:
    return st.builds(
        LovedOne,
        name=text_for(Kind.NAME),
        preferred_name=text_for(Kind.NAME),
        pronouns=text_for(Kind.SHORT),
        substances=st.lists(text_for(Kind.ID), max_size=4),
        other_substances=text_for(Kind.NOTE),
        duration=text_for(Kind.SHORT),
        prescribed=st.booleans(),
        risk_flags=st.lists(st.sampled_from(RiskFlag), max_size=len(RiskFlag)),
    )


def meetings() -> st.SearchStrategy[Meeting]:
    return st.builds(
        Meeting,
        style=st.sampled_from(MeetingStyle),
        starts_at=datetimes,
        length_minutes=st.integers(min_value=0, max_value=24 * 60),
        place=text_for(Kind.PLACE),
        address=text_for(Kind.ADDRESS),
        arrival=text_for(Kind.NOTE),
        rehearsal_at=datetimes,
        rehearsal_place=text_for(Kind.PLACE),
    )


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    """A random plan whose every reference points at a participant in it (or at nobody)."""
    ids = draw(st.lists(participant_ids, max_size=6, unique=True))
    someone = st.sampled_from(ids) if ids else st.nothing()
    someone_or_nobody = st.none() | someone

    participants = [
        draw(
            st.builds(
                Participant,
                name=text_for(Kind.NAME),
                relationship=text_for(Kind.RELATIONSHIP),
                email=text_for(Kind.EMAIL),
                phone=text_for(Kind.PHONE),
                roles=st.lists(st.sampled_from(Role), max_size=len(Role)),
                rsvp=st.sampled_from(Rsvp),
                read_by=someone_or_nobody,
                letter=letters(),
                id=st.just(pid),
            )
        )
        for pid in ids
    ]
    treatment = draw(
        st.builds(
            Treatment,
            facility=text_for(Kind.NAME),
            address=text_for(Kind.ADDRESS),
            phone=text_for(Kind.PHONE),
            admission_at=datetimes,
            bed_confirmed=st.booleans(),
            payment_settled=st.booleans(),
            pre_intake_done=st.booleans(),
            supervised_withdrawal_arranged=st.booleans(),
            bag_packed=st.booleans(),
            driver_id=someone_or_nobody,
            travel_notes=text_for(Kind.NOTE),
            prescriptions=st.lists(
                st.builds(
                    Prescription,
                    drug=text_for(Kind.NAME),
                    dose=text_for(Kind.SHORT),
                    prescriber=text_for(Kind.NAME),
                ),
                max_size=3,
            ),
        )
    )
    tasks = draw(
        st.lists(
            st.builds(
                Task,
                item=text_for(Kind.LINE),
                owner_id=someone_or_nobody,
                due=dates,
                done=st.booleans(),
            ),
            max_size=5,
        )
    )
    return Plan(
        loved_one=draw(loved_ones()),
        meeting=draw(meetings()),
        participants=participants,
        speaker_order=draw(st.lists(someone, unique=True)),
        closer_id=draw(someone_or_nobody),
        treatment=treatment,
        objections=draw(
            st.lists(
                st.builds(Objection, objection=text_for(Kind.LINE), answer=text_for(Kind.ANSWER)),
                max_size=4,
            )
        ),
        if_yes=draw(text_for(Kind.ANSWER)),
        if_no=draw(text_for(Kind.ANSWER)),
        opening_words=draw(letter_text.map(lambda value: _fit(value, Kind.SPEECH))),
        closing_words=draw(letter_text.map(lambda value: _fit(value, Kind.SPEECH))),
        tasks=tasks,
        reading_rate_wpm=draw(st.integers(min_value=40, max_value=400)),
    )
