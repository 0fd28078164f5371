"""Whether two claims read from one document are one claim the text repeats (headline, summary bullet, lead and
body), when their speakers, kinds or nouns are not written the same way.

The pipeline's first merge joins claims with one speaker name, one kind and one set of bounds. A repeat often
differs in one of them: the headline's shorthand speaker ("Ukraine says 352 civilians killed" above "Ukraine's
health ministry said 352 civilians ... had been killed"), a bullet's other noun ("deaths" for "troops"), a kind
read from other words ("1.5 million refugees" above "1.5 million people crossed the border"), a dropped qualifier
("Mayor says 300 residents killed" above "about 300 residents"). `same_claim` says when such a pair is one claim:
the same number, compatible nouns, kinds, places and dates, and the same speaker, or a summary line whose
speaker is a shorthand of the other's, or a later speaker quoting the figure back as "the 20 trucks".
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.attribution import SOURCE_MARKERS, SPEECH_VERBS
from claimtrack.extraction.lexicons import counted_groups, side_by_form
from claimtrack.extraction.spellings import name_key
from claimtrack.records import ActorRef, ExtractedClaim, PlaceRef, Quantity

# the longest line (in words) read as a headline, a summary bullet or a list line
SUMMARY_WORDS: Final = 18
# what a list line may start with
LIST_MARKS: Final = "•-*–—·▪●◦>"

# the kind read when no cue told what befell a count: a repeat may tell it ("1.5 million refugees")
GENERIC_KINDS: Final = frozenset({"count"})

# nouns for people of any kind: a repeat may swap one for any noun of people ("deaths" for "troops")
GENERIC_PEOPLE_NOUNS: Final = frozenset({
    "people", "persons", "individuals", "deaths", "dead", "killed", "fatalities", "casualties", "victims", "lives",
    "bodies",
})  # fmt: skip
# the categories of counted nouns (units.toml) that count people
PEOPLE_CATEGORIES: Final = frozenset({"people", "personnel", "casualties", "displacement", "detention"})
# the nouns of one thing that a repeat may swap for each other ("19 drones" in the headline, "19 UAVs" below)
DRONE_NOUNS: Final = frozenset(
    {"drones", "uavs", "unmanned aerial vehicles", "kamikaze drones", "attack drones", "shaheds", "geran-2s", "drone"}
)
SAME_THING_NOUNS: Final[tuple[frozenset[str], ...]] = (
    frozenset({"soldiers", "troops", "servicemen", "personnel", "military personnel", "service members",
               "servicemembers", "service personnel", "fighters"}),
    frozenset({"civilians", "residents", "inhabitants", "citizens"}),
    frozenset({"refugees", "displaced", "displaced people", "displaced persons", "internally displaced people",
               "evacuees"}),
    DRONE_NOUNS,
)  # fmt: skip

# words of a speaker's name that tell nothing of who it is
_NAME_FILLERS: Final = frozenset({"the", "of", "for", "and", "in", "on", "at", "a", "an", "its", "mr", "mrs", "ms"})
# between a count and its place, what ends the count's clause: a place beyond it is another clause's
_CLAUSE_BREAK: Final = re.compile(r"[,;:()]|\s(?:as|while|after|when|where|but|amid|since)\s")
# right before a number, words that refer back to a figure already given: "the 20 trucks"
_REFERRING_BACK: Final = re.compile(r"\b(?:the|those|these)\s+$", re.IGNORECASE)
_SAYING_WORDS: Final = frozenset(SPEECH_VERBS)
_WORD: Final = re.compile(r"[a-z]+")
_SAID_AFTER: Final = 16  # how far after the speaker and the count a verb of saying may stand ("..., it said")


def summary_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence `text[start:end]` is a headline, a summary bullet or a list line (`summary_level`)."""
    return summary_level(text, start, end) > 0


def summary_level(text: str, start: int, end: int) -> int:
    """How much the sentence `text[start:end]` is a summary: 2 for a headline or a list line (a line of its own
    of at most SUMMARY_WORDS words that is the document's first line, starts with a list mark, ends with ";" or
    with no full stop), 1 for such a short line that sits with another in a block with no blank line between,
    0 for a sentence of the body."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lead = text[line_start:start].strip()
    if (lead and (len(lead) > 1 or lead not in LIST_MARKS)) or text[end:line_end].strip():  # no mark but one
        return 0
    line = text[line_start:line_end].strip()
    if len(line.split()) > SUMMARY_WORDS:
        return 0
    if not text[:line_start].strip() or line[:1] in LIST_MARKS or line[-1:] in {";", ""} or line[-1:].isalnum():
        return 2
    prev_line = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1] if line_start else ""
    next_end = text.find("\n", line_end + 1)
    next_line = text[line_end + 1 : len(text) if next_end < 0 else next_end]
    return 1 if prev_line.strip() or next_line.strip() else 0


def bounds_compatible(a: Quantity, b: Quantity, loose: bool) -> bool:
    """Whether two counts give the same figure: the same bounds, or (`loose`, one of them a summary's) the
    exact figure and a bound at it ("300" and "over 300": the headline dropped the qualifier)."""
    if a.vague or b.vague:
        return False
    if (a.low, a.high) == (b.low, b.high):
        return True
    return loose and (_exact_and_bound(a, b) or _exact_and_bound(b, a))


def _exact_and_bound(exact: Quantity, bound: Quantity) -> bool:
    return (
        exact.low is not None
        and exact.low == exact.high
        and exact.low in (bound.low, bound.high)
        and (bound.low is None or bound.high is None)
    )


def kinds_compatible(a: str, b: str) -> bool:
    """Whether two kinds may be one claim's: the same, or one read with no cue (`GENERIC_KINDS`)."""
    return a == b or a in GENERIC_KINDS or b in GENERIC_KINDS


def _counts_people(noun: str) -> bool:
    group = counted_groups().get(noun)
    return (
        noun in GENERIC_PEOPLE_NOUNS
        or (group is not None and group.category in PEOPLE_CATEGORIES)
        or (noun.endswith("s") and side_by_form(noun) is not None)
    )


def _generic_people(noun: str) -> bool:
    """A noun for people of any kind: "people", "deaths", or a nation's ("Ukrainians")."""
    return noun in GENERIC_PEOPLE_NOUNS or (noun.endswith("s") and side_by_form(noun) is not None)


def nouns_compatible(a: str | None, b: str | None) -> bool:
    """Whether two counted nouns may count one thing: the same noun, one word in common ("cruise missiles" and
    "missiles"), one group's names (`SAME_THING_NOUNS`), or a noun for any people and a noun of people."""
    if not a or not b:
        return True
    a, b = a.lower(), b.lower()
    if a.rstrip("s") == b.rstrip("s") or set(a.split()) & set(b.split()):
        return True
    if any(a in names and b in names for names in SAME_THING_NOUNS):
        return True
    return (_generic_people(a) and _counts_people(b)) or (_generic_people(b) and _counts_people(a))


def _name_words(phrase: str) -> frozenset[str]:
    return frozenset(name_key(phrase).split()) - _NAME_FILLERS


def same_speaker(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Whether two speakers are one, however their names are spelled ("Zelenski", "Zełenski", "Zelenskyy")."""
    if a is None or b is None:
        return a is b
    return a.name == b.name or name_key(a.name) == name_key(b.name)


def shorthand_of(short: ActorRef | None, full: ActorRef | None) -> bool:
    """Whether a summary line's speaker `short` may stand for `full`: none, the same, a name whose words are all
    in the other's ("Mayor" for "mayor of Bucha", "UN" for "UN Office for the Coordination of Humanitarian
    Affairs", "Border Guard" for "Polish Border Guard"), or the country `full` speaks for ("Russia" for its
    defence minister)."""
    if short is None or full is None or same_speaker(short, full):
        return True
    full_words = _name_words(full.name) | _name_words(full.raw)
    for phrase in (short.name, short.raw, *short.aliases):
        words = _name_words(phrase)
        if words and (words <= full_words or _name_words(full.name) <= words):
            return True
    return full.affiliation is not None and name_key(full.affiliation) == name_key(short.name)


def places_conflict(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    """Whether two places are different places: neither is the other nor holds it ("4 killed in Kharkiv" and "4
    killed in Kherson")."""
    if a is None or b is None:
        return False
    return a.name != b.name and a.name not in b.ancestors and b.name not in a.ancestors


def place_of_count(text: str, claim: ExtractedClaim) -> bool:
    """Whether the claim's place is named in its count's own clause, not beyond a comma or an "as" ("352
    civilians killed as refugees pour into Poland": Poland is not where they were killed)."""
    q, place = claim.quantity, claim.place
    if q is None or place is None:
        return False
    lo, hi = (q.end, place.start) if place.start >= q.end else (place.end, q.start)
    return 0 <= hi - lo <= 200 and _CLAUSE_BREAK.search(text, lo, hi) is None


def refers_back(text: str, q: Quantity) -> bool:
    """Whether a count refers back to a figure the text gave before: "the 20 trucks", "those 300 soldiers"."""
    return _REFERRING_BACK.search(text[max(0, q.start - 8) : q.start]) is not None


def says_it(claim: ExtractedClaim) -> bool:
    """Whether the claim's speaker says its count in its evidence sentence: a verb of saying or "according to"
    between the speaker's name and the count, or just after the later of them ("Biden said 20 trucks would
    enter"; not "Austin put 8,500 troops on alert": no one claims that figure, a later "the 8,500 troops" is)."""
    q, actor, mention = claim.quantity, claim.actor, claim.evidence
    if q is None or actor is None or not mention.start <= q.start < mention.end:
        return False
    named = re.search(rf"(?<!\w){re.escape(actor.raw)}(?!\w)", mention.sentence)
    if named is None:
        return False
    at = q.start - mention.start
    window = mention.sentence[min(named.start(), at) : max(named.end(), at + len(q.raw)) + _SAID_AFTER].lower()
    return any(marker in window for marker in SOURCE_MARKERS) or not _SAYING_WORDS.isdisjoint(_WORD.findall(window))


def _sides_differ(a: str | None, b: str | None) -> bool:
    """Whether two subjects name different sides ("Russian troops killed" and "Ukrainian troops killed")."""
    sa = side_by_form(a.split()[0]) if a else None
    sb = side_by_form(b.split()[0]) if b else None
    return sa is not None and sb is not None and sa.country != sb.country


def same_claim(
    text: str,
    first: ExtractedClaim,
    later: ExtractedClaim,
    first_short: bool,
    later_short: bool,
    first_kinds: frozenset[str] = frozenset(),
) -> bool:
    """Whether `later` repeats `first`, two claims of the document `text` read from different sentences; `..._short`
    tells whether a claim stands only in summary lines (`summary_line`); `first_kinds`, the kinds the readings
    merged into `first` had besides its own."""
    a, b = first.quantity, later.quantity
    if a is None or b is None or not bounds_compatible(a, b, first_short or later_short):
        return False
    if (
        not any(kinds_compatible(kind, later.kind) for kind in first_kinds | {first.kind})
        or not nouns_compatible(a.unit, b.unit)
        or _sides_differ(first.subject, later.subject)
    ):
        return False
    if (
        first.event_date is not None
        and later.event_date is not None
        and first.event_date.value != later.event_date.value
    ):
        return False
    said_apart = (
        first.claim_date is not None
        and later.claim_date is not None
        and first.claim_date.value != later.claim_date.value
    )
    if places_conflict(first.place, later.place) and (
        not (first_short or later_short) or place_of_count(text, first) and place_of_count(text, later)
    ):
        return False
    if same_speaker(first.actor, later.actor):
        return not said_apart or first_short or later_short
    if later_short:
        return shorthand_of(later.actor, first.actor)
    if first_short:
        return shorthand_of(first.actor, later.actor)
    # a later speaker quoting the figure back ("the 20 trucks that entered"): the same noun, the same bounds
    return (
        not said_apart
        and refers_back(text, b)
        and (a.low, a.high) == (b.low, b.high)
        and (a.unit or "").rstrip("s") == (b.unit or "").rstrip("s") != ""
        and says_it(first)
    )
