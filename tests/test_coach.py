"""The gentle language coach: what it questions, what it leaves alone, and its offsets."""

from __future__ import annotations

import json
import re
import time
from datetime import date

import pytest
from coach_corpus import SHOULD_FLAG, SHOULD_PASS

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


# --- the labelled corpus ---------------------------------------------------------------


def test_the_corpus_is_big_enough():
    assert len(SHOULD_FLAG) >= 60
    assert len(SHOULD_PASS) >= 60
    assert {c for _, cats in SHOULD_FLAG for c in cats} == set(CATEGORIES)


def test_precision_and_recall_over_the_corpus(coach, record_score):
    """Counted per category: a finding of a category the sentence should not have is a
    false positive even when the sentence rightly has another."""
    true_pos = false_pos = false_neg = 0
    misses: list[str] = []
    for text, expected in SHOULD_FLAG:
        found = categories(coach, text)
        true_pos += len(found & expected)
        false_neg += len(expected - found)
        false_pos += len(found - expected)
        if found != expected:
            misses.append(f"{text!r}: expected {sorted(expected)}, found {sorted(found)}")
    for text in SHOULD_PASS:
        findings = coach.find(text)
        false_pos += len(findings)
        if findings:
            misses.append(f"{text!r}: expected nothing, found {[f.text for f in findings]}")
    precision = true_pos / (true_pos + false_pos)
    recall = true_pos / (true_pos + false_neg)
    summary = f"coach precision={precision:.3f} recall={recall:.3f}"
    record_score(summary)  # printed at the end of every test run
    detail = "\n".join([summary, *misses])
    assert precision >= 0.95, detail
    assert recall >= 0.95, detail


# The brief's hard cases, pinned one by one so a regression names itself.
@pytest.mark.parametrize(
    "text",
    [
        "Addiction changes the brain.",
        "You are addicted, and I know you did not choose that.",
        "I cleaned the kitchen.",
        "I washed your clean clothes.",
        "This feels like a clean start.",
        "You have always been the funny one.",
        "I will never stop loving you.",
        "I never stopped believing in you.",
        "You never have to do this alone.",
        "I made you weak tea.",
        "Sunday was for a lie-in.",
        "We were knocked into the loser's bracket.",
        "I heard you laugh.",
        "We went to the beach.",
        "When we were kids, we fished every weekend.",
        "We can get through this.",
        "I felt hopeless.",
        "It’s not your fault.",
    ],
)
def test_hard_cases_are_left_alone(coach, text):
    assert coach.find(text) == []


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        ("you're so weak", "weak", "insult"),
        ("You are weak.", "weak", "insult"),
        ("You are hopeless.", "hopeless", "insult"),
        ("You’ve been clean for a month.", "clean", "label"),
        ("Get clean.", "clean", "label"),
        ("Stay clean.", "clean", "label"),
        ("Are you clean?", "clean", "label"),
        ("clean and sober", "clean and sober", "label"),
        ("a dirty urine test", "dirty", "label"),
        ("You were dirty.", "dirty", "label"),
        ("I've heard that you left.", "I've heard", "hearsay"),
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
        ("You should be ashamed.", "You should be ashamed", "blame"),
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
    assert [(f.text, f.category) for f in coach.find(text)] == [(words, category)]


# --- findings: offsets, order, overlap ---------------------------------------------------


def _long_letter(demo_plan) -> str:
    letters = [p.letter.text() for p in demo_plan.participants]
    corpus = [text for text, _ in SHOULD_FLAG] + SHOULD_PASS
    return "\n\n".join(["🎣 Привет 我爱你 —", *letters, " ".join(corpus), "😢 " * 3, *corpus])


def test_offsets_always_point_at_the_finding(coach, demo_plan):
    texts = [text for text, _ in SHOULD_FLAG] + SHOULD_PASS + [_long_letter(demo_plan)]
    total = 0
    for text in texts:
        for finding in coach.find(text):
            assert text[finding.start : finding.end] == finding.text
            total += 1
    assert total >= len(SHOULD_FLAG) * 2  # the long letter repeats every flagged sentence


def test_findings_are_in_order_and_never_overlap(coach, demo_plan):
    findings = coach.find(_long_letter(demo_plan))
    assert findings == sorted(findings, key=lambda f: f.start)
    for before, after in zip(findings, findings[1:], strict=False):
        assert before.end <= after.start


def test_the_longer_of_two_overlapping_findings_is_kept(coach):
    assert [f.text for f in coach.find("He is a former addict.")] == ["former addict"]
    assert [f.text for f in coach.find("You never cared.")] == ["You never cared"]
    assert [f.text for f in coach.find("Stay clean and sober.")] == ["clean and sober"]


def test_emoji_and_other_scripts_before_a_finding(coach):
    text = "😀🎉 我爱你 — Привет, ты junkie 👩‍👩‍👧."
    [finding] = coach.find(text)
    assert finding.text == "junkie"
    assert text[finding.start : finding.end] == "junkie"


def test_a_word_inside_another_word_is_not_a_finding(coach):
    assert coach.find("addicts-only addictive junkieish preaddict non-alcoholic") == []


def test_a_phrase_broken_across_lines_is_still_found(coach):
    [finding] = coach.find("You are\nan\naddict.")
    assert finding.text == "an\naddict"


def test_a_letter_that_lower_cases_longer_keeps_its_offsets(coach):
    text = "İstanbul İ İ. You are an addict."  # "İ".lower() is two characters
    [finding] = coach.find(text)
    assert text[finding.start : finding.end] == "an addict"


def test_nothing_in_nothing_out(coach):
    assert coach.find("") == []
    assert coach.find("   \n\n") == []


# --- apply -------------------------------------------------------------------------------


def test_apply_replaces_only_the_finding(coach):
    text = "I love you. You became a junkie after the surgery."
    [finding] = coach.find(text)
    assert apply(text, finding) == (
        "I love you. You became a person with a substance use disorder after the surgery."
    )
    assert coach.apply(text, finding) == apply(text, finding)


def test_apply_keeps_a_capital_first_letter(coach):
    text = "Addicts need care. We’re scared."
    first, second = coach.find(text)
    assert apply(text, first) == "People with substance use disorders need care. We’re scared."
    assert apply(text, second) == "Addicts need care. I'm scared."
    lower = "sometimes we all feel lost"
    assert apply(lower, coach.find(lower)[0]) == "sometimes I feel lost"


def test_apply_an_article_that_would_no_longer_fit(coach):
    text = "You are an addict."
    assert apply(text, coach.find(text)[0]) == ("You are a person with a substance use disorder.")


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


def test_label_suggestions_are_person_first(rules_file):
    suggestions = {r["id"]: r["suggestion"] for r in rules_file["rules"]}
    assert suggestions["label-sud"] == "person with a substance use disorder"
    assert suggestions["label-drunk"] == "person with an alcohol use disorder"
    assert suggestions["clean-be"] == "not using"
    assert suggestions["dirty-person"] == "using"
    assert suggestions["abuse"] == "misuse"


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


def test_the_example_letters_have_no_labels_or_insults(coach, demo_plan):
    for person in demo_plan.participants:
        for text in (person.letter.text(), person.letter.bottom_line):
            found = [f for f in coach.find(text) if f.category in {"label", "insult"}]
            assert found == [], person.name


def test_a_long_letter_is_checked_quickly(coach, demo_plan):
    """A loose ceiling so a slow machine does not fail; bench/letter_analysis.py measures."""
    words = "\n\n".join(p.letter.text() for p in demo_plan.participants).split(" ")
    text = " ".join((words * 20)[:5000])
    started = time.perf_counter()
    coach.find(text)
    assert time.perf_counter() - started < 0.5
