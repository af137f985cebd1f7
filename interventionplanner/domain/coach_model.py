"""The coach's second opinion: a small linear model per category, shipped as data.

The rules (domain/coach.py) know the shapes they were written for; a new writer's wording
slips past them. This model was trained offline on the same labelled sentences
(storage/coach_model_train.py, with scikit-learn, never needed at run time) and is read
here as plain numbers: one weight per feature and category, a bias and a threshold. The
coach asks it only about a sentence where the rules found nothing of a category and did not
decline it (domain/coach.py, `Coach.verdicts`), and it only offers the category's reason,
never a suggestion.

`sentence_features` is the one feature extractor, used by the training script and here
alike, so the model sees at run time exactly what it was trained on:

- words (``w|drunk``), word pairs (``b|you always``) and, for longer words, their first
  five letters (``p|drink``: "drinking", "drinks", "drinker" share it), in the coach's folded
  text (lower case, straight apostrophes, plain letters where the language folds accents);
- words inside a quotation are the quoted person's own: they are left out, and the
  quotation stands as one token ``"`` ("she said "…" to me"), so the model never fires
  on them and never underlines them;
- a few facts about the sentence: the reader is in it (``f|you``), spoken to in the present
  (``f|you_now``), a negation (``f|neg``), a question (``f|ask``), a word or two in quotation
  marks (``f|quote``, often a sneer: your "friends") or a longer quotation (``f|speech``).

A finding's span is the run of words (at most `_SPAN_WORDS`) that carried most of the
score, so the underline shows the writer where.

The model stays quiet, in the categories listed, on the sentences it was taught are kind and
would still flag (a good sentence, a trap, a suggestion taken; round 13): their
`fingerprint`s ship with it, rather than each such sentence lifting its category's whole
threshold above it.
"""

from __future__ import annotations

import hashlib
import math
import operator
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

_TOKEN = re.compile(r"\w+(?:'\w+)*")
_NUMBER = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_NOT = re.compile(r"n't\b")
_PREFIX = 5  # a word longer than this also gives its first five letters
_SPAN_WORDS = 4  # the longest underline the model gives
_MEMO = 4096  # sentences whose scores are remembered
_QUOTE_TOKEN = '"'
# What `_memo` remembers scores by: a sentence without a quotation by its text; one with
# by its text and its quotations' (start, end) from its start (CoachModel._quoted_totals).
_Remembered = str | tuple[str, tuple[tuple[int, int], ...]]
_UNSEEN = object()  # a sentence the model has not scored yet (None: under every threshold)
_SHORT_QUOTE = 3  # words: "your 'friends'", "a 'quick' drink" rather than someone's words

# Per language: the reader spoken to in the present ("you're", "eres"), and negation.
_YOU = {
    "en": frozenset({"you", "your", "you're", "youre", "ur", "u", "yourself", "you've", "youve"}),
    "es": frozenset({"tu", "te", "ti", "contigo", "tuyo", "tuya", "usted", "vos", "tus"}),
}
_YOU_NOW = {
    "en": frozenset({"you're", "youre", "ur", "you've", "youve"}),
    "es": frozenset({"eres", "estas", "sos", "tienes", "haces", "vives", "sigues", "andas"}),
}
_YOU_NOW_PAIRS = {
    "en": frozenset(
        [("you", "are"), ("you", "keep"), ("you", "do"), ("you", "have"), ("u", "r")]
        + [("you", "always"), ("you", "never")]
    ),
    "es": frozenset([("tu", "eres"), ("usted", "es"), ("vos", "sos"), ("usted", "esta")]),
}
_NEGATION = {
    "en": frozenset({"not", "never", "no", "nobody", "none", "nothing", "neither", "nor"}),
    "es": frozenset({"no", "nunca", "jamas", "nadie", "nada", "ni", "ningun", "ninguna"}),
}


@dataclass(frozen=True)
class Features:
    """A sentence's features. `words` are the writer's words (start, end offsets into the
    text); `anchors[i]` are the indexes of the words feature `names[i]` came from (none
    for a fact about the whole sentence)."""

    names: tuple[str, ...]
    anchors: tuple[tuple[int, ...], ...]
    words: tuple[tuple[int, int], ...]
    breaks: frozenset[int] = frozenset()  # words right after a quotation: an underline stops


def sentence_features(
    folded: str,
    start: int,
    end: int,
    quotes: Sequence[tuple[int, int]] = (),
    language: str = "en",
) -> Features:
    """The features of folded[start:end]; `quotes` are the text's quotation spans (marks
    included), as domain/sentences.py finds them."""
    tokens, words, quoted = _tokens(folded, start, end, quotes)
    names: list[str] = []
    anchors: list[tuple[int, ...]] = []
    previous: tuple[str, int] | None = None
    for word, at in tokens:
        if at >= 0:
            names.append("w|" + word)
            anchors.append((at,))
            if len(word) > _PREFIX:
                names.append("p|" + word[:_PREFIX])
                anchors.append((at,))
        if previous is not None:
            names.append(f"b|{previous[0]} {word}")
            anchors.append(tuple(i for i in (previous[1], at) if i >= 0))
        previous = (word, at)
    facts = _sentence_facts(tokens, quoted, folded, start, end, language)
    names.extend(facts)
    anchors.extend([()] * len(facts))
    breaks = frozenset(
        index
        for (word, index), (before, _) in zip(tokens[1:], tokens, strict=False)
        if index >= 0 and before == _QUOTE_TOKEN
    )
    return Features(tuple(names), tuple(anchors), tuple(words), breaks)


def _tokens(
    folded: str, start: int, end: int, quotes: Sequence[tuple[int, int]]
) -> tuple[list[tuple[str, int]], list[tuple[int, int]], list[int]]:
    """The tokens of folded[start:end] as `sentence_features` reads them: (word, index in
    `words`) for the writer's words, (`_QUOTE_TOKEN`, -1) for a run of quoted ones; the
    writer's words as (start, end); how many words each quotation holds."""
    tokens: list[tuple[str, int]] = []
    words: list[tuple[int, int]] = []
    quoted: list[int] = []
    inside = [(q0, q1) for q0, q1 in quotes if q0 < end and q1 > start]
    # Numbers read as "0": only a sentence with a digit pays for the substitution.
    numbers = _DIGIT.search(folded, start, end) is not None
    # One quotation (the commonest case) is compared directly, not through `any`.
    only = inside[0] if len(inside) == 1 else None
    for match in _TOKEN.finditer(folded, start, end):
        at, stop = match.span()
        if inside and (
            only[0] < at and stop < only[1]
            if only is not None
            else any(q0 < at and stop < q1 for q0, q1 in inside)
        ):
            if not tokens or tokens[-1][0] != _QUOTE_TOKEN:
                tokens.append((_QUOTE_TOKEN, -1))
                quoted.append(0)
            quoted[-1] += 1
            continue
        word = match.group()
        tokens.append((_NUMBER.sub("0", word) if numbers else word, len(words)))
        words.append((at, stop))
    return tokens, words, quoted


def _sentence_facts(
    tokens: list[tuple[str, int]],
    quoted: list[int],
    folded: str,
    start: int,
    end: int,
    language: str,
) -> list[str]:
    """The sentence-wide features of a sentence with these tokens (`_tokens`)."""
    seen = {t[0] for t in tokens}
    bigrams = set(zip((t[0] for t in tokens), (t[0] for t in tokens[1:]), strict=False))
    marks = " ".join(t[0] for t in tokens) + ("?" if "?" in folded[start:end] else "")
    facts = _facts(seen, bigrams, marks, language)
    if quoted:  # a word or two in quotation marks is often a sneer; more is someone's words
        facts.append("f|quote" if min(quoted) <= _SHORT_QUOTE else "f|speech")
    return facts


def _facts(seen: set[str], bigrams: set[tuple[str, str]], text: str, language: str) -> list[str]:
    """The sentence-wide features, from its words, word pairs and text (the writer's)."""
    facts = []
    if seen & _YOU.get(language, _YOU["en"]):
        facts.append("f|you")
    if seen & _YOU_NOW.get(language, _YOU_NOW["en"]) or bigrams & _YOU_NOW_PAIRS.get(
        language, _YOU_NOW_PAIRS["en"]
    ):
        facts.append("f|you_now")
    if seen & _NEGATION.get(language, _NEGATION["en"]) or _NOT.search(text):
        facts.append("f|neg")
    if "?" in text:
        facts.append("f|ask")
    return facts


@dataclass(frozen=True)
class CategoryModel:
    bias: float
    threshold: float


class CoachModel:
    """The trained weights of every category, ready to score a sentence.

    Each feature maps to one row of weights over every category: one dictionary look-up a
    feature, whatever the number of categories, and a sentence's rows summed column by
    column. Words, first letters and word pairs have a table each, so a sentence without a
    quotation is scored straight from its words (`_over_threshold`), without building feature
    names, and remembered by its text; `scores` is the same sum from `sentence_features`, and
    a test keeps the two equal. A sentence over a threshold is also remembered with what was
    found in it (round 9): a re-check of the letter does not read its words again.
    """

    def __init__(
        self,
        language: str,
        categories: Sequence[str],
        per_category: Mapping[str, CategoryModel],
        weights: Mapping[str, Mapping[str, float]],
        quiet: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.language = language
        # fingerprint -> the categories the model never gives in that known kind sentence.
        self._quiet = {key: frozenset(found) for key, found in (quiet or {}).items()}
        self.categories = tuple(c for c in categories if c in per_category)
        index = {c: i for i, c in enumerate(self.categories)}
        self._bias = [per_category[c].bias for c in self.categories]
        # Scores are compared before the logistic function: a threshold in probability is
        # kept as its log-odds.
        self._threshold = [_logit(per_category[c].threshold) for c in self.categories]
        # Each feature's weights as one row over every category: a sentence's rows are then
        # summed column by column in one step.
        width = len(self.categories)
        rows: dict[str, list[float]] = {}
        for category, table in weights.items():
            if category not in index:
                continue
            column = index[category]
            for feature, weight in table.items():
                row = rows.get(feature)
                if row is None:
                    row = rows[feature] = [0.0] * width
                row[column] = weight
        tables = _tables({name: tuple(row) for name, row in rows.items()})
        self._words, self._prefixes, self._pairs, self._facts = tables
        self._unread: dict[str, object] = {}  # all of it laid out
        self._memo: dict[_Remembered, list[float] | None] = {}
        self._found: dict[tuple[str, frozenset[str], object], tuple[list[float], list[Found]]] = {}

    def tables(self) -> Stored:
        """Everything the model is made of, as plain values (storage/coach_model.py keeps
        them for the next run), for `from_tables`."""
        if self._unread:
            self._read_words(list(self._unread))
        tables = (self._words, self._prefixes, self._pairs, self._facts)
        quiet = {key: tuple(sorted(found)) for key, found in self._quiet.items()}
        return self.language, self.categories, self._bias, self._threshold, tables, quiet

    @classmethod
    def from_tables(cls, stored: Stored, later: Later | None = None) -> CoachModel:
        """The model `tables()` gave, without laying the weights out again. With `later`,
        the words' weights and their pairs' are not in `stored`'s tables yet: each word's
        are read when a sentence first holds it (`Later`)."""
        model = cls.__new__(cls)
        model.language, categories, bias, threshold, tables, quiet = stored
        model.categories = tuple(categories)
        model._bias, model._threshold = list(bias), list(threshold)
        model._words, model._prefixes, model._pairs, model._facts = tables
        model._quiet = {key: frozenset(found) for key, found in quiet.items()}
        model._unread = {}
        if later is not None:
            model._unread = dict(later.unread)
            model._later = later
        model._memo = {}
        model._found = {}
        return model

    def _read_words(self, words: Iterable[str]) -> None:
        """Reads the weights of those of `words` not read yet, and of the pairs kept with
        them (a model from `from_tables` with a `Later`). A word's are all in before it is
        struck off, so another thread that finds it read finds its weights; two threads
        may read the same word's, and put in the same. Anything unreadable: the whole
        model is laid out again from its file (`Later.everything`)."""
        unread = self._unread
        for word in unread.keys() & words:
            where = unread.get(word)
            if where is None:
                continue
            try:
                row, prefix, pairs = self._later.read(where)
            except Exception:  # noqa: BLE001 (any doubt: the model file itself)
                self._words, self._prefixes, self._pairs, self._facts = self._later.everything()
                self._unread = {}
                return
            if pairs:
                self._pairs.update(pairs)
            if prefix is not None:
                self._prefixes[word] = prefix
            if row is not None:
                self._words[word] = row
            unread.pop(word, None)

    def _row(self, name: str) -> tuple[float, ...] | None:
        """The weights of the feature `name` ("w|drunk", "b|you always"…)."""
        kind, _, rest = name.partition("|")
        if kind == "w":
            if self._unread:
                self._read_words((rest,))
            return self._words.get(rest)
        if kind == "p":
            if self._unread:
                self._read_words((rest,))
            return self._prefixes.get(rest)
        if kind == "b":
            first, _, second = rest.partition(" ")
            if self._unread:
                self._read_words((first, second))
            return self._pairs.get((first, second))
        return self._facts.get(name)

    def scores(self, features: Features) -> list[float]:
        """Each category's score (log-odds) for a sentence with these features (each
        feature counted once, as in training)."""
        found = [row for row in map(self._row, set(features.names)) if row is not None]
        # fsum: exact, so the same in any order (training must give the same file each run).
        return list(map(math.fsum, zip(self._bias, *found, strict=True)))

    def probabilities(self, features: Features) -> dict[str, float]:
        return {
            c: 1 / (1 + math.exp(-s))
            for c, s in zip(self.categories, self.scores(features), strict=True)
        }

    def find(
        self,
        folded: str,
        sentences: Iterable[tuple[int, int]],
        quotes: Sequence[tuple[int, int]],
        skip: Mapping[int, Iterable[str]],
        expected: Iterable[str] = (),
        keep: Callable[[str, int, int], bool] | None = None,
        owner: object = None,
    ) -> list[tuple[str, int, int]]:
        """(category, start, end) for each category the model finds in each sentence,
        but those in `skip[sentence start]` (what the rules found there) and `expected`,
        and those `keep` (the coach's own say, from the sentence alone) turns down. What a
        sentence without a quotation gave is remembered for `owner` (the coach asking)."""
        out: list[tuple[str, int, int]] = []
        threshold = self._threshold
        expected = frozenset(expected)
        sentences = list(sentences)
        quoted = _quoted(sentences, quotes)
        memo = self._memo
        for start, end in sentences:
            if start in quoted:
                # Scored from its tokens; its features (names and anchors) are read only
                # where a category it may still add is over its threshold.
                totals = self._quoted_totals(folded, start, end, quotes)
                if any(map(operator.ge, totals, threshold)):
                    done = expected.union(skip.get(start, ()), self._known_kind(folded[start:end]))
                    read = partial(sentence_features, folded, start, end, quotes, self.language)
                    found = self._in_sentence(totals, done, read)
                    out += [f for f in found if keep is None or keep(*f)]
                continue
            sentence = folded[start:end]
            # Most sentences are remembered, and most as under every threshold (None).
            totals = memo.get(sentence, _UNSEEN)
            if totals is _UNSEEN:
                totals = self._over_threshold(sentence)
            if totals is None:
                continue
            # A sentence over a threshold is remembered with what was found in it (offsets
            # from its start) beside its remembered scores (`is`: forgotten with them): a
            # re-check does not read it again, even where the coach then finds the words
            # aimed at someone else and says nothing.
            key = (sentence, expected.union(skip.get(start, ())), owner)
            kept = self._found.get(key)
            if kept is None or kept[0] is not totals:
                if len(self._found) >= _MEMO:
                    self._found.clear()
                read = partial(sentence_features, sentence, 0, len(sentence), (), self.language)
                done = key[1].union(self._known_kind(sentence))
                found = [
                    (category, at + start, stop + start)
                    for category, at, stop in self._in_sentence(totals, done, read)
                ]
                found = [f for f in found if keep is None or keep(*f)]
                kept = self._found[key] = (totals, [(c, a - start, b - start) for c, a, b in found])
            out += [(category, at + start, stop + start) for category, at, stop in kept[1]]
        return out

    def _quoted_totals(
        self, folded: str, start: int, end: int, quotes: Sequence[tuple[int, int]]
    ) -> list[float]:
        """`_quoted_scores`, remembered (`_memo`) by the sentence's text and where the
        quotations that reach into it are, from its start: all the scores read (its tokens
        are found with no look back before `start`), so a re-check reads none again."""
        inside = tuple((q0 - start, q1 - start) for q0, q1 in quotes if q0 < end and q1 > start)
        key = (folded[start:end], inside)
        memo = self._memo
        totals = memo.get(key)
        if totals is None:
            if len(memo) >= _MEMO:
                memo.clear()
            totals = memo[key] = self._quoted_scores(folded, start, end, quotes)
        return totals

    def _quoted_scores(
        self, folded: str, start: int, end: int, quotes: Sequence[tuple[int, int]]
    ) -> list[float]:
        """`scores(sentence_features(…))` for a sentence holding a quotation, from its
        tokens without building feature names: the same rows (each feature once: a set of
        words, of first letters, of pairs, and the facts), summed with fsum (exact, so the
        very same totals)."""
        tokens, _, quoted = _tokens(folded, start, end, quotes)
        names = [word for word, _ in tokens]
        writer = {word for word, at in tokens if at >= 0}
        prefixes = {word[:_PREFIX] for word in writer if len(word) > _PREFIX}
        if self._unread:
            self._read_words(prefixes.union(names))
        found = list(filter(None, map(self._words.get, writer)))
        found += filter(None, map(self._prefixes.get, prefixes))
        found += filter(None, map(self._pairs.get, set(zip(names, names[1:], strict=False))))
        facts = _sentence_facts(tokens, quoted, folded, start, end, self.language)
        found += filter(None, map(self._facts.get, facts))
        return list(map(math.fsum, zip(self._bias, *found, strict=True)))

    def _known_kind(self, sentence: str) -> frozenset[str]:
        """The categories the model stays quiet in for this sentence: one it was taught is
        kind (asked only of a sentence over a threshold, so it costs nothing warm)."""
        if not self._quiet:
            return frozenset()
        return self._quiet.get(fingerprint(sentence), frozenset())

    def _in_sentence(
        self, totals: list[float], done: frozenset[str], features: Callable[[], Features]
    ) -> list[Found]:
        """(category, start, end) of each category over its threshold but those `done`;
        `features` gives the sentence's features, asked for only when one is found."""
        out = []
        read = None
        for index, category in enumerate(self.categories):
            if totals[index] < self._threshold[index] or category in done:
                continue
            if read is None:
                read = features()
            span = self._span(read, index)
            if span is not None:
                out.append((category, *span))
        return out

    def _over_threshold(self, sentence: str) -> list[float] | None:
        """`scores(sentence_features(…))` for a sentence without a quotation, from its
        words; None when no category is over its threshold (most sentences).

        Remembered by the sentence's text (`_memo`, None kept too, so a re-check of a
        sentence under every threshold is one look-up): a letter is analysed again and
        again as it is written, and most of its sentences have not changed."""
        memo = self._memo
        if len(memo) >= _MEMO:
            memo.clear()
        totals: list[float] | None = self._score_words(sentence)
        if not any(map(operator.ge, totals, self._threshold)):
            totals = None
        memo[sentence] = totals
        return totals

    def _score_words(self, sentence: str) -> list[float]:
        if _DIGIT.search(sentence):
            sentence = _NUMBER.sub("0", sentence)
        words = _TOKEN.findall(sentence)
        if not words:
            return [-math.inf] * len(self._bias)
        seen = set(words)
        prefixes = {w[:_PREFIX] for w in seen if len(w) > _PREFIX}
        if self._unread:  # a word's weights read as a sentence first holds it
            self._read_words(seen.union(prefixes))
        bigrams = set(zip(words, words[1:], strict=False))
        # map/filter keep the look-ups in C: this runs for every sentence of a letter.
        found = list(filter(None, map(self._words.get, seen)))
        found += filter(None, map(self._prefixes.get, prefixes))
        found += filter(None, map(self._pairs.get, bigrams))
        facts = _facts(seen, bigrams, sentence, self.language)
        found += filter(None, map(self._facts.get, facts))
        return list(map(sum, zip(self._bias, *found, strict=True)))

    def _span(self, features: Features, index: int) -> tuple[int, int] | None:
        """The words with the largest share of the category's score, up to _SPAN_WORDS in a
        row (a pair's weight is shared by its two words); None when none of the writer's
        own words carried any (there is then nothing to underline, and nothing is said).
        A word the model has never seen right after them joins them while there is room:
        "pareces un basuquero" is underlined whole, not "pareces un"."""
        share = [0.0] * len(features.words)
        known = [False] * len(features.words)
        for name, anchors in zip(features.names, features.anchors, strict=True):
            if not anchors:
                continue
            row = self._row(name)
            if row is not None:
                if name.startswith("w|"):
                    known[anchors[0]] = True
                for at in anchors:
                    share[at] += row[index] / len(anchors)
        best, found = 0.0, None
        for first in range(len(share)):
            total = 0.0
            for last in range(first, min(first + _SPAN_WORDS, len(share))):
                if last > first and last in features.breaks:
                    break  # never across the quoted person's words
                total += share[last]
                if total > best:
                    best, found = total, (first, last)
        if found is None:
            return None
        first, last = found
        following = last + 1
        if (
            following < len(share)
            and following - first < _SPAN_WORDS
            and following not in features.breaks
            and not known[following]
        ):
            last = following
        return features.words[first][0], features.words[last][1]


Row = tuple[float, ...]
Found = tuple[str, int, int]  # category, start, end
Tables = tuple[dict[str, Row], dict[str, Row], dict[tuple[str, str], Row], dict[str, Row]]
# language, categories, biases, thresholds (log-odds), the tables, the known kind sentences
Stored = tuple[str, tuple[str, ...], list[float], list[float], Tables, dict[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Later:
    """What of a model is read as a sentence first needs it (storage/coach_model.py keeps
    the words' weights so): `unread`, each word (or first letters of longer words) whose
    weights, as a word or as first letters, or the weights of pairs kept with it (pairs
    it is in: a sentence holding a pair holds both its words), are not in the tables yet,
    with where they are; `read(where)` gives them, (its row or None, its row as first
    letters or None, {(word, next word): row} or None), or raises; `everything()` the
    model's tables all laid out again from its file, for when a word's cannot be read."""

    unread: Mapping[str, object]
    read: Callable[[object], tuple[Row | None, Row | None, dict[tuple[str, str], Row] | None]]
    everything: Callable[[], Tables]


def fingerprint(sentence: str) -> str:
    """A short, stable name for a folded sentence: its words as the model reads them (numbers
    as 0, no punctuation or spacing), hashed. The trainer lists the known kind sentences by
    it; the model looks a sentence up by it only when the sentence is over a threshold."""
    words = _TOKEN.findall(_NUMBER.sub("0", sentence))
    return hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).hexdigest()


def _tables(rows: Mapping[str, Row]) -> Tables:
    """Each feature's row in the table of its kind: a sentence is then scored straight from
    its words, without building feature names."""
    words: dict[str, Row] = {}
    prefixes: dict[str, Row] = {}
    pairs: dict[tuple[str, str], Row] = {}
    facts: dict[str, Row] = {}
    for name, row in rows.items():
        kind, _, rest = name.partition("|")
        if kind == "w":
            words[rest] = row
        elif kind == "p":
            prefixes[rest] = row
        elif kind == "b":
            first, _, second = rest.partition(" ")
            pairs[(first, second)] = row
        else:
            facts[name] = row
    return words, prefixes, pairs, facts


def _quoted(sentences: list[tuple[int, int]], quotes: Sequence[tuple[int, int]]) -> set[int]:
    """The starts of the sentences a quotation overlaps (both lists in text order)."""
    found: set[int] = set()
    if not quotes:
        return found
    starts = [s for s, _ in sentences]
    for q_start, q_end in quotes:
        at = max(bisect_right(starts, q_start) - 1, 0)
        while at < len(sentences) and sentences[at][0] < q_end:
            if sentences[at][1] > q_start:
                found.add(sentences[at][0])
            at += 1
    return found


def _logit(probability: float) -> float:
    probability = min(max(probability, 1e-9), 1 - 1e-9)
    return math.log(probability / (1 - probability))


def model_from_data(data: Mapping[str, object]) -> CoachModel:
    """A CoachModel from the model file's contents (see storage/coach_model.py)."""
    categories = data["categories"]
    assert isinstance(categories, Mapping)
    per_category = {
        name: CategoryModel(bias=float(entry["bias"]), threshold=float(entry["threshold"]))
        for name, entry in categories.items()
    }
    weights = {name: entry["weights"] for name, entry in categories.items()}
    order = data.get("order") or list(categories)
    assert isinstance(order, list)
    quiet: dict[str, list[str]] = {}
    for name, entry in categories.items():
        for key in entry.get("quiet_on", ()):
            quiet.setdefault(key, []).append(name)
    return CoachModel(str(data["language"]), order, per_category, weights, quiet)
