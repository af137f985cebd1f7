"""Fonts the system has for what the bundled DejaVu cannot draw: Chinese, Japanese, Korean,
Thai, Devanagari and other scripts in a name or a letter.

fontconfig (`fc-list`, present on Linux and most BSDs) lists every installed font with the
characters it covers. For the characters a plan needs and DejaVu lacks, the fewest TrueType
fonts that cover them are registered with reportlab, and runs of those characters are set in
them (`<font name=…>` in the paragraph markup). Whatever no installed font covers still
prints as □ and is listed by `unprintable_characters()`, as are right-to-left scripts, which
would print unjoined and backwards without text shaping.

Where there is no fontconfig (Windows, macOS without it), or INTERVENTIONPLANNER_NO_SYSTEM_FONTS
is set (the test suite sets it, so results do not depend on the machine's fonts), nothing
falls back and the packet prints exactly as before.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

NO_SYSTEM_FONTS = "INTERVENTIONPLANNER_NO_SYSTEM_FONTS"
PREFIX = "PacketFallback"
# reportlab reads TrueType outlines only (not CFF/PostScript ones).
_READABLE = {"TrueType"}
_lock = threading.Lock()
_registered: dict[str, str] = {}  # "path#index" -> the name reportlab knows it by


@dataclass(frozen=True)
class SystemFont:
    path: str
    index: int
    codepoints: frozenset[int]


@dataclass(frozen=True)
class Fallback:
    """Which registered font draws which character."""

    font_of: dict[str, str] = field(default_factory=dict)

    @property
    def covered(self) -> frozenset[int]:
        return frozenset(ord(char) for char in self.font_of)

    def apply(self, markup: str) -> str:
        """Paragraph markup with each run of fallback characters set in its font."""
        if not self.font_of:
            return markup
        out: list[str] = []
        current = None
        for char in markup:
            font = self.font_of.get(char)
            if font != current:
                if current is not None:
                    out.append("</font>")
                if font is not None:
                    out.append(f'<font name="{font}">')
                current = font
            out.append(char)
        if current is not None:
            out.append("</font>")
        return "".join(out)


NONE = Fallback()


def enabled() -> bool:
    return not os.environ.get(NO_SYSTEM_FONTS) and shutil.which("fc-list") is not None


def fallback_for(chars: Iterable[str]) -> Fallback:
    """Register (once) the fewest system fonts that draw `chars`; what each one draws.
    Right-to-left characters are left out: without shaping they would print wrongly."""
    wanted = {
        char
        for char in chars
        if len(char) == 1 and unicodedata.bidirectional(char) not in ("R", "AL")
    }
    if not wanted or not enabled():
        return NONE
    font_of: dict[str, str] = {}
    for font in _choose(wanted, system_fonts()):
        try:
            name = _register(font)
        except Exception:  # noqa: BLE001 - a font reportlab cannot read is simply not used
            continue
        for char in wanted:
            if ord(char) in font.codepoints and char not in font_of:
                font_of[char] = name
    return Fallback(font_of)


def _choose(wanted: set[str], fonts: tuple[SystemFont, ...]) -> list[SystemFont]:
    """Greedy set cover: each time, the font that draws most of what is still missing."""
    missing = {ord(char) for char in wanted}
    chosen = []
    while missing:
        best = max(fonts, key=lambda f: len(f.codepoints & missing), default=None)
        if best is None or not best.codepoints & missing:
            break
        chosen.append(best)
        missing -= best.codepoints
    return chosen


@cache
def system_fonts() -> tuple[SystemFont, ...]:
    """Every installed TrueType font fontconfig knows, with the characters it covers."""
    try:
        listed = subprocess.run(
            ["fc-list", "--format", "%{file}|%{index}|%{fontformat}|%{charset}\n"],
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    fonts = []
    for line in listed.splitlines():
        path, _, rest = line.partition("|")
        index, _, rest = rest.partition("|")
        kind, _, charset = rest.partition("|")
        if kind not in _READABLE or not path.lower().endswith((".ttf", ".ttc")):
            continue
        fonts.append(SystemFont(path, int(index or 0), _codepoints(charset)))
    # Steady order, so the same plan on the same machine always picks the same fonts.
    return tuple(sorted(fonts, key=lambda f: (f.path, f.index)))


def _codepoints(charset: str) -> frozenset[int]:
    """fontconfig's "20-7e a0-17f 192" as a set of code points."""
    found: set[int] = set()
    for item in charset.split():
        low, _, high = item.partition("-")
        try:
            found.update(range(int(low, 16), int(high or low, 16) + 1))
        except ValueError:
            continue
    return frozenset(found)


def _register(font: SystemFont) -> str:
    key = f"{font.path}#{font.index}"
    with _lock:
        if key in _registered:
            return _registered[key]
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        name = f"{PREFIX}{len(_registered) + 1}"
        pdfmetrics.registerFont(TTFont(name, font.path, subfontIndex=font.index))
        _registered[key] = name
        return name
