"""Epithets for someone the text named before: "the former spy said", "the 71-year-old said", "says the American
daily". The epithet means the one person (or outlet) that fits it: the one named speaker written with that age or
described with that noun, else the one named person who has spoken so far, just before (the one outlet named so
far); nothing when two fit."""

from __future__ import annotations

import re
from typing import Final

from claimtrack.records import ActorRef

# "the former spy", "the ex-minister", "the retired general", "the veteran diplomat", "the 71-year-old"
_PERSON_EPITHET: Final = re.compile(
    r"(?:the\s+)(?:(?P<age>\d{2,3})-year-old|(?:former|ex-|retired|veteran)\s*(?P<noun>[a-z]+(?:\s+[a-z]+)?))",
    re.IGNORECASE,
)
# "the American daily", "the German weekly", "the newspaper", "the Polish portal"
_OUTLET_EPITHET: Final = re.compile(
    r"the\s+(?:[A-Za-z-]+\s+){0,2}?(?:daily|newspaper|paper|weekly|tabloid|broadsheet|broadcaster|magazine|portal)",
    re.IGNORECASE,
)


def person_epithet(phrase: str) -> re.Match[str] | None:
    """The match when `phrase` is a definite epithet for a person, written in lowercase after "the"."""
    m = _PERSON_EPITHET.fullmatch(phrase.strip())
    return m if m is not None and phrase.strip()[4:] == phrase.strip()[4:].lower() else None


def outlet_epithet(phrase: str) -> bool:
    """Whether `phrase` is a definite epithet for an outlet ("the American daily")."""
    return _OUTLET_EPITHET.fullmatch(phrase.strip()) is not None


def _written_with(person: ActorRef, m: re.Match[str], text: str) -> bool:
    """Whether `text` gives the person the epithet's age ("X, 71," / "71-year-old X") or describes them with its
    noun ("X, a former spy", "former spy X")."""
    name = re.escape(person.name)
    if m.group("age"):
        age = m.group("age")
        return re.search(rf"{name},\s+(?:aged\s+)?{age}\b|\b{age}-year-old\s+(?:[a-z]+\s+){{0,3}}{name}", text) \
            is not None
    noun = re.escape(m.group("noun").lower())
    return re.search(rf"{name},\s+(?:a|an|the)\s+[^,.;]{{0,40}}?\b{noun}\b|\b{noun}\s+{name}", text, re.IGNORECASE) \
        is not None or (person.role is not None and re.search(rf"\b{noun}\b", person.role, re.IGNORECASE) is not None)


def epithet_person(m: re.Match[str], named: list[ActorRef], mentioned: list[ActorRef], text: str,
                   near: bool) -> ActorRef | None:
    """The person an epithet means: the one named before (`named` speakers, `mentioned` known persons) that
    `text` writes with its age or noun; else, when none is, the only named speaker so far if they spoke `near`
    (in the sentences just before: a definite epithet picks up the person the story is about)."""
    speakers = list({p.name: p for p in named if " " in p.name}.values())
    persons = {p.name: p for p in [*speakers, *mentioned]}
    fitting = [p for p in persons.values() if _written_with(p, m, text)]
    if fitting:
        return fitting[0] if len(fitting) == 1 else None
    if m.group("age"):  # "Ivan Petrov, 71, was arrested ... the 71-year-old said": the one written with that age
        aged = {a.group("name") for a in re.finditer(_AGED_NAME.replace("AGE", m.group("age")), text)}
        if aged:
            return ActorRef(name=aged.pop(), kind="person", raw=m.group(0)) if len(aged) == 1 else None
    return speakers[0] if near and len(speakers) == 1 else None


# a full name written with an age: "Ivan Petrov, 71,"
_AGED_NAME: Final = r"(?P<name>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?:aged\s+)?AGE\b"


def epithet_outlet(outlets: list[ActorRef]) -> ActorRef | None:
    """The outlet an epithet means: the only one the text has named as a source or a relay."""
    distinct = list({o.name: o for o in outlets}.values())
    return distinct[0] if len(distinct) == 1 else None
