"""Where a claim is: the places its sentence names (with the speaker's country, the polities pronouns point back
to, a home office's country), those each count of a list owns, and for a count that names none, the place
carried from the sentences before (a local office's, a toll's scene, the town or country the document is about).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from claimtrack.extraction.attribution import Cue, dateline_end
from claimtrack.extraction.count_phrases import CountMention
from claimtrack.extraction.document_context import SCENE_REACH, Attribution, Context
from claimtrack.extraction.focus import sides_named
from claimtrack.extraction.gazetteer import Place, load_gazetteer
from claimtrack.extraction.place_links import (
    bordering_area_mentions,
    compass_mentions,
    nationwide_mentions,
    nationwide_spans,
    origin_country_mentions,
    outside_body_seats,
    outside_person_titles,
    outside_speaker_titles,
    pronoun_mentions,
)
from claimtrack.extraction.place_mention import AREA_KINDS, SETTLEMENT_KINDS, PlaceMention
from claimtrack.extraction.place_phrases import clause_end, compass_parts
from claimtrack.extraction.place_references import PlaceContext, refers_to_context
from claimtrack.extraction.places import (
    choose_place,
    find_places,
    home_office_country,
    place_ref,
    places_of_count,
    speaker_country_mentions,
)
from claimtrack.extraction.sentences import Sentence
from claimtrack.extraction.subjects import included_part
from claimtrack.extraction.unlisted_places import needs_place_context
from claimtrack.records import ActorRef, PlaceRef


def _with(mentions: list[PlaceMention], more: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions and `more`, in text order."""
    return sorted(mentions + more, key=lambda m: m.start) if more else mentions


def _plain_read(ctx: Context, sentence: Sentence, read: list[PlaceMention] | None) -> list[PlaceMention]:
    """The places of a sentence waiting in `unplaced`: those read with it, else read without context, once (several
    readers peek at the same sentences: the document's country, the scene before a toll, the main town ...)."""
    if read is not None:
        return read
    found = ctx.plain_places.get(sentence.index)
    if found is None:
        found = ctx.plain_places[sentence.index] = find_places(sentence.text, sentence.start)
    return found


def _document_country(ctx: Context) -> Place | None:
    """The country the document is about so far (`PlaceContext.country`), counting the sentences still waiting in
    `unplaced` without observing them (their order there matters to the later readers of `unplaced`)."""
    seen = PlaceContext(counts=Counter(ctx.places.counts))
    for earlier, read in ctx.unplaced:
        seen.observe(_plain_read(ctx, earlier, read))
    return seen.country()


def _linked_places(
    ctx: Context,
    sentence: Sentence,
    mentions: list[PlaceMention],
    attribution: Attribution | None,
    claimant: ActorRef | None,
) -> list[PlaceMention]:
    """The mentions plus the speaker's country ("near our border") and the polities pronouns point back to
    ("along its borders"), less a speaker's title's."""
    affiliation = claimant.affiliation if claimant is not None else None
    mentions = _with(mentions, speaker_country_mentions(sentence.text, sentence.start, affiliation))
    mentions = _with(mentions, pronoun_mentions(sentence.text, sentence.start, mentions, affiliation))
    mentions = bordering_area_mentions(sentence.text, sentence.start, mentions)
    if attribution is not None and mentions:
        mentions = outside_speaker_titles(sentence.text, sentence.start, mentions, attribution.phrase_spans)
        mentions = outside_body_seats(sentence.text, sentence.start, mentions, attribution.phrase_spans)
    spans = attribution.phrase_spans if attribution is not None else []
    mentions = outside_person_titles(sentence.text, sentence.start, mentions, spans)
    # people who crossed from abroad are where the speaker counts them; "in the south" is a part of a country
    mentions = _with(mentions, origin_country_mentions(sentence.text, sentence.start, mentions, affiliation, spans))
    if nationwide := nationwide_spans(sentence.text):  # "wounded nationwide": the whole country
        document = _document_country(ctx)
        more = nationwide_mentions(sentence.text, sentence.start, nationwide, mentions, affiliation, spans, document)
        mentions = _with(mentions, more)
    if not compass_parts(sentence.text):
        return mentions
    document = _document_country(ctx)
    return _with(mentions, compass_mentions(sentence.text, sentence.start, mentions, affiliation, spans, document))


def _place_mentions(ctx: Context, sentence: Sentence) -> list[PlaceMention]:
    """The places a claim's sentence names.

    The places of the sentences before it matter only to a reference ("the capital", "the town"): they
    are read and observed, in order, only when a sentence holds one; until then they wait in `unplaced`.
    """
    if not refers_to_context(sentence.text) and not needs_place_context(sentence.text):
        mentions = find_places(sentence.text, sentence.start)
        ctx.unplaced.append((sentence, mentions))
        return mentions
    for earlier, read in ctx.unplaced:
        if read is None:
            read = ctx.plain_places.get(earlier.index)  # read already, and a sentence with no reference reads alike
            if read is None or refers_to_context(earlier.text) or needs_place_context(earlier.text):
                read = find_places(earlier.text, earlier.start, ctx.places)
        ctx.places.observe(read, earlier.text, earlier.start)
        ctx.focus.note(earlier.index, read)
        ctx.observed.append((earlier, read))
    ctx.unplaced.clear()
    mentions = find_places(sentence.text, sentence.start, ctx.places)
    ctx.places.observe(mentions, sentence.text, sentence.start)
    ctx.observed.append((sentence, mentions))
    return mentions


def _recent_sentences(ctx: Context) -> list[tuple[Sentence, list[PlaceMention] | None]]:
    """The last sentences read, in order, with their places if read: the last ones `places` observed, then those
    waiting in `unplaced` (a sentence with "the city" observes those before it, which stay scenes)."""
    return [*ctx.observed, *ctx.unplaced] if ctx.observed else ctx.unplaced


_NEARER_REACH: Final = 2  # sentences before a claim whose places are nearer than its speaker's country
# an event named before: "wounded in that attack", "were involved in the operation", "rescuers deployed to the site";
# and the facility it befell: "detained 80 suspects at the hospital compound", "pulled 12 from the building"
_EVENT_BACK_REFERENCE: Final = re.compile(
    r"\b(?:the|that|this)\s+(?:same\s+)?(?:attack|strike|operation|explosion|"
    r"blast|shelling|raid|bombing|incident|collapse|fire|site|scene|hospital|compound|building|facility|plant|"
    r"market|premises|complex)\b",
    re.IGNORECASE,
)


def _home_office_place(
    ctx: Context, sentence: Sentence, mentions: list[PlaceMention], excluded: list[tuple[int, int]]
) -> PlaceRef | None:
    """The country of a home office speaking ("Lebanon's health ministry said strikes had killed 46": Lebanon), for
    a sentence that names no place of its own, unless it points back to an event the sentences just before place
    inside that country ("... an attack on central Belgorod ... More than 100 were wounded in that attack, Russia's
    Health Ministry said": no Russia)."""
    home = home_office_country(sentence.text, sentence.start, mentions, excluded)
    if home is None or not _EVENT_BACK_REFERENCE.search(sentence.text):
        return home  # "Israeli strikes had killed 46 over the previous 24 hours": the country's own toll
    gaz = load_gazetteer()
    recent = ctx.places.settlement()
    nearer = [recent] if recent is not None else []
    for earlier, read in ctx.unplaced:
        if sentence.index - _NEARER_REACH <= earlier.index < sentence.index:
            nearer += [m.place for m in _plain_read(ctx, earlier, read)]
    if any(p.kind != "country" and home.name in {p.country, *(a.name for a in gaz.ancestors(p.name))} for p in nearer):
        return None
    return home


def _names_its_own_place(mentions: list[PlaceMention], excluded: list[tuple[int, int]]) -> bool:
    """Whether a sentence names a place outside its speaker's words and dateline ("Ukraine's prosecutor general"
    and "KYIV, Feb 24 -" name none of its own)."""
    return any(not any(s <= m.start < e for s, e in excluded) for m in mentions)


def _lies_in(place: PlaceRef, country: PlaceRef) -> bool:
    """Whether `place` is `country` or lies inside it."""
    return place.name == country.name or place.country == country.name or country.name in place.ancestors


# a speaker named by a local office without its place: "the regional governor", "regional police", "the local
# military administration", "the governor", "the mayor" (the place is the one the report has just named); a body
# needs its local word ("the administration" may be a government's)
_BARE_LOCAL_OFFICE: Final = re.compile(
    r"^(?:the\s+)?(?:(?:(?:regional|local|oblast|municipal|city|district)\s+)+(?:military\s+|state\s+)?"
    r"(?:governor|mayor|administration|police|authorities|officials|council|prosecutors?)|governor|mayor)\b",
    re.IGNORECASE,
)
# a sentence that turns to another story: "Separately, ...", "Elsewhere, ...", "In a separate development, ..."
_CHANGE_OF_TOPIC: Final = re.compile(
    r"^\W*(?:separately|elsewhere|meanwhile|in\s+(?:a\s+)?separate|in\s+other|on\s+the\s+other)\b", re.IGNORECASE
)


def _office_reference_place(ctx: Context, sentence: Sentence, attribution: Attribution | None) -> PlaceRef | None:
    """The place of the sentence right before, for a count whose sentence names none and whose speaker is a local
    office named without its place ("A missile hit Dnipro. Fifteen were wounded, regional governor X said.":
    Dnipro); a country is no office's place, and a sentence that turns to another story takes none."""
    if attribution is None or attribution.cue is None or not attribution.cue.phrase:
        return None
    if _BARE_LOCAL_OFFICE.match(attribution.cue.phrase) is None or _CHANGE_OF_TOPIC.match(sentence.text):
        return None
    before = next((item for item in reversed(_recent_sentences(ctx)) if item[0].index == sentence.index - 1), None)
    if before is None:
        return None
    earlier, read = before
    mentions = _plain_read(ctx, earlier, read)
    place = choose_place(earlier.text, earlier.start, mentions, [])
    return place if place is not None and place.kind not in {"country", "union"} else None


_OFFICE_PRONOUNS: Final = frozenset({"he", "she", "it"})


def _office_own_place(attribution: Attribution | None) -> PlaceRef | None:
    """The place in the office a pronoun speaker means, for a count whose sentences name none: "The governor of
    Kharkiv Oblast spoke on Sunday. He said 12 people were wounded.": Kharkiv Oblast; a country is no office's
    place (a minister's)."""
    if attribution is None or attribution.resolved_from not in _OFFICE_PRONOUNS:
        return None
    raw = attribution.claimant.raw or ""
    place = choose_place(raw, 0, find_places(raw, 0), []) if raw else None
    return place if place is not None and place.kind not in {"country", "union"} else None


_SCENE_CATEGORIES: Final = frozenset({"people", "casualties"})  # counts of people an event befell ...
# ... as its toll ("Four people were killed"; not "40 diplomats were expelled")
_TOLL_WORDS: Final = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|hurt|dead|died|deaths?|"
    r"casualties|missing|trapped|hospitali[sz]ed|buried|rescued|bodies|recovered)\b",
    re.IGNORECASE,
)
# the places a scene is: a town, a camp, a region ("shelling in the Kursk region ... Twelve civilians were killed")
_SCENE_KINDS: Final = SETTLEMENT_KINDS | AREA_KINDS | {"camp", "island", "area"}


def _is_toll(sentence: Sentence, counts: list[CountMention]) -> bool:
    """Whether a sentence counts people an event befell as its toll ("Four people were killed")."""
    return any(c.group.category in _SCENE_CATEGORIES for c in counts) and _TOLL_WORDS.search(sentence.text) is not None


def _scene_place(ctx: Context, sentence: Sentence) -> PlaceRef | None:
    """The place where the nearest of the two sentences before that names one placed its event, for a toll whose
    sentence names no place ("A drone hit a bus stop in Kherson. Rescuers are at the site. Four people were killed,
    the ministry said.": Kherson), across a paragraph break too (a lede, then the toll); a country is too wide to
    carry (nor does a sentence naming one carry what it named before), and a sentence that turns to another story
    takes none."""
    if _CHANGE_OF_TOPIC.match(sentence.text):
        return None
    for earlier, read in reversed(_recent_sentences(ctx)):
        if earlier.index >= sentence.index:
            continue
        if earlier.index < sentence.index - SCENE_REACH:
            return None
        mentions = _plain_read(ctx, earlier, read)
        if mentions and earlier.text[:2].isupper():
            mentions = _outside_dateline(earlier, mentions)  # "BEIRUT, Dec 29 -": where it was filed, no scene
        place = choose_place(earlier.text, earlier.start, mentions, []) if mentions else None
        if place is not None:
            return place if place.kind in _SCENE_KINDS else None
    return None


def _outside_dateline(sentence: Sentence, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions of a sentence less those in the wire dateline opening it (`dateline_end`)."""
    filed = dateline_end(sentence.text)
    return [m for m in mentions if m.start >= sentence.start + filed] if filed else mentions


def _main_settlement(ctx: Context) -> PlaceRef | None:
    """The town the document is about so far (`PlaceContext.main_settlement`, counting the sentences still waiting
    in `unplaced` without observing them), as its last mention among them."""
    seen = PlaceContext(named=Counter(ctx.places.named))
    read_sentences = [_plain_read(ctx, earlier, read) for earlier, read in ctx.unplaced]
    for mentions in read_sentences:
        seen.observe(mentions)
    main = seen.main_settlement()
    if main is None:
        return None
    last = next(
        (m for mentions in reversed(read_sentences) for m in reversed(mentions) if m.place.name == main.name), None
    )
    return place_ref(last) if last is not None else None


def _focus_place(
    ctx: Context, sentence_text: str, named: list[PlaceMention], attribution: Attribution | None, toll: bool
) -> PlaceRef | None:
    """The place the document is about so far (`PlaceFocus`), for a count nothing else places; the sentences waiting
    in `unplaced` are counted for it (read without the context their later reading may have). A country is no local
    office's place ("..., the regional administration said"), nor a toll's scene (`_scene_place`)."""
    for earlier, read in ctx.unplaced:
        if earlier.index not in ctx.focus.noted:
            ctx.focus.note(earlier.index, _plain_read(ctx, earlier, read))
    affiliation = attribution.claimant.affiliation if attribution is not None else None
    mention = ctx.focus.place(named, sides_named(sentence_text, affiliation))
    if mention is None:
        return None
    if mention.place.kind == "country" and (
        toll or (attribution is not None and _BARE_LOCAL_OFFICE.match(attribution.claimant.name))
    ):
        return None
    return place_ref(mention)


def _own_places(
    sentence: Sentence,
    counts: list[CountMention],
    i: int,
    place_mentions: list[PlaceMention],
    cue: Cue | None,
    excluded: list[tuple[int, int]],
) -> list[PlaceMention]:
    """The places of the sentence that are the count `counts[i]`'s own (`places.places_of_count`): one named between
    it and the next count ("3,000 in Romania, two in Spain") and before a second reported clause (", and that ..."),
    less the speaker's words."""
    count = counts[i]
    limit = counts[i + 1].start if i + 1 < len(counts) else sentence.end
    if cue is not None and count.end - sentence.start <= cue.start:
        # "'... troops are now in Russia,' Austin said at a press conference in Washington": the count's words end
        # where the speaker's begin
        limit = min(limit, sentence.start + cue.start)
    limit = sentence.start + clause_end(sentence.text, count.end - sentence.start, limit - sentence.start)
    floor = counts[i - 1].end if i else sentence.start
    own = places_of_count(sentence.text, sentence.start, place_mentions, (count.start, count.end), limit, floor)
    if own and excluded:  # "85,000 people, according to police in Budapest": the seat is the sentence's to weigh
        own = [m for m in own if not any(s <= m.start < e for s, e in excluded)]
    return own


def _item_places(text: str, offset: int, counts: list[CountMention], owned: list[list[PlaceMention]]) -> set[int]:
    """The starts of the places that belong to one count of a list and are lent to no other: each count's own
    place when two or more counts own one ("250,000 into Chad and 140,000 into Egypt"), and a listed part's
    ("150 clashes, including 22 near Kupiansk"), each named in the item itself (no comma between); one place after
    the last of coordinated counts is shared ("five killed and 12 wounded in Kharkiv"), and so is one after the list
    ("540 civilians, including 38 children, are sheltering in Sievierodonetsk")."""
    owners = [i for i, own in enumerate(owned) if own]
    if len(owners) < 2:
        owners = [i for i in owners if included_part(text, counts[i].start - offset) is not None]
    return {
        m.start
        for i in owners
        for m in owned[i]
        if _ITEM_BREAK.search(text, counts[i].end - offset, m.start - offset) is None
    }


# what ends a listed item before a place that the whole's clause goes on to name: "540 civilians, including 38
# children, are sheltering in Sievierodonetsk"
_ITEM_BREAK: Final = re.compile(r"[,;:()]|\s[–—-]\s")
# what joins two counts of one coordinated list: "30 soldiers, four armoured vehicles and two trucks" (a noun word
# or two the count's words left out may come before the join)
_COUNT_JOIN: Final = re.compile(r"(?:\s+[A-Za-z-]+){0,2}(?:,\s*|,?\s+(?:and|or)\s+)")


def _shared_list_places(
    sentence: Sentence, counts: list[CountMention], i: int, owned: list[list[PlaceMention]]
) -> list[PlaceMention]:
    """The place named after the last of coordinated counts that `counts[i]` opens or goes on ("up to 30
    soldiers, four armoured vehicles and two trucks were destroyed near X": X is each item's), when `counts[i]`
    owns none: shared by the list, over a sector fronted before it ("In the Y direction, ..."); else []."""
    text, offset, j = sentence.text, sentence.start, i
    while j + 1 < len(counts) and not owned[j]:
        if _COUNT_JOIN.fullmatch(text, counts[j].end - offset, counts[j + 1].start - offset) is None:
            return []  # not one list: "600,000 crossed, including 250,000 into Chad"
        j += 1
    if j == i or not owned[j]:
        return []
    last = counts[j].end - offset
    return [
        m for m in owned[j] if m.start - offset >= last and _ITEM_BREAK.search(text, last, m.start - offset) is None
    ]
