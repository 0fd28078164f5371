"""A place named in a sentence: `PlaceMention` (the place, its words as written, where they stand, the role they
play and how the name was found), and the kinds of place the modules that find and choose places group together.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from claimtrack.extraction.gazetteer import Place

SETTLEMENT_KINDS: Final = frozenset({"city", "town", "village"})
# the kinds "the region", "the oblast", "his voivodeship" refer to: a country's first-level division
AREA_KINDS: Final = frozenset({"oblast", "region", "krai", "state", "republic", "district"})


# built per sentence: not frozen (a frozen dataclass is ~3x slower to build), but treated as immutable
@dataclass(unsafe_hash=True, init=False)  # init=False: its own __init__, which mypyc compiles
class PlaceMention:
    place: Place
    raw: str
    start: int  # absolute offsets
    end: int
    role: str = "plain"  # location, owner, qualifier, appositive, plain (see `place_roles`)
    # name, region-name ("the Kursk direction": a city's name for its region), hyphen, adjective, reference ("the
    # city", "the country"), anaphor ("the region", "there")
    source: str = "name"

    def __init__(self, place: Place, raw: str, start: int, end: int, role: str = "plain", source: str = "name") -> None:
        self.place = place
        self.raw = raw
        self.start = start
        self.end = end
        self.role = role
        self.source = source
