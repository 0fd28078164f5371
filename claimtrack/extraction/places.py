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
from typing import Final

from claimtrack.extraction.gazetteer import Place, load_gazetteer
from claimtrack.extraction.place_mention import SETTLEMENT_KINDS, PlaceMention
from claimtrack.extraction.place_names import (
    _adjective_mentions,
    _hyphen_before_capital,
    _hyphenated_mentions,
    _may_name_geography,
    _name_mentions,
)
from claimtrack.extraction.place_phrases import in_comparison, in_rank_frame, origin_start
from claimtrack.extraction.place_references import (
    _DIRECTION_REFERENCE,
    PlaceContext,
    _direction_references,
    _reference_mentions,
)
from claimtrack.extraction.place_roles import (
    _capital_of_possessive,
    _governed_by,
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
    lowered,
    may_glue_a_stop,
    may_hold,
    word_gate,
    word_start_scan,
)
from claimtrack.extraction.unvalidated import unvalidated_record
from claimtrack.records import PlaceRef

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
