"""Texting-style twins of the second opinion's training sentences (English; training only).

Some writers text rather than write ("ur a drunk", "u always say ur gonna stop", "i cant do
this anymore"). The model reads words as they are spelt, so "ur" and "you're" are different
features to it, and the labelled sentences are mostly spelt out. Each sentence the trainer
learns from therefore gets a twin written the way those writers write, with the same labels
and from the same batch (so a cross-validation fold never holds a sentence's twin without
it); the trainer weighs the twins less than the sentences (`coach_model_train`,
`TEXTING_WEIGHT`). Nothing here runs in the app: the model's features are unchanged, and so
is its cost.
"""

from __future__ import annotations

import re

# In order: the longer forms first ("you'll" before "you", "you are" before "you").
_TEXTING = [
    (r"\byou'll\b", "ull"),
    (r"\byou've\b", "youve"),
    (r"\byourself\b", "urself"),
    (r"\byou are\b", "u r"),
    (r"\byou're\b", "ur"),
    (r"\byour\b", "ur"),
    (r"\byou\b", "u"),
    (r"\bi'm\b", "im"),
    (r"\bi've\b", "ive"),
    (r"\bi'd\b", "id"),
    (r"\b(\w+)n't\b", r"\1nt"),
    (r"\bthat's\b", "thats"),
    (r"\bit's\b", "its"),
    (r"\bwhat's\b", "whats"),
    (r"\bthere's\b", "theres"),
    (r"\bgoing to\b", "gonna"),
    (r"\bwant to\b", "wanna"),
    (r"\bplease\b", "pls"),
    (r"\bbecause\b", "bc"),
]
_COMPILED = [(re.compile(pattern), texted) for pattern, texted in _TEXTING]


def texting(text: str) -> str:
    """`text` as a texting writer would send it: lower case, straight apostrophes, "u" and
    "ur", contractions without their apostrophe, no full stop at the end."""
    out = text.replace("\u2019", "'").lower()
    for pattern, texted in _COMPILED:
        out = pattern.sub(texted, out)
    return out.rstrip(".")
