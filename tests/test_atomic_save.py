"""Saving never damages the last saved copy, and every failure is told in plain words."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from interventionplanner.domain.plan import Letter, LovedOne, Participant, Plan, Role
from interventionplanner.storage import PlanSaveError, atomic, load_plan, save_plan

NAME = "family.ivplan"
BACKUP = NAME + ".bak"


def _plan(words: str) -> Plan:
    ann = Participant(
        name="Ann", roles=[Role.SPEAKER], letter=Letter(love_and_memory=words), id="a1" * 16
    )
    return Plan(loved_one=LovedOne(name="Sasha"), participants=[ann], if_yes=words)


def _disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def assert_plain_save_error(error: PlanSaveError, path: Path) -> str:
    """One plain line naming the file (not its folder), ending in the reassurance."""
    message = str(error)
    assert message.startswith(f'"{path.name}" could not be saved: ')
    assert message.endswith("Your last saved copy is safe.")
    assert "\n" not in message
    for wording in ("Traceback", "Errno", "OSError", "errno", "[", str(path.parent)):
        assert wording not in message, f"{wording!r} in {message!r}"
    assert error.path == path
    return message


@pytest.fixture
def saved_twice(tmp_path) -> tuple[Path, bytes, bytes]:
    """A folder holding a plan saved twice: (path, the file's bytes, the backup's bytes)."""
    path = tmp_path / NAME
    save_plan(_plan("first version"), path)
    first = path.read_bytes()
    save_plan(_plan("second version"), path)
    assert _listing(tmp_path) == [NAME, BACKUP]
    return path, path.read_bytes(), first


class _HalfWriter:
    """A file handle that writes half of what it is given, then finds the disk full."""

    def __init__(self, handle) -> None:
        self._handle = handle

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._handle.close()

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        _disk_full()
        return 0  # never reached

    def __getattr__(self, name):
        return getattr(self._handle, name)


def _half_writing_fdopen(monkeypatch) -> None:
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        atomic.os, "fdopen", lambda fd, *a, **kw: _HalfWriter(real_fdopen(fd, *a, **kw))
    )


def _failing_fsync(monkeypatch) -> None:
    monkeypatch.setattr(atomic.os, "fsync", _disk_full)


@pytest.mark.parametrize(
    "break_disk",
    [
        pytest.param(_half_writing_fdopen, id="write-fails-halfway"),
        pytest.param(_failing_fsync, id="fsync-fails"),
    ],
)
def test_disk_full_while_writing_keeps_the_last_saved_copy(saved_twice, monkeypatch, break_disk):
    """(a) A write that fails midway: plain "disk is full" message, old file and backup intact."""
    path, before, backup_before = saved_twice
    break_disk(monkeypatch)

    with pytest.raises(PlanSaveError) as info:
        save_plan(_plan("third version, never written"), path)

    message = assert_plain_save_error(info.value, path)
    assert "disk is full" in message
    assert "No space left on device" not in message
    assert path.read_bytes() == before
    assert (path.parent / BACKUP).read_bytes() == backup_before
    assert _listing(path.parent) == [NAME, BACKUP]  # no .tmp left behind


def test_disk_full_on_the_very_first_save_leaves_nothing_behind(tmp_path, monkeypatch):
    """(a) A first save that fails leaves neither a half-written plan nor a temporary file."""
    path = tmp_path / NAME
    _failing_fsync(monkeypatch)

    with pytest.raises(PlanSaveError) as info:
        save_plan(_plan("never written"), path)

    assert "disk is full" in assert_plain_save_error(info.value, path)
    assert _listing(tmp_path) == []


@pytest.mark.parametrize(
    ("which", "failure", "says"),
    [
        pytest.param(
            "plan", OSError(errno.ENOSPC, "No space left on device"), "disk is full", id="enospc"
        ),
        pytest.param(
            "plan",
            OSError(errno.EIO, "Input/output error"),
            "the computer reported a problem (Input/output error)",
            id="eio",
        ),
        pytest.param(
            "any", OSError(errno.ENOSPC, "No space left on device"), "disk is full", id="backup"
        ),
    ],
)
def test_failed_rename_keeps_the_last_saved_copy(saved_twice, monkeypatch, which, failure, says):
    """(b) os.replace failing (for the plan, or already for its backup) loses nothing."""
    path, before, backup_before = saved_twice
    real_replace = os.replace
    calls = []

    def replace(source, target, *args, **kwargs):
        calls.append(Path(target).name)
        if which == "any" or Path(target) == path:
            raise failure
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "replace", replace)

    with pytest.raises(PlanSaveError) as info:
        save_plan(_plan("third version, never written"), path)

    assert calls  # the failure really happened inside os.replace
    assert says in assert_plain_save_error(info.value, path)
    assert path.read_bytes() == before
    assert load_plan(path).plan == _plan("second version")
    # The backup is either untouched or a fresh copy of the intact file, never anything else.
    assert (path.parent / BACKUP).read_bytes() in (backup_before, before)
    assert _listing(path.parent) == [NAME, BACKUP]  # no .tmp left behind


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root can write to read-only folders"
)
def test_read_only_folder_is_refused_plainly(saved_twice):
    """(c) A folder this account cannot write to: plain message, file untouched."""
    path, before, _ = saved_twice
    folder = path.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(PlanSaveError) as info:
            save_plan(_plan("third version"), path)
    finally:
        folder.chmod(0o755)
    assert "cannot be written to" in assert_plain_save_error(info.value, path)
    assert path.read_bytes() == before
    assert _listing(folder) == [NAME, BACKUP]


@pytest.mark.parametrize(
    "failure",
    [
        pytest.param(PermissionError(errno.EACCES, "Permission denied"), id="eacces"),
        pytest.param(PermissionError(errno.EPERM, "Operation not permitted"), id="eperm"),
        pytest.param(OSError(errno.EROFS, "Read-only file system"), id="erofs"),
    ],
)
def test_folder_that_cannot_be_written_is_refused_plainly(saved_twice, monkeypatch, failure):
    """(c) Simulated, so it also runs as root: no temporary file may be made in the folder."""
    path, before, backup_before = saved_twice

    def refuse(*args, **kwargs):
        raise failure

    monkeypatch.setattr(atomic.os, "open", refuse)

    with pytest.raises(PlanSaveError) as info:
        save_plan(_plan("third version"), path)

    message = assert_plain_save_error(info.value, path)
    assert "this folder cannot be written to. Please save somewhere else." in message
    assert failure.strerror not in message
    assert path.read_bytes() == before
    assert (path.parent / BACKUP).read_bytes() == backup_before


def test_backup_holds_exactly_the_previous_save(tmp_path):
    """(d) After each save, the .bak file is byte for byte the save before it."""
    path = tmp_path / NAME
    save_plan(_plan("first version"), path)
    first = path.read_bytes()
    assert _listing(tmp_path) == [NAME]  # nothing to back up the first time

    save_plan(_plan("second version"), path)
    second = path.read_bytes()
    assert second != first
    assert (tmp_path / BACKUP).read_bytes() == first
    assert load_plan(tmp_path / BACKUP).plan == _plan("first version")

    save_plan(_plan("third version"), path)
    assert (tmp_path / BACKUP).read_bytes() == second
    assert _listing(tmp_path) == [NAME, BACKUP]


@pytest.mark.parametrize(
    "broken",
    [
        pytest.param(lambda: _plan("love \ud800 and memory"), id="in-a-letter"),
        pytest.param(
            lambda: Plan(loved_one=LovedOne(name="Sa\udfffsha")), id="in-the-loved-ones-name"
        ),
        pytest.param(
            lambda: Plan(participants=[Participant(name="\udc80", id="c3" * 16)]),
            id="in-a-participant-name",
        ),
    ],
)
def test_plan_with_a_lone_surrogate_is_refused_and_old_file_kept(saved_twice, broken):
    """(e) Text no file can hold is refused before the disk is touched."""
    path, before, backup_before = saved_twice

    with pytest.raises(PlanSaveError) as info:
        save_plan(broken(), path)

    assert "broken character" in assert_plain_save_error(info.value, path)
    assert path.read_bytes() == before
    assert (path.parent / BACKUP).read_bytes() == backup_before
    assert _listing(path.parent) == [NAME, BACKUP]


def test_saving_into_a_missing_folder_is_refused_plainly(tmp_path):
    """(f) A folder that no longer exists gets a plain message and is not created."""
    path = tmp_path / "gone away" / NAME

    with pytest.raises(PlanSaveError) as info:
        save_plan(_plan("words"), path)

    message = assert_plain_save_error(info.value, path)
    assert "the folder no longer exists. Please save somewhere else." in message
    assert not path.parent.exists()
    assert _listing(tmp_path) == []


def test_interrupted_save_is_not_swallowed_and_leaves_no_temporary_file(saved_twice, monkeypatch):
    """Ctrl+C during a save stops the save, keeps the old file and removes the temporary."""
    path, before, _ = saved_twice

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupt)

    with pytest.raises(KeyboardInterrupt):
        save_plan(_plan("third version"), path)

    assert path.read_bytes() == before
    assert _listing(path.parent) == [NAME, BACKUP]
