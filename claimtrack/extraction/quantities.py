"""Find counts in a sentence: the number, its qualifier, range, multiplier and the counted group.

A count is a number followed (within a few modifier words) by a counted noun from the units
lexicon: "at least 3,000 soldiers", "two brigades of up to 6,000 personnel each", "100 killed",
"thousands of troops". Bounds come from `bounds.py`. Years, money, percentages, ages, distances,
model names ("T-72") and times are not counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from claimtrack.extraction.bounds import QUALIFIER_BOUNDS, bounds, canonical_qualifier
from claimtrack.extraction.count_refs import RESPECTIVELY, listed_after, part_in_own_clause
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.lexicons import CountedGroup, alternation, counted_groups, side_by_capital, side_by_form
from claimtrack.extraction.numbers import COMPOUND_SCALE, DIGITS, FRACTION_OF_SCALE, SCALE, TENS, UNITS, parse_number
from claimtrack.extraction.open_nouns import OPEN_CATEGORY, open_group, open_noun_after
from claimtrack.extraction.prefilter import (
    StartScan,
    ascii_words,
    finditer_lowered,
    folded,
    has_digit,
    holds_gate,
    is_space_at,
    is_word_char,
    lowercase_twin,
    lowered,
    may_glue_a_stop,
    may_hold,
    search_lowered,
    sentence_has_digit,
    trie_alternation,
    word_gate,
    word_start_scan,
)

VAGUE_AMOUNTS: Final = (
    "tens of thousands", "hundreds of thousands", "thousands", "hundreds", "dozens", "scores",
    "several thousand", "several hundred", "several dozen", "a few thousand", "a few hundred", "a few dozen",
    "many thousands", "many hundreds", "some thousands", "several tens of thousands", "a number of",
)  # fmt: skip

# Words that may stand between a number and its counted noun ("18 North Korean soldiers").
# Anything in this set ends the modifier run: the noun is then not the number's.
_NOT_MODIFIERS: Final = frozenset(
    """
    of in on at to from by with for or but nor than as that which who whom whose where when while
    is are was were be been being have has had will would could should may might must can do does did
    it its he she they we i you their his her our my your them this these those there here per each a an the mm km
    kilometers
    kilometres miles meters metres tons tonnes kg percent years year days months weeks hours minutes
    died perished times less millimeter millimetre caliber calibre square feet yards
    dollars euros pounds roubles rubles hryvnias hryvnia yuan francs zlotys
    """.split()
)
# a month after a day number ("24 February", "12 Sept."), as a whole word: "20 marines", "12 mayors" and "120
# separatists" begin with a month's first letters and are counts
_MONTH_AFTER_DAY: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MEASURE_AFTER: Final = re.compile(
    r"\s*(?:%|percent\b|\s(?:of\s+)?"
    + _MONTH_AFTER_DAY
    + r"\.?(?:\s|$)|per\s?cent\b|-(?:year|month|day|week|hour|minute|km|mile|meter|metre|"  # noqa: E501
    r"foot|page|point|member|nation|storey|story|seat)\b|:\d|/\d|(?:st|nd|rd|th)\b|"
    r"\s?[ap]\.?m\b\.?|\s(?:GMT|UTC|CET|EET|hrs|o['’]\s?clock)\b)",
    re.I,
)  # clock times
_MONEY_BEFORE: Final = re.compile(r"(?:[$€£₴₽¥]|\b(?:US|USD|EUR|GBP|UAH|PLN|RUB|Rs)\s?)$")
_MONTHS: Final = (
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|"
    r"August|September|October|November|December"
)
_DATE_BEFORE: Final = re.compile(rf"\b(?:{_MONTHS})\.?\s*$|\b(?:No|Article|Nord Stream|Stream|page|Minsk)\.?\s*$", re.I)
_YEAR_LIKE: Final = re.compile(r"^(?:19|20)\d\d$")

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
# a bound before a multiplier: "up to five battalions of 400 each"
_MULTIPLIER_QUALIFIER_RE: Final = re.compile(rf"(?<![\w-])(?P<qual>{_QUALIFIER_ALT})\s+\Z", re.IGNORECASE)
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


@lru_cache(maxsize=4)
def _unit_pattern(key: int) -> re.Pattern[str]:
    nouns = _counted_nouns(key)
    return re.compile(
        r"(?:\s+of(?:\s+(?:its|their|the|his|her|our|them|those))?)?"
        r"(?P<mods>(?:\s+[\w'’.\-\"“”/]+){0,4}?)"  # quoted names, slashed models: Shahed-136/131 drones
        rf"\s+[\"“'‘]?(?P<unit>{nouns})(?![\w-])",  # a noun in scare quotes: over 400 "nationalists"
        re.IGNORECASE,
    )


def unit_pattern() -> re.Pattern[str]:
    return _unit_pattern(len(counted_groups()))


@lru_cache(maxsize=4)
def _unit_twin(key: int) -> re.Pattern[str]:
    """`_unit_pattern` for the lowercased sentence: lowercase, its nouns as a trie (see `_COUNT_TWIN`)."""
    nouns = trie_alternation(list(counted_groups()), space=r"\s+")
    return re.compile(
        r"(?:\s+of(?:\s+(?:its|their|the|his|her|our|them|those))?)?"
        r"(?P<mods>(?:\s+[\w'’.\-\"“”/]+){0,4}?)"  # quoted names, slashed models: Shahed-136/131 drones
        rf"\s+[\"“'‘]?(?P<unit>{nouns})(?![\w-])"
    )


_VERB_COUNT_RE: Final = re.compile(
    r"\b(?P<verb>killed|killing|kills|executed|executing|injured|injuring|wounded|wounding|captured|capturing|"
    r"detained|detaining|arrested|arresting|"
    r"evacuated|evacuating|deported|deporting|rescued|rescuing)\s+$",
    re.IGNORECASE,
)
# from word start to word start: no \b tried at every character
_VERB_COUNT_SCAN: Final = word_start_scan(_VERB_COUNT_RE)
_VERB_UNITS: Final = {
    "exec": "killed",
    "kill": "killed",
    "inju": "injured",
    "woun": "wounded",
    "capt": "captured",
    "deta": "detained",  # noqa: E501
    "evac": "evacuated",
    "depo": "deported",
    "abdu": "detained",
    "arre": "detained",
    "resc": "rescued",
    "pull": "rescued",
    "hurt": "injured",
    "hosp": "injured",  # "two of them had been hospitalised": the injured taken to hospital
    "take": "captured",
}
_EACH_RE: Final = re.compile(r"\s*(?:each|apiece|every one)\b", re.I)
_FORMATION_OF_RE: Final = re.compile(
    rf"(?P<mult>\b(?:\d+|{_WORD}))\s+(?:[\w'’.-]+\s+){{0,3}}?(?P<formation>\w+)\s+of\s*$", re.I
)  # noqa: E501


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


_NUMBER_WORDS_IN_MODS: Final = frozenset([*UNITS, *TENS, "hundred", "thousand", "million", "billion"])
# T-72, Su-25, M777; variants joined by a slash: Shahed-136/131, Kh-101/Kh-555
_MODEL_NAME: Final = re.compile(r"^[A-Za-z]+-?\d+[A-Za-z]*(?:/(?:[A-Za-z]+-?)?\d+[A-Za-z]*)*$")


def _modifiers_ok(mods: str) -> bool:
    """Whether the words between a number and its noun can qualify the noun ("North Korean", "T-72", "Leopard 2").

    "and" may join two modifiers ("500 Russian and Belarusian troops") but never opens them: in "killed 14 and
    wounded 30" the number stands alone and "wounded" is the next clause's verb."""
    previous = ""
    words = mods.split()
    if words and words[0].lower() == "and":
        return False
    for word in words:
        if word.lower().strip(".,") in _NOT_MODIFIERS or word.lower() in _NUMBER_WORDS_IN_MODS:
            return False  # "two Su-25s and three Ka-52 helicopters": a second number has the noun
        if any(c.isdigit() for c in word) and not _MODEL_NAME.match(word) and not _model_number(previous, word):
            return False
        previous = word
    return True


def _model_number(previous: str, word: str) -> bool:
    """A short number after a capitalised name is the model's: "Leopard 2", "Challenger 2", "Patriot 3"."""
    return word.isdigit() and len(word) <= 2 and previous[:1].isupper() and previous.isalpha()


_CASES_OF: Final = re.compile(r"\s+(?:cases|incidents|instances)\s+of", re.IGNORECASE)
# "100,000 items of headgear", "20,000 sets of uniforms": a measure word before the counted noun
_ITEMS_OF: Final = re.compile(r"\s+(?:items|sets|pairs|pieces|suits|kits)\s+of(?=\s)", re.IGNORECASE)
# counted nouns that are also participles or adjectives qualifying a noun after them ("300 captured tanks")
_PARTICIPLE_NOUNS: Final = frozenset(
    {
        "captured",
        "detained",
        "killed",
        "dead",
        "wounded",
        "injured",
        "missing",
        "displaced",
        "evacuated",
        "mobilized",
        "mobilised",
    }
)
_PARTICIPLE_NOUN_AFTER: Final = re.compile(r"(?P<mods>(?:\s+[\w'’-]+){0,2}?)(?=\s+\S)")
_NEXT_WORD: Final = re.compile(r"\s+([\w-]+)")


def _noun_after_participle(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """The counted noun a participle qualifies, at most two words after it ("captured Russian tanks"), or None."""
    m = unit_pattern().match(sentence, pos)
    if (
        m is None
        or m.group(0)[:4].strip().lower() == "of"
        or len(m.group("mods").split()) > 2
        or not _modifiers_ok(m.group("mods"))
    ):
        return None
    unit = " ".join(m.group("unit").lower().split())
    group = counted_groups().get(unit)
    if group is None or group.multiplier_only or unit in _PARTICIPLE_NOUNS:
        return None
    return group, unit, m.group("mods").strip(), m.end()


# what the word after a count's whitespace opens with where `_CASES_OF` or `_ITEMS_OF` matches: the first letters of
# their nouns in either case, and the letters that match i, s or k without case (İ, ı, ſ and the Kelvin sign)
_MEASURE_NOUN_OPENINGS: Final = "cCiIsSpPkK\u0130\u0131\u017f\u212a"


def _may_open_a_measure(sentence: str, pos: int) -> bool:
    """Whether whitespace follows `pos` and the word after it opens with one of `_MEASURE_NOUN_OPENINGS`: what both
    `_CASES_OF` and `_ITEMS_OF` need at `pos` (`\\s+` then their nouns)."""
    size = len(sentence)
    i = pos
    while i < size and is_space_at(sentence, i):
        i += 1
    return pos < i < size and sentence[i] in _MEASURE_NOUN_OPENINGS


def _unit_after(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    measure = _may_open_a_measure(sentence, pos)
    cases = _CASES_OF.match(sentence, pos) if measure else None
    if cases:  # "77 cases of civilians being executed": the cases count the civilians
        pos = cases.end()
    elif measure:
        items = _ITEMS_OF.match(sentence, pos)
        pos = items.end() if items else pos
    low = lowered(sentence)
    m = unit_pattern().match(sentence, pos) if low is None else _unit_twin(len(counted_groups())).match(low, pos)
    mods = sentence[m.start("mods") : m.end("mods")] if m else ""  # as written, also when matched in lowercase
    if cases and (not m or not _modifiers_ok(mods)):
        return _cases_of_status(sentence, cases.end())
    if not m or not _modifiers_ok(mods):
        return None
    unit = " ".join(m.group("unit").lower().split())
    group = counted_groups().get(unit)
    if group is None or _counts_events(sentence, m.end()):
        return None
    mods, end = mods.strip(), m.end()
    if unit in _PARTICIPLE_NOUNS:  # "300 captured tanks", "40 dead civilians": the participle qualifies a noun
        noun = _noun_after_participle(sentence, end)
        if noun is not None:
            group, unit, end = noun[0], noun[1], noun[3]
            mods = " ".join(w for w in (mods, sentence[m.start("unit") : m.end("unit")], noun[2]) if w)
            return group, unit, mods, end
    head = _compound_head(sentence, end)
    if head is not None:  # "one special forces detachment": the last noun of a compound is the head
        mods, unit, end = f"{mods} {sentence[m.start('unit') : m.end('unit')]}".strip(), head[0], head[1]
        group = counted_groups()[unit]
    return group, unit, mods, end


# what "rounds of", "waves of" count when they are no ammunition and no troops: meetings and measures, not things
_EVENT_NOUNS: Final = (
    "talks",
    "negotiations",
    "consultations",
    "discussions",
    "meetings",
    "sanctions",
    "voting",
    "votes",
    "elections",
    "applause",
    "questions",
    "mobilisation",
    "mobilization",
    "peace talks",
)
_EVENTS_OF: Final = re.compile(rf"\s+of\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{'|'.join(_EVENT_NOUNS)})\b", re.IGNORECASE)


def _counts_events(sentence: str, end: int) -> bool:
    """Whether a unit counts events: "three rounds of peaceful talks", "two rounds of sanctions"."""
    return _EVENTS_OF.match(sentence, end) is not None


_PASSIVE_AFTER: Final = re.compile(
    r"(?P<mods>(?:\s+[a-z][a-z-]+){0,3}?)"  # who, when the lexicon lacks the noun: "four media workers"
    r"\s+(?:(?:(?:have|has|had)\s+(?:already\s+|reportedly\s+|now\s+|since\s+)?been|were|are|was)\s+(?:\w+ly\s+)?"
    r"(?P<verb>killed|executed|injured|wounded|hurt|hospitali[sz]ed|captured|detained|arrested|evacuated|deported|"
    r"displaced|"
    # "three were pulled out alive": rescued
    r"abducted|rescued|taken\s+(?:prisoner|captive|hostage)|pulled(?=\s+(?:out\s+)?alive\b))|"
    r"(?:(?:have|has|had)\s+(?:already\s+|reportedly\s+|since\s+)?)?(?P<died>died|perished))\b",
)


def _unit_from_passive(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """'more than five million have been internally displaced', 'four media workers had been killed', 'one had
    died': the participle names what is counted; the words before it, if any, say who."""
    m = _PASSIVE_AFTER.match(sentence, pos)
    if m is None or not _modifiers_ok(m.group("mods")):
        return None
    verb = "killed" if m.group("died") else folded(m.group("verb"))
    noun = "displaced people" if verb == "displaced" else _VERB_UNITS[verb[:4]]
    group = counted_groups().get(noun)
    return (group, noun, m.group("mods").strip(), m.end("mods")) if group else None


_MODEL_PLURAL: Final = re.compile(r"^[A-Za-z]+-?\d+s$")  # Su-25s, F-16s, T-72s: a model named as the plural noun
_COORDINATED: Final = re.compile(r"(?P<mods>(?:\s+[A-Za-z'’.-]+){1,3}?)\s+(?:and|or)\s+(?=\S)")


_BARE_ITEM_JOIN: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _respective_next(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """'12 and 30 people were killed and injured, respectively', '95, 90 and 4 captives respectively': in a
    sentence read with "respectively", a bare number in a list shares the noun of the list's last number."""
    join = _BARE_ITEM_JOIN.match(sentence, pos)
    nxt = _COUNT_MATCHER.match(sentence, join.end()) if join is not None else None
    if nxt is None or nxt.group("qual") or nxt.group("num2"):
        return None
    unit = _unit_after(sentence, nxt.end()) or _respective_next(sentence, nxt.end())
    return (unit[0], unit[1], "", pos) if unit is not None else None


def _shared_unit(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """'7,000 North Korean and 3,000 Russian soldiers': the first number shares the second one's noun."""
    if RESPECTIVELY in sentence and (bare := _respective_next(sentence, pos)) is not None:
        return bare
    m = _COORDINATED.match(sentence, pos)
    if m is None or not _modifiers_ok(m.group("mods")):
        return None
    nxt = _COUNT_MATCHER.match(sentence, m.end())
    if nxt is None or any(_MODEL_PLURAL.match(word) for word in m.group("mods").split()):
        return None  # "two Su-25s and three Ka-52 helicopters": the first number has a noun of its own
    unit = _unit_after(sentence, nxt.end())
    if unit is None:
        return None
    group, noun, _, _ = unit
    return group, noun, m.group("mods").strip(), pos + len(m.group("mods"))


# what joins a part to its whole: "35 of the 50 drones", "20 out of 25 missiles", "two of the navy's six destroyers",
# "18 of Hamas' 24 battalions"; the possessive first: "of the navy's" is no "of the"
PARTITIVE_OF: Final = (
    r"(?:out\s+)?of\s+(?:(?:the\s+)?[A-Za-z][\w-]*(?:['’]s|s['’])\s+|the\s+|all\s+|"
    r"a\s+total\s+of\s+|(?:its|their|our|his|her)\s+)?"
)
_PARTITIVE: Final = re.compile(rf"\s+{PARTITIVE_OF}(?=\S)", re.IGNORECASE)


def _partitive_unit(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """'shot down 35 of the 50 drones': the part counts what the whole counts."""
    m = _PARTITIVE.match(sentence, pos)
    if m is None:
        return None
    whole = _COUNT_MATCHER.match(sentence, m.end())
    if whole is None:
        return None
    unit = _unit_after(sentence, whole.end())
    return (unit[0], unit[1], "", pos) if unit is not None else None


def _partitive_open_unit(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """'51 of 61 planned aid missions were denied': the part counts the open noun of its whole (a sentence with a
    claimant)."""
    m = _PARTITIVE.match(sentence, pos)
    whole = _COUNT_MATCHER.match(sentence, m.end()) if m is not None else None
    phrase = open_noun_after(sentence, whole.end()) if whole is not None else None
    return (open_group(phrase[2]), phrase[0], "", pos) if phrase is not None else None


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


_STATUS_NOUN: Final = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:detention|torture|execution|killing|abduction|deportation|disappearance|"
    r"rape|sexual\s+violence|ill-treatment)s?\b",
    re.IGNORECASE,
)


def _cases_of_status(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """'75 cases of arbitrary detention': cases of what was done to people count those people."""
    m = _STATUS_NOUN.match(sentence, pos)
    group = counted_groups().get("people")
    if m is None or group is None:
        return None
    return group, "cases", "", m.end()


def _compound_head(sentence: str, pos: int) -> tuple[str, int] | None:
    """A counted noun right after a counted noun ("special forces detachment") is the compound's head."""
    m = _NEXT_WORD.match(sentence, pos)
    if m is None:
        return None
    word = m.group(1).lower()
    group = counted_groups().get(word)
    if group is None or group.category != "formations":
        return None
    return word, m.end()


# "one" counts only with a singular casualty noun: "one woman was killed", "one person injured"
_SINGULAR_OK: Final = frozenset(
    {
        "person",
        "woman",
        "man",
        "child",
        "boy",
        "girl",
        "civilian",
        "soldier",
        "serviceman",
        "killed",
        "injured",
        "wounded",
        "captured",
        "detained",
        "detachment",
        "brigade",
        "battalion",
        "squadron",
        "regiment",
        "division",
    }
)


# after "one" and its noun, what befell that one thing: "one worker at the depot was killed", "one tank was
# destroyed", "one employee of the company has been injured": the "one" counts it (a short "at/of/in" phrase between);
# "one ship was hit by debris" is narrative
_ONE_THING_HIT: Final = re.compile(
    r"(?:\s+(?:at|of|in|on|from)\s+(?:the\s+|an?\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?"
    r"\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|seriously\s+|fatally\s+)?"
    r"(?:killed|wounded|injured|hurt|destroyed|damaged|shot\s+down|downed|intercepted|captured|detained)\b",
    re.IGNORECASE,
)


_NOT_BEFORE: Final = re.compile(r"\bnot\s+$", re.IGNORECASE)
# a capitalised word that is a day or month, not a model's name ("on Monday 3 drones")
_CALENDAR_NAMES: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)


# after "one" and its noun: another count joined by "and" or a comma ("one tank and six motor vehicles")
_LIST_GOES_ON: Final = re.compile(
    rf"(?:\s+[\w-]+){{1,3}}?(?:,|\s+and)\s+(?:(?:up\s+to|about|over)\s+)?{_NUMBER}(?![\w-])", re.IGNORECASE
)


def _listed_one(sentence: str, offset: int, m: re.Match[str], found: list[CountMention], group: CountedGroup) -> bool:
    """'18 drones, two cruise missiles and one ballistic missile': "one" ends a list of counts of the same kind."""
    if not found or m.group("qual"):
        return False
    last = found[-1]
    if last.vague or not listed_after(sentence[last.end - offset : m.start()]):
        return False
    # "losses amounted to 340 servicemen, one tank and six motor vehicles": a loss list of several kinds goes on
    return last.group.category == group.category or _LIST_GOES_ON.match(sentence, m.end()) is not None


def _model_number_before(sentence: str, m: re.Match[str], group: CountedGroup) -> bool:
    """'Leopard 2 tanks': a one-digit number right after a name that is no day, month, side or place names
    the model of the materiel after it (the caller checked that a capitalised word stands before it)."""
    if group.category != "materiel" or not m.group("num").isdigit() or len(m.group("num")) != 1 or m.group("qual"):
        return False
    name = sentence[: m.start()].split()[-1]
    return (
        name.lower() not in _CALENDAR_NAMES
        and side_by_form(name) is None
        and side_by_capital(name) is None
        and load_gazetteer().lookup(name) is None
    )  # "in Kharkiv 3 rockets fell"


_NAME_BEFORE: Final = re.compile(r"(?<=\S\s)[A-Z][A-Za-z]+\s$")  # a capitalised word that does not begin the sentence


def _after_a_name(sentence: str, start: int) -> bool:
    """Whether a capitalised word (not the first of the sentence) stands just before the number at `start`:
    `_NAME_BEFORE.search(sentence, max(0, start - 40), start)`, read by code. Its `\\s$` is the space before `start`
    (`$` at the end, none before a newline: a space ends the text), so the match is the whole run of ASCII letters
    before that space (a later start has a letter, not whitespace, before it), if the run opens with a capital
    within the window after whitespace that follows a non-whitespace character."""
    if start < 4 or sentence[start - 1] != " ":
        return False
    first = start - 1
    while first > 0 and _is_ascii_letter(sentence[first - 1]):
        first -= 1
    return (
        start - 1 - first >= 2
        and first >= max(2, start - 40)
        and "A" <= sentence[first] <= "Z"
        and sentence[first - 1].isspace()
        and not sentence[first - 2].isspace()
    )


def _is_ascii_letter(char: str) -> bool:
    """Whether `char` is in [A-Za-z]."""
    return "a" <= char <= "z" or "A" <= char <= "Z"


@lru_cache(maxsize=4)
def _singular_nouns(key: int) -> frozenset[str]:
    """The counted nouns that are a singular form of another ("tank" of "tanks"); "troop" also qualifies a noun
    ("a 3,000 troop contingent")."""
    nouns = counted_groups()
    irregular = {"man": "men", "woman": "women", "child": "children", "person": "people"}
    return frozenset(n for n in nouns if n != "troop" and (f"{n}s" in nouns or irregular.get(n) in nouns))


# a number followed by one of these is a time, share, distance, area or factor ("killed two months later", "captured
# 500 square kilometres")
_TIME_OR_MEASURE_AFTER: Final = re.compile(
    r"\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|"
    r"square\s+(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)|sq\.?\s*(?:km|mi|miles?)|km2|km²|hectares?|acres?|"
    r"%|percent|per\s?cent|[ap]\.?m\.?)(?![\w-])",
    re.IGNORECASE,
)


# after "killed N": a share ("one in five", "two of them"), a range or rate ("to", "from", "by", "per", "%"), a number
# after "on"/"at"; "in"/"on"/"at" before words stay: "injured 11 in Kherson", "killed 7 at a checkpoint" count people
_NOT_COUNTED_AFTER_VERB: Final = re.compile(
    r"\s*(?:of(?!\s+(?:them|those|whom)\b)|in\s+(?:\d+|every|an?|one|two|three|four|five|six|seven|eight|nine|ten)\b|"
    r"(?:on|at)\s+\d+|to|from|by|per|%|percent)\b"
)


def _unit_after_quoted_figure(sentence: str, num_start: int, num_end: int) -> tuple[CountedGroup, str, str, int] | None:
    """'"well over 100,000" Russian troops', '“more than 150,000” volunteers': a figure quoted on its own (the quote
    opens at most a few lowercase words before the number and closes right after it) counts the noun after the
    quote."""
    if num_end >= len(sentence) or sentence[num_end] not in '"”':
        return None
    opening = max(sentence.rfind('"', 0, num_start), sentence.rfind("“", 0, num_start))
    before = sentence[opening + 1 : num_start].strip() if opening >= 0 else ""
    if (
        opening < 0
        or num_start - opening > _QUOTED_FIGURE_REACH
        or (before and not before.islower())
        or any(q in before for q in '"“”')
    ):
        return None  # '"Leopard 2" tanks': a name's number is a model
    return _unit_after(sentence, num_end + 1)


# the last letters of the verbs of `_VERB_COUNT_RE` ("killed", "killing", "kills") in either case, and the long s that
# matches "s" without case: one ends the word before the whitespace that ends each of its matches
_COUNT_VERB_LAST_LETTERS: Final = "dDgGsS\u017f"
_QUOTED_FIGURE_REACH: Final = 24  # the quote opens before the figure's qualifier ("well over", "at least")


def _unit_from_verb(sentence: str, num_start: int, num_end: int) -> tuple[CountedGroup, str, str, int] | None:
    """'injured at least 30,000' / 'killing 20': the verb before the number names what is counted."""
    if not _word_before_ends_with(sentence, num_start, _COUNT_VERB_LAST_LETTERS):
        return None  # no verb of `_VERB_COUNT_RE` right before the whitespace before the number
    verb = _VERB_COUNT_SCAN.search(sentence[max(0, num_start - 40) : num_start])
    if not verb or _NOT_COUNTED_AFTER_VERB.match(sentence, num_end) or _TIME_OR_MEASURE_AFTER.match(sentence, num_end):
        return None  # "was killed two months later": a time, not a count
    noun = _VERB_UNITS[folded(verb.group("verb"))[:4]]
    group = counted_groups().get(noun)
    return (group, noun, "", num_end) if group else None


def _is_not_a_count(sentence: str, m: re.Match[str]) -> bool:
    start = m.start()
    num = m.group("num")
    # both patterns end at the end of the text before the number: search only its last words ("USD ", "Sept. ")
    if _money_before(sentence, start) or (_date_word_before(sentence, start) and not _after_a_whole_date(sentence, m)):
        return True
    if _MEASURE_AFTER.match(sentence, m.end("num")) and not m.group("num2"):
        return True
    if _YEAR_LIKE.match(num) and not m.group("qual"):
        return True
    # both patterns end with a word and whitespace: "in", or "the", "those", "all" (`_word_before_ends_with`)
    if (
        start > 3
        and _word_before_ends_with(sentence, start, "nN")
        and _RATIO_BEFORE.search(sentence, max(0, start - 12), start)
    ):
        return True
    if (
        start > 12
        and _word_before_ends_with(sentence, start, "eElL")
        and _SHARE_OF_REFERENCE_BEFORE.search(sentence, max(0, start - 48), start)
    ):
        return True
    if (
        start > 4
        and sentence.find("age", max(0, start - 30), start) >= 0
        and _AGE_BEFORE.search(sentence, max(0, start - 30), start)
    ):
        return True  # "two men aged 45 and 62 were killed": ages, not counts
    return num.lower() == "a"


def _word_before_ends_with(sentence: str, start: int, letters: str) -> bool:
    """Whether whitespace ends right before `start` and the character before it is one of `letters`: what a pattern
    ending with `WORD\\s+$` searched up to `start` needs, `letters` WORD's last letter in either case (`$` before a
    last newline leaves only whitespace after WORD too; `\\s` is `str.isspace`; none of n, e and l matches another
    letter than its capital without case)."""
    end = _end_of_words(sentence, start)
    return 0 < end < start and sentence[end - 1] in letters


# ages after "aged": "aged 45 and 62", "aged between 18 and 60", "at the ages of 7, 9 and 12"
_AGE_BEFORE: Final = re.compile(
    r"\b(?:aged|ages?(?:\s+of)?)\s+(?:between\s+)?(?:\d{1,3}(?:\s*,\s*|\s+(?:and|to)\s+|\s*[-–]\s*))*$", re.IGNORECASE
)


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


# a day-first date already whole before the count: "since 24 February 5,000 people have left"
_DAY_MONTH_BEFORE: Final = re.compile(rf"(?<![\d,.])\d{{1,2}}\s+(?:{_MONTHS})\.?\s*$", re.IGNORECASE)


def _after_a_whole_date(sentence: str, m: re.Match[str]) -> bool:
    """Whether the month just before a count ends a date, so that the count is no day of it: the month follows
    its day ("since 3 March 5,000 people fled") or a qualifier opens the count ("since 24 February about 2 million
    people have returned")."""
    return (
        m.group("qual") is not None or _DAY_MONTH_BEFORE.search(sentence, max(0, m.start() - 16), m.start()) is not None
    )


# "17 came, less than half of the 43 that came in 2019": set off after a count, the whole a share is compared with is a
# reference, not a count of its own ("More than half of the 200 drones were shot down" opens no aside: counted)
_SHARE_OF_REFERENCE_BEFORE: Final = re.compile(
    r",\s+(?:(?:less|fewer|more)\s+than|about|nearly|almost|roughly|around|only|just|barely|under|over)\s+"
    r"(?:half|(?:a|one)[\s-](?:third|quarter|fifth|tenth)|two[\s-]thirds|three[\s-]quarters)\s+of\s+"
    r"(?:the|those|all)\s+$",
    re.IGNORECASE,
)
# "one in three homes", "1 in 5 residents": a share, not a count
_RATIO_BEFORE: Final = re.compile(r"(?<![\w.,])(?:one|\d+)\s+in\s+$", re.IGNORECASE)
# "a town of 20,000 people", "its population of 1.2 million", "a city that is home to 300,000 people": how many live
# somewhere, not what happened to them (checked only for counts of people)
_POPULATION_BEFORE: Final = re.compile(
    r"(?:\b(?:towns?|city|cities|village|villages|settlement|community|country|nation|region|district)\s+of|"
    r"\bpopulation\s+(?:of|was|is|stood\s+at)|\bhome\s+to|\binhabited\s+by)\s+$",
    re.IGNORECASE,
)


def _population_count(sentence: str, start: int, group: CountedGroup) -> bool:
    """Whether the count of people at `start` tells how many live in a place ("a town of 20,000 people")."""
    return group.category == "people" and _POPULATION_BEFORE.search(sentence, max(0, start - 30), start) is not None


_MONEY_MARKS: Final = ("$", "€", "£", "₴", "₽", "¥", "US", "EUR", "GBP", "UAH", "PLN", "RUB", "Rs")
_DATE_WORDS: Final = tuple(w.lower() for w in _MONTHS.split("|")) + ("no", "article", "stream", "page", "minsk")


def _money_before(sentence: str, start: int) -> bool:
    """A currency sign or code just before the number ("$", "USD ")."""
    window = max(0, start - 8)  # the pattern ends at the number: "USD " is its longest match
    return _holds_a_money_mark(sentence[window:start]) and _MONEY_BEFORE.search(sentence, window, start) is not None


def _holds_a_money_mark(tail: str) -> bool:
    """Whether `tail` holds one of `_MONEY_MARKS` (a loop: no generator for `any`)."""
    for mark in _MONEY_MARKS:
        if mark in tail:
            return True
    return False


def _date_word_before(sentence: str, start: int) -> bool:
    """A month or "No." just before the number ("Feb. 24", "No 5")."""
    end = _end_of_words(sentence, start)
    window = max(0, end - 16)  # the pattern's word ("Nord Stream.") ends within the spaces before the number
    tail = sentence[window:end]
    if tail.isascii():  # else a case-folding trap may stand for a letter: let the regex decide
        tail = tail.lower()
        body = tail[:-1] if tail.endswith(".") else tail
        return body.endswith(_DATE_WORDS) and _date_word_at_boundary(sentence, window, body)
    return _DATE_BEFORE.search(sentence, window, start) is not None


def _date_word_at_boundary(sentence: str, window: int, body: str) -> bool:
    """`_DATE_BEFORE.search(sentence, window, start)` for an ASCII `body` (the lowercased text from `window` to the
    last non-space before `start`, less one full stop ending it): a match is a word of `_DATE_WORDS` ending `body`
    (IGNORECASE on ASCII letters is a lowercase comparison; "Nord Stream" matches only where "Stream" does), then
    the stop and whitespace, after a word boundary, which the engine reads on the character before the word even
    outside the window. The regex tried its ~30 words without case at each character of the window."""
    for word in _DATE_WORDS:
        if body.endswith(word):
            first = window + len(body) - len(word)
            if first == 0 or not is_word_char(sentence[first - 1]):
                return True
    return False


def _end_of_words(text: str, end: int) -> int:
    """The position after the last non-space character before `end`."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


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


@lru_cache(maxsize=4)
def _counted_word_scan(key: int) -> re.Pattern[str]:
    """A whitespace or a digit, then the first word of a counted noun, "cases", "incidents", "instances" or "toll",
    as a trie.

    Every count names what it counts with one of these after a whitespace character (`_unit_after`,
    `_number_of_pattern`, `_CASES_OF`; a quote mark may open it) or glued to its number ("3,000soldiers", copy
    whose spaces were lost), or with a verb (`_VERB_COUNT_RE`, `_PASSIVE_AFTER`) or "-strong" (`_COUNTED_STEMS`);
    anaphoric counts need a count before them. The scan starts with a character set the regex engine skips ahead
    with.
    """
    words = {noun.split()[0] for noun in counted_groups()} | {"cases", "incidents", "instances", "toll"}
    return re.compile(rf"[\s\d][\"“'‘]?{trie_alternation(words)}")  # a noun in scare quotes too


# the stems of the verbs that name what a count counts ("killing 20", "30 were wounded") and "-strong"; the verb
# pattern reads a window that may begin inside a word, so these are substring tests
_COUNTED_STEMS: Final = ("kill", "execut", "injur", "wound", "captur", "detain", "arrest", "evacuat", "deport",
                         "displac",
                         "abduct",
                         "died", "perished", "-strong", "rescu", "pulled", "hurt", "taken prisoner",
                         "taken captive", "taken hostage",
                         " times")  # fmt: skip  # "shelled 27 times" (`_attack_times_counts`)


def _may_name_what_is_counted(low: str | None) -> bool:
    """A necessary condition for any count in the lowercased sentence (from `lowered`): a counted noun, a verb
    of counting or "-strong" (see `_counted_word_scan`); True when `low` is None (it cannot tell)."""
    if low is None or _counted_word_scan(len(counted_groups())).search(low) is not None:
        return True
    return may_hold(low, _COUNTED_STEMS)


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


def _open_unit(sentence: str, m: re.Match[str], num_end: int) -> tuple[CountedGroup, str, str, int] | None:
    """The open noun phrase after a number (`open_noun_after`), as a unit; none after a name ("Nord Stream 2
    pipelines", "Boeing 737 jets": a model's number) unless a qualifier opens the count."""
    if not m.group("qual") and _after_a_name(sentence, m.start()):
        return None
    phrase = open_noun_after(sentence, num_end)
    if phrase is None:
        return None
    noun, mods, label, end = phrase
    return open_group(label), noun, mods, end


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


# "has risen from 300 to 969", "fell from 40 to 25": a change between two values, each a count of its own
_CHANGE_FROM: Final = re.compile(
    r"\b(?:rose|risen|increased|grown|grew|climbed|jumped|soared|surged|fell|fallen|dropped|decreased|declined|"
    r"shrunk|shrank|(?:gone|went)\s+(?:up|down))(?:\s+[\w'’-]+){0,4}?\s+[“\"‘']?from\s+[“\"‘']?$",
    re.IGNORECASE,
)
_ELIDED_FROM: Final = re.compile(r"\bfrom\s+[“\"‘']?$", re.IGNORECASE)  # "... and Italy's from 350 to 385"


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


@lru_cache(maxsize=4)
def _noun_before_change(key: int) -> re.Pattern[str]:
    """The counted noun a change is about, before its verb: "France's troop presence in the east has risen"."""
    return re.compile(rf"\b(?P<unit>{_counted_noun_trie(key)})\b(?=[^.;:!?]*$)", re.IGNORECASE)


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


def _has_own_unit(sentence: str, m: re.Match[str]) -> bool:
    """Whether a number names what it counts itself (a noun or a verb of counting)."""
    return (
        _unit_after(sentence, m.end())
        or _unit_from_verb(sentence, m.start(), m.end())
        or _unit_from_passive(sentence, m.end())
    ) is not None


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


def _qualified_number(prefix: str) -> str:
    """A number and its qualifier before it, in groups named `<prefix>qual` and `<prefix>num`; a quote may open
    them ('put the toll at "about 40"')."""
    return rf"(?:[\"“])?(?:(?P<{prefix}qual>{_QUALIFIER_ALT})\s+)?(?P<{prefix}num>{_NUMBER})(?![\w])"


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
def _counted_word_pattern(key: int) -> re.Pattern[str]:
    """A counted noun of the lexicon, or a toll, as a whole word."""
    return re.compile(rf"\b(?:{_counted_noun_trie(key)}|tolls?)\b", re.IGNORECASE)


def names_a_count(words: str) -> bool:
    """Whether `words` name something counted: a counted noun of the lexicon or a toll ("Russian losses", "the
    death toll", "5,000 people"); not money, a share or "it"."""
    return _counted_word_pattern(len(counted_groups())).search(words) is not None


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


def _is_formation_multiplier(count: CountMention, found: list[CountMention]) -> bool:
    """'Two brigades' inside 'two brigades of up to 6,000 each' is the multiplier, not a claim."""
    return count.group.units_of and any(
        other is not count and other.multiplier and other.start <= count.start < other.end for other in found
    )


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
# dates, years and ages between a whole and its part are no counts: "several dozen vehicles on March 16, but ... 12 of
# them", "three people, among them a 14-year-old girl, and two of them ..."
_DATES_BETWEEN: Final = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS}))\b|\b(?:19|20)\d\d\b|\b\d{{1,3}}-year-old\b",
    re.IGNORECASE,
)
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
