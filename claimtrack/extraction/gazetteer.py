"""The gazetteer: canonical places, their aliases and their hierarchy, loaded from TOML data.

The packaged file is `claimtrack/extraction/data/places.toml`; users add or override places with
their own TOML files of the same shape (see README, "Extending the lexicons"), named in the
`CLAIMTRACK_PLACES` environment variable (os.pathsep-separated).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final


@dataclass(frozen=True)
class Place:
    """A canonical place."""

    name: str
    kind: str  # country, oblast, region, city, area, macro-region ...
    country: str | None
    parent: str | None
    aliases: tuple[str, ...] = ()
    capital: str | None = None  # a country's capital city (a place name): "the capital" resolves to it
    adjectives: tuple[str, ...] = ()  # a country's adjectives: "the Ukrainian border" names Ukraine


# the mentions `Gazetteer.lookup` remembers: the corpus's ~33,000 lookups a pass are of ~3,000 different mentions
LOOKUP_MEMO_SIZE: Final = 8192


@dataclass
class Gazetteer:
    """Places by canonical name, with a case-insensitive alias index."""

    places: dict[str, Place] = field(default_factory=dict)
    by_alias: dict[str, str] = field(default_factory=dict)  # normalised alias -> canonical name
    by_adjective: dict[str, str] = field(default_factory=dict)  # "ukrainian" -> "Ukraine"
    word_starts: set[str] = field(default_factory=set)  # first word of every alias of several words, lowercase
    by_capital: dict[str, str] = field(default_factory=dict)  # normalised capital city name -> its country
    # `lookup`'s mentions as written -> the canonical name their normalised form is an alias of ("" for none): the
    # same names are looked up again and again (~33,000 lookups a corpus pass), and a dict read of the mention costs
    # less than `_norm`'s replace, lower, split and join; emptied by `add` and when it holds LOOKUP_MEMO_SIZE
    names_found: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def add(self, place: Place) -> None:
        self.names_found.clear()
        self.places[place.name] = place
        if place.capital:
            self.by_capital[_norm(place.capital)] = place.name
        for alias in (place.name, *place.aliases):
            self.by_alias[_norm(alias)] = place.name
            if " " in alias:
                self.word_starts.add(alias.lower().split(" ")[0])
        for adjective in place.adjectives:
            self.by_adjective[_norm(adjective)] = place.name

    def lookup(self, mention: str) -> Place | None:
        """The place a mention names, or None (case, spacing and apostrophe style do not matter)."""
        name = self.names_found.get(mention)
        if name is None:
            if len(self.names_found) >= LOOKUP_MEMO_SIZE:
                self.names_found.clear()
            name = self.names_found[mention] = self.by_alias.get(_norm(mention), "")
        return self.places.get(name) if name else None

    def lookup_adjective(self, word: str) -> Place | None:
        """The country an adjective names ("Belarusian" -> Belarus), or None."""
        name = self.by_adjective.get(_norm(word))
        return self.places.get(name) if name else None

    def country_seated_in(self, city: str) -> Place | None:
        """The country whose capital a city is ("Khartoum" -> Sudan), or None; any of the city's names will do."""
        city_place = self.lookup(city)
        name = self.by_capital.get(_norm(city_place.name if city_place is not None else city))
        return self.places.get(name) if name else None

    def capital_of(self, name: str) -> Place | None:
        """A country's capital city, when the gazetteer knows it."""
        place = self.places.get(name)
        return self.places.get(place.capital) if place is not None and place.capital else None

    def ancestors(self, name: str) -> list[Place]:
        """The parents of a place, nearest first (Kursk Oblast -> [Russia])."""
        chain: list[Place] = []
        seen = {name}
        place = self.places.get(name)
        while place is not None and place.parent and place.parent not in seen:
            seen.add(place.parent)
            place = self.places.get(place.parent)
            if place is not None:
                chain.append(place)
        return chain


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def _read_places(path: Path | str, text: str | None = None) -> list[Place]:
    data = tomllib.loads(text if text is not None else Path(path).read_text(encoding="utf-8"))
    out = []
    for row in data.get("place", []):
        try:
            out.append(
                Place(
                    name=row["name"],
                    kind=row.get("kind", "area"),
                    country=row.get("country"),
                    parent=row.get("parent"),
                    aliases=tuple(row.get("aliases", ())),
                    capital=row.get("capital"),
                    adjectives=tuple(row.get("adjectives", ())),
                )
            )
        except KeyError as exc:
            raise ValueError(f"{path}: a [[place]] entry lacks {exc}; every place needs a name") from exc
    return out


def user_data_paths(env_var: str) -> list[Path]:
    """Extra data files named in an environment variable (os.pathsep-separated)."""
    value = os.environ.get(env_var, "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


# The environment variables that name user lexicon files; read once per document while it is extracted.
LEXICON_VARIABLES: Final = ("CLAIMTRACK_PLACES", "CLAIMTRACK_UNITS", "CLAIMTRACK_DEMONYMS", "CLAIMTRACK_ACTORS")
_pinned: ContextVar[dict[str, str] | None] = ContextVar("claimtrack_pinned_lexicon_variables", default=None)


# the context variables' `get`, bound once: compiled, calling a bound method spares the lookup of the method on each
# call, and the lexicon accessors ask for them ~70,000 times a corpus pass
_pinned_values: Final[Callable[[], dict[str, str] | None]] = _pinned.get


def env_value(var: str) -> str:
    """The value of a lexicon variable: as pinned for the document being extracted, else as set now."""
    pinned = _pinned_values()
    if pinned is not None:
        value = pinned.get(var)  # a pinned value is a string: None only for a variable not pinned
        if value is not None:
            return value
    return os.environ.get(var, "")


# the gazetteer of the pinned variables, once the block of work has asked for it
_pinned_gazetteer: ContextVar[Gazetteer | None] = ContextVar("claimtrack_pinned_gazetteer", default=None)
_pinned_gazetteer_value: Final[Callable[[], Gazetteer | None]] = _pinned_gazetteer.get


def lexicon_variables() -> dict[str, str]:
    """`{var: os.environ.get(var, "") for var in LEXICON_VARIABLES}`. Where `os.environ` is the interpreter's own
    mapping (`os._Environ`), each variable is read from the dict it keeps (`_data`, by `encodekey(var)`, decoded by
    `decodevalue`), as its `__getitem__` reads it: `os.environ.get` goes through `Mapping.get`, `__getitem__` and,
    for a variable not set, two `KeyError`s (~4,500 instructions each, four variables per document)."""
    environ: Any = os.environ
    data = getattr(environ, "_data", None)
    if type(environ) is not getattr(os, "_Environ", None) or not isinstance(data, dict):
        return {var: os.environ.get(var, "") for var in LEXICON_VARIABLES}
    values: dict[str, str] = {}
    for var in LEXICON_VARIABLES:
        raw = data.get(environ.encodekey(var))
        values[var] = "" if raw is None else environ.decodevalue(raw)
    return values


@contextmanager
def pinned_environment() -> Iterator[None]:
    """Read the lexicon variables once for a block of work (a document): the lexicons are looked up per
    word, and reading os.environ each time (a missing variable costs an exception) is a measurable cost."""
    token = _pinned.set(lexicon_variables())
    gazetteer_token = _pinned_gazetteer.set(None)
    try:
        yield
    finally:
        _pinned_gazetteer.reset(gazetteer_token)
        _pinned.reset(token)


@lru_cache(maxsize=16)
def paths_in(value: str) -> tuple[str, ...]:
    """The files an environment variable's value names, as strings (cached: lexicons are looked up per word)."""
    return tuple(str(Path(p)) for p in value.split(os.pathsep) if p.strip())


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> Gazetteer:
    gaz = Gazetteer()
    packaged = resources.files("claimtrack.extraction").joinpath("data/places.toml")
    for place in _read_places("places.toml", packaged.read_text(encoding="utf-8")):
        gaz.add(place)
    for path in extra:
        for place in _read_places(path):
            gaz.add(place)
    return gaz


def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer plus the user's files from CLAIMTRACK_PLACES (within `pinned_environment`, looked
    up once per block of work: places are looked up per word)."""
    gazetteer = _pinned_gazetteer_value()
    if gazetteer is not None:
        return gazetteer
    gazetteer = _load(paths_in(env_value("CLAIMTRACK_PLACES")))
    if _pinned.get() is not None:
        _pinned_gazetteer.set(gazetteer)
    return gazetteer
