"""Hypothesis strategies that build random, valid plans.

"Valid" means: what the app itself could produce. Text may be anything a family might type
in any script (but never a lone surrogate, which no keyboard makes and Hypothesis leaves
out by default); every link between people points at someone who is in the team.

Participant ids have exactly the shape of `new_id()` (a version-4 UUID as 32 hex digits),
but are drawn by Hypothesis rather than by calling `new_id()`, so that a failing example
can be replayed and shrunk.
"""

from __future__ import annotations

from hypothesis import strategies as st

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

participant_ids = st.uuids(version=4).map(lambda u: u.hex)
datetimes = st.none() | st.datetimes()  # naive, from year 1 to year 9999
dates = st.none() | st.dates()


def letters() -> st.SearchStrategy[Letter]:
    return st.builds(
        Letter,
        love_and_memory=letter_text,
        what_i_have_seen=letter_text,
        my_hope=letter_text,
        the_ask=letter_text,
        bottom_line=letter_text,
        status=st.sampled_from(LetterStatus),
    )


def loved_ones() -> st.SearchStrategy[LovedOne]:
    return st.builds(
        LovedOne,
        name=text,
        preferred_name=text,
        pronouns=text,
        substances=st.lists(text, max_size=4),
        other_substances=text,
        duration=text,
        prescribed=st.booleans(),
        risk_flags=st.lists(st.sampled_from(RiskFlag), max_size=len(RiskFlag)),
    )


def meetings() -> st.SearchStrategy[Meeting]:
    return st.builds(
        Meeting,
        style=st.sampled_from(MeetingStyle),
        starts_at=datetimes,
        length_minutes=st.integers(min_value=0, max_value=24 * 60),
        place=text,
        address=text,
        arrival=text,
        rehearsal_at=datetimes,
        rehearsal_place=text,
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
                name=text,
                relationship=text,
                email=text,
                phone=text,
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
            facility=text,
            address=text,
            phone=text,
            admission_at=datetimes,
            bed_confirmed=st.booleans(),
            payment_settled=st.booleans(),
            pre_intake_done=st.booleans(),
            supervised_withdrawal_arranged=st.booleans(),
            bag_packed=st.booleans(),
            driver_id=someone_or_nobody,
            travel_notes=text,
            prescriptions=st.lists(
                st.builds(Prescription, drug=text, dose=text, prescriber=text), max_size=3
            ),
        )
    )
    tasks = draw(
        st.lists(
            st.builds(Task, item=text, owner_id=someone_or_nobody, due=dates, done=st.booleans()),
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
        objections=draw(st.lists(st.builds(Objection, objection=text, answer=text), max_size=4)),
        if_yes=draw(text),
        if_no=draw(text),
        opening_words=draw(letter_text),
        closing_words=draw(letter_text),
        tasks=tasks,
        reading_rate_wpm=draw(st.integers(min_value=40, max_value=400)),
    )
