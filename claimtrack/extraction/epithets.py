"""Epithets for someone the text named before: "the former spy said", "the 71-year-old said", "says the American
daily". The epithet means the one person (or outlet) that fits it: the one named speaker written with that age or
described with that noun, else the one named person who has spoken so far, just before (the one outlet named so
far); nothing when two fit."""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.actors import actor_record
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


_NAME: Final = r"(?P<name>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"


def _descriptor(m: re.Match[str]) -> str:
    """The epithet as a pattern: its age, or its qualifier and noun ("the former president" is not the president
    in office)."""
    if m.group("age"):
        return rf"(?:aged\s+)?{m.group('age')}\b"
    qualifier = re.escape(m.group(0)[4 : m.start("noun") - m.start()].strip().lower())
    return rf"{qualifier}\s*(?:[\w-]+\s+){{0,2}}?{re.escape(m.group('noun').lower())}\b"


def _names_written_with(m: re.Match[str], text: str) -> set[str]:
    """The full names `text` writes with the epithet: "Ivan Petrov, 71,", "Tom Elder, a retired general",
    "former spy Tom Elder"."""
    described = _descriptor(m)
    found = {
        a.group("name") for a in re.finditer(rf"{_NAME},\s+(?:(?:a|an|the)\s+[^,.;]{{0,30}}?)?(?i:{described})", text)
    }
    if not m.group("age"):
        found |= {a.group("name") for a in re.finditer(rf"(?i:{described})\s+{_NAME}", text)}
    return found


def epithet_person(
    m: re.Match[str], named: list[ActorRef], mentioned: list[ActorRef], text: str, near: bool
) -> ActorRef | None:
    """The person an epithet means: the one full name `text` writes with its age or noun; else the one named
    speaker whose role holds it; else, when no role contradicts it, the only named speaker so far
    if they spoke `near` (a definite epithet picks up the person the story is about)."""
    speakers = list({p.name: p for p in named if " " in p.name}.values())
    persons = {p.name: p for p in [*speakers, *mentioned]}
    written = _names_written_with(m, text)
    if written:
        name = written.pop()
        return None if written else persons.get(name) or actor_record(name=name, kind="person", raw=m.group(0))
    if m.group("age"):
        return speakers[0] if near and len(speakers) == 1 else None
    described, noun = _descriptor(m), rf"\b{re.escape(m.group('noun').lower())}\b"
    fitting = [p for p in speakers if p.role and re.search(described, p.role, re.IGNORECASE)]
    if fitting:
        return fitting[0] if len(fitting) == 1 else None
    if any(p.role and re.search(noun, p.role, re.IGNORECASE) for p in speakers):
        return None  # "the former president" after the president in office spoke: someone else
    return speakers[0] if near and len(speakers) == 1 else None


def epithet_outlet(outlets: list[ActorRef]) -> ActorRef | None:
    """The outlet an epithet means: the only one the text has named as a source or a relay."""
    distinct = list({o.name: o for o in outlets}.values())
    return distinct[0] if len(distinct) == 1 else None
