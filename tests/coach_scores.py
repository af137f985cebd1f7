"""Scoring the coach on a labelled corpus: per category recall and false flags.

A FLAG sentence counts as caught for a category when the coach finds that category in it.
A false flag on a GOOD or TRAP sentence is any finding at all. A finding of a category a
FLAG sentence was not labelled with is counted separately ("extra"), not as a false flag:
the labels name what a sentence must have, and a second honest finding is not an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from interventionplanner.domain.coach import CATEGORIES, Coach


@dataclass
class Scores:
    """A batch's figures. The sentences behind them are kept out of the repr, so a failing
    assertion on a held-out batch shows its figures, never its sentences."""

    name: str
    caught: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    good: int = 0
    good_flagged: list[str] = field(default_factory=list, repr=False)
    traps: int = 0
    traps_flagged: list[str] = field(default_factory=list, repr=False)
    misses: list[str] = field(default_factory=list, repr=False)

    def recall(self, category: str) -> float:
        return (
            self.caught.get(category, 0) / self.total[category] if self.total.get(category) else 1.0
        )

    @property
    def overall(self) -> float:
        """Recall over every category together."""
        total = sum(self.total.values())
        return sum(self.caught.values()) / total if total else 1.0

    @property
    def good_rate(self) -> float:
        return len(self.good_flagged) / self.good if self.good else 0.0

    @property
    def trap_rate(self) -> float:
        return len(self.traps_flagged) / self.traps if self.traps else 0.0

    def lines(self) -> list[str]:
        out = [f"coach, {self.name} split:"]
        row = []
        for category in CATEGORIES:
            if self.total.get(category):
                row.append(f"{category} {self.caught.get(category, 0)}/{self.total[category]}")
        out.append("  recall: " + ", ".join(row))
        out.append(
            f"  false flags: good {len(self.good_flagged)}/{self.good} ({self.good_rate:.1%}), "
            f"traps {len(self.traps_flagged)}/{self.traps} ({self.trap_rate:.1%})"
        )
        return out


def categories(coach: Coach, text: str, part: str = "letter") -> set[str]:
    """The categories the coach finds in `text`."""
    return {f.category for f in coach.find(text, part)}


def score(
    coach: Coach,
    name: str,
    flag: list[tuple[str, set[str]]],
    good: list[str],
    traps: list[str],
) -> Scores:
    scores = Scores(name)
    for text, expected in flag:
        found = {f.category for f in coach.find(text)}
        for category in expected:
            scores.total[category] = scores.total.get(category, 0) + 1
            if category in found:
                scores.caught[category] = scores.caught.get(category, 0) + 1
            else:
                scores.misses.append(f"{category}: {text}  (found {sorted(found)})")
    scores.good = len(good)
    scores.good_flagged = [_shown(coach, t) for t in good if coach.find(t)]
    scores.traps = len(traps)
    scores.traps_flagged = [_shown(coach, t) for t in traps if coach.find(t)]
    return scores


def score_batch(coach: Coach, name: str, module, batch: str, record) -> Scores:
    """Score `module`'s held-out FLAG_/GOOD_/TRAPS_`batch` and record its figures, so every
    run prints where the coach stands on it. Figures only: the missed sentences are not
    printed, so whoever writes rules next does not read them (docs/coach.md, the protocol)."""
    flag, good, traps = (getattr(module, f"{kind}_{batch}") for kind in ("FLAG", "GOOD", "TRAPS"))
    scores = score(coach, name, flag, good, traps)
    for line in [*scores.lines(), f"  overall recall {scores.overall:.2f}"]:
        record(line)
    return scores


def _shown(coach: Coach, text: str) -> str:
    found = ", ".join(f"{f.category}:{f.text!r}" for f in coach.find(text))
    return f"{text}  [{found}]"
