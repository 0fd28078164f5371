"""Places the gazetteer does not list by name: a front named by its side ("on the southern front"), a settlement
named by its kind ("the village of Zorna"), a camp, township, district, community or site named by the capitalised
words before its noun ("the Abu Shouk camp", "the Zarvitsa checkpoint"); each placed in the known area the text
puts it in, else given the document's country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from claimtrack.extraction.gazetteer import Place, load_gazetteer
from claimtrack.extraction.place_mention import SETTLEMENT_KINDS, PlaceMention
from claimtrack.extraction.place_references import _DIRECTION_REFERENCE, PlaceContext, _direction_references
from claimtrack.extraction.prefilter import ascii_words, holds_gate, lowered, may_hold, word_gate


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
