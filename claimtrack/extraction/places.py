"""Find place mentions in a sentence and choose the one a claim is about.

Mentions are gazetteer aliases matched as whole words (longest first), plus a few derived forms:
hyphen-joined names ("the Belarus-Ukraine border"), a country's adjective before a geographic noun
("the Ukrainian border"), a country's capital ("Ukraine's capital") and, with a `PlaceContext`, places
named by reference ("the capital", "the country", "the hilltop town"), resolved from earlier sentences.

Each mention gets a role from the words around it: a `location` ("Ukraine's border", "in Belarus"), an
`owner` that only qualifies or acts ("Russia's claim", "US aircraft", "Russia must"), a `qualifier` of a
following name ("Russia's Kursk region"), an `appositive` describing the name before it ("Rostov, a city
in the south of Russia") or `plain`. Owners and appositives are never a claim's place. Among the others
the best-scored mention outside the speaker's words wins: places after "in/into/to/near/at/along" score
higher than those after "from", a more specific place (city, oblast) beats a country, places in an aside
("in addition to ...") lose, and on a par the first mention (or the one inside the other) wins.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Final

from claimtrack.extraction.actors import actor_lexicon
from claimtrack.extraction.gazetteer import Place, load_gazetteer
from claimtrack.extraction.lexicons import alternation
from claimtrack.extraction.place_mention import SETTLEMENT_KINDS, PlaceMention
from claimtrack.extraction.place_name_scan import _LEADING_LETTERS, _candidates
from claimtrack.extraction.place_phrases import in_comparison, in_rank_frame, origin_start
from claimtrack.extraction.place_references import (
    _DIRECTION_REFERENCE,
    PlaceContext,
    _direction_references,
    _reference_mentions,
)
from claimtrack.extraction.place_roles import (
    GEOGRAPHIC_NOUNS,
    _capital_of_possessive,
    _governed_by,
    _head_noun,
    _is_modifier,
    _possessive_at,
    _with_roles,
    _words_before_name,
    names_local_office,
    office_region,
)
from claimtrack.extraction.place_scoring import (
    _SPEAKING_NOUNS,
    _is_venue,
    _last_words,
    _preposition_before,
    place_score,
    said_at,
)
from claimtrack.extraction.prefilter import (
    ascii_words,
    holds_gate,
    is_space_at,
    is_word_char_at,
    lowered,
    may_glue_a_stop,
    may_hold,
    trie_alternation,
    word_gate,
    word_start_scan,
)
from claimtrack.extraction.unvalidated import unvalidated_record
from claimtrack.records import PlaceRef

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


# a full stop glued between two words, in copy whose line breaks were lost ("the border with Ukraine.soldiers")
# (not a web address's: "kyiv.ua", "ukraine.gov"); the full stop first, so the scan looks for it alone
_GLUED_STOP: Final = re.compile(r"\.(?<=[a-z]\.)(?=[A-Za-z]{2})(?!(?:com|org|net|gov|info|ua|ru|su|by|uk|eu|pl|de)\b)")


def find_places(sentence: str, offset: int = 0, context: PlaceContext | None = None) -> list[PlaceMention]:
    """Places named in a sentence, in order, with their roles; `context` resolves "the capital", "the town".

    A full stop glued between two words is read as the break it stands for (a space: the offsets stay those of
    the sentence), and each place keeps its raw words as written."""
    if may_glue_a_stop(sentence) and _GLUED_STOP.search(sentence):
        mentions = _find_places(_GLUED_STOP.sub(" ", sentence), offset, context)
        return [replace(m, raw=sentence[m.start - offset : m.start - offset + len(m.raw)]) for m in mentions]
    return _find_places(sentence, offset, context)


def _find_places(sentence: str, offset: int, context: PlaceContext | None) -> list[PlaceMention]:
    mentions = _name_mentions(sentence, offset)
    # the spans taken are listed only for a sentence whose gate lets `_hyphenated_mentions` or `_adjective_mentions`
    # look further: either finds nothing in the others, whatever is taken
    if _hyphen_before_capital(sentence):
        taken = [(m.start, m.start + len(m.raw)) for m in mentions]
        mentions += _hyphenated_mentions(sentence, offset, taken)
    if _may_name_geography(sentence):
        taken = [(m.start, m.start + len(m.raw)) for m in mentions]
        mentions += _adjective_mentions(sentence, offset, taken)
    low = lowered(sentence)
    if low is None or holds_gate(low, _OTHER_PLACE_GATE):  # else none of the five patterns below can match
        mentions = _other_place_mentions(sentence, offset, context, mentions)
    if not _in_start_order(mentions):  # a stable sort leaves mentions already in order as they are
        mentions.sort(key=lambda m: m.start)
    if context is not None:
        mentions = _with_context_country(mentions, context)
    mentions = [_capital_of_possessive(sentence, offset, m) for m in _with_roles(sentence, offset, mentions)]
    if context is not None:
        taken = [(m.start, m.start + len(m.raw)) for m in mentions]
        refs = [r for r in _reference_mentions(sentence, offset, context, mentions)
                if not any(s <= r.start < e or r.start <= s < r.end for s, e in taken)]  # fmt: skip
        mentions = sorted(mentions + _with_roles(sentence, offset, refs), key=lambda m: m.start)
    return mentions


def _in_start_order(mentions: list[PlaceMention]) -> bool:
    """Whether the mentions' starts never decrease: `sort(key=...)` (stable) would leave the list as it is. Most
    sentences name one place or none, or their names only (found in order): no sort, no key call per mention."""
    for i in range(1, len(mentions)):
        if mentions[i].start < mentions[i - 1].start:
            return False
    return True


def _other_place_mentions(
    sentence: str, offset: int, context: PlaceContext | None, mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """`mentions` and the places named by a front's side, an unlisted settlement, camp or area, or "this direction"."""
    if "ern front" in sentence:  # every `_FRONT_RE` match holds it
        mentions += _front_mentions(sentence, offset)  # "on the southern front"
    if "city of " in sentence or "town of " in sentence or "village of " in sentence or "settlement of " in sentence:
        mentions += _unlisted_settlements(sentence, offset, mentions)  # "city/town/village/settlement of ..."
    if " camp" in sentence or " township" in sentence or " village" in sentence:
        mentions += _unlisted_camps(sentence, offset, mentions)  # "the Zamzam camp", "Namhsan township"
    if context is not None and "direction" in sentence:
        mentions += _direction_references(sentence, offset, context)  # "losses in this direction amounted to ..."
    if may_hold(lowered(sentence), _UNLISTED_AREA_NEEDLES):
        mentions += _unlisted_areas(sentence, offset, mentions, context)  # "the Ostvale community", "Brod checkpoint"
    return mentions


# the war's fronts named by their side, as Ukrainian and wire copy does ("on the southern front"); a capital
# ("the Eastern Front") is a proper name of another war, a possessive ("Russia's southern front") another front
FRONTS: Final = {"southern": "Southern Ukraine", "eastern": "Eastern Ukraine", "northern": "Northern Ukraine"}
_FRONT_RE: Final = re.compile(
    r"(?<!['’]s )\bthe\s+(?P<side>southern|eastern|"
    r"northern)\s+front(?:[\s-]?line)?\b(?!\s+of\b)"
)


def _front_mentions(sentence: str, offset: int) -> list[PlaceMention]:
    """ "on the southern front", "along the eastern front line": the part of Ukraine that front runs through."""
    gaz = load_gazetteer()
    return [PlaceMention(gaz.places[FRONTS[m.group("side")]], m.group(0), offset + m.start(), offset + m.end(),
                         "location", "front") for m in _FRONT_RE.finditer(sentence)]  # fmt: skip


# "the city of Zlatograd", "the small town of Nova Balka": a settlement the gazetteer lacks, named by its kind
_UNLISTED_SETTLEMENT_RE: Final = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<kind>city|town|village|settlement) of\s+"
    r"(?P<name>[A-Z][a-z][\w'’]*(?:[\s-][A-Z][a-z][\w'’]*)?)(?![\w-])"
)


def _unlisted_settlements(sentence: str, offset: int, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Settlements named after "the city/town/village of" that the gazetteer lacks: a place of that kind, its
    country unknown (a misspelt or small place: "fighting in the city of Sevirodonsk")."""
    out: list[PlaceMention] = []
    gaz = load_gazetteer()
    for m in _UNLISTED_SETTLEMENT_RE.finditer(sentence):
        start = offset + m.start("name")
        if any(x.start <= start < x.end or start <= x.start < offset + m.end() for x in mentions):
            continue  # the gazetteer knows it ("the city of Kharkiv")
        name = m.group("name")
        if gaz.lookup(name) is not None or gaz.lookup_adjective(name) is not None:
            continue
        kind = "town" if m.group("kind") == "settlement" else m.group("kind")
        area = _enclosing_area(sentence, offset, m.end(), mentions)
        if area is not None:  # "the village of Zolota Nyva in Donetsk Oblast": the oblast, the village's words kept
            raw_end = area.start - offset + len(area.raw)
            after = _AREA_AFTER_SETTLEMENT.match(sentence, raw_end)  # "... in the Dzhankoi district"
            raw = sentence[m.start("name") : after.end() if after else raw_end]
            out.append(PlaceMention(area.place, raw, start, area.end, "location", "unlisted"))
            continue
        out.append(PlaceMention(Place(name, kind, None, None), name, start, offset + m.end(), "location", "unlisted"))
    return out


# "the Abu Shouk camp", "the Nur Shams refugee camp", "in Namhsan township", "in Pazigyi village": a camp, a
# township or a village the gazetteer lacks, named by the capitalised words before its noun
_UNLISTED_CAMP_RE: Final = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’]*(?:[\s-](?:al-|el-)?[A-Z][a-z][\w'’]*)?)\s+"
    r"(?:(?:refugee|displacement|displaced|IDP)\s+)?(?P<kind>camp|township|village)\b"
)
# capitalised words before "camp" that name no place: a sentence's first word, a kind of camp, a group
_NOT_CAMP_NAMES: Final = frozenset("The A An This That These Those Its Their Our His Her Each Every One Another Army "
                                   "Military Training Refugee Refugees Detention Prison Filtration Summer Boot Transit "
                                   "Displacement Migrant Migrants Protest Peace Rebel Wagner Hamas Hezbollah Taliban "
                                   "Islamic State Base Holding Labour Labor Concentration Death Olympic Global Youth "
                                   "Children Athletes".split())  # fmt: skip


def _unlisted_names(
    pattern: re.Pattern[str], sentence: str, offset: int, mentions: list[PlaceMention], not_names: frozenset[str]
) -> list[re.Match[str]]:
    """The matches of `pattern` (groups `name` and `kind`) that may name a place the gazetteer lacks: the name
    opens with no word of `not_names`, holds no adjective of a known place ("the Russian camp") and overlaps no
    mention found already (a known name is its own mention)."""
    gaz = load_gazetteer()
    found: list[re.Match[str]] = []
    for m in pattern.finditer(sentence):
        start = offset + m.start("name")
        words = m.group("name").replace("-", " ").split()
        if (
            words[0] in not_names
            or any(gaz.lookup_adjective(w) is not None for w in words)
            or any(x.start <= start < x.end or start <= x.start < offset + m.end() for x in mentions)
        ):
            continue
        found.append(m)
    return found


def _unlisted_camps(sentence: str, offset: int, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Camps, townships and villages the gazetteer lacks ("shelled the Abu Shouk camp", "surrendered in Namhsan
    township", "a crowd in Pazigyi village"): a place of that kind, its country unknown."""
    out: list[PlaceMention] = []
    for m in _unlisted_names(_UNLISTED_CAMP_RE, sentence, offset, mentions, _NOT_CAMP_NAMES):
        start = offset + m.start("name")
        name = m.group("name")
        kind = {"camp": "camp", "village": "village"}.get(m.group("kind"), "district")
        out.append(PlaceMention(Place(f"{name} {m.group('kind')}" if kind == "camp" else name, kind, None, None),
                                name, start, offset + m.end("name"), "location", "unlisted"))  # fmt: skip
    return out


# "the Ostvale community", "in Brenn district", "at the Zarvitsa checkpoint", "the Lypova bridge": a district or a
# site the gazetteer lacks, named by the capitalised words before its noun
_UNLISTED_AREA_RE: Final = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’]*(?:[\s-][A-Z][a-z][\w'’]*)?)\s+"
    r"(?P<kind>district|community|hromada|raion|rayon|municipality|checkpoint|border\s+crossing|crossing\s+point|"
    r"bridge|province|governorate)\b"
)
_UNLISTED_AREA_NEEDLES: Final = (
    "district", "community", "hromada", "raion", "rayon", "municipality", "checkpoint", "crossing", "bridge",
    "province", "governorate"
)  # fmt: skip
# capitalised words before "community" that name a people, a faith or a field, not a place: "the Jewish community",
# "the International community" in a headline, "the Crimean Tatar community"
_NOT_COMMUNITY_NAMES: Final = frozenset("Jewish Muslim Christian Orthodox Catholic Protestant Roma Romani Tatar "
                                        "Crimean International Intelligence Business Donor Expert Scientific "
                                        "Diplomatic Humanitarian European Western Arab Kurdish".split())  # fmt: skip
_NOT_AREA_NAMES: Final = _NOT_CAMP_NAMES | _NOT_COMMUNITY_NAMES  # "Wagner checkpoint", "the Jewish community"
# "the X district of Mykolaiv": the known place a district is said to be part of
_OF_AREA: Final = re.compile(r"\s+of\s+(?:the\s+)?")


# the noun each of `_DIRECTION_REFERENCE` and `_UNLISTED_AREA_RE` ends with, or its first word ("border crossing",
# "crossing point"): it stands after whitespace and before whitespace or no word character, so in the lowercased
# sentence it is a whole run of a-z
_CONTEXT_NOUN_RUNS: Final = ascii_words({"direction", "axis", "sector", "border"} | set(_UNLISTED_AREA_NEEDLES))
# the same for the nouns of `_FRONT_RE` (its side), `_UNLISTED_SETTLEMENT_RE` and `_UNLISTED_CAMP_RE` as well: a
# sentence whose runs of letters hold none of them has no match of any of the five patterns of `_other_place_mentions`
_OTHER_PLACE_RUNS: Final = _CONTEXT_NOUN_RUNS | ascii_words(
    {"southern", "eastern", "northern", "city", "town", "village", "settlement", "camp", "township"}
)
_CONTEXT_NOUN_GATE: Final = word_gate(_CONTEXT_NOUN_RUNS)
_OTHER_PLACE_GATE: Final = word_gate(_OTHER_PLACE_RUNS)


def needs_place_context(sentence: str) -> bool:
    """Whether a sentence may name a district, community or site by a name before its noun ("the Ostvale
    community"), or a sector as "this direction": its place may need the document's context (`_context_whole`,
    `_with_context_country`, `_direction_references`). Neither pattern is tried where none of their nouns is a
    word of the sentence (a lookup of its runs of letters, kept per sentence)."""
    low = lowered(sentence)
    if low is not None and not holds_gate(low, _CONTEXT_NOUN_GATE):
        return False
    if "direction" in sentence and _DIRECTION_REFERENCE.search(sentence) is not None:
        return True  # "in this direction": the sector named before
    return may_hold(lowered(sentence), _UNLISTED_AREA_NEEDLES) and _UNLISTED_AREA_RE.search(sentence) is not None


def _unlisted_areas(
    sentence: str, offset: int, mentions: list[PlaceMention], context: PlaceContext | None
) -> list[PlaceMention]:
    """Districts, communities and sites the gazetteer lacks ("in the Ostvale community", "at the Zarvitsa
    checkpoint"): in the known place the text puts them in ("the Korvalskyi district of Mykolaiv", "... community
    in the Sumy region": that place, their words its raw mention); a district named without one lies in the town,
    else the region, the text was just about (`_context_whole`); else their words are the place's name, its
    country unknown until the document's context gives it (`_with_context_country`)."""
    out: list[PlaceMention] = []
    gaz = load_gazetteer()
    for m in _unlisted_names(_UNLISTED_AREA_RE, sentence, offset, mentions, _NOT_AREA_NAMES):
        start = offset + m.start("name")
        name = m.group("name")
        if gaz.lookup(name) is not None:
            continue  # a name the gazetteer knows ("Kharkiv district") is its own mention
        kind_words = " ".join(m.group("kind").split())
        label = f"{name} {kind_words}"
        end = m.end()
        area = _enclosing_area(sentence, offset, end, mentions) or _area_of_part(sentence, offset, end, mentions)
        if area is not None:
            out.append(PlaceMention(area.place, sentence[m.start("name") : area.end - offset], start, area.end,
                                    "location", "unlisted"))  # fmt: skip
            continue
        whole = _town_before(mentions, start) or _context_whole(context) if kind_words in _DISTRICT_NOUNS else None
        if whole is not None:  # "the Darnytskyi district" in a story about Kyiv: Kyiv, as the text's words say
            out.append(PlaceMention(whole, label, start, offset + end, "location", "unlisted"))
            continue
        # an "area", not a "district" (`AREA_KINDS`): "the region" in the next sentence is not this one
        out.append(PlaceMention(Place(label, "area", None, None), label, start, offset + end, "location", "unlisted"))
    return out


def _town_before(mentions: list[PlaceMention], pos: int) -> Place | None:
    """The last town or city the sentence names before `pos` ("In Kherson, ... a bus stop in the X district")."""
    return next(
        (
            x.place
            for x in reversed(mentions)
            if x.end <= pos and x.place.kind in SETTLEMENT_KINDS and x.role != "owner"
        ),
        None,
    )


_DISTRICT_NOUNS: Final = frozenset({"district", "raion", "rayon"})


def _context_whole(context: PlaceContext | None) -> Place | None:
    """The town, else the region, the last sentences named: what a district named alone is part of."""
    if context is None:
        return None
    return context.settlement() or context.area()


def _area_of_part(sentence: str, offset: int, end: int, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The known place right after "of" that a district ending at `end` (relative) is part of ("the Korvalskyi
    district of Mykolaiv"), or None."""
    joint = _OF_AREA.match(sentence, end)
    if joint is None:
        return None
    at = offset + joint.end()
    return next((x for x in mentions if x.start == at and x.place.kind != "country"), None)


def _with_context_country(mentions: list[PlaceMention], context: PlaceContext) -> list[PlaceMention]:
    """The unlisted places of a sentence with the country the document is about so far, when it is clear
    (`PlaceContext.country`): "the village of Zorna" in a story about shelling in Ukraine lies in Ukraine."""
    if not any(x.source == "unlisted" and x.place.country is None and x.place.kind != "country" for x in mentions):
        return mentions
    country = context.country()
    if country is None:
        return mentions
    return [
        PlaceMention(replace(x.place, country=country.name), x.raw, x.start, x.end, x.role, x.source)
        if x.source == "unlisted" and x.place.country is None and x.place.kind != "country"
        else x
        for x in mentions
    ]


# what joins an unlisted settlement to the area it lies in: "X in (the) Y Oblast", "X, Y Oblast"
_IN_AREA: Final = re.compile(r",\s+|\s+in\s+(?:the\s+)?")
# a settlement's name before these words names an area: "in the Dzhankoi district"
_AREA_AFTER_SETTLEMENT: Final = re.compile(
    r"\s+(?:district|raion|rayon|community|hromada|municipality)\b", re.IGNORECASE
)


def _enclosing_area(sentence: str, offset: int, end: int, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The known area an unlisted settlement ending at `end` (relative) is said to lie in ("... in Sumy Oblast",
    "..., Kharkiv region", "... in the Dzhankoi district", "... in Russia's Kursk region"), or None."""
    joint = _IN_AREA.match(sentence, end)
    if joint is None:
        return None
    at = offset + joint.end()
    for i, mention in enumerate(mentions):
        if mention.start != at:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            mention.place.kind == "country"
            and nxt is not None
            and 0 <= nxt.start - mention.end <= 3
            and nxt.place.country == mention.place.name
        ):  # "Russia's Kursk region"
            mention = nxt
        if mention.place.kind not in SETTLEMENT_KINDS or _AREA_AFTER_SETTLEMENT.match(sentence, mention.end - offset):
            return mention
        return None
    return None


_OUR_PLACE_RE: Final = re.compile(
    r"\b(?:[Oo]ur|[Mm]y)\s+(?:(?:own|entire|whole|common|eastern|western|northern|southern)\s+)?"
    r"(?:country|borders?|frontiers?|territory|land|soil|airspace|skies|cities|towns|villages|homeland|waters)\b"
)
_OUR_PLACE_SCAN: Final = word_start_scan(_OUR_PLACE_RE)  # from word start to word start: no \b tried at every character
# the pronoun and the noun of `_OUR_PLACE_RE`: each stands between a non-word character (or whitespace) and whitespace
# (or no word character), so in the lowercased sentence each is a whole run of a-z
_OUR_RUNS: Final = ascii_words({"our", "my"})
_OUR_PLACE_RUNS: Final = ascii_words(
    {"country", "border", "borders", "frontier", "frontiers", "territory", "land", "soil", "airspace", "skies",
     "cities", "towns", "villages", "homeland", "waters"}
)  # fmt: skip
_OUR_GATE: Final = word_gate(_OUR_RUNS)
_OUR_PLACE_GATE: Final = word_gate(_OUR_PLACE_RUNS)


def country_named(name: str) -> Place | None:
    """The country a speaker's affiliation names ("Lithuania"), or None (a bloc, a body, an unknown name)."""
    place = load_gazetteer().lookup(name)
    return place if place is not None and place.kind == "country" else None


def speaker_country_mentions(sentence: str, offset: int, affiliation: str | None) -> list[PlaceMention]:
    """ "our border", "my country", "our territory" in the words of a speaker who speaks for a country: that
    country, as a location ("near our border" said by a Lithuanian official is Lithuania's border)."""
    if not affiliation:
        return []
    low = lowered(sentence)
    if low is not None:
        if not holds_gate(low, _OUR_GATE) or not holds_gate(low, _OUR_PLACE_GATE):
            return []  # every match has "our" or "my" and a noun, each a whole run of letters
    elif "our " not in sentence and "Our " not in sentence and "my " not in sentence and "My " not in sentence:
        return []
    place = country_named(affiliation)
    if place is None:
        return []
    return [
        PlaceMention(place, m.group(0), offset + m.start(), offset + m.end(), "location", "speaker")
        for m in _OUR_PLACE_SCAN.finditer(sentence)  # "Our country has lost": it acts, unless "in our country"
        if not m.group(0).endswith("country") or _governed_by(_words_before_name(sentence, m.start()), True)
    ]


def choose_place(
    sentence: str, offset: int, mentions: list[PlaceMention], exclude: list[tuple[int, int]]
) -> PlaceRef | None:
    """The place a claim in this sentence is about, or None; `exclude` are spans of speaker words.

    Owners ("Russia's claim", "US aircraft") are never chosen; on equal scores the first mention wins. When
    only the speaker's words name a place, their location is taken ("Authorities in Sumy oblast reported").
    """
    candidates = [
        m
        for m in mentions
        if m.role not in {"owner", "appositive"}
        and not _at_venue(sentence, offset, m)
        and not in_comparison(sentence, m.start - offset)
        and not (m.place.kind == "macro-region" and in_rank_frame(sentence, m.start - offset))
    ]
    if len(candidates) > 1 and may_hold(lowered(sentence), _DESTINATION_WORDS):
        destinations = destination_list(sentence, offset, candidates)
        candidates = [m for m in candidates if m not in destinations] if destinations else candidates
    if len(candidates) > 1 and "including" in sentence:
        candidates = _without_listed_parts(sentence, offset, candidates)
    outside = [m for m in candidates if not any(s <= m.start < e for s, e in exclude)]
    best = _best(sentence, offset, outside, True)  # each passed `_at_venue`: none is `said_at`
    if best is None:  # only then do the speaker's words count
        speakers = [m for m in candidates if _speaks_from(sentence, offset, m)]
        speakers += [m for m in mentions if m.role == "owner" and names_local_office(sentence, offset, m)]
        best = _best(sentence, offset, speakers)
        if best is not None:
            best = office_region(sentence, offset, best)
    return place_ref(best) if best is not None else None


# the list of parts after a whole: "strikes on 10 settlements of the Zaporizhzhia region, including shelling of
# Huliaipole" (the words between name no other clause)
_INCLUDING_BEFORE: Final = re.compile(r",\s+including\b[^.;:!?]{0,80}$")
_INCLUDING_REACH: Final = 100


def _without_listed_parts(sentence: str, offset: int, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions less those named in a list of parts ("..., including ...") of a place the sentence names before
    the list: the claim is about the whole, the list names where parts of it happened; a country is too wide a
    whole ("in the south of the country, including in the Kherson region": the part says more)."""
    gaz = load_gazetteer()
    out: list[PlaceMention] = []
    for m in mentions:
        rel = m.start - offset
        listed = _INCLUDING_BEFORE.search(sentence, max(0, rel - _INCLUDING_REACH), rel)
        if listed is not None:
            at = offset + max(0, rel - _INCLUDING_REACH) + listed.start()
            wholes = {x.place.name for x in mentions if x.end <= at and x.place.kind != "country"}
            if wholes and any(a.name in wholes for a in gaz.ancestors(m.place.name)):
                continue
        out.append(m)
    return out if out else mentions


# a flight to several countries: "fled abroad, mostly to Chad, Egypt and South Sudan", "crossed into neighbouring
# countries such as Poland and Moldova": where some went, not where the count befell them
_DESTINATION_BEFORE: Final = re.compile(
    r"\b(?:fled|flee|fleeing|crossed|crossing|escaped|"
    r"(?:sought|taken|found)(?=\s+(?:refuge|shelter|asylum)))\b[^.;:\d]{0,50}?\b(?:to|into|such\s+as|(?:refuge|shelter|asylum)\s+in)\s+"
    r"(?:the\s+)?$",  # not "fled their homes in Crimea and Donbas": where they fled from
    re.IGNORECASE,
)
_DESTINATION_WORDS: Final = ("fle", "cross", "escaped", "refuge", "shelter", "asylum")  # one is in every match
_LIST_JOIN: Final = re.compile(r"(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?")


def destination_list(sentence: str, offset: int, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions of a list of two countries or more named as where people fled (`_DESTINATION_BEFORE`); troops
    "moved to the Zaporizhzhia and Kherson regions" are where they were moved."""
    ordered = sorted((m for m in mentions if m.place.kind == "country"), key=lambda m: m.start)
    out: list[PlaceMention] = []
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and _LIST_JOIN.fullmatch(
            sentence, ordered[j].end - offset, ordered[j + 1].start - offset
        ):
            j += 1
        first = ordered[i].start - offset
        if j > i and _DESTINATION_BEFORE.search(sentence, max(0, first - 80), first):
            out.extend(ordered[i : j + 1])
        i = j + 1
    return out


# a country's office that speaks of what befalls the country itself: "Lebanon's health ministry", "Ukraine's State
# Emergency Service", "Sudan's caretaker interior minister", "the Gaza health ministry" (not its army or its general
# staff: they speak of a front)
_HOME_OFFICE_AFTER: Final = re.compile(
    r"(?:['’]s)?\s+(?:(?:caretaker|interim|acting|deputy|state|national|federal|public)\s+)*(?:(?:health|emergenc(?:y|ies)|"
    r"interior|civil\s+(?:defen[cs]e|protection)|social\s+affairs|disaster\s+management|rescue)\s+(?:ministry|minister|"
    r"service|services|authorities|department|agency|directorate)|"
    # the same offices named with "of": "Ukraine's Ministry of Health", "Sudan's Ministry of Interior"
    r"(?:ministry|minister|department)\s+of\s+(?:the\s+)?(?:health|interior|emergenc(?:y|ies)|social\s+affairs)"
    r"(?:\s+situations)?)\b",
    re.IGNORECASE,
)


def home_office_country(
    sentence: str, offset: int, mentions: list[PlaceMention], exclude: list[tuple[int, int]]
) -> PlaceRef | None:
    """The country whose home office speaks in the speaker's words (`exclude`): "Lebanon's health ministry said
    strikes had killed 46" is about Lebanon when nothing nearer is named (see `_HOME_OFFICE_AFTER`)."""
    home = next(
        (
            m
            for m in mentions
            if (m.place.kind == "country" or _is_territory(m.place))
            and any(s <= m.start < e for s, e in exclude)
            and _HOME_OFFICE_AFTER.match(sentence, m.end - offset)
        ),
        None,
    )
    return place_ref(home) if home is not None else None


def _is_territory(place: Place) -> bool:
    """A territory of no country that has offices of its own: "the Gaza health ministry" (the Gaza Strip)."""
    return place.kind == "area" and place.country is None and place.parent is None


def _at_venue(sentence: str, offset: int, mention: PlaceMention) -> bool:
    """Where the words were said ("at a press conference in Berlin", "told reporters in Warsaw"), never where the
    claim is: a claim that names no other place has none. A summit, meeting or visit may be what the claim is
    about: its place only loses to the others (`VENUE_PENALTY`)."""
    rel = mention.start - offset
    tail = sentence[max(0, rel - 5) : rel]
    if "in " not in tail and "at " not in tail and "the " not in tail and "from " not in tail and "to " not in tail:
        return False  # both tests need "in", "at", "to", "from" or "the" just before the name
    words = _last_words(sentence, rel)
    if (
        _is_venue(words)
        and (words[-2] if words[-1].lower() != "the" or len(words) < 3 else words[-3]).lower() in _SPEAKING_NOUNS
    ):
        return True  # "at a press conference in Berlin", "speaking in Kyiv"; not "the next summit in Madrid"
    return said_at(sentence, rel, mention.end - offset)


def _speaks_from(sentence: str, offset: int, mention: PlaceMention) -> bool:
    """The speaker's words place the speaker's office: "authorities in Sumy", "the mayor of Melitopol", "Kharkiv
    governor Oleh ...", "Moscow Mayor ...", "head of Russian-occupied Crimea", "the governor of Russia's Kursk
    region"."""
    if mention.role == "location" and _preposition_before(sentence, mention.start - offset) in {"in", "at"}:
        return True
    return mention.role != "appositive" and names_local_office(sentence, offset, mention)


def _best(sentence: str, offset: int, mentions: list[PlaceMention], not_said_at: bool = False) -> PlaceMention | None:
    """The best-scored mention; on a par the first, unless a later one lies inside it (Eastern Europe, Europe);
    `not_said_at`: no mention is `said_at` (see `place_score`)."""
    if len(mentions) < 2:  # nothing to compare: no score to read
        return mentions[0] if mentions else None
    best: tuple[float, PlaceMention] | None = None
    gaz = load_gazetteer()
    # "near its border with Ukraine ... in eastern Ukraine": the part named is more precise than the border
    containing = ({p.name for m in mentions if m.role == "location" and m.place.kind != "country"
                   for p in gaz.ancestors(m.place.name)}
                  if any(m.place.kind == "country" for m in mentions) else ())  # fmt: skip
    for mention in mentions:
        score = place_score(sentence, offset, mention, mention.place.name not in containing, not_said_at)
        if (
            best is None
            or score > best[0]
            or (score == best[0]
                and best[1].place.name in {p.name for p in load_gazetteer().ancestors(mention.place.name)})
        ):  # fmt: skip
            best = (score, mention)
    return best[1] if best is not None else None


# a bare number with a place of its own ends the previous count's phrase: "30,000 to Belarus and 10,000 to Crimea"
_NEXT_NUMBER: Final = re.compile(
    r"(?<![\w.,-])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|"
    r"hundreds)\s+(?:more\s+)?(?:in|into|to|at|near|from|across)\s",
    re.IGNORECASE,
)
# a place fronted before its count: "In Kherson, 3 people were killed; in Nikopol, 2 ..."
_FRONTED_TO_COUNT: Final = re.compile(r"\s*,\s*(?:(?:about|some|around|nearly|over|at\s+least|more\s+than)\s+)?")


def places_of_count(
    sentence: str, offset: int, mentions: list[PlaceMention], count: tuple[int, int], limit: int, floor: int
) -> list[PlaceMention]:
    """The mentions that are a count's own (absolute offsets): those after it, up to `limit` (the next count) or a
    bare number with a place of its own ("2,000 to Poland, 1,000 to Germany"), less the place fronted to the next
    count ("; in Nikopol, 2"), plus the place fronted to this one after `floor` ("In Kherson, 3 people")."""
    start, end = count
    after = any(end <= m.start < limit for m in mentions)
    nxt = _NEXT_NUMBER.search(sentence, end - offset, limit - offset) if after else None
    if nxt is not None:
        limit = offset + nxt.start()
    own: list[PlaceMention] = []
    for m in mentions:
        if floor <= m.start < start and (
            _is_fronted(sentence, offset, m, start) or _places_figure_subject(sentence, offset, m, start)
        ):
            own.append(m)
        elif end <= m.start < limit and not _is_fronted(sentence, offset, m, limit):
            own.append(m)
    if (
        own
        and any(is_origin(sentence, offset, m) for m in own)
        and not all(is_origin(sentence, offset, m) for m in mentions if m.role not in {"owner", "appositive"})
    ):
        # "1.4 million refugees from Ukraine" in a sentence naming their host: where they came from is not the
        # count's own place (with nothing but origins named, each count keeps its own: "two missiles from Belgorod")
        own = [m for m in own if not is_origin(sentence, offset, m)]
    return own


def is_origin(sentence: str, offset: int, mention: PlaceMention) -> bool:
    """The mention is where people or weapons came from ("crossed from Ukraine", "launched from the Kursk
    area"): `place_phrases.origin_start`."""
    return origin_start(sentence, mention.start - offset) >= 0


def _is_fronted(sentence: str, offset: int, mention: PlaceMention, count_start: int) -> bool:
    """ "In Kherson, 3", "...; in Nikopol, 2": a clause that opens with "in/at" and the place, a comma, the count
    (not "3,000 in Romania, two in Spain": there the place ends the count before it); "..., and Hungary 410,000":
    the subject of a gapped count."""
    rel = mention.start - offset
    if _GAPPED_SUBJECT_TO_COUNT.fullmatch(sentence, mention.end - offset, count_start - offset) is not None:
        return _AND_BEFORE.search(sentence, max(0, rel - 8), rel) is not None
    return (_FRONTED_TO_COUNT.fullmatch(sentence, mention.end - offset, count_start - offset) is not None
            and _CLAUSE_OPENING_IN.search(sentence, max(0, rel - 40), rel) is not None)  # fmt: skip


_GAPPED_SUBJECT_TO_COUNT: Final = re.compile(r"\s+(?:(?:about|some|around|nearly|over|at\s+least|more\s+than)\s+)?")
_AND_BEFORE: Final = re.compile(r"(?:,\s*|\s)and\s+$")


# "losses in the Donetsk direction amounted to up to 240": the place of the figure's subject, just before its verb
_FIGURE_SUBJECT_BEFORE: Final = re.compile(
    r"\b(?:losses|casualties|toll|deaths|dead|killed|wounded)\s+(?:in|on|at|near|along)\s+(?:the\s+)?$", re.IGNORECASE
)
_FIGURE_VERB_BETWEEN: Final = re.compile(
    r"(?:\s+(?:direction|area|sector|axis|front|region|oblast))?(?:\s+(?:over|in|during)\s+the\s+(?:past|last)\s+"
    r"(?:day|24\s+hours|week))?\s+(?:amounted\s+to|stood\s+at|reached|were|was|totall?ed|rose\s+to|came\s+to)\s+",
    re.IGNORECASE,
)


def _places_figure_subject(sentence: str, offset: int, mention: PlaceMention, count_start: int) -> bool:
    """ "Ukrainian losses in the Donetsk direction amounted to up to 240 servicemen": the place names where the
    figure's subject is, and the figure's verb follows it."""
    rel = mention.start - offset
    return (_FIGURE_VERB_BETWEEN.fullmatch(sentence, mention.end - offset, count_start - offset) is not None
            and _FIGURE_SUBJECT_BEFORE.search(sentence, max(0, rel - 40), rel) is not None)  # fmt: skip


_CLAUSE_OPENING_IN: Final = re.compile(r"(?:^|[;:–—]\s*|\s-\s+)(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")


_PLACE_REF_FIELDS: Final = frozenset({"name", "country", "kind", "parent", "ancestors", "raw", "start", "end"})


def place_ref(mention: PlaceMention) -> PlaceRef:
    """`PlaceRef(name=..., ...)` of a mention without pydantic's validation, whose values here are already those it
    would keep (str or None, a new list of str, ints): the instance's dict and pydantic's three slots, as validation
    fills them (as `confidence.confidence_record` does; a test compares the two records)."""
    gaz = load_gazetteer()
    place = mention.place
    fields: dict[str, object] = {
        "name": place.name, "country": place.country, "kind": place.kind, "parent": place.parent,
        "ancestors": [p.name for p in gaz.ancestors(place.name)], "raw": mention.raw, "start": mention.start,
        "end": mention.end,
    }  # fmt: skip
    return unvalidated_record(PlaceRef, fields, set(_PLACE_REF_FIELDS))
