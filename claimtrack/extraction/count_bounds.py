"""Where a count gets its bounds from its words (the qualifier table itself is `bounds.py`): ranges ("70 to
80,000"), multipliers ("two brigades of up to 6,000 each"), floors set by a verb of passing or shared along "and",
an "over" that says where, "not one", and a change "from A to B" read as two exact counts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from claimtrack.extraction.bounds import QUALIFIER_BOUNDS, bounds, canonical_qualifier
from claimtrack.extraction.count_phrases import _NUMBER, _QUALIFIER_ALT, _WORD, CountMention
from claimtrack.extraction.lexicons import CountedGroup, counted_groups
from claimtrack.extraction.numbers import parse_number
from claimtrack.extraction.prefilter import ascii_words, word_gate

# a bound before a multiplier: "up to five battalions of 400 each"
_MULTIPLIER_QUALIFIER_RE: Final = re.compile(rf"(?<![\w-])(?P<qual>{_QUALIFIER_ALT})\s+\Z", re.IGNORECASE)
_EACH_RE: Final = re.compile(r"\s*(?:each|apiece|every one)\b", re.I)
_FORMATION_OF_RE: Final = re.compile(
    rf"(?P<mult>\b(?:\d+|{_WORD}))\s+(?:[\w'’.-]+\s+){{0,3}}?(?P<formation>\w+)\s+of\s*$", re.I
)  # noqa: E501


_NOT_BEFORE: Final = re.compile(r"\bnot\s+$", re.IGNORECASE)


# a verb of passing right before a count makes it a floor: "losses exceeded 26,000 servicemen", "arrivals topped
# 90,000 refugees" (not "passed 3 checkpoints": people pass places)
_PASSED_BEFORE: Final = re.compile(
    r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)|outnumber(?:s|ed|ing)?)\s+$", re.IGNORECASE
)
# the verb of every `_PASSED_BEFORE` match, a whole run of a-z of the lowercased sentence
_PASSED_GATE: Final = word_gate(
    ascii_words(
        {"exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses", "surpassed", "surpassing", "tops",
         "topped", "topping", "outnumber", "outnumbers", "outnumbered", "outnumbering"}
    )
)  # fmt: skip


def _passed_before(sentence: str, start: int) -> bool:
    """Whether a verb of passing ends right before the number at `start`."""
    return _PASSED_BEFORE.search(sentence, max(0, start - 16), start) is not None


# "hand over" and "turn over" take "over" as their particle: "has handed over 14 tanks" hands over 14, not more
_PARTICLE_OVER_BEFORE: Final = re.compile(r"\b(?:hand|turn)(?:s|ed|ing)?\s+$", re.IGNORECASE)
# "over" between what flew or fell and a count of areas is where it was: "shot down 31 drones over 7 regions",
# "debris fell over 3 districts" (not "in over 20 regions", "attacks on over 12 oblasts": a floor)
_OVER_WHERE_BEFORE: Final = re.compile(
    r"\b(?:down|fell|flew|flying|intercepted|destroyed|downed|drones|missiles|rockets|shaheds|uavs|targets|bombs|"
    r"aircraft|jets|planes|debris)\s+$",
    re.IGNORECASE,
)
_AREA_NOUNS: Final = frozenset("regions oblasts districts provinces areas cities towns settlements".split())


def _over_is_where(sentence: str, start: int, noun: str) -> bool:
    """Whether the "over" opening the count at `start` of `noun` names where (the count is exact)."""
    return noun in _AREA_NOUNS and _OVER_WHERE_BEFORE.search(sentence, max(0, start - 20), start) is not None


_BETWEEN_AND_RE: Final = re.compile(rf"\s+and\s+(?P<num>{_NUMBER})(?![\w])", re.IGNORECASE)


def _count_of_match(
    m: re.Match[str],
    second: str | None,
    sentence: str,
    offset: int,
    start: int,
    end: int,
    noun: tuple[CountedGroup, str, str],
) -> CountMention | None:
    """The count a bare number's match states, its range, qualifier and bounds read as every count's are, of
    `noun` (group, unit, modifiers) taken from elsewhere; None when the number does not parse."""
    v1, v2 = _range_values(m.group("num"), second)
    if v1 is None:
        return None
    qualifier = "between" if v2 is not None else canonical_qualifier(m.group("qual"))
    low, high = bounds(v1, qualifier, v2)
    group, unit, modifiers = noun
    return CountMention(low, high, qualifier, False, None, sentence[start:end], offset + start, offset + end,
                        group, unit, modifiers)  # fmt: skip


def _range_values(first: str, second: str | None) -> tuple[float | None, float | None]:
    v1 = parse_number(first)
    v2 = parse_number(second) if second else None
    if v1 is not None and v2 is not None and second is not None:  # a second value has its words
        # "70 to 80,000" and "1.5 to 2 million" share the second number's scale
        if v1 < 1000 <= v2 and v2 % 1000 == 0 and v1 < v2 / 1000 < v1 * 10:
            v1 *= 1000
        elif re.search(r"million|billion", second, re.I) and not re.search(r"million|billion", first, re.I):
            scale = 1_000_000_000 if re.search("billion", second, re.I) else 1_000_000
            if v1 < v2 / scale * 10:
                v1 *= scale
    return v1, v2


def _multiplier(sentence: str, start: int, end: int) -> tuple[int | None, int, str | None]:
    """'two brigades of up to 6,000 each': (2, start of 'two', None); 'up to five battalions of 400 each': (5,
    start of 'up to', 'up to'); (None, start, None) when there is none."""
    if not _EACH_RE.match(sentence, end):
        return None, start, None
    m = _FORMATION_OF_RE.search(sentence[:start])
    if not m:
        return None, start, None
    group = counted_groups().get(m.group("formation").lower())
    mult = parse_number(m.group("mult"))
    if group is None or not group.units_of or mult is None or mult < 2 or mult != int(mult):
        return None, start, None
    qual = _MULTIPLIER_QUALIFIER_RE.search(sentence, 0, m.start("mult"))
    if qual is None:
        return int(mult), m.start("mult"), None
    return int(mult), qual.start(), qual.group("qual")


def _multiplied_qualifier(qualifier: str | None, mult_qualifier: str | None) -> str | None:
    """The bound of a multiplied count: the multiplier's own bound ("up to five battalions of roughly 400 each" is
    up to 2,000) unless the count bounds itself ("five battalions of at least 400 each")."""
    if mult_qualifier is None or QUALIFIER_BOUNDS.get(qualifier or "", "point") != "point":
        return qualifier
    return (
        canonical_qualifier(mult_qualifier)
        if QUALIFIER_BOUNDS.get(canonical_qualifier(mult_qualifier) or "", "point") != "point"
        else qualifier
    )


# a floor that also bounds the count after it: "at least 6,655 civilians killed and 10,368 injured"
_FLOOR_QUALIFIERS: Final = frozenset({"at least", "more than", "over"})
# what stands between the two counts: the first one's participle and "and"
_PARTICIPLE_AND: Final = re.compile(r"\s+[a-z]+ed\s+and\s+")


def _shared_floors(sentence: str, offset: int, found: list[CountMention]) -> list[CountMention]:
    """'at least 6,655 civilians killed and 10,368 injured': the floor ("at least", "more than", "over") of a count
    closed by its participle also bounds the exact count "and" joins to it; a count with a qualifier of its own
    keeps it."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if (
            first.qualifier not in _FLOOR_QUALIFIERS
            or second.qualifier is not None
            or second.vague
            or second.low is None
            or second.low != second.high
            or _PARTICIPLE_AND.fullmatch(sentence, first.end - offset, second.start - offset) is None
        ):
            continue
        low, high = bounds(second.low, first.qualifier)
        out[i] = replace(second, low=low, high=high, qualifier=first.qualifier)
    return out


# "has risen from 300 to 969", "fell from 40 to 25": a change between two values, each a count of its own
_CHANGE_FROM: Final = re.compile(
    r"\b(?:rose|risen|increased|grown|grew|climbed|jumped|soared|surged|fell|fallen|dropped|decreased|declined|"
    r"shrunk|shrank|(?:gone|went)\s+(?:up|down))(?:\s+[\w'’-]+){0,4}?\s+[“\"‘']?from\s+[“\"‘']?$",
    re.IGNORECASE,
)


def _changed_from(sentence: str, start: int) -> bool:
    """Whether the range at `start` is a change "from A to B" (a verb of change before "from")."""
    return _CHANGE_FROM.search(sentence, max(0, start - 80), start) is not None


def _change_points(
    sentence: str, offset: int, m: re.Match[str], second: str | None, end: int, unit: tuple[CountedGroup, str, str]
) -> list[CountMention]:
    """The two values of a change "from A to B": two counts of the same noun, each exact."""
    group, noun, mods = unit
    out = []
    v1, v2 = _range_values(m.group("num"), second)
    for name, value in (("num", v1), ("num2", v2)):
        if value is None or m.start(name) < 0:
            continue
        start, stop = m.start(name), (m.end(name) if name == "num" else end)
        out.append(CountMention(value, value, None, False, None, sentence[start:stop], offset + start, offset + stop,
                                group, noun, mods))  # fmt: skip
    return out


def _is_formation_multiplier(count: CountMention, found: list[CountMention]) -> bool:
    """'Two brigades' inside 'two brigades of up to 6,000 each' is the multiplier, not a claim."""
    return count.group.units_of and any(
        other is not count and other.multiplier and other.start <= count.start < other.end for other in found
    )
