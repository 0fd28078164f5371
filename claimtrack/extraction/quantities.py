"""Find counts in a sentence: the number, its qualifier, range, multiplier and the counted group.

A count is a number followed (within a few modifier words) by a counted noun from the units
lexicon: "at least 3,000 soldiers", "two brigades of up to 6,000 personnel each", "100 killed",
"thousands of troops". `find_counts` runs the readings in order; here too are the parts and
elided nouns read with the sentence before ("41 of them", "another 300", "there are 1.4 million").
The count's patterns are in `count_phrases.py`, its noun in `counted_nouns.py`, its bounds in
`count_bounds.py` (and `bounds.py`); numbers that are no counts (years, money, ages, distances,
model names, times) in `not_counts.py`; the other readings in `borrowed_nouns.py`,
`noun_first_counts.py` and `tally_and_glued_counts.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Final

from claimtrack.extraction.borrowed_nouns import (
    _BORROWING_WORDS,
    _PART_CLAUSE_BEFORE,
    _PEOPLE_LIKE,
    _RANKING_WORDS,
    _UP_FROM_WORDS,
    _attack_times_counts,
    _borrowed_noun_counts,
    _ranked_counts,
    _twice_as_many,
    _with_earlier_values,
)
from claimtrack.extraction.bounds import bounds, canonical_qualifier
from claimtrack.extraction.count_bounds import (
    _BETWEEN_AND_RE,
    _EACH_RE,
    _NOT_BEFORE,
    _PARTICLE_OVER_BEFORE,
    _PASSED_GATE,
    _change_points,
    _changed_from,
    _count_of_match,
    _is_formation_multiplier,
    _multiplied_qualifier,
    _multiplier,
    _over_is_where,
    _passed_before,
    _range_values,
    _shared_floors,
)
from claimtrack.extraction.count_phrases import (
    _COUNT_LOOKAHEAD,
    _COUNT_MATCHER,
    _COUNT_TWIN_SCAN,
    _NOT_BEFORE_A_COUNT,
    _NUMBER,
    _QUALIFIER_ALT,
    _QUOTED_COUNT_LOOKAHEAD,
    _STRONG_RE,
    _VAGUE_GATE,
    _VAGUE_RE,
    _VAGUE_SCAN,
    CountMention,
    _counted_noun_trie,
    _qualified_number,
)
from claimtrack.extraction.count_refs import part_in_own_clause
from claimtrack.extraction.counted_nouns import (
    _PARTITIVE,
    _may_name_what_is_counted,
    _noun_before_change,
    _open_unit,
    _partitive_open_unit,
    _partitive_unit,
    _shared_unit,
    _singular_nouns,
    _unit_after,
    _unit_after_quoted_figure,
    _unit_from_passive,
    _unit_from_verb,
)
from claimtrack.extraction.lexicons import CountedGroup, counted_groups
from claimtrack.extraction.not_counts import (
    _DATES_BETWEEN,
    _MONTHS,
    _ONE_THING_HIT,
    _SINGULAR_OK,
    _YEAR_LIKE,
    _after_a_name,
    _is_not_a_count,
    _listed_one,
    _model_number_before,
    _population_count,
)
from claimtrack.extraction.noun_first_counts import (
    _NUMBERED_GATE,
    _RUNNING_TOTAL_GATE,
    _SUBJECT_NOUN_GATE,
    _THIS_NUMBER_GATE,
    _anaphoric_counts,
    _number_of_counts,
    _numbered_counts,
    _put_at_counts,
    _running_total_counts,
    _subject_counts,
    _toll_counts,
    _total_first_counts,
)
from claimtrack.extraction.numbers import TENS, UNITS, parse_number
from claimtrack.extraction.open_nouns import OPEN_CATEGORY
from claimtrack.extraction.prefilter import (
    ascii_words,
    finditer_lowered,
    has_digit,
    holds_gate,
    lowercase_twin,
    lowered,
    may_glue_a_stop,
    may_hold,
    search_lowered,
    sentence_has_digit,
    word_gate,
    word_start_scan,
)
from claimtrack.extraction.tally_and_glued_counts import (
    _digit_glued_to_a_word,
    _ends_with_a_glued_stop,
    _glued_counts,
    _holds_a_tally_mark,
    _may_hold_a_tally_mark,
    _stop_glued_counts,
    _tally_counts,
    _unspaced_counts,
)

# the wholes a part is taken from that are no claim of their own: the places, convoys, missions and things a part of
# which a report counts ("14 of 40 convoys were blocked", "51 of 61 planned missions were denied", "took three of the
# 12 villages"); troops, hardware, attacks, people and the facilities a place has are counted for themselves too ("36
# of 43 missiles were intercepted": 43 were launched; "31 of the 54 people killed were children"; "18 of Gaza's 36
# hospitals": Gaza has 36)
_FRAME_WHOLE_CATEGORIES: Final = frozenset({"things", "areas", "territory", "multiplier", OPEN_CATEGORY})


def partitive_frame(sentence: str, offset: int, part: CountMention, whole: CountMention) -> bool:
    """Whether `whole` is the set the count `part` right before it is taken from ("14 of 40 convoys") and no claim
    of its own (`_FRAME_WHOLE_CATEGORIES`)."""
    if whole.group.category not in _FRAME_WHOLE_CATEGORIES or part.vague or whole.vague:
        return False
    m = _PARTITIVE.match(sentence, part.end - offset)
    return m is not None and m.end() == whole.start - offset


_NUMBER_WORDS: Final = frozenset(
    [
        *UNITS,
        *TENS,
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "dozen",
        "dozens",
        "scores",
        "half",
        "number",
        "several",
        "few",
        "tens",
        "couple",
    ]
)
# a number word is a whole run of ASCII letters of the lowercased sentence: a word gate (`prefilter.word_gate`), a bit
# of the sentence's word mask
_NUMBER_WORD_BYTES: Final = ascii_words(_NUMBER_WORDS)
_NUMBER_WORD_GATE: Final = word_gate(_NUMBER_WORD_BYTES)


def _may_hold_word(sentence: str, gate: int) -> bool:
    """Whether a whole run of a-z of the lowercased sentence is among the words of `gate` (True when `lowered`
    cannot tell): a guard before a pattern that needs one of them between whitespace (or \b) and \b."""
    low = lowered(sentence)
    return low is None or holds_gate(low, gate)


def _may_hold_a_count(sentence: str) -> bool:
    """A cheap guard: digits or number words."""
    if sentence_has_digit(sentence):
        return True
    low = lowered(sentence)  # shared with the other modules reading this sentence
    return holds_gate(sentence.lower() if low is None else low, _NUMBER_WORD_GATE)


def modified_noun_follows(text: str) -> bool:
    """Whether `text` opens with words qualifying a counted noun, then the noun ("Russian soldiers around"): the
    rest of a number's phrase, not a new sentence ("The head of", "Soldiers were")."""
    unit = _unit_after("0 " + text[:80], 1)
    return unit is not None and bool(unit[2])


# a full stop glued between a number and a word, in copy whose spaces were lost ("over 150,000.Russian soldiers");
# the full stop first, so the scan looks for it alone
_GLUED_STOP_AFTER_NUMBER: Final = re.compile(r"\.(?<=\d\.)(?=[A-Za-z]{2})")


def find_counts(sentence: str, offset: int = 0, open_nouns: bool = False) -> list[CountMention]:
    """Every count in a sentence, in order; `offset` is the sentence's start in the document.

    A full stop glued between a number and a word is read as the space it stands for (the offsets stay those of
    the sentence), and each count keeps its raw words as written. With `open_nouns` (a sentence with a
    claimant), a number with no counted noun also counts the plain plural noun phrase after it
    (`open_nouns.open_noun_after`: "31 canals")."""
    if may_glue_a_stop(sentence) and _GLUED_STOP_AFTER_NUMBER.search(sentence):
        counts = _find_counts(_GLUED_STOP_AFTER_NUMBER.sub(" ", sentence), offset, open_nouns)
        return [replace(c, raw=sentence[c.start - offset : c.start - offset + len(c.raw)]) for c in counts]
    return _find_counts(sentence, offset, open_nouns)


def _find_counts(sentence: str, offset: int, open_nouns: bool = False) -> list[CountMention]:
    lowercase = lowered(sentence)
    if not _may_hold_a_count(sentence):  # no digit, no number word: no count of any kind (the cheaper test first)
        return []
    # no counted noun after a space: glued, or a tally's first item; an open noun is read only after digits (a
    # number word's open noun is seldom a claim: "two options", and most sentences hold a number word). The
    # open-noun test first: where it holds, the scan for a counted noun decides nothing
    if not (open_nouns and sentence_has_digit(sentence)) and not _may_name_what_is_counted(lowercase):
        return _unspaced_counts(sentence, offset) if sentence_has_digit(sentence) else []
    found: list[CountMention] = []
    consumed: list[tuple[int, int]] = []
    bare: list[tuple[re.Match[str], str | None, int]] = []  # numbers with no noun of their own: (match, 2nd, end)
    passing = lowercase is None or holds_gate(lowercase, _PASSED_GATE)  # a verb of passing may stand before a count
    for m in finditer_lowered(_COUNT_MATCHER, _COUNT_TWIN_SCAN, sentence, lowercase):
        if any(s <= m.start() < e for s, e in consumed) or _is_not_a_count(sentence, m):
            continue
        qualifier = (m.group("qual") or "").lower() or None
        count_start = m.start()
        if qualifier == "over" and _PARTICLE_OVER_BEFORE.search(sentence, max(0, m.start() - 10), m.start()):
            qualifier, count_start = None, m.start("num")  # "will hand over four jets": the verb's particle
        second, num_end = m.group("num2"), m.end()
        if qualifier == "between" and not second:
            tail = _BETWEEN_AND_RE.match(sentence, m.end("num"))
            if tail:
                second, num_end = tail.group("num"), tail.end()
        unit = (
            _unit_after(sentence, num_end)
            or _unit_from_verb(sentence, m.start(), num_end)
            or _shared_unit(sentence, num_end)
            or _unit_from_passive(sentence, num_end)
            or _partitive_unit(sentence, num_end)
            or _unit_after_quoted_figure(sentence, m.start(), num_end)
        )
        if unit is None and open_nouns:
            unit = _open_unit(sentence, m, num_end) or _partitive_open_unit(sentence, num_end)
        if unit is None:
            bare.append((m, second, num_end))
            continue
        group, noun, mods, unit_end = unit
        if qualifier == "over" and _over_is_where(sentence, m.start(), noun):
            qualifier, count_start = None, m.start("num")  # "shot down 31 drones over 7 regions": where, not a floor
        if (
            m.group("num").lower() == "one"
            and noun not in _SINGULAR_OK
            and not _listed_one(sentence, offset, m, found, group)
            and _ONE_THING_HIT.match(sentence, unit_end) is None
        ):
            continue  # "one" counts a plural noun's thing only as the last item of a list of counts
        if (
            not second
            and _after_a_name(sentence, m.start())
            and (noun in _singular_nouns(len(counted_groups())) or _model_number_before(sentence, m, group))
        ):
            continue  # "a Leopard 2 tank", "Leopard 2 tanks": a number between a name and its noun names a model
        if (
            group.multiplier_only and (unit_end != num_end or _PARTITIVE.match(sentence, num_end) is None)
        ) or _population_count(sentence, m.start(), group):
            continue  # "two groups of 500 each"; a part ("14 of 40 convoys") counts its whole's noun
        v1, v2 = _range_values(m.group("num"), second)
        if v1 is None:
            continue
        if v1 == 1 and not second and _NOT_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
            v1 = 0.0  # "not one soldier was killed": none
        trail = (m.group("trail") or "").strip().lstrip("-")
        if trail and not qualifier:
            qualifier = trail
        if v2 is not None:
            qualifier = "between"
        elif not qualifier and passing and _passed_before(sentence, m.start()):
            qualifier = "more than"  # "losses exceeded 26,000 servicemen": a floor
        mult, start, mult_qualifier = _multiplier(sentence, count_start, unit_end)
        each = _EACH_RE.match(sentence, unit_end) if mult is not None else None
        if each is not None:  # a multiplier is one only before "each"
            unit_end = each.end()
        qualifier = _multiplied_qualifier(canonical_qualifier(qualifier), mult_qualifier)
        if v2 is not None and mult is None and _changed_from(sentence, m.start()):
            found.extend(_change_points(sentence, offset, m, second, unit_end, (group, noun, mods)))
            consumed.append((m.start(), unit_end))
            continue
        low, high = bounds(v1, qualifier, v2, mult)
        found.append(
            CountMention(
                low=low, high=high, qualifier=qualifier, vague=False, multiplier=mult,
                raw=sentence[start:unit_end], start=offset + start, end=offset + unit_end,
                group=group, unit=noun, modifiers=mods,
            )
        )  # fmt: skip
        consumed.append((m.start(), unit_end))
    found = [c for c in found if not _is_formation_multiplier(c, found)]
    if bare and not found and _ends_with_a_glued_stop(sentence):
        found.extend(_stop_glued_counts(sentence, offset))
    if bare and may_hold(lowercase, _BORROWING_WORDS):
        found.extend(_borrowed_noun_counts(sentence, offset, found, bare))
    if bare and may_hold(lowercase, FRONTED_STATUS_WORDS):
        found.extend(fronted_status_parts(sentence, offset, found))  # "Of those killed, 31 were children"
    if found and may_hold(lowercase, ("as many",)):
        found.extend(_twice_as_many(sentence, offset, found, lowercase))
    found.extend(_strong_counts(sentence, offset, lowercase))
    if sentence_has_digit(sentence) and _digit_glued_to_a_word(sentence):  # its \\d: remembered per sentence
        found.extend(_glued_counts(sentence, offset))
    if lowercase is None or holds_gate(lowercase, _NUMBERED_GATE):  # before "the figure" that may take its noun
        found.extend(_numbered_counts(sentence, offset, consumed))
    if lowercase is None or holds_gate(lowercase, _THIS_NUMBER_GATE):
        found.extend(_anaphoric_counts(sentence, offset, found))
    found.extend(_number_of_counts(sentence, offset, consumed, lowercase))
    if _may_hold_a_tally_mark(sentence) and _holds_a_tally_mark(sentence):
        found.extend(_tally_counts(sentence, offset, consumed))
    found.extend(_toll_counts(sentence, offset, consumed, lowercase))
    # not a number another reading counted ("the number of deaths ...")
    if lowercase is None or holds_gate(lowercase, _SUBJECT_NOUN_GATE):
        read = [*consumed, *((c.start - offset, c.end - offset) for c in found)]
        found.extend(_subject_counts(sentence, offset, read, lowercase))
    found.extend(_running_total_counts(sentence, offset, consumed, lowercase, found))
    if lowercase is None or holds_gate(lowercase, _RUNNING_TOTAL_GATE):  # the verb opens every match
        found.extend(_total_first_counts(sentence, offset, consumed, found))
    found.extend(_put_at_counts(sentence, offset, found, lowercase))
    found.extend(_vague_counts(sentence, offset, consumed, lowercase))
    found.sort(key=lambda c: c.start)
    if bare and may_hold(lowercase, (" times",)):
        found.extend(_attack_times_counts(sentence, offset, found, bare))
    if bare and found and may_hold(lowercase, _UP_FROM_WORDS):
        found = _with_earlier_values(sentence, offset, found, bare)
    if bare and may_hold(lowercase, _RANKING_WORDS):
        found = _ranked_counts(sentence, offset, found, bare)
    if len(found) > 1 and " and " in sentence:
        found = _shared_floors(sentence, offset, found)
    return found


@lru_cache(maxsize=4)
def _counted_word_pattern(key: int) -> re.Pattern[str]:
    """A counted noun of the lexicon, or a toll, as a whole word."""
    return re.compile(rf"\b(?:{_counted_noun_trie(key)}|tolls?)\b", re.IGNORECASE)


def names_a_count(words: str) -> bool:
    """Whether `words` name something counted: a counted noun of the lexicon or a toll ("Russian losses", "the
    death toll", "5,000 people"); not money, a share or "it"."""
    return _counted_word_pattern(len(counted_groups())).search(words) is not None


def _strong_counts(sentence: str, offset: int, low: str | None = None) -> list[CountMention]:
    out: list[CountMention] = []
    if not may_hold(low, ("-strong",)):
        return out
    groups = counted_groups()
    for m in _STRONG_RE.finditer(sentence):
        value = parse_number(m.group("num"))
        if value is None or "troops" not in groups:
            continue
        out.append(
            CountMention(value, value, None, False, None, m.group(0), offset + m.start(), offset + m.end(),
                         groups["troops"], "troops", "")
        )  # fmt: skip
    return out


def _vague_counts(
    sentence: str, offset: int, consumed: list[tuple[int, int]], low: str | None = None
) -> list[CountMention]:
    out: list[CountMention] = []
    if low is not None and not holds_gate(low, _VAGUE_GATE):
        return out
    for m in finditer_lowered(_VAGUE_RE, _VAGUE_SCAN, sentence, low):
        if any(s <= m.start() < e for s, e in consumed):
            continue
        unit = _unit_after(sentence, m.end())
        if unit is None:
            continue
        group, noun, mods, unit_end = unit
        if group.multiplier_only:
            continue
        out.append(
            CountMention(None, None, m.group("vague").lower(), True, None, sentence[m.start():unit_end],
                         offset + m.start(), offset + unit_end, group, noun, mods)
        )  # fmt: skip
    return out


# "41 of them were shot down", "destroyed 12 of them", "at least 4,000 of whom were killed": a part named by a
# pronoun; "the two of them", "all three of them", "both of them" name people, not a part of a count
_PRONOUN_PART: Final = re.compile(
    rf"(?<![{_NOT_BEFORE_A_COUNT}]){_COUNT_LOOKAHEAD}(?:(?P<qual>{_QUALIFIER_ALT})\s+)?(?P<num>{_NUMBER})\s+"
    r"(?:out\s+)?of\s+"
    r"(?:them|whom|those)\b",
    re.IGNORECASE,
)
_NOT_A_PART_BEFORE: Final = re.compile(r"\b(?:the|all|both|these|those|each|every|any)\s+$", re.IGNORECASE)
PRONOUN_PART_WORDS: Final = ("of them", "of whom", "of those")  # one is in every `_PRONOUN_PART` match
# the last word of every `_PRONOUN_PART` match: a whole run of a-z (whitespace before it, \b after it)
_PRONOUN_PART_LAST: Final = ascii_words({"them", "whom", "those"})
_PRONOUN_PART_GATE: Final = word_gate(_PRONOUN_PART_LAST)


def _whole_reaches(between: str) -> bool:
    """Whether a part after `between` can name the count before it: no other number between (dates aside), and
    the part's clause joined to the whole's (a comma, a dash, "and") or its own clause right after."""
    if has_digit(_DATES_BETWEEN.sub(" ", between)):
        return False
    if part_in_own_clause(between):
        return True
    return len(between) <= 80 and _PART_CLAUSE_BEFORE.search(between) is not None


def pronoun_parts(
    sentence: str, offset: int, found: list[CountMention], previous: CountMention | None
) -> list[CountMention]:
    """The parts named by "N of them/whom/those" that `find_counts` left without a noun: what they count is the
    status the part's own verb gives ("two of them were wounded"), else the whole's noun, the count before them
    in the sentence (also a vague one: "several dozen vehicles ... destroyed 12 of them") or, when none is
    before them there, `previous`, the last count of the sentence before ("... 49 drones. 41 of them were shot
    down"). No part without a status or a whole; "one of them" is narrative."""
    out: list[CountMention] = []
    if not _may_hold_word(sentence, _PRONOUN_PART_GATE):
        return out
    for m in _PRONOUN_PART.finditer(sentence):
        start = m.start("num")
        if (
            m.group("num").lower() == "one"
            or _NOT_A_PART_BEFORE.search(sentence, max(0, m.start() - 8), m.start())
            or any(c.start - offset <= start < c.end - offset for c in found)
        ):
            continue
        before = [c for c in found if c.end - offset <= m.start() and not c.group.multiplier_only]
        whole = before[-1] if before else previous
        if before and not _whole_reaches(sentence[before[-1].end - offset : m.start()]):
            whole = None
        status = _unit_from_passive(sentence, m.end())
        value = parse_number(m.group("num"))
        if value is None or (status is None and whole is None):
            continue
        group, unit, mods = (
            (status[0], status[1], status[2])
            if status is not None
            else (whole.group, whole.unit, whole.modifiers)
            if whole is not None
            else (None, "", "")
        )
        if group is None:
            continue
        qualifier = canonical_qualifier(m.group("qual"))
        low, high = bounds(value, qualifier)
        out.append(CountMention(low, high, qualifier, False, None, m.group(0), offset + m.start(), offset + m.end(),
                                group, unit, mods))  # fmt: skip
    return out


# "Of those killed, 31 were children", "Among the dead, 12 were women", "that of the people wounded, 40 were
# soldiers": a part of the people a status befell, the whole named by the status alone (no number of its own)
_FRONTED_STATUS_PART: Final = re.compile(
    r"(?:^|[,;:]\s+|\bthat\s+)[\"“]?(?:of|among)\s+(?:those|the)\s+(?:(?:people|persons|civilians)\s+)?"
    r"(?P<status>killed|dead|wounded|injured|hurt|detained|arrested|missing)\b(?:\s+[\w'’-]+){0,4}?,\s+"
    rf"(?:(?P<qual>{_QUALIFIER_ALT})\s+)?(?P<num>{_NUMBER})\s+(?:were|are|was)\s+",
    re.IGNORECASE,
)
# a further part of the same whole: "..., 31 were women and 12 were children"
_STATUS_PART_GOES_ON: Final = re.compile(
    rf"(?:\s+[\w'’-]+){{0,3}}?(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?P<qual>{_QUALIFIER_ALT})\s+)?(?P<num>{_NUMBER})\s+"
    r"(?:were|are|was)\s+",
    re.IGNORECASE,
)
# the words every `_FRONTED_STATUS_PART` match holds one of
FRONTED_STATUS_WORDS: Final = (
    "of those ", "among those ", "of the people ", "among the people ", "of the persons ", "of the civilians ",
    "among the civilians ", "of the dead", "among the dead", "of the killed", "of the wounded", "among the wounded",
    "of the injured", "among the injured", "of the hurt", "of the detained", "of the arrested", "of the missing",
)  # fmt: skip
_STATUS_NOUNS: Final = {"dead": "killed", "hurt": "injured", "arrested": "detained"}  # the status's counted noun


def fronted_status_parts(sentence: str, offset: int, found: list[CountMention]) -> list[CountMention]:
    """The parts `_FRONTED_STATUS_PART` names, counted as the status befell them ("Of those killed, 31 were
    children": 31 killed), by the noun after their verb when that names people ("children"), else by the status
    ("Of the wounded, 12 were in serious condition": 12 wounded)."""
    out: list[CountMention] = []
    for whole in _FRONTED_STATUS_PART.finditer(sentence):
        status = whole.group("status").lower()
        group = counted_groups()[_STATUS_NOUNS.get(status, status)]  # what befell them: "31 were women": 31 killed
        m: re.Match[str] | None = whole
        while m is not None:
            part = _status_part(sentence, offset, m, group, found)
            if part is None:
                break
            out.append(part)
            m = _STATUS_PART_GOES_ON.match(sentence, part.end - offset)
    return out


def _status_part(
    sentence: str, offset: int, m: re.Match[str], group: CountedGroup, found: list[CountMention]
) -> CountMention | None:
    """The part whose number and verb `m` matched, counted as `group`, by the people the noun after its verb names
    if it does."""
    start = m.start("num")
    value = parse_number(m.group("num"))
    if (
        value is None
        or _YEAR_LIKE.match(m.group("num"))
        or any(c.start - offset <= start < c.end - offset for c in found)
    ):
        return None
    noun, mods, end = group.noun, "", m.end("num")
    unit = _unit_after(sentence, m.end() - 1)
    if unit is not None and unit[0].category in _PEOPLE_LIKE:
        noun, mods, end = unit[1], unit[2], unit[3]
    qualifier = canonical_qualifier(m.group("qual"))
    low, high = bounds(value, qualifier)
    return CountMention(low, high, qualifier, False, None, sentence[start:end], offset + start, offset + end, group,
                        noun, mods)  # fmt: skip


# "a 63-year-old man was wounded", "an elderly woman, 72, died in hospital", "killing a 45-year-old driver": one person
# a toll befell, named with "a" (and an age or a few words that describe them); "a man was detained" is no toll
_ONE_PERSON: Final = (
    r"\b(?P<art>an?)\s+(?P<mods>(?:(?!(?:an?|the)\s)(?:\d{1,3}-year-old|[A-Za-z][a-z-]*)\s+){0,3}?)"
    r"(?P<noun>man|woman|boy|girl|child|person|civilian|teenager|pensioner|resident|worker|employee|driver|rescuer|"
    r"firefighter|police\s+officer|policeman|officer|soldier|serviceman|pilot|medic|paramedic|doctor|nurse|teacher|"
    r"farmer|student|volunteer|journalist|baby|infant)"
)
_ONE_PERSON_TOLL: Final = re.compile(
    rf"{_ONE_PERSON}(?:,\s+(?:aged\s+)?\d{{1,3}},)?(?:\s+(?:was|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:killed|wounded|injured|hurt|hospitali[sz]ed)|\s+(?:has\s+|had\s+)?died)\b|"
    rf"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+{_ONE_PERSON.replace('P<', 'P<a_')}\b(?![\w'’-])",
    re.IGNORECASE,
)
# the words one of which every `_ONE_PERSON_TOLL` match holds
ONE_PERSON_TOLL_WORDS: Final = ("kill", "wound", "injur", "hurt", "hospitali", "died")
# the verb of every `_ONE_PERSON_TOLL` match, each form written out: a whole run of a-z (whitespace or \b before it,
# \b or whitespace after it)
_ONE_PERSON_TOLL_VERBS: Final = ascii_words(
    {"killed", "wounded", "injured", "hurt", "hospitalised", "hospitalized", "died", "killing", "wounding", "injuring"}
)
_ONE_PERSON_TOLL_GATE: Final = word_gate(_ONE_PERSON_TOLL_VERBS)


def may_name_a_one_person_toll(sentence: str) -> bool:
    """Whether `one_person_tolls` may find a count in the sentence: one of its verbs is a run of letters of it."""
    return _may_hold_word(sentence, _ONE_PERSON_TOLL_GATE)


_NOT_ONE_PERSON_MODS: Final = frozenset({"second", "third", "another", "other", "further", "single", "lone"})


def one_person_tolls(sentence: str, offset: int, found: list[CountMention]) -> list[CountMention]:
    """A count of one for each person `_ONE_PERSON_TOLL` names ("a 63-year-old man was wounded"), where no count
    found covers them; "another man", "a second child" add to a count before and are left to it."""
    out: list[CountMention] = []
    for m in _ONE_PERSON_TOLL.finditer(sentence):
        prefix = "" if m.group("noun") is not None else "a_"
        key, mods, start = prefix + "noun", m.group(prefix + "mods") or "", m.start(prefix + "art")
        if any(w in _NOT_ONE_PERSON_MODS for w in mods.lower().split()):
            continue
        if any(c.start - offset < m.end(key) and m.start(key) < c.end - offset for c in found):
            continue
        noun = " ".join(m.group(key).lower().split())
        group = counted_groups().get(noun) or counted_groups()["person"]
        out.append(CountMention(1.0, 1.0, None, False, None, sentence[start : m.end(key)], offset + start,
                                offset + m.end(key), group, noun, mods.strip()))  # fmt: skip
    return out


# "fewer than 1,000 remained", "only about 500 are still left": people who stayed of a group named before
_REMAINING: Final = re.compile(
    rf"(?<![{_NOT_BEFORE_A_COUNT}]){_COUNT_LOOKAHEAD}(?:(?P<qual>{_QUALIFIER_ALT})\s+)?(?P<num>{_NUMBER})\s+(?:still\s+)?"
    r"(?:remain(?:ed|s)?|stay(?:ed|s)?|(?:are|were)\s+(?:still\s+)?left)\b",
    re.IGNORECASE,
)
REMAINING_WORDS: Final = ("remain", "stay", "left")  # one is in every `_REMAINING` match
# the verb of every `_REMAINING` match, each form written out: a whole run of a-z (whitespace before it, \b after it)
_REMAINING_VERBS: Final = ascii_words({"remain", "remained", "remains", "stay", "stayed", "stays", "left"})
_REMAINING_GATE: Final = word_gate(_REMAINING_VERBS)
_PEOPLE_GROUPS: Final = frozenset({"people", "personnel", "displacement"})


_RESIDENTS: Final = re.compile(r"\b(?:people|residents|inhabitants|civilians|population|home\s+to)\b", re.IGNORECASE)


def remaining_counts(
    sentence: str, offset: int, found: list[CountMention], previous: CountMention | None, before_text: str = ""
) -> list[CountMention]:
    """Bare numbers of those who remain ("fewer than 1,000 remained"): they count the people the count before them
    counts, in the sentence or else the last count of the sentence before, `before_text`; with no count there, the
    residents that text or the sentence names ("The town was home to 30,000 people. Fewer than 1,000 remained.")."""
    out: list[CountMention] = []
    if not _may_hold_word(sentence, _REMAINING_GATE):
        return out
    people = counted_groups().get("people")
    for m in _REMAINING.finditer(sentence):
        start = m.start("num")
        if _YEAR_LIKE.match(m.group("num")) or any(c.start - offset <= start < c.end - offset for c in found):
            continue
        before = [c for c in found if c.end - offset <= m.start() and not c.vague]
        whole = before[-1] if before else previous
        if before and has_digit(_DATES_BETWEEN.sub(" ", sentence[before[-1].end - offset : m.start()])):
            continue
        if (
            whole is None
            and people is not None
            and (_RESIDENTS.search(before_text) or _RESIDENTS.search(sentence, 0, m.start()))
        ):
            whole = CountMention(None, None, None, False, None, "", 0, 0, people, "people", "")
        value = parse_number(m.group("num"))
        if whole is None or value is None or whole.vague or whole.group.category not in _PEOPLE_GROUPS:
            continue
        qualifier = canonical_qualifier(m.group("qual"))
        low, high = bounds(value, qualifier)
        out.append(CountMention(low, high, qualifier, False, None, m.group(0), offset + m.start(), offset + m.end(),
                                whole.group, whole.unit, whole.modifiers))  # fmt: skip
    return out


# "Another 300 or so have asked to leave", "He added that about 1,500 more had been wounded", "Of these, 1,956 have
# been eliminated": a number with no noun of its own that adds to or picks from the count before it; a verb (or
# the clause's end) right after it shows no noun is left out ("two more years" is no such count)
_FURTHER_COUNT: Final = re.compile(
    rf"(?<![{_NOT_BEFORE_A_COUNT}])(?P<lead>\b(?:another|a\s+further)\s+|^\W*of\s+(?:these|them|those),?\s+)?"
    rf"{_COUNT_LOOKAHEAD}(?:(?P<qual>{_QUALIFIER_ALT})\s+)?(?P<num>{_NUMBER})(?P<tail>\s+or\s+so\b|\s+more\b)?"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:(?:had|have|has|were|was|are|is|will|would|could|may|might|remain|remained|still|"
    r"also|reportedly|died|fled|left)\b))",
    re.IGNORECASE,
)
FURTHER_WORDS: Final = ("another", "further", " more", "of these", "of them", "of those")  # one is in every match
_FURTHER_HINT: Final = re.compile(
    rf"\b(?:another|a\s+further)\s+(?:(?:{_QUALIFIER_ALT})\s+)?{_NUMBER}|"
    rf"{_NUMBER}\s+more\b|^\W*of\s+(?:these|them|those),?\s",
    re.IGNORECASE,
)


# `_FURTHER_HINT`'s branches apart: the one that opens with a number ("1,500 more") is tried at every character
# of the sentence (the number words' alternation at each), so it runs only where a number may end before "more"
_FURTHER_LEAD: Final = re.compile(rf"\b(?:another|a\s+further)\s+(?:(?:{_QUALIFIER_ALT})\s+)?{_NUMBER}", re.IGNORECASE)
_NUMBER_MORE: Final = re.compile(rf"{_NUMBER}\s+more\b", re.IGNORECASE)
_OF_THESE_OPENING: Final = re.compile(r"^\W*of\s+(?:these|them|those),?\s", re.IGNORECASE)
# the words a `_NUMBER` may end with (lowercase), and the scale letters it may end with right after a digit
_NUMBER_LAST_WORDS: Final = (*UNITS, *TENS, "hundred", "thousand", "million", "billion", "dozen", "half", "of")
_NUMBER_SCALE_LETTERS: Final = frozenset({"k", "m", "mn", "mln", "bn"})


def _number_may_end_before_more(low: str) -> bool:
    """Whether `_NUMBER_MORE` may match in the lowercased sentence: some "more" after whitespace has before that
    whitespace a digit, or a run of letters ending in a number's last word (or a scale letter after a digit)."""
    at = low.find("more")
    while at >= 0:
        end = at
        while end > 0 and low[end - 1].isspace():
            end -= 1
        if end < at and end > 0:
            if low[end - 1].isdigit():
                return True
            begin = end
            while begin > 0 and "a" <= low[begin - 1] <= "z":
                begin -= 1
            run = low[begin:end]
            if run.endswith(_NUMBER_LAST_WORDS):
                return True
            if run in _NUMBER_SCALE_LETTERS and begin > 0 and low[begin - 1].isdigit():
                return True
        at = low.find("more", at + 1)
    return False


def may_go_on_from_a_count(sentence: str) -> bool:
    """Whether the sentence may hold a `further_counts` number (a cheap test before the previous sentence is read):
    `_FURTHER_HINT.search(sentence) is not None`, its number-first branch scanned only where it may match."""
    low = lowered(sentence)
    if low is None:  # a letter case folding treats specially: the whole pattern
        return _FURTHER_HINT.search(sentence) is not None
    if ("another" in low or "further" in low) and _FURTHER_LEAD.search(sentence) is not None:
        return True
    if _OF_THESE_OPENING.match(sentence) is not None:
        return True
    return _number_may_end_before_more(low) and _NUMBER_MORE.search(sentence) is not None


# "another", "further", "more", "these": with the pronoun parts' and the remaining verbs, one of them is a whole run
# of a-z of every sentence `may_name_parts` lets through (`_FURTHER_LEAD`, `_NUMBER_MORE`, `_OF_THESE_OPENING`)
_GOING_ON_WORDS: Final = ascii_words({"another", "further", "more", "these"})
_PARTS_GATE: Final = _PRONOUN_PART_GATE | _REMAINING_GATE | word_gate(_GOING_ON_WORDS)


def may_name_parts_by_words(sentence: str) -> bool:
    """A word gate `may_name_parts` needs: one of the words of the parts, remaining and further readings is a run of
    letters of the sentence (True when `lowered` cannot tell)."""
    return _may_hold_word(sentence, _PARTS_GATE)


def may_name_parts(sentence: str) -> bool:
    """Whether `pronoun_parts`, `remaining_counts` or `further_counts` may find a number in the sentence (the guard
    each of them asks first): else none of them needs the count of the sentence before."""
    return (
        _may_hold_word(sentence, _PRONOUN_PART_GATE)
        or _may_hold_word(sentence, _REMAINING_GATE)
        or may_go_on_from_a_count(sentence)
    )


# FURTHER_WORDS but those of PRONOUN_PART_WORDS, which `may_read_parts` has found absent before it asks for these
_FURTHER_NOT_PRONOUN_WORDS: Final = tuple(w for w in FURTHER_WORDS if w not in PRONOUN_PART_WORDS)


def may_read_parts(sentence: str) -> bool:
    """Whether the parts, remaining and further readings may find a number in the sentence, cheapest test first: the
    word gate (`may_name_parts_by_words`, a bit of the sentence's word mask), then the needles each reading's
    pattern holds, then the readings' own guards (`may_name_parts`)."""
    if not may_name_parts_by_words(sentence):
        return False
    low = lowered(sentence)
    if not (
        may_hold(low, PRONOUN_PART_WORDS)
        or (sentence_has_digit(sentence) and may_hold(low, REMAINING_WORDS))
        or may_hold(low, _FURTHER_NOT_PRONOUN_WORDS)
        and may_go_on_from_a_count(sentence)
    ):
        return False
    return may_name_parts(sentence)


def further_counts(
    sentence: str, offset: int, found: list[CountMention], previous: CountMention | None
) -> list[CountMention]:
    """Bare numbers that go on from a count before them (`_FURTHER_COUNT`): "another 300", "1,500 more", "Of these,
    1,956": they count what the count before them in the sentence counts or else `previous`, the last count of the
    sentence before. A number found with a noun of its own, or with no such word ("another", "a further", "more", an
    opening "of these"), is none."""
    out: list[CountMention] = []
    if not may_go_on_from_a_count(sentence):  # a match with neither a lead nor "more" after it counts nothing
        return out
    for m in _FURTHER_COUNT.finditer(sentence):
        start = m.start("num")
        lead, tail = m.group("lead"), m.group("tail")
        if not (lead or (tail and tail.strip().lower() == "more")) or (tail and not lead and "so" in tail.lower()):
            continue
        if _YEAR_LIKE.match(m.group("num")) or any(c.start - offset <= start < c.end - offset for c in found):
            continue
        before = [c for c in (*found, *out) if c.end - offset <= m.start() and not c.group.multiplier_only]
        whole = before[-1] if before else previous
        if before and has_digit(_DATES_BETWEEN.sub(" ", sentence[before[-1].end - offset : m.start()])):
            continue
        value = parse_number(m.group("num"))
        if whole is None or value is None or whole.vague:
            continue
        qualifier = canonical_qualifier(m.group("qual"))
        low, high = bounds(value, qualifier)
        out.append(CountMention(low, high, qualifier, False, None, m.group(0).strip(), offset + m.start(),
                                offset + m.end(), whole.group, whole.unit, whole.modifiers))  # fmt: skip
    return out


# a count whose verb and noun are gapped after "and" and a name: "Romania registered 680,000 arrivals, and Hungary
# around 410,000", "Russia lost 200 tanks and Ukraine 150": the name, its number, the clause's end
_GAPPED_COUNT: Final = re.compile(
    rf"(?:,\s*|\s+)and\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+{_qualified_number('')}"
    r"(?=\s*(?:[,.;:!?)]|$))"
)
_NOT_GAPPED_NAMES: Final = frozenset("January February March April May June July August September October November "
                                     "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())  # fmt: skip


def gapped_counts(sentence: str, offset: int, found: list[CountMention]) -> list[CountMention]:
    """Numbers after "and" and a name that count what the count before them counts, their verb and noun gapped
    ("Romania registered 680,000 arrivals, and Hungary around 410,000"); a month and its year ("in February and
    March 2023"), a year, a number already counted or a vague count before are none."""
    out: list[CountMention] = []
    for m in _GAPPED_COUNT.finditer(sentence):
        start = m.start("num")
        if m.group("name").split()[0] in _NOT_GAPPED_NAMES or _YEAR_LIKE.match(m.group("num")):
            continue
        if any(c.start - offset <= start < c.end - offset for c in found):
            continue
        before = [c for c in found if c.end - offset <= m.start() and not c.group.multiplier_only]
        value = parse_number(m.group("num"))
        if not before or before[-1].vague or value is None:
            continue
        whole = before[-1]
        qualifier = canonical_qualifier(m.group("qual"))
        low, high = bounds(value, qualifier)
        begin = m.start("qual") if m.group("qual") else start
        out.append(CountMention(low, high, qualifier, False, None, sentence[begin : m.end()], offset + begin,
                                offset + m.end(), whole.group, whole.unit, whole.modifiers))  # fmt: skip
    return out


# a number whose noun the sentence before named, said in the answer's next breath: "Rafah had 250,000 people before
# the war. Today there are more than 1.4 million.", "140 trucks a day entered in January. This month it is fewer
# than 100, ...", "we fire maybe 200 shells. The Russians fire three or four thousand in our sector." (the same verb)
_ELIDED_RANGE: Final = rf"(?:\s+(?:or|to)\s+(?P<num2>{_NUMBER}))?(?![\w-])"
# "Now it is around 80 thousand - she said." ends at the dash; "it is 50 - 60 percent" does not
_ELIDED_END: Final = (
    r"(?=\s*(?:[,;.!?\"”]|$)|\s+(?:in|on|at|a\s+day|a\s+week|per|every|each|now|today)\b|"
    r"\s+[–—-]\s+(?![\d–—-]))"
)
_EXISTENTIAL_COUNT: Final = re.compile(
    rf"\b(?:there\s+(?:are|were|is)|(?:it|that)\s+(?:is|was))\s+(?:now\s+|still\s+|only\s+|just\s+)?"
    rf"{_QUOTED_COUNT_LOOKAHEAD}{_qualified_number('')}{_ELIDED_RANGE}{_ELIDED_END}",
    re.IGNORECASE,
)
# its lowercase twin, scanned from one word start to the next (each branch opens with a letter): `search_lowered`
_EXISTENTIAL_SCAN: Final = word_start_scan(lowercase_twin(_EXISTENTIAL_COUNT))
_HEDGES: Final = r"(?:(?:maybe|perhaps|probably|roughly|some)\s+)?"
_BARE_AFTER_WORD: Final = re.compile(
    rf"\b(?P<verb>[a-z]{{3,}})\s+{_HEDGES}{_QUOTED_COUNT_LOOKAHEAD}{_qualified_number('')}{_ELIDED_RANGE}{_ELIDED_END}"
)
_VERB_BEFORE_COUNT: Final = re.compile(rf"\b(?P<verb>[a-z]{{3,}})\s+{_HEDGES}$")
ELIDED_NOUN_WORDS: Final = ("there are", "there were", "there is", "it is", "it was", "that is", "that was")


def elided_noun_counts(
    sentence: str, offset: int, previous: CountMention | None, before_text: str, before_start: int
) -> list[CountMention]:
    """Bare numbers in a sentence with no count of its own that take the noun of `previous`, the last count of
    the sentence before (`before_text`, starting at `before_start`): after "there are" or "it is" ("Today there
    are more than 1.4 million."), or after the very verb that came before that count ("we fire 200 shells. They
    fire three or four thousand in our sector."). Years, vague and multiplying counts lend no noun."""
    if previous is None or previous.vague or previous.group.multiplier_only:
        return []
    verb = _VERB_BEFORE_COUNT.search(
        before_text, max(0, previous.start - before_start - 40), previous.start - before_start
    )
    same_verb = verb.group("verb").lower().rstrip("s") if verb is not None else None  # "fire" and "fires"
    out: list[CountMention] = []
    matches = list(_EXISTENTIAL_COUNT.finditer(sentence))
    if same_verb is not None and verb is not None and verb.group("verb").lower() not in _NOT_VERBS:
        matches += [m for m in _BARE_AFTER_WORD.finditer(sentence) if m.group("verb").lower().rstrip("s") == same_verb]
    for m in matches:
        if _YEAR_LIKE.match(m.group("num")):
            continue
        v1, v2 = _range_values(m.group("num"), m.group("num2"))
        if v1 is None:
            continue
        qualifier = "between" if v2 is not None else canonical_qualifier(m.group("qual"))
        low, high = bounds(v1, qualifier, v2)
        start = m.start("qual") if m.group("qual") else m.start("num")
        out.append(CountMention(low, high, qualifier, False, None, sentence[start : m.end()], offset + start,
                                offset + m.end(), previous.group, previous.unit, previous.modifiers))  # fmt: skip
    return sorted(out, key=lambda c: c.start)


# an item of a list of counts by place, its noun left to the lead-in: "Odesa region – 6;", "Kharkiv: 12,", "Sumy
# oblast - about 40." (a capitalised place of one to four words, no month, a dash or a colon, a number, then the
# item's end)
_PLACE_ITEM: Final = re.compile(
    rf"[ \t]*(?!(?:{_MONTHS})\b)(?P<place>[A-Z](?:[^\W\d_]|['’.-])*(?:[ \t]+(?:[^\W\d_]|['’.-])+){{0,3}}?)[ \t]*"
    rf"(?:[–—-]|:)[ \t]*{_qualified_number('')}"
    r"[ \t]*[;,.]?[ \t]*$"
)


def placed_item_counts(item: str, offset: int, lead_in: str) -> list[CountMention]:
    """The count of a list item that names a place and a bare number ("Mykolaiv region – 4;") under a lead-in that
    names what is counted and leaves the place to the items ("The drones were downed over these regions:"): the
    lead-in's last counted noun before its colon, as a part of a list of counts by place takes its whole's noun
    (`_part_of_whole`). None when the item is no such pair, its words are a counted noun ("Tanks – 269" is a count
    of its own) or the lead-in names no counted noun."""
    m = _PLACE_ITEM.match(item)
    if m is None or _YEAR_LIKE.match(m.group("num")) or counted_groups().get(m.group("place").lower()) is not None:
        return []
    named = _noun_before_change(len(counted_groups())).findall(lead_in.rstrip().rstrip(":"))
    group = counted_groups().get(" ".join(named[-1].lower().split())) if named else None
    if group is None or group.multiplier_only:
        return []
    start = m.start("qual") if m.group("qual") else m.start("num")
    count = _count_of_match(m, None, item, offset, start, m.end("num"), (group, group.noun, ""))
    return [count] if count is not None else []


def may_have_elided_noun(sentence: str) -> bool:
    """Whether a sentence with no count may hold one whose noun is elided (`elided_noun_counts`): a number after
    "there are"/"it is" or after a lowercase word, at a clause's end."""
    return _may_hold_a_count(sentence) and (
        search_lowered(_EXISTENTIAL_COUNT, _EXISTENTIAL_SCAN, sentence) or _BARE_AFTER_WORD.search(sentence) is not None
    )


# words before a count that are no verb a later sentence could repeat ("of", "than", "and", "the", "about")
_NOT_VERBS: Final = frozenset(
    "the and but than of for with from into about around nearly almost over under some "
    "only just least most more less all another".split()
)
