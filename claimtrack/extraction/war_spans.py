"""Counts over a whole war: "more than 9,000 people have been killed since the war began", "300,000 civilians died
in the first decade of the conflict". Such a figure is the country's, not the town a report was filed from or is
mostly about: a place carried from earlier sentences is widened to the document's country when it lies there
(Damascus -> Syria), or to a territory of no country (Rafah -> Gaza Strip); with no place at all it is the
document's country. Not when the sentence names a place
("since the war began, 500 people have died in Kharkiv"), nor when a local office speaks or the speaker counts for
"we" (a mayor's "since 2022" is the city's)."""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.gazetteer import Place, load_gazetteer
from claimtrack.extraction.place_mention import PlaceMention
from claimtrack.extraction.place_phrases import search_word_starts
from claimtrack.extraction.places import place_ref
from claimtrack.extraction.prefilter import ascii_words, holds_gate, lowered, word_gate
from claimtrack.records import ActorRef, PlaceRef

_WAR: Final = r"(?:the\s+)?(?:full[- ]scale\s+|Russian\s+|civil\s+)?(?:war|invasion|conflict|fighting)"
# "since the war began", "since the start of the full-scale invasion", "since February 2022", "since 2011",
# "in the first decade of the conflict", "in the first year of the war"
_WHOLE_WAR: Final = re.compile(
    rf"\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak)\s+of\s+{_WAR}|{_WAR}\s+(?:began|started|broke\s+out)"
    rf"|(?:(?:\d{{1,2}}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    rf"December)\s+)?(?:19|20)\d\d\b)"
    rf"|\bin\s+(?:the|its)\s+first\s+(?:decade|year|years|ten\s+years|two\s+years)\s+of\s+{_WAR}",
    re.IGNORECASE,
)
_WHOLE_WAR_GATE: Final = word_gate(ascii_words(("since", "first")))
_WHOLE_WAR_STEMS: Final = ("since", "in")  # every `_WHOLE_WAR` match opens with one
# a speaker for one town or region ("Mayor Ihor Terekhov", "the regional governor"): its whole-war figures are its own
_LOCAL_OFFICE: Final = re.compile(
    r"\b(?:mayor|governor|regional|city|local|district|oblast|municipal|village|town)\b", re.IGNORECASE
)

# "We have repaired 3,500 buildings since 2022": a speaker counting for their own community
_FIRST_PERSON: Final = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)


def counts_whole_war(text: str, low: str | None, speaker: ActorRef | None) -> bool:
    """Whether a sentence dates its counts from a war's start ("since the invasion began", "since 2011"), said by
    a speaker who is no local office."""
    if low is not None and not holds_gate(low, _WHOLE_WAR_GATE):
        return False
    # matched only where "since" or "in" begins a word (the scan entered the matcher at every character)
    lowercase = lowered(text)
    whole = (
        _WHOLE_WAR.search(text)
        if lowercase is None
        else search_word_starts(_WHOLE_WAR, text, lowercase, _WHOLE_WAR_STEMS, 0, len(text))
    )
    if whole is None or _FIRST_PERSON.search(text) is not None:
        return False
    return speaker is None or _LOCAL_OFFICE.search(f"{speaker.role or ''} {speaker.raw} {speaker.name}") is None


def war_place(place: PlaceRef | None, country: Place | None, text: str, offset: int) -> PlaceRef | None:
    """The place of a whole war's count (`counts_whole_war`) whose sentence names none: the carried `place`
    `widened`, or, with none, the document's country as a mention at the words of the span ("since the war
    began")."""
    if place is not None:
        return widened(place, country)
    span = _WHOLE_WAR.search(text) if country is not None else None
    if country is None or span is None:
        return None
    return place_ref(PlaceMention(country, span.group(0), offset + span.start(), offset + span.end()))


def widened(place: PlaceRef, country: Place | None) -> PlaceRef:
    """The country the document is about when `place` lies inside it, or the territory of no country that holds
    `place` (Rafah -> Gaza Strip), as a reference at `place`'s words; else `place`."""
    if place.kind in {"country", "union"} or not place.ancestors:
        return place
    outer = (
        country
        if country is not None and (place.country == country.name or country.name in place.ancestors)
        else load_gazetteer().lookup(place.ancestors[-1])
    )
    if outer is None or outer.kind == "country" and outer is not country:
        return place
    return place_ref(PlaceMention(outer, place.raw, place.start, place.end))
