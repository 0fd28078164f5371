"""Phrases that tell what a place named in a sentence is to a claim, read from the words around the name.

An origin ("crossed from Ukraine", "drones launched from the Kursk area") is where people or weapons came
from, not where the count befell them; a comparison ("exceeds U.S. losses in Iraq") names another event's
place; a host ("Hungary has taken in 85,000 people") is where its count is; a compass part with no name ("in
the south") is a part of a country the speaker or the sentence names. Pure functions of text (offsets are
relative to the sentence); `places`, `place_roles`, `place_scoring` and `place_links` decide with them.
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.gazetteer import Place, load_gazetteer
from claimtrack.extraction.prefilter import (
    ascii_words,
    holds_gate,
    is_word_char_at,
    lowered,
    make_room,
    may_hold,
    word_gate,
)

# words before "from" that make the place after it an origin: people who crossed, arrived, returned or fled, and
# weapons launched or fired ("had crossed the border from Belarus", "refugees from Ukraine", "20 attack UAVs from
# the Kursk area of the Russian Federation"); not an evacuation ("evacuated 101 civilians from the plant": the
# operation is where they were taken from)
_ORIGIN_BEFORE: Final = re.compile(
    r"\b(?:cross(?:ed|es|ing)?|arriv(?:e|ed|es|ing)|enter(?:ed|s|ing)?|came|come|coming|return(?:ed|s|ing)?|"
    r"fled|flee(?:s|ing)?|refugees|evacuees|migrants|arrivals|asylum[\s-]seekers|launch(?:ed|es|ing)?|fired|firing|"
    r"dropped|"
    r"took\s+off|taking\s+off|drones|UAVs|missiles|rockets|Shaheds)\b(?:\s+(?!from\b)[\w'’/-]+){0,3}\s+from\s+"
    r"(?:the\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+(?:[A-Za-z][\w-]*\s+)?(?:area|region|oblast|district|province)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# a launch area after the launchers: "cruise missiles launched from strategic bombers over the Caspian Sea" (the
# area is where the bombers flew when they launched, not where the missiles struck); not "launched 40 drones over
# Kharkiv" (no launchers named, "over" is where the drones flew) nor "launched from X were downed over Y" (a verb)
_LAUNCH_AREA_BEFORE: Final = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|fired|firing)\s+from\s+(?:(?!(?:was|were|is|are|had|have|been)\b)[\w'’/-]+\s+){1,4}?"
    r"(?:over|above)\s+"
    r"(?:the\s+)?(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
_ORIGIN_REACH: Final = 90  # characters before a name in which its origin phrase is looked for
# the words that open an `_ORIGIN_BEFORE` or `_LAUNCH_AREA_BEFORE` match, each a whole run of letters of the lowercased
# sentence ("took off": "took"; "asylum-seekers": "asylum"): a sentence without one has no origin phrase
_ORIGIN_WORDS: Final = ascii_words(
    "cross crossed crosses crossing arrive arrived arrives arriving enter entered enters entering came come coming "
    "return returned returns returning fled flee flees fleeing refugees evacuees migrants arrivals asylum launch "
    "launched launches launching fired firing dropped took taking drones uavs missiles rockets shaheds".split()
)
_ORIGIN_GATE: Final = word_gate(_ORIGIN_WORDS)
# the openings of `_ORIGIN_BEFORE`'s and `_LAUNCH_AREA_BEFORE`'s words, lowercase: every match opens with one
_ORIGIN_STEMS: Final = ("cross", "arriv", "enter", "came", "com", "return", "fle", "refugees", "evacuees", "migrants",
                        "asylum", "launch", "fir", "dropped", "took", "taking", "drones", "uavs", "missiles", "rockets",
                        "shaheds")  # fmt: skip
_LAUNCH_STEMS: Final = ("launch", "fir")


def search_word_starts(
    pattern: re.Pattern[str], sentence: str, low: str, stems: tuple[str, ...], start: int, end: int
) -> re.Match[str] | None:
    r"""`pattern.search(sentence, start, end)` for a pattern that opens with `\b` before a word character and each of
    whose matches opens with one of `stems` (lowercase ASCII letters) under IGNORECASE or as written in lowercase;
    `low` is `lowered(sentence)` (not None: it writes each character at its offset, and lowercases none onto an
    ASCII letter but the ASCII letters, so it writes the stem where a match opens). The pattern is matched only
    where `low` writes a stem after no word character (where a word character stands before, its `\b` fails),
    the leftmost first, instead of at every character of the window."""
    found: re.Match[str] | None = None
    bound = end  # no later start can give the leftmost match
    for stem in stems:
        i = low.find(stem, start, bound)
        while i >= 0:
            if i == 0 or not is_word_char_at(sentence, i - 1):
                m = pattern.match(sentence, i, end)
                if m is not None:
                    found = m
                    bound = i
                    break
            i = low.find(stem, i + 1, bound)
    return found


def finditer_word_starts(
    pattern: re.Pattern[str], sentence: str, low: str, stems: tuple[str, ...], start: int, end: int
) -> list[re.Match[str]]:
    """`list(pattern.finditer(sentence, start, end))` for a pattern `search_word_starts` can search (none of whose
    matches is empty): each match looked for after the last one, as `finditer` looks for it."""
    matches: list[re.Match[str]] = []
    pos = start
    while pos <= end:
        m = search_word_starts(pattern, sentence, low, stems, pos, end)
        if m is None:
            break
        matches.append(m)
        pos = m.end()
    return matches


def origin_start(sentence: str, rel: int) -> int:
    """Where the origin phrase of a name at `rel` begins ("crossed from Ukraine": at "crossed"), or -1 when the
    name is no origin; only a name after "from" (itself, or "from the X area of" before it) may be one."""
    if "from" not in sentence[max(0, rel - _ORIGIN_REACH) : rel]:
        return -1
    low = lowered(sentence)
    lo = max(0, rel - _ORIGIN_REACH)
    if low is not None:
        if not holds_gate(low, _ORIGIN_GATE):
            return -1
        m = search_word_starts(_ORIGIN_BEFORE, sentence, low, _ORIGIN_STEMS, lo, rel)
        if m is None:
            m = search_word_starts(_LAUNCH_AREA_BEFORE, sentence, low, _LAUNCH_STEMS, lo, rel)
        return m.start() if m is not None else -1
    m = _ORIGIN_BEFORE.search(sentence, lo, rel)
    if m is None:
        m = _LAUNCH_AREA_BEFORE.search(sentence, lo, rel)
    return m.start() if m is not None else -1


# the words that open an origin phrase of weapons (launched, fired, dropped, took off; "drones from the Kursk area"):
# where weapons came from is not where the count befell, even in a sentence naming no other place (people's origins
# stay: "5,000 people had fled Sumy" is counted where they fled)
_LAUNCH_OPENERS: Final = frozenset(
    "launch launched launches launching fired firing dropped took taking drones uavs missiles rockets shaheds".split()
)
LAUNCH_GATE: Final = word_gate(ascii_words(_LAUNCH_OPENERS))
_OPENING_WORD: Final = re.compile(r"[A-Za-z]+")


def launch_origin(sentence: str, rel: int) -> bool:
    """The name at `rel` is where weapons were launched from ("missiles launched from Belgorod", "bombs dropped
    from Russian territory"), not where people came from ("refugees from Ukraine")."""
    begin = origin_start(sentence, rel)
    if begin < 0:
        return False
    word = _OPENING_WORD.match(sentence, begin)
    return word is not None and word.group().lower() in _LAUNCH_OPENERS


# a comparison with another event: "exceeds U.S. losses in Iraq", "compared with the Soviet toll in Afghanistan",
# "higher than in 2022"; not a bound ("exceeded 10,000 in Kharkiv": a number lies between) nor a clause after it
_COMPARISON_BEFORE: Final = re.compile(
    r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outnumber(?:s|ed|ing)?|eclips(?:e|es|ed|ing)|"
    r"compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|than\s+(?=in\b|at\b|during\b|those\b|that\b))"
    r"(?:[^,;:.\d()\"“”]|\.(?=\S)|(?<=\b[A-Z])\.)*$",  # "U.S. losses": an initial's full stop goes on
    re.IGNORECASE,
)
_COMPARISON_WORDS: Final = ("exceed", "surpass", "outnumber", "eclips", "compar", "than")  # one is in every match
_COMPARISON_REACH: Final = 70
# the openings of `_COMPARISON_BEFORE`'s words ("in" of "in comparison"): every match opens with one
_COMPARISON_STEMS: Final = ("exceed", "surpass", "outnumber", "eclips", "compared", "in", "than")
_COMPARISON_STEMS_BUT_IN: Final = ("exceed", "surpass", "outnumber", "eclips", "than")  # and but "compared"


_COMPARING: Final[dict[str, bool]] = {}


def may_compare(sentence: str) -> bool:
    """Whether `in_comparison` may hold of some name of the sentence: it holds one of `_COMPARISON_WORDS`. Remembered
    per sentence (`MEMO_SIZE`): `choose_place` asks it for each claim of a sentence."""
    found = _COMPARING.get(sentence)
    if found is None:
        make_room(_COMPARING)
        found = _COMPARING[sentence] = may_hold(lowered(sentence), _COMPARISON_WORDS)
    return found


def in_comparison(sentence: str, rel: int) -> bool:
    """The name at `rel` lies in a comparison with another event ("a figure that exceeds U.S. losses in Iraq"),
    whose place is none of the claim's."""
    lo = max(0, rel - _COMPARISON_REACH)
    low = lowered(sentence)
    if low is not None:  # the window's stems looked for in it, not the sentence's words (`may_compare`) first
        # "in" opens a match only as "in comparison": not looked for where the window holds no "compar"
        stems = _COMPARISON_STEMS if low.find("compar", lo, rel) >= 0 else _COMPARISON_STEMS_BUT_IN
        return search_word_starts(_COMPARISON_BEFORE, sentence, low, stems, lo, rel) is not None
    if not may_compare(sentence):
        return False
    return _COMPARISON_BEFORE.search(sentence, lo, rel) is not None


# a rank the event holds among a wider region's: "..., the fastest exodus in Europe since the Second World War", "the
# largest displacement crisis in Africa" (the region frames the rank; the count's place is named elsewhere)
_RANK_FRAME_BEFORE: Final = re.compile(
    r"\b(?:the|its|their)\s+(?:[\w'’-]+\s+)?(?:largest|biggest|fastest|worst|deadliest|greatest|heaviest|highest|"
    r"most\s+[a-z]+)\s+(?:[a-z-]+\s+){0,3}"
    r"(?:in|on|across)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RANK_FRAME_REACH: Final = 60  # characters before a name in which its rank is looked for
_RANK_FRAME_STEMS: Final = ("the", "its")  # every match opens with one ("the" of "their")


def in_rank_frame(sentence: str, rel: int) -> bool:
    """The name at `rel` frames a rank ("the fastest exodus in Europe"): asked of wide regions only."""
    lo = max(0, rel - _RANK_FRAME_REACH)
    low = lowered(sentence)
    if low is not None:
        return search_word_starts(_RANK_FRAME_BEFORE, sentence, low, _RANK_FRAME_STEMS, lo, rel) is not None
    return _RANK_FRAME_BEFORE.search(sentence, lo, rel) is not None


# a clause after a count of what went on meanwhile: "... killed 221 fighters, as Moscow kept up pressure on the
# city", "... 9,000 had been killed, as the first evacuations into Egypt continued"; not "as well as", "such as", "as
# of", "as part of", "as a result", a comparison ("as in Russia") or the words of a source ("as AFP writes")
_AS_CLAUSE: Final = re.compile(
    r"\d[^.;:!?]*?(?P<as>,\s+as\s+)(?!well\b|such\b|of\b|part\b|a\s+result\b|many\b|much\b|long\b|soon\b|far\b|"
    r"if\b|though\b|in\b|usual\b|expected\b|planned\b|(?:[\w'’-]+\s+){0,5}?(?:said|says|writes|wrote|reported|"
    r"reports|noted|notes|indicated|indicates|put\s+it|dubbed|called|announced|confirmed)\b)"
)


def as_clause_start(sentence: str) -> int:
    """Where a ", as ..." clause after a count begins (relative), or -1: its places are another event's, not where
    the count befell ("12 were wounded in Mykolaiv, as shelling of Kherson went on")."""
    if ", as " not in sentence:
        return -1
    m = _AS_CLAUSE.search(sentence)
    return m.start("as") if m is not None else -1


# a clause after a count that characterises what was counted: "... had fled Sudan, calling it the worst crisis in
# Africa", "..., describing the camp as the largest in Europe" (its places are a comparison's, not the count's)
_CHARACTERISING_CLAUSE: Final = re.compile(
    r",\s+(?:calling|describing|dubbing|terming|labell?ing)\s+(?:it|them|this|that|the\s+[a-z]+)\b"
)
_CHARACTERISING_VERBS: Final = ("calling", "describing", "dubbing", "terming", "labelling", "labeling")


def characterising_clause_start(sentence: str) -> int:
    """Where a ", calling it ..." clause begins (relative), or -1: the places it names characterise the count ("2
    million have fled Sudan, calling it the worst crisis in Africa"), they are not where it befell."""
    for verb in _CHARACTERISING_VERBS:  # one is in every match
        if verb in sentence:
            m = _CHARACTERISING_CLAUSE.search(sentence)
            return m.start() if m is not None else -1
    return -1


# a polity that takes people in is where they are counted: "Hungary has taken in nearly 85,000 people", "Germany
# hosts the largest number of refugees", "Moldova has registered 36,000 Ukrainians"; its object must be people
# ("Russia has received 300 drones from Iran" is no host); a decimal point ("2.5 million") ends no clause
_HOST_PREDICATE: Final = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|now|already|also|so\s+far)){0,3}\s+(?:(?:taken|takes|took|taking)\s+in|"
    r"hosts|hosted|hosting|received|receives|registered|registers|admitted|admits|accepted|accepts|sheltered|"
    r"shelters|welcomed|welcomes|is\s+home\s+to)\b"
    r"(?=(?:[^.;:]|(?<=\d)\.(?=\d)){0,60}?\b(?:refugees|people|persons|Ukrainians|asylum|migrants|displaced|evacuees|arrivals|"
    r"children|civilians)\b)",
    re.IGNORECASE,
)


# the verb of `_HOST_PREDICATE` ("home" of "is home to"): it stands after whitespace and before whitespace or no word
# character, so in the lowercased sentence it is a whole run of a-z (`lowered` is None where IGNORECASE folds ſ or K)
_HOST_RUNS: Final = ascii_words(
    "taken takes took taking hosts hosted hosting received receives registered registers admitted admits accepted "
    "accepts sheltered shelters welcomed welcomes home".split()
)
_HOST_GATE: Final = word_gate(_HOST_RUNS)


def hosts_people(sentence: str, end: int) -> bool:
    """The name ending at `end` is the subject of a verb of taking people in (`_HOST_PREDICATE`), matched only where
    one of its verbs is a word of the sentence (a lookup of its runs of letters, kept per sentence)."""
    low = lowered(sentence)
    if low is not None and not holds_gate(low, _HOST_GATE):
        return False
    return _HOST_PREDICATE.match(sentence, end) is not None


# a compass part named without its country: "in the south", "across the east" (not "in the south of the city",
# "the South", "the south-facing slope", nor a direction: "shifts to the east")
_COMPASS_RE: Final = re.compile(
    r"\b(?:in|across|throughout)\s+(?P<part>the\s+(?P<side>south|east|north|west|northeast|southeast|northwest|"
    r"southwest|north-east|south-east|north-west|south-west))\b(?![\w-])(?!\s+of\b)(?!\s+(?:[A-Z]|and\b|or\b))"
)
_SIDE_ADJECTIVES: Final = {"south": "southern", "east": "eastern", "north": "northern", "west": "western",
                           "northeast": "northeastern", "southeast": "southeastern", "northwest": "northwestern",
                           "southwest": "southwestern"}  # fmt: skip


# every `_COMPASS_RE` match holds "in", "across" or "throughout" and a side ("north" of "north-east"), each a whole
# run of a-z of the lowercased sentence: two word gates, asked before the substring tests
_COMPASS_LEAD_GATE: Final = word_gate(ascii_words({"in", "across", "throughout"}))
_COMPASS_LEADS: Final = ("in", "across", "throughout")  # every `_COMPASS_RE` match opens with one
_COMPASS_SIDE_GATE: Final = word_gate(
    ascii_words({"south", "east", "north", "west", "northeast", "southeast", "northwest", "southwest"})
)


def compass_parts(sentence: str) -> list[tuple[int, int, str]]:
    """The compass parts a sentence names without a name (relative start and end of "the south", its side:
    "south", "northeast")."""
    if "the " not in sentence:
        return []
    low = lowered(sentence)
    if low is not None:
        if not holds_gate(low, _COMPASS_SIDE_GATE) or not holds_gate(low, _COMPASS_LEAD_GATE):
            return []
        matches = finditer_word_starts(_COMPASS_RE, sentence, low, _COMPASS_LEADS, 0, len(sentence))
        return [(m.start("part"), m.end(), m.group("side").replace("-", "")) for m in matches]
    for side in ("south", "east", "north", "west"):
        if side in sentence:
            break
    else:
        return []
    return [(m.start("part"), m.end(), m.group("side").replace("-", "")) for m in _COMPASS_RE.finditer(sentence)]


def part_of_country(country: Place, side: str) -> Place:
    """The gazetteer's part of a country on that side ("southern Ukraine"), else the country itself."""
    part = load_gazetteer().lookup(f"{_SIDE_ADJECTIVES.get(side, side)} {country.name}")
    return part if part is not None and part.kind != "country" else country


# where a second reported clause begins: "said it had struck 100 targets in Gaza, and that jets had killed a
# commander in Khan Younis"; "...; ..." (a place after it is that clause's, not the count's before it)
_NEXT_REPORTED_CLAUSE: Final = re.compile(r",?\s+(?:and|but)\s+that\s|;\s")


def clause_end(sentence: str, rel: int, limit: int) -> int:
    """Where the reported clause holding the count that ends at `rel` ends (at most `limit`; sentence offsets). Every
    match holds "that" or ";": where the window holds neither, the pattern (which opens with whitespace or a comma,
    so its scan enters the matcher at most characters) is not searched."""
    if sentence.find("that", rel, limit) < 0 and sentence.find(";", rel, limit) < 0:
        return limit
    found = _NEXT_REPORTED_CLAUSE.search(sentence, rel, limit)
    return found.start() if found is not None else limit


# an evacuation's route: "2,000 residents were evacuated from Kupiansk to Kharkiv", "rescuers pulled 40 people out of
# Lyman and took them to Sloviansk": the place left is where the operation happened, the place reached a destination
_EVACUATED_BEFORE: Final = re.compile(
    r"\b(?i:evacuat(?:ed|es|e|ing|ion)|rescued|relocated|displaced|pulled\s+out|moved\s+out|taken\s+out|brought\s+out)\b"
    r"(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,60}?\b(?P<prep>from|out\s+of|to|towards?|into)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s*,\s*|\s+(?:and|or)\s+)){0,3}$",  # "to Mykolaiv and Khmelnytskyi"
)
_EVACUATION_WORDS: Final = ("evacua", "rescued", "relocated", "displaced", " out")  # one is in every match
_EVACUATION_REACH: Final = 90  # characters before a name in which its evacuation phrase is looked for


# where people were heading: "along an agreed route towards Poltava", "most of them heading east towards Kosti",
# "through a humanitarian corridor to Zaporizhzhia" (not "30 tanks were heading towards X": where the tanks are)
_HEADING_BEFORE: Final = re.compile(
    r"\b(?:route|routes|corridor|corridors|them\s+(?:heading|headed))\s+(?:[a-z]+\s+){0,2}?(?:to|towards?|for)\s+"
    r"(?:the\s+)?$"
)
_HEADING_WORDS: Final = ("them head", "route", "corridor")  # one is in every match


def _heading_to(sentence: str, rel: int) -> bool:
    """The name at `rel` is where people were heading (`_HEADING_BEFORE`)."""
    tail = sentence[max(0, rel - _EVACUATION_REACH) : rel]
    return may_hold(tail.lower(), _HEADING_WORDS) and _HEADING_BEFORE.search(tail) is not None


def _window_may_hold(sentence: str, lo: int, hi: int, needles: tuple[str, ...]) -> bool:
    """`may_hold(sentence[lo:hi].lower(), needles)` for needles of lowercase ASCII: found in the sentence's
    `lowered` text between `lo` and `hi` (kept per sentence: no slice lowercased per name), which has the window's
    characters at the same offsets and lowercases none of them onto an ASCII one otherwise (its traps aside)."""
    low = lowered(sentence)
    if low is None:
        return may_hold(sentence[lo:hi].lower(), needles)
    for needle in needles:
        if low.find(needle, lo, hi) >= 0:
            return True
    return False


def evacuation_side(sentence: str, rel: int) -> str | None:
    """ "left" when the name at `rel` is where an evacuation took people from, "reached" when it is where it took them,
    else None (`_EVACUATED_BEFORE`)."""
    lo = max(0, rel - _EVACUATION_REACH)
    if not _window_may_hold(sentence, lo, rel, _EVACUATION_WORDS):
        return None
    found = _EVACUATED_BEFORE.search(sentence[lo:rel])
    if found is None:
        return None
    return "left" if found.group("prep").lower() in {"from", "out of"} else "reached"


# where the wounded or the dead were taken for care: "taken to hospital in Dnipro", "brought to the morgue in
# Kherson", "were flown to a burns unit in Lviv" (a destination, not where the count befell them); one of
# `CARE_WORDS` is in every match of it or of `_FOR_CARE_AFTER`
_MOVED: Final = "taken|brought|rushed|transported|transferred|flown|moved|evacuated"  # the verbs of a move for care
_CARE_DESTINATION_BEFORE: Final = re.compile(
    rf"\b(?:{_MOVED}|admitted)\s+(?:[a-z]+\s+){{0,2}}?"
    r"(?:to|in|into)\s+(?:an?\s+|the\s+|local\s+)?(?:[a-z]+\s+)?(?:hospitals?|morgues?|clinics?|"
    r"medical\s+(?:facilit(?:y|ies)|centres?|centers?)|burns?\s+units?)\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# ... or the place they were taken to for it: "two children had been flown to Moscow for treatment"
_CARE_MOVE_BEFORE: Final = re.compile(
    rf"\b(?:{_MOVED})\s+(?:[a-z]+\s+){{0,2}}?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FOR_CARE_AFTER: Final = re.compile(
    r"[\w'’.-]*(?:\s+[A-Z][\w'’-]*)*\s+for\s+(?:urgent\s+|further\s+|medical\s+)?(?:treatment|care|surgery)\b"
)
CARE_WORDS: Final = ("hospital", "morgue", "clinic", "medical", "burn", "treatment", "care", "surgery")
_CARE_REACH: Final = 90  # characters before a name in which its care phrase is looked for


# the verbs every `_CARE_DESTINATION_BEFORE` match opens with (`_CARE_MOVE_BEFORE`'s are those of `_MOVED`)
_CARE_STEMS: Final = (*_MOVED.split("|"), "admitted")
_MOVED_STEMS: Final = tuple(_MOVED.split("|"))


def _care_destination(sentence: str, rel: int) -> bool:
    """The name at `rel` is where the wounded or the dead were taken for care ("taken to hospital in Dnipro",
    "flown to Moscow for treatment")."""
    low = lowered(sentence)
    lo = max(0, rel - _CARE_REACH)
    if low is not None:
        if search_word_starts(_CARE_DESTINATION_BEFORE, sentence, low, _CARE_STEMS, lo, rel) is not None:
            return True
        return (
            search_word_starts(_CARE_MOVE_BEFORE, sentence, low, _MOVED_STEMS, max(0, rel - 40), rel) is not None
            and _FOR_CARE_AFTER.match(sentence, rel) is not None
        )
    if _CARE_DESTINATION_BEFORE.search(sentence, lo, rel) is not None:
        return True
    return (
        _CARE_MOVE_BEFORE.search(sentence, max(0, rel - 40), rel) is not None
        and _FOR_CARE_AFTER.match(sentence, rel) is not None
    )


# a party a war is named by: "since the start of the war between Israel and Hamas", "since the war with Russia began"
# (the war's name, not where a count befell)
_WAR_PARTY_BEFORE: Final = re.compile(
    r"\b(?i:war|conflict|hostilities|ceasefire|truce)\s+(?i:between|with|against)\s+(?i:the\s+)?"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?i:and|or)\s+(?i:the\s+)?)?$"
)
_WAR_WORDS: Final = ("war", "conflict", "hostilities", "ceasefire", "truce")  # one is in every match
_WAR_PARTY_REACH: Final = 60  # characters before a name in which its war's words are looked for
# one is in every `named_elsewhere` phrase
NAMED_ELSEWHERE_WORDS: Final = CARE_WORDS + _EVACUATION_WORDS + _HEADING_WORDS + _WAR_WORDS


def named_elsewhere(sentence: str, rel: int) -> bool:
    """The name at `rel` is no place of the sentence's counts: only where people were taken, for care
    (`_care_destination`) or by an evacuation ("250 residents were evacuated to Kharkiv": the operation happened
    where they were taken from), where people were heading ("along a route towards Poltava": `_heading_to`), or a
    party a war is named by ("the war between Israel and Hamas")."""
    return (
        _care_destination(sentence, rel)
        or evacuation_side(sentence, rel) == "reached"
        or _heading_to(sentence, rel)
        or _WAR_PARTY_BEFORE.search(sentence, max(0, rel - _WAR_PARTY_REACH), rel) is not None
    )
