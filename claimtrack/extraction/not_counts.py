"""Numbers that are no counts: years, money, dates and days of a month, measures and times ("90 km", "two months
later"), shares and ratios ("one in three"), ages, populations ("a town of 20,000 people"), a model's number
("Leopard 2 tanks") and a "one" that counts no single thing. `quantities.find_counts` asks these guards.
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.count_phrases import _NUMBER, CountMention
from claimtrack.extraction.count_refs import listed_after
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.lexicons import CountedGroup, side_by_capital, side_by_form
from claimtrack.extraction.prefilter import is_word_char

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


# a number followed by one of these is a time, share, distance, area or factor ("killed two months later", "captured
# 500 square kilometres")
_TIME_OR_MEASURE_AFTER: Final = re.compile(
    r"\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|"
    r"square\s+(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)|sq\.?\s*(?:km|mi|miles?)|km2|km²|hectares?|acres?|"
    r"%|percent|per\s?cent|[ap]\.?m\.?)(?![\w-])",
    re.IGNORECASE,
)


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


# dates, years and ages between a whole and its part are no counts: "several dozen vehicles on March 16, but ... 12 of
# them", "three people, among them a 14-year-old girl, and two of them ..."
_DATES_BETWEEN: Final = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS}))\b|\b(?:19|20)\d\d\b|\b\d{{1,3}}-year-old\b",
    re.IGNORECASE,
)
