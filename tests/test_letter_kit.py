"""Letter kits: out to any text editor and back, whatever the editor did on the way."""

from __future__ import annotations

import copy
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interventionplanner.domain.letter_parts import (
    ALL_PARTS,
    BOTTOM_LINE_PART,
    LETTER_PARTS,
    part_for,
)
from interventionplanner.domain.plan import Letter, LetterStatus, Participant, Plan, Role
from interventionplanner.output.kit_import import read_bounded
from interventionplanner.output.letter_kit import (
    KIT_VERSION,
    LetterKitError,
    apply_import,
    decode_kit,
    export_kit,
    import_kit,
    kit_file_name,
    kit_heading,
    parse_kit,
    write_kit,
)

FIELDS = [part.field for part in ALL_PARTS]
NOT_IN_PLAN = "This letter kit belongs to someone who is not in this plan."


def letter_of(parsed) -> dict[str, str]:
    return {**parsed.letter_parts, "bottom_line": parsed.bottom_line}


def plain_sentence(message: str) -> bool:
    return bool(message) and "\n" not in message and message.endswith(".")


def one_person_plan(**letter: str) -> tuple[Plan, Participant]:
    person = Participant(name="Sam Rivera", roles=[Role.SPEAKER], letter=Letter(**letter))
    return Plan(participants=[person]), person


def replace_part(kit: str, field: str, new_text: str) -> str:
    """The kit with one part's words replaced, prompt kept, as a person would edit it."""
    part = part_for(field)
    start = kit.index(f"## {kit_heading(part)}\n")
    prompt_end = kit.index("_\n", start) + 2
    index = ALL_PARTS.index(part)
    end = (
        kit.index(f"## {kit_heading(ALL_PARTS[index + 1])}\n")
        if index + 1 < len(ALL_PARTS)
        else len(kit)
    )
    return kit[:prompt_end] + "\n" + new_text + "\n\n" + kit[end:]


# --- the parts ---------------------------------------------------------------------------


def test_the_parts_follow_the_letter_in_reading_order():
    letter = Letter(love_and_memory="a", what_i_have_seen="b", my_hope="c", the_ask="d")
    assert [getattr(letter, part.field) for part in LETTER_PARTS] == letter.parts()
    assert BOTTOM_LINE_PART.field == "bottom_line"
    assert [part.heading for part in ALL_PARTS] == [
        "Love and a memory",
        "What I have seen",
        "My hope",
        "The ask",
        "Bottom line",
    ]


@pytest.mark.parametrize("part", ALL_PARTS, ids=FIELDS)
def test_each_part_has_a_one_line_prompt_and_example_in_calm_words(part):
    for words in (part.prompt, part.example):
        assert words.strip() == words
        assert "\n" not in words
        assert words.endswith((".", "?", '".'))
        lowered = f" {words.lower()} "
        assert not re.search(r"\b(we|us|our)\b", lowered)  # "I", not "we"
        for label in ("addict", "junkie", "abuse", "clean", "dirty", "always", "never"):
            assert label not in lowered
    assert part.field in Letter.__dataclass_fields__
    assert part_for(part.field) is part


def test_part_for_an_unknown_field():
    with pytest.raises(KeyError):
        part_for("status")


# --- the kit's shape ---------------------------------------------------------------------


def test_the_kit_starts_with_its_marker_and_has_every_heading_and_prompt(demo_plan):
    person = demo_plan.participants[1]
    kit = export_kit(demo_plan, person)
    assert kit.splitlines()[0] == (
        f"<!-- intervention-planner letter-kit v{KIT_VERSION} participant={person.id} -->"
    )
    positions = [kit.index(f"\n## {kit_heading(part)}\n") for part in ALL_PARTS]
    assert positions == sorted(positions)
    assert [kit_heading(part) for part in ALL_PARTS] == [
        "1. Love and a memory",
        "2. What I have seen",
        "3. My hope",
        "4. The ask",
        "5. Bottom line (kept separate)",
    ]
    for part in ALL_PARTS:
        assert f"\n_{part.prompt}_\n" in kit
    assert kit.endswith("\n")
    assert not kit.endswith("\n\n")
    assert "\r" not in kit


def test_the_marker_says_nothing_about_the_family(demo_plan):
    person = demo_plan.participants[0]
    marker = export_kit(demo_plan, person).splitlines()[0]
    for private in (person.name, demo_plan.loved_one.name, demo_plan.loved_one.called):
        assert private not in marker


def test_the_header_explains_the_kit_kindly(demo_plan):
    kit = export_kit(demo_plan, demo_plan.participants[0])
    header = kit[: kit.index("\n## 1.")]
    assert "# Letter kit for Margaret Marsh" in header
    assert "plain text" in header
    assert "##" in header  # says which lines to keep
    assert "italics" in header
    for word in ("addict", "abuse", "Xanax", "alprazolam", demo_plan.loved_one.name):
        assert word not in header


def test_kit_file_name_is_plain_ascii():
    assert kit_file_name(Participant(name="José Núñez")) == "letter-kit-jose-nunez.md"
    assert kit_file_name(Participant(name="李小龙")) == "letter-kit-letter.md"


# --- round trips -------------------------------------------------------------------------


@pytest.mark.parametrize("index", range(6))
def test_every_demo_letter_round_trips(demo_plan, index):
    person = demo_plan.participants[index]
    parsed = parse_kit(export_kit(demo_plan, person))
    assert parsed.participant_id == person.id
    assert parsed.version == KIT_VERSION
    assert list(parsed.letter_parts) == [part.field for part in LETTER_PARTS]
    for field in FIELDS:
        assert letter_of(parsed)[field] == getattr(person.letter, field).strip()


@pytest.mark.parametrize("index", range(6))
def test_an_untouched_kit_changes_nothing(demo_plan, index):
    person = demo_plan.participants[index]
    before = copy.deepcopy(person.letter)
    kit_import = import_kit(demo_plan, export_kit(demo_plan, person))
    assert kit_import.participant is person
    assert kit_import.changed_parts == []
    assert not kit_import.has_changes
    assert kit_import.incoming == before
    apply_import(kit_import)
    assert person.letter == before


def test_an_edited_part_is_the_only_change_and_applies(demo_plan):
    person = demo_plan.participants[2]
    before = copy.deepcopy(person.letter)
    assert before.status == LetterStatus.REVIEWED
    edited = replace_part(
        export_kit(demo_plan, person), "my_hope", "I hope to fish with you again."
    )
    kit_import = import_kit(demo_plan, edited)
    assert kit_import.changed_parts == ["my_hope"]
    assert kit_import.changed_headings == ["3. My hope"]
    assert kit_import.emptied_parts == []
    assert kit_import.current == before
    assert kit_import.incoming.my_hope == "I hope to fish with you again."
    assert kit_import.incoming.status == LetterStatus.DRAFT
    assert person.letter == before  # nothing changes until the import is applied
    apply_import(kit_import)
    assert person.letter.my_hope == "I hope to fish with you again."
    assert person.letter.status == LetterStatus.DRAFT
    for field in FIELDS:
        if field != "my_hope":
            assert getattr(person.letter, field) == getattr(before, field)


def test_a_written_bottom_line_and_an_emptied_part(demo_plan):
    person = demo_plan.participants[2]  # Ray has no bottom line yet
    kit = export_kit(demo_plan, person)
    kit = replace_part(kit, "bottom_line", "If you say no, I will not lend you the boat.")
    kit = replace_part(kit, "what_i_have_seen", "")
    kit_import = import_kit(demo_plan, kit)
    assert kit_import.changed_parts == ["what_i_have_seen", "bottom_line"]
    assert kit_import.emptied_parts == ["what_i_have_seen"]
    apply_import(kit_import)
    assert person.letter.bottom_line == "If you say no, I will not lend you the boat."
    assert person.letter.what_i_have_seen == ""


def test_apply_refuses_when_the_letter_changed_meanwhile(demo_plan):
    person = demo_plan.participants[0]
    kit_import = import_kit(
        demo_plan, replace_part(export_kit(demo_plan, person), "the_ask", "Please go today.")
    )
    person.letter.my_hope = "typed in the window meanwhile"
    with pytest.raises(LetterKitError) as caught:
        apply_import(kit_import)
    assert plain_sentence(str(caught.value))
    assert person.letter.the_ask != "Please go today."
    assert person.letter.my_hope == "typed in the window meanwhile"


# --- what editors do to a kit --------------------------------------------------------------


def editor_variants(kit: str) -> dict[str, str | bytes]:
    lines = kit.split("\n")
    no_prompts = "\n".join(line for line in lines if not re.fullmatch(r"_.+_", line))
    edited_prompts = "\n".join(
        "*" + line[1:-1] + " (my note)*" if re.fullmatch(r"_.+_", line) else line for line in lines
    )
    headings = "\n".join(
        line.replace("## ", "### ").upper().replace("1. ", "1\\. ")
        if line.startswith("## ")
        else line
        for line in lines
    )
    header_gone = lines[0] + "\n" + kit[kit.index("## 1.") :]
    return {
        "crlf": kit.replace("\n", "\r\n"),
        "old mac cr": kit.replace("\n", "\r"),
        "bom text": "\ufeff" + kit,
        "bom bytes": b"\xef\xbb\xbf" + kit.encode("utf-8"),
        "crlf bom bytes": b"\xef\xbb\xbf" + kit.replace("\n", "\r\n").encode("utf-8"),
        "utf-16 from notepad": kit.replace("\n", "\r\n").encode("utf-16"),
        "trailing spaces": "\n".join(line + "  \t" for line in lines),
        "extra blank lines": kit.replace("\n\n", "\n\n\n\n"),
        "prompts deleted": no_prompts,
        "prompts edited": edited_prompts,
        "headings restyled": headings,
        "header edited": kit.replace("This file holds your letter.", "Hi Mum, here it is!"),
        "header removed": header_gone,
        "marker moved down": "\n".join(lines[1:]) + "\n" + lines[0] + "\n",
        "no final newline": kit.rstrip("\n"),
    }


@pytest.mark.parametrize("variant", list(editor_variants(export_kit(Plan(), Participant())).keys()))
def test_editor_changes_do_not_change_the_letter(demo_plan, variant):
    person = demo_plan.participants[1]
    before = copy.deepcopy(demo_plan)
    text = editor_variants(export_kit(demo_plan, person))[variant]
    parsed = parse_kit(text)
    for field in FIELDS:
        assert letter_of(parsed)[field] == getattr(person.letter, field).strip(), field
    assert import_kit(demo_plan, text).changed_parts == []
    assert demo_plan == before


def test_markdown_escapes_added_by_an_editor_are_undone():
    plan, person = one_person_plan(my_hope="Pancakes! 1. Dinner. (Soon) [maybe] #1 fan * yes")
    kit = export_kit(plan, person)
    escaped = kit.replace("Pancakes!", "Pancakes\\!").replace("1. Dinner", "1\\. Dinner")
    escaped = escaped.replace(
        "(Soon) [maybe] #1 fan * yes", "\\(Soon\\) \\[maybe\\] \\#1 fan \\* yes"
    )
    assert parse_kit(escaped).letter_parts["my_hope"] == person.letter.my_hope


def test_the_prompt_left_in_is_never_part_of_the_letter(demo_plan):
    person = demo_plan.participants[0]
    parsed = parse_kit(export_kit(demo_plan, person))
    for part in ALL_PARTS:
        assert part.prompt not in letter_of(parsed)[part.field]
    plan, blank = one_person_plan()
    assert letter_of(parse_kit(export_kit(plan, blank))) == dict.fromkeys(FIELDS, "")


def test_words_written_under_a_deleted_prompt_are_kept():
    plan, person = one_person_plan()
    kit = export_kit(plan, person)
    prompt_line = f"_{part_for('the_ask').prompt}_"
    kit = kit.replace(prompt_line, "Please, will you go today?")
    assert parse_kit(kit).letter_parts["the_ask"] == "Please, will you go today?"


# --- words that look like the kit's own structure ------------------------------------------

TRICKY = [
    "# Not a heading\n## 2. What I have seen\n   ### 3. My hope",
    "_Looks like a prompt_\n\nbut it is mine",
    "*also italic*",
    "**bold start** of a line",
    "<!-- intervention-planner letter-kit v1 participant=0123456789abcdef -->",
    "Paths like C:\\temp\\new and \\\\server\\share, and \\* \\_ \\# \\\\",
    "A backslash at the end \\",
    "\\# an escaped hash, twice: \\\\#",
    "- a list\n- of things\n\n1. numbered\n2. too",
    "> a quote\n\n---\n\n***\n\n```\ncode\n```",
    "`<b>not html</b>` & &amp; &lt;",
    "5. Bottom line (kept separate)",
]


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("field", FIELDS)
def test_words_that_look_like_structure_round_trip(text, field):
    plan, person = one_person_plan(**{field: text})
    parsed = parse_kit(export_kit(plan, person))
    assert letter_of(parsed) == {name: (text if name == field else "") for name in FIELDS}
    assert import_kit(plan, export_kit(plan, person)).changed_parts == []


SCRIPTS = [
    "Café, crème brûlée, naïve, Ångström, Łódź, İstanbul, Straße",
    "e\u0301le\u0300ve Zoe\u0308 n\u0303 (combining accents)",
    "أحبك يا أخي، نحن معك",
    "אנחנו אוהבים אותך",
    "\u200fmixed \u202eRTL override\u202c marks\u200e",
    "我们爱你。家人永远在这里",
    "お兄ちゃん、大好きだよ",
    "사랑해, 언니",
    "Мы тебя любим, Саша",
    "Σε αγαπάμε, Νίκο",
    "दीदी, हम तुमसे प्यार करते हैं",
    "ভালোবাসি · ਪਿਆਰ · அன்பு · ความรัก · ሰላም · ᐊᐃᓐᖓᐃ",
    "❤️ 👨‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🂡 𝕳𝖊𝖑𝖑𝖔 𐍈",
    "zero\u200bwidth\u200djoiner\u2060 and \u00a0no-break\u00a0spaces",
]


def test_every_script_round_trips_exactly(tmp_path):
    text = "\n\n".join(SCRIPTS)
    plan, person = one_person_plan(
        love_and_memory=text,
        what_i_have_seen="\n".join(reversed(SCRIPTS)),
        my_hope=SCRIPTS[2],
        the_ask=SCRIPTS[12],
        bottom_line=SCRIPTS[5],
    )
    path = tmp_path / "kit.md"
    write_kit(plan, person, path)
    parsed = parse_kit(decode_kit(read_bounded(path)))
    for field in FIELDS:
        assert letter_of(parsed)[field] == getattr(person.letter, field)
    assert import_kit(plan, path.read_bytes()).changed_parts == []


_TYPED = st.text(
    alphabet=st.one_of(
        st.sampled_from("#*_\\<!-> `[].()\n\n  \t1"),
        st.characters(exclude_categories=("Cs", "Cc")),
    ),
    max_size=60,
)


def _as_kept(text: str) -> str:
    """What a kit keeps of a part: no trailing spaces or tabs, one blank line at most."""
    lines = [line.rstrip(" \t") for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(_TYPED, min_size=5, max_size=5))
def test_any_typed_words_round_trip(parts):
    plan, person = one_person_plan(**dict(zip(FIELDS, parts, strict=True)))
    kit = export_kit(plan, person)
    parsed = parse_kit(kit)
    assert letter_of(parsed) == {f: _as_kept(t) for f, t in zip(FIELDS, parts, strict=True)}
    assert import_kit(plan, kit.replace("\n", "\r\n")).changed_parts == []


def test_control_characters_are_left_out_of_the_file():
    plan, person = one_person_plan(my_hope="nul\x00 and \x1f controls \x7f here")
    kit = export_kit(plan, person)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", kit)
    assert parse_kit(kit).letter_parts["my_hope"] == "nul and  controls  here"
    assert import_kit(plan, kit).changed_parts == []


def test_write_kit_writes_the_text_without_a_backup(tmp_path, demo_plan):
    person = demo_plan.participants[3]
    path = tmp_path / kit_file_name(person)
    path.write_text("old")
    write_kit(demo_plan, person, path)
    assert path.read_bytes() == export_kit(demo_plan, person).encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_write_kit_refuses_a_broken_character(tmp_path):
    plan, person = one_person_plan(my_hope="half a pair \ud83d")
    with pytest.raises(LetterKitError) as caught:
        write_kit(plan, person, tmp_path / "kit.md")
    assert plain_sentence(str(caught.value))
    assert not list(tmp_path.iterdir())


# --- kits that cannot be used ----------------------------------------------------------------


def _bad_kits(kit: str, person_id: str) -> dict[str, tuple[str | bytes, str]]:
    """name → (the kit, words its error must contain)."""
    without = lambda heading: kit.replace(f"## {heading}\n", "")  # noqa: E731
    hope, ask = "## 3. My hope\n", "## 4. The ask\n"
    marker = kit.splitlines()[0]
    return {
        "a heading removed": (without("3. My hope"), '"## 3. My hope" is missing'),
        "two headings removed": (
            without("1. Love and a memory").replace("## 5. Bottom line (kept separate)\n", ""),
            '"## 1. Love and a memory" and "## 5. Bottom line (kept separate)" are missing',
        ),
        "a heading renamed": (
            kit.replace("## 2. What I have seen", "## 2. What I saw"),
            '"## 2. What I have seen" is missing',
        ),
        "a heading repeated": (kit + "\n## 3. My hope\n\nmore\n", "more than once"),
        "parts out of order": (
            kit.replace(hope, "@@").replace(ask, hope).replace("@@", ask),
            "out of order",
        ),
        "empty text": ("", "empty"),
        "empty bytes": (b"", "empty"),
        "only blank lines": ("\n \r\n\t\n", "empty"),
        "only a bom": (b"\xef\xbb\xbf\r\n", "empty"),
        "binary bytes": (bytes(range(256)) * 4, "not plain text"),
        "an image": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "not plain text"),
        "nul characters": ("\x00" * 50, "not plain text"),
        "latin-1 bytes": ("Café ##".encode("latin-1"), "not plain text"),
        "a kit saved as ansi": (
            kit.replace("Danny", "Dänny").encode("cp1252", errors="replace"),
            "not saved as UTF-8",
        ),
        "a random markdown file": (
            "# Shopping\n\n## 1. Love and a memory\n\n- milk\n- eggs\n",
            "not a letter kit",
        ),
        "marker removed": ("\n".join(kit.splitlines()[1:]), "not a letter kit"),
        "a newer kit": (kit.replace(" v1 ", " v2 ", 1), "newer version"),
        "an unknown kit version": (kit.replace(" v1 ", " vX ", 1), "does not know"),
        "version zero": (kit.replace(" v1 ", " v0 ", 1), "does not know"),
        "the marker's person removed": (
            kit.replace(f" participant={person_id}", "", 1),
            "whose letter",
        ),
        "two kits in one file": (kit + "\n" + kit, "more than one letter kit"),
        "a kit for another plan": (
            kit.replace(person_id, "0" * 32, 1),
            NOT_IN_PLAN,
        ),
        "a kit with a different marker line": (
            marker.replace("participant=", "participant= ") + "\n" + kit[len(marker) :],
            "whose letter",
        ),
    }


_NAMES = list(_bad_kits(export_kit(Plan(), Participant(id="x")), "x"))


@pytest.mark.parametrize("name", _NAMES)
def test_a_kit_that_cannot_be_used_says_why_and_changes_nothing(demo_plan, name):
    person = demo_plan.participants[0]
    text, words = _bad_kits(export_kit(demo_plan, person), person.id)[name]
    before = copy.deepcopy(demo_plan)
    with pytest.raises(LetterKitError) as caught:
        import_kit(demo_plan, text)
    message = str(caught.value)
    assert words in message
    assert plain_sentence(message)
    assert person.name not in message  # messages never repeat the kit's words
    assert demo_plan == before


def test_another_plans_kit_has_the_exact_message(demo_plan):
    plan, stranger = one_person_plan(my_hope="hello")
    with pytest.raises(LetterKitError) as caught:
        import_kit(demo_plan, export_kit(plan, stranger))
    assert str(caught.value) == NOT_IN_PLAN


def test_a_random_markdown_file_is_not_a_kit():
    with pytest.raises(LetterKitError, match="not a letter kit from Intervention Planner"):
        parse_kit("# Notes\n\nSome *words* here.\n")


def test_odd_participant_ids_survive_the_marker():
    person = Participant(name="Odd", id="id with spaces --> and ünïcode")
    plan = Plan(participants=[person])
    assert import_kit(plan, export_kit(plan, person)).participant is person


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda tmp: tmp / "missing.md", "no such file"),
        (lambda tmp: tmp, "is a folder"),
    ],
    ids=["missing", "folder"],
)
def test_reading_a_returned_file_names_the_file(tmp_path, make, words):
    path = make(tmp_path)
    with pytest.raises(LetterKitError) as caught:
        read_bounded(path)
    assert words in str(caught.value)
    assert f'"{path.name}"' in str(caught.value)
    assert plain_sentence(str(caught.value))


def test_reading_a_returned_file_refuses_a_huge_one(tmp_path, monkeypatch):
    from interventionplanner.output import kit_import

    monkeypatch.setattr(kit_import, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "huge.md"
    path.write_bytes(b"a" * (3 * 1024 * 1024))
    with pytest.raises(LetterKitError, match="too large"):
        read_bounded(path)
