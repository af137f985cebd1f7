"""The fragments of a paragraph with markup, without running reportlab's parser each time.

reportlab parses every paragraph's markup with an HTMLParser (about 60 µs for a short line).
The packet's markup comes from a handful of shapes: "<b>name</b>, relationship — roles" for
every person listed, "<b>number</b>" and "<b>name</b><br/>when" for every crisis line.
The parser's fragments depend on the tags and the entities, not on the words between them:
each run of text between two tags or entities becomes one fragment, a copy of the style in
force there, with that text. So the markup's skeleton (each run of text replaced by a mark)
is parsed once per style, and each paragraph of that shape gets copies of the skeleton's
fragments with its own runs of text put back, in order.

The first paragraph of each shape is also parsed in full, and the shape is used only if
both ways agree, fragment for fragment; a shape that does not (or that the parser refuses)
is always parsed in full.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paraparser import ParaParser

# A tag or an entity; what lies between them is a run of plain text.
_TOKEN = re.compile(r"(<[^<>]*>|&#?\w+;)")
_RUN = "\ue1a0"  # stands for a run of text in a skeleton (private use: never in a packet)
_KEY = "_packet_skeletons"  # the shapes seen with a style, kept on the style itself
_MOST = 512  # shapes remembered per style (the packet's own are a few dozen at most)


def skeleton_frags(text: str, style: ParagraphStyle) -> list | None:
    """reportlab's fragments of `text` (cleaned markup) in `style`, or None when its shape
    must be parsed in full (then the caller lets reportlab parse it)."""
    if _RUN in text:
        return None
    parts = _TOKEN.split(text)
    runs = parts[0::2]
    if any("&" in run or "<" in run or ">" in run for run in runs):
        return None  # not markup as the packet escapes it: let the parser judge
    skeleton = "".join(_RUN if i % 2 == 0 and part else part for i, part in enumerate(parts))
    shapes = _shapes(style)
    if skeleton not in shapes:
        if len(shapes) >= _MOST:
            return None
        shapes[skeleton] = _learn(skeleton, text, runs, style)
    template = shapes[skeleton]
    return None if template is None else _filled(template, runs)


def _shapes(style: ParagraphStyle) -> dict[str, list | None]:
    found = style.__dict__.get(_KEY)
    if found is None or found[0] is not style:  # not one inherited from a parent style
        found = style.__dict__[_KEY] = (style, {})
    return found[1]


def _learn(skeleton: str, text: str, runs: list[str], style: ParagraphStyle) -> list | None:
    """The skeleton's fragments, if filling them gives what parsing `text` gives."""
    _style, template, bullet = ParaParser().parse(skeleton, style)
    if template is None or bullet or sum(f.text == _RUN for f in template) != sum(map(bool, runs)):
        return None
    _style, parsed, _bullet = ParaParser().parse(text, style)
    if parsed is None or [f.__dict__ for f in _filled(template, runs)] != [
        f.__dict__ for f in parsed
    ]:
        return None
    return template


def _filled(template: list, runs: list[str]) -> list:
    """Copies of the skeleton's fragments, each run's mark replaced by its text."""
    texts = iter(run for run in runs if run)
    frags = []
    for frag in template:
        copy = object.__new__(type(frag))
        copy.__dict__.update(frag.__dict__)
        if frag.text == _RUN:
            copy.text = next(texts)
        frags.append(copy)
    return frags
