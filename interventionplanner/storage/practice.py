"""The practice profile, kept per user in the settings folder: `practice.json` and, when
there is a logo, `practice-logo.png` beside it.

The profile file is read like a plan (storage/checked.py) and written whole or not at all
(storage/atomic.py). A logo is checked before it is kept: a PNG or JPEG (told by its bytes,
not its name) of at most 5 MB and 40 million pixels, or an SVG with nothing in it that
could reach outside the file (no links to other files or the web, no scripts, no entities),
rendered by the caller's `render_svg`. Whatever came in, what is kept is a PNG of at most
600 pixels a side, written again by Pillow, so nothing of the original file travels on.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from interventionplanner import paths
from interventionplanner.domain import limits
from interventionplanner.domain.practice import PROFILE_FIELDS, Practice, text_fields
from interventionplanner.i18n import _
from interventionplanner.storage.atomic import write_atomic
from interventionplanner.storage.checked import (
    CheckedFileError,
    check_data,
    limited_text,
    read_checked,
)
from interventionplanner.storage.limited import TooLargeError, read_limited
from interventionplanner.storage.problem import Problem

PROFILE_FILE = "practice.json"
LOGO_FILE = "practice-logo.png"
FORMAT = "interventionplanner.practice"
MAX_LOGO_BYTES = 5 * 1024 * 1024
MAX_LOGO_PIXELS = 40_000_000
LOGO_SIDE = 600  # pixels: sharp at 5 cm on paper, small in an e-mail

__all__ = [
    "CheckedFileError",
    "LogoError",
    "check_logo",
    "load_practice",
    "profile_name",
    "save_practice",
    "set_profile_fields",
]


class _Profile(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    name: limited_text(limits.Kind.NAME) = ""  # type: ignore[valid-type]
    credentials: limited_text(limits.Kind.SHORT) = ""  # type: ignore[valid-type]
    practice_name: limited_text(limits.Kind.NAME) = ""  # type: ignore[valid-type]
    phone: limited_text(limits.Kind.PHONE) = ""  # type: ignore[valid-type]
    email: limited_text(limits.Kind.EMAIL) = ""  # type: ignore[valid-type]
    website: limited_text(limits.Kind.ADDRESS) = ""  # type: ignore[valid-type]


class _ProfileFile(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    format: str
    version: int
    profile: _Profile


class LogoError(ValueError):
    """A logo that cannot be used, in one plain sentence."""


def profile_path(folder: Path | None = None) -> Path:
    return (folder or paths.user_config_dir()) / PROFILE_FILE


def logo_path(folder: Path | None = None) -> Path:
    return (folder or paths.user_config_dir()) / LOGO_FILE


# --- reading and writing -----------------------------------------------------------------


def load_practice(folder: Path | None = None) -> Practice:
    """This user's profile; an empty one when there is none yet. Raises CheckedFileError for
    a profile file that cannot be used (the window says so and leaves it as it is)."""
    path = profile_path(folder)
    if not path.exists():
        return Practice()
    checked = read_checked(path, _ProfileFile, "")
    _check_marker(path, checked)  # type: ignore[arg-type]
    practice = Practice(**checked.profile.model_dump())  # type: ignore[attr-defined]
    try:
        practice.logo_png = check_logo(read_limited(logo_path(folder), MAX_LOGO_BYTES))
    except (OSError, LogoError):
        practice.logo_png = b""  # no logo, or one that no longer passes: print none
    return practice


def practice_for(plan, folder: Path | None = None) -> Practice | None:
    """The profile to show on `plan`'s papers: None when the plan does not ask for it (then
    nothing is read), or when there is no usable profile."""
    if not plan.show_practice:
        return None
    try:
        practice = load_practice(folder)
    except CheckedFileError:
        return None
    return None if practice.is_empty else practice


def profile_name(folder: Path | None = None) -> str:
    """The profile's name with credentials ("Dana Reyes, LCADC"); "" without a profile."""
    try:
        return load_practice(folder).signed
    except CheckedFileError:
        return ""


def _check_marker(path: Path, checked: _ProfileFile) -> None:
    if checked.format != FORMAT:
        raise CheckedFileError(path, [Problem("format", _("this is not a practice profile."))])
    if checked.version != 1:
        raise CheckedFileError(
            path, [Problem("version", _("it was written by a newer version of the app."))]
        )


def save_practice(practice: Practice, folder: Path | None = None) -> None:
    """Write the profile and its logo (or remove the logo). Raises CheckedFileError for a
    field past its limit, OSError if the folder cannot be written; nothing half-written."""
    import json

    content = {"format": FORMAT, "version": 1, "profile": text_fields(practice)}
    data = (json.dumps(content, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    path = profile_path(folder)
    check_data(path, data, _ProfileFile, "")  # what is written reads back
    path.parent.mkdir(parents=True, exist_ok=True)
    if practice.logo_png:
        write_atomic(logo_path(folder), check_logo(practice.logo_png), keep_backup=False)
    else:
        logo_path(folder).unlink(missing_ok=True)
    write_atomic(path, data, keep_backup=False)


def set_profile_fields(practice: Practice, values: dict[str, str]) -> Practice:
    """`practice` with some fields changed; KeyError names a field that is not one."""
    for name, value in values.items():
        if name not in PROFILE_FIELDS:
            raise KeyError(name)
        setattr(practice, name, " ".join(value.split()))
    return practice


# --- the logo ----------------------------------------------------------------------------


def TOO_BIG() -> str:  # noqa: N802 - one sentence, said in two places
    return _("That picture is larger than 5 MB; please choose a smaller one.")


SvgRenderer = Callable[[bytes, int], bytes]  # SVG bytes, longest side → PNG bytes

_SVG_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<svg[\s>]", re.DOTALL)
_UNSAFE_TAGS = {"script", "foreignobject", "iframe", "object", "embed", "audio", "video"}
_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)


def read_logo_file(path: Path | str, render_svg: SvgRenderer | None = None) -> bytes:
    """A logo file from the disk, checked and scaled (see check_logo)."""
    path = Path(path)
    try:
        data = read_limited(path, MAX_LOGO_BYTES)
    except TooLargeError:
        raise LogoError(
            _("That picture is larger than 5 MB; please choose a smaller one.")
        ) from None
    except OSError as error:
        raise LogoError(
            _("“{name}” could not be read ({why}).").format(
                name=path.name, why=(error.strerror or "?").lower()
            )
        ) from None
    return check_logo(data, render_svg)


def check_logo(data: bytes, render_svg: SvgRenderer | None = None) -> bytes:
    """`data` as a PNG of at most LOGO_SIDE pixels a side. Raises LogoError."""
    if len(data) > MAX_LOGO_BYTES:
        raise LogoError(TOO_BIG())
    if data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff"):
        return _raster(data)
    if _SVG_START.match(data[:4096]):
        check_svg(data)
        if render_svg is None:
            raise LogoError(_("A drawing (SVG) can be chosen in the window."))
        return _raster(render_svg(data, LOGO_SIDE))
    raise LogoError(_("A logo should be a PNG, JPEG or SVG picture."))


def _raster(data: bytes) -> bytes:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("PNG", "JPEG"):
                raise LogoError(_("A logo should be a PNG, JPEG or SVG picture."))
            width, height = image.size
            if width * height > MAX_LOGO_PIXELS or not width or not height:
                raise LogoError(_("That picture is far too large to be a logo."))
            image.load()
            picture = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError):
        raise LogoError(_("That picture is damaged, so it cannot be used.")) from None
    picture.thumbnail((LOGO_SIDE, LOGO_SIDE))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def check_svg(data: bytes) -> None:
    """Refuse an SVG that could reach outside itself: entities or a DTD, scripts, embedded
    documents, and any link or url() that is not to a part of the same drawing."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    outside = LogoError(
        _("That drawing links to other files or the web, so it cannot be used as a logo.")
    )
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise outside from None
    except Exception:  # noqa: BLE001 - any parse error: not a drawing we can read
        raise LogoError(_("That drawing is damaged, so it cannot be used.")) from None
    if _local(root.tag) != "svg":
        raise LogoError(_("A logo should be a PNG, JPEG or SVG picture."))
    for element in root.iter():
        if _local(element.tag).lower() in _UNSAFE_TAGS:
            raise outside
        texts = [element.text or ""] if _local(element.tag) == "style" else []
        for key, value in element.attrib.items():
            if _local(key) == "href" and not value.strip().startswith("#"):
                raise outside
            if _local(key).lower().startswith("on"):
                raise outside  # event handlers are scripts
            texts.append(value)
        for text in texts:
            if "@import" in text or any(
                not target.startswith("#") for target in _URL.findall(text)
            ):
                raise outside


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
