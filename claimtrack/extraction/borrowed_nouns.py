"""Bare numbers that take their noun from another count in the same sentence: parts ("35 of which", "including
1,200 from Moscow"), elided nouns ("and 12 more damaged"), changes ("has risen from 300 to 969"), earlier values
("up from 693"), rankings, "three times as many", attacks ("shelled 27 times") and "a drone ... and two more".
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.bounds import bounds, canonical_qualifier
from claimtrack.extraction.count_bounds import _change_points, _changed_from, _count_of_match
from claimtrack.extraction.count_phrases import _QUALIFIER_ALT, CountMention
from claimtrack.extraction.count_refs import part_in_own_clause
from claimtrack.extraction.counted_nouns import _noun_before_change, _singular_nouns, _unit_after
from claimtrack.extraction.lexicons import CountedGroup, counted_groups
from claimtrack.extraction.not_counts import _DATES_BETWEEN, _MEASURE_AFTER, _MONTHS
from claimtrack.extraction.numbers import parse_number
from claimtrack.extraction.prefilter import (
    finditer_lowered,
    has_digit,
    lowercase_twin,
    lowered,
    may_hold,
    word_start_scan,
)

# "Germany hosts the most refugees, with about 1.1 million, followed by Poland with roughly 950,000": a ranking whose
# places give their numbers after "with", the noun named once before them
_RANKING_WORDS: Final = ("followed by",)
_FIRST_RANKED: Final = re.compile(r"\bwith\s+$", re.IGNORECASE)  # "..., with about 1.1 million, followed by X ..."
_RANKING_GOES_ON: Final = re.compile(r",?\s+followed\s+by\s+(?:the\s+)?[A-Z]")
# "followed by Poland with roughly 950,000", "and Czechia with 400,000": a later place of the ranking and its number
_LATER_RANKED: Final = re.compile(
    r"(?:\bfollowed\s+by|,|\band|\bthen)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+with\s+$"
)
_RANK_END: Final = re.compile(r"\s*(?:[,;.!?)]|$)|\s+(?:followed\s+by|and|then)\b")


def _ranked_counts(
    sentence: str, offset: int, found: list[CountMention], bare: list[tuple[re.Match[str], str | None, int]]
) -> list[CountMention]:
    """`found` and the bare numbers after "with" in a ranking ("A, with N, followed by B with M and C with K"): each
    counts the count before it, or the counted noun the sentence named before it ("the largest number of refugees").
    The number ends its phrase ("with 30 of them" is no ranking), and the first is followed by "followed by" and a
    name ("a town with 5,000, followed by shelling" is none)."""
    out = list(found)
    for m, second, end in bare:
        start = m.start()
        if any(c.start - offset <= start < c.end - offset for c in out) or not _RANK_END.match(sentence, end):
            continue
        earlier = [c for c in out if c.end - offset <= start and not c.vague]
        first = (
            _FIRST_RANKED.search(sentence, max(0, start - 6), start) is not None
            and _RANKING_GOES_ON.match(sentence, end) is not None
        )
        if not first and not (earlier and _LATER_RANKED.search(sentence, max(0, start - 60), start)):
            continue
        if earlier:
            noun: tuple[CountedGroup, str, str] | None = (earlier[-1].group, earlier[-1].unit, earlier[-1].modifiers)
        else:
            named = _noun_before_change(len(counted_groups())).findall(sentence, 0, start)
            group = counted_groups().get(" ".join(named[-1].lower().split())) if named else None
            noun = (group, group.noun, "") if group is not None and not group.multiplier_only else None
        count = _count_of_match(m, second, sentence, offset, start, end, noun) if noun is not None else None
        if count is not None:
            out.append(count)
    return sorted(out, key=lambda c: c.start) if len(out) > len(found) else found


_ELIDED_FROM: Final = re.compile(r"\bfrom\s+[“\"‘']?$", re.IGNORECASE)  # "... and Italy's from 350 to 385"


_TIMES_AS_MANY: Final = re.compile(r"\s+times\s+as\s+many\b", re.IGNORECASE)
_TWICE_AS_MANY: Final = re.compile(
    rf"(?:\b(?P<qual>{_QUALIFIER_ALT})\s+)?\b(?:twice|double)\s+as\s+many\b", re.IGNORECASE
)
# the same pattern with its first `\b` before the optional qualifier (the same matches: each branch opens there), so
# that its lowercase twin is scanned from one word start to the next: the qualifiers' alternation was tried without
# case at every character of the sentence (`finditer_lowered`)
_TWICE_AS_MANY_WORDS: Final = re.compile(
    rf"\b(?:(?P<qual>{_QUALIFIER_ALT})\s+\b)?(?:twice|double)\s+as\s+many\b", re.IGNORECASE
)
_TWICE_AS_MANY_SCAN: Final = word_start_scan(lowercase_twin(_TWICE_AS_MANY_WORDS))
_WHO_AFTER: Final = re.compile(r"\s+(?:who|whom)\b", re.IGNORECASE)
# "..., including 1,200 from Moscow": where the part of the group came from or is, after its number
# (or "in the southern city of X"), or what sets the part apart: "..., including over 1,300 affiliated with Hamas"
_PLACE_AFTER_PART: Final = re.compile(
    r"\s+(?:(?:from|in|into|to|at|near|over)\s+(?:the\s+)?(?:[A-Z]|(?:[a-z]+ern\s+)?"
    r"(?:city|town|village|region|province|district|area|camp)\b)|"
    r"(?:affiliated|linked|belonging|aged|said\s+to\s+be)\b)"
)
_MONTH_AFTER_PART: Final = re.compile(rf"\s+\w+\s+(?:{_MONTHS})\b")  # "300 tanks, including 40 in March": a time
# "..., including 460 over the past day", "including 20 overnight", "including 20 during the reporting week": the
# latest addition to a running total
_TIME_AFTER_PART: Final = re.compile(
    r"\s+(?:(?:over|in|during)\s+the\s+(?:past|last|reporting)\s+"
    r"(?:day|24\s+hours|week|night|period)\b|overnight\b|yesterday\b|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b)"
)
_INCLUDING_BEFORE: Final = re.compile(
    r"\b(?:including|among\s+(?:them|whom)|of\s+(?:them|whom)|plus)\s+$", re.IGNORECASE
)
_THIS_NUMBER_OF: Final = re.compile(r"\b(?:this|that|such\s+a)\s+number\s+of\s+", re.IGNORECASE)
# one is in the sentence of every borrowed noun count
_BORROWING_WORDS: Final = (
    "from",
    "times",
    "who",
    "number of",
    "including",
    "of which",
    "of whom",
    "of them",
    "and ",
    ", ",
)
# "40 drones were launched, 35 of which were shot down": a part named by a pronoun after its number, and what may
# stand between the whole and the part (a comma, a dash, a bracket or "and")
_OF_WHICH_AFTER: Final = re.compile(r"\s+of\s+(?:which|whom|them)\b", re.IGNORECASE)
_PART_CLAUSE_BEFORE: Final = re.compile(r"(?:[,(;]|\s[–—-]|\sand)\s*$")
# ", of whom 41,000"
_OF_WHICH_BEFORE: Final = re.compile(
    r"(?:[,(;]|\s[–—-])\s*of\s+(?:which|whom)\s+(?:only\s+|just\s+)?$", re.IGNORECASE
)  # ", of whom only 350 have been returned"
# "20 tanks were destroyed and 12 more damaged", "500 civilians were killed in 2022 and 300 in 2023": a number
# after "and" whose noun is elided; what follows it shows the ellipsis (more, others, or a time or place)
_AND_BEFORE: Final = re.compile(r"\sand\s+(?:that\s+)?$")  # "..., and that eight more were fired"
# an adverb between an auxiliary and what it says of the count: "and 32 were still missing", "had since been freed"
_AUXILIARY_ADVERB: Final = (
    r"(?:already|since|now|reportedly|still|also|later|subsequently|presumably|"
    r"believed\s+to\s+be)"
)
# what befell an elided count, right after it or after its auxiliary: "and 180 destroyed", "and that 48 had been shot
# down", "while UNHCR said 700,000 had crossed"; a bare participle must be one of a status ("and 30 arrived" is no
# participle: the noun is left unread)
_AUXILIARY: Final = (
    rf"(?:(?:had|have|has)\s+(?:{_AUXILIARY_ADVERB}\s+)?(?:been\s+)?|"
    rf"(?:were|was|are|is|remain|remained|remains)\s+(?:being\s+|{_AUXILIARY_ADVERB}\s+)?)"
)
# a state said of an elided count after its auxiliary: "and 41 were still missing", "and 1,050 were in hospital"
_ELIDED_STATE: Final = (
    r"missing|dead|alive|unaccounted|in\s+(?:(?:a\s+)?hospital|custody|captivity|detention|"
    r"(?:a\s+)?(?:critical|serious|stable)\s+condition)|under\s+(?:the\s+)?rubble"
)
_STATUS_PARTICIPLE: Final = (
    r"destroyed|damaged|shot\s+down|downed|intercepted|killed|wounded|injured|captured|"
    r"detained|arrested|evacuated|deported|returned|released|freed|exchanged|rescued|hit|"
    r"liberated|flooded|displaced|missing"
)
_ELIDED_SUBJECT_AFTER: Final = re.compile(
    rf"\s+(?:{_AUXILIARY}(?:[a-z]+ed|shot|hit|taken|brought|fled|left|sent|"
    rf"struck|gone|driven|held|seen|{_ELIDED_STATE})\b|(?:{_STATUS_PARTICIPLE})\b)"
)
# "the ministry said 3.2 million people had fled, while UNHCR said 700,000 had crossed": a later speaker's number
# with no noun, the subject of its own verb
_SAID_BEFORE: Final = re.compile(
    r"\b(?:said|says|say|reported|reports|estimated|estimates|added|claimed|"
    r"told\s+[A-Za-z]+)\s+(?:that\s+)?$",
    re.IGNORECASE,
)
_SAID_PART_SPAN: Final = 160  # the most characters between a count and a later speaker's elided count
# "5,000 residents joined, and that another 1,500 were expected", "and a further 300 are in training": "another"
# itself says the noun is the earlier count's
_ANOTHER_BEFORE: Final = re.compile(r"\sand\s+(?:that\s+)?(?:another|a\s+further)\s+$")
_ELIDED_AFTER: Final = re.compile(
    r"\s+(?:(?:more|others?)\b(?!\s+than\b)|(?:in|into|on|at|near|during|over)\s+(?:\d|[A-Z]|the\s)|to\s+[A-Z]|"
    r"(?:last|this)\s+\w)"
)  # "and 1 billion in loans" is no elided count
_PEOPLE_LIKE: Final = frozenset({"personnel", "people", "casualties", "detention", "displacement"})


# "rose to 724, up from 693 a week earlier", "200 remain, down from a prewar population of about 17,000": the value
# the count before it had earlier
_UP_FROM_BEFORE: Final = re.compile(
    r"\b(?:up|down)\s+from\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:[\w-]+\s+)?(?:population|total|toll|figure|level|"
    r"peak|high|count|tally|number|estimate)\s+of\s+)?$",
    re.IGNORECASE,
)
# the most characters between a count and "up/down from": its clause may go on ("5,120 Russians had entered Finland
# across its eastern border on Tuesday, up from 3,300"); no number may stand between
_EARLIER_VALUE_REACH: Final = 90


_UP_FROM_WORDS: Final = ("up from", "down from")  # one is in every `_UP_FROM_BEFORE` match


def _with_earlier_values(
    sentence: str, offset: int, found: list[CountMention], bare: list[tuple[re.Match[str], str | None, int]]
) -> list[CountMention]:
    """`found` and the bare numbers that give the value a count before them had earlier ("up from 693"): each counts
    that count's noun, with its own qualifier."""
    out = list(found)
    for m, second, end in bare:
        start = m.start()
        if second or any(c.start - offset <= start < c.end - offset for c in out):
            continue
        earlier = [c for c in out if c.end - offset <= start and not c.vague]
        value = parse_number(m.group("num"))
        if not earlier or value is None or not _earlier_value(sentence, start, earlier[-1].end - offset):
            continue
        whole = earlier[-1]
        qualifier = canonical_qualifier(m.group("qual"))
        low, high = bounds(value, qualifier)
        out.append(CountMention(low, high, qualifier, False, None, sentence[start:end], offset + start, offset + end,
                                whole.group, whole.unit, whole.modifiers))  # fmt: skip
    return sorted(out, key=lambda c: c.start) if len(out) > len(found) else found


def _earlier_value(sentence: str, start: int, whole_end: int) -> bool:
    """Whether the bare number at `start` is "up/down from N" said of the count that ends at `whole_end`, with no
    other number between them."""
    m = _UP_FROM_BEFORE.search(sentence, max(whole_end, start - 60), start)
    if m is None:
        return False
    between = sentence[whole_end : m.start()]
    return len(between) <= _EARLIER_VALUE_REACH and not has_digit(_DATES_BETWEEN.sub(" ", between))


# places counted as where something happened, not what happened: "detained 800 people at rallies in 21 cities"
_EXTENT_CATEGORIES: Final = frozenset({"territory", "areas"})
_EXTENT_BEFORE: Final = re.compile(r"\b(?:in|across|throughout)\s+$", re.IGNORECASE)


def _wholes_before(sentence: str, offset: int, earlier: list[CountMention]) -> list[CountMention]:
    """The counts before a bare number that may be its whole: `earlier` less the places counted as an extent ("in 21
    cities") after another count, so that "detained 800 people at rallies in 21 cities, including 310 in Minsk"
    counts people in Minsk; an extent with no count before it stays ("protests in 38 cities, including 12 in ...")."""
    if len(earlier) < 2 or earlier[-1].group.category not in _EXTENT_CATEGORIES:
        return earlier
    last = earlier[-1]
    if not _EXTENT_BEFORE.search(sentence, max(0, last.start - offset - 12), last.start - offset):
        return earlier
    return earlier[:-1]


# "Of the 12,000 children taken, only 270 have been returned": a whole fronted by "of", its clause closed by a comma,
# then its part as the subject of the main clause
_FRONTED_OF: Final = re.compile(
    r"(?:^|[,;:]\s+|[\"“]|\s[–—]\s|\bthat\s+)(?:of|out\s+of)\s+"
    r"(?:the|those|these|its|their|his|her)?\s*$",
    re.IGNORECASE,
)
_AFTER_FRONTED_WHOLE: Final = re.compile(r"[^,;:.!?\d]{0,60},\s+(?:only\s+|just\s+|so\s+far\s+)?$", re.IGNORECASE)


def _fronted_whole(sentence: str, offset: int, whole: CountMention, start: int) -> bool:
    """Whether the bare number at `start` is the part of a whole fronted by "of" right before it: "Of the 400 drones
    launched, 370 were shot down" (the part takes the whole's noun)."""
    whole_start, whole_end = whole.start - offset, whole.end - offset
    return (
        _FRONTED_OF.search(sentence, max(0, whole_start - 16), whole_start) is not None
        and _AFTER_FRONTED_WHOLE.fullmatch(sentence, whole_end, start) is not None
    )


def _borrowed_noun_counts(
    sentence: str, offset: int, found: list[CountMention], bare: list[tuple[re.Match[str], str | None, int]]
) -> list[CountMention]:
    """Numbers that name no noun of their own but take one from elsewhere in the sentence:

    - a change with its noun before the verb, "the troop presence has risen from 300 to 969", and one whose noun
      is elided after such a change, "... and Italy's from 350 to 385": two exact counts each;
    - "almost three times as many": the earlier count's value times three, its noun unless one follows;
    - "100,000 people crossed, including 9,000 who came on Saturday" (or "9,000 from Kherson"): the earlier
      count of people's noun;
    - "there are 30 to 35,000 there ... if you have this number of troops": the noun named after it.
    """
    out: list[CountMention] = []
    folded = lowered(sentence)
    change, times = may_hold(folded, ("from",)), may_hold(folded, ("times as many",))
    who, this_number = may_hold(folded, ("who",)), may_hold(folded, ("number of",))
    including = may_hold(folded, ("including",))
    of_which, elided = may_hold(folded, ("of which", "of whom", "of them")), may_hold(folded, ("and ",))
    listed = ", " in sentence  # "nine were killed in Kharkiv, two in Izium": a list of parts by place
    for m, second, end in bare:
        start = m.start()
        earlier = _wholes_before(
            sentence, offset, [c for c in (*found, *out) if c.end - offset <= start and not c.vague]
        )
        if second and change and _MEASURE_AFTER.match(sentence, end) is None:
            if _changed_from(sentence, start):
                before = _noun_before_change(len(counted_groups())).findall(sentence, 0, start)
                group = counted_groups().get(" ".join(before[-1].lower().split())) if before else None
                if group is not None and not group.multiplier_only:
                    out.extend(_change_points(sentence, offset, m, second, end, (group, group.noun, "")))
                continue
            prior = [c for c in earlier if _changed_from(sentence, c.start - offset)]
            if prior and _ELIDED_FROM.search(sentence, max(0, start - 12), start):
                c = prior[-1]
                out.extend(_change_points(sentence, offset, m, second, end, (c.group, c.unit, c.modifiers)))
                continue
        if times and earlier and not second and _TIMES_AS_MANY.match(sentence, end):
            factor = parse_number(m.group("num"))
            times_as_many = _TIMES_AS_MANY.match(sentence, end)
            count = (
                _times_count(sentence, offset, earlier[-1], factor, m.group("qual"), start, times_as_many.end())
                if factor is not None and times_as_many is not None
                else None
            )
            out.extend([count] if count else [])
            continue
        if (
            earlier
            and (of_which or elided or listed)
            and (part := _part_of_whole(sentence, offset, m, second, end, earlier[-1]))
        ):
            out.append(part)
            continue
        if earlier and _fronted_whole(sentence, offset, earlier[-1], start):
            count = _count_of_match(
                m, second, sentence, offset, start, end, (earlier[-1].group, earlier[-1].unit, earlier[-1].modifiers)
            )
            out.extend([count] if count is not None else [])
            continue
        if not earlier and elided and (more := _more_of_a_single(sentence, offset, m, second, end)):
            out.append(more)
            continue
        # "100,000 people crossed, including 9,000 who came on Saturday" / "..., including 1,200 from Moscow"
        # (any counted thing: "destroyed 50 drones, including 35 over the Kursk region" / "... 460 over the past day")
        if (
            (who or including)
            and earlier
            and _INCLUDING_BEFORE.search(sentence, max(0, start - 20), start)
            and (
                who
                and earlier[-1].group.category in _PEOPLE_LIKE
                and _WHO_AFTER.match(sentence, end)
                or including
                and (
                    _TIME_AFTER_PART.match(sentence, end)
                    or _PLACE_AFTER_PART.match(sentence, end)
                    and (earlier[-1].group.category in _PEOPLE_LIKE or not _MONTH_AFTER_PART.match(sentence, end))
                )
            )
        ):
            antecedent = earlier[-1]
        else:
            this = _THIS_NUMBER_OF.search(sentence, end) if this_number else None
            unit = _unit_after(sentence, this.end() - 1) if this is not None else None
            if unit is None:
                continue
            antecedent = CountMention(None, None, None, False, None, "", 0, 0, unit[0], unit[1], unit[2])
        count = _count_of_match(
            m, second, sentence, offset, start, end, (antecedent.group, antecedent.unit, antecedent.modifiers)
        )
        if count is not None:
            out.append(count)
    return out


# "the region was shelled 27 times", "Russian forces attacked Kherson Oblast 87 times", "came under fire more than
# 40 times", "shelled 9 settlements 287 times" (a count of places between): the attacks a place suffered, counted by
# "N times" after a verb of attack in the same clause (no clause opens between them: "was shelled and that the siren
# sounded 12 times")
_ATTACK_VERB_BEFORE: Final = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)\b(?:shell(?:ed|ing)|attack(?:ed|ing)|struck|strik(?:ing)|hit(?:ting)?|bomb(?:ed|ing)|bombard(?:ed|ing)|"
    r"target(?:ed|ing)|raid(?:ed|ing)|(?:fired|firing|opened\s+fire)(?:\s+(?:on|at|upon))?|"
    r"(?:came|come|comes|coming)\s+under\s+(?:[a-z]+\s+)?(?:fire|attack|shelling|bombardment))\b"
    r"(?:(?!\s(?:that|which|who|when|while|where|because|after|before|but|and\s+the)\s)[^,;:.!?\d]|"
    r"(?<=\s)\d+(?=\s+(?:settlements|villages|towns|communities|localities)\b)){0,60}$",
    re.IGNORECASE,
)
_TIMES_AFTER: Final = re.compile(
    r"\s+times\b(?!\s+(?:as|more|less|fewer|higher|lower|greater|larger|bigger|smaller|"
    r"harder|faster|stronger|worse|better|the|that|a|an|per|than|over\s+(?!the\b))\b)",
    re.IGNORECASE,
)


_AND_MORE_TIMES_BEFORE: Final = re.compile(r"[^\d.;:]{0,40}\sand\s+", re.IGNORECASE)


def _attack_times_counts(
    sentence: str, offset: int, found: list[CountMention], bare: list[tuple[re.Match[str], str | None, int]]
) -> list[CountMention]:
    """'the region was shelled 27 times', 'fired on the city more than 40 times': a count of attacks, when a verb
    of attack stands before the number in its clause ("three times as many" and "five times more" compare)."""
    group = counted_groups().get("attacks")
    out: list[CountMention] = []
    for m, second, end in bare:
        start = m.start()
        if (
            group is None
            or _TIMES_AFTER.match(sentence, end) is None
            or any(c.start - offset <= start < c.end - offset for c in found)
        ):
            continue
        if _ATTACK_VERB_BEFORE.search(sentence, max(0, start - 90), start) is None and not (
            out and _AND_MORE_TIMES_BEFORE.fullmatch(sentence, out[-1].end - offset, start)
        ):
            continue  # "... 25 times with artillery and 3 times with drones": the verb's second count
        count = _count_of_match(m, second, sentence, offset, start, end, (group, group.noun, ""))
        if count is not None:
            out.append(count)
    return out


def _twice_as_many(sentence: str, offset: int, found: list[CountMention], low: str | None = None) -> list[CountMention]:
    """'... and twice as many on Tuesday': twice the earlier count (see `_times_count`); `low`: `lowered(sentence)`."""
    out = []
    for m in finditer_lowered(_TWICE_AS_MANY_WORDS, _TWICE_AS_MANY_SCAN, sentence, low):
        earlier = [c for c in found if c.end - offset <= m.start() and not c.vague]
        count = _times_count(sentence, offset, earlier[-1], 2, m.group("qual"), m.start(), m.end()) if earlier else None
        out.extend([count] if count else [])
    return out


_AS_AFTER: Final = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+as\b", re.IGNORECASE)


def _times_count(
    sentence: str, offset: int, base: CountMention, factor: float, qual: str | None, start: int, end: int
) -> CountMention | None:
    """'almost three times as many (displaced)': the earlier count's value times the factor, with its own qualifier
    (else the earlier one's); the noun after it if the lexicon has it, else the earlier count's."""
    value = (base.high if base.high is not None else base.low) or 0
    unit = _unit_after(sentence, end)
    group, noun, mods, end = unit if unit is not None else (base.group, base.unit, base.modifiers, end)
    if _AS_AFTER.match(sentence, end):
        return None  # "500,000 came, twice as many as last year": compared with another, not a count of its own
    qualifier = canonical_qualifier(qual) if qual else base.qualifier
    low, high = bounds(value * factor, qualifier)
    return CountMention(
        low, high, qualifier, False, None, sentence[start:end], offset + start, offset + end, group, noun, mods
    )


# "12 drones were downed over the Kursk region, four over the Bryansk region and ...": a list of parts by place, the
# whole's place phrase before the comma and the part's own after its number
_PLACE_PHRASE: Final = re.compile(r"\s(?:over|in|at|near|from)\s+(?:the\s+)?[A-Z]")


def _listed_place_part(sentence: str, between: str, end: int) -> bool:
    """Whether a bare number after a comma is the next item of a list of counts by place (its noun elided)."""
    return (
        between.endswith(", ")
        and _PLACE_AFTER_PART.match(sentence, end) is not None
        and _PLACE_PHRASE.search(between) is not None
    )


def _part_of_whole(
    sentence: str, offset: int, m: re.Match[str], second: str | None, end: int, whole: CountMention
) -> CountMention | None:
    """A number that takes the noun of the count just before it in the sentence:

    - a part named by a pronoun, '40 drones were launched, 35 of which were shot down' (also 'of whom', 'of them',
      and ', of whom 41,000 ...'), with no other number between; 'one of them' is narrative;
    - an elided noun after "and": '20 tanks were destroyed and 12 more damaged', '500 civilians were killed in
      2022 and 300 in 2023', '5,000 troops arrived and another 2,000 are in training'."""
    between = sentence[whole.end - offset : m.start()]
    if (
        m.group("num").lower() == "one"
        and not (_AND_BEFORE.search(between) and _ONE_ELSEWHERE.match(sentence, end))
        and _ONE_OF_WHICH_HIT.match(sentence, end) is None
    ):
        return None  # "two civilians in Lyman and one in Siversk", "..., one of which was shot down" count the noun
    if _said_part(sentence, between, end):
        return _count_of_match(m, second, sentence, offset, m.start(), end, (whole.group, whole.unit, whole.modifiers))
    of_which_after = _OF_WHICH_AFTER.match(sentence, end) is not None
    if len(between) > 80 and not (of_which_after and part_in_own_clause(between)):
        return None
    if of_which_after:
        if (_PART_CLAUSE_BEFORE.search(between) is None and not part_in_own_clause(between)) or has_digit(between):
            return None
    elif _OF_WHICH_BEFORE.search(between) is None or has_digit(between):
        if (
            _ANOTHER_BEFORE.search(between) is None
            and (_AND_BEFORE.search(between) is None or not _elided_after(sentence, end))
            and not _listed_place_part(sentence, between, end)
        ):
            return None
    return _count_of_match(m, second, sentence, offset, m.start(), end, (whole.group, whole.unit, whole.modifiers))


_ONE_ELSEWHERE: Final = re.compile(r"\s+(?:more\b|(?:in|at|near|on)\s+(?:the\s+)?[A-Z])")  # "and one in Siversk"
# "two missiles, one of which was shot down", "five wounded, one of whom later died": the one a status befell
_ONE_OF_WHICH_HIT: Final = re.compile(
    r"\s+of\s+(?:which|whom|them)\s+(?:later\s+|also\s+|subsequently\s+)?(?:(?:was|has\s+been|had\s+been)\s+"
    r"(?:later\s+|also\s+)?)?(?:killed|wounded|injured|shot\s+down|downed|intercepted|destroyed|damaged|"
    r"hospitali[sz]ed|captured|died)\b",
    re.IGNORECASE,
)


def _elided_after(sentence: str, end: int) -> bool:
    """Whether the words after a bare number show its noun elided: "more", a time or place ("and 300 in 2023"), or
    its own verb ("and 180 destroyed", "and that 48 had been shot down")."""
    return _ELIDED_AFTER.match(sentence, end) is not None or _ELIDED_SUBJECT_AFTER.match(sentence, end) is not None


def _said_part(sentence: str, between: str, end: int) -> bool:
    """Whether a bare number is a later speaker's count of the same noun, the subject of its own verb: "3.2 million
    people had fled, while UNHCR said 700,000 had crossed", "..., and the police said 40 were detained"."""
    return (
        len(between) <= _SAID_PART_SPAN
        and _SAID_BEFORE.search(between) is not None
        and _ELIDED_SUBJECT_AFTER.match(sentence, end) is not None
        and not has_digit(_DATES_BETWEEN.sub(" ", between))
    )


# "shot down a drone over Bryansk and two more over Kursk", "a tank was destroyed and three more damaged": "N more"
# after "and", whose noun is the one thing named with "a"/"an"/"one" before it in the clause
_SINGLE_BEFORE: Final = re.compile(
    r"\b(?:a|an|one)\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\b"
    r"(?P<rest>[^\d.;:!?]{0,80})$",
    re.IGNORECASE,
)
_MORE_ENDS: Final = re.compile(
    r"\s+more\b(?=\s*(?:[,.;:)]|$)|\s+(?:over|in|on|at|near|from|during|overnight|"
    r"later|were|was|had|have|by|with|and)\b)",
    re.IGNORECASE,
)
_IRREGULAR_PLURALS: Final = {"man": "men", "woman": "women", "child": "children", "person": "people"}


def _more_of_a_single(
    sentence: str, offset: int, m: re.Match[str], second: str | None, end: int
) -> CountMention | None:
    """'... a drone over the Bryansk region and downed two more over the Kursk region': the bare "two more" counts
    the plural of the one thing named before it (a counted noun after "a", "an" or "one", with "and" between)."""
    if second or _MORE_ENDS.match(sentence, end) is None:
        return None
    single = _SINGLE_BEFORE.search(sentence, max(0, m.start() - 120), m.start())
    if single is None or " and " not in single.group("words") + single.group("rest"):
        return None
    groups = counted_groups()
    singular = _singular_nouns(len(groups))
    noun = next((w for w in single.group("words").lower().split() if w in singular), None)  # "an enemy helicopter"
    if noun is None:
        return None
    plural = _IRREGULAR_PLURALS.get(noun, f"{noun}s")
    group = groups.get(plural) or groups[noun]
    value = parse_number(m.group("num"))
    if value is None:
        return None
    qualifier = canonical_qualifier(m.group("qual"))
    low, high = bounds(value, qualifier)
    return CountMention(low, high, qualifier, False, None, sentence[m.start() : end], offset + m.start(), offset + end,
                        group, plural if plural in groups else noun, "")  # fmt: skip
