"""What a document has said about places so far (`PlaceContext`) and the references it resolves: "the capital",
"the country", "the hilltop town", "the plant", "the camp", "the region", "there" and "this direction" stand for
a place named before, in the sentence or earlier in the document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from claimtrack.extraction.gazetteer import Place, load_gazetteer
from claimtrack.extraction.place_mention import AREA_KINDS, SETTLEMENT_KINDS, PlaceMention
from claimtrack.extraction.place_roles import names_local_office
from claimtrack.extraction.place_scoring import (
    FACILITY_NOUNS,
    _in_passing,
    _in_relative_aside,
    _names_facility_site,
    place_score,
)
from claimtrack.extraction.prefilter import (
    ascii_words,
    holds_gate,
    is_space_at,
    is_word_char_at,
    lowered,
    word_gate,
    word_spans,
    word_start_scan,
)

DOMINANCE: Final = 1.5  # how much more often the document's country is named than any other
SETTLEMENT_RECENCY: Final = 3  # "the town" refers to a town named in the current or the last two sentences
# a settlement named only as where people or goods went or came from ("buses toward Odesa") is named in passing:
# it does not displace, as "the city", the settlement the document names at least this many times more often
MAIN_SETTLEMENT_RATIO: Final = 2
MAIN_SETTLEMENT_NAMES: Final = 2  # "the city" long after any name is the city named at least twice (and most)


THERE_RECENCY: Final = 2  # "there" refers to a place named in the current or the last sentence
AREA_RECENCY: Final = 3  # "the region" refers to a region named (or holding a town named) in the last two sentences


def _dominant_place(named: Counter[str]) -> Place | None:
    """The place named MAIN_SETTLEMENT_NAMES times at least, and MAIN_SETTLEMENT_RATIO times as often as any other
    place of `named`; else None."""
    ranked = named.most_common(2)
    if (
        not ranked
        or ranked[0][1] < MAIN_SETTLEMENT_NAMES
        or (len(ranked) == 2 and ranked[0][1] < MAIN_SETTLEMENT_RATIO * ranked[1][1])
    ):
        return None
    return load_gazetteer().places.get(ranked[0][0])


def new_counter() -> Counter[str]:
    """An empty `Counter()`, made without running `Counter.__init__`: that is interpreted Python (an `update` of
    nothing, ~3,000 instructions), and each document's place context and focus make five of them. A Counter keeps no
    state of its own beyond its dict, so the instance is the one `Counter()` gives."""
    return Counter.__new__(Counter)


@dataclass(init=False)  # init=False: its own __init__, which mypyc compiles
class PlaceContext:
    """What a document has said about places so far, to resolve "the capital", "the country", "the town".

    The document's country is the country named most often so far as a place (counting a city for its country),
    when it is named at least half again as often as any other (else "the country" stays unresolved).
    "The town/city/village" is the last settlement named as a place in the last few sentences.
    """

    counts: Counter[str] = field(default_factory=Counter)
    sentences: int = 0  # sentences observed
    last_settlement: Place | None = None
    settlement_sentence: int = 0
    named: Counter[str] = field(default_factory=Counter)  # settlements written by name, as places
    facility_settlement: Place | None = None  # the last settlement a facility was named in ("steelworks in X")
    last_area: Place | None = None  # the last region named, or the region of the last listed town named
    area_sentence: int = 0
    last_direction: Place | None = None  # the last front sector named by its town ("in the Donetsk direction")
    direction_sentence: int = 0
    areas_named: Counter[str] = field(default_factory=Counter)  # regions written by name, as places
    last_camp: Place | None = None  # the last camp named as a place ("the camp" after "Zamzam camp")

    def __init__(
        self,
        counts: Counter[str] | None = None,
        sentences: int = 0,
        last_settlement: Place | None = None,
        settlement_sentence: int = 0,
        named: Counter[str] | None = None,
        facility_settlement: Place | None = None,
        last_area: Place | None = None,
        area_sentence: int = 0,
        last_direction: Place | None = None,
        direction_sentence: int = 0,
        areas_named: Counter[str] | None = None,
        last_camp: Place | None = None,
    ) -> None:
        """The fields' defaults as `field` gives them; None for a field with a default factory: a new one."""
        self.counts = new_counter() if counts is None else counts
        self.sentences = sentences
        self.last_settlement = last_settlement
        self.settlement_sentence = settlement_sentence
        self.named = new_counter() if named is None else named
        self.facility_settlement = facility_settlement
        self.last_area = last_area
        self.area_sentence = area_sentence
        self.last_direction = last_direction
        self.direction_sentence = direction_sentence
        self.areas_named = new_counter() if areas_named is None else areas_named
        self.last_camp = last_camp

    def observe(self, mentions: list[PlaceMention], sentence: str | None = None, offset: int = 0) -> None:
        """Remember the places of one sentence (in order); call it once for every sentence.

        With the sentence's text, "the city" is its best-placed settlement, the last of equals ("Strikes on
        Mykolaiv have killed 147, the mayor said, after Russian forces withdrew from Kherson": Mykolaiv); else
        the last settlement named."""
        self.sentences += 1
        settlements: list[PlaceMention] = []
        for mention in mentions:
            place = mention.place
            if place.kind != "country" and (area := area_of(place)) is not None:
                # "the governor of the Kyiv region", "Kharkiv's governor": a region's office names it too
                self.last_area, self.area_sentence = area, self.sentences
                if area is place and mention.source == "name" and mention.role != "owner":
                    self.areas_named[place.name] += 1
            if mention.source == "region-name":  # "In the Donetsk direction, ...": what "this direction" means
                self.last_direction, self.direction_sentence = place, self.sentences
            if mention.role == "owner":  # "Russia's claim" is not about a place in Russia
                continue
            if place.kind == "camp":
                self.last_camp = place
            country = place.name if place.kind == "country" else place.country
            if country and mention.source != "anaphor":  # "there", "the region": a name counted already
                self.counts[country] += 1
            if place.kind in SETTLEMENT_KINDS:
                settlements.append(mention)
                if mention.source == "name":
                    self.named[place.name] += 1
                    if sentence is not None and _names_facility_site(sentence, mention.start - offset):
                        self.facility_settlement = place
        if settlements:
            best = settlements[-1]
            if sentence is not None and len(settlements) > 1:
                scores = [place_score(sentence, offset, m) for m in settlements]
                best = settlements[max(range(len(settlements)), key=lambda i: (scores[i], i))]
            place = best.place
            if sentence is not None and _in_passing(sentence, offset, best):
                place = self._main_settlement(place) or place
            self.last_settlement, self.settlement_sentence = place, self.sentences

    def _main_settlement(self, passing: Place) -> Place | None:
        """The settlement the document is about, when named MAIN_SETTLEMENT_RATIO times as often as `passing`."""
        ranked = self.named.most_common(1)
        if (
            not ranked
            or ranked[0][0] == passing.name
            or ranked[0][1] < MAIN_SETTLEMENT_RATIO * self.named[passing.name]
        ):
            return None
        return load_gazetteer().places.get(ranked[0][0])

    def main_settlement(self) -> Place | None:
        """The settlement the document is about: named MAIN_SETTLEMENT_NAMES times at least, and
        MAIN_SETTLEMENT_RATIO times as often as any other settlement; else None."""
        return _dominant_place(self.named)

    def main_area(self) -> Place | None:
        """The region the document is about, which "the region" long after any name refers to: written by name
        MAIN_SETTLEMENT_NAMES times at least, and MAIN_SETTLEMENT_RATIO times as often as any other; else None."""
        return _dominant_place(self.areas_named)

    def settlement(self) -> Place | None:
        """The town or city "the town" refers to: named in the last SETTLEMENT_RECENCY sentences."""
        recent = self.sentences + 1 - self.settlement_sentence <= SETTLEMENT_RECENCY
        return self.last_settlement if recent else None

    def area(self) -> Place | None:
        """The region "the region" refers to: named, or holding a town named, in the last AREA_RECENCY sentences."""
        recent = self.sentences + 1 - self.area_sentence <= AREA_RECENCY
        return self.last_area if recent else None

    def local_place(self) -> Place | None:
        """The place "there" refers to: the town or the region named last, in this sentence or the one before."""
        place: Place | None = self.last_area
        named = self.area_sentence
        if self.last_settlement is not None and self.settlement_sentence >= self.area_sentence:
            place, named = self.last_settlement, self.settlement_sentence
        return place if self.sentences + 1 - named <= THERE_RECENCY else None

    def direction(self) -> Place | None:
        """The front sector "this direction" refers to: named in the last AREA_RECENCY sentences."""
        recent = self.sentences + 1 - self.direction_sentence <= AREA_RECENCY
        return self.last_direction if recent else None

    def country(self) -> Place | None:
        """The country the document is about so far, or None."""
        ranked = self.counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < DOMINANCE * ranked[1][1]):
            return None
        return load_gazetteer().places.get(ranked[0][0])


_REFERENCE_RE: Final = re.compile(
    r"\b(?=[Tt]he|[Hh]is|[Hh]er)"
    r"(?P<raw>[Tt]he\s+(?:(?P<mods>(?:[a-z][\w-]*\s+){0,2})(?P<settlement>town|city|village|camp|plant|factory|port|"
    r"airfield|airport|steelworks)|(?:(?P<cmod>small|tiny|entire|whole|landlocked|war-torn|impoverished)\s+)?"
    r"(?P<what>capital|country))"
    r"|(?:[Tt]he|[Hh]is|[Hh]er)\s+(?P<amods>(?:[a-z][\w-]*\s+){0,2})(?P<area>region|oblast|province|voivodeship)"
    r"|(?<!\bover\s)(?<!\bout\s)(?<!\bup\s)(?<!\bdown\s)(?<!\bback\s)(?<!\bin\s)(?<!\band\s)(?P<there>there)"
    r"(?!\s+(?:(?:\w+ly|also|still|now|already|just|never|always|not|even|often)\s+)?(?:is|are|was|were|has|have|"
    r"had|will|would|may|might|could|can|must|should|shall|be|been|being|seems?|seemed|appears?|appeared|remains?|"
    r"remained|exists?|existed|used|lies|lay|came|comes)\b|['’]))"
    r"(?![\w-])"
)
# the same, scanned from one non-word character to the next (its \b stands before "[Tt]he"); the lookahead of the
# three words every match opens with ("there" opens with "the") leaves a position before the branches are tried (the
# last one's seven lookbehinds at every word)
_REFERENCE_SCAN: Final = word_start_scan(_REFERENCE_RE)
# "the nearby town" is another town, "the largest city in" is not the last one named
_NOT_AN_ANAPHOR: Final = re.compile(
    r"\b(?:nearby|neighbou?ring|other|another|next|new|second|third|\w+est|"
    r"same-name)\b"
)


def _reference_mentions(
    sentence: str, offset: int, context: PlaceContext, earlier: list[PlaceMention]
) -> list[PlaceMention]:
    """ "the capital", "the country", "the hilltop town", "the plant", "the camp": the place they refer to (a
    facility's settlement; the camp named last), when the document named it."""
    gaz = load_gazetteer()
    out: list[PlaceMention] = []
    for m in _reference_matches(sentence, False):
        after = sentence[m.end() :]
        if re.match(r"\s*(?:of|called|named)\s+(?:the\s+)?[A-Z]|\s+[A-Z]", after):
            continue  # "the city of Kharkiv", "the capital Kyiv": the name follows
        place: Place | None
        if m.group("there") and ('"' in sentence[: m.start()] or "“" in sentence[: m.start()]):
            continue  # "'I won't send our people over there,' he said": a quote's "there" is the speaker's
        if m.group("area") or m.group("there"):
            mods = m.group("amods")
            if mods and _NOT_AN_ANAPHOR.search(mods.lower()):
                continue  # "the neighbouring region", "the largest region"
            place = _last_place_before(earlier, offset + m.start(), _below_a_country)
            if place is None:
                place = context.area() if m.group("area") else context.local_place()
                if place is None and m.group("area"):
                    place = context.main_area()  # "the region" far from its name, in a story about one region
            elif m.group("area") and place.kind not in AREA_KINDS:
                continue  # "Kyiv is the safest place in the region": a wider region than the city's, unnamed
        elif m.group("settlement") == "camp":
            if m.group("mods") and _NOT_AN_ANAPHOR.search(m.group("mods").lower()):
                continue
            # "Zamzam camp ... the camp": the camp the sentence named, else the document's last
            place = _last_place_before(earlier, offset + m.start(), _is_camp) or context.last_camp
        elif m.group("settlement"):
            if m.group("mods") and _NOT_AN_ANAPHOR.search(m.group("mods").lower()):
                continue
            # "Kherson's mayor, who fled to Kyiv in March, said ... in the city": the mayor's city, not the aside's
            before = [x.place for x in earlier if x.end - offset <= m.start() and x.place.kind in SETTLEMENT_KINDS
                      and (x.role != "owner" or names_local_office(sentence, offset, x))
                      and not _in_relative_aside(sentence, x.start - offset)]  # fmt: skip
            facility = m.group("settlement") in FACILITY_NOUNS and context.facility_settlement is not None
            # "the plant" is the settlement a facility was named in, not the last town named
            place = before[-1] if before else context.facility_settlement if facility else context.settlement()
            if place is None and not facility:
                place = context.main_settlement()  # "the city" far from its name, in a story about one city
        elif m.group("what").lower() == "capital" and (named := _capital_named_before(earlier, offset + m.start())):
            place = named  # "In Kyiv, the mayor said nine were killed in the capital": Kyiv, whatever was named before
        elif m.group("what").lower() == "country" and (
            body := _body_country_before(sentence, offset, earlier, offset + m.start())
        ):
            place = body  # "Poland's Border Guard said 500 people had entered the country": Poland
        else:
            country = context.country()
            if country is None:
                continue
            place = country if m.group("what").lower() == "country" else gaz.capital_of(country.name)
        if place is not None:
            source = "reference" if m.group("settlement") or m.group("what") else "anaphor"
            out.append(PlaceMention(place, m.group("raw"), offset + m.start(), offset + m.end(), source=source))
    return out


# a country's body that counts who is in the country: "Poland's Border Guard", "Moldova's interior ministry"
_COUNTRY_BODY_AFTER: Final = re.compile(
    r"['’]s\s+(?:(?:state|national|federal)\s+)?(?:border\s+(?:guard|service|police|force|agency|committee)|"
    r"interior\s+ministry|migration\s+(?:service|office|agency)|statistics\s+(?:office|agency|service)|"
    # "Lebanon's health ministry said 55 people were killed in strikes across the country": Lebanon
    r"health\s+ministry|ministry\s+of\s+health|civil\s+defen[cs]e|emergency\s+(?:service|ministry))\b",
    re.IGNORECASE,
)


def _body_country_before(sentence: str, offset: int, mentions: list[PlaceMention], pos: int) -> Place | None:
    """The country whose border or migration body the sentence names before `pos`, which "the country" after it
    is ("Poland's Border Guard said 500 people had entered the country from Ukraine": Poland), or None."""
    for mention in reversed(mentions):
        if (
            mention.end <= pos
            and mention.place.kind == "country"
            and _COUNTRY_BODY_AFTER.match(sentence, mention.end - offset)
        ):
            return mention.place
    return None


def area_of(place: Place) -> Place | None:
    """The region (`AREA_KINDS`) a place is or lies in, or None (a country, an unlisted village)."""
    if place.kind in AREA_KINDS:
        return place
    return next((p for p in load_gazetteer().ancestors(place.name) if p.kind in AREA_KINDS), None)


def _last_place_before(mentions: list[PlaceMention], pos: int, fits: Callable[[Place], bool]) -> Place | None:
    """The last place that `fits` among those the sentence names before `pos`, or None."""
    for mention in reversed(mentions):
        if mention.end <= pos and fits(mention.place):
            return mention.place
    return None


def _below_a_country(place: Place) -> bool:
    """A place "there" or "the region" refers to ("The governor of the Kyiv region said 12 were killed in the
    region": Kyiv Oblast): any below a country."""
    return place.kind not in {"country", "union"}


def _is_camp(place: Place) -> bool:
    """A place "the camp" refers to."""
    return place.kind == "camp"


def _capital_named_before(mentions: list[PlaceMention], pos: int) -> Place | None:
    """The last capital city the sentence names before `pos` as a place (not an owner: "Moscow's forces"), which
    "the capital" after it refers to ("The mayor of Warsaw said the capital had taken in 300,000"), or None."""
    gaz = load_gazetteer()
    for mention in reversed(mentions):
        place = mention.place
        if (
            mention.end <= pos
            and mention.role != "owner"
            and place.kind == "city"
            and place.country
            and (capital := gaz.capital_of(place.country)) is not None
            and capital.name == place.name
        ):
            return place
    return None


# a facility ("the plant") is referred to by the settlement it stands in
_REFERENCE_NOUNS: Final = (
    "town",
    "city",
    "village",
    "camp",
    "capital",
    "country",
    "plant",
    "factory",
    "port",
    "airfield",
    "airport",
    "steelworks",
    "region",
    "oblast",
    "province",
    "voivodeship",
    "there",
)


# `_REFERENCE_RE`'s noun stands after whitespace and before no [\w-]: a whole run of a-z in the lowercased sentence
_REFERENCE_WORDS: Final = ascii_words(_REFERENCE_NOUNS)
_REFERENCE_GATE: Final = word_gate(_REFERENCE_WORDS)


# the first word of every `_REFERENCE_SCAN` match ("[Tt]he", "[Hh]is", "[Hh]er", "there"): a whole run of a-z of the
# lowercased sentence (no word character before it; whitespace after "the", "his", "her", no [\w-] after "there")
_REFERENCE_OPENERS: Final = ascii_words({"the", "his", "her", "there"})


def _reference_matches(sentence: str, first: bool) -> list[re.Match[str]]:
    """`_REFERENCE_SCAN.finditer(sentence)` as a list (only its first match if `first`): the pattern matched at the
    runs of letters a match opens with (`word_spans`, the runs kept per sentence), the next match looked for after
    the last one, instead of a scan that enters the matcher at every character that is no word character; none
    where no noun a match needs is a word of the sentence (`_REFERENCE_GATE`: most sentences read with a context
    hold none, since what needs one is often another noun, `needs_place_context`)."""
    low = lowered(sentence)
    if low is None:
        scanned = list(_REFERENCE_SCAN.finditer(sentence))
        return scanned[:1] if first else scanned
    if not holds_gate(low, _REFERENCE_GATE):
        return []
    pattern = _REFERENCE_SCAN.pattern
    found: list[re.Match[str]] = []
    end = 0
    nouns: list[tuple[int, int]] | None = None  # read at the first "the", "his" or "her" tried
    k = 0
    for start, run_end in word_spans(low, _REFERENCE_OPENERS):
        if start >= end:
            if run_end - start == 3:  # "the", "his", "her": its noun follows within three words
                if nouns is None:
                    nouns = word_spans(low, _REFERENCE_WORDS)
                while k < len(nouns) and nouns[k][0] <= start:
                    k += 1
                if k == len(nouns) or not _may_reach_reference_noun(sentence, run_end, nouns[k][0]):
                    continue
            m = pattern.match(sentence, start)
            if m is not None:
                found.append(m)
                if first:
                    break
                end = m.end()
    return found


def _may_reach_reference_noun(sentence: str, pos: int, noun: int) -> bool:
    r"""Whether the text from `pos` (after "the", "his" or "her") to `noun` (the next run of `_REFERENCE_WORDS`) holds
    only whitespace, word characters and hyphens, in at most three runs of whitespace: a `_REFERENCE_RE` match that
    opens there has `\s+(?:[a-z][\w-]*\s+){0,2}` (or less) before its noun, a whole run of `_REFERENCE_WORDS` at
    `noun` or after it, so the text up to `noun` is that or a prefix of it. Most "the"s are not entered."""
    spaces = 0
    in_space = False
    for i in range(pos, noun):
        if is_space_at(sentence, i):
            if not in_space:
                spaces += 1
                if spaces > 3:
                    return False
                in_space = True
        elif sentence[i] == "-" or is_word_char_at(sentence, i):
            in_space = False
        else:
            return False
    return True


def refers_to_context(sentence: str) -> bool:
    """Whether the sentence holds a reference that `find_places` resolves from its context ("the capital"): the
    scan runs only where a noun it needs is a word of the sentence (`_reference_matches`: a lookup of its runs of
    letters, kept per sentence), or, where `lowered` cannot vouch for them, a substring of it."""
    low = lowered(sentence)
    if low is not None:  # the gate asked here too: most sentences hold no noun, and the call is left out
        return holds_gate(low, _REFERENCE_GATE) and bool(_reference_matches(sentence, True))
    for noun in _REFERENCE_NOUNS:  # a plain loop: cheaper than any() over a generator
        if noun in sentence:
            return _REFERENCE_SCAN.search(sentence) is not None
    return False


# "in this direction", "in the same direction": the front sector named just before
_DIRECTION_REFERENCE: Final = re.compile(r"\b(?:this|that|the\s+same)\s+(?:direction|axis|sector)\b")


def _direction_references(sentence: str, offset: int, context: PlaceContext) -> list[PlaceMention]:
    """ "losses in this direction": the front sector the last sentences named ("In the Donetsk direction, ..."), as
    an anaphor; none when no sector was named lately."""
    place = context.direction()
    if place is None:
        return []
    return [
        PlaceMention(place, m.group(0), offset + m.start(), offset + m.end(), "location", "anaphor")
        for m in _DIRECTION_REFERENCE.finditer(sentence)
    ]
