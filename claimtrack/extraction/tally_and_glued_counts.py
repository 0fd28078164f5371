"""Counts whose noun does not follow their number after a space: tally lists ("tanks – 3,552 (+15), personnel —
about 166,000", the day's change in brackets), numbers glued to their noun ("100,000soldiers") and a noun moved to
the sentence's end after a glued full stop ("... along the border.soldiers.").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Final

from claimtrack.extraction.bounds import bounds, canonical_qualifier
from claimtrack.extraction.count_phrases import (
    _COUNT_MATCHER,
    _NOT_BEFORE_A_COUNT,
    _NUMBER,
    _QUALIFIER_ALT,
    CountMention,
    _counted_noun_trie,
)
from claimtrack.extraction.counted_nouns import _counted_word_scan, _has_own_unit
from claimtrack.extraction.lexicons import counted_groups
from claimtrack.extraction.not_counts import (
    _MEASURE_AFTER,
    _TIME_OR_MEASURE_AFTER,
    _YEAR_LIKE,
    _date_word_before,
    _is_not_a_count,
    _money_before,
)
from claimtrack.extraction.numbers import DIGITS, SCALE, parse_number

# a tally lists "noun – number", the day's change in brackets: "tanks – 3,552 (+15), personnel — about 166,000",
# "helicopters – 284 (0)" (no change that day: the total alone is a count)
_TALLY_GUARD: Final = re.compile(r"(?:[–—:]|\s-)\s*(?:[a-z]+\s+){0,2}?\d")  # starts at a rare character: cheap
# the same, opening with one character set (a dash, a colon or a space) so that the engine skips to the next one
# instead of trying both branches at every position
_TALLY_GUARD_SCAN: Final = re.compile(r"[–—:\s](?:(?<=[–—:])|(?<=\s)-)\s*(?:[a-z]+\s+){0,2}?\d")


def _may_hold_a_tally_mark(sentence: str) -> bool:
    """Whether the sentence holds a dash, a colon or a hyphen, one of which every `_TALLY_GUARD_SCAN` match opens
    with: four one-character substring tests before a scan that stops at every whitespace."""
    return "-" in sentence or ":" in sentence or "–" in sentence or "—" in sentence


def _holds_a_tally_mark(sentence: str) -> bool:
    """`_TALLY_GUARD_SCAN.search(sentence) is not None`, read by code from each of its marks, found by `str.find`: a
    dash or a colon, or a hyphen after whitespace (`\\s` is `str.isspace`); the regex stopped at every whitespace."""
    for mark in _TALLY_MARKS:
        at = sentence.find(mark)
        while at >= 0:
            if (mark != "-" or (at > 0 and sentence[at - 1].isspace())) and _tally_digit_after(sentence, at + 1):
                return True
            at = sentence.find(mark, at + 1)
    return False


_TALLY_MARKS: Final = ("–", "—", ":", "-")


def _tally_digit_after(sentence: str, pos: int) -> bool:
    """Whether `\\s*(?:[a-z]+\\s+){0,2}?\\d` matches at `pos`: whitespace, at most two runs of a-z each followed by
    whitespace, then a digit (`\\d` is `str.isdecimal`). Each run is read whole: a letter or a digit cannot stand
    where whitespace is needed, nor whitespace where a letter or a digit is, so the regex has no other way through."""
    size = len(sentence)
    while pos < size and sentence[pos].isspace():
        pos += 1
    for words in range(3):
        if pos >= size:
            return False
        if sentence[pos].isdecimal():
            return True
        if words == 2:
            return False
        run_end = pos
        while run_end < size and "a" <= sentence[run_end] <= "z":
            run_end += 1
        if run_end == pos:
            return False
        pos = run_end
        while pos < size and sentence[pos].isspace():
            pos += 1
        if pos == run_end:
            return False
    return False


@lru_cache(maxsize=4)
def _tally_pattern(key: int) -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|(?<=[,;(\n•·])|(?<=\s[–—-]\s)|(?<=:\s))\s*(?P<mods>(?:[\w'’-]+\s+){{0,2}}?)(?P<unit>{_counted_noun_trie(key)})"
        rf"\s*(?:[–—:]|\s-)\s*(?:(?P<qual>{_QUALIFIER_ALT})\s+)?(?P<num>{_NUMBER})"
        r"(?![,.]\d)(?P<delta>\s*\(\s?(?:[+-]\s?)?[\d,]+\))?(?:\s+(?:persons|people|units|pcs)\b\.?"
        r"(?:\s+(?:(?:were|have\s+been)\s+)?(?:liquidated|eliminated|killed|destroyed))?)?"  # "people eliminated"
        r"(?=\s*(?:[,;.)\n]|$|and\b))",  # the item ends after its number (and its delta, and "persons")
        re.IGNORECASE,
    )


_STOP_GLUED_GUARD: Final = re.compile(r"[a-z]\.[a-z]+\.?\s*$")  # "... with Ukraine.soldiers." ends the sentence


def _ends_with_a_glued_stop(sentence: str) -> bool:
    """`_STOP_GLUED_GUARD.search(sentence) is not None`, read back from the end: whitespace (`\\s*$`: `str.isspace`),
    a full stop or none, a run of a-z (read whole: a later start has a letter, not the stop, before it), a stop and
    a letter a-z. The regex was tried at every lowercase letter of the sentence."""
    end = len(sentence)
    while end > 0 and sentence[end - 1].isspace():
        end -= 1
    if end > 0 and sentence[end - 1] == ".":
        end -= 1
    start = end
    while start > 0 and "a" <= sentence[start - 1] <= "z":
        start -= 1
    return start < end and start >= 2 and sentence[start - 1] == "." and "a" <= sentence[start - 2] <= "z"


@lru_cache(maxsize=4)
def _stop_glued_pattern(key: int) -> re.Pattern[str]:
    return re.compile(rf"(?<=[a-z])\.(?P<unit>{_counted_noun_trie(key)})\.?\s*$")


def _stop_glued_counts(sentence: str, offset: int) -> list[CountMention]:
    """'There are 150,000 along the border.soldiers.': machine copy moved the noun of the sentence's one bare number
    to its end, after a glued full stop; the number counts it."""
    glue = _stop_glued_pattern(len(counted_groups())).search(sentence.lower())
    if glue is None:
        return []
    numbers = [m for m in _COUNT_MATCHER.finditer(sentence, 0, glue.start()) if not _is_not_a_count(sentence, m)]
    group = counted_groups().get(glue.group("unit"))
    if (
        len(numbers) != 1
        or group is None
        or group.multiplier_only
        or _has_own_unit(sentence, numbers[0])
        or _TIME_OR_MEASURE_AFTER.match(sentence, numbers[0].end())
    ):
        return []
    m = numbers[0]
    value = parse_number(m.group("num"))
    if value is None or m.group("num2"):
        return []
    qualifier = canonical_qualifier(m.group("qual"))
    low, high = bounds(value, qualifier)
    return [
        CountMention(
            low, high, qualifier, False, None, m.group(0), offset + m.start(), offset + m.end(), group, group.noun, ""
        )
    ]


def _unspaced_counts(sentence: str, offset: int) -> list[CountMention]:
    """The counts of a sentence whose counted nouns all follow no space: glued to a number ("100,000soldiers"), or
    one tally item that begins the sentence ("Drones – 2,410 (+31)")."""
    glued = _glued_counts(sentence, offset) if _digit_glued_to_a_word(sentence) else []
    if _ends_with_a_glued_stop(sentence):
        glued += _stop_glued_counts(sentence, offset)
    first = sentence[:30].lower()
    if _counted_word_scan(len(counted_groups())).match(f" {first}") and _holds_a_tally_mark(sentence):
        return glued + _tally_counts(sentence, offset, [])
    return glued


def _tally_counts(sentence: str, offset: int, consumed: list[tuple[int, int]]) -> list[CountMention]:
    """'tanks – 3,552 (+15), personnel — about 166,000': a list of counted nouns, each before its number."""
    out: list[CountMention] = []
    for m in _tally_pattern(len(counted_groups())).finditer(sentence):
        num = m.group("num")
        if (
            any(s <= m.start("num") < e for s, e in consumed)
            or (_YEAR_LIKE.match(num) and not m.group("delta"))
            or _MEASURE_AFTER.match(sentence, m.end("num"))
        ):
            continue
        group = counted_groups().get(" ".join(m.group("unit").lower().split()))
        value = parse_number(num)
        if group is None or group.multiplier_only or value is None:
            continue
        qualifier = canonical_qualifier(m.group("qual"))
        low, high = bounds(value, qualifier)
        start = m.start("mods")
        out.append(CountMention(low, high, qualifier, False, None, sentence[start:m.end()], offset + start,
                                offset + m.end(), group, group.noun, m.group("mods").strip(), True))  # fmt: skip
        change = _daily_change(sentence, offset, m, out[-1]) if m.group("delta") else None
        if change is not None:
            out.append(change)
    return out


# "(+510)", "(+ 510)": a gain; a fall "(-3)" is no loss
_DELTA_GAIN: Final = re.compile(r"\s*\(\s?(?P<plus>\+)\s?(?P<num>[\d,]+)\)")


def _daily_change(sentence: str, offset: int, m: re.Match[str], total: CountMention) -> CountMention | None:
    """'personnel – about 263,900 (+510)': the bracketed gain after a tally's total is a count of its own (the
    losses since the last bulletin), exact, of the total's noun; None for a fall or no number."""
    gain = _DELTA_GAIN.match(sentence, m.start("delta"))
    value = parse_number(gain.group("num")) if gain is not None else None
    if gain is None or value is None:
        return None
    start, end = gain.start("plus"), gain.end("num")  # "+510", "+ 510"
    return replace(
        total,
        low=value,
        high=value,
        qualifier=None,
        raw=sentence[start:end],
        start=offset + start,
        end=offset + end,
        daily_change=True,
    )


_GLUED_GUARD: Final = re.compile(r"\d[^\W\d_]{3}")  # a digit glued to a word of three letters or more
# each ASCII character's class for `_digit_glued_to_a_word`: a digit to "0", a letter to "a", any other to a space
_DIGIT_OR_LETTER: Final = bytes(
    48 if 48 <= c <= 57 else 97 if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256)
)


def _digit_glued_to_a_word(sentence: str) -> bool:
    """`_GLUED_GUARD.search(sentence) is not None`: in an ASCII sentence (`str.isascii`, a flag) `\\d` is [0-9] and
    `[^\\W\\d_]` is [A-Za-z], so a digit and three letters are "0aaa" in its bytes mapped to their classes (one
    translation and one substring test, where the regex tried each character of the sentence); another takes the
    regex."""
    if not sentence.isascii():
        return _GLUED_GUARD.search(sentence) is not None
    return b"0aaa" in sentence.encode("ascii").translate(_DIGIT_OR_LETTER)


@lru_cache(maxsize=4)
def _glued_pattern(key: int) -> re.Pattern[str]:
    """A number glued to its counted noun, as machine copy loses spaces: "100,000soldiers", "15tanks"."""
    return re.compile(
        rf"(?<![{_NOT_BEFORE_A_COUNT}])(?:(?P<qual>{_QUALIFIER_ALT})\s+)?(?P<num>{DIGITS})(?:{SCALE})?"
        rf"(?P<unit>{_counted_noun_trie(key)})(?![\w-])",
        re.IGNORECASE,
    )


def _glued_counts(sentence: str, offset: int) -> list[CountMention]:
    """The counts whose number is glued to the noun ("over 100,000soldiers"); the space-separated ones are found
    by `find_counts`' main scan, which needs a non-word character after the number."""
    out: list[CountMention] = []
    for m in _glued_pattern(len(counted_groups())).finditer(sentence):
        num = m.group("num")
        group = counted_groups().get(m.group("unit").lower())
        value = parse_number(m.group(0)[m.start("num") - m.start() : m.start("unit") - m.start()])
        if (
            group is None
            or group.multiplier_only
            or value is None
            or _YEAR_LIKE.match(num)
            or _money_before(sentence, m.start())
            or _date_word_before(sentence, m.start())
        ):
            continue
        qualifier = canonical_qualifier(m.group("qual"))
        low, high = bounds(value, qualifier)
        out.append(CountMention(low, high, qualifier, False, None, m.group(0), offset + m.start(), offset + m.end(),
                                group, m.group("unit").lower(), ""))  # fmt: skip
    return out
