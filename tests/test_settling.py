"""Settling a coach's note ("Leave this as it is"): the keys, the filter, the plan file and
`check-letter`. The window's side is in tests/test_gui_settling.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interventionplanner.cli import main
from interventionplanner.domain import limits, settling
from interventionplanner.domain.plan import Letter, Participant, Plan, Role
from interventionplanner.storage.coach_rules import load_coach
from interventionplanner.storage.planfile import load_plan, save_plan

HARSH = "You are so selfish."


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


def test_a_key_ignores_case_spacing_and_curly_quotes():
    assert settling.normal_sentence("  You’re  SO\tselfish. ") == "you're so selfish."
    assert settling.normal_sentence("“Fine”") == '"fine"'


def test_a_sentence_is_found_within_its_line():
    text = "I love you. You are so selfish. We miss you.\nYou are so selfish."
    assert settling.sentence_at(text, 15).strip() == "You are so selfish."
    assert settling.sentence_at(text, text.rindex("selfish")) == "You are so selfish."


def test_a_sentence_ends_where_the_coach_ends_it():
    """ "3 a.m. You…" is two sentences to the coach (a capital follows): to settling too."""
    text = "I called at 3 a.m. You are so selfish."
    assert settling.sentence_at(text, text.index("selfish")).strip() == "You are so selfish."


def test_a_very_long_sentence_keeps_within_the_plans_limit():
    long = "you are so selfish and " * 200
    key = settling.normal_sentence(long)
    assert len(key) <= limits.TEXT_LIMITS[limits.Kind.LINE].chars
    assert key != settling.normal_sentence(long + "again")


def test_settled_notes_are_split_off_by_sentence_and_category(coach):
    text = f"{HARSH} I love you. {HARSH}"
    found = coach.find(text)
    assert len(found) == 2
    key = settling.key_of(text, found[0])
    still, left = settling.split(text, found, {key})
    assert still == []
    assert left == found
    other_category = (key[0], "label")
    assert settling.split(text, found, {other_category}) == (found, [])


def test_settle_once_and_show_again():
    letter = Letter()
    assert settling.settle(letter, ("you are so selfish.", "insult"))
    assert not settling.settle(letter, ("you are so selfish.", "insult"))
    assert settling.unsettle_all(letter) == 1
    assert letter.settled == []


def test_an_edited_sentence_is_no_longer_settled(coach):
    letter = Letter(love_and_memory=f"I love you. {HARSH}")
    finding = coach.find(letter.love_and_memory)[0]
    settling.settle(letter, settling.key_of(letter.love_and_memory, finding))
    assert settling.letter_notes(coach, letter).open == ()
    letter.love_and_memory = "We went fishing.\n\nI love you. " + HARSH  # moved: still settled
    assert len(settling.letter_notes(coach, letter).settled) == 1
    letter.love_and_memory = "I love you. You are so selfish and cold."
    notes = settling.letter_notes(coach, letter)
    assert len(notes.open) == 1
    assert notes.settled == ()


def _plan_with_settled(coach) -> Plan:
    writer = Participant(name="Mia", roles=[Role.SPEAKER])
    writer.letter.love_and_memory = f"I love you. {HARSH}"
    finding = coach.find(writer.letter.love_and_memory)[0]
    settling.settle(writer.letter, settling.key_of(writer.letter.love_and_memory, finding))
    return Plan(participants=[writer])


def test_settled_notes_survive_a_save_and_open(tmp_path: Path, coach):
    path = tmp_path / "plan.ivplan"
    plan = _plan_with_settled(coach)
    save_plan(plan, path)
    raw = json.loads(path.read_text("utf-8"))
    assert raw["version"] == "1.5"
    assert raw["plan"]["participants"][0]["letter"]["settled"] == [
        {"sentence": "you are so selfish.", "category": "insult"}
    ]
    again = load_plan(path).plan
    assert again.participants[0].letter.settled == plan.participants[0].letter.settled


def test_a_plan_from_before_1_5_opens_with_nothing_settled(tmp_path: Path, coach):
    path = tmp_path / "old.ivplan"
    save_plan(_plan_with_settled(coach), path)
    raw = json.loads(path.read_text("utf-8"))
    raw["version"] = "1.4"
    del raw["plan"]["participants"][0]["letter"]["settled"]
    path.write_text(json.dumps(raw), "utf-8")
    assert load_plan(path).plan.participants[0].letter.settled == []


def test_check_letter_reports_settled_notes_apart(tmp_path: Path, capsys, coach):
    plan_path = tmp_path / "plan.ivplan"
    save_plan(_plan_with_settled(coach), plan_path)
    letter = tmp_path / "letter.txt"
    letter.write_text(f"{HARSH}\nYou are a junkie.\n", "utf-8")

    assert main(["check-letter", str(letter), "--json"]) == 0
    alone = json.loads(capsys.readouterr().out)
    assert alone["settled"] == []
    assert len(alone["findings"]) == 2

    argv = ["check-letter", str(letter), "--plan", str(plan_path), "--participant", "mia"]
    assert main([*argv, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [f["text"] for f in result["findings"]] == ["You are a junkie"]
    assert [f["text"] for f in result["settled"]] == ["selfish"]
    assert set(result["settled"][0]) == set(result["findings"][0])  # the same shape

    assert main(argv) == 0
    said = capsys.readouterr().out
    assert "Left as they are by the writer (1):" in said
    assert '"selfish"' in said


def test_check_letter_plan_and_participant_go_together(tmp_path: Path, capsys):
    letter = tmp_path / "letter.txt"
    letter.write_text(HARSH, "utf-8")
    assert main(["check-letter", str(letter), "--plan", str(tmp_path / "x.ivplan")]) == 2
    assert "go together" in capsys.readouterr().err


def test_check_letter_names_who_is_not_in_the_plan(tmp_path: Path, capsys, coach):
    plan_path = tmp_path / "plan.ivplan"
    save_plan(_plan_with_settled(coach), plan_path)
    letter = tmp_path / "letter.txt"
    letter.write_text(HARSH, "utf-8")
    argv = ["check-letter", str(letter), "--plan", str(plan_path), "--participant", "Ken"]
    assert main(argv) == 1
    assert "Nobody in this plan is called" in capsys.readouterr().err
