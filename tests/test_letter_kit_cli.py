"""letter-kit and import-letter on the command line, with every kind of kit."""

from __future__ import annotations

import io
import json
from pathlib import Path

import kit_editing as edit
import pytest
from pypdf import PdfReader

from interventionplanner.cli import main
from interventionplanner.storage import load_plan


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "family.ivplan"
    assert main(["new", "--demo", "-o", str(path), "--today", "2026-11-27"]) == 0
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_word_kit_by_default_and_back_with_yes(demo_file, tmp_path, capsys):
    kit = tmp_path / "ray"
    code, out, _ = run(
        capsys, "letter-kit", str(demo_file), "--participant", "ray doyle", "-o", str(kit)
    )
    assert code == 0
    assert kit.read_bytes()[:2] == b"PK"  # a Word document, whatever the name says
    kit.write_bytes(edit.write_part(kit.read_bytes(), 3, ["Coffee on the dock."]))
    before = demo_file.read_bytes()
    code, out, _ = run(capsys, "import-letter", str(demo_file), str(kit))
    assert (code, demo_file.read_bytes()) == (0, before)
    assert "3. My hope" in out
    code, out, _ = run(capsys, "import-letter", str(demo_file), str(kit), "--yes", "--json")
    assert code == 0
    assert json.loads(out)["saved"] is True
    ray = load_plan(demo_file).plan.participants[2]
    assert ray.letter.my_hope == "Coffee on the dock."


@pytest.mark.parametrize(
    ("fmt", "start"), [("md", b"<!--"), ("txt", b"Letter kit"), ("worksheet", b"%PDF")]
)
def test_the_format_option(demo_file, tmp_path, capsys, fmt, start):
    kit = tmp_path / "kit"
    argv = ["letter-kit", str(demo_file), "--participant", "Lily Marsh", "-o", str(kit)]
    assert run(capsys, *argv, "--format", fmt)[0] == 0
    assert kit.read_bytes().startswith(start)


def test_a_file_ending_chooses_the_format(demo_file, tmp_path, capsys):
    sheet = tmp_path / "lily.pdf"
    argv = ["letter-kit", str(demo_file), "--participant", "Lily Marsh", "-o", str(sheet)]
    assert run(capsys, *argv)[0] == 0
    assert "Lily Marsh" in PdfReader(io.BytesIO(sheet.read_bytes())).pages[0].extract_text()


def test_all_writers_into_a_folder(demo_file, tmp_path, capsys):
    folder = tmp_path / "kits"
    code, out, _ = run(capsys, "letter-kit", str(demo_file), "--all", "-o", str(folder), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["format"] == "docx"
    assert [p["name"] for p in result["people"]][:2] == ["Margaret Marsh", "Claire Bennett"]
    files = sorted(p.name for p in folder.iterdir())
    assert files == sorted(p["file"] for p in result["people"])
    assert len(files) == 6
    # Again: nothing replaced without --force, and nothing written at all.
    stamp = {p: p.stat().st_mtime_ns for p in folder.iterdir()}
    code, _, err = run(capsys, "letter-kit", str(demo_file), "--all", "-o", str(folder))
    assert code == 1
    assert "already exist" in err
    assert "--force" in err
    assert {p: p.stat().st_mtime_ns for p in folder.iterdir()} == stamp
    assert run(capsys, "letter-kit", str(demo_file), "--all", "-o", str(folder), "--force")[0] == 0


def test_all_into_a_file_is_refused(demo_file, capsys):
    code, _, err = run(capsys, "letter-kit", str(demo_file), "--all", "-o", str(demo_file))
    assert code == 1
    assert "is a file" in err


def test_all_and_participant_together_is_a_usage_error(demo_file, tmp_path, capsys):
    with pytest.raises(SystemExit) as raised:
        main(["letter-kit", str(demo_file), "--all", "--participant", "Ray", "-o", str(tmp_path)])
    assert raised.value.code == 2


def test_pasted_text_from_standard_input_for_a_named_writer(demo_file, capsys, monkeypatch):
    pasted = "\n\n".join(
        f"{n}. {h}\nWords {n}."
        for n, h in enumerate(
            ["Love and a memory", "What I have seen", "My hope", "The ask", "Bottom line"], 1
        )
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(pasted))
    code, _, err = run(capsys, "import-letter", str(demo_file), "-")
    assert code == 1
    assert "--participant" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(pasted))
    code, out, _ = run(
        capsys, "import-letter", str(demo_file), "-", "--participant", "Marcus Bell", "--yes"
    )
    assert code == 0
    marcus = load_plan(demo_file).plan.participants[4]
    assert (marcus.letter.love_and_memory, marcus.letter.bottom_line) == ("Words 1.", "Words 5.")


def test_a_letter_whose_parts_cannot_be_told_apart_is_refused_with_the_reason(
    demo_file, tmp_path, capsys
):
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Danny,\n\nI miss our Sundays.\n", "utf-8")
    before = demo_file.read_bytes()
    code, _, err = run(
        capsys, "import-letter", str(demo_file), str(letter), "--participant", "Ray Doyle", "--yes"
    )
    assert code == 1
    assert "cannot all be told apart" in err
    assert "Letters step" in err
    assert len(err.strip().splitlines()) == 1
    assert demo_file.read_bytes() == before


def test_a_word_kit_piped_into_standard_input(demo_file, tmp_path, capsys, monkeypatch):
    kit = tmp_path / "lily.docx"
    assert (
        run(capsys, "letter-kit", str(demo_file), "--participant", "Lily Marsh", "-o", str(kit))[0]
        == 0
    )
    data = edit.write_part(kit.read_bytes(), 4, ["Please come with us today."])
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "import-letter", str(demo_file), "-", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["participant"]["name"] == "Lily Marsh"
    assert [c["heading"] for c in result["changes"]] == ["4. The ask"]
