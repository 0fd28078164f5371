"""Load the packaged lexicons (counted groups, sides, actors) plus the user's own TOML files.

Each lexicon is a TOML file in `claimtrack/extraction/data/` holding an array of tables; users
extend it with files of the same shape named in an environment variable (os.pathsep-separated):
CLAIMTRACK_UNITS, CLAIMTRACK_DEMONYMS, CLAIMTRACK_ACTORS (and CLAIMTRACK_PLACES for the gazetteer).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final, Generic, TypeVar

from claimtrack.extraction.gazetteer import env_value, user_data_paths

# "the ministry's figures", "a report by X": the nouns of a document that speaks for its author
DOCUMENT_WORDS: Final = ("database", "data", "figures", "statistics", "report", "reports", "study", "survey",
                         "statement",
                         "estimate", "estimates", "tally", "tallies", "records", "analysis", "findings",
                         "assessment", "assessments")  # fmt: skip
# participles that name who put a document out, before "by"/"from" and its source: "figures released by X", "data
# provided on Thursday by X", "statistics compiled by X" (not "obtained by": who obtained a document did not write it)
SOURCING_PARTICIPLES: Final = (
    "released",
    "published",
    "provided",
    "issued",
    "compiled",
    "shared",
    "supplied",
    "collected",
    "gathered",
    "given",
    "presented",
    "posted",
    "prepared",
    "produced",
    "conducted",
    "commissioned",
    "made",
    "put out",
    "made public",
    "carried out",
)
# nouns of what shows a thing, which open a sentence before a verb of showing or saying ("Footage suggests",
# "Radar data indicates", "Field reports say", "Estimates put"): a common noun there, capitalised, is no name
EVIDENCE_NOUNS: Final = frozenset(DOCUMENT_WORDS) | frozenset(
    """
    footage imagery image images photo photos photograph photographs picture pictures video videos recording recordings
    radar satellite satellites field evidence research monitoring tracking modelling modeling testimony testimonies
    document documents intercepts signals sightings observations accounts polling poll polls projections calculations
    assessment assessments counts casualty casualties preliminary initial early
    """.split()
)


def _env_key(env_var: str) -> str:
    """The cache key of a lexicon: the value of its environment variable (cheap to read on every call)."""
    return env_value(env_var)


def load_records(packaged: str, table: str, env_var: str) -> list[dict]:
    """The rows of `[[table]]` in the packaged file, then in each user file."""
    text = resources.files("claimtrack.extraction").joinpath(f"data/{packaged}").read_text(encoding="utf-8")
    rows = list(tomllib.loads(text).get(table, []))
    for path in user_data_paths(env_var):
        try:
            rows.extend(tomllib.loads(Path(path).read_text(encoding="utf-8")).get(table, []))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ValueError(f"{path} (from {env_var}): cannot read it as TOML: {exc}") from exc
    return rows


def longest_first(phrases: list[str]) -> list[str]:
    """The distinct non-empty phrases, longest first: the order `alternation` tries them in."""
    return sorted({p for p in phrases if p}, key=len, reverse=True)


def alternation(phrases: list[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in longest_first(phrases))


@dataclass(frozen=True)
class CountedGroup:
    """What a noun after a number counts."""

    noun: str
    category: str  # personnel, casualties, detention, displacement, people, materiel
    kind: str
    label: str
    needs_cue: bool = False
    units_of: bool = False  # a formation (brigade): counts units, multiplies "each"
    multiplier_only: bool = False  # "groups", "waves": only multiply, never a claim of their own
    min_count: int | None = None  # the smallest plain head count (no cue) that is a claim; None: the default


def _read_counted_groups(key: str) -> dict[str, CountedGroup]:
    groups: dict[str, CountedGroup] = {}
    for row in load_records("units.toml", "group", "CLAIMTRACK_UNITS"):
        for noun in row.get("nouns", []):
            label = noun if row.get("label", "*") == "*" else row["label"]
            groups[noun.lower()] = CountedGroup(
                noun=noun.lower(),
                category=row["category"],
                kind=row.get("kind", "other"),
                label=label,
                needs_cue=bool(row.get("needs_cue", False)),
                units_of=bool(row.get("units_of", False)),
                multiplier_only=bool(row.get("multiplier_only", False)),
                min_count=row.get("min_count"),
            )
    return groups


_Lexicon = TypeVar("_Lexicon")
LEXICON_CACHE_SIZE: Final = 4  # lexicons kept per loader, each under its environment variable's value


class LexiconCache(Generic[_Lexicon]):
    """`lru_cache(maxsize=LEXICON_CACHE_SIZE)` of a lexicon's loader, keyed on its environment variable's value:
    the same loads, the same objects, and `cache_clear`. Asked through `get`, a native method where compiled (a
    call of an `lru_cache` wrapper goes through the interpreter, ~470 instructions); the key asked for last, the most
    recently used already, answers at once."""

    def __init__(self, load: Callable[[str], _Lexicon]) -> None:
        self.load = load
        self.loaded: dict[str, _Lexicon] = {}  # in order of use, the least recent first
        self.last_key: str | None = None
        self.last: _Lexicon | None = None

    def get(self, key: str) -> _Lexicon:
        last = self.last
        if last is not None and key == self.last_key:
            return last
        value = self.loaded.pop(key, None)  # used again: put back last
        if value is None:
            value = self.load(key)
            if len(self.loaded) >= LEXICON_CACHE_SIZE:
                del self.loaded[next(iter(self.loaded))]  # the least recently used
        self.loaded[key] = value
        self.last_key, self.last = key, value
        return value

    def cache_clear(self) -> None:
        """Forget every lexicon loaded: the next `get` loads anew."""
        self.loaded.clear()
        self.last_key, self.last = None, None


_COUNTED_GROUPS: Final = LexiconCache(_read_counted_groups)


def counted_groups() -> dict[str, CountedGroup]:
    """Counted nouns (lowercase) -> their group."""
    return _COUNTED_GROUPS.get(_env_key("CLAIMTRACK_UNITS"))


@dataclass(frozen=True)
class Side:
    """A party: country, its adjective, the words that name it, its capitals."""

    country: str
    adjective: str
    forms: tuple[str, ...]
    capitals: tuple[str, ...]


@lru_cache(maxsize=4)
def _sides(key: str) -> tuple[Side, ...]:
    return tuple(
        Side(
            country=row["country"],
            adjective=row.get("adjective", row["country"]),
            forms=tuple(row.get("forms", ())),
            capitals=tuple(row.get("capitals", ())),
        )
        for row in load_records("demonyms.toml", "side", "CLAIMTRACK_DEMONYMS")
    )


def sides() -> tuple[Side, ...]:
    return _sides(_env_key("CLAIMTRACK_DEMONYMS"))


def _read_side_index(key: str) -> dict[str, Side]:
    index: dict[str, Side] = {}
    for side in _sides(key):
        for form in (*side.forms, side.country, side.adjective):
            index[form.lower()] = side
    return index


_SIDE_INDEX: Final = LexiconCache(_read_side_index)


def side_index() -> dict[str, Side]:
    """Side forms as `side_key` normalises them -> side (fetch once for a loop over many words)."""
    return _SIDE_INDEX.get(_env_key("CLAIMTRACK_DEMONYMS"))


@lru_cache(maxsize=4)
def _side_word_starts(key: str) -> frozenset[str]:
    return frozenset(form.split(" ")[0] for form in _SIDE_INDEX.get(key) if " " in form)


def side_word_starts() -> frozenset[str]:
    """The first word of every side form of several words ("north" for "north korean"), lowercase."""
    return _side_word_starts(_env_key("CLAIMTRACK_DEMONYMS"))


def side_key(form: str) -> str:
    """How a word is looked up in `side_index()`: lowercase, curly apostrophe straightened."""
    return form.lower().replace("’", "'")


def side_by_form(form: str) -> Side | None:
    """The side a word names ("Ukrainian", "Russia's", "North Koreans"), or None."""
    return side_index().get(side_key(form))


@lru_cache(maxsize=4)
def _capital_index(key: str) -> dict[str, Side]:
    return {cap.lower(): side for side in _sides(key) for cap in side.capitals}


def side_by_capital(word: str) -> Side | None:
    """The side whose seat of power a word names ("Kyiv", "Seoul"), or None."""
    return _capital_index(_env_key("CLAIMTRACK_DEMONYMS")).get(word.lower())


def side_form_pattern() -> str:
    """Regex alternation of every side form (cached per set of user files)."""
    return _side_form_pattern(_env_key("CLAIMTRACK_DEMONYMS"))


@lru_cache(maxsize=4)
def _side_form_pattern(key: str) -> str:
    return alternation([f for s in _sides(key) for f in (*s.forms, s.country)])


@lru_cache(maxsize=64)
def side_regex(template: str) -> re.Pattern[str]:
    """A compiled regex from a template holding {SIDE} where the side alternation goes."""
    return re.compile(template.replace("{SIDE}", side_form_pattern()))
