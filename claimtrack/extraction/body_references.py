"""Speaker phrases that take up a body without naming it: "The ministry said", "Its analysts say", "the agency's
spokesman said".

The body is one the text has just named, though it may never have spoken ("The Tarsk interior ministry met on
Monday. The ministry said ..."); the pipeline finds it, this module reads the phrase: which kind of body it takes
up, and whether it speaks through one of its people.
"""

from __future__ import annotations

import re
from typing import Final

# the people through whom a body speaks: "Its analysts say", "the ministry's spokesman said" (the body claims)
_MEMBER_NOUNS: Final = frozenset(
    "analysts experts researchers investigators monitors staff officials director head chief spokesman spokeswoman "
    "spokesperson representative representatives team".split()
)
# the kinds of body a definite noun takes up: "the ministry", "the group"
_BODY_NOUNS: Final = frozenset(
    "ministry agency group organisation organization charity watchdog observatory institute service office "
    "department committee commission council command fund foundation company firm project network mission "
    "monitor".split()
)
_HEAD_NOUNS: Final = _MEMBER_NOUNS | _BODY_NOUNS  # the last word of every phrase that takes up a body
# kinds that fit any body but a state's: "the group" may be a fund, a project or an observatory, not a ministry
GENERIC_BODY_NOUNS: Final = frozenset({"group", "organisation", "organization"})
_STATE_BODY_WORDS: Final = frozenset(
    "ministry government army military navy police command department office administration council parliament "
    "service staff forces".split()
)
_KIND_PHRASE: Final = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?P<noun>[a-z]+)")
_OWNED_MEMBER: Final = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?P<noun>[a-z]+)['’]s\s+(?P<member>[a-z]+)")
_POSSESSIVE_BEFORE: Final = re.compile(r"(?:^|[\s,;:(])(?:[Ii]ts|[Tt]heir)\s+$")


def body_reference(phrase: str, before: str) -> str | None:
    """The kind of body a speaker phrase takes up: "ministry" for "The ministry" or "the ministry's spokesman", ""
    for "Its analysts" (the kind unsaid; `before` is the sentence up to the cue, the phrase at its end); None for a
    phrase that takes up no body so ("The minister", "analysts", "Its own figures")."""
    last = phrase[phrase.rfind(" ") + 1 :].lower()
    if last not in _HEAD_NOUNS:
        return None  # most speaker phrases: no word split
    words = phrase.split()
    if len(words) > 3:
        return None
    if len(words) == 1:
        if last not in _MEMBER_NOUNS:
            return None
        head = before.rstrip()
        head = head[: -len(phrase)] if head.endswith(phrase) else head
        return "" if _POSSESSIVE_BEFORE.search(head[-8:]) else None
    if last in _BODY_NOUNS and (m := _KIND_PHRASE.fullmatch(phrase)) is not None:
        return m.group("noun")
    if last in _MEMBER_NOUNS and (m := _OWNED_MEMBER.fullmatch(phrase)) is not None:
        noun = m.group("noun")
        return noun if noun in _BODY_NOUNS else None
    return None


def fits_kind(noun: str, names: str) -> bool:
    """Whether a body whose words (name, raw phrase, role; lowercase) are `names` is of the kind `noun` says: any
    body for "", any but a state's for a generic noun ("the group"), else one whose words hold the noun ("the
    ministry")."""
    if not noun:
        return True
    if noun in GENERIC_BODY_NOUNS:
        return _STATE_BODY_WORDS.isdisjoint(names.split())
    return noun in names.replace("organization", "organisation")
