"""Letter analysis: words, reading time and the language coach, on a long letter.

The letters page re-runs this after every pause in typing, so it must stay cheap. Beside it,
on the same text, a bare `len(text.split())`: the floor any word count pays. The letters are
the example plan's, repeated to 600 words (a long real letter) and 5,000 words (far longer
than any letter should be). Printed too: the one-off cost of first use (reading the rules,
then the first analysis, which compiles only the rules the text may need), in CPU time,
both as any run after the first pays it (the coach's compiled patterns, rules and model
kept in the user's cache folder: storage/regex_cache.py, coach_snapshot.py, coach_model.py)
and as the very first run of a Python without the coach's seed pays it (an empty cache
folder, the seed left unread: storage/coach_seed.py); and one paragraph re-checked on
its own, as the editor does while typing. Then the same for a Spanish letter (plain
sentences of the development corpus, which the coach must not flag), and what the second
opinion (domain/coach_model.py) adds to each. The bench keeps its cache folders in
temporary folders of its own, never the user's, and puts XDG_CACHE_HOME back when done.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.cache_state import own_cache_folder
from bench.timing import median_cpu_seconds, median_seconds
from interventionplanner.domain.coach import Coach
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
    return _repeated(paragraphs, words)


def spanish_letter_of(words: int) -> str:
    """Plain Spanish sentences (the development corpus's kind ones, which the coach must not
    flag), five a paragraph, repeated and cut to `words` words: the example plan is English."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import coach_corpus_es

    kind = sorted((k, v) for k, v in vars(coach_corpus_es).items() if k.startswith("GOOD"))
    good = [sentence for _, value in kind for sentence in value]
    paragraphs = [" ".join(good[i : i + 5]).split(" ") for i in range(0, len(good), 5)]
    return _repeated(paragraphs, words)


def _repeated(paragraphs: list[list[str]], words: int) -> str:
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


def first_use(text: str, language: str = "en") -> tuple[float, float]:
    """Reading the rules, then the first analysis of `text` (which compiles what it needs),
    in ms of CPU time, as a fresh process would pay them: Python's own cache of compiled
    expressions is emptied first. What the user's cache folder holds is used (see
    `first_uses`)."""
    re.purge()
    load_coach.cache_clear()
    started = time.process_time()
    coach = load_coach(language)
    loaded = time.process_time()
    coach.find(text)
    return (loaded - started) * 1000, (time.process_time() - loaded) * 1000


def first_uses(text: str, language: str = "en") -> tuple[float, float, float, float]:
    """`first_use` as the very first run of a Python without the coach's seed pays it
    (nothing kept yet, no seed read: bench/cache_state.py), then as any later run does
    (everything kept in the folder the bench runs in: the first run's coach compiled
    every rule, as the app's warm-up does), each the median of five."""
    cold, warm = [], []
    for _ in range(5):
        with own_cache_folder(seed=False):
            cold.append(first_use(text, language))
    load_coach(language).check()  # keeps the compiled patterns, in the bench's folder
    for _ in range(5):
        warm.append(first_use(text, language))
    (cold_reading, cold_first), (reading, first) = (
        [statistics.median(values) for values in zip(*runs, strict=True)] for runs in (cold, warm)
    )
    return cold_reading, cold_first, reading, first


def second_opinion(coach: Coach, text: str) -> tuple[float, float]:
    """What the second opinion adds to a warm analysis of `text`, in ms of CPU time (the
    median of paired differences, so a busy machine moves it less): as the letter is
    re-checked (the model remembers the sentences it has scored), and on sentences it has
    not seen (what a first check of a pasted letter pays)."""
    model = coach.model()
    assert model is not None

    def cpu(work: Callable[[], object]) -> float:
        started = time.process_time()
        work()
        return time.process_time() - started

    def unseen() -> None:
        model._memo.clear()  # noqa: SLF001 (the bench's own look at the model's memory)
        coach.find(text)

    again, fresh = [], []
    for _ in range(RUNS):
        rules = cpu(lambda: coach.find(text, second_opinion=False))
        again.append(cpu(lambda: coach.find(text)) - rules)
        fresh.append(cpu(unseen) - rules)
    return statistics.median(again) * 1000, statistics.median(fresh) * 1000


def main() -> None:
    """In cache folders of the bench's own (bench/cache_state.py), put back after: the
    benches after it in `make bench` start with theirs."""
    with own_cache_folder(seed=False):
        _main()


def _main() -> None:
    paragraph = letter_of(120)
    cold_reading, cold_first, reading, first = first_uses(paragraph)
    reading_long, first_long = first_use(letter_of(SIZES[-1]))
    coach = load_coach()
    coach.check()  # everything compiled before the warm figures

    def analyse(text: str) -> None:
        coach.find(text)
        speaking_seconds(count_words(text), 130)

    print(f"letter analysis (coach + word count + reading time), median of {RUNS}:")
    print(f"  first use (CPU time), reading the coach's {len(coach.rules)} rules: {reading:.1f} ms")
    print(f"  first use, first paragraph analysed (compiling what it needs): {first:.1f} ms")
    print(f"  first use, a {SIZES[-1]}-word letter instead: {reading_long + first_long:.1f} ms")
    print(
        f"  the very first run (an empty cache folder, no seed): reading {cold_reading:.1f} ms,"
        f" first paragraph {cold_first:.1f} ms"
    )
    for size in SIZES:
        text = letter_of(size)
        bare = median_seconds(lambda text=text: len(text.split()), RUNS) * 1000
        full = median_seconds(lambda text=text: analyse(text), RUNS) * 1000
        cpu = median_cpu_seconds(lambda text=text: analyse(text), RUNS) * 1000
        print(f"  {count_words(text):5d} words ({len(text):6d} characters):")
        print(f"    bare len(text.split()):   {bare:8.3f} ms")
        print(f"    full analysis, warm:      {full:8.3f} ms  ({full / bare:.1f}x the bare count)")
        print(f"    the same, CPU time:       {cpu:8.3f} ms")
    text = letter_of(SIZES[-1])
    para = text.split("\n\n")[len(text.split("\n\n")) // 2]
    start = text.index(para)
    one = median_seconds(lambda: coach.find(text, start=start, end=start + len(para)), RUNS)
    print(
        f"  one paragraph of it ({len(para.split())} words), as typing re-checks: "
        f"{one * 1000:.3f} ms"
    )
    spanish(text)


def spanish(english: str) -> None:
    """The same for a Spanish letter, and the second opinion's share in both languages."""
    text = spanish_letter_of(SIZES[-1])
    cold_reading, cold_first, reading, first = first_uses(spanish_letter_of(120), "es")
    coach = load_coach("es")
    coach.check()
    full = median_seconds(lambda: coach.find(text), RUNS) * 1000
    cpu = median_cpu_seconds(lambda: coach.find(text), RUNS) * 1000
    print(f"  Spanish, {len(coach.rules)} rules, {count_words(text)} words of plain sentences:")
    print(f"    first use: reading the rules {reading:.1f} ms, first paragraph {first:.1f} ms")
    print(
        f"    the very first run (no seed): reading {cold_reading:.1f} ms,"
        f" first paragraph {cold_first:.1f} ms"
    )
    print(f"    full analysis, warm:      {full:8.3f} ms (CPU time {cpu:.3f} ms)")
    print(f"  the second opinion's share of the {SIZES[-1]}-word letters, warm, CPU time (on")
    print("  sentences it has not seen yet):")
    for name, language, letter in (("English", "en", english), ("Spanish", "es", text)):
        again, fresh = second_opinion(load_coach(language), letter)
        print(f"    {name}: {again:.2f} ms ({fresh:.2f} ms)")


if __name__ == "__main__":
    main()
