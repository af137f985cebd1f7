"""What one edit changed: the paths into the plan it touched (domain/where.py names them).

A module of its own: the window imports `where` at start-up, and a dataclass costs about
3 M instructions to make (its methods compiled from generated source), which the first step
need not pay; the document imports this with its first edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from interventionplanner.domain.where import overlaps


@dataclass(frozen=True)
class Change:
    """What one edit changed: the paths it touched."""

    paths: tuple[str, ...]

    def touches(self, *prefixes: str) -> bool:
        return any(overlaps(path, prefix) for path in self.paths for prefix in prefixes)

    def participant_ids(self) -> set[str]:
        """The people whose own fields changed ("participants/<id>/…")."""
        return {
            parts[1]
            for path in self.paths
            if (parts := path.split("/"))[0] == "participants" and len(parts) > 1
        }
