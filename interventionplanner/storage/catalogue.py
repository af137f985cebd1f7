"""Load the bundled substance catalogue (resources/substances.json)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from interventionplanner import paths
from interventionplanner.domain.substances import Catalogue, CrisisResource, Fact, Substance


@cache
def load_catalogue(path: Path | None = None) -> Catalogue:
    data = json.loads((path or paths.resource(paths.SUBSTANCES)).read_text("utf-8"))
    substances = tuple(
        Substance(
            id=s["id"],
            name=s["name"],
            group=s["group"],
            brand_names=tuple(s.get("brand_names", ())),
            needs_medical_supervision=s["needs_medical_supervision"],
            supervision_reason=s.get("supervision_reason", ""),
            facts=tuple(Fact(**f) for f in s.get("facts", ())),
            withdrawal=Fact(**s["withdrawal"]) if s.get("withdrawal") else None,
        )
        for s in data["substances"]
    )
    return Catalogue(
        groups={g["id"]: g["name"] for g in data["groups"]},
        substances=substances,
        crisis_resources=tuple(CrisisResource(**r) for r in data.get("crisis_resources", ())),
    )
