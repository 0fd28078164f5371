"""The place a document is about, as the sentences of its claims name it: the place of a count that neither its
sentence nor the sentences around it place ("The ministry says 326 of its soldiers have been killed" in a report
on Gaza: the Gaza Strip; "officers had identified 11 of the victims" in a report on a strike on Kharkiv: Kharkiv).

Each name a claim's sentence writes as a place counts for that place and for every place it lies in. The theatre
is the top of the hierarchy named most (a country, or a territory with no country such as the Gaza Strip); the
focus is the narrowest place within it that holds most of the theatre's mentions, so a report that names many
towns of one country is about the country, and one that keeps naming one town is about the town.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Final

from claimtrack.extraction.gazetteer import env_value, load_gazetteer
from claimtrack.extraction.lexicons import side_by_form, sides
from claimtrack.extraction.place_mention import PlaceMention
from claimtrack.extraction.place_references import new_counter
from claimtrack.extraction.prefilter import StartScan, trie_alternation, word_start_scan

FOCUS_NAMES: Final = 2  # the theatre is named (itself or a place within it) twice at least ...
FOCUS_DOMINANCE: Final = 3  # ... and three times as often as any other theatre
FOCUS_SHARE: Final = 0.6  # a place within the theatre is the focus when it holds this share of the theatre's names
_NO_FOCUS_KINDS: Final = frozenset({"union", "macro-region"})  # NATO, the EU, "Europe": no scene of a count


def _count_one(counter: Counter[str], name: str) -> None:
    """`counter[name] += 1`, a name not counted yet set to 1 without the read that calls `Counter.__missing__` (a
    call into the interpreter, for ~7,500 of the ~18,000 counts a corpus pass)."""
    if name in counter:
        counter[name] += 1
    else:
        counter[name] = 1


@dataclass(init=False)  # init=False: its own __init__, which mypyc compiles
class PlaceFocus:
    """The names a document's claim sentences wrote as places, each counted for the places it lies in too."""

    tally: Counter[str] = field(default_factory=Counter)  # place -> names of it or of a place within it
    theatres: Counter[str] = field(default_factory=Counter)  # top place -> names within it
    last: dict[str, PlaceMention] = field(default_factory=dict)  # place -> its last mention by its own name
    chains: dict[str, tuple[str, ...]] = field(default_factory=dict)  # place -> itself and the places it lies in
    noted: set[int] = field(default_factory=set)  # the indexes of the sentences counted

    def __init__(
        self,
        tally: Counter[str] | None = None,
        theatres: Counter[str] | None = None,
        last: dict[str, PlaceMention] | None = None,
        chains: dict[str, tuple[str, ...]] | None = None,
        noted: set[int] | None = None,
    ) -> None:
        """The fields' defaults as `field` gives them; None for a field with a default factory: a new one."""
        self.tally = new_counter() if tally is None else tally
        self.theatres = new_counter() if theatres is None else theatres
        self.last = {} if last is None else last
        self.chains = {} if chains is None else chains
        self.noted = set() if noted is None else noted

    def note(self, index: int, mentions: list[PlaceMention], excluded: list[tuple[int, int]] | None = None) -> None:
        """Count the names sentence `index` writes as places, outside the speaker's words (`excluded`); once."""
        if index in self.noted:
            return
        self.noted.add(index)
        for m in mentions:
            if m.role == "owner" or m.source != "name" or m.place.kind in _NO_FOCUS_KINDS:
                continue
            if excluded and any(s <= m.start < e for s, e in excluded):
                continue
            chain = self._chain(m.place.name)
            tally = self.tally
            for name in chain:
                _count_one(tally, name)
            _count_one(self.theatres, chain[-1])
            self.last[m.place.name] = m

    def _chain(self, name: str) -> tuple[str, ...]:
        chain = self.chains.get(name)
        if chain is None:
            ancestors = [p.name for p in load_gazetteer().ancestors(name) if p.kind not in _NO_FOCUS_KINDS]
            chain = tuple([name] + ancestors)
            self.chains[name] = chain
        return chain

    def place(self, named: list[PlaceMention], sides: frozenset[str] = frozenset()) -> PlaceMention | None:
        """The last mention of the focus, or None when no theatre dominates or when the claim's sentence names a place
        of another theatre (`named`: "the UK is sending 400 vehicles" in a report on Russia is no count there), or,
        in a report on a country, another country by its people or its speaker (`sides`, as `sides_named` finds
        them: "Putin announced a call-up of 300,000 reservists" in a report on Ukraine is no count there)."""
        ranked = self.theatres.most_common(2)
        if not ranked or ranked[0][1] < FOCUS_NAMES:
            return None
        if len(ranked) == 2 and ranked[0][1] < FOCUS_DOMINANCE * ranked[1][1]:
            return None
        theatre, names = ranked[0]
        if any(self._chain(m.place.name)[-1] != theatre for m in named if m.place.kind not in _NO_FOCUS_KINDS):
            return None
        if sides and any(side != theatre for side in sides) and _is_country(theatre):
            return None
        best: str | None = None
        for name, chain in self.chains.items():
            if chain[-1] != theatre or name not in self.last or self.tally[name] < FOCUS_SHARE * names:
                continue
            if best is None or (len(chain), self.tally[name]) > (len(self.chains[best]), self.tally[best]):
                best = name
        return self.last[best] if best is not None else None


def _is_country(name: str) -> bool:
    place = load_gazetteer().lookup(name)
    return place is not None and place.kind == "country"


# the last scan `_side_scan` built for each pattern source, with the pattern it was built for
_SIDE_SCANS: Final[dict[str, tuple[re.Pattern[str], StartScan]]] = {}


def _side_scan(pattern: re.Pattern[str]) -> StartScan:
    """`pattern` (`\\b(?:{SIDE})\\b`, each form opening with a word character) scanned from one character that is
    no word character to the next (`word_start_scan`): with its \\b first, the engine ran its matcher at every
    character of the sentence. Remembered for the pattern object, looked up by its source (a string, whose hash is
    kept): an lru_cache keyed by the pattern hashed its compiled code, ~27,000 instructions for the sides' forms."""
    cached = _SIDE_SCANS.get(pattern.pattern)
    if cached is not None and cached[0] is pattern:
        return cached[1]
    if len(_SIDE_SCANS) >= 8:
        _SIDE_SCANS.clear()
    scan = word_start_scan(pattern)
    _SIDE_SCANS[pattern.pattern] = (pattern, scan)
    return scan


# `_side_pattern` per set of user files (the value of CLAIMTRACK_DEMONYMS)
_SIDE_PATTERNS: Final[dict[str, re.Pattern[str]]] = {}


def _side_pattern() -> re.Pattern[str]:
    """`side_regex(r"\\b(?:{SIDE})\\b")` with the forms written as a trie (`trie_alternation`): the alternation
    tried its ~240 forms one after the other at each start. The same matches: two forms that match at one position
    are one the other's prefix (literal text, a space as `\\s+`), and both regexes try the longer first, each
    followed by the \\b."""
    key = env_value("CLAIMTRACK_DEMONYMS")
    pattern = _SIDE_PATTERNS.get(key)
    if pattern is None:
        if len(_SIDE_PATTERNS) >= 8:
            _SIDE_PATTERNS.clear()
        forms = {form for side in sides() for form in side.forms + (side.country,) if form}
        trie = trie_alternation(forms, space=r"\s+")
        pattern = _SIDE_PATTERNS[key] = re.compile(rf"\b(?:{trie})\b")
    return pattern


def sides_named(sentence: str, affiliation: str | None) -> frozenset[str]:
    """The countries a sentence names by their people or adjective ("Russian", "North Korea's"), with the speaker's
    country (`affiliation`, when it is a country): the countries a count may belong to besides the one a report is
    about."""
    found: set[str] = {affiliation} if affiliation and _is_country(affiliation) else set()
    for m in _side_scan(_side_pattern()).finditer(sentence):
        side = side_by_form(m.group(0))
        if side is not None:
            found.add(side.country)
    return frozenset(found)
