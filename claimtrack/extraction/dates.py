"""Find time expressions in a sentence and resolve them against the publication date.

"on Oct. 23" -> that day; "Monday" -> the latest Monday on or before publication; "last week" -> the
Monday of the week before, precision week; "last month" / "earlier in October" -> the month;
"by December" -> a forward-looking month; "late 2023" -> the year; "in February last year" -> that month.
Without a publication date, relative expressions keep their raw words and no value. Every expression
keeps its raw words and offsets. `find_dateline` reads a wire dateline ("KYIV, Nov 3 (Reuters) -").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from claimtrack.extraction.numbers import UNITS
from claimtrack.extraction.prefilter import (
    StartScan,
    ascii_words,
    finditer_lowered,
    folded,
    letter_words,
    lowercase_twin,
    lowered,
    may_hold,
    sentence_has_digit,
    trie_alternation,
    word_start_scan,
    words_among,
)
from claimtrack.records import DateRef

MONTHS: Final = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS: Final = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH: Final = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"  # noqa: E501
_MONTH_NAME: Final = _MONTH.replace("?P<month>", "?:")
# a statement's noun after a month: "an October update" dates the update
_STATEMENT_NOUN: Final = r"(?:update|report|statement|briefing|assessment|estimate|bulletin|interview|address|speech)\b"
_A_MONTH_S_STATEMENT: Final = rf"(?:an?\s+(?={_MONTH_NAME}\s+{_STATEMENT_NOUN}))"  # "a" before such a month
_YEAR: Final = r"(?P<year>(?:19|20)\d\d)"
_DAY: Final = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY: Final = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART: Final = r"(?:\s+(?:morning|afternoon|evening|night))?"
_SEASON: Final = r"(?P<season>spring|summer|autumn|fall|winter)"
# the month a season opens with (northern seasons, as the news reads them: winter opens in December)
SEASON_MONTHS: Final = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON_MONTHS_LONG: Final = 3
# "early", "mid", "late" before a season: its first, middle or last month ("late summer 2022": August 2022)
_SEASON_PART: Final = r"(?:(?P<part>early|mid|late)(?:-\s*|\s+))?"
_PART_MONTHS: Final = {"early": 0, "mid": 1, "late": 2}
_AFTER_PART: Final = r"(?:-\s*|\s+)"  # after "early", "mid", "late" of a month: a hyphen or a space

# how many units back "N days ago" counts, in words
_COUNT_WORDS: Final = {"a": 1, "an": 1} | {word: value for word, value in UNITS.items() if 1 <= value <= 12}

# (name, pattern) in priority order; earlier patterns win where they overlap.
DATE_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    ("iso", r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b"),
    # before "month_day", which it holds: "on Tuesday, February 8" is one day, not a Tuesday and a February 8
    ("weekday_date", rf"\b(?:on\s+)?{_WEEKDAY},?\s+{_MONTH}\.?\s+{_DAY}\b(?:,?\s+{_YEAR})?"),
    ("month_day", rf"\b(?:on\s+)?{_MONTH}\.?\s+{_DAY}\b(?:,?\s+{_YEAR})?"),
    ("day_month", rf"\b(?:on\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b\.?(?:,?\s+{_YEAR})?"),
    # "late May", "mid-May", "early- to mid-October"; never glued ("lateMay"): a hyphen or a space after the word
    ("range_month", rf"\b(?:in\s+)?(?P<from>early|mid|late){_AFTER_PART}(?:to\s+(?:mid|late){_AFTER_PART})?{_MONTH}\b"
                    rf"(?:\s+{_YEAR})?"),
    ("range_year", rf"\b(?:in\s+)?(?P<from>early|mid|late)-?\s*{_YEAR}\b"),
    ("earlier_in_month", rf"\b(?P<rel>earlier|later)\s+in\s+{_MONTH}\b(?:\s+{_YEAR})?"),
    ("by_month", rf"\b(?P<by>by|until|before)\s+(?:the\s+end\s+of\s+)?{_MONTH}\b(?:\s+{_YEAR})?"),
    ("month_rel_year", rf"\b(?:in\s+)?{_MONTH}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"),
    ("month_year", rf"\b(?:in\s+|since\s+|last\s+)?{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),  # "April (of) 2022"
    # "in May"; "in an October update", "in a September report": a month before a statement's noun
    ("in_month", rf"\b(?P<prep>in|last|this|since|during)\s+{_A_MONTH_S_STATEMENT}?{_MONTH}\b"),
    # "in the summer of 2023", "autumn 2022", "the winter of 2022-23", "late summer 2022"; "the 2022-23 winter",
    # "the 2023 summer offensive" (not "2000 winter kits": "the" or a preposition first); "last autumn", "this
    # spring", "early next summer"
    ("season_year", rf"\b(?:(?:in|during|since|by)\s+)?(?:the\s+)?{_SEASON_PART}{_SEASON}\s+(?:of\s+)?{_YEAR}"
                    r"(?P<span>[-/–]\d\d(?:\d\d)?)?\b"),
    ("year_season", rf"\b(?:(?:in|during|since|by|over)\s+(?:the\s+)?|the\s+){_SEASON_PART}{_YEAR}"
                    rf"(?P<span>[-/–]\d\d(?:\d\d)?)?\s+{_SEASON}\b"),
    ("season_rel", rf"\b{_SEASON_PART}(?P<rel>last|this|next|earlier\s+this|later\s+this)\s+{_SEASON}\b"),
    # "on Tuesday last week", "Monday of this week": the weekday of the week named after it
    ("weekday", rf"\b(?P<mod>on\s+|last\s+|this\s+|next\s+|late\s+|early\s+)?{_WEEKDAY}{_PART}"
                rf"(?:\s+(?:of\s+)?(?P<week>last|this|next)\s+week)?\b"),
    ("end_of_year", r"\b(?:by|before|until)\s+the\s+end\s+of\s+(?P<which>the|this|next)\s+year\b"),
    ("relative", r"\b(?P<rel>yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|"
                 r"overnight|(?:late\s+|early\s+|earlier\s+|later\s+)?(?:last|this|next|earlier\s+this|later\s+this)\s+"
                 r"(?:week|month|year|weekend)|(?:earlier|later)\s+in\s+the\s+(?:week|month|year)|"
                 r"earlier\s+in\s+the\s+day|later\s+(?:that|in\s+the)\s+day|(?:on\s+)?the\s+same\s+day|"
                 r"(?:later\s+|earlier\s+)?(?:that|in\s+the)\s+(?:morning|afternoon|evening|night)|"
                 r"the\s+(?:previous|preceding)\s+day|the\s+day\s+before|"
                 r"in\s+the\s+coming\s+(?:days|weeks|months)|in\s+recent\s+(?:days|weeks)|"
                 r"(?:at|over)\s+the\s+weekend)\b"),
    ("ago", rf"\b(?P<n>\d{{1,2}}|{'|'.join(_COUNT_WORDS)})\s+(?P<unit>day|week|month|year)s?\s+ago\b"),
    # "A day earlier, X said": days counted from the day named before, not from publication
    ("days_apart", rf"\b(?P<n>\d|{'|'.join(_COUNT_WORDS)})\s+days?\s+(?P<rel>earlier|later)\b"),
    ("in_year", rf"\b(?P<prep>in|since|during|by|(?:by|before|until)\s+the\s+end\s+of)\s+{_YEAR}\b"),
)  # fmt: skip
_COMPILED: Final = tuple((name, re.compile(pat, re.IGNORECASE)) for name, pat in DATE_PATTERNS)
# The first three characters of every match (a space written \s) of the patterns scanned most, looked ahead for
# before their alternations are tried: the scan leaves most words ("said", "to", "killed") at once.
_MONTHS3: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_OPENINGS: Final[dict[str, tuple[str, ...]]] = {
    "relative": ("yes", "tod", "ton", "thi", "las", "lat", "ear", "nex", "on ", "the", "tha", "in ", "at ", "ove"),
    "weekday_date": ("on ", "mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    "weekday": ("on ", "las", "thi", "nex", "lat", "ear", "mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    "in_year": ("in ", "sin", "dur", "by ", "bef", "unt"),
    "in_month": ("in ", "las", "thi", "sin", "dur"),
    "month_day": ("on ", *_MONTHS3),
    "month_year": ("in ", "sin", "las", *_MONTHS3),
    # "in the summer of 2023", "autumn 2022": a preposition, "the" or the season itself
    "season_year": ("in ", "dur", "sin", "by ", "the", "spr", "sum", "aut", "fal", "win"),
    # "on the 3rd of May", "3 May": "on", "the", or the day's first digit (`_OPENING_DIGIT`)
    "day_month": ("on ", "the"),
}
# the patterns a match of which may also open with a digit (`\d`, any script's: `_DAY`)
_OPENING_DIGIT: Final = frozenset({"day_month"})


def _opening_scan(name: str, pattern: re.Pattern[str]) -> StartScan:
    """`word_start_scan` of the pattern's lowercase twin, looking ahead for one of its `_OPENINGS` if it has any."""
    twin = lowercase_twin(pattern)
    openings = _OPENINGS.get(name)
    if openings is None:
        return word_start_scan(twin)
    digit = r"|\d" if name in _OPENING_DIGIT else ""
    lookahead = "(?=" + trie_alternation(openings, space=r"\s") + digit + ")"
    return StartScan(lookahead + "(?:" + twin.pattern[2:] + ")", r"\w", twin.flags & ~re.UNICODE)


# scan the lowercased sentence, from one non-word character to the next (every pattern opens with \b and a word)
_TWINS: Final = {name: _opening_scan(name, pattern) for name, pattern in _COMPILED}
_MONTH_WORDS: Final = frozenset(MONTHS)
_RELATIVE_WORDS: Final = frozenset("yesterday today tonight week month year weekend day days weeks months years "
                                   "morning evening afternoon night overnight".split())  # fmt: skip


def _names_a_season(words: set[str], sentence: str) -> bool:
    """The guard of the season patterns: the sentence's words hold a season."""
    return _holds_one_of(words, _SEASON_WORDS)


_WEEKDAY_WORDS: Final = frozenset(WEEKDAYS)
_SEASON_WORDS: Final = frozenset(SEASON_MONTHS)


def _holds_one_of(words: set[str], among: frozenset[str]) -> bool:
    """`bool(words & among)` without building the intersection: a set lookup per word of the sentence's few."""
    for word in words:
        if word in among:
            return True
    return False


# which patterns can match, by the words a sentence has (a cheap guard before each regex): a kind of guard per
# pattern, each read by `_guard_holds` (a compiled branch, not a call of a lambda through the interpreter's protocol)
GUARD_MONTH: Final = 0  # no guard of its own: a month among the words (`has_month`)
GUARD_ALWAYS: Final = 1  # a digit: `_NEEDS_DIGIT`
GUARD_ISO: Final = 2
GUARD_WEEKDAY: Final = 3
GUARD_RELATIVE: Final = 4
GUARD_YEAR: Final = 5
GUARD_AGO: Final = 6
GUARD_DAYS_APART: Final = 7
GUARD_SEASON: Final = 8
GUARD_WEEKDAY_MONTH: Final = 9  # a month and a weekday among the words (the weekday where `low` vouches for them)
_GUARDS: Final = {
    "weekday_date": GUARD_WEEKDAY_MONTH,
    "iso": GUARD_ISO,
    "weekday": GUARD_WEEKDAY,
    "relative": GUARD_RELATIVE,
    "in_year": GUARD_ALWAYS,
    "end_of_year": GUARD_YEAR,
    "range_year": GUARD_ALWAYS,
    "ago": GUARD_AGO,
    "days_apart": GUARD_DAYS_APART,
    "season_year": GUARD_SEASON,
    "year_season": GUARD_SEASON,
    "season_rel": GUARD_SEASON,
}


def _guard_holds(kind: int, words: set[str], sentence: str, low: str | None, has_month: bool) -> bool:
    """Whether a pattern guarded by `kind` may match the sentence, whose guard words are `words` (`low`: its
    `lowered` form, None where `lowered` cannot vouch for it)."""
    if kind == GUARD_MONTH:
        return has_month
    if kind == GUARD_ALWAYS:
        return True
    if kind == GUARD_ISO:
        return "-" in sentence
    if kind == GUARD_WEEKDAY:
        return _holds_one_of(words, _WEEKDAY_WORDS)
    if kind == GUARD_RELATIVE:
        return _holds_one_of(words, _RELATIVE_WORDS)
    if kind == GUARD_YEAR:
        return "year" in words
    if kind == GUARD_AGO:  # `low` is `sentence.lower()` where it is not None
        return _holds_one_of(words, _RELATIVE_WORDS) and "ago" in (sentence.lower() if low is None else low)
    if kind == GUARD_WEEKDAY_MONTH:
        # where `low` is not None the twin matches on it: its weekday stands between a start of a word (or "on" and
        # whitespace) and ",?\s", a whole run of a-z, so it is among `words`; otherwise only the month is asked
        return has_month and (low is None or _holds_one_of(words, _WEEKDAY_WORDS))
    if kind == GUARD_DAYS_APART:
        return ("day" in words or "days" in words) and ("earlier" in sentence or "later" in sentence)
    return _names_a_season(words, sentence)


_WORDS: Final = re.compile(r"[a-z]+")
_TIME_WORDS: Final = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|"
    r"tonight|overnight|week|month|year|day|morning|evening|afternoon|night|spring|summer|autumn|fall|winter"
)
_ANY_TIME_WORD: Final = re.compile(rf"\d|\b(?:{_TIME_WORDS})", re.IGNORECASE)
# the same test in two cheaper steps: a digit, else a time word in the lowercased sentence (no IGNORECASE scan)
_TIME_WORD_IN_LOWERCASE: Final = word_start_scan(re.compile(rf"\b(?:{_TIME_WORDS})"))
# what else a pattern needs beyond its guard: a digit, and one of these words in the lowercased sentence
_NEEDS_DIGIT: Final = frozenset(
    {"iso", "month_day", "day_month", "weekday_date", "range_year", "month_year", "in_year", "season_year"}
)
# the patterns whose year is not optional: `(?:19|20)\d\d` needs "19" or "20" written (two substring tests)
_NEEDS_YEAR: Final = frozenset({"iso", "range_year", "month_year", "in_year", "season_year"})
_NEEDS_WORD: Final[dict[str, tuple[str, ...]]] = {
    "weekday_date": ("day",), "range_month": ("early", "mid", "late"), "range_year": ("early", "mid", "late"),
    "earlier_in_month": ("earlier", "later"), "month_rel_year": ("last", "this", "next"),
    "by_month": ("by", "until", "before"), "in_month": ("in", "last", "this", "since", "during"),
    "end_of_year": ("end of",),
}  # fmt: skip


# the words the guards look at, each a whole run of letters of the lowercased sentence (`prefilter.words_among`)
_GUARD_WORD_BYTES: Final = ascii_words({*_MONTH_WORDS, *WEEKDAYS, *_RELATIVE_WORDS, *SEASON_MONTHS})


def _guard_words(low: str) -> set[str]:
    """`set(_WORDS.findall(low))` cut down to the words of the guards (and of `has_month`), by one scan."""
    return words_among(low, _GUARD_WORD_BYTES)  # looked up among the runs of letters: no regex scan


def _names_a_time(sentence: str, low: str | None) -> bool:
    """Whether a word of the sentence begins like a time word (`_ANY_TIME_WORD` without its digit case)."""
    if low is None:
        return _ANY_TIME_WORD.search(sentence) is not None
    return _TIME_WORD_IN_LOWERCASE.search(low) is not None


# Where a pattern's words are joined by \s+ only, two of them follow each other among the runs of a-z of the
# lowercased sentence wherever it matches: (the first, the second) of such a pair, for the patterns scanned
# most often for nothing. "relative": a relative time word after the word each of its branches puts before it
# (its other branches are "yesterday", "today", "tonight", standing alone and second to themselves here).
_RELATIVE_BEFORE: Final = ascii_words(
    {
        "this",
        "last",
        "next",
        "the",
        "that",
        "same",
        "previous",
        "preceding",
        "coming",
        "recent",
        "yesterday",
        "today",
        "tonight",
        "overnight",
    }
)
_PAIRS: Final[dict[str, tuple[frozenset[bytes], frozenset[bytes]]]] = {
    "relative": (_RELATIVE_BEFORE, ascii_words(_RELATIVE_WORDS) | ascii_words({"yesterday", "today", "tonight"})),
    "in_month": (ascii_words({"in", "last", "this", "since", "during", "a", "an"}), ascii_words(_MONTH_WORDS)),
}


def _has_pair(runs: tuple[bytes, ...], firsts: frozenset[bytes], seconds: frozenset[bytes]) -> bool:
    """Whether a run among `seconds` follows a run among `firsts` (a run of "yesterday", "today" or "tonight" is
    among both and counts alone)."""
    before = b""
    for run in runs:
        if run in seconds and (before in firsts or run in firsts):
            return True
        before = run
    return False


# per pattern, in order: (name, pattern, lowercase twin, guard, needs a digit, needs one of these words, needs a
# year, a pair of words that must follow each other)
_PLAN: Final = tuple(
    (
        name,
        pattern,
        _TWINS[name],
        _GUARDS.get(name, GUARD_MONTH),
        name in _NEEDS_DIGIT,
        _NEEDS_WORD.get(name),
        name in _NEEDS_YEAR,
        _PAIRS.get(name),
    )
    for name, pattern in _COMPILED
)
# a step of the plan: (name, pattern, twin, guard, needs a digit, needs one of these words, needs a year, pair)
PlanStep = tuple[
    str,
    re.Pattern[str],
    StartScan,
    int,
    bool,
    tuple[str, ...] | None,
    bool,
    tuple[frozenset[bytes], frozenset[bytes]] | None,
]
_MONTH_GUARDS: Final = (GUARD_MONTH, GUARD_WEEKDAY_MONTH)  # the guards that hold only where a month is among the words


def plans_of(plan: tuple[PlanStep, ...]) -> tuple[tuple[PlanStep, ...], ...]:
    """The steps of `plan` a sentence may take, by whether it has a digit and names a month (index: 2 for the digit,
    1 for the month), in the plan's order: a step that needs a digit, or whose guard needs a month, is left out where
    the sentence lacks it (`read_dates` would pass over it at its tests: no step is tried for nothing)."""
    return tuple(
        tuple(step for step in plan if (digit or not step[4]) and (month or step[3] not in _MONTH_GUARDS))
        for digit in (False, True)
        for month in (False, True)
    )


_PLANS: Final = plans_of(_PLAN)


# built per sentence: not frozen (a frozen dataclass is ~3x slower to build), but treated as immutable
@dataclass(unsafe_hash=True, init=False)  # init=False: its own __init__, which mypyc compiles
class DateMention:
    """A time expression found in a sentence."""

    ref: DateRef
    start: int  # absolute offsets in the document
    end: int
    future: bool = False  # "by December", "next week", "in the coming days"
    anaphoric: bool = False  # "earlier in the day": resolved against the context, not publication

    def __init__(self, ref: DateRef, start: int, end: int, future: bool = False, anaphoric: bool = False) -> None:
        self.ref = ref
        self.start = start
        self.end = end
        self.future = future
        self.anaphoric = anaphoric


def _month_start(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _year_for(month: int, day: int, published: dt.date | None, future: bool) -> int | None:
    """The year of a day-month without a year: the publication's, or the one before for a report of a later
    month, or the one after for a forecast of an earlier month."""
    if published is None:
        return None
    year = published.year
    try:
        candidate = dt.date(year, month, min(day, 28))
    except ValueError:
        return None
    if not future and candidate > published + dt.timedelta(days=31):
        return year - 1
    if future and candidate < published - dt.timedelta(days=31):
        return year + 1
    return year


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve(name: str, m: re.Match[str], published: dt.date | None, context_day: dt.date | None):
    """(value, precision, future, anaphoric) for one matched expression."""
    g = m.groupdict()
    month = MONTHS.get(folded(g.get("month") or "").rstrip("."))
    year = int(g["year"]) if g.get("year") else None
    if name == "iso":
        return dt.date.fromisoformat(g["iso"]), "day", False, False
    if name in {"month_day", "day_month", "weekday_date"}:
        day = int(g["day"])
        if not 1 <= day <= 31 or month is None:
            return None
        year = year or _year_for(month, day, published, False)
        return _safe_date(year, month, day), "day", False, False
    if name in {"range_month", "earlier_in_month", "month_year", "in_month"}:
        if month is None:
            return None
        if year is None and name in {"range_month", "in_month"} and _after_a_future_verb(m):
            # "could begin in early- to mid-October": the coming October
            year = _year_for(month, 1, published, True)
            return (_month_start(year, month) if year else None), "month", True, False
        if year is None:
            year = _year_for(month, 1, published, False)
            if g.get("prep", "").lower() == "last" and published and month >= published.month and year is not None:
                year = published.year - 1
        return (_month_start(year, month) if year else None), "month", False, False
    if name == "month_rel_year":  # "in February last year"
        rel = g["rel"].lower()
        if month is None or published is None:
            return (None, None, rel == "next", False) if month else None
        year = published.year + {"last": -1, "this": 0, "next": 1}[rel]
        return _month_start(year, month), "month", rel == "next", False
    if name == "by_month":
        if month is None:
            return None
        year = year or _year_for(month, 1, published, True)
        return (_month_start(year, month) if year else None), "month", True, False
    if name == "range_year":
        return dt.date(int(g["year"]), 1, 1), "year", False, False
    if name == "in_year":  # "by 2025", "by the end of 2025": a deadline, ahead unless its year has passed
        year = int(g["year"])
        ahead = published is None or year >= published.year
        return dt.date(year, 1, 1), "year", ahead and g["prep"].split()[0].lower() in {"by", "before", "until"}, False
    if name == "end_of_year":  # "by the end of the year": the publication's year (or the next)
        if published is None:
            return None, None, True, False
        return dt.date(published.year + (g["which"].lower() == "next"), 1, 1), "year", True, False
    if name in {"season_year", "year_season", "season_rel"}:
        if g.get("rel") and _OWNED_BEFORE.search(m.string, max(0, m.start() - _OWNED_REACH), m.start()):
            return None  # "Putin's last winter", "their last summer": the final one, not a time
        return _resolve_season(g, published, m.group(0).lower().startswith("fall"))
    if name == "weekday":
        return _resolve_weekday(g, published)
    if name == "relative":
        if _titled(g["rel"]):
            return None  # "ABC's This Week": a title, not a time
        if _anaphoric_part_of_day(g["rel"].lower()) and _modifies_a_noun(m):
            return None  # "in the evening speech", "the morning conversation": a noun's attribute, not a time
        if g["rel"].lower() == "overnight" and (
            _DETERMINED.search(m.string, max(0, m.start() - _DETERMINED_REACH), m.start())
            or _NIGHT_NAMED_AFTER.match(m.string, m.end())
        ):
            return None  # "the overnight strike": a noun's attribute; "overnight on March 2": the date names the night
        return _resolve_relative(" ".join(g["rel"].lower().split()), published, context_day)
    if name == "ago":
        return _resolve_ago(g, published)
    if name == "days_apart":  # "a day earlier": from the day named before, anaphoric
        n = g["n"].lower()
        days = int(n) if n.isdigit() else _COUNT_WORDS[n]
        if context_day is None:
            return None
        later = g["rel"].lower() == "later"
        return context_day + dt.timedelta(days=days if later else -days), "day", False, True
    return None


# a modal or a plan and up to four words of its clause just before a month: "will begin in", "is expected to arrive in"
_FUTURE_VERB_BEFORE: Final = re.compile(
    r"\b(?:will|would|could|may|might|shall|(?:expected|set|due|scheduled|planned|plans?|going)\s+to)"
    r"(?:\s+[a-z-]+){0,4}\s+$",
    re.IGNORECASE,
)


def _after_a_future_verb(m: re.Match[str]) -> bool:
    """Whether the month matched follows a future verb in its clause ("the offensive could begin in October")."""
    if m.group(0)[:2].lower() not in {"in", "ea", "mi", "la"}:  # "last October", "since October": past
        return False
    return _FUTURE_VERB_BEFORE.search(m.string, max(0, m.start() - 60), m.start()) is not None


def _resolve_ago(g: dict, published: dt.date | None):
    """ "two days ago" (a day), "three weeks ago" (that week), "a month ago" (that month), "a year ago" (that year)."""
    if published is None:
        return None, None, False, False
    n, unit = g["n"].lower(), g["unit"].lower()
    count = int(n) if n.isdigit() else _COUNT_WORDS[n]
    if unit == "day":
        return published - dt.timedelta(days=count), "day", False, False
    if unit == "week":
        day = published - dt.timedelta(weeks=count)
        return day - dt.timedelta(days=day.weekday()), "week", False, False
    if unit == "month":
        return _shift_month(published, -count), "month", False, False
    return dt.date(published.year - count, 1, 1), "year", False, False


# an owner or article just before "last": "Putin's last winter", "the last summer of the war" (the final one)
_OWNED_BEFORE: Final = re.compile(r"(?:['’]s?|\b(?:the|a|his|her|its|their|our|my|your))\s+$", re.IGNORECASE)
_OWNED_REACH: Final = 8


def _resolve_season(g: dict, published: dt.date | None, bare_fall: bool):
    """A season at month precision, the month it opens: "the summer of 2023" -> June 2023, "the winter of 2022-23"
    and "winter 2023" (the winter whose January is 2023's) -> December 2022; "last autumn" -> the last autumn over
    before publication, "this spring" -> the spring of publication's season year, "next winter" -> the first one
    to open after it. "early", "mid" or "late" before it names its first, middle or last month ("late summer 2022":
    August 2022)."""
    first = SEASON_MONTHS[g["season"].lower()]
    if bare_fall:
        return None  # "figures fall 2023 levels": the verb, not the season (which takes "the", "in" or "of")
    part = _PART_MONTHS[g["part"].lower()] if g.get("part") else 0
    if g.get("year"):
        year = int(g["year"])
        if first == 12 and not g.get("span"):
            year -= 1  # "winter 2023": December 2022 to February 2023
        return _shift_month(dt.date(year, first, 1), part), "month", False, False
    rel = g["rel"].lower().split()[-1]  # "earlier this spring": this spring
    if published is None:
        return None, None, rel == "next", False
    this_start = dt.date(published.year - (first == 12 and published.month < 3), first, 1)
    if rel == "this":
        return _shift_month(this_start, part), "month", this_start > published, False
    if rel == "next":
        start = this_start if this_start > published else dt.date(this_start.year + 1, first, 1)
        return _shift_month(start, part), "month", True, False
    if _shift_month(this_start, _SEASON_MONTHS_LONG) <= published:
        return _shift_month(this_start, part), "month", False, False  # "last autumn" read after this autumn is over
    return _shift_month(dt.date(this_start.year - 1, first, 1), part), "month", False, False


def _resolve_weekday(g: dict, published: dt.date | None):
    mod = (g.get("mod") or "").strip().lower()
    wd = WEEKDAYS[folded(g["weekday"])]
    week = (g.get("week") or "").lower()
    if published is None:
        return None, "day", mod == "next" or week == "next", False
    if week:  # "on Tuesday last week": that weekday of the week before publication's
        monday = published - dt.timedelta(days=published.weekday())
        day = monday + dt.timedelta(days=wd + 7 * {"last": -1, "this": 0, "next": 1}[week])
        return day, "day", day > published, False
    if mod == "next":
        delta = (wd - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=delta), "day", True, False
    delta = (published.weekday() - wd) % 7
    if mod == "last" and delta == 0:
        delta = 7
    return published - dt.timedelta(days=delta), "day", False, False


def _titled(rel: str) -> bool:
    """Whether a phrase of several words has its last capitalised ("This Week", not "This week" nor "THIS WEEK")."""
    last = rel.split()[-1]
    return " " in rel and last[0].isupper() and not last.isupper()


_PARTS_OF_DAY: Final = (" morning", " afternoon", " evening", " night")
# the words that may follow "in the evening" as a time phrase; another lowercase word is a noun it modifies
_AFTER_TIME_PHRASE: Final = frozenset("of on in at the a an he she they it we i there local time hours".split())
_NEXT_WORD: Final = re.compile(r"\s+([a-z]+)\b")


# a determiner just before "overnight": it is the attribute of a noun after it ("the overnight strike")
_DETERMINED: Final = re.compile(
    r"\b(?:the|an?|its|their|his|her|this|that|Sunday's|Monday's|Tuesday's|Wednesday's|"
    r"Thursday's|Friday's|Saturday's)\s+$",
    re.IGNORECASE,
)
_DETERMINED_REACH: Final = 12
_NIGHT_NAMED_AFTER: Final = re.compile(r"\s+(?:on|into|to)\s+(?:\d|[A-Z])")  # "overnight on March 2", "... into Sunday"


def _anaphoric_part_of_day(rel: str) -> bool:
    """ "in the evening", "later that night": a part of the day named before (not "this morning": today's; not
    "last night": the night before publication)."""
    return rel.endswith(_PARTS_OF_DAY) and not rel.startswith(("this", "last"))


def _modifies_a_noun(m: re.Match[str]) -> bool:
    """Whether the lowercase word after the match is a noun the phrase modifies ("in the evening address")."""
    nxt = _NEXT_WORD.match(m.string, m.end())
    return nxt is not None and nxt.group(1) not in _AFTER_TIME_PHRASE


def _resolve_relative(rel: str, published: dt.date | None, context_day: dt.date | None):
    if rel in {
        "earlier in the day",
        "later that day",
        "later in the day",
        "the same day",
        "on the same day",
    } or _anaphoric_part_of_day(rel):  # "In the evening, X said": the evening of the day named before
        return context_day, "day", False, True
    if rel in {"the previous day", "the preceding day", "the day before"}:
        return (context_day - dt.timedelta(days=1) if context_day else None), "day", False, True
    if rel.startswith("in the coming") or rel.startswith("in recent"):
        return None, None, rel.startswith("in the coming"), False
    future = rel.startswith(("next", "later this", "later in the"))
    if published is None:
        return None, None, future, False
    if rel in {"yesterday", "last night", "overnight"}:  # "overnight": the night before, as "last night"
        return published - dt.timedelta(days=1), "day", False, False
    if rel in {"today", "tonight", "this morning", "this afternoon", "this evening"}:
        return published, "day", False, False
    words = rel.split()
    unit = words[-1]
    offset = -1 if "last" in words else (1 if "next" in words else 0)
    if rel in {"at the weekend", "over the weekend"}:  # the last weekend: this week's on a Saturday or Sunday
        return last_saturday(published), "day", False, False
    if unit in {"week", "weekend"}:
        monday = published - dt.timedelta(days=published.weekday())
        return monday + dt.timedelta(weeks=offset), "week", future, False
    if unit == "month":
        return _shift_month(published, offset), "month", future, False
    if unit == "year":
        return dt.date(published.year + offset, 1, 1), "year", future, False
    return None


def last_saturday(published: dt.date) -> dt.date:
    """The Saturday opening the last weekend on or before `published`: the day "at the weekend" is read as (its
    week's Monday, outside the weekend, can never be the day; a Saturday is at most a day off)."""
    return published - dt.timedelta(days=(published.weekday() - 5) % 7)


# a weekday naming a newspaper, not a day: "the Sunday Times", "Sunday Telegraph" (capitalised: "a Monday post" is a
# day's post)
_NEWSPAPER_AFTER: Final = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Post|Mail|Herald|Tribune|Independent|Observer|People)\b"
)


def may_hold_a_date(sentence: str) -> bool:
    """False where `find_dates` returns no date at once: no digit and none of its guard words (for a text `lowered`
    cannot vouch for, no word that begins like a time word)."""
    if sentence_has_digit(sentence):
        return True
    low = lowered(sentence)
    if low is None:
        return _names_a_time(sentence, None)
    return bool(_guard_words(low))


# a date ending with a month's abbreviation and its stop ("on Nov."): the stop is the abbreviation's, not the sentence's
# (compiled once: `re.search` with the pattern's source went through the interpreted `re` module at each date)
_MONTH_ABBREVIATION_STOP: Final = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")


class KeptDates:
    """The arguments of one call of `find_dates` (the sentence held, so that its identity stays its own) and the
    dates it found.

    The pipeline reads a sentence's dates more than once with the same arguments (~10% of the calls a pass: a later
    sentence's dates borrowed for the one before, then read again for that sentence; one borrowed twice): the two
    calls kept answer those without a scan. Exact: `find_dates` is a function of its arguments (the prefilter's
    memos change only its speed), the sentence is compared by identity and the two days by identity, and a call
    that raises keeps nothing, so it raises again."""

    def __init__(self) -> None:
        self.sentence: str | None = None  # None: nothing kept (every caller asks about a str)
        self.offset = 0
        self.published: dt.date | None = None
        self.context_day: dt.date | None = None
        self.found: list[DateMention] = []

    def holds(self, sentence: str, offset: int, published: dt.date | None, context_day: dt.date | None) -> bool:
        """Whether this is the call kept: the same sentence object, offset and day objects."""
        return (
            self.sentence is sentence
            and self.offset == offset
            and self.published is published
            and self.context_day is context_day
        )


# the last two calls of `find_dates`, the latest first (two, by identity, answer 624 repeated calls of a pure pass;
# eight, by equality, 638)
_KEPT_DATES: Final = (KeptDates(), KeptDates())


def find_dates(
    sentence: str, offset: int = 0, published: dt.date | None = None, context_day: dt.date | None = None
) -> list[DateMention]:
    """Time expressions in a sentence, resolved; `offset` is the sentence's start in the document. A copy of the
    list (its mentions are never changed) is handed out, so that no caller changes what is kept."""
    latest, before = _KEPT_DATES
    if latest.holds(sentence, offset, published, context_day):
        return list(latest.found)
    if not before.holds(sentence, offset, published, context_day):
        found = read_dates(sentence, offset, published, context_day)  # raises before anything is kept
        before.sentence = sentence
        before.offset = offset
        before.published = published
        before.context_day = context_day
        before.found = found
    # `before` now holds this call: it becomes the latest (the two swap their contents, not their identities)
    _swap_kept(latest, before)
    return list(latest.found)


def _swap_kept(one: KeptDates, other: KeptDates) -> None:
    """Exchange what two `KeptDates` hold."""
    one.sentence, other.sentence = other.sentence, one.sentence
    one.offset, other.offset = other.offset, one.offset
    one.published, other.published = other.published, one.published
    one.context_day, other.context_day = other.context_day, one.context_day
    one.found, other.found = other.found, one.found


def read_dates(
    sentence: str, offset: int = 0, published: dt.date | None = None, context_day: dt.date | None = None
) -> list[DateMention]:
    """`find_dates` without the calls kept: the sentence scanned."""
    digit = sentence_has_digit(sentence)
    low: str | None = lowered(sentence)
    if low is None:
        if not digit and not _names_a_time(sentence, low):
            return []
        words = set(_WORDS.findall(sentence.lower()))
    else:  # without a digit, every pattern needs one of the guard words
        words = _guard_words(low)
        if not digit and not words:
            return []
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    has_month = bool(words & _MONTH_WORDS)
    year = digit and ("20" in sentence or "19" in sentence)
    for name, pattern, twin, guard, needs_digit, needs_words, needs_year, pair in _PLANS[
        (2 if digit else 0) + (1 if has_month else 0)
    ]:
        if not _guard_holds(guard, words, sentence, low, has_month):
            continue
        if (
            (needs_digit and not digit)
            or (needs_year and not year)
            or (needs_words is not None and not may_hold(low, needs_words))
        ):
            continue
        if pair is not None and low is not None and not _has_pair(letter_words(low), pair[0], pair[1]):
            continue
        for m in finditer_lowered(pattern, twin, sentence, low):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            try:
                resolved = _resolve(name, m, published, context_day)
            except (ValueError, OverflowError):  # "2024-02-30", a date past year 9999: not a date
                resolved = None
            if resolved is None or (name == "weekday" and _NEWSPAPER_AFTER.match(sentence, m.end())):
                continue
            value, precision, future, anaphoric = resolved
            raw = m.group(0).strip()
            end = m.start() + len(m.group(0).rstrip())
            if raw.endswith(".") and not _MONTH_ABBREVIATION_STOP.search(raw):
                raw, end = raw[:-1], end - 1  # the sentence's full stop, not an abbreviation
            out.append(
                DateMention(
                    ref=DateRef(value=value, precision=precision if value else None, raw=raw),
                    start=offset + m.start(), end=offset + end, future=future, anaphoric=anaphoric,
                )
            )  # fmt: skip
            taken.append((m.start(), m.end()))
    if len(out) > 1:  # sorting none or one changes nothing: no key function built and called
        out.sort(key=lambda d: d.start)
    return out


# "KYIV, Nov 3 (Reuters) -", "MINSK, 16 August (BelTA) –", "WASHINGTON, Dec. 30 —", "KYIV/LVIV, March 9 -": a line
# opening with a place (or two joined by a slash), a day without a year and a dash, the agency in brackets if any
_DATELINE: Final = re.compile(
    r"[ \t]*(?P<place>[A-Z][A-Za-z'./-]*(?: [A-Z][A-Za-z'./-]*){0,3}"
    r"(?:,[ \t]*[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,3})?),[ \t]+"
    rf"(?:{_DAY}[ \t]+{_MONTH}|{_MONTH.replace('?P<month>', '?P<month2>')}\.?[ \t]+(?P<day2>[0-3]?\d))\b\.?"
    r"[ \t]*(?P<agency>\([A-Za-z][\w .&/-]{0,30}\)[ \t]*)?[-–—]"
)  # matched at the start of a line
# its day and dash, searched for first: a comma opens it, which the search skips to quickly
_MONTH_WORD: Final = _MONTH_NAME
_DATELINE_TAIL: Final = re.compile(
    rf",[ \t]+(?:[0-3]?\d(?:st|nd|rd|th)?[ \t]+{_MONTH_WORD}|{_MONTH_WORD}\.?[ \t]+[0-3]?\d)\b\.?[ \t]*"
    r"(?:\([^)\n]{1,32}\)[ \t]*)?[-–—]"
)
_DATELINE_SCAN_CHARS: Final = 4000  # a dateline opens the story: after a headline and a few lines of page furniture
_TIME_ZONE_DAYS: Final = 1  # a dateline in local time may name the day after the UTC publication date


# the datelines of other shapes, read only where the body opens: "Beirut, 2 October 2024 –", "KHARTOUM, Sudan,
# March 3, 2024 —" (a place, then a day with its year), "May 26, 2024 (EL FASHER) -" (the day, then the place)
_PLACE_WORDS: Final = r"[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,3}"
_DAY_OF_YEAR: Final = (
    rf"(?:{_DAY}[ \t]+{_MONTH}|{_MONTH.replace('?P<month>', '?P<month2>')}\.?[ \t]+(?P<day2>[0-3]?\d),?)"
    r"(?:[ \t]+(?P<year>20\d\d))?"
)
_PLACE_THEN_DAY: Final = re.compile(
    rf"[ \t]*(?P<place>{_PLACE_WORDS}(?:,[ \t]*{_PLACE_WORDS})?),[ \t]+{_DAY_OF_YEAR}\b\.?[ \t]*"
    r"(?P<agency>\([A-Za-z][\w .&/-]{0,30}\)[ \t]*)?(?P<dash>[-–—]|$)",
    re.MULTILINE,
)
_DAY_THEN_PLACE: Final = re.compile(rf"[ \t]*{_DAY_OF_YEAR}[ \t]*\((?P<place>[A-Z][A-Za-z .'-]{{1,40}})\)[ \t]*[-–—]")
# a press release's: "GENEVA (9 July 2024) -", a place in capitals, then the day in brackets
_PLACE_THEN_BRACKETED_DAY: Final = re.compile(
    rf"^[ \t]*(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){{0,3}})[ \t]*\({_DAY_OF_YEAR}\)[ \t]*[-–—]",
    re.MULTILINE,
)
_PROSE_LINE_CHARS: Final = 100  # a line this long is a paragraph of the story, not a headline or page line


def _body_opening(text: str) -> tuple[int, int] | None:
    """(start of the line before, start of the first paragraph): where the story's body opens, after the
    headline, byline and page lines (its first line of prose, within the first few thousand characters)."""
    pos, previous = 0, -1
    end = min(len(text), _DATELINE_SCAN_CHARS)
    while pos < end:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        if len(text[pos:line_end].strip()) >= _PROSE_LINE_CHARS:
            return previous, pos
        if text[pos:line_end].strip():
            previous = pos
        pos = line_end + 1
    return None


def _opening_dateline(text: str) -> re.Match[str] | None:
    """The dateline of another shape that opens the body: at the start of its first paragraph, or the whole line
    just before it ("Beirut, 2 October 2024" on a line of its own)."""
    opening = _body_opening(text)
    if opening is None:
        return None
    previous, first = opening
    m = _PLACE_THEN_DAY.match(text, first)
    if m is not None and m.group("dash"):
        return m
    m = _DAY_THEN_PLACE.match(text, first)
    if m is not None:
        return m
    if previous >= 0:
        m = _PLACE_THEN_DAY.match(text, previous)
        if m is not None and m.group("year") and not text[m.end() : first].strip():
            return m  # a place and a full date alone on their line
    return None


def _bracketed_dateline(text: str, end: int) -> re.Match[str] | None:
    """`_PLACE_THEN_BRACKETED_DAY.search(text, 0, end)`, matched at each line start before `end` instead: the
    pattern opens with a MULTILINE `^`, which matches only at 0 and after a newline, so a search ran its matcher at
    every character of the first `end` characters. The first line whose start matches is the search's match."""
    pos = 0
    while pos < end:
        m = _PLACE_THEN_BRACKETED_DAY.match(text, pos, end)
        if m is not None:
            return m
        pos = text.find("\n", pos, end) + 1
        if pos == 0:
            return None
    return None


def find_dateline(text: str, published: dt.date | None) -> DateMention | None:
    """The day of the dateline opening the story ("MOSCOW, 16 August (BelTA) - X said ..."): an agency in
    brackets or a place in capitals, and a day resolved to the latest such day not after the publication date (a
    day later is allowed: local time against UTC). Where the body opens, other shapes too ("Beirut, 2 October
    2024 –", "May 26, 2024 (EL FASHER) -", "GENEVA (9 July 2024) -"), their year kept when they give one."""
    end = min(len(text), _DATELINE_SCAN_CHARS)
    m: re.Match[str] | None = None
    for tail in _DATELINE_TAIL.finditer(text, 0, end):
        m = _DATELINE.match(text, text.rfind("\n", 0, tail.start()) + 1, end)
        if m is not None and (m.group("agency") or m.group("place").split()[0].isupper()):
            break
    else:
        m = _opening_dateline(text)
        if m is None and ") " in text[:end]:  # "GENEVA (9 July 2024) -" on the first line of prose after a long title
            m = _bracketed_dateline(text, end)
    if m is None:
        return None
    year = m.groupdict().get("year")
    if year:
        return _dateline_of_year(m, int(year), published)
    month = MONTHS[folded(m.group("month") or m.group("month2")).rstrip(".")]
    start, end = (m.start("day"), m.end("month")) if m.group("day") else (m.start("month2"), m.end("day2"))
    day = int(m.group("day") or m.group("day2"))
    if not 1 <= day <= 31:
        return None
    value = None
    if published is not None:
        value = _safe_date(published.year, month, day)
        if value is not None and (value - published).days > _TIME_ZONE_DAYS:
            value = _safe_date(published.year - 1, month, day)
    ref = DateRef(value=value, precision="day" if value else None, raw=text[start:end])
    return DateMention(ref, start, end)


def page_stamp(text: str, published: dt.date | None) -> DateRef | None:
    """The day a page's furniture above the story stamps it with ("Published 18 April 2022 | Views: 480", "Kyiv, 10
    October 2022", "By staff | Aug. 24, 2023, 11:45 AM ET"): the first full date, with its year, of a short line
    before the first paragraph of prose, within a day of the publication date. It dates the story's statements as
    a wire dateline does. None without a publication date or such a line."""
    if published is None:
        return None
    pos, end = 0, min(len(text), _DATELINE_SCAN_CHARS)
    while pos < end:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        if _opens_the_body(line):
            return None  # the body opens: a date below it is the story's
        if ("20" in line or "19" in line) and _YEAR_IN_LINE.search(line):  # a cheap test before the dates are read
            for raw, value in _stamped_days(line, published):
                if abs((value - published).days) <= _TIME_ZONE_DAYS:
                    return DateRef(value=value, precision="day", raw=f"{raw} (page stamp)")
        pos = line_end + 1
    return None


_YEAR_IN_LINE: Final = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE_END: Final = (".", "!", "?", '"', "”", "’", "'", ":", ")")


def _opens_the_body(line: str) -> bool:
    """Whether a page line is the story's first paragraph: long and closed as a sentence; not a long headline with
    no full stop, nor a cookie notice."""
    text = line.strip()
    return len(text) >= _PROSE_LINE_CHARS and text.endswith(_SENTENCE_END) and "cookie" not in text


_NUMERIC_DAY: Final = re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b")  # "17.11.2024"


def _stamped_days(line: str, published: dt.date) -> list[tuple[str, dt.date]]:
    """(raw, day) of the full dates of a page line, their year written: "18 April 2022", "Aug. 24, 2023", and the
    day-first numeric "17.11.2024" that page stamps use."""
    found = [
        (d.ref.raw, d.ref.value)
        for d in find_dates(line, 0, published, None)
        if d.ref.value is not None and d.ref.precision == "day" and _YEAR_IN_LINE.search(d.ref.raw)
    ]
    for m in _NUMERIC_DAY.finditer(line):
        value = _safe_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        if value is not None and 1 <= int(m.group("month")) <= 12:
            found.append((m.group(0), value))
    return found


def _dateline_of_year(m: re.Match[str], year: int, published: dt.date | None) -> DateMention | None:
    """The day of a dateline that gives its year; None past the publication date (by more than a day)."""
    month = MONTHS[folded(m.group("month") or m.group("month2")).rstrip(".")]
    day = int(m.group("day") or m.group("day2"))
    value = _safe_date(year, month, day)
    if value is None or published is not None and (value - published).days > _TIME_ZONE_DAYS:
        return None
    start = m.start("day") if m.group("day") else m.start("month2")
    ref = DateRef(value=value, precision="day", raw=m.string[start : m.end("year")])
    return DateMention(ref, start, m.end("year"))


# A live blog's entry stamps, each alone on its line: a time ("Updated 17:58 GMT", "12:05 BST", "9.40am",
# "19:40"), an age ("2 hours ago", "Last updated 45 minutes ago") or a day heading ("14 Mar 2023", "Thursday 16
# May", "Tuesday, March 14, 2023 - 10:32 GMT"). Under a day heading the entries were written that day; under an
# age, on the publication day.
_STAMP_LABEL: Final = r"(?:(?:last\s+)?(?:updated|posted|published|added)(?:\s+(?:on|at))?\s*:?\s*)?"
_CLOCK: Final = r"(?:[0-2]?\d[:.][0-5]\d\s*(?:[ap]\.?m\.?)?|[01]?\d\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4}\b|\s+ET\b)?"
_STAMP_LINE: Final = re.compile(
    rf"^[ \t]*{_STAMP_LABEL}(?:{_CLOCK}|(?P<ago>(?:\d{{1,2}}|an?)\s+(?:hours?|hrs?|minutes?|mins?)\s+ago))[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# what a day heading may hold besides its date: weekdays, a stamp label, a clock, separators
_HEADING_REST: Final = re.compile(
    rf"(?:\s|[,|·•–—-]|{_STAMP_LABEL}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b\.?|{_CLOCK})*",
    re.IGNORECASE,
)
_HEADING_CHARS: Final = 60  # a day heading is short: longer lines are prose or page furniture with a date in it
_MIN_STAMPS: Final = 2  # one dated line is a byline; a blog has entries
_MIN_CLOCK_ENTRIES: Final = 3  # clocks with no day above them: a blog of the publication day, not two stray times


def _day_heading(line: str, start: int, published: dt.date | None) -> DateRef | None:
    """The day of a line that is only a date, with at most a weekday, a clock and a stamp label around it."""
    dates = [d for d in find_dates(line, start, published, None) if d.ref.value is not None]
    days = [d for d in dates if d.ref.precision == "day" and any(c.isdigit() for c in d.ref.raw)]
    if not days:
        return None
    rest = line
    for d in sorted(dates, key=lambda d: d.start, reverse=True):
        rest = rest[: d.start - start] + " " + rest[d.end - start :]
    if _HEADING_REST.fullmatch(rest) is None:
        return None
    day = days[-1].ref
    if published is not None and day.value is not None and (day.value - published).days > 1:
        return None  # a day after the publication is no entry's
    return day


def _may_open_stamp(text: str, pos: int, end: int) -> bool:
    """Whether the line at `pos` (ending at `end`) may open a `_STAMP_LINE` match: past its spaces and tabs, a
    stamp's label ("last", "updated", "posted", "published", "added"), a clock's or an age's digit, or an age's
    "a"/"an". No letter but these eight lowercases to one of them (the IGNORECASE test)."""
    while pos < end and (text[pos] == " " or text[pos] == "\t"):
        pos += 1
    return pos < end and (text[pos].isdecimal() or text[pos] in "lLuUpPaA")


def _may_be_heading_sized(text: str, pos: int, end: int) -> bool:
    """False where the line `text[pos:end]` cannot hold 6 to `_HEADING_CHARS` characters once stripped: shorter
    than 6, or longer than `_HEADING_CHARS` with no whitespace at either end to strip (what `str.strip` strips is
    what `str.isspace` is true of)."""
    size = end - pos
    if size < 6:
        return False
    return size <= _HEADING_CHARS or text[pos].isspace() or text[end - 1].isspace()


def entry_days(text: str, published: dt.date | None) -> list[tuple[int, DateRef]]:
    """(offset, day) of each live-blog entry stamp, in order: the day the entry below it was written (a day
    heading's day, the publication day under an age stamp, a time stamp's under the last of those above it; a time
    stamp above every day has none and is left out, unless no stamp gives a day: then three clocks or more are
    the publication day's). Empty unless the page has at least two entry stamps (a single dated line is a byline, not a
    blog)."""
    stamps: list[tuple[int, DateRef | None]] = []
    pos = 0
    resume = 0  # where the last stamp ended: a stamp may run over a line break, and stamps do not overlap
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        # `_STAMP_LINE` can only start a match at a line start: matched there rather than searched for, as a
        # search of a MULTILINE "^..." runs its matcher at every character of the document
        m = _STAMP_LINE.match(text, pos) if pos >= resume and _may_open_stamp(text, pos, end) else None
        if m is not None:
            day = None
            if m.group("ago") and published is not None:
                day = DateRef(value=published, precision="day", raw=f"{m.group(0).strip()} (entry)")
            stamps.append((m.start(), day))
            resume = m.end()
        if pos == len(text):
            break
        line = text[pos:end] if _may_be_heading_sized(text, pos, end) else ""  # no slice of a line of prose
        if 6 <= len(line.strip()) <= _HEADING_CHARS and any(c.isdigit() for c in line):
            heading = _day_heading(line, pos, published)
            if heading is not None:
                stamps.append((pos, heading.model_copy(update={"raw": f"{heading.raw} (entry)"})))
        pos = end + 1
    return carried_entry_days(stamps, published)


def carried_entry_days(
    stamps: list[tuple[int, DateRef | None]], published: dt.date | None = None
) -> list[tuple[int, DateRef]]:
    """`entry_days` from its stamps, (offset, day or None) in any order: each stamp takes its own day or the last
    one above it; none for a page of fewer than `_MIN_STAMPS` stamps. Clocks alone ("20:47", "06:55 BST"), three or
    more and no day among them, are the entries of the publication day."""
    if len(stamps) < _MIN_STAMPS:
        return []
    if published is not None and len(stamps) >= _MIN_CLOCK_ENTRIES and all(day is None for _, day in stamps):
        today = DateRef(value=published, precision="day", raw="time stamp (entry of the publication day)")
        stamps = [(start, today) for start, _ in stamps]
    stamps = sorted(stamps, key=lambda stamp: stamp[0])
    found: list[tuple[int, DateRef]] = []
    current: DateRef | None = None
    for start, day in stamps:
        current = day or current
        if current is not None:
            found.append((start, current))
    return found


# a sentence opening on a year, which the yearless dates after it fall in: "In 2022, ...", "During late 2014, ...",
# "In March 2022, ...", "On Feb. 24, 2022, ..."
_YEAR_FRAME: Final = re.compile(
    rf"(?:In|During|Throughout)\s+(?:(?:early|mid|late)[- ]?\s*)?(?:{_MONTH_WORD}\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–])|"
    rf"On\s+(?:{_MONTH_WORD}\.?\s+[0-3]?\d|[0-3]?\d\s+{_MONTH_WORD}),?\s+(?P<year2>(?:19|20)\d\d)\b"
)
_FRAME_OPENERS: Final = ("In ", "During ", "Throughout ", "On ")
_MONTH_IN_RAW: Final = re.compile(_MONTH_WORD, re.IGNORECASE)


def frame_year(sentence: str) -> int | None:
    """The year a sentence opens on ("In 2022, the siege began." -> 2022), or None."""
    text = sentence.lstrip(" \"'“‘")
    if not text.startswith(_FRAME_OPENERS):  # a cheap test before the regex
        return None
    m = _YEAR_FRAME.match(text)
    return None if m is None else int(m.group("year") or m.group("year2"))


def yearless_month_dates(dates: list[DateMention]) -> bool:
    """Whether some date names a month without its year ("on March 3", "in May"): its year was guessed."""
    return any(
        d.ref.value is not None
        and not d.future
        and not d.anaphoric
        and _YEAR_IN_LINE.search(d.ref.raw) is None
        and _MONTH_IN_RAW.search(d.ref.raw) is not None
        for d in dates
    )


def in_the_year_told(dates: list[DateMention], year: int, published: dt.date) -> list[DateMention]:
    """The dates, those naming a month without a year ("On March 3") moved into the year the text has set ("In
    2022, ..."), from the publication's year (or the one before) they were resolved to."""
    out: list[DateMention] = []
    for d in dates:
        value = d.ref.value
        if (
            value is not None
            and not d.future
            and not d.anaphoric
            and value.year in (published.year, published.year - 1)
            and _YEAR_IN_LINE.search(d.ref.raw) is None
            and _MONTH_IN_RAW.search(d.ref.raw) is not None
        ):
            moved = _safe_date(year, value.month, value.day)
            if moved is not None:
                d = DateMention(d.ref.model_copy(update={"value": moved}), d.start, d.end, d.future, d.anaphoric)
        out.append(d)
    return out
