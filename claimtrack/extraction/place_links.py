"""Places a sentence names through the words around a claim: a possessive pronoun before a geographic noun
("along its borders", "on whose borders") points back to a polity, and a speaker's title ("General X, the
commander of US forces in Europe, said") places the speaker's office, not the claim.
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.gazetteer import Place, load_gazetteer
from claimtrack.extraction.lexicons import side_by_capital
from claimtrack.extraction.place_mention import PlaceMention
from claimtrack.extraction.place_phrases import (
    compass_parts,
    finditer_word_starts,
    origin_start,
    part_of_country,
    search_word_starts,
)
from claimtrack.extraction.place_roles import LOCAL_OFFICES, is_polity, names_local_office
from claimtrack.extraction.places import country_named
from claimtrack.extraction.prefilter import ascii_words, holds_gate, lowered, word_gate

# "its borders", "their own territory", "whose southern border": the noun is a place of the pronoun's antecedent
_PRONOUN_PLACE_RE: Final = re.compile(
    r"\b(?P<pronoun>[Ii]ts|[Tt]heir|[Ww]hose)\s+(?:(?:own|entire|whole|sovereign|\w+ern)\s+){0,2}"
    r"(?:borders?|frontiers?|territory|territories|soil|airspace)\b"
)
# every `_PRONOUN_PLACE_RE` match holds one pronoun and one noun, each a whole run of a-z of the lowercased sentence
# (`\b` or whitespace on either side): two word gates, asked before the substring tests they make needless
_PRONOUN_GATE: Final = word_gate(ascii_words({"its", "their", "whose"}))
_PRONOUN_STEMS: Final = ("its", "their", "whose")  # every `_PRONOUN_PLACE_RE` match opens with one
_PRONOUN_NOUN_GATE: Final = word_gate(
    ascii_words({"border", "borders", "frontier", "frontiers", "territory", "territories", "soil", "airspace"})
)
_NAMED_SIDE: Final = re.compile(r"\s+(?:with|of)\s+(?:the\s+)?[A-Z]")
# a people named by its plural demonym ("the Ukrainians", "the Russians"): the antecedent of "their"
_DEMONYM_RE: Final = re.compile(r"\b[A-Z][a-z]+(?:ians|ans|ese|is)\b")


def _country_of(place: Place) -> Place | None:
    """The country a polity mention stands for: itself, or a capital's country ("Minsk" -> Belarus)."""
    if place.kind in {"country", "union"}:
        return place
    return load_gazetteer().lookup(place.country) if place.country and is_polity(place) else None


def _antecedent(sentence: str, offset: int, mentions: list[PlaceMention], pos: int) -> Place | None:
    """The polity a pronoun at `pos` (relative) points back to: the nearest polity or people named before it
    ("Russia has massed troops along its borders", "the Ukrainians ... around their borders")."""
    gaz = load_gazetteer()
    candidates = [(m.start - offset, _country_of(m.place)) for m in mentions if m.end - offset <= pos]
    for d in _DEMONYM_RE.finditer(sentence, 0, pos):
        word = d.group(0)
        country = gaz.lookup_adjective(word[:-1]) or gaz.lookup_adjective(word[:-2])  # Ukrainians, Chinese -> ...
        if country is not None:
            candidates.append((d.start(), country))
    named = [c for c in candidates if c[1] is not None]
    return max(named, key=lambda c: c[0])[1] if named else None


def pronoun_mentions(
    sentence: str, offset: int, mentions: list[PlaceMention], affiliation: str | None
) -> list[PlaceMention]:
    """ "along its borders", "around their borders", "on whose borders": the antecedent polity, as a location; a
    "whose" with no polity before it, in the words of a speaker who speaks for a country, is that country ("as
    the president of a country on whose borders ...")."""
    low = lowered(sentence)
    if low is not None:
        if not holds_gate(low, _PRONOUN_GATE) or not holds_gate(low, _PRONOUN_NOUN_GATE):
            return []
    elif "its " not in sentence and "heir " not in sentence and "hose " not in sentence:
        return []  # every match holds "its ", "their "/"Their " or "whose "/"Whose "
    elif (
        "border" not in sentence
        and "territor" not in sentence
        and "frontier" not in sentence
        and "soil" not in sentence
        and "airspace" not in sentence
    ):
        return []  # and one of the nouns
    out: list[PlaceMention] = []
    # the pattern matched only where a pronoun begins a word (its scan entered the matcher at every character)
    found = (
        list(_PRONOUN_PLACE_RE.finditer(sentence))
        if low is None
        else finditer_word_starts(_PRONOUN_PLACE_RE, sentence, low, _PRONOUN_STEMS, 0, len(sentence))
    )
    for m in found:
        if _NAMED_SIDE.match(sentence, m.end()):
            continue  # "near its border with Ukraine": the named side places it
        place = _antecedent(sentence, offset, mentions, m.start())
        if place is None and m.group("pronoun").lower() == "whose" and affiliation:
            place = country_named(affiliation)
        if place is not None:
            out.append(PlaceMention(place, m.group(0), offset + m.start(), offset + m.end(), "location", "pronoun"))
    return out


# "in regions that border Ukraine", "to areas bordering Poland": areas named by their neighbour, which they are not in
_BORDERING_AREA_RE: Final = re.compile(
    r"\b(?:in|into|to|near|across|at|along)\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<area>regions?|areas?|districts?|provinces?|"
    r"oblasts?|territories)\s+(?:(?:that|which)\s+border(?:s)?|bordering|adjacent\s+to|adjoining|next\s+to)\s+"
    r"(?:on\s+)?(?:the\s+)?(?=[A-Z])"
)


# every `_BORDERING_AREA_RE` match holds an area noun and a word of bordering, each a whole run of a-z of the
# lowercased sentence (whitespace before and after): two word gates, asked before the substring tests
_AREA_NOUN_GATE: Final = word_gate(
    ascii_words(
        {
            "region",
            "regions",
            "area",
            "areas",
            "district",
            "districts",
            "province",
            "provinces",
            "oblast",
            "oblasts",
            "territories",
        }
    )  # fmt: skip
)
_BORDERING_GATE: Final = word_gate(ascii_words({"border", "borders", "bordering", "adjacent", "adjoining", "next"}))


def bordering_area_mentions(sentence: str, offset: int, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "Minsk is testing its readiness in regions that border Ukraine": the areas are the acting polity's
    (Belarus), not the neighbour's; the mentions with the neighbour left out and the actor's country, as a
    location at the areas, added. Unchanged when no polity acts before the areas."""
    low = lowered(sentence)
    if low is not None:
        if not holds_gate(low, _BORDERING_GATE) or not holds_gate(low, _AREA_NOUN_GATE):
            return mentions
    elif (
        " border" not in sentence
        and "bordering" not in sentence
        and "djacent" not in sentence
        and "adjoining" not in sentence
        and "next to" not in sentence
    ):
        return mentions  # every match holds one ("that border(s)", "which border(s)" hold " border")
    for m in _BORDERING_AREA_RE.finditer(sentence):
        neighbour = next((x for x in mentions if x.start == offset + m.end()), None)
        actors = [x for x in mentions if x.end - offset <= m.start() and x.role == "owner" and _country_of(x.place)]
        country = _country_of(actors[-1].place) if actors else None
        if neighbour is None or country is None or country.name == neighbour.place.name:
            continue
        raw = sentence[m.start("area") : m.end()].strip()
        area = PlaceMention(country, raw, offset + m.start("area"), offset + m.end("area"), "location", "bordering")
        mentions = sorted([x for x in mentions if x is not neighbour] + [area], key=lambda x: x.start)
    return mentions


# ", the commander of US forces in Europe,": a lowercase title between commas, in the speaker's words
_TITLE_RE: Final = re.compile(r",\s+(?:(?:the|a|an)\s+)?[a-z][^,;:\"“”()]{2,90}?(?=,|$)")
# words of a title whose office is a place's own: "the governor of Sumy region", "head of the Kharkiv city council"
_LOCAL_TITLE_WORDS: Final = LOCAL_OFFICES | frozenset("region oblast province district city town village regional "
                                                      "municipal mayor".split())  # fmt: skip


def outside_speaker_titles(
    sentence: str, offset: int, mentions: list[PlaceMention], speaker_spans: list[tuple[int, int]]
) -> list[PlaceMention]:
    """The mentions less those in a speaker's title ("Admiral X, the commander of US naval forces in Europe,
    said"), which place the office, not the claim; a local office's title ("the governor of Sumy region", "head
    of Russian-occupied Crimea") is kept: such an office speaks of its own place. `speaker_spans` are relative."""
    if not speaker_spans or not mentions:
        return mentions
    titles = []
    for start, end in speaker_spans:
        if sentence.find(",", start, end) < 0:
            continue  # every `_TITLE_RE` match opens with a comma
        m = _TITLE_RE.search(sentence, start, end)
        if m is not None and not any(w.strip(".'’") in _LOCAL_TITLE_WORDS for w in m.group(0).lower().split()):
            titles.append((offset + m.start(), offset + m.end()))
    if not titles:
        return mentions
    return [
        x for x in mentions if not any(s <= x.start < e for s, e in titles) or names_local_office(sentence, offset, x)
    ]


# a body in a speaker's phrase and the "in" that names where it sits: a ministry (at its country's seat of power, it
# places the ministry, not the claim: "Russia's Defence Ministry in Moscow said"), a seat of learning anywhere
# ("researchers at Ghent University in Belgium"); "authorities in Sumy", "health officials in Stepanakert" speak of
# their place and keep it; a spokesperson's seat is where the body speaks from ("a WFP spokesperson in Nairobi")
_SEATED_BODY_RE: Final = re.compile(
    r"\b(?:(?P<ministry>[Mm]inistry|[Mm]inistries)|(?:[Uu]niversity|[Ii]nstitute|[Cc]ollege|[Aa]cademy|[Tt]hink[\s-]tank|"
    r"[Ss]pokes(?:person|man|woman|people)))"
    r"\b(?:\s+(?:of|for)\s+(?:(?:the|of|for|and)\s+|[A-Z][\w'’-]*\s+){1,6}?|\s+)in\s+(?:the\s+)?$"
)


def outside_body_seats(
    sentence: str, offset: int, mentions: list[PlaceMention], speaker_spans: list[tuple[int, int]]
) -> list[PlaceMention]:
    """The mentions less those naming where a speaking body sits (`_SEATED_BODY_RE`): a ministry's capital or
    country, any place of a university or an institute. `speaker_spans` are relative."""
    if not speaker_spans or not mentions:
        return mentions
    kept = []
    for x in mentions:
        rel = x.start - offset
        span = next(((s, e) for s, e in speaker_spans if s <= rel < e), None)
        m = _SEATED_BODY_RE.search(sentence, span[0], rel) if span is not None else None
        if m is not None and (
            not m.group("ministry") or x.place.kind in {"country", "union"} or side_by_capital(x.place.name) is not None
        ):
            continue
        kept.append(x)
    return kept


# offices a person holds for a country or a state: "the Chancellor of Austria", "Texas Governor John Smith"
NATIONAL_OFFICES: Final = (
    r"(?:(?:vice|deputy|former|ex)[\s-]+)?(?:president|prime\s+minister|premier|chancellor|king|"
    r"queen|leaders?|(?:foreign|defen[cs]e|interior|finance)\s+ministers?|ministers?|secretary|ambassador|"
    r"head\s+of\s+state|counterparts?)"
)
_LOCAL_OFFICE: Final = r"(?:governor|mayor)"
# the office follows the place, and a name follows the office: "Japan Prime Minister Fumio Kishida", "his US
# counterpart" (a counterpart needs no name: the word itself says the place is the person's)
_OFFICE_AFTER_PLACE: Final = re.compile(
    rf"(?:['’]s)?\s+(?:(?i:(?P<national>{NATIONAL_OFFICES}))|(?i:(?P<local>{_LOCAL_OFFICE})))\b"
    r"(?:(?<=counterpart)|(?<=counterparts)|,?\s+(?:[A-Z][a-z]+\.?\s+)?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
)
# the office comes first: "the President of Turkey", "Minister of Foreign Affairs of Ukraine", "leaders of Canada"
_OFFICE_OF_BEFORE: Final = re.compile(
    rf"\b(?i:{NATIONAL_OFFICES})(?:\s+of\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*)?\s+of\s+(?:the\s+)?$"
)
_LIST_JOIN: Final = re.compile(r"\s*,?\s*(?:and\s+|or\s+)?(?:the\s+)?")
# one of these is in every NATIONAL_OFFICES match, in lowercase: looked for in the window `_OFFICE_OF_BEFORE` searches
_NATIONAL_OFFICE_NEEDLES: Final = (
    "president",
    "minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "leader",
    "secretary",
    "ambassador",
    "head",
    "counterpart",
)
_OFFICE_OF_REACH: Final = 60  # characters before a name in which "the President of" is looked for
# the openings of NATIONAL_OFFICES' first words ("vice" of "vice-president", "prime" of "prime minister", "defen" of
# "defence" and "defense"): every `_OFFICE_OF_BEFORE` match opens with one
_NATIONAL_OFFICE_STEMS: Final = ("vice", "deputy", "former", "ex", "president", "prime", "premier", "chancellor",
                                 "king", "queen", "leader", "foreign", "defen", "interior", "finance", "minister",
                                 "secretary", "ambassador", "head", "counterpart")  # fmt: skip


def _office_of_before(sentence: str, start: int) -> bool:
    """Whether an office and "of" stand right before `start` (`_OFFICE_OF_BEFORE`), the pattern tried only where the
    window before holds an office's word (a substring test of the lowercased sentence, `prefilter.lowered`)."""
    window = max(0, start - _OFFICE_OF_REACH)
    low = lowered(sentence)
    if low is not None:
        if not holds_gate(low, _OFFICE_AFTER_GATE):
            return False  # no office's head word in the whole sentence (`_OFFICE_AFTER_GATE` holds every one)
        for needle in _NATIONAL_OFFICE_NEEDLES:  # a plain loop: most windows hold none
            if low.find(needle, window, start) >= 0:
                break
        else:
            return False
        # matched only where an office's first word begins (the search entered the matcher at every character)
        return search_word_starts(_OFFICE_OF_BEFORE, sentence, low, _NATIONAL_OFFICE_STEMS, window, start) is not None
    return _OFFICE_OF_BEFORE.search(sentence, window, start) is not None


# the office's head word of every `_OFFICE_AFTER_PLACE` match ("minister" of "prime minister", "president" of
# "vice-president"), a whole run of a-z of the lowercased sentence: a word gate before the match
_OFFICE_AFTER_GATE: Final = word_gate(
    ascii_words(
        {
            "president",
            "premier",
            "chancellor",
            "king",
            "queen",
            "leader",
            "leaders",
            "minister",
            "ministers",
            "secretary",
            "ambassador",
            "head",
            "counterpart",
            "counterparts",
            "governor",
            "mayor",
        }
    )  # fmt: skip
)


def _may_name_office_after(sentence: str) -> bool:
    """Whether `_OFFICE_AFTER_PLACE` may match anywhere in the sentence (True when `lowered` cannot tell)."""
    low = lowered(sentence)
    return low is None or holds_gate(low, _OFFICE_AFTER_GATE)


def _title_place(sentence: str, offset: int, mention: PlaceMention) -> str | None:
    """ "national" or "local" when the mention names the place of a person's office ("Austrian Chancellor Karl
    Weber", "the Chancellor of Austria", "his US counterpart", "Texas Governor John Smith"), else None."""
    if mention.place.kind not in {"country", "union", "state"}:
        return None  # "the leader of the DPR", "the mayor of Kharkiv": a local office speaks of its place
    start, end = mention.start - offset, mention.end - offset
    before = sentence[max(0, start - 7) : start]
    if ("of " in before or "Of " in before) and _office_of_before(sentence, start):
        return "national"
    m = _OFFICE_AFTER_PLACE.match(sentence, end) if _may_name_office_after(sentence) else None
    if m is None:
        return None
    return "national" if m.group("national") else "local"


def outside_person_titles(
    sentence: str, offset: int, mentions: list[PlaceMention], speaker_spans: list[tuple[int, int]]
) -> list[PlaceMention]:
    """The mentions less those naming the place of a person's national office ("the Chancellor of Austria, Karl
    Weber, says ...", "echoing his US counterpart"), which is the office's, not the claim's; a local office's
    ("Texas Governor John Smith") only outside the speaker's words (`speaker_spans`, relative), since an
    office of the speaker's own such as "Kharkiv Governor X said" speaks of its place. A title's place
    heads a list of places the title shares ("the leaders of Canada, France and Italy")."""
    if not mentions:
        return mentions
    drop: set[int] = set()
    for i, mention in enumerate(mentions):
        kind = _title_place(sentence, offset, mention)
        if kind is None or (kind == "local" and any(s <= mention.start - offset < e for s, e in speaker_spans)):
            continue
        drop.add(i)
        j = i
        while j + 1 < len(mentions) and _LIST_JOIN.fullmatch(
            sentence, mentions[j].end - offset, mentions[j + 1].start - offset
        ):
            j += 1
            drop.add(j)
    return [m for i, m in enumerate(mentions) if i not in drop] if drop else mentions


def _lies_in_country(place: Place, country: Place) -> bool:
    """Whether `place` is `country` or lies inside it."""
    return (
        place.name == country.name
        or place.country == country.name
        or any(p.name == country.name for p in load_gazetteer().ancestors(place.name))
    )


def _outside_speaker(
    mentions: list[PlaceMention], offset: int, speaker_spans: list[tuple[int, int]]
) -> list[PlaceMention]:
    """The mentions that may place a claim (no owner, no appositive) outside the speaker's words (relative spans)."""
    return [
        m
        for m in mentions
        if m.role not in {"owner", "appositive"} and not any(s <= m.start - offset < e for s, e in speaker_spans)
    ]


def origin_country_mentions(
    sentence: str,
    offset: int,
    mentions: list[PlaceMention],
    affiliation: str | None,
    speaker_spans: list[tuple[int, int]],
) -> list[PlaceMention]:
    """The speaker's country, as a location at the origin phrase, when the only places a claim names are origins
    outside that country: people who "crossed from Ukraine", counted by the Polish Border Guard, crossed into Poland;
    drones "launched from the Kursk area", counted by Ukraine's air force, were launched at Ukraine. None when any
    other place is named (it is the claim's), or an origin lies in the speaker's own country."""
    if not affiliation or "from" not in sentence or not mentions:
        return []
    country = country_named(affiliation)
    if country is None:
        return []
    outside = _outside_speaker(mentions, offset, speaker_spans)
    begins = [origin_start(sentence, m.start - offset) for m in outside]
    if not outside or any(b < 0 for b in begins) or any(_lies_in_country(m.place, country) for m in outside):
        return []
    begin, first = begins[0], outside[0]
    return [
        PlaceMention(country, sentence[begin : first.end - offset], offset + begin, first.end, "location", "speaker")
    ]


# the whole of a country named without its name: "wounded nationwide", "killed across the country" (not an adjective:
# "a nationwide curfew")
_NATIONWIDE_RE: Final = re.compile(
    r"\b(?:(?:nation|country)-?wide(?!\s+(?!(?:and|or|on|in|at|by|since|during|over|after|this|last)\b)[a-z])|"
    r"(?:across|throughout|all\s+over)\s+the\s+(?:whole\s+|entire\s+)?country)\b",
    re.IGNORECASE,
)
# every `_NATIONWIDE_RE` match holds "nationwide", "countrywide" or "wide" ("nation-wide"), or else "country" and one of
# "across", "throughout" and "over", each a whole run of a-z of the lowercased sentence
_WIDE_GATE: Final = word_gate(ascii_words({"nationwide", "countrywide", "wide"}))
_COUNTRY_GATE: Final = word_gate(ascii_words({"country"}))
_ACROSS_GATE: Final = word_gate(ascii_words({"across", "throughout", "over"}))


def nationwide_spans(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence says "nationwide" or "across the country" (relative start and end)."""
    low = lowered(sentence)
    if low is not None and not (
        holds_gate(low, _WIDE_GATE) or holds_gate(low, _COUNTRY_GATE) and holds_gate(low, _ACROSS_GATE)
    ):
        return []
    return [(m.start(), m.end()) for m in _NATIONWIDE_RE.finditer(sentence)]


def nationwide_mentions(
    sentence: str,
    offset: int,
    spans: list[tuple[int, int]],
    mentions: list[PlaceMention],
    affiliation: str | None,
    speaker_spans: list[tuple[int, int]],
    document: Place | None,
) -> list[PlaceMention]:
    """ "more than 140 people were wounded nationwide": the one country the sentence names, else the speaker's, else
    the country the report is about (`document`); none when the sentence names two countries."""
    named = {
        c.name: c
        for m in _outside_speaker(mentions, offset, speaker_spans)
        if (c := _country_of(m.place)) is not None and c.kind == "country"
    }
    if len(named) > 1:
        return []
    country = next(iter(named.values())) if named else (country_named(affiliation) if affiliation else None)
    country = country or document
    if country is None:
        return []
    return [
        PlaceMention(country, sentence[start:end], offset + start, offset + end, "location", "compass")
        for start, end in spans
    ]


def compass_mentions(
    sentence: str,
    offset: int,
    mentions: list[PlaceMention],
    affiliation: str | None,
    speaker_spans: list[tuple[int, int]],
    document: Place | None,
) -> list[PlaceMention]:
    """ "destroyed two tanks in the south": that part ("southern Ukraine", else the country, with the raw words) of
    the country the report is about (`document`, see `PlaceContext.country`) when the speaker speaks for it or
    the sentence names it and no other; with no such country, of the speaker's country when the sentence names no
    other, else of the one country it names. None when they disagree: a British minister's "in the east" of a
    story about Ukraine is no part of Britain."""
    parts = compass_parts(sentence)
    if not parts:
        return []
    speaker = country_named(affiliation) if affiliation else None
    named = {
        c.name: c
        for m in _outside_speaker(mentions, offset, speaker_spans)
        if (c := _country_of(m.place)) is not None and c.kind == "country"
    }
    said = next(iter(named.values())) if len(named) == 1 else None
    if document is not None:
        country = document if document in (speaker, said) and len(named) <= 1 else None
    elif speaker is not None:
        country = speaker if not named or said == speaker else None
    else:
        country = said
    if country is None:
        return []
    return [
        PlaceMention(
            part_of_country(country, side), sentence[start:end], offset + start, offset + end, "location", "compass"
        )
        for start, end, side in parts
    ]
