"""Find place mentions in a sentence and choose the one a claim is about.

Mentions are gazetteer aliases matched as whole words (longest first). The claim's place is the
best-scored mention outside the speaker's words: places after "in/into/to/near/at" score higher than
those after "from", and a more specific place (city, oblast) beats a country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimtrack.extraction.gazetteer import Place, load_gazetteer
from claimtrack.extraction.lexicons import alternation, longest_first
from claimtrack.extraction.prefilter import lowered, trie_alternation
from claimtrack.records import PlaceRef

KIND_SPECIFICITY = {"city": 4, "town": 4, "village": 4, "island": 4, "district": 3, "oblast": 3, "krai": 3,
                    "republic": 3, "state": 3, "region": 2, "peninsula": 2, "area": 3, "macro-region": 2,
                    "sea": 2, "river": 2, "strait": 2, "country": 1, "union": 0}  # fmt: skip
TOWARD_PREPOSITIONS = frozenset("in into to inside near at toward towards within across around outside along on".split())  # noqa: E501
AWAY_PREPOSITIONS = frozenset("from".split())
_AREA_NOUNS = frozenset("region city town village province oblast district outskirts suburbs suburb area port".split())


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    raw: str
    start: int  # absolute offsets
    end: int


@lru_cache(maxsize=4)
def _aliases(key: int) -> tuple[str, ...]:
    """Every alias of the gazetteer, in the order the alias pattern tries them (longest first)."""
    gaz = load_gazetteer()
    return tuple(longest_first([a for p in gaz.places.values() for a in (p.name, *p.aliases)]))


def _alias_pattern(aliases: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(list(aliases))})(?![\w-])(?:['’]s)?", re.IGNORECASE)


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern[str]:
    return _alias_pattern(_aliases(key))


@lru_cache(maxsize=4096)
def _pattern_at(word: str, key: int) -> re.Pattern[str]:
    """The alias pattern cut down to the aliases that can match where the (lowercased) word `word` begins.

    An alias matching there either ends inside the word or runs past its end, so one of the two is a
    prefix of the other. Dropping aliases that cannot match leaves the first one that does (and so the
    match) unchanged. Non-ASCII words and aliases, where case folding is less simple, keep the whole set.
    """
    if not word.isascii():
        return _pattern(key)
    kept = [a for a in _aliases(key) if not a.isascii() or a.lower().startswith(word) or word.startswith(a.lower())]
    return _alias_pattern(kept) if kept else _pattern(key)


@lru_cache(maxsize=4)
def _first_words(key: int) -> frozenset[str]:
    gaz = load_gazetteer()
    return frozenset(re.split(r"[\s-]+", a.lower())[0] for p in gaz.places.values() for a in (p.name, *p.aliases))


_WORD_RE = re.compile(r"(?<![\w-])[\w.'’]+")
_WORD_CHARS = re.compile(r"[\w.'’]+")
# where `_WORD_RE` can start a word in the middle of a run of word characters ("-'Kyiv" -> "Kyiv")
_HYPHENATED_RUN = re.compile(r"-\w*[.'’][\w.'’]")


@lru_cache(maxsize=4)
def _first_word_pattern(key: int) -> re.Pattern[str]:
    """A whole word (run of word characters, not after a hyphen) that `_candidates_by_word` would try.

    That is a first word of an alias, or one followed by full stops ("Kyiv." ending a sentence); it
    is matched in the lowercased sentence, as a trie, so the sentence is scanned once in C.
    """
    first = [w for w in _first_words(key) if _WORD_CHARS.fullmatch(w)]
    plain = trie_alternation([w for w in first if not w.endswith(".")])
    dotted = trie_alternation([w for w in first if w.endswith(".")]) if any(w.endswith(".") for w in first) else None
    words = rf"{plain}\.*" if dotted is None else rf"(?:{plain}\.*|{dotted})"
    return re.compile(rf"(?<![\w.'’-]){words}(?![\w.'’])")


def _candidates(sentence: str, key: int):
    """Alias matches, tried only at words that can begin an alias (much faster than scanning the sentence)."""
    low = lowered(sentence)
    if low is None or _HYPHENATED_RUN.search(sentence):
        yield from _candidates_by_word(sentence, key)
        return
    pos = 0
    for w in _first_word_pattern(key).finditer(low):
        if w.start() < pos:
            continue
        m = _pattern_at(w.group(0), key).match(sentence, w.start())
        if m:
            pos = m.end()
            yield m


def _candidates_by_word(sentence: str, key: int):
    """`_candidates` by a loop over every word, for the sentences the scan in `_candidates` cannot vouch for."""
    first = _first_words(key)
    pos = 0
    for w in _WORD_RE.finditer(sentence):
        word = w.group(0).lower()
        if w.start() < pos or word.rstrip(".") not in first and word not in first:
            continue
        m = _pattern_at(word, key).match(sentence, w.start())
        if m:
            pos = m.end()
            yield m


_POSSESSIVE_END = re.compile(r"['’]s$")
_CAPITALISED_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+)")
_REGION_AFTER = re.compile(r"\s+(?:Oblast|Region|Province|Krai)\b")
_WORD_AFTER = re.compile(r"\s+(\w+)")
_WORDS_BEFORE = re.compile(r"[\w'’]+")
_VERB_AFTER = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|says|said|says|claims|denies|and\s+\w+\s+say)\b"
)


def find_places(sentence: str, offset: int = 0) -> list[PlaceMention]:
    """Gazetteer places named in a sentence ("Vladivostok, Russia" counts as Vladivostok)."""
    gaz = load_gazetteer()
    out: list[PlaceMention] = []
    for m in _candidates(sentence, len(gaz.places)):
        text = _POSSESSIVE_END.sub("", m.group(0))
        if not any(c.isupper() for c in text):  # "georgia" in lowercase prose is not the country
            continue
        place = gaz.lookup(" ".join(text.split()))
        if place is None:
            continue
        if text.isupper() is False and len(text) <= 3 and text != text.upper():
            continue
        if _CAPITALISED_AFTER.match(sentence, m.end()) and not _REGION_AFTER.match(sentence, m.end()) \
                and gaz.lookup(_WORD_AFTER.match(sentence, m.end()).group(1)) is None:
            continue  # part of a longer name: "the Kyiv Independent", "Moscow Times"
        if out and place.kind == "country" and sentence[out[-1].end - offset : m.start()] == ", " \
                and out[-1].place.country == place.name:
            continue  # "Vladivostok, Russia": the country qualifies the city
        out.append(PlaceMention(place, m.group(0), offset + m.start(), offset + m.start() + len(text)))
    return out


def _preposition_before(sentence: str, pos: int) -> str | None:
    """The preposition governing a place: the nearest one among the three words before it ("to the east of")."""
    words = _WORDS_BEFORE.findall(sentence, max(0, pos - 60), pos)[-3:]
    if len(words) >= 2 and words[-1].lower() == "of" and words[-2].lower() in _AREA_NOUNS:
        return "in"  # "the region of Vinnytsia", "the city of Kharkiv", "the outskirts of Kyiv"
    for word in reversed(words):
        low = word.lower()
        if low in TOWARD_PREPOSITIONS or low in AWAY_PREPOSITIONS:
            return low
    return None


def choose_place(
    sentence: str, offset: int, mentions: list[PlaceMention], exclude: list[tuple[int, int]]
) -> PlaceRef | None:
    """The place a claim in this sentence is about, or None; `exclude` are spans of speaker words."""
    best: tuple[float, PlaceMention] | None = None
    for mention in mentions:
        if any(s <= mention.start < e for s, e in exclude):
            continue
        prep = _preposition_before(sentence, mention.start - offset)
        score = float(KIND_SPECIFICITY.get(mention.place.kind, 2))
        if prep in TOWARD_PREPOSITIONS:
            score += 3
        elif prep in AWAY_PREPOSITIONS:
            score -= 2
        if _VERB_AFTER.match(sentence, mention.end - offset):
            score -= 2  # the place is the subject of a verb: an actor by metonymy, not where it happens
        if mention.raw.endswith(("'s", "’s")):
            score -= 0.5  # "Russia's Kursk region": the possessive qualifies what follows
        if best is None or score > best[0]:
            best = (score, mention)
    if best is None:
        return None
    return place_ref(best[1])


def place_ref(mention: PlaceMention) -> PlaceRef:
    gaz = load_gazetteer()
    place = mention.place
    return PlaceRef(
        name=place.name,
        country=place.country,
        kind=place.kind,
        parent=place.parent,
        ancestors=[p.name for p in gaz.ancestors(place.name)],
        raw=mention.raw,
        start=mention.start,
        end=mention.end,
    )
