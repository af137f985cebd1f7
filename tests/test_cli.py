"""The headless command line: its output, its JSON and its exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from interventionplanner import __version__, cli
from interventionplanner.cli import main

TODAY = "2026-11-27"


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "family.ivplan"
    assert main(["new", "--demo", "-o", str(path), "--today", TODAY]) == 0
    return path


def run_json(capsys, *argv: str) -> tuple[int, dict]:
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_new_demo_then_summary_json(demo_file, capsys):
    code, summary = run_json(capsys, "summary", str(demo_file), "--today", TODAY)
    assert code == 0
    speakers = summary["speakers"]
    assert len(speakers) >= 5
    assert all(s["name"] and s["words"] > 0 and s["seconds"] > 0 for s in speakers)
    assert summary["total_seconds"] > sum(s["seconds"] for s in speakers)  # plus opening/closing
    assert isinstance(summary["preflight"], list)
    assert all({"code", "severity", "message"} <= set(f) for f in summary["preflight"])


def test_summary_text_lists_speakers_in_order(demo_file, capsys):
    assert main(["summary", str(demo_file), "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert "Speakers, in order:" in out
    assert "  1. " in out
    assert "Whole meeting:" in out


@pytest.mark.parametrize("language", ["en", "es"])
def test_summary_text_writes_the_meeting_date_as_the_packet_does(demo_file, capsys, language):
    from interventionplanner.domain.display import date_and_time
    from interventionplanner.i18n import in_language
    from interventionplanner.storage import load_plan

    assert main(["--language", language, "summary", str(demo_file)]) == 0
    starts = load_plan(demo_file).plan.meeting.starts_at
    with in_language(language):
        assert date_and_time(starts) in capsys.readouterr().out


def test_summary_flags_a_past_meeting_date(demo_file, capsys):
    code, summary = run_json(capsys, "summary", str(demo_file), "--today", "2099-01-01")
    assert code == 0
    assert "meeting_in_past" in {f["code"] for f in summary["preflight"]}


def test_validate_a_good_file(demo_file, capsys):
    code, result = run_json(capsys, "validate", str(demo_file))
    assert (code, result["ok"], result["errors"]) == (0, True, [])


def test_validate_a_damaged_file_says_what_and_where(tmp_path, capsys):
    bad = tmp_path / "bad.ivplan"
    bad.write_text(
        '{"format": "interventionplanner.plan", "version": "1.0", '
        '"plan": {"participants": [{"email": 5}]}}'
    )
    before = bad.read_bytes()
    code, result = run_json(capsys, "validate", str(bad))
    assert code == 1
    assert result["ok"] is False
    assert result["errors"] == [
        {"where": "plan.participants[0].email", "message": "should be text"}
    ]
    assert bad.read_bytes() == before


def test_validate_text_is_one_plain_line_on_stderr(tmp_path, capsys):
    bad = tmp_path / "cut.ivplan"
    bad.write_text('{"format": "interventionplanner.plan", "ver')
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith('"cut.ivplan" could not be opened:')
    assert "\n" not in err
    assert "Traceback" not in err


def test_summary_of_a_missing_file(tmp_path, capsys):
    assert main(["summary", str(tmp_path / "nowhere.ivplan")]) == 1
    assert "no file with that name" in capsys.readouterr().err


def test_new_will_not_overwrite_without_force(demo_file, capsys):
    before = demo_file.read_bytes()
    assert main(["new", "-o", str(demo_file)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert demo_file.read_bytes() == before
    assert main(["new", "-o", str(demo_file), "--force"]) == 0
    assert demo_file.read_bytes() != before


def test_new_into_a_missing_folder_is_a_plain_error(tmp_path, capsys):
    assert main(["new", "-o", str(tmp_path / "no" / "such" / "x.ivplan")]) == 1
    assert "could not be saved" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [["summary"], ["validate"], ["frobnicate"], ["new"], ["summary", "x", "--today", "soon"]],
)
def test_usage_mistakes_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2


def test_an_internal_bug_is_reported_plainly(demo_file, capsys, monkeypatch, user_dirs):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("interventionplanner.cli.summarise", broken)
    assert main(["summary", str(demo_file)]) == 3
    err = capsys.readouterr().err
    assert "unexpected" in err
    assert "boom" not in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "launcher",
    [
        [sys.executable, "-m", "interventionplanner"],
        [sys.executable, str(Path(__file__).parents[1] / "main.py")],
        [str(Path(sys.executable).parent / "interventionplanner")],
    ],
    ids=["module", "main.py", "console-script"],
)
def test_every_launcher_prints_the_version(launcher):
    result = subprocess.run([*launcher, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.strip() == f"interventionplanner {__version__}"


def test_exit_codes_through_a_real_process(tmp_path):
    bad = tmp_path / "empty.ivplan"
    bad.write_bytes(b"")
    run = [sys.executable, "-m", "interventionplanner", "validate", str(bad)]
    result = subprocess.run(run, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == '"empty.ivplan" could not be opened: the file is empty.'


def test_invitations_writes_drafts_and_a_calendar(demo_file, tmp_path, capsys):
    out = tmp_path / "invitations"
    code, result = run_json(capsys, "invitations", str(demo_file), "-o", str(out))
    assert code == 0
    written = [Path(p) for p in result["written"]]
    assert result["count"] == len(written) == 7  # six people and meeting.ics
    assert sorted(out.iterdir()) == sorted(written)
    assert sum(p.suffix == ".eml" for p in written) == 6
    assert out / "meeting.ics" in written


def test_invitations_text_lists_the_files(demo_file, tmp_path, capsys):
    out = tmp_path / "invitations"
    assert main(["invitations", str(demo_file), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Wrote 7 files to ")
    assert "  invitation-01-" in text
    assert "  meeting.ics" in text


def test_invitations_from_a_damaged_plan(tmp_path, capsys):
    bad = tmp_path / "cut.ivplan"
    bad.write_text('{"format": "interventionplanner.plan", "ver')
    out = tmp_path / "out"
    assert main(["invitations", str(bad), "-o", str(out)]) == 1
    assert capsys.readouterr().err.startswith('"cut.ivplan" could not be opened:')
    assert not out.exists()


def test_invitations_with_a_broken_user_template(demo_file, tmp_path, capsys):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "invitation_invitational.txt.j2").write_text("Subject\n\n{% for %}\n")
    out = tmp_path / "out"
    assert main(["invitations", str(demo_file), "-o", str(out), "--templates", str(mine)]) == 1
    err = capsys.readouterr().err
    assert "your copy" in err.lower()
    assert "line 3" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_invitations_into_a_folder_that_cannot_be_written(demo_file, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert main(["invitations", str(demo_file), "-o", str(blocker)]) == 1
    err = capsys.readouterr().err
    assert "could not write to that folder" in err.lower()
    assert "Traceback" not in err
    assert blocker.read_text() == "not a folder"


def test_invitations_needs_an_output_folder(demo_file):
    with pytest.raises(SystemExit) as exit_info:
        main(["invitations", str(demo_file)])
    assert exit_info.value.code == 2


# --- letter kits: letter-kit and import-letter ----------------------------------------------


def _kit_for(demo_file: Path, tmp_path: Path, capsys, who: str = "claire bennett") -> Path:
    kit = tmp_path / "claire.md"
    assert main(["letter-kit", str(demo_file), "--participant", who, "-o", str(kit)]) == 0
    capsys.readouterr()
    return kit


def test_letter_kit_writes_a_kit_for_a_name_in_any_case(demo_file, tmp_path, capsys):
    kit = tmp_path / "claire.md"
    argv = ["letter-kit", str(demo_file), "--participant", "CLAIRE  bennett", "-o", str(kit)]
    assert main(argv) == 0
    assert "Claire Bennett" in capsys.readouterr().out
    text = kit.read_text(encoding="utf-8")
    assert text.startswith("<!-- intervention-planner letter-kit v1 participant=")
    assert "## 1. Love and a memory" in text
    assert "Claire-bear" in text  # her letter so far


def test_letter_kit_by_id(demo_file, tmp_path, capsys):
    from interventionplanner.storage import load_plan

    lily = load_plan(demo_file).plan.participants[5]
    kit = tmp_path / "lily.md"
    assert main(["letter-kit", str(demo_file), "--participant", lily.id, "-o", str(kit)]) == 0
    assert f"participant={lily.id}" in kit.read_text(encoding="utf-8")


def test_letter_kit_for_nobody_lists_the_names(demo_file, tmp_path, capsys):
    kit = tmp_path / "kit.md"
    assert main(["letter-kit", str(demo_file), "--participant", "Bob", "-o", str(kit)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith('Nobody in this plan is called "Bob".')
    assert "Margaret Marsh, Claire Bennett, Ray Doyle" in err
    assert "\n" not in err
    assert not kit.exists()


def test_letter_kit_for_an_ambiguous_name_gives_the_ids(tmp_path, capsys):
    from interventionplanner.domain.plan import Participant, Plan
    from interventionplanner.storage import save_plan

    twins = [Participant(name="Sam Lee"), Participant(name="sam lee")]
    plan_file = tmp_path / "twins.ivplan"
    save_plan(Plan(participants=twins), plan_file)
    kit = tmp_path / "kit.md"
    assert main(["letter-kit", str(plan_file), "--participant", "Sam Lee", "-o", str(kit)]) == 1
    err = capsys.readouterr().err.strip()
    assert "More than one person" in err
    assert twins[0].id in err
    assert twins[1].id in err
    assert "\n" not in err
    assert not kit.exists()


def test_letter_kit_will_not_overwrite_without_force(demo_file, tmp_path, capsys):
    kit = tmp_path / "claire.md"
    kit.write_text("a kit that came back, full of words")
    argv = ["letter-kit", str(demo_file), "--participant", "Claire Bennett", "-o", str(kit)]
    assert main(argv) == 1
    assert "already exists" in capsys.readouterr().err
    assert kit.read_text() == "a kit that came back, full of words"
    assert main([*argv, "--force"]) == 0
    assert kit.read_text(encoding="utf-8").startswith("<!-- intervention-planner")


def test_letter_kit_into_a_folder_suggests_a_name(demo_file, tmp_path, capsys):
    argv = ["letter-kit", str(demo_file), "--participant", "Ray Doyle", "-o", str(tmp_path)]
    assert main(argv) == 1
    assert "letter-kit-ray-doyle.docx" in capsys.readouterr().err  # Word is the default


def test_import_letter_of_an_untouched_kit_changes_nothing(demo_file, tmp_path, capsys):
    kit = _kit_for(demo_file, tmp_path, capsys)
    before = demo_file.read_bytes()
    assert main(["import-letter", str(demo_file), str(kit), "--yes"]) == 0
    assert "nothing to change" in capsys.readouterr().out
    assert demo_file.read_bytes() == before
    assert not (tmp_path / "family.ivplan.bak").exists()


def _edit_hope(kit: Path) -> None:
    text = kit.read_text(encoding="utf-8")
    text = text.replace("My baby is due in a few months.", "My baby girl is due in a few months.")
    kit.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))


def test_import_letter_without_yes_only_shows_the_changes(demo_file, tmp_path, capsys):
    kit = _kit_for(demo_file, tmp_path, capsys)
    _edit_hope(kit)
    before = demo_file.read_bytes()
    assert main(["import-letter", str(demo_file), str(kit)]) == 0
    out = capsys.readouterr().out
    assert "Claire Bennett" in out
    assert "  3. My hope\n" in out
    assert "What I have seen" not in out
    assert "--yes" in out
    assert demo_file.read_bytes() == before  # byte for byte
    assert not (tmp_path / "family.ivplan.bak").exists()


def test_import_letter_with_yes_saves_the_letter_as_a_draft(demo_file, tmp_path, capsys):
    from interventionplanner.storage import load_plan

    kit = _kit_for(demo_file, tmp_path, capsys)
    _edit_hope(kit)
    before = demo_file.read_bytes()
    code, result = run_json(capsys, "import-letter", str(demo_file), str(kit), "--yes")
    assert code == 0
    assert result["saved"] is True
    assert result["changes"] == [{"field": "my_hope", "heading": "3. My hope", "emptied": False}]
    assert result["participant"]["name"] == "Claire Bennett"
    assert result["status"] == "draft"
    assert (tmp_path / "family.ivplan.bak").read_bytes() == before
    claire = load_plan(demo_file).plan.participants[1]
    assert claire.letter.my_hope.startswith("My baby girl is due in a few months.")
    assert claire.letter.status == "draft"
    assert claire.letter.bottom_line.startswith("If you say no today")


def test_import_letter_json_without_yes(demo_file, tmp_path, capsys):
    kit = _kit_for(demo_file, tmp_path, capsys)
    _edit_hope(kit)
    before = demo_file.read_bytes()
    code, result = run_json(capsys, "import-letter", str(demo_file), str(kit))
    assert (code, result["saved"], result["status"]) == (0, False, "final")
    assert [c["heading"] for c in result["changes"]] == ["3. My hope"]
    assert demo_file.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "The file is empty."),
        (bytes(range(256)), "not plain text"),
        (b"# Shopping\n\n- milk\n", "not a letter kit"),
    ],
    ids=["empty", "binary", "markdown"],
)
def test_import_letter_of_a_bad_kit_is_one_plain_line(demo_file, tmp_path, capsys, content, words):
    kit = tmp_path / "kit.md"
    kit.write_bytes(content)
    before = demo_file.read_bytes()
    assert main(["import-letter", str(demo_file), str(kit), "--yes"]) == 1
    err = capsys.readouterr().err.strip()
    assert words in err
    assert "\n" not in err
    assert "Traceback" not in err
    assert demo_file.read_bytes() == before


def test_import_letter_with_a_heading_removed(demo_file, tmp_path, capsys):
    kit = _kit_for(demo_file, tmp_path, capsys)
    kit.write_text(kit.read_text(encoding="utf-8").replace("## 4. The ask\n", ""), "utf-8")
    before = demo_file.read_bytes()
    assert main(["import-letter", str(demo_file), str(kit), "--yes"]) == 1
    assert '"4. The ask" is missing' in capsys.readouterr().err
    assert demo_file.read_bytes() == before


def test_import_letter_of_another_plans_kit(demo_file, tmp_path, capsys):
    other = tmp_path / "other.ivplan"
    assert main(["new", "-o", str(other)]) == 0
    from interventionplanner.domain.plan import Participant
    from interventionplanner.storage import load_plan, save_plan

    plan = load_plan(other).plan
    plan.participants.append(Participant(name="Claire Bennett"))
    save_plan(plan, other)
    kit = _kit_for(other, tmp_path, capsys)
    before = demo_file.read_bytes()
    assert main(["import-letter", str(demo_file), str(kit), "--yes"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "This letter kit belongs to someone who is not in this plan."
    assert demo_file.read_bytes() == before


def test_import_letter_with_missing_files(demo_file, tmp_path, capsys):
    kit = _kit_for(demo_file, tmp_path, capsys)
    assert main(["import-letter", str(demo_file), str(tmp_path / "nope.md")]) == 1
    assert '"nope.md" could not be read' in capsys.readouterr().err
    assert main(["import-letter", str(tmp_path / "nope.ivplan"), str(kit)]) == 1
    assert "no file with that name" in capsys.readouterr().err


def test_import_letter_when_the_disk_is_full(demo_file, tmp_path, capsys, monkeypatch):
    import errno

    kit = _kit_for(demo_file, tmp_path, capsys)
    _edit_hope(kit)
    before = demo_file.read_bytes()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("interventionplanner.storage.planfile.write_atomic", full)
    assert main(["import-letter", str(demo_file), str(kit), "--yes"]) == 1
    err = capsys.readouterr().err.strip()
    assert "could not be saved: the disk is full" in err
    assert "\n" not in err
    assert "Traceback" not in err
    assert demo_file.read_bytes() == before


@pytest.mark.parametrize(
    "argv",
    [
        ["letter-kit", "plan.ivplan", "-o", "kit.md"],
        ["letter-kit", "plan.ivplan", "--participant", "Ray"],
        ["import-letter", "plan.ivplan"],
        ["import-letter", "plan.ivplan", "kit.md", "--sure"],
    ],
)
def test_letter_kit_usage_mistakes_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2


# --- check-letter ----------------------------------------------------------------------------

LETTER = (
    "Danny, I love you. 🎣 我爱你, Привет!\n"
    "Last spring you were asleep at four. 😢 我很害怕 — you are an addict, and\n"
    "we all feel that you always choose the pills.\n"
)


def _stdin(monkeypatch, data: bytes) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_check_letter_json_offsets_point_into_the_input(tmp_path, capsys):
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    code, result = run_json(capsys, "check-letter", str(letter))
    assert code == 0
    assert set(result) == {"words", "seconds", "findings", "settled"}  # settled: with --plan
    assert result["words"] > 20
    assert result["seconds"] > 0
    # "you always choose the pills": an absolute, and blame (choosing a drug over the family)
    assert [f["category"] for f in result["findings"]] == ["label", "we", "blame", "absolute"]
    for finding in result["findings"]:
        assert set(finding) == {"start", "end", "text", "category", "message", "suggestion"}
        assert LETTER[finding["start"] : finding["end"]] == finding["text"]
    assert result["findings"][0]["text"] == "you are an addict"
    assert result["findings"][0]["suggestion"] == "you are struggling with drugs"
    assert result["findings"][2]["suggestion"] is None


def test_check_letter_counts_like_the_app(tmp_path, capsys):
    from interventionplanner.domain.speaking import count_words, speaking_seconds

    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    words = count_words(LETTER)
    _, at_default = run_json(capsys, "check-letter", str(letter))
    assert (at_default["words"], at_default["seconds"]) == (words, speaking_seconds(words, 130))
    _, slower = run_json(capsys, "check-letter", str(letter), "--wpm", "60")
    assert slower["seconds"] == speaking_seconds(words, 60) > at_default["seconds"]


def test_check_letter_text_shows_line_column_and_suggestion(tmp_path, capsys):
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    assert main(["check-letter", str(letter)]) == 0
    out = capsys.readouterr().out
    column = LETTER.splitlines()[1].index("you are an addict") + 1
    assert f'  2:{column} "you are an addict" (label): ' in out
    assert '    Perhaps: "you are struggling with drugs"' in out
    assert '  3:1 "we all" (we): ' in out
    assert "to read aloud at 130 a minute" in out


def test_check_letter_reads_standard_input(monkeypatch, capsys):
    _stdin(monkeypatch, LETTER.encode("utf-8"))
    code, result = run_json(capsys, "check-letter", "-")
    assert code == 0
    for finding in result["findings"]:
        assert LETTER[finding["start"] : finding["end"]] == finding["text"]


def test_check_letter_with_nothing_to_say(monkeypatch, capsys):
    _stdin(monkeypatch, b"")
    code, result = run_json(capsys, "check-letter", "-")
    assert (code, result) == (0, {"words": 0, "seconds": 0, "findings": [], "settled": []})
    _stdin(monkeypatch, "I love you, and I am proud of you. 😊".encode())
    assert main(["check-letter", "-"]) == 0
    assert "No wording suggestions." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda tmp: tmp / "nowhere.txt", "there is no file with that name"),
        (lambda tmp: tmp, "that is a folder, not a file"),
        (lambda tmp: _write(tmp / "latin1.txt", "Zoë’s letter".encode("cp1252")), "not UTF-8"),
    ],
    ids=["missing", "folder", "not-utf8"],
)
def test_check_letter_unreadable_input_is_one_plain_line(tmp_path, capsys, make, words):
    path = make(tmp_path)
    assert main(["check-letter", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert words in err
    assert "\n" not in err
    assert "Traceback" not in err


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_check_letter_non_utf8_on_standard_input(monkeypatch, capsys):
    _stdin(monkeypatch, b"caf\xe9 addict")
    assert main(["check-letter", "-"]) == 1
    assert capsys.readouterr().err.strip() == (
        "The text on standard input is not UTF-8 text; save it as UTF-8 and try again."
    )


def test_check_letter_refuses_a_reading_speed_of_zero(tmp_path, capsys):
    letter = _write(tmp_path / "letter.txt", b"I love you.")
    assert main(["check-letter", str(letter), "--wpm", "0"]) == 2
    assert "--wpm" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["check-letter"], ["check-letter", "x", "--wpm", "fast"]])
def test_check_letter_usage_mistakes_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2


def test_check_letter_through_a_real_process():
    run = [sys.executable, "-m", "interventionplanner", "check-letter", "-", "--json"]
    data = LETTER.encode("utf-8")
    result = subprocess.run(run, input=data, capture_output=True, check=False)
    assert result.returncode == 0
    report = json.loads(result.stdout.decode("utf-8"))
    texts = [f["text"] for f in report["findings"]]
    assert texts == [
        "you are an addict",
        "we all",
        "you always choose the pills",
        "you always choose",
    ]
    for finding in report["findings"]:
        assert LETTER[finding["start"] : finding["end"]] == finding["text"]


# --- summary: the run of show and the seating ------------------------------------------------


def test_summary_json_timeline_adds_up(demo_file, capsys):
    code, summary = run_json(capsys, "summary", str(demo_file), "--today", TODAY)
    assert code == 0
    timeline = summary["timeline"]
    assert [e["role"] for e in timeline] == ["opening", *["letter"] * 6, "closing"]
    assert all(e["who"] and e["seconds"] > 0 for e in timeline)
    assert timeline[0]["start_seconds"] == 0
    for before, entry in zip(timeline, timeline[1:], strict=False):
        assert entry["start_seconds"] == before["start_seconds"] + before["seconds"]
    assert sum(e["seconds"] for e in timeline) == summary["total_seconds"]
    assert timeline[-1]["start_seconds"] + timeline[-1]["seconds"] == summary["total_seconds"]
    assert timeline[0]["clock"] == "10:00"
    read_for = [e for e in timeline if "reads_for" in e]
    assert [(e["who"], e["reads_for"]) for e in read_for] == [("Ray Doyle", "Evelyn Doyle")]
    letters = [e for e in timeline if e["role"] == "letter"]
    assert [e["who"] for e in letters] == [s["name"] for s in summary["speakers"]]


def test_summary_json_seating_lists_names_in_order(demo_file, capsys):
    _, summary = run_json(capsys, "summary", str(demo_file), "--today", TODAY)
    assert summary["seating"] == [
        "Claire Bennett",
        "Lily Marsh",
        "Marcus Bell",
        "Margaret Marsh",
        "Ray Doyle",
    ]


def test_summary_text_shows_the_run_of_show_with_clock_times(demo_file, capsys):
    assert main(["summary", str(demo_file), "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert "Run of show:" in out
    assert "  10:00 a.m. Opening words — Margaret Marsh (" in out
    assert "Letter from Evelyn Doyle — Ray Doyle (" in out
    assert " Closing words — Margaret Marsh (" in out
    assert "Seating, clockwise from Danny's left: Claire Bennett, Lily Marsh, " in out


def test_summary_of_a_new_plan_without_a_start_time(tmp_path, capsys):
    path = tmp_path / "new.ivplan"
    assert main(["new", "-o", str(path)]) == 0
    capsys.readouterr()
    code, summary = run_json(capsys, "summary", str(path), "--today", TODAY)
    assert code == 0
    assert summary["seating"] == []
    assert [(e["role"], e["clock"]) for e in summary["timeline"]] == [
        ("opening", None),
        ("closing", None),
    ]
    assert main(["summary", str(path), "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert "Run of show (no start time yet; times from the start):" in out
    assert "  +0:00 Opening words — (no chairperson yet) (2:00)" in out
    assert "Seating: not decided yet." in out


# --- export: the meeting packet and reading copies ------------------------------------------


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_export_writes_the_packet(demo_file, tmp_path, capsys):
    out = tmp_path / "packet.pdf"
    assert main(["export", str(demo_file), "-o", str(out), "--today", TODAY]) == 0
    assert "Wrote the meeting packet (the chairperson's copy" in capsys.readouterr().out
    text = _pdf_text(out)
    assert "Meeting packet" in text
    assert "Bottom lines — for the chairperson only" not in text
    apart = tmp_path / "packet-bottom-lines.pdf"
    assert "Bottom lines — for the chairperson only" in _pdf_text(apart)
    assert not (tmp_path / "packet.pdf.bak").exists()


def test_export_writes_the_bottom_lines_where_asked(demo_file, tmp_path, capsys):
    apart = tmp_path / "for-margaret.pdf"
    argv = ["export", str(demo_file), "--bottom-lines", str(apart), "--paper", "a4"]
    assert main(argv) == 0
    assert "for the chairperson only" in capsys.readouterr().out
    assert "Bottom lines — for the chairperson only" in _pdf_text(apart)
    assert main([*argv, "--no-bottom-lines"]) == 2


def test_export_into_a_folder_names_the_file_without_the_loved_one(demo_file, tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["export", str(demo_file), "-o", str(folder), "--paper", "a4"]) == 0
    written, apart = sorted(folder.iterdir(), key=lambda p: len(p.name))
    assert apart.name == f"{written.stem}-bottom-lines.pdf"
    assert written.name.startswith("meeting-packet-20")
    assert written.suffix == ".pdf"
    assert "danny" not in written.name.lower()
    assert "marsh" not in written.name.lower()


def test_export_without_bottom_lines_and_with_reading_copies(demo_file, tmp_path, capsys):
    out, copies = tmp_path / "team.pdf", tmp_path / "copies"
    argv = ["export", str(demo_file), "-o", str(out), "--reading-copies", str(copies)]
    assert main([*argv, "--no-bottom-lines", "--paper", "letter"]) == 0
    printed = capsys.readouterr().out
    assert "without bottom lines" in printed
    assert "bottom-lines.pdf" not in printed
    assert not list(tmp_path.glob("*bottom-lines*"))
    assert "Wrote 5 reading copies" in printed
    assert "reading-copy-01-margaret-marsh.pdf" in printed
    assert "Bottom line" not in _pdf_text(out)
    assert len(list(copies.glob("reading-copy-*.pdf"))) == 5


def test_export_will_not_overwrite_without_force(demo_file, tmp_path, capsys):
    out = tmp_path / "packet.pdf"
    out.write_bytes(b"mine")
    assert main(["export", str(demo_file), "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == b"mine"
    assert main(["export", str(demo_file), "-o", str(out), "--force"]) == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_export_of_a_damaged_plan_is_a_plain_error(tmp_path, capsys):
    bad = tmp_path / "bad.ivplan"
    bad.write_text("{ not json")
    out = tmp_path / "packet.pdf"
    assert main(["export", str(bad), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.strip()
    assert "Traceback" not in err
    assert not out.exists()


def test_export_into_a_missing_folder_is_a_plain_error(demo_file, tmp_path, capsys):
    out = tmp_path / "missing" / "packet.pdf"
    assert main(["export", str(demo_file), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Nothing was written")
    assert "does not exist" in err
    assert "Traceback" not in err
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["export", str(demo_file), "--reading-copies", str(blocker)]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err


def test_export_needs_somewhere_to_write(demo_file, capsys):
    assert main(["export", str(demo_file)]) == 2
    assert "-o OUT.pdf" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(demo_file), "-o", "x.pdf", "--paper", "legal"])
    assert exit_info.value.code == 2


def test_export_lists_characters_that_will_not_print(demo_file, tmp_path, capsys):
    from interventionplanner.storage import load_plan, save_plan

    plan = load_plan(demo_file).plan
    plan.participants[0].letter.my_hope += " 我爱你"
    save_plan(plan, demo_file)
    assert main(["export", str(demo_file), "-o", str(tmp_path / "p.pdf")]) == 0
    assert "show as □: 我 爱 你" in capsys.readouterr().out


def test_export_can_lock_the_pdf_with_its_own_password(demo_file, tmp_path, capsys):
    from pypdf import PdfReader

    secret = tmp_path / "pdf-password.txt"
    secret.write_text("tea for two\n", "utf-8")
    out = tmp_path / "locked.pdf"
    argv = ["export", str(demo_file), "-o", str(out), "--pdf-password-file", str(secret)]
    assert main(argv) == 0
    reader = PdfReader(out)
    assert reader.is_encrypted
    assert not reader.decrypt("wrong")
    assert reader.decrypt("tea for two")


def test_a_reader_that_stops_early_is_not_an_error(demo_file, capsys, monkeypatch):
    """`summary … | head -1`: when the pipe closes early, the command ends quietly with 0."""

    def closed_pipe(args):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setitem(cli._COMMANDS, "summary", closed_pipe)
    monkeypatch.setattr(sys, "stdout", sys.stdout)  # restored after the handler swaps it
    assert main(["summary", str(demo_file)]) == 0
    assert capsys.readouterr().err == ""
