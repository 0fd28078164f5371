"""The unnamed office a sentence opens with, for a "he", "she" or "it" in a later sentence to mean.

"The regional governor spoke on Sunday. He said 12 people were wounded.": no name is given, yet "he" is the
governor. The phrase runs from a determiner or a possessive ("The", "A", "The city's", "Ukraine's") over a few
modifiers to an office's head noun, with the office's own "of"/"for" complement ("of Kharkiv Oblast", "for the
Southern Defence Forces", "of the Sumy regional military administration"); it stops before the verb.
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.actors import ORG_HEADS

# nouns that head one person's office ("the deputy head", "the regional governor"); modifiers such as "foreign"
# or "acting", which actors.TITLE_WORDS also holds, head nothing
PERSON_OFFICE_HEADS: Final = frozenset(
    """
    governor mayor spokesman spokeswoman spokesperson chief head director commander chairman chairwoman ambassador
    envoy adviser advisor minister secretary president premier chancellor prosecutor official officer commissioner
    coordinator representative
    """.split()
)
# lowercase words an office's complement may hold besides names: "of the Sumy regional military administration"
_COMPLEMENT_WORDS: Final = ORG_HEADS | frozenset(
    """
    the of regional city district military civil civilian state local national armed municipal oblast region village
    town community general staff operational joint emergency emergencies
    """.split()
)
_AFTER_HEAD: Final = frozenset({"general"})  # "the prosecutor general"
# a leading adverbial of time or place set off by a comma ("On Sunday, the governor ..."), then the determiner or
# possessive that opens the office
_OPENER: Final = re.compile(
    r"(?:(?:On|Last|Earlier|Later|In|At|During|After|Meanwhile|Separately)\b[^,.;]{0,40},\s+)?"
    r"(?P<office>(?:[Tt]he|an?|An?)\s+(?:[\w-]+['’]s\s+)?|(?:[Tt]he\s+)?[A-Z][\w-]*['’]s\s+)"
)
_WORD: Final = re.compile(r"[\w'’-]+")
# the start of the predicate after the subject: a verb's past or third-person form, an auxiliary, an adverb or a
# phrase of time or place ("... spoke on Sunday", "... also referred to", "... on Tuesday responded"); a noun
# ("The head of Russian | diplomacy") means the office's phrase was cut short
_PREDICATE_START: Final = re.compile(
    r"\s+(?:[a-z]+(?:ed|es|ly)|was|were|is|are|has|had|have|will|would|could|can|did|does|may|might|must|should|"
    r"also|then|later|again|on|in|at|during|after|before|last|this|spoke|gave|met|went|made|took|told|wrote|held|"
    r"came|saw|sent|led|rang|began|brought|kept|put|stood|said|says|visits|speaks|gives|meets|tours|warns|"
    r"addresses|announces|confirms|reports|posts)\b"
)
_MODIFIER_REACH: Final = 3  # "The newly appointed regional governor"
_COMPLEMENT_REACH: Final = 8


def opening_office(text: str, heads: frozenset[str], standalone: bool = False) -> str | None:
    """The office phrase that opens `text` and ends in one of `heads` (with its complement), or None: "The head of
    the Sumy regional military administration gave an update." -> "The head of the Sumy regional military
    administration"; `standalone`: the office must be all of `text` (a speaker phrase)."""
    m = _OPENER.match(text)
    if m is None:
        return None
    at = m.end()
    words = list(_WORD.finditer(text, at))
    head = next(
        (k for k, w in enumerate(words[: _MODIFIER_REACH + 1]) if w.group(0).lower() in heads),
        None,
    )
    if head is None or any(text[w.end() : words[k + 1].start()].strip() for k, w in enumerate(words[:head])):
        return None  # no office, or a comma or dash before its head: "The city, its mayor ..."
    while head + 1 < len(words) and _joined(text, words[head], words[head + 1]) in heads | _AFTER_HEAD:
        head += 1  # "the regional prosecutor's office", "Ukraine's prosecutor general": the last noun heads
    end = words[head].end()
    if head + 1 < len(words) and words[head + 1].group(0) in {"of", "for"}:
        end = _complement_end(text, words[head + 2 : head + 2 + _COMPLEMENT_REACH], end)
    if standalone:
        return text[m.start("office") : end] if not text[end:].strip(" .,") else None
    if not _PREDICATE_START.match(text, end):
        return None  # "The mayor, Anna Berg, ...": a name follows; "The head of Russian diplomacy": no verb after
    return text[m.start("office") : end]


def _joined(text: str, word: re.Match[str], following: re.Match[str]) -> str:
    """`following` in lowercase when only spaces part it from `word`, else "" (which is no head)."""
    return following.group(0).lower() if not text[word.end() : following.start()].strip() else ""


def _complement_end(text: str, words: list[re.Match[str]], end: int) -> int:
    """Where an office's "of"/"for" complement ends: after its last name or administrative word, among `words`
    that follow each other with only spaces between; `end` (the head's) when it names nothing."""
    last = end
    prev_end = -1
    for w in words:
        if prev_end >= 0 and text[prev_end : w.start()].strip():
            break
        word = w.group(0)
        if not (word[:1].isupper() or word.lower() in _COMPLEMENT_WORDS or word.lower().endswith(("'s", "’s"))):
            break
        prev_end = w.end()
        if word.lower() not in {"the", "of"}:
            last = w.end()
    return last


def person_office(text: str, standalone: bool = False) -> str | None:
    """The one person's office `text` opens with ("The regional governor", "A spokesman for X"), or None."""
    return opening_office(text, PERSON_OFFICE_HEADS, standalone)


def body_office(text: str) -> str | None:
    """The body `text` opens with ("The regional prosecutor's office", "The city council"), or None."""
    return opening_office(text, ORG_HEADS)


def is_person_office(phrase: str) -> bool:
    """Whether a speaker phrase is one person's unnamed office: "a spokesman for the Southern Defence Forces", "the
    head of the regional administration" (which speak as bodies, yet a later "he" is that person)."""
    return person_office(phrase[:1].upper() + phrase[1:], standalone=True) is not None
