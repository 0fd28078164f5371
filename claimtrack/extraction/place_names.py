"""Place mentions written as names: gazetteer names as written (not inside a longer name, "the Kyiv Independent", or
a media outlet's, "France 24"; "the Kursk direction" is the region, "on the Dnipro" the river), each part of a
hyphen-joined pair ("the Belarus-Ukraine border") and a country's adjective before a geographic noun ("the
Belarusian border").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from claimtrack.extraction.actors import actor_lexicon
from claimtrack.extraction.gazetteer import Place, load_gazetteer
from claimtrack.extraction.lexicons import alternation
from claimtrack.extraction.place_mention import SETTLEMENT_KINDS, PlaceMention
from claimtrack.extraction.place_name_scan import _LEADING_LETTERS, _candidates
from claimtrack.extraction.place_roles import GEOGRAPHIC_NOUNS, _head_noun, _is_modifier, _possessive_at
from claimtrack.extraction.prefilter import (
    ascii_words,
    holds_gate,
    is_space_at,
    is_word_char_at,
    lowered,
    trie_alternation,
    word_gate,
)

_CONTROL_WORDS: Final = frozenset("occupied held controlled annexed seized captured".split())


# words that end a longer name which is itself a place: "the Alaska Air Defense Identification Zone"; a town's
# institution named after it stands in it ("the Uman Military Institute", "the Sumy Regional Hospital": Uman, Sumy; not
# a university, which speaks for itself: "the Poltava Pedagogical University reported")
_PLACE_NAME_HEADS: Final = frozenset("Zone Area Region Province District Oblast Krai Border Coast Peninsula Base "
                                     "Airbase Airfield Airport Territory Territories Front Fortress Castle Bridge Dam "
                                     "Station Plant Port Harbour Harbor Bay Square Cathedral Monastery Theatre Theater "
                                     "Stadium Reservoir Lake Forest Mountains Institute Academy Hospital Clinic Market "
                                     "Prison Museum Refinery Factory Shipyard Depot Barracks".split())  # fmt: skip


@lru_cache(maxsize=4)
def _adjective_pattern(key: int) -> re.Pattern[str]:
    """A country adjective, then up to two modifiers and a geographic noun: "the Belarusian border".

    The adjectives are written as a trie that starts with a literal (see `trie_alternation`): the
    same matches as `(?<![\\w-])(?P<adj>{alternation})...`, found with a fraction of the engine's steps.
    """
    adjectives = [a for p in load_gazetteer().places.values() for a in p.adjectives]
    trie = trie_alternation(adjectives, space=r"\s+", not_after=r"[\w-]")
    return re.compile(rf"(?P<adj>{trie})(?![\w'’-])(?P<rest>(?:\s+[a-z][\w-]*){{1,3}})")


# `(?<![\w-])[A-Z]...` with the test of the character before written after the capital (as in `trie_alternation`),
# so that the regex starts with a set and the engine skips from one capital to the next
_HYPHENATED_RE: Final = re.compile(r"[A-Z](?<![\w-][A-Z])[\w.'’]*(?:-[A-Z][\w.'’]*)+(?![\w-])")


_HYPHEN_CAPITAL: Final = re.compile(r"-[A-Z]")  # a literal first: the engine skips to each hyphen


_POSSESSIVE_END: Final = re.compile(r"['’]s$")
_CAPITALISED_AFTER: Final = re.compile(r"\s+(?:[A-Z][a-z]+)")
_REGION_AFTER: Final = re.compile(r"\s+(?:Oblast|Region|Province|Krai)\b")
_WORD_AFTER: Final = re.compile(r"\s+(\w+)")
_WORDS_BEFORE: Final = re.compile(r"[\w'’]+")
_NAME_RUN: Final = re.compile(r"(?:\s+[A-Z][\w'’-]*)+")
_POSSESSIVE_AT: Final = re.compile(r"['’]s\b")
_VERB_AFTER: Final = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|says|said|says|claims|denies|and\s+\w+\s+say)\b"
)


def _longer_name_end(sentence: str, end: int) -> int | None:
    """Where a capitalised name that continues after `end` ends ("the Kyiv Independent"), or None if it does not."""
    if not _may_capitalise_after(sentence, end):
        return None
    run = _NAME_RUN.match(sentence, end) if _CAPITALISED_AFTER.match(sentence, end) else None
    return run.end() if run is not None else None


def _may_capitalise_after(sentence: str, end: int) -> bool:
    """Whether `_CAPITALISED_AFTER` may match at `end`: whitespace there, then a capital A-Z or more whitespace
    (its \\s+ before [A-Z]). Most names are followed by punctuation or one space and a lowercase word: the
    pattern is not entered there."""
    size = len(sentence)
    if end + 1 >= size or not is_space_at(sentence, end):
        return False
    code = ord(sentence[end + 1])
    return 65 <= code <= 90 or is_space_at(sentence, end + 1)


# capitalised words after a place that do not make it part of a longer name: an area, a local office
_NAME_BEFORE_A_TITLE: Final = frozenset("Oblast Region Province Krai Mayor Governor Regional City".split())


# a local body's capitalised name after its place: "Kyiv City Military Administration", "Kharkiv Oblast Council",
# "Mykolaiv Regional State Administration", "Odesa Regional Prosecutor's Office" (the place, then its office)
_LOCAL_BODY_WORDS: Final = frozenset("City Oblast Regional Region District Municipal Military Civil Civil-Military "
                                     "State Prosecutor's Prosecutor’s".split())  # fmt: skip
_LOCAL_BODY_HEADS: Final = frozenset("Administration Council Police Office Prosecutors".split())


def _names_local_body(words: list[str]) -> bool:
    """Whether the capitalised words after a place open with a local body of it ("City Military Administration",
    "Oblast Council Tetiana ...": a name may follow the office)."""
    for word in words:
        if word in _LOCAL_BODY_HEADS:
            return True
        if word not in _LOCAL_BODY_WORDS:
            return False
    return False


# a local office before a place: the capitalised words after the place are the officer's name ("Mayor of Kharkiv
# Ihor Terekhov", "Governor Kyiv Oleksiy ..." and, in translated copy, "Mer Moscow Sergei ...")
_OFFICE_BEFORE: Final = re.compile(r"\b(?:[Mm]ayor|[Mm]er|[Gg]overnor)\s+(?:of\s+(?:the\s+)?)?$")


def _is_part_of_longer_name(sentence: str, end: int) -> tuple[bool, int]:
    """(skip, end): "Moscow Times" is not Moscow; "the Alaska Air Defense Identification Zone" stays Alaska."""
    name_end = _longer_name_end(sentence, end)
    if name_end is None:
        return False, end
    word = _WORD_AFTER.match(sentence, end)  # a name continues after `end`: a word follows
    if word is None:
        return False, end
    nxt = word.group(1)
    if nxt in _NAME_BEFORE_A_TITLE or load_gazetteer().lookup(nxt) is not None:
        return False, end  # "Kharkiv Oblast", "Moscow Mayor Sergei Sobyanin": the place, then what is in it
    words = sentence[end:name_end].split()
    if _names_local_body(words):
        return False, end  # "Kyiv City Military Administration", "Kharkiv Oblast Council": the place's own office
    last = _POSSESSIVE_END.sub("", words[-1])
    if last in _PLACE_NAME_HEADS:
        return False, name_end
    return True, end


_ARTICLE_BEFORE: Final = re.compile(r"\b[Tt]he\s+$")


# after a city's name, words that make it the name of its region: a list of regions it opens or closes ("the
# Bryansk and Kursk regions", "Kursk, Belgorod and Bryansk oblasts") or a front named after it ("the Kursk
# direction", "the Kursk border region"); lowercase, as a proper name ("Kursk Sector") is not read
_REGION_OF_NAME: Final = re.compile(
    r"(?:(?:,\s+|\s+and\s+|\s+or\s+)[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+)?){0,4}\s+(?:regions|oblasts|provinces)\b"
    r"|\s+(?:direction|sector|axis|border\s+region)\b"
)


def _article_before(sentence: str, start: int) -> bool:
    """`_ARTICLE_BEFORE.search(sentence, max(0, start - 4), start) is not None` read by code: in four characters its
    match can only be "the" or "The" and one whitespace character, after no word character (its \b, which the
    engine reads before the window)."""
    at = start - 4
    if at < 0 or not is_space_at(sentence, start - 1):
        return False
    if sentence[at + 1] != "h" or sentence[at + 2] != "e" or sentence[at] != "t" and sentence[at] != "T":
        return False
    return at == 0 or not is_word_char_at(sentence, at - 1)


def _region_named(sentence: str, end: int, name: str) -> Place | None:
    """The region a city's name at `sentence[:end]` stands for ("the Kursk and Belgorod regions", "the Kursk
    direction"), when the gazetteer holds "<name> region" as a region's alias, else None."""
    if _REGION_OF_NAME.match(sentence, end) is None:
        return None
    region = load_gazetteer().lookup(f"{name} region")
    return region if region is not None and region.kind not in SETTLEMENT_KINDS else None


def _river_named(name: str) -> Place | None:
    """The river a city shares its name with ("the Dnipro" -> the Dnipro River): a city takes no article."""
    place = load_gazetteer().lookup(name + " River")
    return place if place is not None and place.kind == "river" else None


def _name_mentions(sentence: str, offset: int) -> list[PlaceMention]:
    """Gazetteer names as written ("Vladivostok, Russia" counts as Vladivostok)."""
    gaz = load_gazetteer()
    key = len(gaz.places)
    outlets = _outlet_tables(key)  # read once for the sentence, not once per name that is an outlet's word
    out: list[PlaceMention] = []
    for m_start, m_end in _candidates(sentence, key):
        whole = sentence[m_start:m_end]
        text = whole[:-2] if whole.endswith(("'s", "’s")) else whole  # `_POSSESSIVE_END.sub("", whole)`
        # "georgia" in lowercase prose is not the country (an ASCII text has a capital if lowercasing changes it);
        # a name that opens with a capital A-Z has one either way (most do: the two tests are left out)
        if not 65 <= ord(text[0]) <= 90 and (
            text == text.lower() if text.isascii() else not any(c.isupper() for c in text)
        ):
            continue
        place = gaz.lookup(text)
        if place is None or (len(text) <= 3 and text != text.upper()):
            continue
        held = outlets[2].get(text) if outlets is not None else None  # `_outlet_words`: the keys of the pieces
        if (
            held is not None
            and outlets is not None
            and _held_in_outlet_name(sentence, m_start, m_start + len(text), outlets[0], held)
        ):
            continue  # "told France 24", "Radio Free Europe", "The Times of Israel": a media outlet's name
        skip, name_end = _is_part_of_longer_name(sentence, m_start + len(text))
        if skip and _OFFICE_BEFORE.search(sentence, max(0, m_start - 16), m_start):
            skip, name_end = False, m_start + len(text)  # "Mayor of Kharkiv Ihor Terekhov": a person follows
        if skip:
            continue  # part of a longer name: "the Kyiv Independent", "Moscow Times"
        if (
            out
            and place.kind == "country"
            and sentence[out[-1].end - offset : m_start] == ", "
            and out[-1].place.country == place.name
        ):
            continue  # "Vladivostok, Russia": the country qualifies the city
        raw = whole if name_end == m_start + len(text) else sentence[m_start:name_end]
        if place.kind in SETTLEMENT_KINDS and _article_before(sentence, m_start):
            place = _river_named(text) or place  # "on the Dnipro" is the river, "in Dnipro" the city
        region = _region_named(sentence, m_start + len(text), text) if place.kind in SETTLEMENT_KINDS else None
        if region is not None:  # "the Kursk and Bryansk regions": scored as the name written, a city's
            out.append(PlaceMention(region, raw, offset + m_start, offset + m_start + len(text), source="region-name"))
            continue
        out.append(PlaceMention(place, raw, offset + m_start, offset + m_start + len(text)))
    return out


@lru_cache(maxsize=4)
def _outlet_names(key: int) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The names of the media outlets of the actor lexicon that hold a place's name ("France 24", "Voice of
    America", "The Times of Israel"), as one pattern, and those place words ("France", "America", "Israel"); None
    when there is none."""
    gaz = load_gazetteer()
    names: set[str] = set()
    words: set[str] = set()
    for actor in actor_lexicon().actors.values():
        for alias in (actor.name, *actor.aliases) if actor.kind == "media" else ():
            held = [w for w in alias.replace("/", " ").split() if gaz.lookup(w) is not None]
            if held:
                names.add(alias)
                words.update(held)
    if not names:
        return None
    if not all(name[:1].isalnum() and "|" not in name for name in names):
        return re.compile(rf"(?<![\w-])(?:{alternation(sorted(names))})(?![\w-])"), frozenset(words)
    # "(?<![\w-])" put after each name's first letter, as "(?<![\w-].)": the same matches, but the pattern opens
    # with a literal in each branch, so the scan skips to the next letter that can begin a name instead of trying
    # every branch at every character
    guarded = [branch[0] + r"(?<![\w-].)" + branch[1:] for branch in alternation(sorted(names)).split("|")]
    return re.compile(rf"(?:{'|'.join(guarded)})(?![\w-])"), frozenset(words)


@lru_cache(maxsize=4)
def _outlet_words(key: int) -> frozenset[str]:
    """The place words of `_outlet_names` (none when it is None): a name that is none of them is in no outlet's name,
    and `_in_outlet_name` is not asked."""
    outlets = _outlet_names(key)
    return frozenset() if outlets is None else outlets[1]


@lru_cache(maxsize=4)
def _outlet_name_pieces(key: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """For each place word of `_outlet_names`, the literal pieces (split at spaces, which the pattern matches as any
    whitespace) of each outlet name that holds the word: a match of the pattern that covers the word is one of
    these names (the word holds no whitespace, so it lies within a piece), and all its pieces stand in the text."""
    outlets = _outlet_names(key)
    if outlets is None:
        return {}
    names = {alias for actor in actor_lexicon().actors.values() if actor.kind == "media"
             for alias in (actor.name, *actor.aliases)}  # fmt: skip
    return {word: tuple(tuple(name.split(" ")) for name in sorted(names) if word in name) for word in outlets[1]}


@lru_cache(maxsize=4)
def _outlet_tables(
    key: int,
) -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[tuple[str, ...], ...]]] | None:
    """The pattern of `_outlet_names`, `_outlet_name_pieces` and the same pieces less those that are the word itself
    (found around it wherever it is written: `_held_in_outlet_name` does not look for them) in one cached call, or
    None when there is no such outlet: each cached call is a call through the interpreter's protocol."""
    outlets = _outlet_names(key)
    if outlets is None:
        return None
    pieces_of = _outlet_name_pieces(key)
    others = {word: tuple(tuple(p for p in pieces if p != word) for pieces in held) for word, held in pieces_of.items()}
    return outlets[0], pieces_of, others


def _in_outlet_name(sentence: str, start: int, end: int) -> bool:
    """Whether the place name at `start:end` is part of a media outlet's name ("told France 24")."""
    tables = _outlet_tables(len(load_gazetteer().places))
    if tables is None:
        return False
    pattern, _, others = tables
    held = others.get(sentence[start:end])
    if held is None:
        return False  # most places are in no outlet's name: the pattern is not tried
    return _held_in_outlet_name(sentence, start, end, pattern, held)


def _held_in_outlet_name(
    sentence: str, start: int, end: int, pattern: re.Pattern[str], held: tuple[tuple[str, ...], ...]
) -> bool:
    """`_in_outlet_name` for a word some outlets' names hold (`held`: their pieces but the word itself, the third table
    of `_outlet_tables`; `pattern`: `_outlet_names`' pattern). Each piece is looked for by `str.find` within the 24
    characters around the word (what `piece in sentence[window:end + 24]` answers, without the slice)."""
    window = max(0, start - 24)
    reach = end + 24
    for pieces in held:
        for piece in pieces:
            if sentence.find(piece, window, reach) < 0:
                break
        else:
            break  # every piece of this name stands around the word
    else:
        return False  # no name holding the word stands around it: the pattern would find none that covers it
    return any(m.start() <= start and end <= m.end() for m in pattern.finditer(sentence, window, reach))


# what a pair of towns names as a stretch of the front between them: "the Kupiansk-Lyman area", "direction", "axis"
_PAIR_AREA_NOUNS: Final = frozenset({"area", "areas", "direction", "directions", "axis", "sector", "sectors"})


def _hyphenated_mentions(sentence: str, offset: int, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Each part of a hyphen-joined pair of places: "the Belarus-Ukraine border" names Belarus and Ukraine."""
    out: list[PlaceMention] = []
    if not _hyphen_before_capital(sentence):  # the pattern needs "-" before a capital
        return out
    gaz = load_gazetteer()
    for m in _HYPHENATED_RE.finditer(sentence):
        if any(s <= offset + m.start() < e for s, e in taken):
            continue
        parts, places, pos = m.group(0).split("-"), [], m.start()
        for part in parts:
            place = gaz.lookup(part) or gaz.lookup_adjective(part)
            places.append((place, part, pos))
            pos += len(part) + 1
        if all(p is not None for p, _, _ in places):
            possessive = _possessive_at(sentence, m.end())
            # the pair qualifies a noun: a location before "border" or "area", an owner before "war"
            head = _head_noun(sentence, m.end() + 2 * possessive, True)
            role = "location" if head in GEOGRAPHIC_NOUNS or head in _PAIR_AREA_NOUNS else "owner"
            out.extend(PlaceMention(p, part, offset + s, offset + s + len(part), role, "hyphen")
                       for p, part, s in places if p is not None)  # fmt: skip
    return out


def _hyphen_before_capital(sentence: str) -> bool:
    """`_HYPHEN_CAPITAL.search(sentence) is not None` by `str.find` from one hyphen to the next, each followed by a
    capital A-Z or not: most sentences hold no hyphen or a few, and no search of the pattern is set up."""
    size = len(sentence)
    hyphen = sentence.find("-")
    while 0 <= hyphen < size - 1:
        if 65 <= ord(sentence[hyphen + 1]) <= 90:
            return True
        hyphen = sentence.find("-", hyphen + 1)
    return False


# the geographic nouns that hold no other one: a sentence holding none of them has no geographic noun
_GEOGRAPHIC_STEMS: Final = tuple(
    sorted(n for n in GEOGRAPHIC_NOUNS if not any(o != n and o in n for o in GEOGRAPHIC_NOUNS))
)


# the first part of each geographic noun ("front" of "front-line"; `ascii_words` refuses any other character): a
# noun the adjective pattern reads is a whole run of [\w-] after whitespace, in lowercase, so in the lowercased
# sentence that part is a whole run of a-z
_GEOGRAPHIC_RUNS: Final = ascii_words({noun.split("-")[0] for noun in GEOGRAPHIC_NOUNS})
_GEOGRAPHIC_GATE: Final = word_gate(_GEOGRAPHIC_RUNS)


def _may_name_geography(sentence: str) -> bool:
    """Whether a geographic noun can be a word of the sentence: a lookup of the sentence's runs of letters (kept
    per sentence), or, where `lowered` cannot vouch for them, substring tests (the nouns are lowercase, and so
    must the words the adjective pattern reads be)."""
    low = lowered(sentence)
    if low is not None:
        return holds_gate(low, _GEOGRAPHIC_GATE)
    for stem in _GEOGRAPHIC_STEMS:  # a plain loop: cheaper than any() over a generator
        if stem in sentence:
            return True
    return False


@lru_cache(maxsize=4)
def _adjective_gate(key: int) -> int | None:
    """The word gate of the country adjectives' leading runs of a-z in lowercase ("north" of "North Korean"), or None
    when one opens with another letter. The adjective pattern matches an adjective as written, with no [\\w-] before
    it and no [\\w'’-] after it: in the lowercased sentence its leading run is a whole run of a-z."""
    runs: set[str] = set()
    for place in load_gazetteer().places.values():
        for adjective in place.adjectives:
            m = _LEADING_LETTERS.match(adjective.lower())
            if m is None:
                return None
            runs.add(m.group(0))
    return word_gate(ascii_words(runs)) if runs else None


def _may_name_an_adjective(sentence: str, key: int) -> bool:
    """Whether the adjective pattern may match in the sentence: a bit of its word mask (`_adjective_gate`), or True
    where `lowered` or the gate cannot tell. Most sentences that hold a geographic noun hold no country adjective."""
    gate = _adjective_gate(key)
    low = lowered(sentence)
    return gate is None or low is None or holds_gate(low, gate)


def _adjective_mentions(sentence: str, offset: int, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """A country's adjective before a geographic noun: "on Russian territory", "the Belarusian border"."""
    out: list[PlaceMention] = []
    if not _may_name_geography(sentence):  # each mention's head is one
        return out
    gaz = load_gazetteer()
    key = len(gaz.places)
    if not _may_name_an_adjective(sentence, key):
        return out
    for m in _adjective_pattern(key).finditer(sentence):
        if any(s <= offset + m.start() < e for s, e in taken):
            continue
        words = m.group("rest").split()
        i = 0
        while i < len(words) - 1 and _is_modifier(words[i]):
            i += 1
        if words[i] not in GEOGRAPHIC_NOUNS or any(w in _CONTROL_WORDS for w in words[:i]):
            continue  # "Russian forces", "Russian occupied territory" (not Russia's)
        country = gaz.lookup_adjective(m.group("adj"))
        if country is None:
            continue
        raw_end = m.start("rest") + len(" ".join(m.group("rest").split()[: i + 1])) + 1
        raw = " ".join(sentence[m.start() : raw_end].split())
        capital = gaz.capital_of(country.name) if words[i] == "capital" else None
        place = capital or country
        out.append(PlaceMention(place, raw, offset + m.start(), offset + m.end("adj"), "location", "adjective"))
    return out
