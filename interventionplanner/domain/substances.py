"""The substance catalogue: what each substance is called and the safety facts that go with it.

The facts themselves live in resources/substances.json, each with its source and date; this
module only gives them a shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Fact:
    text: str
    source: str
    url: str
    date: str

    @property
    def short_source(self) -> str:
        """The publisher and the year, e.g. "U.S. Food and Drug Administration, 2020"."""
        return f"{self.source.split(':')[0]}, {self.date[:4]}"


@dataclass(frozen=True)
class Substance:
    id: str
    name: str
    group: str
    brand_names: tuple[str, ...] = ()
    needs_medical_supervision: bool = False
    supervision_reason: str = ""
    facts: tuple[Fact, ...] = ()

    @property
    def key_fact(self) -> Fact | None:
        """The catalogue lists first the fact that explains why care is needed."""
        return self.facts[0] if self.facts else None

    @property
    def label(self) -> str:
        """How the app shows it: "alprazolam (Xanax)"."""
        if not self.brand_names:
            return self.name
        return f"{self.name} ({', '.join(self.brand_names)})"


@dataclass(frozen=True)
class CrisisResource:
    name: str
    contact: str
    when: str
    source: str
    url: str
    date: str


@dataclass(frozen=True)
class Catalogue:
    groups: dict[str, str]  # group id -> display name, in display order
    substances: tuple[Substance, ...]
    crisis_resources: tuple[CrisisResource, ...] = field(default=())

    def get(self, substance_id: str) -> Substance | None:
        return next((s for s in self.substances if s.id == substance_id), None)

    def needing_supervision(self, substance_ids: list[str]) -> list[Substance]:
        found = (self.get(sid) for sid in substance_ids)
        return [s for s in found if s is not None and s.needs_medical_supervision]
