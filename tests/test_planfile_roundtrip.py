"""A plan saved and opened again is the same plan, and the file on disk is private JSON."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import SAMPLES, plans

from interventionplanner.domain.plan import (
    Letter,
    LovedOne,
    Meeting,
    Participant,
    Plan,
    Role,
    Task,
)
from interventionplanner.storage import load_plan, save_plan
from interventionplanner.storage.migrations import CURRENT_VERSION, FORMAT

ROUNDTRIP = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@ROUNDTRIP
@given(plans())
def test_any_plan_survives_save_and_open(tmp_path_factory, plan: Plan):
    """Whatever a family typed comes back exactly, with nothing to tell them."""
    with tempfile.TemporaryDirectory(dir=tmp_path_factory.getbasetemp()) as folder:
        path = Path(folder) / "plan.ivplan"
        save_plan(plan, path)
        loaded = load_plan(path)
    assert loaded.plan == plan
    assert loaded.notes == []


@ROUNDTRIP
@given(plans())
def test_saving_the_same_plan_twice_writes_the_same_bytes(tmp_path_factory, plan: Plan):
    """Saving is deterministic, so an unchanged plan never shows up as a changed file."""
    with tempfile.TemporaryDirectory(dir=tmp_path_factory.getbasetemp()) as folder:
        path = Path(folder) / "plan.ivplan"
        save_plan(plan, path)
        first = path.read_bytes()
        save_plan(plan, path)
        second = path.read_bytes()
        save_plan(load_plan(path).plan, path)
        third = path.read_bytes()
    assert first == second
    assert third == first


def _sample_plan() -> Plan:
    ann = Participant(
        name="שלום Ann",
        email="ann@example.org",
        roles=[Role.CHAIRPERSON, Role.SPEAKER],
        letter=Letter(love_and_memory="\n".join(SAMPLES)),
    )
    return Plan(
        loved_one=LovedOne(name="Саша", preferred_name="Sasha"),
        meeting=Meeting(starts_at=datetime(2027, 1, 16, 10, 0)),
        participants=[ann],
        speaker_order=[ann.id],
        closer_id=ann.id,
        tasks=[Task(item="Book the room", owner_id=ann.id, due=date(2027, 1, 10))],
    )


def test_saved_file_is_utf8_json_with_format_and_version(tmp_path):
    """The file is plain UTF-8 JSON that says what it is and which version wrote it."""
    path = tmp_path / "plan.ivplan"
    save_plan(_sample_plan(), path)
    raw = path.read_bytes()

    assert not raw.startswith(b"\xef\xbb\xbf")  # no byte order mark
    content = json.loads(raw.decode("utf-8"))  # strict: fails on anything not UTF-8
    assert content["format"] == FORMAT == "interventionplanner.plan"
    assert content["version"] == f"{CURRENT_VERSION[0]}.{CURRENT_VERSION[1]}"
    assert isinstance(content["plan"], dict)
    assert content["plan"]["loved_one"]["name"] == "Саша"
    # Words are stored as readable UTF-8, not as \u escapes.
    assert "שלום Ann".encode() in raw
    assert "Саша".encode() in raw


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_saved_file_and_backup_are_not_readable_by_others(tmp_path):
    """Letters are private: even with a permissive umask, only the owner can read the file."""
    path = tmp_path / "plan.ivplan"
    old_umask = os.umask(0)
    try:
        save_plan(_sample_plan(), path)
        save_plan(_sample_plan(), path)  # the second save also writes plan.ivplan.bak
    finally:
        os.umask(old_umask)
    for saved in (path, tmp_path / "plan.ivplan.bak"):
        mode = stat.S_IMODE(saved.stat().st_mode)
        assert mode & 0o077 == 0, f"{saved.name} has mode {oct(mode)}"
        assert mode & stat.S_IRUSR
