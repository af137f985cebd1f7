"""The professional's practice profile: who they are, as the packet and invitations say it.

A profile belongs to a person on a computer (storage/practice.py keeps it in their settings
folder), never to a plan: a plan only says whether its papers show the practice of whoever
prints them (`Plan.show_practice`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

PROFILE_FIELDS = ("name", "credentials", "practice_name", "phone", "email", "website")


@dataclass
class Practice:
    name: str = ""  # "Dana Reyes"
    credentials: str = ""  # "LCADC, CIP"
    practice_name: str = ""  # "Harbor Family Recovery"
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_png: bytes = field(default=b"", repr=False)  # checked and scaled; b"" for none

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in PROFILE_FIELDS) and not self.logo_png

    @property
    def signed(self) -> str:
        """ "Dana Reyes, LCADC": the name with the credentials after it."""
        name, letters = self.name.strip(), self.credentials.strip()
        return f"{name}, {letters}" if name and letters else name or letters

    def lines(self) -> list[str]:
        """The profile as a few short lines: who, the practice, how to reach them."""
        reach = " · ".join(
            value.strip() for value in (self.phone, self.email, self.website) if value.strip()
        )
        return [line for line in (self.signed, self.practice_name.strip(), reach) if line]

    def one_line(self) -> str:
        """Everything on one line, for a page's footer."""
        return " · ".join(self.lines())


def text_fields(practice: Practice) -> dict[str, str]:
    return {f.name: getattr(practice, f.name) for f in fields(practice) if f.name != "logo_png"}


@dataclass
class Centre:
    """A treatment centre the practice works with."""

    name: str = ""
    address: str = ""
    phone: str = ""
    admission_notes: str = ""


@dataclass
class PracticeDefaults:
    """What a new plan starts with in this practice, besides the app's own suggestions:
    its checklist items, likely objections with its answers, the chairperson's opening and
    closing words, the centres it works with, and its own prompt for each letter part."""

    checklist: list[str] = field(default_factory=list)
    objections: list[tuple[str, str]] = field(default_factory=list)  # (objection, answer)
    opening_words: str = ""
    closing_words: str = ""
    centres: list[Centre] = field(default_factory=list)
    letter_prompts: dict[str, str] = field(default_factory=dict)  # Letter field → prompt

    @property
    def is_empty(self) -> bool:
        return self == PracticeDefaults()
