"""Damaged, foreign and hostile files: each is refused with one plain sentence.

For every file in the corpus, opening it must raise PlanFileError (never anything else),
say which file in one line of plain words, never repeat the file's content (which may be
someone's private letter), and leave the file exactly as it was.
"""

from __future__ import annotations

import functools
import json
import os
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from interventionplanner.domain.plan import (
    Letter,
    LovedOne,
    Meeting,
    Participant,
    Plan,
    Role,
    Task,
    Treatment,
)
from interventionplanner.storage import PlanFileError, load_plan, save_plan
from interventionplanner.storage.migrations import CURRENT_VERSION
from interventionplanner.storage.strictjson import MAX_BYTES

VERSION = "{}.{}".format(*CURRENT_VERSION)

MARKER = "ZZSECRETZZ"  # planted in the file's text; must never reach a message
FILE_NAME = "Plan für Mama.ivplan"
ANN_ID, BOB_ID = "a1" * 16, "b2" * 16  # fixed, so every call builds the same plan
STRANGER = "0" * 32  # an id of the right shape that belongs to nobody

# Wording that means a programmer's error leaked through instead of a plain sentence.
NOT_PLAIN = [
    "Traceback",
    "{",
    "}",
    "Expecting",
    "JSONDecodeError",
    "UnicodeDecodeError",
    "ValueError",
    "Errno",
    "Input should be",
    "validation error",
    "pydantic",
    "type=",
    "\\u",
    "b'",
    "0x",
]


# --- a valid plan to damage -------------------------------------------------------------


def _plan() -> Plan:
    ann = Participant(
        name=f"Ann {MARKER}",
        relationship=f"sister {MARKER}",
        email=f"{MARKER}@example.org",
        roles=[Role.CHAIRPERSON, Role.SPEAKER],
        letter=Letter(love_and_memory=f"Je me souviens de l'été {MARKER} ❤️"),
        id=ANN_ID,
    )
    bob = Participant(name="Bob", roles=[Role.ABSENT_WRITER], read_by=ann.id, id=BOB_ID)
    return Plan(
        loved_one=LovedOne(name=f"Sasha {MARKER}", prescribed=True),
        meeting=Meeting(starts_at=datetime(2027, 1, 16, 10, 0), place=MARKER),
        participants=[ann, bob],
        speaker_order=[ann.id, bob.id],
        closer_id=ann.id,
        treatment=Treatment(facility=f"Riverside {MARKER}", driver_id=ann.id),
        tasks=[Task(item=f"Book the room {MARKER}", owner_id=ann.id)],
        if_yes=MARKER,
    )


@functools.cache
def _saved() -> bytes:
    """The bytes save_plan writes for the plan above."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.ivplan"
        save_plan(_plan(), path)
        return path.read_bytes()


def _content() -> dict:
    return json.loads(_saved())


def _dump(content: object) -> bytes:
    return json.dumps(content, ensure_ascii=False, indent=2).encode()


def _edited(edit: Callable[[dict], None]) -> Callable[[], bytes]:
    """A valid saved plan, changed by `edit` (which changes the parsed JSON in place)."""

    def make() -> bytes:
        content = _content()
        edit(content)
        return _dump(content)

    return make


def _swapped(old: str, new: str) -> Callable[[], bytes]:
    """A valid saved plan with the first `old` in its text replaced by `new`."""

    def make() -> bytes:
        text = _saved().decode()
        assert old in text, f"test set-up: {old!r} is not in the saved plan"
        return text.replace(old, new, 1).encode()

    return make


def _set(where: str, value: object) -> Callable[[], bytes]:
    """A valid saved plan with the field at dotted path `where` (under "plan") set."""

    def edit(content: dict) -> None:
        *parents, last = where.split(".")
        node = content["plan"]
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value

    return _edited(edit)


def _cut(at: Callable[[int], int]) -> Callable[[], bytes]:
    return lambda: _saved()[: at(len(_saved()))]


def _const(raw: bytes) -> Callable[[], bytes]:
    return lambda: raw


def _random_binary() -> bytes:
    noise = bytearray(random.Random(20270116).randbytes(2048))
    noise[100:100] = b"\x00" + MARKER.encode()
    return bytes(noise)


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89" + MARKER.encode()
)


# --- the corpus -------------------------------------------------------------------------


@dataclass(frozen=True)
class Bad:
    make: Callable[[], bytes] | None = None  # the file's bytes; None for the special kinds
    kind: str = "file"  # "file", "folder", "missing", "huge", "sparse"
    where: str | None = None  # the field a Problem should point at
    says: tuple[str, ...] = ()  # words the message must contain


def case(id: str, *args, **kwargs):
    return pytest.param(Bad(*args, **kwargs), id=id)


def _flip_first(raw: bytes, word: bytes, mask: int) -> bytes:
    """`raw` with the bits in `mask` flipped in the first byte of `word`'s first occurrence."""
    at = raw.index(word)
    return raw[:at] + bytes([raw[at] ^ mask]) + raw[at + 1 :]


CORPUS = [
    # nothing there
    case("empty-0-bytes", _const(b""), says=("empty",)),
    case("whitespace-only", _const(b" \n\t\r\n  "), says=("empty",)),
    case("one-byte-open-brace", _const(b"{"), says=("ends too early",)),
    # cut off while saving
    case("truncated-in-half", _cut(lambda n: n // 2)),
    case("truncated-after-1-byte", _cut(lambda n: 1), says=("ends too early",)),
    case("truncated-after-7-bytes", _cut(lambda n: 7)),
    case("truncated-at-a-quarter", _cut(lambda n: n // 4)),
    case("truncated-at-three-quarters", _cut(lambda n: 3 * n // 4)),
    case("truncated-before-last-brace", _cut(lambda n: n - 2), says=("ends too early",)),
    # not text at all
    case("binary-random-with-nul", _random_binary, says=("not a plan file",)),
    case("binary-png", _const(PNG), says=("not a plan file",)),
    case("binary-png-signature-only", _const(PNG[:8]), says=("not a plan file",)),
    case(
        "not-utf8-latin1",
        lambda: _saved().decode().encode("latin-1", errors="replace"),
        says=("saved as Windows-1252 (cp1252) text, not UTF-8", "byte ", "line "),
    ),
    case(
        "saved-as-cp1252",
        lambda: _saved().decode().encode("cp1252", errors="replace"),
        says=("saved as Windows-1252 (cp1252) text, not UTF-8",),
    ),
    case("saved-as-utf16", lambda: _saved().decode().encode("utf-16"), says=("UTF-16",)),
    case(
        "saved-as-utf16-le-no-bom", lambda: _saved().decode().encode("utf-16-le"), says=("UTF-16",)
    ),
    case(
        "one-flipped-bit-in-a-name",
        lambda: _flip_first(_saved(), b"Sasha", 0x80),
        says=("damaged at byte ", "not valid UTF-8"),
    ),
    case(
        "one-flipped-bit-makes-a-zero-byte",
        lambda: _flip_first(_saved(), b"Sasha", 0x53),
        says=("damaged at byte ", "zero byte"),
    ),
    # JSON the standard reader would wrongly accept
    case(
        "duplicate-key-top-level",
        _swapped(f'"version": "{VERSION}",', f'"version": "{VERSION}",\n  "version": "{VERSION}",'),
        says=("twice",),
    ),
    case(
        "duplicate-key-in-participant",
        _swapped('"email": ', '"email": "x@example.org",\n  "email": '),
        says=("twice",),
    ),
    case("nan-number", _swapped('"reading_rate_wpm": 130', '"reading_rate_wpm": NaN')),
    case("infinity-number", _swapped('"length_minutes": 60', '"length_minutes": Infinity')),
    case(
        "minus-infinity-number",
        _swapped('"length_minutes": 60', '"length_minutes": -Infinity'),
    ),
    # BUG (fails today): json.loads raises a bare ValueError ("Exceeds the limit (4300
    # digits) for integer string conversion") that strictjson.loads_strict does not catch.
    case(
        "huge-integer-5000-digits",
        _swapped('"reading_rate_wpm": 130', '"reading_rate_wpm": ' + "1" * 5000),
    ),
    case(
        "lone-surrogate-escape",
        _swapped('"if_yes": "', '"if_yes": "\\ud800'),
        says=("broken character",),
    ),
    case(
        "deep-nesting-100000-brackets",
        _const(b"[" * 100_000 + MARKER.encode()),
        says=("nested too deeply",),
    ),
    case(
        "nested-objects-40-levels",
        _const(b'{"a": ' * 40 + f'"{MARKER}"'.encode() + b"}" * 40),
        says=("nested too deeply",),
    ),
    case(
        "nested-objects-40-levels-inside-plan",
        _set("if_yes", functools.reduce(lambda inner, _: {"a": inner}, range(40), MARKER)),
        says=("nested too deeply",),
    ),
    # valid JSON, but not a plan
    case(
        "json-array-at-top",
        lambda: _dump([MARKER, _content()]),
        says=("not an Intervention Planner plan file",),
    ),
    case(
        "json-string-at-top",
        lambda: _dump(MARKER),
        says=("not an Intervention Planner plan file",),
    ),
    case(
        "wrong-format-marker",
        _edited(lambda c: c.update(format="someotherapp.document")),
        says=("not an Intervention Planner plan file",),
    ),
    case(
        "missing-format-marker",
        _edited(lambda c: c.pop("format")),
        says=("not an Intervention Planner plan file",),
    ),
    case(
        "missing-version",
        _edited(lambda c: c.pop("version")),
        says=("which version",),
    ),
    case(
        "version-not-a-number",
        _edited(lambda c: c.update(version=MARKER)),
        says=("which version",),
    ),
    case(
        "version-three-parts",
        _edited(lambda c: c.update(version="1.0.0")),
        says=("which version",),
    ),
    case(
        "version-2.0-future-major",
        _edited(lambda c: c.update(version="2.0")),
        says=("newer version", "update"),
    ),
    case(
        "version-0.9-older-than-any-step",
        _edited(lambda c: c.update(version="0.9")),
        says=("very old version",),
    ),
    case("plan-missing", _edited(lambda c: c.pop("plan")), where="plan"),
    case("plan-is-text", _edited(lambda c: c.update(plan=MARKER)), where="plan"),
    # fields of the wrong kind
    case(
        "email-is-a-number",
        _set("participants.0.email", 5551234),
        where="plan.participants[0].email",
        says=("should be text",),
    ),
    case(
        "roles-is-a-string",
        _set("participants.0.roles", f"speaker {MARKER}"),
        where="plan.participants[0].roles",
        says=("should be a list",),
    ),
    case(
        "starts-at-next-tuesday",
        _set("meeting.starts_at", f"next tuesday {MARKER}"),
        where="plan.meeting.starts_at",
        says=("date and time",),
    ),
    case(
        "style-ambush",
        _set("meeting.style", f"ambush {MARKER}"),
        where="plan.meeting.style",
        says=("surprise", "invitational"),
    ),
    case(
        "rsvp-unknown",
        _set("participants.1.rsvp", "perhaps"),
        where="plan.participants[1].rsvp",
    ),
    case(
        "participants-is-an-object",
        _edited(lambda c: c["plan"].update(participants={"0": c["plan"]["participants"][0]})),
        where="plan.participants",
        says=("should be a list",),
    ),
    case(
        "participant-is-text",
        _set("participants.1", MARKER),
        where="plan.participants[1]",
    ),
    case(
        "length-minutes-as-text",
        _set("meeting.length_minutes", "60"),
        where="plan.meeting.length_minutes",
        says=("whole number",),
    ),
    case(
        "length-minutes-fraction",
        _set("meeting.length_minutes", 60.5),
        where="plan.meeting.length_minutes",
        says=("whole number",),
    ),
    case(
        "reading-rate-1e400",
        _swapped('"reading_rate_wpm": 130', '"reading_rate_wpm": 1e400'),
        where="plan.reading_rate_wpm",
    ),
    case(
        "prescribed-yes",
        _set("loved_one.prescribed", "yes"),
        where="plan.loved_one.prescribed",
        says=("true or false",),
    ),
    case(
        "task-due-not-a-date",
        _set("tasks.0.due", f"soon {MARKER}"),
        where="plan.tasks[0].due",
        says=("a date",),
    ),
    case(
        "participant-id-is-a-number",
        _set("participants.1.id", 7),
        where="plan.participants[1].id",
    ),
    # values out of range
    case(
        "reading-rate-too-fast",
        _set("reading_rate_wpm", 4000),
        where="plan.reading_rate_wpm",
        says=("between 40 and 400",),
    ),
    case(
        "loved-one-age-out-of-range",
        _set("loved_one.age", 230),
        where="plan.loved_one.age",
        says=("between 10 and 120",),
    ),
    case(
        "meeting-negative-length",
        _set("meeting.length_minutes", -5),
        where="plan.meeting.length_minutes",
        says=("between 0 and 1440",),
    ),
    # links that point at nobody
    case(
        "dangling-speaker-order",
        _set("speaker_order.1", STRANGER),
        where="plan.speaker_order[1]",
        says=("not in the team",),
    ),
    case("dangling-closer", _set("closer_id", STRANGER), where="plan.closer_id"),
    case(
        "dangling-driver",
        _set("treatment.driver_id", STRANGER),
        where="plan.treatment.driver_id",
    ),
    case(
        "dangling-read-by",
        _set("participants.1.read_by", STRANGER),
        where="plan.participants[1].read_by",
    ),
    case("dangling-task-owner", _set("tasks.0.owner_id", STRANGER), where="plan.tasks[0].owner_id"),
    case(
        "two-people-same-id",
        _edited(
            lambda c: c["plan"]["participants"][1].update(id=c["plan"]["participants"][0]["id"])
        ),
        where="plan.participants",
    ),
    # not a plan-sized file, or not a file
    case("over-16-mb-padded", kind="huge", says=("too large",)),
    case("over-16-mb-sparse", kind="sparse", says=("too large",)),
    case("a-folder", kind="folder", says=("folder",)),
    case("missing-file", kind="missing", says=("no file",)),
]


def _make(bad: Bad, folder: Path) -> Path:
    path = folder / FILE_NAME
    if bad.kind == "file":
        path.write_bytes(bad.make())
    elif bad.kind == "huge":
        padding = b" " * (MAX_BYTES + 1 - len(_saved()))
        path.write_bytes(_saved() + padding)
        assert path.stat().st_size > MAX_BYTES
    elif bad.kind == "sparse":
        with path.open("wb") as handle:
            handle.truncate(MAX_BYTES + 1024)
    elif bad.kind == "folder":
        path.mkdir()
        (path / "inside.txt").write_text(MARKER)
    else:
        assert bad.kind == "missing"
    return path


def _snapshot(path: Path) -> tuple:
    if not path.exists():
        return ("missing",)
    if path.is_dir():
        return ("folder", path.stat().st_mtime_ns, sorted(p.name for p in path.iterdir()))
    return ("file", path.stat().st_mtime_ns, path.read_bytes())


def assert_plain_refusal(error: PlanFileError, path: Path) -> None:
    """The message names the file in one plain line and repeats none of its content."""
    message = str(error)
    assert f'"{path.name}"' in message
    assert "\n" not in message
    assert "\r" not in message
    assert len(message) < 400
    for wording in NOT_PLAIN:
        assert wording not in message, f"{wording!r} in {message!r}"
    assert MARKER not in message
    for problem in error.problems:
        assert MARKER not in problem.where + problem.message
        assert "\n" not in problem.where + problem.message


@pytest.mark.parametrize("bad", CORPUS)
def test_malformed_file_is_refused_plainly_and_left_alone(tmp_path, bad: Bad):
    """Opening a damaged file raises PlanFileError in plain words and changes nothing."""
    path = _make(bad, tmp_path)
    before = _snapshot(path)

    with pytest.raises(PlanFileError) as info:
        load_plan(path)

    error = info.value
    assert_plain_refusal(error, path)
    assert error.path == path
    for words in bad.says:
        assert words in str(error), f"{words!r} not in {str(error)!r}"
    if bad.where is not None:
        wheres = [problem.where for problem in error.problems]
        assert bad.where in wheres, f"{bad.where!r} not in {wheres!r}"
        assert bad.where in str(error) or len(wheres) > 1
    assert _snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == (
        [] if bad.kind == "missing" else [FILE_NAME]
    )


def test_the_undamaged_plan_opens(tmp_path):
    """The corpus damages a plan that is itself fine, so each case tests its own damage."""
    path = tmp_path / FILE_NAME
    path.write_bytes(_saved())
    loaded = load_plan(path)
    assert loaded.plan == _plan()
    assert loaded.notes == []


def test_a_plan_cut_at_any_offset_is_refused_plainly(tmp_path):
    """Whatever byte a save was cut off at (even inside a character), the refusal is plain."""
    whole = _saved()
    path = tmp_path / FILE_NAME
    end = len(whole.rstrip()) - 1  # cutting off only the last "}" or less still truncates
    offsets = range(end + 1)
    assert any(byte >= 0x80 for byte in whole)  # some cuts fall inside a multi-byte character
    for offset in offsets:
        path.write_bytes(whole[:offset])
        with pytest.raises(PlanFileError) as info:
            load_plan(path)
        assert_plain_refusal(info.value, path)


def _cut_inside(text: str, keep: int) -> Callable[[], bytes]:
    """The saved plan cut off `keep` bytes into the first `text` in it."""

    def make() -> bytes:
        whole = _saved()
        start = whole.index(text.encode())
        return whole[: start + keep]

    return make


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(_cut_inside(f"Ann {MARKER}", 6), id="cut-inside-a-name"),
        pytest.param(_cut_inside("l'été", 3), id="cut-inside-a-two-byte-character"),
        pytest.param(_cut_inside("❤️", 2), id="cut-inside-an-emoji"),
    ],
)
def test_bug_a_plan_cut_off_mid_text_is_reported_as_cut_off(tmp_path, make):
    """A save cut off inside a piece of text is called "cut off", not "not a plan file".

    Most of a plan's bytes are letter text, so a save interrupted by a power cut usually
    stops inside a string. The cut-inside-a-name case guards the check for unterminated
    strings in strictjson. BUG (fails today): a cut inside a multi-byte character (any
    accent, any non-Latin script, any emoji) fails UTF-8 decoding first and is reported as
    "this is not a plan file (it is not readable text)".
    """
    path = tmp_path / FILE_NAME
    path.write_bytes(make())
    with pytest.raises(PlanFileError) as info:
        load_plan(path)
    assert_plain_refusal(info.value, path)
    assert "cut off" in str(info.value)


def test_several_problems_are_counted_in_one_line(tmp_path):
    """Many wrong fields give one sentence about the first and a count of the rest."""
    content = _content()
    content["plan"]["participants"][0]["email"] = 1
    content["plan"]["meeting"]["length_minutes"] = "sixty"
    content["plan"]["loved_one"]["prescribed"] = "yes"
    path = tmp_path / FILE_NAME
    path.write_bytes(_dump(content))

    with pytest.raises(PlanFileError) as info:
        load_plan(path)

    assert_plain_refusal(info.value, path)
    assert {p.where for p in info.value.problems} == {
        "plan.participants[0].email",
        "plan.meeting.length_minutes",
        "plan.loved_one.prescribed",
    }
    assert "(and 2 more problems)" in str(info.value)


def test_newer_minor_version_opens_with_a_note(tmp_path):
    """A file from a newer 1.x app opens, and the family is told what may not be kept."""
    content = _content()
    content["version"] = "1.7"
    content["plan"]["added_in_1_7"] = "something this app does not know"
    path = tmp_path / FILE_NAME
    path.write_bytes(_dump(content))
    before = _snapshot(path)

    loaded = load_plan(path)

    assert loaded.plan == _plan()
    assert len(loaded.notes) == 1
    assert "newer version" in loaded.notes[0]
    assert MARKER not in loaded.notes[0]
    assert _snapshot(path) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file_is_refused_plainly(tmp_path):
    """A file this account may not read gets a plain refusal, not a PermissionError."""
    path = tmp_path / FILE_NAME
    path.write_bytes(_saved())
    path.chmod(0)
    try:
        with pytest.raises(PlanFileError) as info:
            load_plan(path)
        assert_plain_refusal(info.value, path)
        assert "not allowed to read" in str(info.value)
    finally:
        path.chmod(0o600)
    assert path.read_bytes() == _saved()
