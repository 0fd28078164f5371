"""The body a possessive pronoun gives a speaker: "His agency said", "her ministry added".

The pronoun takes up the person just named, and the noun the body that person heads or serves, as the person's
title names it ("Kyrylo Budanov, head of military intelligence (HUR)" -> HUR). When the title names no body the
speaker stays unresolved: "Agency" alone would be a speaker that names no one.
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.actors import PersonRegistry, resolve_actor
from claimtrack.records import ActorRef

# "his agency", "her ministry", "His office has previously": a body the person belongs to, before the verb
_POSSESSIVE_BODY: Final = re.compile(
    r"(?:^|[\s,;:(—–-])(?:[Hh]is|[Hh]er)\s+(?:own\s+)?(?P<noun>agency|ministry|office|service|directorate|"
    r"department|administration|intelligence\s+service|intelligence\s+agency|press\s+service|press\s+office|unit|"
    r"brigade|command|staff|organi[sz]ation|group|party|company|government)(?:\s+[a-z]+){0,2}\s*$"
)


# the nouns `_POSSESSIVE_BODY` ends with (a phrase naming none is no such body: no scan)
_BODY_NOUNS: Final = frozenset(
    {
        "agency",
        "ministry",
        "office",
        "service",
        "directorate",
        "department",
        "administration",
        "unit",
        "brigade",
        "command",
        "staff",
        "organisation",
        "organization",
        "group",
        "party",
        "company",
        "government",
    }
)


def possessive_body(phrase: str, before_verb: str) -> bool:
    """Whether a speaker phrase is a body named through "his"/"her" ("His agency said" reads "agency")."""
    words = phrase.lower().split()
    if not words or words[-1] not in _BODY_NOUNS or ("his " not in (low := before_verb.lower()) and "her " not in low):
        return False
    m = _POSSESSIVE_BODY.search(before_verb)
    return m is not None and " ".join(m.group("noun").split()) == " ".join(phrase.lower().split())


# where a title names the body: "head of military intelligence (HUR)", "spokesman for the Defence Ministry"
_ACRONYM: Final = re.compile(r"\((?P<acronym>[A-Z][A-Za-z]{1,9})\)")
_BODY_AFTER: Final = re.compile(r"\b(?:of|for|at)\s+(?:the\s+)?(?P<body>.+)$")


def body_of(owner: ActorRef | None, persons: PersonRegistry) -> ActorRef | None:
    """The organisation a person's title names ("head of military intelligence (HUR)" -> HUR), if the actor
    lexicon knows it; None otherwise."""
    if owner is None or owner.kind != "person" or not owner.role:
        return None
    role = owner.role
    candidates = [m.group("acronym") for m in _ACRONYM.finditer(role)]
    m = _BODY_AFTER.search(role)
    if m is not None:
        candidates.append(m.group("body"))
    for phrase in candidates:
        actor = resolve_actor(phrase, persons)
        if actor is not None and actor.kind == "organisation" and actor.name.lower() != phrase.lower():
            return actor  # a body the lexicon knows, not the words taken as a name
    return None
