"""A round's block of rules (ids sharing a prefix, e.g. "r10a_") checked against sentences:
shared by the round tests (tests/test_coach_round*.py)."""

from __future__ import annotations

from collections.abc import Iterable

from interventionplanner.domain.coach import Coach


def flags_of_block(coach: Coach, block: str, sentences: Iterable[str]) -> list[tuple[str, str]]:
    """(sentence, rule id) for every finding a rule of `block` makes in `sentences`."""
    return [
        (text, finding.rule_id)
        for text in sentences
        for finding in coach.find(text)
        if finding.rule_id.startswith(block)
    ]


def untried_rules(coach: Coach, block: str, sentences: Iterable[str]) -> set[str]:
    """The rules of `block` that find nothing in any of `sentences`."""
    fired = {finding.rule_id for text in sentences for finding in coach.find(text)}
    return {rule.id for rule in coach.rules if rule.id.startswith(block)} - fired


def found_by_rules(coach: Coach, text: str) -> set[str]:
    """The categories the rules alone (no second opinion) find in `text`."""
    return {finding.category for finding in coach.find(text, second_opinion=False)}


def missed_tags(coach: Coach, flags: Iterable[tuple[str, set[str]]]) -> int:
    """How many (sentence, category) tags of `flags` the rules alone miss."""
    return sum(len(expected - found_by_rules(coach, text)) for text, expected in flags)
