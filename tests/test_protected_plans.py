"""Protected plan files: sealed on disk, refused plainly, and never left in plain text nearby.

Every test here seals with crypto.FAST (the cheapest costs the bounds allow): the file stores
its own costs, so reading does not care, and the suite stays quick.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

from interventionplanner.domain.plan import Letter, LovedOne, Participant, Plan, Role
from interventionplanner.storage import (
    PasswordNeededError,
    PlanFileError,
    PlanSaveError,
    WrongPasswordError,
    atomic,
    crypto,
    is_protected,
    load_plan,
    protect_file,
    save_plan,
    unprotect_file,
)
from interventionplanner.storage.crypto import HEADER_BYTES, TAG_BYTES, read_header
from interventionplanner.storage.recovery import RecoveryStore

MARKER = "ZZMARKERZZ"
SECRET = "kettle violet orbit lantern"
NAME = "family.ivplan"
ANN_ID = "a1" * 16
WRONG_MESSAGE = f'"{NAME}" could not be opened: wrong password or the file is damaged.'


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(crypto, "DEFAULT", crypto.FAST)


def _plan(words: str = "first version") -> Plan:
    ann = Participant(
        name=f"Ann {MARKER}",
        roles=[Role.SPEAKER],
        letter=Letter(love_and_memory=f"{words} {MARKER}"),
        id=ANN_ID,
    )
    return Plan(loved_one=LovedOne(name=f"Sasha {MARKER}"), participants=[ann], if_yes=words)


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def _holds_marker(path: Path) -> bool:
    data = path.read_bytes()
    return any(form in data for form in _encodings(MARKER))


def _files(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*") if p.is_file())


# --- round trip ----------------------------------------------------------------------------


def test_round_trip(tmp_path):
    path = tmp_path / NAME
    save_plan(_plan(), path, password=SECRET)
    loaded = load_plan(path, SECRET)
    assert loaded.plan == _plan()
    assert loaded.protected is True
    assert is_protected(path)
    assert not _holds_marker(path)


def test_the_sealed_json_is_exactly_what_an_unprotected_save_writes(tmp_path):
    plain, sealed = tmp_path / "plain.ivplan", tmp_path / "sealed.ivplan"
    plan = _plan()  # one plan: a new one would have calendar UIDs of its own
    save_plan(plan, plain)
    save_plan(plan, sealed, password=SECRET)
    assert crypto.decrypt(sealed.read_bytes(), SECRET) == plain.read_bytes()
    assert not is_protected(plain)
    assert load_plan(plain, "a password an unprotected plan ignores").protected is False


def test_params_can_be_chosen_and_the_file_remembers_them(tmp_path):
    path = tmp_path / NAME
    chosen = crypto.Params.scrypt(14, 2, 1, crypto.AEAD_AES_256_GCM)
    save_plan(_plan(), path, password=SECRET, params=chosen)
    assert read_header(path.read_bytes())[0] == chosen
    assert load_plan(path, SECRET).plan == _plan()


def test_without_a_password_it_asks_for_one(tmp_path):
    path = tmp_path / NAME
    save_plan(_plan(), path, password=SECRET)
    with pytest.raises(PasswordNeededError) as info:
        load_plan(path)
    assert isinstance(info.value, PlanFileError)
    assert (
        str(info.value) == f'"{NAME}" could not be opened: this plan is protected with a password.'
    )


def test_a_wrong_password_is_refused_plainly_and_changes_nothing(tmp_path):
    path = tmp_path / NAME
    save_plan(_plan(), path, password=SECRET)
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    for wrong in ("kettle violet orbit", SECRET.upper(), " " + SECRET):
        with pytest.raises(WrongPasswordError) as info:
            load_plan(path, wrong)
        assert isinstance(info.value, PlanFileError)
        assert str(info.value) == WRONG_MESSAGE
    assert (path.read_bytes(), path.stat().st_mtime_ns) == (before, mtime)
    assert sorted(os.listdir(tmp_path)) == [NAME]


# --- damage: every byte, and cut short -----------------------------------------------------


def _region(offset: int, size: int) -> str:
    if offset < HEADER_BYTES - 12:
        return "header"
    if offset < HEADER_BYTES:
        return "nonce"
    if offset < size - TAG_BYTES:
        return "ciphertext"
    return "tag"


def _refused_unchanged(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    mtime = path.stat().st_mtime_ns
    with pytest.raises(WrongPasswordError) as info:
        load_plan(path, SECRET)
    assert str(info.value) == WRONG_MESSAGE
    assert path.read_bytes() == data
    assert path.stat().st_mtime_ns == mtime


def test_every_single_byte_flip_is_refused_with_the_same_message(tmp_path):
    path = tmp_path / NAME
    save_plan(Plan(loved_one=LovedOne(name=MARKER)), path, password=SECRET)
    good = path.read_bytes()
    seen = set()
    for offset in range(len(good)):
        damaged = bytearray(good)
        damaged[offset] ^= 0x01 if offset % 2 else 0x80
        seen.add(_region(offset, len(good)))
        _refused_unchanged(path, bytes(damaged))
    assert seen == {"header", "nonce", "ciphertext", "tag"}
    assert sorted(os.listdir(tmp_path)) == [NAME]


def test_truncation_anywhere_is_refused_with_the_same_message(tmp_path):
    path = tmp_path / NAME
    save_plan(_plan(), path, password=SECRET)
    good = path.read_bytes()
    size = len(good)
    offsets = [
        1,
        4,
        7,
        12,
        40,
        HEADER_BYTES,
        HEADER_BYTES + 1,
        size // 2,
        size - TAG_BYTES,
        size - 1,
    ]
    assert len(set(offsets)) == 10
    for offset in offsets:
        _refused_unchanged(path, good[:offset])
    _refused_unchanged(path, good + b"\x00")  # one byte too many is damage too


# --- fresh salt and nonce ------------------------------------------------------------------


def test_a_hundred_saves_have_a_hundred_salts_and_nonces(tmp_path):
    path = tmp_path / NAME
    salts, nonces = set(), set()
    for _ in range(100):
        save_plan(_plan(), path, password=SECRET, keep_backup=False)
        _, salt, nonce = read_header(path.read_bytes())
        salts.add(salt)
        nonces.add(nonce)
    assert len(salts) == len(nonces) == 100


# --- the .bak --------------------------------------------------------------------------------


def test_a_protected_save_over_a_protected_file_copies_its_bytes_to_the_bak(tmp_path):
    path = tmp_path / NAME
    save_plan(_plan("first"), path, password=SECRET)
    first = path.read_bytes()
    save_plan(_plan("second"), path, password=SECRET)
    bak = tmp_path / (NAME + ".bak")
    assert bak.read_bytes() == first
    assert load_plan(bak, SECRET).plan == _plan("first")


def test_protecting_a_plain_plan_seals_its_bak_too(tmp_path):
    path, bak = tmp_path / NAME, tmp_path / (NAME + ".bak")
    save_plan(_plan("first"), path)
    save_plan(_plan("second"), path)  # a plain .bak of "first" now sits beside it
    assert _holds_marker(bak)
    save_plan(_plan("third"), path, password=SECRET)
    assert sorted(os.listdir(tmp_path)) == [NAME, NAME + ".bak"]
    for leftover in (path, bak):
        assert not _holds_marker(leftover)
        assert is_protected(leftover)
    assert load_plan(bak, SECRET).plan == _plan("second")  # the version before, sealed
    assert load_plan(path, SECRET).plan == _plan("third")


def test_without_keep_backup_a_plain_bak_already_there_is_sealed(tmp_path):
    path, bak = tmp_path / NAME, tmp_path / (NAME + ".bak")
    save_plan(_plan("first"), path)
    save_plan(_plan("second"), path)
    save_plan(_plan("third"), path, password=SECRET, keep_backup=False)
    assert not _holds_marker(bak)
    assert load_plan(bak, SECRET).plan == _plan("first")


def test_a_password_change_moves_the_bak_to_the_new_password(tmp_path):
    path, bak = tmp_path / NAME, tmp_path / (NAME + ".bak")
    save_plan(_plan("first"), path, password="old words we no longer trust")
    save_plan(
        _plan("second"),
        path,
        password=SECRET,
        previous_password="old words we no longer trust",
    )
    assert load_plan(bak, SECRET).plan == _plan("first")
    with pytest.raises(WrongPasswordError):
        load_plan(bak, "old words we no longer trust")


def test_without_the_previous_password_the_bak_keeps_the_old_one(tmp_path):
    """Documented: the .bak is a byte copy, so it opens with the password it was saved with."""
    path, bak = tmp_path / NAME, tmp_path / (NAME + ".bak")
    save_plan(_plan("first"), path, password="old words")
    save_plan(_plan("second"), path, password=SECRET)
    assert load_plan(bak, "old words").plan == _plan("first")


def test_a_failed_protected_save_keeps_the_last_copy(tmp_path, monkeypatch):
    path = tmp_path / NAME
    save_plan(_plan("first"), path, password=SECRET)
    save_plan(_plan("second"), path, password=SECRET)
    before = {p.name: p.read_bytes() for p in _files(tmp_path)}

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(PlanSaveError, match="disk is full"):
        save_plan(_plan("third"), path, password=SECRET)
    assert {p.name: p.read_bytes() for p in _files(tmp_path)} == before


# --- nothing in plain sight ------------------------------------------------------------------


@pytest.fixture
def watched(tmp_path, monkeypatch):
    """Plan folder, recovery folder and temp folder. Once watch() is called, at each rename
    (the moment a temporary file is at its fullest) every temporary file in them, and every
    file in the recovery and temp folders, is scanned for the marker."""
    folders = [tmp_path / "plans", tmp_path / "recovery", tmp_path / "tmp"]
    for folder in folders:
        folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folders[2]))
    scans = []
    real_replace = os.replace

    def replace(source, target, *args, **kwargs):
        files = _files(*folders)
        scans.append(len(files))
        assert Path(source) in files
        scanned = [p for p in files if p.suffix == ".tmp" or p.parent != folders[0]]
        leaking = [p.name for p in scanned if _holds_marker(p)]
        assert not leaking, f"plan text in {leaking}"
        return real_replace(source, target, *args, **kwargs)

    def watch() -> None:
        monkeypatch.setattr(atomic.os, "replace", replace)

    return folders, scans, watch


def test_a_marker_never_reaches_the_disk_in_plain_text(watched):
    (plans, recovery, temp), scans, watch = watched
    watch()
    path = plans / NAME
    store = RecoveryStore(recovery)
    plan = _plan("first")
    save_plan(plan, path, password=SECRET)
    plan.if_no = f"an edit {MARKER}"
    store.write("session-1", plan, path, password=SECRET)  # what autosave does
    plan.if_no = f"another edit {MARKER}"
    save_plan(plan, path, password=SECRET)
    store.write("session-1", plan, path, password=SECRET)
    assert len(scans) >= 6  # every atomic write was watched
    everything = _files(plans, recovery, temp)
    assert {p.name for p in everything} >= {NAME, NAME + ".bak", "session-1.ivplan"}
    for found in everything:
        assert not _holds_marker(found), found.name
    note = (recovery / "session-1.json").read_text("utf-8")
    assert "family" not in note
    assert str(plans) not in note
    assert load_plan(plans / (NAME + ".bak"), SECRET).plan == _plan("first")
    assert store.load(store.entries()[0], SECRET).if_no == f"another edit {MARKER}"


def test_protecting_a_plain_file_leaves_no_plain_copy_in_place(watched):
    (plans, _, temp), scans, watch = watched
    path = plans / NAME
    save_plan(_plan("first"), path)
    save_plan(_plan("second"), path)  # plain, with a plain .bak: before protection
    watch()
    protect_file(path, SECRET)
    assert len(scans) == 2  # the sealed .bak, then the sealed plan
    for found in _files(plans, temp):
        assert not _holds_marker(found), found.name


# --- recovery copies -------------------------------------------------------------------------


def test_a_protected_recovery_copy_needs_the_password(tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    original = tmp_path / f"Plan for Sasha {MARKER}.ivplan"
    store.write("s1", _plan(), original, password=SECRET)
    [entry] = store.entries()
    assert entry.protected
    assert entry.original is None  # the path can name someone: not kept for a protected plan
    note = json.loads((tmp_path / "recovery" / "s1.json").read_text("utf-8"))
    assert set(note) == {"saved_at"}
    with pytest.raises(PasswordNeededError):
        store.load(entry)
    with pytest.raises(WrongPasswordError):
        store.load(entry, "not it")
    assert store.load(entry, SECRET) == _plan()


def test_an_unprotected_recovery_copy_is_as_before(tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    original = tmp_path / NAME
    store.write("s1", _plan(), original)
    [entry] = store.entries()
    assert not entry.protected
    assert entry.original == original
    assert store.load(entry) == _plan()
    assert MARKER not in (tmp_path / "recovery" / "s1.json").read_text("utf-8")


# --- protect_file / unprotect_file -----------------------------------------------------------


def test_protect_then_unprotect_gives_back_the_same_bytes(tmp_path):
    path = tmp_path / NAME
    save_plan(_plan(), path)
    original = path.read_bytes()
    protect_file(path, SECRET)
    assert is_protected(path)
    assert crypto.decrypt(path.read_bytes(), SECRET) == original
    unprotect_file(path, SECRET)
    assert path.read_bytes() == original
    assert is_protected(tmp_path / (NAME + ".bak"))  # the protected version before


def test_protect_keeps_what_a_newer_version_added(tmp_path):
    path = tmp_path / NAME
    save_plan(_plan(), path)
    content = json.loads(path.read_bytes())
    content["version"] = "1.99"
    content["plan"]["added_later"] = "kept"
    path.write_text(json.dumps(content), "utf-8")
    loaded = protect_file(path, SECRET, output=tmp_path / "sealed.ivplan")
    assert loaded.notes  # "saved by a newer version"
    assert b'"added_later"' in crypto.decrypt((tmp_path / "sealed.ivplan").read_bytes(), SECRET)


def test_protect_and_unprotect_refuse_what_they_cannot_do(tmp_path):
    plain, sealed = tmp_path / "plain.ivplan", tmp_path / NAME
    plan = _plan()  # one plan: a new one would have calendar UIDs of its own
    save_plan(plan, plain)
    save_plan(plan, sealed, password=SECRET)
    before = sealed.read_bytes()
    with pytest.raises(PlanFileError, match="already protected"):
        protect_file(sealed, SECRET)
    with pytest.raises(PlanFileError, match="not protected"):
        unprotect_file(plain, SECRET)
    with pytest.raises(WrongPasswordError):
        unprotect_file(sealed, "not it")
    assert sealed.read_bytes() == before
    damaged = tmp_path / "damaged.ivplan"
    damaged.write_text('{"format": "interventionplanner.plan", "vers')
    with pytest.raises(PlanFileError, match="cut off"):
        protect_file(damaged, SECRET)
    assert not is_protected(damaged)
