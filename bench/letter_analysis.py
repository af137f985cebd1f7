"""Letter analysis: words, reading time and the language coach, on a long letter.

The letters page re-runs this after every pause in typing, so it must stay cheap. Beside it,
on the same text, a bare `len(text.split())`: the floor any word count pays. The letters are
the example plan's, repeated to 600 words (a long real letter) and 5,000 words (far longer
than any letter should be). The coach's rules are read and compiled once before timing, as
in the app; that one-off cost is printed too.
"""

from __future__ import annotations

import time
from datetime import date

from bench.timing import median_seconds
from interventionplanner.domain.speaking import count_words, speaking_seconds
from interventionplanner.storage.coach_rules import load_coach
from interventionplanner.storage.example import example_plan

RUNS = 25
SIZES = (600, 5000)


def letter_of(words: int) -> str:
    """The example plan's letters, repeated and cut to `words` words, paragraphs kept."""
    plan = example_plan(date.today())
    paragraphs = [
        paragraph.split(" ")
        for person in plan.participants
        for paragraph in person.letter.text().split("\n\n")
    ]
    out: list[str] = []
    count = 0
    while count < words:
        for paragraph in paragraphs:
            take = paragraph[: words - count]
            out.append(" ".join(take))
            count += len(take)
            if count >= words:
                break
    return "\n\n".join(out)


def main() -> None:
    started = time.perf_counter()
    load_coach.cache_clear()
    coach = load_coach()
    loaded = time.perf_counter()
    coach.check()  # the regular expressions compile on first use; do it before timing
    loading = (loaded - started) * 1000
    compiling = (time.perf_counter() - loaded) * 1000

    def analyse(text: str) -> None:
        coach.find(text)
        speaking_seconds(count_words(text), 130)

    print(f"letter analysis (coach + word count + reading time), median of {RUNS}:")
    print(f"  once: reading the coach's {len(coach.rules)} rules {loading:.1f} ms,", end=" ")
    print(f"compiling them on first use {compiling:.1f} ms")
    for size in SIZES:
        text = letter_of(size)
        bare = median_seconds(lambda text=text: len(text.split()), RUNS) * 1000
        full = median_seconds(lambda text=text: analyse(text), RUNS) * 1000
        print(f"  {count_words(text):5d} words ({len(text):6d} characters):")
        print(f"    bare len(text.split()): {bare:8.3f} ms")
        print(f"    full analysis:          {full:8.3f} ms")
        print(f"    ratio:                  {full / bare:8.1f}x")


if __name__ == "__main__":
    main()
