"""A copy for the family: protected, without the professional's private notes, with a page
on how to open it that never holds the password."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from interventionplanner.domain.practice import Practice
from interventionplanner.storage import crypto, load_plan
from interventionplanner.storage.family_copy import guide_path_for, save_family_copy

PRIVATE = "Father drinks too; watch the seating near the door."
PASSWORD = "blue heron at dawn"


def test_the_family_copy_holds_no_private_notes(demo_plan, tmp_path, quick_keys):
    demo_plan.private_notes = PRIVATE
    path, guide = save_family_copy(
        demo_plan, tmp_path / "marsh-family.ivplan", PASSWORD, practice=Practice(name="Dana")
    )
    assert demo_plan.private_notes == PRIVATE  # the plan on screen keeps them
    sealed = path.read_bytes()
    assert crypto.looks_protected(sealed)
    plain = crypto.decrypt(sealed, PASSWORD).decode("utf-8")
    assert "Father drinks" not in plain
    assert demo_plan.participants[0].name in plain  # the rest of the plan is there
    copy = load_plan(path, PASSWORD).plan
    assert copy.private_notes == ""
    assert copy.participants == demo_plan.participants
    assert not (tmp_path / "marsh-family.ivplan.bak").exists()
    assert guide == guide_path_for(path)


def test_the_guide_is_one_page_that_names_the_file_not_the_password(
    demo_plan, tmp_path, quick_keys
):
    _path, guide = save_family_copy(
        demo_plan,
        tmp_path / "marsh-family.ivplan",
        PASSWORD,
        practice=Practice(name="Dana Reyes", phone="555-0142"),
    )
    reader = PdfReader(io.BytesIO(guide.read_bytes()))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "marsh-family.ivplan" in text
    assert "555-0142" in text
    assert "heron" not in text


def test_a_family_copy_without_a_password_is_refused(demo_plan, tmp_path):
    with pytest.raises(ValueError, match="always protected"):
        save_family_copy(demo_plan, tmp_path / "x.ivplan", "")
    assert list(tmp_path.iterdir()) == []


def test_private_notes_never_print(demo_plan, catalogue, today):
    from interventionplanner.output.packet import PacketOptions, build_packet

    demo_plan.private_notes = PRIVATE
    pdf = build_packet(demo_plan, catalogue, PacketOptions(today=today))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Father drinks" not in " ".join(text.split())
