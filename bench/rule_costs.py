"""What each coach rule costs: its searches and its verdicts, on the bench's letter and on
the whole corpus, costliest first, so a rule writer can see what a rule adds.

    python -m bench rule_costs                 # English: the 5,000-word letter and the corpus
    python -m bench rule_costs --language es   # Spanish
    python -m bench rule_costs --top 40 --runs 9

For each rule the coach would search (the sentences its first pass chose, exactly as
`Coach.find` takes them, warm, everything compiled): how many searches it makes (one a
sentence, and one more after each match), how many matches they find, the CPU time of those
searches, and the CPU time of the verdicts on its matches (its guards, the category's kind
contexts, whom the words are about). Each rule is timed on its own, best of `--runs`, so
the figures add up to a little less than a whole `find` (the first pass, the second opinion
and putting findings in order are not a rule's). "the corpus" is every sentence of
tests/coach_*.py that is not held out, run together six sentences a paragraph. Python's
regular expressions count no steps; searches a rule makes and the time they take are the
cost to read.

The last column says how a rule's searches find where a match may start: "lit" when every
alternative the rule opens with starts with a plain letter, so the regex engine skips to
those letters itself (cheapest); "wrap" when the coach gives the engine the letters its
matches start with and looks back from each (domain/coach.py, _Compiled: a rule that opens
with an optional word or a group of choices; 40-80 % dearer a search than "lit" on the
bench letter); "any" when the engine tries every place of the sentence; "anch" for a rule
that needs a sentence's start, searched first only after the marks its `preceded_by` guard
may follow (domain/start_anchor.py, round 25).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import starmap

from bench.coach_findings import corpora
from bench.letter_analysis import letter_of, spanish_letter_of
from interventionplanner.domain.coach import _MATCH, Coach, _after_marks, _inside_word, _lower
from interventionplanner.domain.prefilter import engine_sees_start
from interventionplanner.domain.sentences import map_text
from interventionplanner.storage.coach_rules import load_coach

_PARAGRAPH = 6  # sentences a paragraph, as bench.coach_findings runs a corpus together


@dataclass
class Cost:
    """One rule's cost on one text."""

    rule_id: str
    sentences: int  # the sentences its first pass chose
    searches: int  # `search` calls: a sentence each, and one after each match
    matches: int
    search_us: float  # CPU µs, best of the runs
    verdict_us: float
    start: str = ""  # how a search finds where a match may start: "lit", "wrap", "any"

    @property
    def total_us(self) -> float:
        return self.search_us + self.verdict_us


def corpus_text(language: str) -> str:
    """Every corpus sentence that is not held out, six a paragraph. The Spanish coach reads
    the Spanish corpora (coach_corpus_es*), the English one the rest."""
    texts: list[str] = []
    for name, sentences in corpora():
        spanish = name.startswith("coach_corpus_es")
        if "heldout" in name or spanish != (language == "es"):
            continue
        texts += sentences
    paragraphs = [" ".join(texts[i : i + _PARAGRAPH]) for i in range(0, len(texts), _PARAGRAPH)]
    return "\n\n".join(paragraphs)


def start_kind(coach: Coach, index: int) -> str:
    """How rule `index`'s searches find where a match may start: "lit", "wrap" or "any"
    (see the module's docstring)."""
    if coach._rule_ready(index).anchored is not None:  # noqa: SLF001
        return "anch"
    if coach._first[index]:  # noqa: SLF001
        return "wrap"
    pattern = _lower(coach._source(index)["pattern"] or "")  # noqa: SLF001
    return "lit" if engine_sees_start(pattern) else "any"


def _best(work: Callable[[], object], runs: int) -> float:
    """The least CPU time of `runs` calls, in µs."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time_ns()
        work()
        best = min(best, time.process_time_ns() - started)
    return best / 1000


def rule_costs(coach: Coach, text: str, part: str = "letter", runs: int = 5) -> list[Cost]:
    """Each searched rule's cost on `text`, costliest first (the coach must be warm)."""
    folded = coach.fold(text)
    text_map = map_text(folded, text)
    searched = coach._searched(folded, text_map, coach._excluded(part))  # noqa: SLF001
    costs = []
    for index, sentences in searched:
        rule = coach._rule_ready(index)  # noqa: SLF001
        search, group = rule.pattern.search, rule.group
        spans: list[tuple[int, int]] = []  # every match a word starts, as `find` takes them

        def walk(
            hit: re.Match[str], at: int, stop: int, search=search, group=group, spans=spans
        ) -> int:
            # As Coach._walk (going on from after each match), without verdicts: the
            # searches it calls.
            calls, end = 0, hit.endpos
            while True:
                if stop != at and not _inside_word(folded, at):
                    spans.append((at, stop))
                found = search(folded, at + 1, end)
                calls += 1
                if found is None:
                    return calls
                at, stop = found.span(group)

        def searches(
            search=search, sentences=sentences, rule=rule, walk=walk, group=group, spans=spans
        ) -> int:
            # As Coach._by_rules searches; a rule that needs a sentence's start first from
            # the mark before each sentence (Coach._by_anchors), then on as a search.
            calls = len(sentences)
            spans.clear()
            whole = sentences
            if rule.anchored is not None:
                after_marks, whole = _after_marks(rule, sentences, text_map)
                for hit in filter(None, starmap(rule.anchored.search, after_marks)):
                    calls += walk(hit, *hit.span(_MATCH))
            for hit in filter(None, starmap(search, whole)):
                calls += walk(hit, *hit.span(group))
            return calls

        def verdicts(rule=rule, spans=spans) -> None:
            for at, stop in spans:
                coach._verdict(rule, folded, text_map, at, stop)  # noqa: SLF001

        calls = searches()
        verdicts()  # compiles its guards before the timing
        costs.append(
            Cost(
                coach.rules[index].id,
                len(sentences),
                calls,
                len(spans),
                _best(searches, runs),
                _best(verdicts, runs),
                start_kind(coach, index),
            )
        )
    return sorted(costs, key=lambda cost: -cost.total_us)


def report(title: str, costs: list[Cost], top: int) -> None:
    searched = sum(cost.searches for cost in costs)
    search_ms = sum(cost.search_us for cost in costs) / 1000
    verdict_ms = sum(cost.verdict_us for cost in costs) / 1000
    print(f"{title}: {len(costs)} rules searched, {searched} searches, {search_ms:.2f} ms")
    print(f"  searching, {verdict_ms:.2f} ms verdicts (CPU, each rule best of its runs)")
    head = f"{'total µs':>9} {'search':>8} {'verdict':>8} {'sent.':>6} {'calls':>6} {'hits':>5}"
    print(f"  {head} start  rule")
    for cost in costs[:top]:
        print(
            f"  {cost.total_us:9.1f} {cost.search_us:8.1f} {cost.verdict_us:8.1f}"
            f" {cost.sentences:6d} {cost.searches:6d} {cost.matches:5d} {cost.start:>5}"
            f"  {cost.rule_id}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench rule_costs")
    parser.add_argument("--language", choices=("en", "es"), default="en")
    parser.add_argument("--top", type=int, default=25, help="rules to list for each text")
    parser.add_argument("--runs", type=int, default=7, help="timings of each rule (best kept)")
    parser.add_argument("--part", choices=("letter", "bottom_line"), default="letter")
    args = parser.parse_args(sys.argv[1:])
    coach = load_coach(args.language)
    coach.check()  # everything compiled: warm figures
    letter = letter_of(5000) if args.language == "en" else spanish_letter_of(5000)
    for title, text in (
        ("the bench's 5,000-word letter", letter),
        ("the corpus", corpus_text(args.language)),
    ):
        coach.find(text, args.part)  # the trie and the rules' word lists, once
        report(
            f"{title} ({len(text):,} characters)",
            rule_costs(coach, text, args.part, args.runs),
            args.top,
        )


if __name__ == "__main__":
    main()
