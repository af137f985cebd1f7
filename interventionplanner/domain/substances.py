"""The substance catalogue: what each substance is called and the safety facts that go with it.

The facts themselves live in resources/substances.json, each with its source and date; this
module only gives them a shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from interventionplanner.domain.crisis import CrisisResource
from interventionplanner.i18n import _

__all__ = ["Catalogue", "CrisisResource", "Fact", "Substance", "dated"]


def dated(date: str) -> str:
    """A source's date as printed: the date itself, or "undated" in the paper's language."""
    return _("undated") if date == "undated" else date


@dataclass(frozen=True)
class Fact:
    """One sourced statement about a substance, with where it comes from."""

    text: str
    source: str
    url: str
    date: str  # when the source was published (or "undated")
    checked_on: str = ""  # when the fact was last checked against the source

    @property
    def citation(self) -> str:
        """ "Source: FDA: … (2020-09-23; checked on 2026-12-01). https://…" """
        if self.checked_on:
            return _("Source: {source} ({date}; checked on {checked}). {url}").format(
                source=self.source, date=dated(self.date), checked=self.checked_on, url=self.url
            )
        return _("Source: {source} ({date}). {url}").format(
            source=self.source, date=dated(self.date), url=self.url
        )

    @property
    def short_source(self) -> str:
        """The publisher and the year, e.g. "U.S. Food and Drug Administration, 2020"."""
        return f"{self.source.split(':')[0]}, {self.date[:4]}"


@dataclass(frozen=True)
class Substance:
    """A substance from the catalogue, its facts and what stopping it risks."""

    id: str
    name: str
    group: str
    brand_names: tuple[str, ...] = ()
    needs_medical_supervision: bool = False
    supervision_reason: str = ""
    facts: tuple[Fact, ...] = ()
    withdrawal: Fact | None = None  # what stopping risks: every substance has one

    @property
    def all_facts(self) -> tuple[Fact, ...]:
        """The withdrawal statement first, then the other facts."""
        return ((self.withdrawal,) if self.withdrawal else ()) + self.facts

    @property
    def key_fact(self) -> Fact | None:
        """The fact that explains what stopping risks (the withdrawal statement)."""
        return self.all_facts[0] if self.all_facts else None

    @property
    def label(self) -> str:
        """How the app shows it: "alprazolam (Xanax)"."""
        if not self.brand_names:
            return self.name
        return f"{self.name} ({', '.join(self.brand_names)})"


@dataclass(frozen=True)
class Catalogue:
    """The substances in their groups, and the crisis resources."""

    groups: dict[str, str]  # group id -> display name, in display order
    substances: tuple[Substance, ...]
    crisis_resources: tuple[CrisisResource, ...] = field(default=())

    def get(self, substance_id: str) -> Substance | None:
        return next((s for s in self.substances if s.id == substance_id), None)

    def number(self, resource_id: str) -> str:
        """A crisis resource's number by id ("emergency"); the numbers live only in
        resources/substances.json."""
        return next(r.number for r in self.crisis_resources if r.id == resource_id)

    def needing_supervision(self, substance_ids: list[str]) -> list[Substance]:
        found = (self.get(sid) for sid in substance_ids)
        return [s for s in found if s is not None and s.needs_medical_supervision]
