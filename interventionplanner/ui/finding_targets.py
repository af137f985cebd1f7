"""Where in the window a preflight finding's `where` points: a step, and a field on it."""

from __future__ import annotations

from interventionplanner.ui.wizard import PageId

_PREFIXES = {
    "loved_one": PageId.LOVED_ONE,
    "meeting": PageId.MEETING,
    "speaker_order": PageId.ORDER,
    "seating": PageId.ORDER,
    "objections": PageId.TREATMENT,
    "treatment": PageId.TREATMENT,
}


def target_for(where: str) -> tuple[PageId, str | None]:
    """("meeting/starts_at") → (MEETING, "starts_at");
    ("participants/<id>/letter") → (LETTERS, "<id>")."""
    parts = where.split("/")
    if parts[0] == "participants":
        if len(parts) >= 3 and parts[2] in ("letter", "read_by"):
            return PageId.LETTERS, parts[1]
        return PageId.PARTICIPANTS, None
    return _PREFIXES.get(parts[0], PageId.WELCOME), (parts[1] if len(parts) > 1 else None)
