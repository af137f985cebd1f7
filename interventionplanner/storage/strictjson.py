"""A JSON reader that refuses what the standard one lets through.

The standard library accepts duplicate keys (keeping the last), NaN, lone surrogates that
later fail to save, and nesting deep enough to exhaust the stack. A plan file with any of
these is damaged or was not written by this app, so each is refused with a plain reason.
"""

from __future__ import annotations

import json
from typing import Any

from interventionplanner.i18n import N_, _

MAX_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 32
MAX_STRING = 200_000  # characters; the longest letter fits many times over


_CUT_OFF = N_("the file ends too early. It may have been cut off while it was being saved.")


class StrictJSONError(ValueError):
    """Why the text is not acceptable JSON, in plain words, without quoting it. `where` names
    the field when one is at fault ("plan.participants[0].letter.love"), else ""."""

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(message)
        self.where = where


def loads_strict(raw: bytes) -> Any:
    if not raw.strip():
        raise StrictJSONError(_("the file is empty."))
    if len(raw) > MAX_BYTES:
        raise StrictJSONError(
            _("the file is too large to be a plan (over {mb} MB).").format(mb=MAX_BYTES >> 20)
        )
    text = decode_text(raw)
    try:
        data = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constants,
            parse_int=_small_int,
        )
    except json.JSONDecodeError as error:
        # A string still open when the text runs out is the usual sign of a cut-off file.
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            raise StrictJSONError(_(_CUT_OFF)) from None
        raise StrictJSONError(
            _("the file is damaged near line {line}, so it cannot be read.").format(
                line=error.lineno
            )
        ) from None
    except RecursionError:
        raise StrictJSONError(_("the file is nested too deeply to be a plan.")) from None
    _check_values(data, depth=0, where="")
    return data


def decode_text(raw: bytes) -> str:
    """The file's text, which must be UTF-8. Otherwise say what it is instead, and where the
    first bad byte is, so a damaged file and a file saved in another encoding read apart."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw):
        raise StrictJSONError(
            _(
                "it is saved as UTF-16 text, not UTF-8. Open it in a text editor and save it "
                "again as UTF-8."
            )
        )
    if not raw.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
        # Not even the start of a plan: a picture, a document, something else entirely.
        try:
            raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise StrictJSONError(_("this is not a plan file (it is not readable text).")) from None
        if b"\x00" in raw:
            raise StrictJSONError(_("this is not a plan file (it is not text)."))
    zero = raw.find(b"\x00")
    if zero >= 0:
        raise StrictJSONError(
            _(
                "the file is damaged at byte {byte} (line {line}): it holds a zero byte, which "
                "no text file has."
            ).format(byte=_number(zero + 1), line=_line(raw, zero))
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":  # the last character was cut in half
            raise StrictJSONError(_(_CUT_OFF)) from None
        at = error.start + (3 if raw.startswith(b"\xef\xbb\xbf") else 0)
        place = _("byte {byte} (line {line})").format(byte=_number(at + 1), line=_line(raw, at))
        if _bad_utf8_count(raw) > 1 and _is_cp1252(raw):
            raise StrictJSONError(
                _(
                    "it is saved as Windows-1252 (cp1252) text, not UTF-8: the first character "
                    "UTF-8 cannot read is at {place}. Open it in a text editor and save it "
                    "again as UTF-8."
                ).format(place=place)
            ) from None
        raise StrictJSONError(
            _(
                "the file is damaged at {place}: the bytes there are not valid UTF-8 text (or "
                "it was saved in another encoding, such as Windows-1252)."
            ).format(place=place)
        ) from None


def _number(value: int) -> str:
    from interventionplanner.domain.display import number

    return number(value)


def _line(raw: bytes, at: int) -> int:
    return raw.count(b"\n", 0, at) + 1


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte order mark: JSON text starts with an ASCII character, so one of
    its first two bytes is a zero."""
    head = raw[:2]
    return len(head) == 2 and (head[0] == 0) != (head[1] == 0)


def _bad_utf8_count(raw: bytes) -> int:
    return raw.decode("utf-8", "replace").count("\ufffd") - raw.decode("utf-8", "ignore").count(
        "\ufffd"
    )


def _is_cp1252(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise StrictJSONError(
                _("the same field appears twice in one place, so the file is ambiguous.")
            )
        result[key] = value
    return result


def _small_int(digits: str) -> int:
    if len(digits) > 18:  # no count in a plan comes near this
        raise StrictJSONError(_("the file contains a number far too large to be real."))
    return int(digits)


def _no_constants(name: str) -> Any:
    raise StrictJSONError(_("the file contains a number that is not a real number."))


def _check_values(value: Any, depth: int, where: str) -> None:
    if depth > MAX_DEPTH:
        raise StrictJSONError(_("the file is nested too deeply to be a plan."))
    if isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, where)
            _check_values(item, depth + 1, f"{where}.{key}" if where else key)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_values(item, depth + 1, f"{where}[{i}]")
    elif isinstance(value, str):
        _check_text(value, where)


def _check_text(text: str, where: str) -> None:
    if len(text) > MAX_STRING:
        if where:
            raise StrictJSONError(
                _(
                    "is longer than any plan would hold ({chars} characters; at most {most})."
                ).format(chars=_number(len(text)), most=_number(MAX_STRING)),
                where,
            )
        raise StrictJSONError(_("the file holds a text far longer than any plan would."))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise StrictJSONError(_("the file contains a broken character."), where) from None
