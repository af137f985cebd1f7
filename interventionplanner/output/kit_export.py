"""Letter kits out: one writer's, or every writer's into one folder, in any of four forms.

Forms: "docx" (the default: Word, Google Docs, Pages, LibreOffice, phones), "md" (the
Markdown kit), "txt" (plain text, for e-mail) and "worksheet" (a PDF to write by hand).
File names are made from the writer's name in plain ASCII ("letter-kit-jose-nunez.docx");
two writers whose names make the same file name get "-2", "-3" so nobody's kit replaces
another's. Every file is written atomically.

All at once: every name is worked out and every existing file is checked before anything
is written, so a refusal writes nothing.
"""

from __future__ import annotations

from pathlib import Path

from interventionplanner.domain.plan import Participant, Plan
from interventionplanner.i18n import N_, _, in_language, ngettext
from interventionplanner.output.letter_kit import LetterKitError, export_kit
from interventionplanner.output.packet.text import ascii_slug
from interventionplanner.storage.atomic import write_atomic

__all__ = [
    "DEFAULT_FORMAT",
    "FORMATS",
    "SUFFIXES",
    "kit_bytes",
    "kit_name",
    "kit_names",
    "write_kit_file",
    "write_kits",
    "writers",
]

FORMATS = ("docx", "md", "txt", "worksheet")
DEFAULT_FORMAT = "docx"
SUFFIXES = {"docx": ".docx", "md": ".md", "txt": ".txt", "worksheet": ".pdf"}
_PREFIX = {"worksheet": "letter-worksheet-"}
BROKEN_CHARACTER = N_("This letter contains a broken character that a file cannot hold.")


def writers(plan: Plan) -> list[Participant]:
    """Everyone with a letter to write, in the team's order."""
    return [person for person in plan.participants if person.has_letter_to_read]


def format_for(path: Path) -> str | None:
    """The form a file name asks for by its ending, or None."""
    suffix = path.suffix.lower()
    return next((fmt for fmt, known in SUFFIXES.items() if known == suffix), None)


def kit_name(participant: Participant, fmt: str = DEFAULT_FORMAT) -> str:
    slug = ascii_slug(participant.name, "letter")
    return f"{_PREFIX.get(fmt, 'letter-kit-')}{slug}{SUFFIXES[fmt]}"


def kit_names(people: list[Participant], fmt: str = DEFAULT_FORMAT) -> list[str]:
    """One distinct file name per person, in order."""
    names: list[str] = []
    for person in people:
        name = kit_name(person, fmt)
        stem, suffix = name[: -len(SUFFIXES[fmt])], SUFFIXES[fmt]
        number = 2
        while name.casefold() in (taken.casefold() for taken in names):
            name = f"{stem}-{number}{suffix}"
            number += 1
        names.append(name)
    return names


def kit_bytes(plan: Plan, participant: Participant, fmt: str = DEFAULT_FORMAT) -> bytes:
    """One kit's file content, in its writer's language. Raises LetterKitError for text a
    file cannot hold."""
    with in_language(plan.language_for(participant)):
        return _kit_bytes(plan, participant, fmt)


def _kit_bytes(plan: Plan, participant: Participant, fmt: str) -> bytes:
    writer = " ".join(participant.name.split()) or _("you")
    try:
        if fmt == "docx":
            from interventionplanner.output.kit_docx import docx_kit_bytes

            return docx_kit_bytes(participant, writer)
        if fmt == "worksheet":
            from interventionplanner.output.worksheet import worksheet_pdf

            return worksheet_pdf(participant, writer)
        if fmt == "txt":
            from interventionplanner.output.kit_text import txt_kit

            return txt_kit(participant, writer).encode("utf-8")
        if fmt == "md":
            return export_kit(plan, participant).encode("utf-8")
    except (UnicodeEncodeError, ValueError):
        # python-docx refuses control characters and lone surrogates with ValueError
        raise LetterKitError(BROKEN_CHARACTER) from None
    raise ValueError(f"unknown kit format {fmt!r}")


def write_kit_file(
    plan: Plan, participant: Participant, path: Path | str, fmt: str = DEFAULT_FORMAT
) -> None:
    """Write one kit atomically. Raises OSError or LetterKitError."""
    write_atomic(Path(path), kit_bytes(plan, participant, fmt), keep_backup=False)


def write_kits(
    plan: Plan,
    folder: Path | str,
    fmt: str = DEFAULT_FORMAT,
    *,
    people: list[Participant] | None = None,
    replace: bool = False,
) -> list[Path]:
    """Every writer's kit into `folder` (made if missing). Without `replace`, an existing
    file stops everything before anything is written (LetterKitError)."""
    folder = Path(folder)
    people = writers(plan) if people is None else people
    paths = [folder / name for name in kit_names(people, fmt)]
    existing = [path.name for path in paths if path.exists()]
    if existing and not replace:
        others = len(existing) - 1
        if others:
            message = ngettext(
                '"{name}" and {n} more already exist in that folder; nothing was written.',
                '"{name}" and {n} more already exist in that folder; nothing was written.',
                others,
            ).format(name=existing[0], n=others)
        else:
            message = _('"{name}" already exists in that folder; nothing was written.').format(
                name=existing[0]
            )
        raise LetterKitError(message)

    contents = [kit_bytes(plan, person, fmt) for person in people]  # all made before any write
    folder.mkdir(parents=True, exist_ok=True)
    for path, data in zip(paths, contents, strict=True):
        write_atomic(path, data, keep_backup=False)
    return paths
