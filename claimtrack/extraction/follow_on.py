"""A count that goes on with the report of the speaker of the sentence before it.

"Governor X said Russian shelling hit Kharkiv overnight. Four civilians were killed and 11 wounded.": the second
sentence has no speaker of its own, yet it is the governor's toll. An unattributed sentence is the outlet's own
voice in most articles, so the carry is gated tightly: the sentence opens with its count (after at most "A
further", "Another", "Of them", "Among the dead"), that count is the subject of a toll's verb in the passive or the
perfect ("were killed", "have been injured", "were shot down", "died"), the sentence is short, and it holds no mark
of the outlet's own voice ("could not be independently verified", "our count") nor a shift to another time
("earlier this month", "last year", "in 2014", "a week ago"), where a reporter adds background.
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.numbers import TENS, UNITS
from claimtrack.extraction.prefilter import ascii_words, holds_word, lowered
from claimtrack.extraction.quantities import find_counts

MAX_FOLLOW_ON_WORDS: Final = 25  # "Four civilians were killed and 11 wounded, including two children." is 10

# words before the opening count that tie it to the count before: "A further 17,748", "Of them, two", "Among the
# dead, three"
_LEAD: Final = re.compile(
    r"[\s\W]*(?:(?:a\s+further|another|of\s+(?:them|these|those|whom)|among\s+(?:them|those|the\s+(?:dead|"
    r"injured|wounded|victims|killed)))\b,?\s*)?",
    re.IGNORECASE,
)

# a number whose noun is left out, where the count reader finds none: "Another 30 were hospitalised"
_BARE_NUMBER: Final = re.compile(
    r"(?:(?:about|some|around|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?(?:\d[\d,]*|"
    + "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
    + r")(?:-[a-z]+)?\b",
    re.IGNORECASE,
)

# the verbs of a toll whose subject is the count, in the passive or the perfect
TOLL_PARTICIPLES: Final = frozenset(
    "killed wounded injured hurt hospitalised hospitalized rescued evacuated launched fired downed intercepted "
    "destroyed damaged detained captured displaced trapped found recovered identified treated arrested deported "
    "abducted recorded registered confirmed buried missing dead shot hit struck".split()
)  # fmt: skip
_INTRANSITIVE_TOLL: Final = frozenset({"died"})
# the words of a toll's verb, looked up among the runs of letters of the lowercased sentence (`prefilter.holds_word`)
_TOLL_WORDS: Final = ascii_words(TOLL_PARTICIPLES | _INTRANSITIVE_TOLL)

# after the count (and its noun): at most three words ("and two officers", "in the region"), then the verb group
_TOLL_VERB_AFTER_COUNT: Final = re.compile(
    r"(?:[\s,]+[\w'’-]+){0,3}?[\s,]+(?:(?:(?:were|was|are|is|remain|remained)|(?:have|has|had)\s+been)\s+"
    r"(?:also\s+)?(?:" + "|".join(sorted(TOLL_PARTICIPLES)) + r")|(?:(?:have|has|had)\s+(?:since\s+)?)?died)\b",
    re.IGNORECASE,
)

# the outlet's own voice, or a turn to another time: background, not the speaker's report
_OUTLET_OR_OTHER_TIME: Final = re.compile(
    r"could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)|independently\s+(?:verif|confirm)"
    r"|\bour\s+(?:own\s+)?(?:count|tally|analysis|reporting|estimate|calculation)"
    r"|\b(?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:month|year|week|war|conflict)\b"
    r"|\blast\s+(?:month|year|week|spring|summer|autumn|fall|winter)\b|\bago\b|\belsewhere\b"
    r"|\b(?:in|during|by)\s+(?:(?:early|mid|late)[\s-]+|[A-Z][a-z]+\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


# an agentless passive of reporting opening the sentence: "It was added that ...", "It was also reported that ...":
# the report goes on, in the words of whoever spoke in the sentence before
_AGENTLESS_REPORT: Final = re.compile(
    r"[\s\W]*(?:It|it)\s+(?:was|has\s+been|had\s+been|is)\s+(?:also\s+|further\s+|then\s+)?"
    r"(?:added|reported|noted|stated|specified|clarified|explained|emphasi[sz]ed|stressed|indicated|said|"
    r"underlined|announced)\s+that\b"
)
MAX_AGENTLESS_REPORT_WORDS: Final = 45


def reported_without_agent(text: str) -> bool:
    """Whether a sentence opens with an agentless passive of reporting, "It was added that 14 drones were downed"
    (not "It was reported by X", which names its agent, nor "It was a hard night"), short and without a mark of the
    outlet's own voice."""
    return (
        _AGENTLESS_REPORT.match(text) is not None
        and len(text.split()) <= MAX_AGENTLESS_REPORT_WORDS
        and _OUTLET_OR_OTHER_TIME.search(text) is None
    )


# a part of the toll just given, opening the sentence: "Three of the injured were children", "Two of the dead are
# soldiers", "Five of those wounded remain in hospital"
_PART_OF_TOLL: Final = re.compile(
    r"[\s\W]*(?:\d[\d,]*|" + "|".join(sorted([*UNITS, *TENS], key=len, reverse=True)) + r")\s+of\s+"
    r"(?:the|those|these)\s+(?:dead|injured|wounded|killed|victims|casualties|missing|hospitali[sz]ed|detained|"
    r"evacuated|rescued)\s+(?:were|are|was|is|remain|remained|have\s+been|had\s+been)\b",
    re.IGNORECASE,
)


# "According to the latest data, ...": a source named by its document alone, whose author is whoever spoke just
# before ("the emergency service said ... According to the latest data, 45 people died")
_AUTHORLESS_SOURCE: Final = re.compile(
    r"[\s\W]*according\s+to\s+(?:the\s+)?(?:(?:latest|new|newest|updated|official|preliminary|initial|current|"
    r"available|final|revised)\s+)*(?:data|figures|information|estimates?|statistics|count|tally|numbers)\s*,",
    re.IGNORECASE,
)


def authorless_source(text: str) -> bool:
    """Whether a sentence opens with a source that names no author ("According to the latest figures, ..."; not
    "According to figures from the ministry, ..."), short and without a mark of the outlet's own voice."""
    return (
        _AUTHORLESS_SOURCE.match(text) is not None
        and len(text.split()) <= MAX_AGENTLESS_REPORT_WORDS
        and _OUTLET_OR_OTHER_TIME.search(text) is None
    )


def continues_report(text: str) -> bool:
    """Whether a sentence without a speaker goes on with the report of the sentence before it: short, opening
    with a count that is the subject of a toll's verb ("Four civilians were killed and 11 wounded.", "A further
    17,748 have been injured.", "Four were rescued by evening."; not "Four were pulled out", no toll's verb),
    without a mark of the outlet's own voice or of another time; or one opening "It was added that ..."."""
    if reported_without_agent(text):
        return True
    if (
        _PART_OF_TOLL.match(text) is not None
        and len(text.split()) <= MAX_FOLLOW_ON_WORDS
        and _OUTLET_OR_OTHER_TIME.search(text) is None
    ):
        return True  # "Three of the injured were children.": a part of the toll the speaker gave
    low = lowered(text)  # `text.lower()`, remembered, with its runs of letters (None: a case-folding trap)
    if not holds_word(text.lower() if low is None else low, _TOLL_WORDS):
        return False
    if len(text.split()) > MAX_FOLLOW_ON_WORDS or text.rstrip().endswith(("?", ":")):
        return False
    if _OUTLET_OR_OTHER_TIME.search(text):
        return False
    lead = _LEAD.match(text)
    opening = lead.end() if lead is not None else 0
    counts = find_counts(text)
    if counts and counts[0].start <= opening:  # "Another 30 people" may be read as one count
        return not counts[0].vague and _TOLL_VERB_AFTER_COUNT.match(text, counts[0].end) is not None
    bare = _BARE_NUMBER.match(text, opening)
    return bare is not None and _TOLL_VERB_AFTER_COUNT.match(text, bare.end()) is not None
