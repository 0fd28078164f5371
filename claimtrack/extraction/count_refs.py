"""Counts read through the words around them: a part named by "of them" after its own verb, "one" as an item of a
list of counts, the verb just before a count, territory taken or held, and targets struck.

Small pure functions that `quantities` and `subjects` call; each takes the sentence (or a piece of it) as text.
"""

from __future__ import annotations

import re
from typing import Final

# "..., and air defenses downed 34 of them", "... and the air force said it destroyed nine of them": the part's own
# clause (a coordinator, then at most five words, its subject and verb, after a reporting clause or not) ends the
# words between the whole and "N of them"
_PART_OWN_CLAUSE: Final = re.compile(r"(?:,\s*|\s)(?:and|but|while|whereas)\s+(?:(?:[A-Za-z'’-]+\s+){1,4}?"
                                     r"(?:said|says|told\s+[A-Za-z]+|reported|added|claimed)\s+(?:that\s+)?)?"
                                     r"(?:[A-Za-z'’-]+\s+){1,5}$")
PART_OWN_CLAUSE_SPAN: Final = 160  # the most characters between the whole and such a part


def part_in_own_clause(between: str) -> bool:
    """Whether the words between a count and a later "N of them" end with the part's own clause."""
    return len(between) <= PART_OWN_CLAUSE_SPAN and _PART_OWN_CLAUSE.search(between) is not None


# what joins the items of a list of counts: "18 drones, two missiles and one ballistic missile"
_LIST_JOIN: Final = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)")


def listed_after(between: str) -> bool:
    """Whether `between`, the text from the end of a count to a number, only joins list items (", ", " and ")."""
    return _LIST_JOIN.fullmatch(between) is not None


# the last word (or "shot down") just before a count: the verb that governs it when it names a status
_LAST_WORDS: Final = re.compile(r"(?:^|\s)(?P<verb>[A-Za-z-]+(?:\s+down)?)\s+$")


_COORDINATED_VERB: Final = re.compile(r"(?:,|\b(?:or|and|nor))\s*$", re.IGNORECASE)


def verb_right_before(before: str) -> str | None:
    """The word (or "shot down") that ends `before` with only spaces after it: "killed two people and damaged a
    school" is read by "killed", not by a later verb in the count's clause."""
    tail = before[-40:]
    m = _LAST_WORDS.search(tail)
    if m is None or _COORDINATED_VERB.search(tail, 0, m.start("verb")):
        return None  # "killed, injured or captured 5,000": the verbs share the count, the clause decides
    return m.group("verb")


# What befell counted places (settlements, villages, towns): a territorial count needs one of these in its clause.
TERRITORY_CUES: Final = (
    (re.compile(r"\b(?:liberat(?:ed|ing|ion)|recaptur(?:ed|ing)|retak(?:en|ing)|retook|regain(?:ed|ing)|"
                r"freed|de-?occupied)\b", re.IGNORECASE), "liberated"),
    (re.compile(r"\b(?:captur(?:ed|ing)|seiz(?:ed|ing)|took|taken|tak(?:es|ing)\s+control|occupied|overran|overrun)\b",
                re.IGNORECASE), "captured"),
    (re.compile(r"\b(?:controll?(?:ed|ing|s)?|held|hold(?:s|ing)?)\b", re.IGNORECASE), "held"),
    (re.compile(r"\b(?:flooded|inundated|submerged|under\s+water|in\s+the\s+flood(?:ed)?\s+(?:zone|area))\b",
                re.IGNORECASE), "flooded"),
    (re.compile(r"\b(?:shell(?:ed|ing)|struck|hit|attacked|bombed)\b", re.IGNORECASE), "attacked"),
    (re.compile(r"\b(?:evacuat(?:ed|ing)|cut\s+off|without\s+(?:power|electricity|water|gas))\b", re.IGNORECASE),
     "affected"),
)  # fmt: skip


def territory_status(own: str, before: str) -> str | None:
    """What befell a count of places: the verb right before it, else the first cue in the count's own clause, else
    just before it; None when nothing did ("there are 30 villages in the district" is no claim)."""
    verb = verb_right_before(before)
    for text in (verb, own, before) if verb else (own, before):
        for pattern, label in TERRITORY_CUES:
            if pattern.search(text):
                return label
    return None


# "struck about 1,600 targets", "hit 40 targets": the verb right before a count of targets
_STRUCK_BEFORE: Final = re.compile(r"\b(?:struck|strikes|striking|hit|hits|hitting|attacked|engaged)\s+"
                                   r"(?:(?:about|around|some|over|nearly|almost|more\s+than|at\s+least|up\s+to)\s+)?$",
                                   re.IGNORECASE)  # fmt: skip


def struck_before(before: str) -> bool:
    """Whether the text before a count ends with a verb of striking ("struck about ")."""
    return _STRUCK_BEFORE.search(before[-40:]) is not None
