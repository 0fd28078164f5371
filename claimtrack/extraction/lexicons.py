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
from typing import Final, TypeVar

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


@lru_cache(maxsize=4)
def _counted_groups(key: str) -> dict[str, CountedGroup]:
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


# The last key each lexicon was asked for, with what its lru_cache gave for it: asked again for that key, the cache
# would give the same object (the key is its most recently used), which the compiled code reads from this dict
# without a call through the cache's wrapper (~470 instructions). One entry each: a new key replaces the last.
_LAST_COUNTED_GROUPS: Final[dict[str, dict[str, CountedGroup]]] = {}

_Lexicon = TypeVar("_Lexicon")


def _for_last_key(last: dict[str, _Lexicon], key: str, load: Callable[[str], _Lexicon]) -> _Lexicon:
    """`load(key)`, read from `last` when `key` is the key asked for last (`last` keeps that one entry)."""
    value = last.get(key)
    if value is None:
        value = load(key)
        last.clear()
        last[key] = value
    return value


def counted_groups() -> dict[str, CountedGroup]:
    """Counted nouns (lowercase) -> their group."""
    return _for_last_key(_LAST_COUNTED_GROUPS, _env_key("CLAIMTRACK_UNITS"), _counted_groups)


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


@lru_cache(maxsize=4)
def _side_index(key: str) -> dict[str, Side]:
    index: dict[str, Side] = {}
    for side in _sides(key):
        for form in (*side.forms, side.country, side.adjective):
            index[form.lower()] = side
    return index


_LAST_SIDE_INDEX: Final[dict[str, dict[str, Side]]] = {}  # as `_LAST_COUNTED_GROUPS`, for `_side_index`


def side_index() -> dict[str, Side]:
    """Side forms as `side_key` normalises them -> side (fetch once for a loop over many words)."""
    return _for_last_key(_LAST_SIDE_INDEX, _env_key("CLAIMTRACK_DEMONYMS"), _side_index)


@lru_cache(maxsize=4)
def _side_word_starts(key: str) -> frozenset[str]:
    return frozenset(form.split(" ")[0] for form in _side_index(key) if " " in form)


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
