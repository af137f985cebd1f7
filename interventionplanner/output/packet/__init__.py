"""The printable meeting packet and each speaker's reading copy, as PDF.

    build_packet(plan, catalogue, options) -> bytes      a pure function of its arguments
    build_reading_copy(plan, catalogue, participant, options) -> bytes
    build_bottom_lines(plan, catalogue, options) -> bytes | None   the chairperson's file
    export_packet(plan, catalogue, path, options) -> Path            written atomically
    export_reading_copies(plan, catalogue, folder, options) -> list[Path]
    export_bottom_lines(plan, catalogue, path, options) -> Path | None

Importing this package is cheap: reportlab loads only when a PDF is first built (or when
`unprintable_characters` first reads the fonts), so the window starts without it. Nothing
here uses Qt; `PacketOptions.progress` is a plain callback, safe to call from a worker
thread. docs/packet.md describes the sections and the choices behind them.
"""

from __future__ import annotations

import contextlib
import locale
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from interventionplanner.domain.plan import Participant, Plan
from interventionplanner.domain.practice import Practice
from interventionplanner.domain.substances import Catalogue
from interventionplanner.storage.atomic import write_atomic

__all__ = [
    "PAPERS",
    "PacketOptions",
    "bottom_lines_file_name",
    "build_bottom_lines",
    "build_packet",
    "build_reading_copy",
    "default_paper",
    "export_bottom_lines",
    "export_packet",
    "export_reading_copies",
    "packet_file_name",
    "reading_copy_file_name",
    "reading_copy_readers",
    "unprintable_characters",
]

PAPERS = ("letter", "a4")

# Countries (ISO 3166 codes) where Letter is the usual paper; everywhere else uses A4.
_LETTER_COUNTRIES = frozenset(
    {"US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "DO", "NI", "BZ"}
)
# Windows spells locales out ("English_United States"): the same countries by name.
_LETTER_COUNTRY_NAMES = (
    "united states", "canada", "mexico", "philippines", "puerto rico", "chile", "colombia",
    "venezuela", "costa rica", "guatemala", "panama", "el salvador", "dominican republic",
    "nicaragua", "belize",
)  # fmt: skip


def default_paper() -> str:
    """ "letter" or "a4", from this user's locale (LC_ALL, LC_PAPER, LANG, then the C library's
    own setting); A4 when nothing says otherwise."""
    candidates = [os.environ.get(name, "") for name in ("LC_ALL", "LC_PAPER", "LANG")]
    with contextlib.suppress(ValueError):  # an unknown locale name in the environment
        candidates.append(locale.getlocale()[0] or "")
    for candidate in candidates:
        paper = _paper_for(candidate)
        if paper:
            return paper
    return "a4"


def _paper_for(name: str) -> str | None:
    """The paper a locale name implies, or None if it names no country."""
    name = name.split(".")[0].split("@")[0].strip()
    if not name or name in ("C", "POSIX"):
        return None
    if "_" in name or "-" in name:
        language, _, country = name.replace("-", "_").partition("_")
        if len(country) == 2 and language.isalpha():
            return "letter" if country.upper() in _LETTER_COUNTRIES else "a4"
        if any(country.lower().startswith(n) for n in _LETTER_COUNTRY_NAMES):
            return "letter"
        return "a4" if country else None
    return None


@dataclass(frozen=True)
class PacketOptions:
    """How to print. `full=False` leaves every bottom line out (a team copy).
    `today` prints "Prepared on …" on the cover (nothing reads the clock by itself).
    `progress(done, total)` is called as pages are laid out, ending with done == total.
    `template_dir` is the user's own template folder, as for letters everywhere else."""

    paper: str = field(default_factory=default_paper)
    full: bool = True
    today: date | None = None
    progress: Callable[[int, int], None] | None = field(default=None, compare=False)
    template_dir: Path | None = None
    pdf_password: str | None = field(default=None, repr=False)  # PDF's own, weaker lock
    # The practice profile of whoever prints; shown only where the plan asks (packet/practice.py).
    practice: Practice | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f'paper must be "letter" or "a4", not {self.paper!r}')


def build_packet(plan: Plan, catalogue: Catalogue, options: PacketOptions | None = None) -> bytes:
    """The meeting packet as PDF bytes. Raises output.templates.TemplateProblem if a user's
    own letter template is broken."""
    from interventionplanner.output.packet.build import packet_pdf

    return packet_pdf(plan, catalogue, options or PacketOptions())


def build_reading_copy(
    plan: Plan,
    catalogue: Catalogue,
    participant: Participant | str,
    options: PacketOptions | None = None,
) -> bytes:
    """One speaker's reading copy as PDF bytes; `participant` is a person or their id."""
    from interventionplanner.output.packet.build import reading_copy_pdf

    person = plan.participant(participant) if isinstance(participant, str) else participant
    if person is None or person not in plan.participants:
        raise ValueError("that person is not in this plan")
    return reading_copy_pdf(plan, catalogue, person, options or PacketOptions())


def build_bottom_lines(
    plan: Plan, catalogue: Catalogue, options: PacketOptions | None = None
) -> bytes | None:
    """Every bottom line, for the chairperson, as a PDF apart from the packet (which only
    says they exist); None when nobody wrote one."""
    from interventionplanner.output.packet.build import bottom_lines_pdf

    return bottom_lines_pdf(plan, catalogue, options or PacketOptions())


def export_bottom_lines(
    plan: Plan, catalogue: Catalogue, path: Path, options: PacketOptions | None = None
) -> Path | None:
    """Write the bottom lines file to `path` (atomically); None, and nothing written, when
    nobody wrote a bottom line."""
    data = build_bottom_lines(plan, catalogue, options)
    if data is None:
        return None
    path = Path(path)
    write_atomic(path, data, keep_backup=False)
    return path


def bottom_lines_file_name(packet_path: Path | str) -> Path:
    """Where the bottom lines go beside a packet: "meeting-packet-2026-12-15.pdf" →
    "meeting-packet-2026-12-15-bottom-lines.pdf"."""
    path = Path(packet_path)
    return path.with_name(f"{path.stem}-bottom-lines.pdf")


def export_packet(
    plan: Plan, catalogue: Catalogue, path: Path, options: PacketOptions | None = None
) -> Path:
    """Write the packet to `path` (atomically: the old file or the new, never half). OSError
    if it cannot be written."""
    path = Path(path)
    write_atomic(path, build_packet(plan, catalogue, options), keep_backup=False)
    return path


def export_reading_copies(
    plan: Plan, catalogue: Catalogue, folder: Path, options: PacketOptions | None = None
) -> list[Path]:
    """One reading copy per speaker in `folder` (made if missing), in speaking order.

    `options.progress`, if given, is called once per copy written: (copies done, copies)."""
    options = options or PacketOptions()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    from interventionplanner.output.packet.build import prepare, reading_copy_pdf

    people = reading_copy_readers(plan)
    quiet = replace(options, progress=None)
    prepared = prepare(plan)  # the fonts and the timeline, once for every copy
    written = []
    for number, person in enumerate(people, start=1):
        if options.progress is not None:
            options.progress(number - 1, len(people))
        path = folder / reading_copy_file_name(number, person)
        pdf = reading_copy_pdf(plan, catalogue, person, quiet, prepared)
        write_atomic(path, pdf, keep_backup=False)
        written.append(path)
    if options.progress is not None:
        options.progress(len(people), len(people))
    return written


def reading_copy_readers(plan: Plan) -> list[Participant]:
    """Who gets a reading copy: everyone who reads a letter aloud, in speaking order."""
    from interventionplanner.domain.timeline import reader_of

    found: list[Participant] = []
    for writer in plan.speaking_order():
        reader = reader_of(plan, writer)
        if reader not in found:
            found.append(reader)
    return found


def packet_file_name(plan: Plan, *, full: bool = True) -> str:
    """ "meeting-packet-2026-12-05.pdf" (never the loved one's name); "-team" for a copy
    without bottom lines."""
    starts = plan.meeting.starts_at
    stem = f"meeting-packet-{starts.date().isoformat()}" if starts else "meeting-packet"
    return f"{stem}{'' if full else '-team'}.pdf"


def reading_copy_file_name(number: int, person: Participant) -> str:
    """ "reading-copy-03-ray-doyle.pdf": the speaker's place and an ASCII form of their name."""
    from interventionplanner.output.packet.text import ascii_slug

    return f"reading-copy-{number:02d}-{ascii_slug(person.name, 'speaker')}.pdf"


def unprintable_characters(plan: Plan) -> list[str]:
    """The distinct characters in the plan's printed text that no font can draw correctly,
    in the order they first appear: neither the bundled fonts nor a system font that covers
    them (output/packet/fallback.py). They print as □. Right-to-left scripts
    (Arabic, Hebrew) are listed too: without text shaping they would print unjoined and
    backwards. Invisible marks the fonts lack (variation selectors, joiners) are left out
    quietly and not listed."""
    from interventionplanner.output.packet.build import plan_fallback
    from interventionplanner.output.packet.fonts import glyphs
    from interventionplanner.output.packet.text import printable_texts, unprintable_in

    return unprintable_in(printable_texts(plan), glyphs() | plan_fallback(plan).covered)
