"""The gentle language coach: what it questions, what it leaves alone, and its offsets."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from coach_corpus import FLAG, HARD_CASE_TRAPS, TRAPS

from interventionplanner import paths
from interventionplanner.domain.coach import (
    CATEGORIES,
    Coach,
    CoachFinding,
    CoachRule,
    CoachRuleError,
    apply,
)
from interventionplanner.storage.coach_rules import coach_from_data, load_coach


@pytest.fixture(scope="module")
def coach() -> Coach:
    return load_coach()


@pytest.fixture(scope="module")
def rules_file() -> dict:
    return json.loads(paths.resource("coach_rules.json").read_text("utf-8"))


def categories(coach: Coach, text: str) -> set[str]:
    return {f.category for f in coach.find(text)}


# The brief's hard cases, pinned one by one so a regression names itself.
@pytest.mark.parametrize("text", HARD_CASE_TRAPS)
def test_hard_cases_are_left_alone(coach, text):
    assert coach.find(text) == []


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        ("you're so weak", "so weak", "insult"),
        ("You are weak.", "weak", "insult"),
        ("You are hopeless.", "hopeless", "insult"),
        ("You’ve been clean for a month.", "clean", "clean"),
        ("Get clean.", "clean", "clean"),
        ("Stay clean.", "clean", "clean"),
        ("Are you clean?", "clean", "clean"),
        ("clean and sober", "clean and sober", "clean"),
        ("a dirty urine test", "dirty", "clean"),
        ("You were dirty.", "dirty", "clean"),
        ("I've heard that you left.", "I've heard that", "hearsay"),
        ("I’ve heard you’ve moved.", "I’ve heard", "hearsay"),
        ("People say you drink.", "People say", "hearsay"),
        ("everyone says so", "everyone says", "hearsay"),
        ("They tell me things.", "They tell me", "hearsay"),
        ("Someone told me.", "Someone told me", "hearsay"),
        ("We all feel it.", "We all", "we"),
        ("we all think so", "we all", "we"),
        ("We all are worried.", "We all are", "we"),
        ("We have all seen it.", "We have all", "we"),
        ("That was your fault.", "your fault", "blame"),
        ("You should be ashamed.", "You should be ashamed", "insult"),
        ("How could you?", "How could you", "blame"),
        ("What's wrong with you?", "What's wrong with you", "blame"),
        ("What is wrong with you?", "What is wrong with you", "blame"),
        ("You don't care.", "You don't care", "blame"),
        ("You do not care.", "You do not care", "blame"),
        ("You always lie.", "You always", "absolute"),
        ("You never call.", "You never", "absolute"),
    ],
)
def test_named_cases_are_found_on_the_right_words(coach, text, words, category):
    """The rules' own words (the second opinion may add another category's finding)."""
    found = coach.find(text, second_opinion=False)
    assert [(f.text, f.category) for f in found] == [(words, category)]


# --- findings: offsets, order, overlap ---------------------------------------------------


def _long_letter(demo_plan) -> str:
    letters = [p.letter.text() for p in demo_plan.participants]
    corpus = [text for text, _ in FLAG] + TRAPS
    return "\n\n".join(["🎣 Привет 我爱你 —", *letters, " ".join(corpus), "😢 " * 3, *corpus])


def test_offsets_always_point_at_the_finding(coach, demo_plan):
    texts = [text for text, _ in FLAG] + TRAPS + [_long_letter(demo_plan)]
    total = 0
    for text in texts:
        for finding in coach.find(text):
            assert text[finding.start : finding.end] == finding.text
            total += 1
    assert total >= len(FLAG) * 2  # the long letter repeats every flagged sentence


def test_findings_are_in_order_and_never_overlap_within_a_category(coach, demo_plan):
    findings = coach.find(_long_letter(demo_plan))
    assert findings == sorted(findings, key=lambda f: f.start)
    for category in CATEGORIES:
        mine = [f for f in findings if f.category == category]
        for before, after in zip(mine, mine[1:], strict=False):
            assert before.end <= after.start


def test_two_categories_may_share_words(coach):
    found = {f.category for f in coach.find("You always choose the bottle over us.")}
    assert found == {"absolute", "blame"}


def test_the_longer_of_two_overlapping_findings_is_kept(coach):
    assert [f.text for f in coach.find("You are a former addict.")] == ["former addict"]
    assert [f.text for f in coach.find("You never cared.") if f.category == "blame"] == [
        "You never cared"
    ]
    assert [f.text for f in coach.find("Stay clean and sober.")] == ["clean and sober"]


def test_emoji_and_other_scripts_before_a_finding(coach):
    text = "😀🎉 我爱你 — Привет, ты junkie 👩‍👩‍👧."
    [finding] = coach.find(text)
    assert finding.text == "junkie"
    assert text[finding.start : finding.end] == "junkie"


def test_a_word_inside_another_word_is_not_a_finding(coach):
    """The rules' word boundaries (the second opinion reads word stems on purpose)."""
    text = "addicts-only addictive junkieish preaddict non-alcoholic"
    assert coach.find(text, second_opinion=False) == []


def test_a_phrase_broken_across_lines_is_still_found(coach):
    [finding] = coach.find("You are\nan\naddict.")
    assert finding.text == "You are\nan\naddict"


def test_a_letter_that_lower_cases_longer_keeps_its_offsets(coach):
    text = "İstanbul İ İ. You are an addict."  # "İ".lower() is two characters
    [finding] = coach.find(text)
    assert text[finding.start : finding.end] == "You are an addict"


def test_nothing_in_nothing_out(coach):
    assert coach.find("") == []
    assert coach.find("   \n\n") == []


# --- apply -------------------------------------------------------------------------------


def test_apply_replaces_only_the_finding(coach):
    text = "I love you. You're a junkie now, and it scares me."
    [finding] = coach.find(text)
    assert apply(text, finding) == (
        "I love you. You're struggling with drugs now, and it scares me."
    )
    assert coach.apply(text, finding) == apply(text, finding)


def test_apply_keeps_a_capital_first_letter(coach):
    text = "We’re scared."
    [finding] = coach.find(text)
    assert apply(text, finding) == "I'm scared."
    lower = "sometimes we all feel lost"
    assert apply(lower, coach.find(lower)[0]) == "sometimes I feel lost"


def test_apply_refuses_a_stale_finding(coach):
    text = "You are an addict."
    [finding] = coach.find(text)
    edited = "Well, " + text
    with pytest.raises(ValueError, match="changed"):
        apply(edited, finding)
    with pytest.raises(ValueError, match="changed"):
        apply(text[:5], finding)


def test_apply_refuses_a_finding_without_a_suggestion(coach):
    text = "You always forget."
    [finding] = coach.find(text)
    assert finding.suggestion is None
    with pytest.raises(ValueError, match="no suggested wording"):
        apply(text, finding)


def test_apply_refuses_offsets_outside_the_text():
    finding = CoachFinding(-3, 0, "", "label", "m", "x", "r")
    with pytest.raises(ValueError, match="changed"):
        apply("abc", finding)


def test_find_never_changes_the_text(coach):
    text = "You are an addict."
    coach.find(text)
    assert text == "You are an addict."


# --- the rules file ----------------------------------------------------------------------


def test_every_rule_has_a_message_and_a_source(rules_file):
    sources = rules_file["sources"]
    assert rules_file["rules"]
    for rule in rules_file["rules"]:
        assert rule["category"] in CATEGORIES, rule["id"]
        message = rule["message"]
        assert message.strip(), rule["id"]
        assert message.endswith("."), rule["id"]
        assert ". " not in message.rstrip("."), f"{rule['id']}: one sentence"
        assert rule["sources"], rule["id"]
        for source in rule["sources"]:
            assert source in sources, f"{rule['id']} cites {source}"
            assert sources[source]["url"].startswith("http"), source
            assert sources[source]["title"], source
            assert sources[source]["publisher"], source


def test_the_rules_file_is_versioned_and_dated(rules_file):
    assert isinstance(rules_file["catalogue_version"], int)
    assert date.fromisoformat(rules_file["reviewed"])


def test_suggestions_are_plain_words_not_clinical_ones(rules_file):
    suggestions = {r["id"]: r["suggestion"] for r in rules_file["rules"]}
    assert suggestions["label-you-the-pills"] == "{you_be} struggling with the pills"
    assert suggestions["label-you-alcohol"] == "{you_be} struggling with alcohol"
    assert suggestions["clean-be"] == "sober"
    assert suggestions["dirty-person"] == "using"
    assert suggestions["abuse"] == "misuse"
    clinical = [s for s in suggestions.values() if s and "disorder" in s]
    assert clinical == []


def test_nida_is_cited_for_the_person_first_words(rules_file):
    nida = rules_file["sources"]["nida-words-matter"]
    assert nida["url"] == (
        "https://nida.nih.gov/research-topics/addiction-science/"
        "words-matter-preferred-language-talking-about-addiction"
    )
    labels = [r for r in rules_file["rules"] if r["category"] == "label"]
    assert all("nida-words-matter" in r["sources"] for r in labels)


def test_load_coach_is_cached():
    assert load_coach() is load_coach()


def test_every_bundled_rule_compiles(coach):
    coach.check()


# --- rules that cannot work are refused, naming the rule -----------------------------------


def _data(**changes) -> dict:
    rule = {
        "id": "r1",
        "category": "label",
        "patterns": ["addict"],
        "message": "Kind words.",
        "sources": ["s"],
    }
    rule.update(changes)
    source = {"title": "t", "publisher": "p", "url": "https://example.org", "date": None}
    return {"sources": {"s": source}, "macros": {}, "rules": [rule]}


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"category": "rude"}, "category"),
        ({"patterns": ["(unclosed"]}, "does not work"),
        ({"patterns": ["{{NOWHERE}}"]}, "NOWHERE"),
        ({"sources": ["elsewhere"]}, "elsewhere"),
        ({"sources": []}, "no source"),
        ({"message": " "}, "no message"),
        ({"pattern": ["typo"]}, "unknown keys"),
    ],
)
def test_a_broken_rule_is_refused_by_name(changes, words):
    with pytest.raises(CoachRuleError, match=re.escape(words)) as error:
        coach_from_data(_data(**changes)).check()  # shape errors come before check()
    assert '"r1"' in str(error.value)


def test_rule_ids_are_unique():
    rule = CoachRule("same", "label", ("a",), "m.", ("s",))
    with pytest.raises(CoachRuleError, match="same"):
        Coach([rule, rule])


def test_guards_and_macros_in_a_small_coach():
    data = _data(
        patterns=["{{WORD}}"],
        unless_preceded_by=["former"],
        unless_followed_by=["s' bracket"],
    )
    data["macros"] = {"WORD": "addict|loser"}
    small = coach_from_data(data)
    assert [f.text for f in small.find("An addict, a loser.")] == ["addict", "loser"]
    assert small.find("a former addict; the losers' bracket") == []


# --- the example plan and speed ------------------------------------------------------------


def test_the_example_letters_draw_no_finding_at_all(coach, demo_plan):
    """The bundled example is the model letter a frightened family reads first: the coach
    must find nothing in it, in any category (round 3's hearsay rules once did)."""
    for person in demo_plan.participants:
        assert coach.find(person.letter.text()) == [], person.name
        assert coach.find(person.letter.bottom_line, "bottom_line") == [], person.name


def test_the_stored_prefilter_is_current():
    """Regenerate with: python -m interventionplanner.storage.coach_rules"""
    from interventionplanner.storage.coach_rules import COACH_PREFILTER, prefilter_data

    raw = paths.resource("coach_rules.json").read_bytes()
    stored = json.loads(paths.resource(COACH_PREFILTER).read_text("utf-8"))
    assert stored == prefilter_data(raw)


def test_the_first_pass_finds_a_word_that_starts_a_longer_one():
    """The first pass matches the longest needed word at a place; a rule needing a shorter
    word that starts it ("never" in "nevertheless") must still run there."""
    data = _data(patterns=["never(?:theless)?"])
    longer = {**data["rules"][0], "id": "r2", "category": "insult", "patterns": ["nevertheless"]}
    data["rules"].append(longer)
    small = coach_from_data(data, {"r1": ["never"], "r2": ["nevertheless"]})
    assert sorted(f.rule_id for f in small.find("Nevertheless, I wait.")) == ["r1", "r2"]
    assert [f.rule_id for f in small.find("You never came.")] == ["r1"]


def test_the_first_pass_keys_three_letter_words_and_longer_ones_apart():
    """Words are keyed by four letters, or three for a three-letter word; a three-letter word
    ("lie") must still be found where a longer word sharing its letters starts ("lies")."""
    data = _data(patterns=["lie"])
    longer = {**data["rules"][0], "id": "r2", "category": "insult", "patterns": ["lies"]}
    data["rules"].append(longer)
    small = coach_from_data(data, {"r1": ["lie"], "r2": ["lies"]})
    assert [f.rule_id for f in small.find("Don't lie.")] == ["r1"]
    assert [f.rule_id for f in small.find("More lies.")] == ["r2"]
    assert small.find("I believe you.") == []


def test_a_macro_is_expanded_once_and_used_everywhere():
    data = _data(patterns=["{{WORD}} you"])
    data["macros"] = {"WORD": "hate|despise"}
    data["rules"].append({**data["rules"][0], "id": "r2", "patterns": ["{{WORD}} them"]})
    small = coach_from_data(data)
    assert [f.rule_id for f in small.find("I despise them.")] == ["r2"]
    assert [f.rule_id for f in small.find("I hate you.")] == ["r1"]
