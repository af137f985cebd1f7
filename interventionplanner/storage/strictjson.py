"""A JSON reader that refuses what the standard one lets through.

The standard library accepts duplicate keys (keeping the last), NaN, lone surrogates that
later fail to save, and nesting deep enough to exhaust the stack. A plan file with any of
these is damaged or was not written by this app, so each is refused with a plain reason.
"""

from __future__ import annotations

import json
from typing import Any

MAX_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 32
MAX_STRING = 200_000  # characters; the longest letter fits many times over


_CUT_OFF = "the file ends too early. It may have been cut off while it was being saved."


class StrictJSONError(ValueError):
    """Why the text is not acceptable JSON, in plain words, without quoting it."""


def loads_strict(raw: bytes) -> Any:
    if not raw.strip():
        raise StrictJSONError("the file is empty.")
    if len(raw) > MAX_BYTES:
        raise StrictJSONError(f"the file is too large to be a plan (over {MAX_BYTES >> 20} MB).")
    if b"\x00" in raw:
        raise StrictJSONError("this is not a plan file (it is not text).")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":  # the last character was cut in half
            raise StrictJSONError(_CUT_OFF) from None
        raise StrictJSONError("this is not a plan file (it is not readable text).") from None
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
            raise StrictJSONError(_CUT_OFF) from None
        raise StrictJSONError(
            f"the file is damaged near line {error.lineno}, so it cannot be read."
        ) from None
    except RecursionError:
        raise StrictJSONError("the file is nested too deeply to be a plan.") from None
    _check_values(data, depth=0)
    return data


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise StrictJSONError(
                "the same field appears twice in one place, so the file is ambiguous."
            )
        result[key] = value
    return result


def _small_int(digits: str) -> int:
    if len(digits) > 18:  # no count in a plan comes near this
        raise StrictJSONError("the file contains a number far too large to be real.")
    return int(digits)


def _no_constants(name: str) -> Any:
    raise StrictJSONError("the file contains a number that is not a real number.")


def _check_values(value: Any, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise StrictJSONError("the file is nested too deeply to be a plan.")
    if isinstance(value, dict):
        for key, item in value.items():
            _check_text(key)
            _check_values(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_values(item, depth + 1)
    elif isinstance(value, str):
        _check_text(value)


def _check_text(text: str) -> None:
    if len(text) > MAX_STRING:
        raise StrictJSONError("the file holds a text far longer than any plan would.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise StrictJSONError("the file contains a broken character.") from None
