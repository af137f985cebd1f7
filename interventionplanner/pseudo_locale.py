"""A pseudo-language for tests: every translated string accented and about 35% longer.

Shown on every step, it finds a string that bypasses translation (it stays plain ASCII) and
a label or button too narrow for a longer language such as Spanish. Placeholders ({name},
%s, %(count)d) and markup tags are kept as they are, so formatting still works.
"""

from __future__ import annotations

import gettext
import re

_ACCENTED = str.maketrans("aeiouyAEIOUYcnCN", "áéîõüýÁÉÎÕÜÝçñÇÑ")
# Left as they are: {placeholders}, %-formats, <tags>, &entities; and Qt's & mnemonics.
_KEEP = re.compile(r"\{[^{}]*\}|%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdifr%]|<[^>]*>|&\w+;")


def pseudo(message: str) -> str:
    if not message.strip():
        return message
    pieces: list[str] = []
    last = 0
    for kept in _KEEP.finditer(message):
        pieces.append(message[last : kept.start()].translate(_ACCENTED))
        pieces.append(kept.group())
        last = kept.end()
    pieces.append(message[last:].translate(_ACCENTED))
    padding = "·" * max(1, round(len(message) * 0.35))
    return "[" + "".join(pieces) + padding + "]"


class PseudoTranslations(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)
