"""Whether a sentence speaks of the future ("will", "plans to", "by December"): `names_a_forecast`, the rule that
marks a claim as a forecast and makes a weekday in it the coming one. FORECAST_RE is the rule; the word sets and
scans below only decide where it is looked for.
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.prefilter import (
    StartScan,
    ascii_words,
    is_word_char,
    lowercase_twin,
    lowered,
    vocabulary_hits,
)

FORECAST_RE: Final = re.compile(
    r"\b(?:expected\s+to|will|plans?\s+to|planning\s+to|set\s+to|is\s+to|are\s+to|would|by\s+(?:the\s+end\s+of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b",
    re.IGNORECASE,
)
FORECAST_TWIN: Final = lowercase_twin(FORECAST_RE)
# the twin as a scan from one non-word character to the next: every word of it begins with a letter, so its
# leading \b is (?<!\w)
FORECAST_SCAN: Final = StartScan(FORECAST_TWIN.pattern.removeprefix(r"\b"), r"\w")
# FORECAST_RE's branches on a lowered text, by the word each opens with, each written so that the engine skips
# ahead to that word's letters (a lookbehind after them stands for the leading \b, as `trie_alternation` writes
# it); "expected to" and the like open with several words: their scan is the whole twin's
_FORECAST_WILL: Final = re.compile(r"w(?<!\ww)(?:ill|ould)\b")
_FORECAST_BY_MONTH: Final = re.compile(
    r"by(?<!\wby)\s+(?:the\s+end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
# the forecast words as runs of letters: "will", "would", "by" alone; the others only before "to" (`holds_word`:
# word gates would push gates tested on every sentence past the mask's short bits)
_FORECAST_WILL_WORDS: Final = ascii_words({"will", "would"})
_FORECAST_BY: Final = ascii_words({"by"})
_FORECAST_BEFORE_TO: Final = ascii_words({"expected", "plan", "plans", "planning", "set", "is", "are"})
_FORECAST_TO: Final = ascii_words({"to"})
# which of the four sets above each of their words is in, as a bit each: one walk over a text's vocabulary hits tells
# what four `holds_word` calls did, each of which read the hits again
_HOLDS_WILL: Final = 1
_HOLDS_BY: Final = 2
_HOLDS_TO: Final = 4
_HOLDS_BEFORE_TO: Final = 8
_FORECAST_WORD_SETS: Final = (
    (_FORECAST_WILL_WORDS, _HOLDS_WILL), (_FORECAST_BY, _HOLDS_BY), (_FORECAST_TO, _HOLDS_TO),
    (_FORECAST_BEFORE_TO, _HOLDS_BEFORE_TO),
)  # fmt: skip
_FORECAST_WORD_BITS: Final[dict[bytes, int]] = {
    word: sum(bit for words, bit in _FORECAST_WORD_SETS if word in words)
    for words, _ in _FORECAST_WORD_SETS
    for word in words
}
_FORECAST_WORDS: Final = frozenset(_FORECAST_WORD_BITS)


def _forecast_words_held(low: str) -> int:
    """The bits (`_HOLDS_WILL` ...) of the forecast word sets one of whose words is a whole run of a-z of `low`: a run
    in a set is a vocabulary hit (`vocabulary_hits` of their union), as `holds_word` reads it."""
    held = 0
    for word in vocabulary_hits(low, _FORECAST_WORDS):
        held |= _FORECAST_WORD_BITS.get(word, 0)
    return held


def names_a_forecast(text: str) -> bool:
    """`FORECAST_RE.search(text) is not None`, each branch looked for only where the text's runs of letters hold
    the words its matches need (a word between \\b is such a run): "will" and "would", "by" before a month, and
    the phrases before "to" by code from each "to" (`_plans_to`)."""
    low = lowered(text)
    if low is None:
        return FORECAST_RE.search(text) is not None
    held = _forecast_words_held(low)
    if held & _HOLDS_WILL and _FORECAST_WILL.search(low) is not None:
        return True
    if held & _HOLDS_BY and _FORECAST_BY_MONTH.search(low) is not None:
        return True
    if not held & _HOLDS_TO or not held & _HOLDS_BEFORE_TO:
        return False
    return _plans_to(low)  # the other branches were ruled out above: FORECAST_SCAN.search(low) could only find these


# the words FORECAST_RE's phrases before "to" open with (`_plans_to`)
_WORDS_BEFORE_TO: Final = frozenset({"expected", "plan", "plans", "planning", "set", "is", "are"})


def _plans_to(low: str) -> bool:
    """Whether `\\b(?:expected|plans?|planning|set|is|are)\\s+to\\b` matches in `low`: FORECAST_RE's phrases before
    "to", read by code from each "to" that no word character follows and whitespace precedes (`\\s` is
    `str.isspace`): the whole run of word characters before that whitespace is one of `_WORDS_BEFORE_TO` (a longer
    run has a word character before the phrase, where \\b fails). The whole twin's scan tried every branch after
    each non-word character."""
    size = len(low)
    at = low.find("to")
    while at >= 0:
        if at > 0 and low[at - 1].isspace() and (at + 2 == size or not is_word_char(low[at + 2])):
            end = at - 1
            while end > 0 and low[end - 1].isspace():
                end -= 1
            start = end
            while start > 0 and is_word_char(low[start - 1]):
                start -= 1
            if low[start:end] in _WORDS_BEFORE_TO:
                return True
        at = low.find("to", at + 2)
    return False
