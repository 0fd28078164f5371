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

The parts live beside this module: `place_mention` (the mention), `place_name_scan` and `place_names` (names as
written), `unlisted_places` (places the gazetteer lacks), `place_references` (the document's context and the
references it resolves), `place_roles` (roles and local offices) and `place_scoring` (the score of each mention).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from claimtrack.extraction.gazetteer import Place, load_gazetteer
from claimtrack.extraction.place_mention import PlaceMention
from claimtrack.extraction.place_names import (
    _adjective_mentions,
    _hyphen_before_capital,
    _hyphenated_mentions,
    _may_name_geography,
    _name_mentions,
)
from claimtrack.extraction.place_phrases import in_comparison, in_rank_frame, origin_start
from claimtrack.extraction.place_references import PlaceContext, _reference_mentions
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
from claimtrack.extraction.unlisted_places import _OTHER_PLACE_GATE, _other_place_mentions, _with_context_country
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
