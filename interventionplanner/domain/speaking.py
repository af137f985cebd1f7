"""How long words take to read aloud."""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache

# A word is a run of letters or digits, with inner apostrophes and hyphens ("don't",
# "well-being"); punctuation and emoji alone are not words. Chinese and Japanese are
# written without spaces, so each of their characters counts as one word.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = rf"[{_CJK}]|[^\W_{_CJK}]+(?:['’\-][^\W_{_CJK}]+)*"

# A printed letter page at the packet's 14 pt reading size holds about this many words.
WORDS_PER_PAGE = 300


def count_words(text: str) -> int:
    """Words in `text`. Lines are counted once each and remembered, so after a keystroke
    only the line that changed is counted again, however long the letter."""
    return sum(_line_words(line) for line in text.split("\n"))


@cache
def _word() -> re.Pattern[str]:
    """Compiled when words are first counted, not at import: `re` fills its table for the
    CJK ranges one character at a time (2.5 ms here, up to 16 ms on a busy machine), and
    the first step shows no count."""
    return re.compile(_WORD)


@lru_cache(maxsize=8192)
def _line_words(line: str) -> int:
    return sum(1 for _ in _word().finditer(line))


def speaking_seconds(words: int, words_per_minute: int) -> int:
    """Seconds to read `words` aloud at `words_per_minute`, rounded up to a whole second."""
    if words <= 0:
        return 0
    if words_per_minute <= 0:
        raise ValueError("the reading rate must be a positive number of words per minute")
    return math.ceil(words * 60 / words_per_minute)
