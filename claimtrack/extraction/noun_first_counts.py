"""Counts that name what they count before the number: "the number of X reaches N" (a forecast, "could reach N",
is a ceiling), "troops numbered N", "casualties were approaching N", running totals ("bringing the total to N"),
"the death toll rose to N", "put losses at N" and "this number may increase to N".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Final

from claimtrack.extraction.bounds import bounds, canonical_qualifier
from claimtrack.extraction.count_phrases import _NUMBER, CountMention, _counted_noun_trie, _qualified_number
from claimtrack.extraction.lexicons import CountedGroup, counted_groups
from claimtrack.extraction.not_counts import _TIME_OR_MEASURE_AFTER, _YEAR_LIKE
from claimtrack.extraction.numbers import parse_number
from claimtrack.extraction.prefilter import ascii_words, holds_gate, is_space_at, may_hold, word_gate

# the first letter of each verb of `_number_of_pattern` ("reaches", "is", "stands at", "has risen to", "could be",
# "at"): looked ahead for where the verbs are tried, at each word boundary of up to 160 characters after the counted
# noun, so that the engine leaves a position that opens none of them before trying each (the tests check the letters)
_NUMBER_OF_VERB_LETTERS: Final = "acegh-jmprstw"


@lru_cache(maxsize=4)
def _number_of_pattern(key: int) -> re.Pattern[str]:
    """ "the number of Russian soldiers ... reaches 140,000". The nouns are written as a trie (`_counted_noun_trie`:
    the same nouns tried in the same order, longest first, as their alternation) and the verbs after a lookahead of
    their first letters (`_NUMBER_OF_VERB_LETTERS`): the same matches, each position tried with fewer steps."""
    nouns = _counted_noun_trie(key)
    return re.compile(
        rf"\bnumber\s+of\s+(?:[\w'’-]+\s+){{0,3}}?(?P<unit>{nouns})\b(?:[^.;:]|\.(?=\d)){{0,160}}?\b"
        rf"(?=[{_NUMBER_OF_VERB_LETTERS}])(?:reaches|"
        rf"reached|is|was|stands\s+at|stood\s+at|totals|totalled|totaled|rose\s+to|has\s+reached|constitutes|"
        rf"constituted|(?:amounts|amounted|came|comes)\s+to|"
        rf"(?:has\s+|had\s+|have\s+)?(?:risen|climbed|increased|grown|jumped)\s+to|climbed\s+to|increased\s+to|"
        rf"(?P<above>(?:(?:has|had|have)\s+)?(?:passed|exceeded|topped|surpassed)|exceeds|passes|tops|surpasses|"
        rf"(?:could|may|might|would|will)\s+(?:soon\s+)?(?:pass|exceed|top|surpass))|"
        rf"(?P<modal>could|may|might|would)\s+reach|to\s+reach|(?:could|may|might|would)\s+be|at)\s+"
        rf"{_qualified_number('')}",
        re.IGNORECASE,
    )


def _number_of_counts(
    sentence: str, offset: int, consumed: list[tuple[int, int]], low: str | None = None
) -> list[CountMention]:
    """'the number of Russian soldiers at the border reaches 140,000': the noun comes before the number."""
    out: list[CountMention] = []
    if not may_hold(low, ("number",)):
        return out
    for m in _number_of_pattern(len(counted_groups())).finditer(sentence):
        if any(s <= m.start("num") < e for s, e in consumed):
            continue
        value = parse_number(m.group("num"))
        group = counted_groups().get(" ".join(m.group("unit").lower().split()))
        if (
            value is None
            or group is None
            or group.multiplier_only
            or _TIME_OR_MEASURE_AFTER.match(sentence, m.end("num"))
        ):
            continue  # "the number of displaced was three times higher": a factor, not the number
        ceiling = "up to" if m.group("modal") else None  # "could reach 300,000": a ceiling, as "up to"
        floor = "more than" if m.group("above") else None  # "had passed 3 million": a floor, as "more than"
        out.append(_noun_first_count(m, offset, value, group, m.group("qual") or ceiling or floor))
    return out


@lru_cache(maxsize=4)
def _numbered_pattern(key: int) -> re.Pattern[str]:
    """ "troops numbered 11,000", "the soldiers in the region totalled about 9,000": the counted noun, a place phrase
    at most, the verb, the number."""
    return re.compile(
        rf"\b(?P<unit>{_counted_noun_trie(key)})\s+(?:(?:in|on|at|near|inside)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?"
        rf"(?:numbered|totall?ed|totaled)\s+{_qualified_number('')}",
        re.IGNORECASE,
    )


# the verb of every `_numbered_pattern` match, a whole run of a-z of the lowercased sentence
_NUMBERED_GATE: Final = word_gate(ascii_words({"numbered", "totalled", "totaled"}))


def _numbered_counts(sentence: str, offset: int, consumed: list[tuple[int, int]]) -> list[CountMention]:
    """'foreign troops numbered 9,000 in the region': the noun is the subject of the verb that sizes it."""
    out: list[CountMention] = []
    for m in _numbered_pattern(len(counted_groups())).finditer(sentence):
        if (
            any(s <= m.start("num") < e for s, e in consumed)
            or _YEAR_LIKE.match(m.group("num"))
            or _TIME_OR_MEASURE_AFTER.match(sentence, m.end("num"))
            or _FOLLOWING_NOUN.match(sentence, m.end("num"))
        ):
            continue
        value = parse_number(m.group("num"))
        group = counted_groups().get(" ".join(m.group("unit").lower().split()))
        if value is None or group is None or group.multiplier_only:
            continue
        out.append(_noun_first_count(m, offset, value, group, m.group("qual")))
    return out


# "Russian casualties were approaching 300,000", "the dead in the city may be closer to 4,000", "deaths have risen
# to 41": a bare noun of the dead, hurt or displaced as the subject of the number, without "number of" or "toll"
_SUBJECT_NOUNS: Final = ("casualties", "losses", "deaths", "dead", "fatalities", "wounded", "injured", "displaced")
_SUBJECT_COUNT_RE: Final = re.compile(
    rf"\b(?P<unit>{'|'.join(_SUBJECT_NOUNS)})(?:\s+(?:in|among|on|from)(?:\s+[\w'’-]+){{1,3}}?)?"
    r"(?:,\s+[a-z]+(?:\s+[a-z]+){0,3},)?\s+"  # "Russian casualties, killed and wounded, were ..."
    r"(?:(?:now|already|probably|likely)\s+)?"
    r"(?:(?:are|were|is|was|(?:could|may|might|would)\s+(?:now\s+)?be)(?:\s+(?:now|already|probably|likely))?"
    r"(?=\s+[\"“]?(?:approaching|nearing|near|closer|close|around|about|roughly|more|over|at\s+least))|"
    r"(?:have|has|had)\s+(?:now\s+)?(?:risen|climbed|grown|reached|exceeded|passed|topped)(?:\s+to)?|"
    r"(?:rose|climbed|grew)\s+to|reached|numbered|number|totall?ed|stood\s+at|stand\s+at|exceeded|topped|"
    rf"surpassed|passed)\s+{_qualified_number('')}",
    re.IGNORECASE,
)
# each `_SUBJECT_COUNT_RE` match holds its noun as a whole run of a-z of the lowercased sentence (`\b` before it,
# whitespace or a comma after it): a bit of the sentence's word mask
_SUBJECT_NOUN_GATE: Final = word_gate(ascii_words(_SUBJECT_NOUNS))
_SUBJECT_ABOVE: Final = re.compile(r"\b(?:exceeded|topped|surpassed|passed)\b", re.IGNORECASE)


def _subject_counts(
    sentence: str, offset: int, consumed: list[tuple[int, int]], low: str | None = None
) -> list[CountMention]:
    """'Russian casualties were approaching 300,000', 'the dead may be closer to 47,000': the noun is the subject
    of the number (its verb says the number is its size)."""
    out: list[CountMention] = []
    if low is not None and not holds_gate(low, _SUBJECT_NOUN_GATE):
        return out
    for m in _SUBJECT_COUNT_RE.finditer(sentence):
        if (
            any(s <= m.start("num") < e for s, e in consumed)
            or _YEAR_LIKE.match(m.group("num"))
            or _TIME_OR_MEASURE_AFTER.match(sentence, m.end("num"))
            or _FOLLOWING_NOUN.match(sentence, m.end("num"))
        ):
            continue  # "losses were 10 times higher", "the wounded were 12 soldiers": not the noun's size
        value = parse_number(m.group("num"))
        group = counted_groups().get(m.group("unit").lower())
        if value is None or group is None or group.multiplier_only:
            continue
        above = _SUBJECT_ABOVE.search(m.group(0), 0, m.start("num") - m.start()) is not None
        out.append(_noun_first_count(m, offset, value, group, m.group("qual") or ("more than" if above else None)))
    return out


# a word after the number: it counts that word ("the wounded were 12 soldiers"), not the subject
_FOLLOWING_NOUN: Final = re.compile(
    r"\s+(?!and\b|or\b|in\b|on\b|at\b|by\b|since\b|as\b|to\b|of\b|from\b|"
    r"including\b|with\b|after\b|before\b|during\b|across\b|this\b|last\b|"
    r"people\b|persons\b)[a-z]"
)


# "..., bringing the total number killed since October to 1,928", "taking its count of soldiers killed to 212,700",
# "bringing its losses in the campaign to 242": a running total after a clause that counts the latest addition; a
# month abbreviated in the phrase keeps its stop ("its losses since Feb. 9 to 31")
_RUNNING_TOTAL_RE: Final = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ing)|raised|push(?:es|ing)|pushed|"
    r"revis(?:e|es|ed|ing)|lower(?:s|ed|ing)?|updat(?:e|es|ed|ing))\s+"
    rf"(?:the|its|their|his|her|our)\s+(?P<phrase>(?:[\w'’-]+\.?\s+){{1,9}}?)to\s+{_qualified_number('')}",
    re.IGNORECASE,
)
_RUNNING_TOTAL_WORDS: Final = frozenset({"total", "count", "tally", "number", "figure", "losses", "overall"})
# substrings one of which every sentence of a running total holds ("bringing to N the number of"): a cheap gate
_RUNNING_TOTAL_SCAN: Final = ("bring", "brought", "tak", "took", "rais", "push", "revis", "lower", "updat")
# the verb of every `_RUNNING_TOTAL_RE` match, each form written out: a whole run of a-z of the lowercased sentence
# (`\b` before it, whitespace after), looked up among the runs kept per sentence ("take", "stake" and "pushback" hold
# a stem of them but no verb)
_RUNNING_TOTAL_VERBS: Final = ascii_words({"bring", "brings", "bringing", "brought", "takes", "taking", "took",
                                           "raises", "raising", "raised", "pushes", "pushing", "pushed",
                                           "revise", "revises", "revised", "revising", "lower", "lowers", "lowered",
                                           "lowering", "update", "updates", "updated", "updating"})  # fmt: skip
_RUNNING_TOTAL_GATE: Final = word_gate(_RUNNING_TOTAL_VERBS)


def _running_total_counts(
    sentence: str,
    offset: int,
    consumed: list[tuple[int, int]],
    low: str | None = None,
    found: list[CountMention] | None = None,
) -> list[CountMention]:
    """'..., bringing the total number killed since October (2023) to 1,928': a running total names what it counts
    (its last counted noun) before the number; the phrase must say it is a total ("total", "count", "losses" ...).
    A phrase that names no counted noun ("added a dozen battalions, bringing the total in the east to 106") totals
    the count just before it in the sentence (`found`). A toll is `_toll_counts`'s."""
    out: list[CountMention] = []
    if low is not None and not holds_gate(low, _RUNNING_TOTAL_GATE):
        return out
    for m in _RUNNING_TOTAL_RE.finditer(sentence):
        words = m.group("phrase").lower().split()
        if (
            any(s <= m.start("num") < e for s, e in consumed)
            or "toll" in words
            or not _RUNNING_TOTAL_WORDS.intersection(words)
            or _YEAR_LIKE.match(m.group("num"))
            or _TIME_OR_MEASURE_AFTER.match(sentence, m.end("num"))
        ):
            continue
        group = next((counted_groups()[w] for w in reversed(words) if w in counted_groups()), None)
        value = parse_number(m.group("num"))
        whole = None
        if group is None and found:
            whole = next((c for c in reversed(found) if c.end - offset <= m.start() and not c.vague), None)
            group = whole.group if whole is not None else None
        if group is None or group.multiplier_only or value is None:
            continue
        count = _noun_first_count(m, offset, value, group, m.group("qual"))
        out.append(replace(count, unit=whole.unit, modifiers=whole.modifiers) if whole is not None else count)
    return out


# "..., bringing to 41 the number of people killed in the strike", "raising to 12 the total of drones downed": the
# running total before the noun phrase it totals (its words up to a preposition or a clause's end)
_TOTAL_FIRST_RE: Final = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ing)|raised|push(?:es|ing)|pushed)\s+to\s+"
    rf"{_qualified_number('')}\s+the\s+(?:overall\s+|total\s+)?(?:number|total|count|tally)\s+of\s+"
    r"(?P<phrase>[\w'’-]+(?:\s+(?!(?:in|on|at|since|from|during|by|across|over|after|for|to|and)\b)[\w'’-]+){0,3})",
    re.IGNORECASE,
)


def _total_first_counts(
    sentence: str, offset: int, consumed: list[tuple[int, int]], found: list[CountMention]
) -> list[CountMention]:
    """'..., bringing to 41 the number of people killed': a running total put before what it counts, the last
    counted noun of the phrase after "the number of" (none there, no count)."""
    out: list[CountMention] = []
    for m in _TOTAL_FIRST_RE.finditer(sentence):
        at = m.start("num") + offset
        if any(s <= m.start("num") < e for s, e in consumed) or any(c.start <= at < c.end for c in found):
            continue
        words = m.group("phrase").lower().split()
        group = next((counted_groups()[w] for w in reversed(words) if w in counted_groups()), None)
        value = parse_number(m.group("num"))
        if group is None or group.multiplier_only or value is None or _YEAR_LIKE.match(m.group("num")):
            continue
        out.append(_noun_first_count(m, offset, value, group, m.group("qual")))
    return out


# the second number of a range whose "between" opened a noun-first count: "put the number of dead at between 280
# (and 300)"
_RANGE_CLOSE: Final = re.compile(rf"\s+and\s+(?P<num>{_NUMBER})(?![\w])")


# the upper end of a range after a noun-first count's number: "estimated deaths at 8,100 to 8,300", "at 40-45"
_RANGE_TO: Final = re.compile(rf"\s*(?:\bto\s+|[-–]\s*)(?P<num>{_NUMBER})(?![\w])")


def _range_upper(text: str, end: int, value: float) -> tuple[float, int] | None:
    """The upper number of "N to M" right after `end` and where it ends, when M is larger than N (not twenty times
    larger: "1.2 to 1.5 million" is read elsewhere) and no year."""
    close = _RANGE_TO.match(text, end)
    if close is None or _YEAR_LIKE.match(close.group("num")):
        return None
    upper = parse_number(close.group("num"))
    return (upper, close.end()) if upper is not None and value < upper <= 20 * value else None


def _noun_first_count(
    m: re.Match[str], offset: int, value: float, group: CountedGroup, qualifier: str | None
) -> CountMention:
    """The count of a match that names what is counted before the number ("the number of X reached N"); after
    "between", the range it opens ("at between 280 and 300")."""
    qualifier = canonical_qualifier(qualifier)
    end, value2 = m.end(), None
    if qualifier == "between" and (close := _RANGE_CLOSE.match(m.string, end)) is not None:
        value2 = parse_number(close.group("num"))
        end = close.end() if value2 is not None else end
    low, high = bounds(value, qualifier, value2)
    if qualifier is None and (upper := _range_upper(m.string, end, value)) is not None:
        high, end = upper  # "put deaths at 8,100 to 8,300"
    return CountMention(
        low,
        high,
        qualifier,
        False,
        None,
        m.string[m.start() : end],
        offset + m.start(),
        offset + end,
        group,
        group.noun,
        "",
    )


# "the death toll rose to 41", "put the death toll at 12", "a casualty toll of 300": the toll names what is counted
_TOLL_RE: Final = re.compile(
    rf"\b(?:(?P<toll>death|casualty)\s+)?tolls?\b(?:[^.;:]|\.(?=\s?\d)){{0,120}}?\b(?P<verb>to|at|of|reached|reaches|hit|hits|"
    rf"is|was|exceeded|exceeds|surpassed|passed|topped|above)\s+{_qualified_number('')}",
    re.IGNORECASE,
)
_TOLL_GROUPS: Final = {"death": "deaths", "casualty": "casualties"}  # the counted noun each toll stands for
# a toll's number followed by one of these is a time, share or distance, not the toll
_TOLL_MEASURE_AFTER: Final = re.compile(
    r"\s*(?:[ap]\.?m\b|%|percent|per\s?cent|years?|days?|months?|weeks?|hours?|"
    r"minutes?|km|kilomet|miles?|met(?:er|re)s?|times)",
    re.IGNORECASE,
)
# "exceeded 100", "passed 100": more than the number
_TOLL_ABOVE_VERBS: Final = frozenset({"exceeded", "exceeds", "surpassed", "passed", "topped", "above"})


def _toll_counts(
    sentence: str, offset: int, consumed: list[tuple[int, int]], low: str | None = None
) -> list[CountMention]:
    """'The death toll from the strike rose to 41': the number after a death or casualty toll counts the dead."""
    out: list[CountMention] = []
    if not may_hold(low, ("toll",)):
        return out
    for m in _TOLL_RE.finditer(sentence):
        num = m.group("num")
        if (
            any(s <= m.start("num") < e for s, e in consumed)
            or _YEAR_LIKE.match(num)
            or _TOLL_MEASURE_AFTER.match(sentence, m.end("num"))
        ):
            continue
        value = parse_number(num)
        group = counted_groups().get(_TOLL_GROUPS[(m.group("toll") or "death").lower()])  # "the toll": the dead
        if value is None or group is None:
            continue
        above = m.group("verb").lower() in _TOLL_ABOVE_VERBS
        out.append(_noun_first_count(m, offset, value, group, m.group("qual") or ("more than" if above else None)))
    return out


@lru_cache(maxsize=4)
def _put_at_pattern(key: int) -> re.Pattern[str]:
    """ "put Russian losses at 300", "estimated total deaths at 8,000", 'put Russian "personnel losses" at 300',
    "losses that the ministry put at about 300", "residents, who he puts at 15,000": the counted noun, then the
    number."""
    return _put_at_compiled(key, "")


@lru_cache(maxsize=4)
def _put_at_without_relative(key: int) -> re.Pattern[str]:
    """`_put_at_pattern` with its second branch ("losses that the ministry put at 300") failing at once (`(?!)`), its
    groups kept: the same matches in a text where that branch cannot match (`_may_put_at`), without trying the
    counted nouns at every word."""
    return _put_at_compiled(key, "(?!)")


def _put_at_compiled(key: int, relative_guard: str) -> re.Pattern[str]:
    nouns = _counted_noun_trie(key)
    return re.compile(
        rf"\b(?:put(?:s|ting)?|estimat(?:e|es|ed|ing))\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\w'’-]+\s+){{0,2}}?"
        rf"[\"“]?(?:[\w'’-]+\s+)?(?P<unit>{nouns})[\"”]?\s+at\s+"
        rf"{_qualified_number('')}"
        rf"|{relative_guard}\b(?P<unit2>{nouns}),?\s+(?:that|which|who|whom)\s+(?:[\w'’-]+\s+){{1,4}}?puts?\s+at\s+"
        rf"{_qualified_number('r')}",
        re.IGNORECASE,
    )


def _may_put_at(low: str) -> bool:
    """Whether the lowercased text (from `lowered`) writes "put" or "puts", whitespace, "at" and whitespace: what the
    second branch of `_put_at_pattern` needs (`\\s` is `is_space_at`; none of these letters matches another
    without case but its capital)."""
    size = len(low)
    at = low.find("put")
    while at >= 0:
        i = at + 3
        if i < size and low[i] == "s":
            i += 1
        j = i
        while j < size and is_space_at(low, j):
            j += 1
        if j > i and j + 2 < size and low[j] == "a" and low[j + 1] == "t" and is_space_at(low, j + 2):
            return True
        at = low.find("put", at + 1)
    return False


# the verb of every `_put_at_pattern` match, a whole run of a-z of the lowercased sentence (`\b` or whitespace before
# it, whitespace after): a lookup among the runs kept per sentence, where a substring test of "put" let "deputy",
# "input" and "dispute" through to a pattern tried at every word
_PUT_WORDS: Final = ascii_words({"put", "puts", "putting", "estimate", "estimates", "estimated", "estimating"})
_PUT_GATE: Final = word_gate(_PUT_WORDS)


def _put_at_counts(sentence: str, offset: int, found: list[CountMention], low: str | None = None) -> list[CountMention]:
    """'the army put Russian losses at 300', 'losses that the ministry put at 300': "put X at N" counts X (unless
    another reading counted the number already: "put the death toll at 12")."""
    out: list[CountMention] = []
    if low is not None and not holds_gate(low, _PUT_GATE):
        return out
    key = len(counted_groups())
    pattern = _put_at_pattern(key) if low is None or _may_put_at(low) else _put_at_without_relative(key)
    for m in pattern.finditer(sentence):
        relative = m.group("unit2") is not None
        num_name, qual_name, unit_name = ("rnum", "rqual", "unit2") if relative else ("num", "qual", "unit")
        if (
            any(c.start <= offset + m.start(num_name) < c.end for c in found)
            or _YEAR_LIKE.match(m.group(num_name))
            or _TOLL_MEASURE_AFTER.match(sentence, m.end(num_name))
        ):
            continue
        value = parse_number(m.group(num_name))
        group = counted_groups().get(" ".join(m.group(unit_name).lower().split()))
        if value is None or group is None or group.multiplier_only:
            continue
        out.append(_noun_first_count(m, offset, value, group, m.group(qual_name)))
    return out


_THIS_NUMBER_RE: Final = re.compile(
    rf"\b(?:this|that|the)\s+(?:number|figure|total|tally)\s+(?:[\w'’]+\s+){{0,3}}?(?:(?:increase|rise|grow|"
    rf"climb|jump|reach|swell)(?:s|d|ed)?\s+(?:to\s+)?|stands\s+at\s+|stood\s+at\s+|is\s+now\s+)"
    rf"{_qualified_number('')}",
    re.IGNORECASE,
)


_THIS_NUMBER_WORDS: Final = ("number", "figure", "total", "tally")  # one of them is in every `_THIS_NUMBER_RE` match
# each as a whole run of a-z of the lowercased sentence (whitespace on both sides): a bit of its word mask
_THIS_NUMBER_GATE: Final = word_gate(ascii_words(_THIS_NUMBER_WORDS))


def _anaphoric_counts(sentence: str, offset: int, found: list[CountMention]) -> list[CountMention]:
    """'400,000 soldiers took part, but soon this number may increase to 500,000': the noun of the earlier count."""
    out = []
    for m in _THIS_NUMBER_RE.finditer(sentence):
        earlier = [c for c in found if c.end - offset <= m.start() and not c.vague]
        value = parse_number(m.group("num"))
        if not earlier or value is None:
            continue
        antecedent = earlier[-1]
        qualifier = canonical_qualifier(m.group("qual"))
        low, high = bounds(value, qualifier)
        out.append(CountMention(low, high, qualifier, False, None, m.group(0), offset + m.start(), offset + m.end(),
                                antecedent.group, antecedent.unit, antecedent.modifiers))  # fmt: skip
    return out
