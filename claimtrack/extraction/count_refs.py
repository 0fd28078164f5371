"""Counts read through the words around them: a part named by "of them" after its own verb, "one" as an item of a
list of counts, the verb just before a count, territory taken or held, and targets struck.

Small pure functions that `quantities` and `subjects` call; each takes the sentence (or a piece of it) as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claimtrack.extraction.prefilter import is_space_at, is_word_char

# "..., and air defenses downed 34 of them", "... and the air force said it destroyed nine of them", "...; air
# defences destroyed 35 of them": the part's own clause (a coordinator, a semicolon or a dash, then at most five
# words, its subject and verb, after a reporting clause or not) ends the words between the whole and "N of them"
_PART_OWN_CLAUSE: Final = re.compile(
    r"(?:(?:,\s*|\s)(?:and|but|while|whereas)\s+|;\s+|\s[–—]\s+)(?:(?:[A-Za-z'’-]+\s+){1,4}?"
    r"(?:said|says|told\s+[A-Za-z]+|reported|added|claimed)\s+(?:that\s+)?)?"
    r"(?:[A-Za-z'’-]+\s+){1,5}$"
)
PART_OWN_CLAUSE_SPAN: Final = 160  # the most characters between the whole and such a part


def part_in_own_clause(between: str) -> bool:
    """Whether the words between a count and a later "N of them" end with the part's own clause."""
    return len(between) <= PART_OWN_CLAUSE_SPAN and _PART_OWN_CLAUSE.search(between) is not None


# what joins the items of a list of counts: "18 drones, two missiles and one ballistic missile"
_LIST_JOIN: Final = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)")


def listed_after(between: str) -> bool:
    """Whether `between`, the text from the end of a count to a number, only joins list items (", ", " and ")."""
    return _LIST_JOIN.fullmatch(between) is not None


# the last word (or "shot down") just before a count: the verb that governs it when it names a status (read by code,
# `_last_words_span`; the pattern is the plain form the tests compare it with)
_LAST_WORDS: Final = re.compile(r"(?:^|\s)(?P<verb>[A-Za-z-]+(?:\s+down)?)\s+$")


# a coordinator or a comma ending the words before that verb (read by code, `_coordinated_before`; the plain form)
_COORDINATED_VERB: Final = re.compile(r"(?:,|\b(?:or|and|nor))\s*$", re.IGNORECASE)


def _is_verb_letter(code: int) -> bool:
    """Whether the character of code point `code` is in `[A-Za-z-]`."""
    return 97 <= code <= 122 or 65 <= code <= 90 or code == 45


def _run_start(text: str, end: int) -> int:
    """Where the run of `[A-Za-z-]` that ends at `end` begins (`end` if none does)."""
    start = end
    while start > 0 and _is_verb_letter(ord(text[start - 1])):
        start -= 1
    return start


def _last_words_span(tail: str) -> tuple[int, int] | None:
    """The span of the group "verb" of `_LAST_WORDS.search(tail)`, by code: the pattern matches only where a run of
    `[A-Za-z-]` (or such a run, whitespace and "down") is followed by whitespace to the end (`$` before a last
    newline leaves only whitespace after it too), and opens the text or follows whitespace; the leftmost match takes
    the run before "down" when there is one."""
    size = len(tail)
    end = size
    while end > 0 and is_space_at(tail, end - 1):
        end -= 1
    if end == size:
        return None  # `\s+$`: no whitespace at the end
    start = _run_start(tail, end)
    if start == end or start > 0 and not is_space_at(tail, start - 1):
        return None  # no run right before the whitespace, or one that follows no whitespace
    if start > 0 and end - start == 4 and tail.startswith("down", start):
        gap = start - 1
        while gap > 0 and is_space_at(tail, gap - 1):
            gap -= 1
        before = _run_start(tail, gap)
        if before < gap and (before == 0 or is_space_at(tail, before - 1)):
            return before, end  # "shot down": a match starting before the one at "down"
    return start, end


def _ends_with_word(text: str, end: int, word: str) -> bool:
    """Whether `word` (lowercase ASCII letters none of which matches another letter than its capital without case:
    no i, k or s) ends at `end` in any case with no word character right before it, as `\\bWORD` does under
    re.IGNORECASE."""
    start = end - len(word)
    if start < 0:
        return False
    for i in range(len(word)):
        code = ord(text[start + i])
        letter = ord(word[i])
        if code != letter and code != letter - 32:
            return False
    return start == 0 or not is_word_char(text[start - 1])


def _coordinated_before(tail: str, end: int) -> bool:
    """`_COORDINATED_VERB.search(tail, 0, end)` by code: a comma, or "or", "and" or "nor" after no word character,
    then only whitespace to `end` (`$` before a last newline leaves only whitespace after it too)."""
    while end > 0 and is_space_at(tail, end - 1):
        end -= 1
    if end == 0:
        return False
    return (
        tail[end - 1] == ","
        or _ends_with_word(tail, end, "or")
        or _ends_with_word(tail, end, "and")
        or _ends_with_word(tail, end, "nor")
    )


def verb_right_before(before: str) -> str | None:
    """The word (or "shot down") that ends `before` with only spaces after it: "killed two people and damaged a
    school" is read by "killed", not by a later verb in the count's clause."""
    tail = before[-40:]
    span = _last_words_span(tail)
    if span is None or _coordinated_before(tail, span[0]):
        return None  # "killed, injured or captured 5,000": the verbs share the count, the clause decides
    return tail[span[0] : span[1]]


# What befell counted places (settlements, villages, towns): a territorial count needs one of these in its clause.
TERRITORY_CUES: Final = (
    (re.compile(r"\b(?:liberat(?:ed|ing|ion)|recaptur(?:ed|ing)|retak(?:en|ing)|retook|regain(?:ed|ing)|"
                r"freed|de-?occupied)\b", re.IGNORECASE), "liberated"),
    (re.compile(r"\b(?:captur(?:ed|ing)|seiz(?:ed|ing)|took|taken|tak(?:es|ing)\s+control|occupied|overran|overrun)\b",
                re.IGNORECASE), "captured"),
    (re.compile(r"\b(?:controll?(?:ed|ing|s)?|held|hold(?:s|ing)?)\b", re.IGNORECASE), "held"),
    (re.compile(r"\b(?:flooded|inundated|submerged|under\s+water|in\s+the\s+flood(?:ed)?\s+(?:zone|area))\b",
                re.IGNORECASE), "flooded"),
    (re.compile(r"\b(?:shell(?:ed|ing)|struck|hit|attacked|bombed|(?:came|come|comes|coming)\s+under\s+(?:[a-z]+,?\s+)"
                r"{0,5}?(?:fire|shelling|attacks?|strikes|bombardment))\b", re.IGNORECASE), "attacked"),
    (re.compile(r"\b(?:evacuat(?:ed|ing)|cut\s+off|without\s+(?:power|electricity|water|gas))\b", re.IGNORECASE),
     "affected"),
    # places where attacks were repelled or launched: "repelled attacks near 7 villages", "assaults on 12 settlements",
    # "carried out 318 strikes on 9 settlements", "fired 63 times on 12 towns"
    (re.compile(r"\b(?:attacks|assaults|offensives?|strikes|airstrikes|shellings|bombardments|times)\s+"
                r"(?:on|near|around|against|at)\s+(?:the\s+)?"
                r"(?:(?:about|some|over|nearly|almost|around|more\s+than|at\s+least|up\s+to)\s+)?$", re.IGNORECASE),
     "attacked"),
)  # fmt: skip


# a verb that razed the places counted right after it: "the militia burned 13 villages", "destroyed 3 villages" (not
# "three villages burned brightly": a verb after the count tells no more than that they burned)
_RAZED_VERB: Final = re.compile(
    r"(?:burn(?:ed|t)|torched|razed|destroyed|flattened|looted|ransacked|pillaged)$", re.IGNORECASE
)


def territory_status(own: str, before: str) -> str | None:
    """What befell a count of places: the verb right before it, else the first cue in the count's own clause, else
    just before it, else a verb right before it that razed them; None when nothing did ("there are 30 villages in
    the district" is no claim)."""
    verb = verb_right_before(before)
    for text in (verb, own, before) if verb else (own, before):
        for pattern, label in TERRITORY_CUES:
            if pattern.search(text):
                return label
    return "destroyed" if verb and _RAZED_VERB.match(verb) else None


# "struck about 1,600 targets", "hit 40 targets": the verb right before a count of targets
_STRUCK_BEFORE: Final = re.compile(r"\b(?:struck|strikes|striking|hit|hits|hitting|attacked|engaged)\s+"
                                   r"(?:(?:about|around|some|over|nearly|almost|more\s+than|at\s+least|up\s+to)\s+)?$",
                                   re.IGNORECASE)  # fmt: skip


def struck_before(before: str) -> bool:
    """Whether the text before a count ends with a verb of striking ("struck about ")."""
    return _STRUCK_BEFORE.search(before[-40:]) is not None


# "12 and 30 people were killed and injured, respectively", "Kyiv and Moscow freed 95, 90 and 4 captives
# respectively": the items of a list go with the items of another list by their order
RESPECTIVELY: Final = "respectively"
_LISTED_NUMBER: Final = (
    r"(?:\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million))?|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)
_ITEM_JOIN: Final = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_NUMBER_LIST: Final = re.compile(
    rf"(?<![\w.,]){_LISTED_NUMBER}(?:{_ITEM_JOIN}{_LISTED_NUMBER})*,?\s+and\s+"
    rf"{_LISTED_NUMBER}(?![\w])",
    re.IGNORECASE,
)
_ONE_NUMBER: Final = re.compile(rf"(?<![\w.,]){_LISTED_NUMBER}(?![\w])", re.IGNORECASE)
# the words paired with the numbers, right before "respectively": "killed and injured", "were killed, wounded and
# missing"
_WORD_LIST_BEFORE: Final = re.compile(r"\b(?P<items>[A-Za-z-]+(?:\s*,\s*[A-Za-z-]+)*\s*,?\s+and\s+[A-Za-z-]+)\s*,?\s*$")
# the subjects paired with the numbers, before the verb that governs them: "Russia and Ukraine exchanged"
_SUBJECT_LIST_BEFORE: Final = re.compile(
    r"\b(?P<items>[A-Z][\w'’-]*(?:\s*,\s*[A-Z][\w'’-]*)*,?\s+and\s+[A-Z][\w'’-]*)"
    r"\s+(?:[a-z]+\s+){1,2}$"
)
_ITEM_SPLIT: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


@dataclass(frozen=True)
class RespectivePair:
    """The word and the subject paired by their order with a count of a list read with "respectively" (either may
    be None: that list is missing or of another length)."""

    word: str | None
    subject: str | None


def respective_pair(sentence: str, rel_start: int) -> RespectivePair | None:
    """What a list read with "respectively" pairs with the number at `rel_start`: its word (the status) and its
    subject, each only when its list has as many items as the numbers; None when the number is in no such list."""
    at = sentence.find(RESPECTIVELY)
    if at < 0:
        return None
    for m in _NUMBER_LIST.finditer(sentence, 0, at):
        numbers = [n.start() + m.start() for n in _ONE_NUMBER.finditer(m.group(0))]
        index = next((i for i, start in enumerate(numbers) if start == rel_start), None)
        if index is None:
            continue
        words = _WORD_LIST_BEFORE.search(sentence, m.end(), at)
        word_items = _ITEM_SPLIT.split(words.group("items")) if words else []
        subjects = _SUBJECT_LIST_BEFORE.search(sentence, max(0, m.start() - 80), m.start())
        subject_items = _ITEM_SPLIT.split(subjects.group("items")) if subjects else []
        word = word_items[index] if len(word_items) == len(numbers) else None
        subject = subject_items[index] if len(subject_items) == len(numbers) else None
        return RespectivePair(word, subject)
    return None


# Whether counted facilities still serve: "only 20 of the 89 hospitals were functioning", "12 schools remain closed",
# "remain even partially functional", "had been forced out of service": a copula (or "remain"), up to two adverbs
# (or the verb that put them out) and the state, in the count's own clause
_SERVICE_STATE: Final = re.compile(
    r"\b(?:were|was|are|is|remain(?:ed|s)?|(?:have|has|had)\s+been)\s+(?:(?:still|now|only|not|even|partially|"
    r"fully|partly|barely|largely|completely|no\s+longer|forced|put|knocked|taken)\s+){0,2}"
    r"(?P<state>functioning|functional|operational|operating|working|open|in\s+operation|"
    r"in\s+service|out\s+of\s+(?:service|operation|action)|non-?functional|closed|shut)\b",
    re.IGNORECASE,
)
_OUT_OF_SERVICE: Final = ("out of", "non", "closed", "shut", "not ", "no longer")


def service_state(own: str) -> str | None:
    """Whether the facilities a count counts still serve, by their count's own clause: "functioning" or "out of
    service"; None when it says neither ("37 hospitals in the city" is no claim)."""
    m = _SERVICE_STATE.search(own)
    if m is None:
        return None
    said = m.group(0).lower()
    return "out of service" if any(word in said for word in _OUT_OF_SERVICE) else "functioning"
