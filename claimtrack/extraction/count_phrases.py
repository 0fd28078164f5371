"""The words of a count and the record of one found: `CountMention`, the patterns of a number in digits or words
with its qualifier and range (`_COUNT_RE`, its scan twin and `_COUNT_MATCHER`), vague amounts ("thousands of"),
"-strong" forces, and the alternations of the counted nouns that the other count patterns share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from claimtrack.extraction.bounds import QUALIFIER_BOUNDS
from claimtrack.extraction.lexicons import CountedGroup, alternation, counted_groups
from claimtrack.extraction.numbers import COMPOUND_SCALE, DIGITS, FRACTION_OF_SCALE, SCALE, TENS, UNITS
from claimtrack.extraction.prefilter import (
    StartScan,
    ascii_words,
    lowercase_twin,
    trie_alternation,
    word_gate,
    word_start_scan,
)

VAGUE_AMOUNTS: Final = (
    "tens of thousands", "hundreds of thousands", "thousands", "hundreds", "dozens", "scores",
    "several thousand", "several hundred", "several dozen", "a few thousand", "a few hundred", "a few dozen",
    "many thousands", "many hundreds", "some thousands", "several tens of thousands", "a number of",
)  # fmt: skip

_WORD: Final = r"(?:" + "|".join(sorted([*UNITS, *TENS], key=len, reverse=True)) + r")"


def _number_pattern(word: str) -> str:
    """A number in digits (with a scale) or in words, given the alternation of number words."""
    word_number = (
        rf"(?:{FRACTION_OF_SCALE}|{word}(?:[\s-](?:and\s)?(?:{word}|hundred|thousand|million|billion))*(?:\sdozen(?!\s+of\b))?"
        r"|a\s(?:hundred|thousand|million|dozen)(?:\s(?:thousand|million))?|a couple of|half a million|half a dozen"
        r"|a dozen)"
    )
    return rf"(?:(?:{DIGITS})(?:{COMPOUND_SCALE}|{SCALE})?|{word_number})"


_NOT_BEFORE_A_COUNT: Final = r"\w.,/$€£:-"  # what may not stand just before a count


def _count_pattern(qualifiers: str, word: str) -> str:
    """The count regex, given the alternations of qualifiers and of number words."""
    return rf"(?<![{_NOT_BEFORE_A_COUNT}])" + _count_body(qualifiers, word)


def _count_body(qualifiers: str, word: str) -> str:
    """`_count_pattern` without the test of the character before it."""
    number = _number_pattern(word)
    return (
        rf"(?:(?P<qual>{qualifiers})[\"”]?\s+)?"  # a qualifier in quotes: \"not more than\" 31,000
        rf"(?P<num>{number})"
        rf"(?:\s*(?:-|–|—|to|or)\s*(?P<num2>{number}))?"
        rf"(?P<trail>\s*\+|-plus|\s+or\s+more|\s+or\s+so)?"
        r"(?![\w])"
    )


_NUMBER: Final = _number_pattern(_WORD)
_QUALIFIERS: Final = [q for q in QUALIFIER_BOUNDS if q not in {"or more", "plus", "+", "from"}]
_QUALIFIER_ALT: Final = alternation(_QUALIFIERS)
_COUNT_RE: Final = re.compile(_count_pattern(_QUALIFIER_ALT, _WORD), re.IGNORECASE)
# What `find_counts` scans the lowercased sentence with (`finditer_lowered`): the same regex in lowercase,
# its two word lists written as tries. Where several of a list's words fit, one is a prefix of the other
# and both forms try the longer first, so the matches are the same; the tests check it.
# The first eight characters of every qualifier and number word that may open a count ("a" and a space or a
# hyphen aside), a space written \s+ as in the qualifiers' alternation: looked ahead for before the count's
# alternations are tried (a digit, or "a " / "a-", opens the rest), so that the engine leaves the position at once
# before most words ("said", "the", "to", "killed"). Eight, not three: "of", "in", "on", "at", "for", "this", "an"
# pass three characters of "of the order of", "in excess of", "forty", "thirty", "an estimated" (~2/3 of the
# positions a corpus sentence let through), and fail the count's alternations only after both were tried.
_OPENING_LENGTH: Final = 8
_COUNT_OPENINGS: Final = sorted(
    {w[:_OPENING_LENGTH].rstrip() for w in [*_QUALIFIERS, *UNITS, *TENS, "half"] if not w.startswith("a ")}
)
_COUNT_LOOKAHEAD: Final = r"(?=\d|a[\s-]|" + trie_alternation(_COUNT_OPENINGS, space=r"\s+") + ")"
# the same for a number that a quote may open (`_qualified_number`): put before a qualifier and number that a pattern
# tries after every word (or at every character), it turns most positions away before the two alternations are tried;
# it adds nothing a match needs (the tests compare each pattern with the one without it)
_QUOTED_COUNT_LOOKAHEAD: Final = r"(?=[\"“]|\d|a[\s-]|" + trie_alternation(_COUNT_OPENINGS, space=r"\s+") + ")"
_COUNT_TWIN_SCAN: Final = StartScan(
    _COUNT_LOOKAHEAD
    + _count_body(trie_alternation(_QUALIFIERS, space=r"\s+"), f"(?:{trie_alternation([*UNITS, *TENS])})"),
    _NOT_BEFORE_A_COUNT,
)  # scanned from one character that may stand before a count to the next
_COUNT_TWIN: Final = _COUNT_TWIN_SCAN.pattern
# What `find_counts` matches at each start its scan finds, on the sentence as written (and the readings that match a
# count at a known position): `_COUNT_RE` with its two word lists written as tries (the same words tried in the same
# order, longest first, as in `_COUNT_TWIN`) and its qualifier not tried before a digit (every qualifier opens with a
# letter). The engine compares letters without case one alternative after the other, so the plain qualifiers cost
# ~40 comparisons at every count; the matches are the same (the tests compare the two at every position)
_COUNT_MATCHER: Final = re.compile(
    _count_pattern(r"(?!\d)" + trie_alternation(_QUALIFIERS, space=r"\s+"), f"(?:{trie_alternation([*UNITS, *TENS])})"),
    re.IGNORECASE,
)

_VAGUE_RE: Final = re.compile(rf"\b(?P<vague>{alternation(list(VAGUE_AMOUNTS))})(?:\s+of)?\b", re.IGNORECASE)
_VAGUE_WORDS: Final = ("thousand", "hundred", "dozen", "scores", "number")  # every vague amount holds one
# the words of the vague amounts that hold one of `_VAGUE_WORDS`: each match holds one as a whole run of a-z of the
# lowercased sentence (between `\b` or whitespace and whitespace or `\b`), a bit of its word mask (`holds_gate`)
_VAGUE_GATE: Final = word_gate(ascii_words({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
                                            "scores", "number"}))  # fmt: skip
# its lowercase twin, scanned from one non-word character to the next (every vague amount begins with a letter)
_VAGUE_SCAN: Final = word_start_scan(lowercase_twin(_VAGUE_RE))
_STRONG_RE: Final = re.compile(
    rf"\b(?P<num>{DIGITS})-strong\s+(?:force|contingent|army|group|unit|troops|garrison)\b", re.I
)


@lru_cache(maxsize=4)
def _counted_nouns(key: int) -> str:
    """The regex alternation of every counted noun (shared by the patterns that look for one)."""
    return alternation(list(counted_groups()))


@lru_cache(maxsize=4)
def _counted_noun_trie(key: int) -> str:
    """Every counted noun as a lowercase trie (for the patterns compiled with re.IGNORECASE that try it at many
    positions: a plain alternation is tried one noun after the other)."""
    return trie_alternation(list(counted_groups()), space=r"\s+")


# built per sentence: not frozen (a frozen dataclass is ~3x slower to build), but treated as immutable
@dataclass(unsafe_hash=True, init=False)  # init=False: its own __init__, which mypyc compiles
class CountMention:
    """A count found in a sentence (offsets are absolute in the document)."""

    low: float | None
    high: float | None
    qualifier: str | None
    vague: bool
    multiplier: int | None
    raw: str
    start: int
    end: int
    group: CountedGroup
    unit: str  # the counted noun as written, lowercase
    modifiers: str  # the words between number and noun ("North Korean")
    tally: bool = False  # an item of a list of "noun – number" ("tanks – 3,552 (+15)")
    daily_change: bool = False  # a tally item's change in brackets: the "+15" of "tanks – 3,552 (+15)"

    def __init__(self, low: float | None, high: float | None, qualifier: str | None, vague: bool,
                 multiplier: int | None, raw: str, start: int, end: int, group: CountedGroup, unit: str,
                 modifiers: str, tally: bool = False, daily_change: bool = False) -> None:  # fmt: skip
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.vague = vague
        self.multiplier = multiplier
        self.raw = raw
        self.start = start
        self.end = end
        self.group = group
        self.unit = unit
        self.modifiers = modifiers
        self.tally = tally
        self.daily_change = daily_change


def _qualified_number(prefix: str) -> str:
    """A number and its qualifier before it, in groups named `<prefix>qual` and `<prefix>num`; a quote may open
    them ('put the toll at "about 40"')."""
    return rf"(?:[\"“])?(?:(?P<{prefix}qual>{_QUALIFIER_ALT})\s+)?(?P<{prefix}num>{_NUMBER})(?![\w])"
