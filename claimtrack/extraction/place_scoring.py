"""How likely a place mention is where a claim happens (`place_score`): the place's specificity and the preposition
before it, less where it is where people or weapons came from, a venue of speech ("told reporters in Warsaw"), an
aside, a relative clause about something else, or the country of the people counted.
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.place_mention import PlaceMention
from claimtrack.extraction.place_phrases import evacuation_side, finditer_word_starts, origin_start, search_word_starts
from claimtrack.extraction.place_roles import (
    _AREA_NOUNS,
    _BORDER_NOUNS,
    _OTHER_PREPOSITIONS,
    _PLACE_PARTICIPLES,
    AWAY_PREPOSITIONS,
    LOCAL_OFFICES,
    TOWARD_PREPOSITIONS,
    _is_capital_possessive,
)
from claimtrack.extraction.prefilter import (
    ascii_words,
    has_digit,
    holds_gate,
    is_space_at,
    lowercase_twin,
    lowered,
    may_hold,
    word_gate,
    word_spans,
)

KIND_SPECIFICITY: Final = {"city": 4, "town": 4, "village": 4, "island": 4, "camp": 4, "district": 3, "oblast": 3,
                           "krai": 3, "republic": 3, "state": 3, "region": 2, "peninsula": 2, "area": 3,
                           "macro-region": 2, "sea": 2, "river": 2, "strait": 2, "country": 1, "union": 0}  # fmt: skip


_CLAUSE_WORDS: Final = frozenset("is are was were be been has have had will would can could may might must should do "
                                 "does did that which who when while as".split())  # fmt: skip


PASSING_PREPOSITIONS: Final = frozenset("to toward towards from via".split())


# places after these words are mentioned by the way: "..., in addition to naval activity in the Mediterranean"
_SECONDARY_RE: Final = re.compile(
    r"\b(?:in\s+addition\s+to|as\s+well\s+as|besides|apart\s+from|not\s+to\s+mention)\b", re.I
)


def _preposition_before(sentence: str, pos: int, words: list[str] | None = None) -> str | None:
    """The preposition governing a place: the nearest one among the three words before it ("to the east of");
    `words`: `_last_words(sentence, pos)` when already read."""
    if words is None:
        words = _last_words(sentence, pos)
    if len(words) >= 3 and _is_capital_possessive(words[-1]):
        words = words[:-1]  # "the governor of Russia's Kursk region": the preposition before the qualifier
    if len(words) >= 2 and words[-1].lower() == "of" and words[-2].lower() in _AREA_NOUNS:
        return "in"  # "the region of Vinnytsia", "the city of Kharkiv", "the outskirts of Kyiv"
    if len(words) >= 2 and words[-1].lower() == "of" and words[-2].lower() in LOCAL_OFFICES:
        return "in"  # "the mayor of Melitopol", "the governor of Kharkiv": where the office is
    if len(words) >= 2 and words[-1].lower() in {"with", "of"} and words[-2].lower() in _BORDER_NOUNS:
        return "along"  # "along the border with Belarus"
    for word in reversed(words):
        low = word.lower()
        if low in TOWARD_PREPOSITIONS or low in AWAY_PREPOSITIONS:
            return low
        if low in _OTHER_PREPOSITIONS or low[0].isdigit():
            return None  # "to fight with Russia", "In 1994, the US": the preposition governs something else
        if low in _CLAUSE_WORDS or (low.endswith("ing") and low not in _PLACE_PARTICIPLES):
            return None  # "aimed at undermining Europe's security": the preposition governs something else
    return None


def _last_words(sentence: str, pos: int) -> list[str]:
    """`_WORDS_BEFORE.findall(sentence, max(0, pos - 60), pos)[-3:]`, read backwards (`_last_word_runs`)."""
    return _last_word_runs(sentence, max(0, pos - 60), pos, 3)


def _is_word_run_char(text: str, i: int) -> bool:
    r"""Whether `text[i]` is in `_WORDS_BEFORE`'s `[\w'’]`: ASCII by code ranges, other characters by `str.isalnum`,
    the engine's own test for `\w` (a test compares them on every code point)."""
    code = ord(text[i])
    if code < 128:
        return 97 <= code <= 122 or 65 <= code <= 90 or 48 <= code <= 57 or code == 95 or code == 39
    return code == 0x2019 or text[i].isalnum()


def _last_word_runs(text: str, lo: int, end: int, count: int) -> list[str]:
    r"""`_WORDS_BEFORE.findall(text, lo, end)[-count:]`, read backwards from `end` a character at a time: the runs
    before them are neither matched nor built (a run is a whole run of `[\w'’]`, the same read either way; the first
    one is cut at `lo` as the regex cuts it), and no list of a window's every word is made."""
    words: list[str] = []
    i = end
    while i > lo and len(words) < count:
        if not _is_word_run_char(text, i - 1):
            i -= 1
            continue
        run_end = i
        i -= 1
        while i > lo and _is_word_run_char(text, i - 1):
            i -= 1
        words.append(text[i:run_end])
    words.reverse()
    return words


# a word every `_SECONDARY_RE` phrase holds, a whole run of a-z of the lowercased sentence (between \b or whitespace
# and \b or whitespace): a sentence with none of them has no aside (IGNORECASE: see `lowered`)
_SECONDARY_WORDS: Final = ("addition", "well", "besides", "apart", "mention")
_SECONDARY_GATE: Final = word_gate(ascii_words(_SECONDARY_WORDS))


_SECONDARY_STEMS: Final = ("in", "as", "besides", "apart", "not")  # every `_SECONDARY_RE` match opens with one


def _is_secondary(sentence: str, pos: int) -> bool:
    """The place is in an aside: "..., in addition to naval activity in the Mediterranean"."""
    low = lowered(sentence)
    if low is not None and not holds_gate(low, _SECONDARY_GATE):
        return False
    # matched only where a phrase's first word begins (the scan entered the matcher at every character)
    asides = (
        list(_SECONDARY_RE.finditer(sentence, 0, pos))
        if low is None
        else finditer_word_starts(_SECONDARY_RE, sentence, low, _SECONDARY_STEMS, 0, pos)
    )
    for m in asides:
        if not _holds_clause_mark(sentence, m.end(), pos):
            return True
    return False


def _holds_clause_mark(text: str, start: int, end: int) -> bool:
    """`re.search(r"[,;:]", text[start:end]) is not None` by three `str.find`s between the offsets: no call through
    the `re` module's cache and no slice."""
    return text.find(",", start, end) >= 0 or text.find(";", start, end) >= 0 or text.find(":", start, end) >= 0


# a name before an area noun and "of" qualifies the place that follows: "the Kyiv suburb of Bucha"
_QUALIFIES_AREA_OF: Final = re.compile(
    rf"(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(?:{'|'.join(sorted(_AREA_NOUNS))})\s+of\s+[A-Z]"
)


# where the speaker spoke, not where the claim happens: "At a press conference in Berlin, ...", "speaking in Kyiv"
_VENUE_NOUNS: Final = frozenset(
    "conference conferences summit summits meeting meetings briefing briefings forum visit "
    "visits rally speech address interview session sessions ceremony speaking spoke "
    "addressing".split()
)
_VENUE_PREPOSITIONS: Final = frozenset("in at to from".split())
_BORDER_AFTER: Final = re.compile(r"(?:[-–][A-Z][\w.'’]*)*(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(?:borders?|frontiers?)\b")
ORIGIN_PENALTY: Final = 6  # where people or weapons came from loses to any other place the claim names
VENUE_PENALTY: Final = 6  # a venue, even a city after "in", loses to any other place the claim names
BORDER_BONUS: Final = 1.5  # a country named as a border's side is placed more precisely than the country at large


_OCCASION_NOUNS: Final = "|".join(
    sorted(
        _VENUE_NOUNS
        | {
            "event",
            "events",
            "gathering",
            "reception",
            "talks",
            "trip",
            "assembly",
            "hearing",
            "appearance",
            "broadcast",
        }
    )
)
_SAYING_VERBS: Final = (
    r"said|says|say|told|tells|telling|spoke|speaks|speaking|stated|states|noted|added|announced|"
    r"declared|remarked|stressed|emphasi[sz]ed|commented|insisted|warned|explained|reiterated"
)
_LISTENERS: Final = (
    r"reporters|journalists|the\s+press|the\s+media|lawmakers|legislators|parliament|delegates|"
    r"students|diplomats|an?\s+audience|the\s+audience"
)
_PARTNER_WORD: Final = r"(?!(?:that|in|at)\b)[\w.&'’-]+"  # a word of an occasion's partner: "with AFP", "to the nation"
# the words between a saying verb and "in"/"at" say where it was said: "told reporters in", "said in an interview
# with AFP in", "said this during a memorial event in", "told the forum in", "told CNN in"
_SAID_AT_BEFORE: Final = re.compile(
    rf"\b(?:{_SAYING_VERBS})(?:\s+(?:this|so|it))?"
    rf"(?:\s+(?:{_LISTENERS}|(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_OCCASION_NOUNS}))"
    r"|(?<=tell|told|ells|ling)\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})?"
    rf"(?:\s+(?:during|at|in|on|after|before)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_OCCASION_NOUNS})(?:\s+(?:with|to|for|on)(?:\s+{_PARTNER_WORD}){{1,4}}?)?)?"
    r"\s+(?:in|at)\s+(?:the\s+)?$"
)
# the saying verb every `_SAID_AT_BEFORE` match opens with: a whole run of a-z of the lowercased sentence (`\b`
# before it, whitespace after it), so a match begins where one of these runs begins
_SAID_AT_VERBS: Final = ascii_words(
    "said says say told tells telling spoke speaks speaking stated states noted added announced declared remarked "
    "stressed emphasised emphasized commented insisted warned explained reiterated".split()
)
# occasions of speaking (not "a summit in Madrid", "meetings with Putin in Moscow": events a claim may be about)
_SPEAKING_NOUNS: Final = frozenset(
    "conference conferences briefing briefings interview interviews speech speeches "
    "address remarks rally speaking spoke addressing".split()
)
_SPEAKING_ALT: Final = "|".join(sorted(_SPEAKING_NOUNS))
# the speaking nouns that hold no other one (every noun holds one of these): `_OCCASION_WITH_BEFORE` opens with \b,
# so its scan enters the matcher at every character
_SPEAKING_STEMS: Final = tuple(
    sorted(n for n in _SPEAKING_NOUNS if not any(o != n and o in n for o in _SPEAKING_NOUNS))
)
# a speaking occasion and its audience or partner before "in"/"at": "his address to the National Assembly in",
# "an interview with AFP in", "a speech to the Bundestag in"
_OCCASION_WITH_BEFORE: Final = re.compile(
    rf"\b(?:{_SPEAKING_ALT})\s+(?:to|with|before)(?:\s+{_PARTNER_WORD}){{1,8}}?\s+(?:in|at)\s+(?:the\s+)?$", re.I
)
# the stems of `_SAYING_VERBS` and `_SPEAKING_NOUNS`, one of which every `said_at` match holds
_SAYING_OR_SPEAKING: Final = re.compile(
    r"sa[iy]|tel|tol|spo|spe|stat|not|add|ann|decl|rem|str|emph|comm|ins|war|expl|"
    r"rei|conf|brie|inte|addr|ral",
    re.IGNORECASE,
)  # "Speaking to the BBC in"
# its lowercase twin: each branch opens with a lowercase letter, so the engine skips to the next possible start (the
# IGNORECASE pattern has no such first character and runs its matcher at every position: ~8x slower)
_SAYING_OR_SPEAKING_TWIN: Final = lowercase_twin(_SAYING_OR_SPEAKING)
_SAID_AT_REACH: Final = 100  # characters before the place in which the saying is looked for


_BARE_SAID_AT: Final = re.compile(r"\w+\s+(?:in|at)\s+(?:the\s+)?")  # "said in": nothing between the verb and "in"
# after a bare "said in Kyiv" the saying goes on: not "said in Kharkiv region 3 people died"
_SAYING_GOES_ON: Final = re.compile(r"\s*(?:[,;.:]|$|(?:that|on|after|before|during|while|when)\b)")


def _may_say(sentence: str, start: int, end: int) -> bool:
    """Whether `_SAYING_OR_SPEAKING` matches in `sentence[start:end]`, asked of its twin on `lowered(sentence)`."""
    low = lowered(sentence)
    if low is None:
        return _SAYING_OR_SPEAKING.search(sentence, start, end) is not None
    return _SAYING_OR_SPEAKING_TWIN.search(low, start, end) is not None


# a relative aside set off by a comma: ", which stretches from the Urals to Siberia", ", a move that alarmed Berlin"
_RELATIVE_ASIDE_BEFORE: Final = re.compile(
    r",\s+(?P<head>(?:which|who|whose|whom)|(?:a|an)\s+[a-z]+\s+(?:that|which))\s[^,;:()]*$"
)
_SAYING_IN_ASIDE: Final = re.compile(rf"\b(?:{_SAYING_VERBS}|emphasi[sz]ing|stressing|noting|adding|saying)\b")
RELATIVE_ASIDE_PENALTY: Final = 3  # a place describing a noun the claim names loses to a place the claim itself names


def _in_relative_aside(sentence: str, pos: int) -> bool:
    """The place at `pos` is in a relative aside describing something else the sentence names ("a force in Belarus
    from its eastern district (EMD), which stretches to Siberia"). Not when the aside holds a number (", in which
    12 died": a claim of its own) or a saying (", who stressed ...": the claim), nor when "which/who" takes up a
    place ("the region, which covers eastern Ukraine": the aside places it)."""
    comma = sentence.rfind(",", 0, pos)
    if comma < 0 or not _may_open_relative_aside(sentence, comma, pos) or has_digit(sentence[comma:pos]):
        return False
    m = _RELATIVE_ASIDE_BEFORE.match(sentence, comma, pos)
    if m is None:
        return False
    end = min((i for i in (sentence.find(c, pos) for c in ",;.") if i >= 0), default=len(sentence))
    if _SAYING_IN_ASIDE.search(sentence, comma, end):
        return False
    return " " in m.group("head") or not _place_before(sentence, comma)


def _may_open_relative_aside(sentence: str, comma: int, pos: int) -> bool:
    """Whether `_RELATIVE_ASIDE_BEFORE` may match from the comma at `comma` (before `pos`): whitespace, then "w" of
    "which", "who", "whose", "whom" or "a" of "a", "an" (most commas before a name open no such aside)."""
    i = comma + 1
    while i < pos and is_space_at(sentence, i):
        i += 1
    return comma + 1 < i < pos and (sentence[i] == "w" or sentence[i] == "a")


def _place_before(sentence: str, pos: int) -> bool:
    """Whether the words just before `pos` name a place or an area ("Kyiv", "the Black Sea", "the region")."""
    words = _last_word_runs(sentence, max(0, pos - 40), pos, 3)  # `_WORDS_BEFORE.findall(...)[-3:]`
    if words and words[-1].lower() in _AREA_NOUNS:
        return True
    gaz = load_gazetteer()
    return any(gaz.lookup(" ".join(words[k:])) is not None for k in range(len(words)))


def said_at(sentence: str, rel: int, rel_end: int | None = None) -> bool:
    """The place at `rel` (ending at `rel_end`) is where something was said: "told reporters in Warsaw", "said in an
    interview with Reuters in Oslo", "said this at a memorial event in Prague", "in his address to parliament in
    Vilnius", "said in Kyiv on Monday" (after a bare "said in", the place must end the saying)."""
    if (
        "in " not in sentence[max(0, rel - 4) : rel]
        and "at " not in sentence[max(0, rel - 4) : rel]
        and "the " not in sentence[max(0, rel - 4) : rel]
    ):
        return False  # every match ends with "in", "at" or "the" before the place
    low = max(0, rel - _SAID_AT_REACH)
    # every match holds a saying verb or a speaking noun (`_may_say`); in a lowercased sentence `_said_at_before` (from
    # the saying verbs' words) and the stem test before `_OCCASION_WITH_BEFORE` rule a window out for less than that
    # scan of it, which is left to the sentences `lowered` cannot vouch for
    if lowered(sentence) is None and not _may_say(sentence, low, rel):
        return False
    m = _said_at_before(sentence, low, rel)
    if m is not None and _BARE_SAID_AT.fullmatch(m.group(0)):
        return rel_end is not None and _SAYING_GOES_ON.match(sentence, rel_end) is not None
    if m is not None:
        return True
    lowercase = lowered(sentence)  # a speaking noun must lie in the window: a substring test before the scan
    if lowercase is not None and not may_hold(lowercase[low:rel], _SPEAKING_STEMS):
        return False
    return _OCCASION_WITH_BEFORE.search(sentence, low, rel) is not None


def _said_at_before(sentence: str, low: int, rel: int) -> re.Match[str] | None:
    """`_SAID_AT_BEFORE.search(sentence, low, rel)`, searched from the first saying verb (`_SAID_AT_VERBS`) at or
    after `low`, where its first match can begin, instead of trying the pattern at every character before it."""
    lowercase = lowered(sentence)
    if lowercase is None:
        return _SAID_AT_BEFORE.search(sentence, low, rel)
    for start, _ in word_spans(lowercase, _SAID_AT_VERBS):
        if start >= rel:
            return None
        if start >= low:  # each match opens at a verb: matched there, not searched from there to `rel`
            m = _SAID_AT_BEFORE.match(sentence, start, rel)
            if m is not None:
                return m
    return None


def _is_venue(words: list[str]) -> bool:
    """The words before a name (`_last_words`) make it a venue: "a press conference in", "speaking at the"."""
    if words and words[-1].lower() == "the":
        words = words[:-1]
    return (len(words) >= 2 and words[-1].lower() in _VENUE_PREPOSITIONS
            and words[-2].lower() in _VENUE_NOUNS)  # fmt: skip


def _names_border(sentence: str, rel: int, mention: PlaceMention, words: list[str] | None = None) -> bool:
    """The country is named as a border's side: "the border with Ukraine", "Ukraine's borders", "the Polish
    border", "the Belarus-Ukraine border" (relative offset `rel`; `words`: `_last_words(sentence, rel)` if read)."""
    if mention.source in {"adjective", "speaker"}:  # "the Polish border", "our borders"
        return mention.raw.split()[-1].lower() in _BORDER_NOUNS
    if words is None:
        words = _last_words(sentence, rel)
    if len(words) >= 2 and words[-1].lower() in {"with", "of"} and words[-2].lower() in _BORDER_NOUNS:
        return True
    return _BORDER_AFTER.match(sentence, rel + len(mention.raw)) is not None


# people named by the country they belong to: "citizens of Ukraine have entered Belarus" (the count is where they
# went or are, not in their country)
_NATIONALS_OF: Final = re.compile(
    r"\b(?:citizens|nationals|natives|passport\s+holders)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
NATIONALS_PENALTY: Final = 2.0


_NATIONALS_STEMS: Final = ("citizens", "nationals", "natives", "passport")  # every `_NATIONALS_OF` match opens so


def _names_nationals(sentence: str, rel: int) -> bool:
    """The name at `rel` is the country of the people counted ("citizens of Ukraine"), gated on "of " before it."""
    if not (sentence[max(0, rel - 3) : rel] == "of " or sentence[max(0, rel - 7) : rel] == "of the "):
        return False
    low = lowered(sentence)
    if low is not None:
        return search_word_starts(_NATIONALS_OF, sentence, low, _NATIONALS_STEMS, max(0, rel - 40), rel) is not None
    return _NATIONALS_OF.search(sentence, max(0, rel - 40), rel) is not None


# a facility, then the settlement it stands in: "the Azovstal steelworks in Mariupol", "a chemical plant near Sumy"
FACILITY_NOUNS: Final = frozenset("plant factory steelworks airfield airport refinery".split())
_FACILITY_SITE: Final = re.compile(
    r"\b(?:plant|factory|steelworks|airfield|airport|refinery)\s+(?:in|near|at|outside)"
    r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$"
)


_FACILITY_STEMS: Final = tuple(sorted(FACILITY_NOUNS))  # every `_FACILITY_SITE` match opens with one


def _names_facility_site(sentence: str, rel: int) -> bool:
    """The settlement at `rel` is where a facility just named stands ("the Azovstal steelworks in Mariupol")."""
    low = lowered(sentence)
    if low is not None:
        return search_word_starts(_FACILITY_SITE, sentence, low, _FACILITY_STEMS, max(0, rel - 40), rel) is not None
    return _FACILITY_SITE.search(sentence, max(0, rel - 40), rel) is not None


def _in_passing(sentence: str, offset: int, mention: PlaceMention) -> bool:
    """The settlement is named as where people or goods went or came from ("evacuation buses toward Odesa",
    "refugees from Kharkiv"), not where something happens."""
    return _preposition_before(sentence, mention.start - offset) in PASSING_PREPOSITIONS


def place_score(
    sentence: str, offset: int, mention: PlaceMention, border_bonus: bool = True, not_said_at: bool = False
) -> float:
    """How likely a mention is where the claim happens: specificity, preposition, role; with `border_bonus`, a
    country named as a border's side scores as a region (not when the sentence names a part of it); `not_said_at`:
    `said_at` is known to be False for the mention (it is not `_at_venue`), and is not asked again."""
    rel = mention.start - offset
    before = _last_words(sentence, rel)  # read once for the preposition, the venue and the border
    prep = _preposition_before(sentence, rel, before)
    score = float(KIND_SPECIFICITY.get(mention.place.kind if mention.source != "region-name" else "city", 2))
    origin = origin_start(sentence, rel) >= 0  # "crossed from Ukraine", "from the Kursk area of Russia"
    # an evacuation happens where people are taken from: "evacuated from Kupiansk to Kharkiv" is Kupiansk's
    evacuation = evacuation_side(sentence, rel) if prep in {None, "from", "to", "into", "toward", "towards"} else None
    if evacuation == "left":
        score += 3
    elif prep in TOWARD_PREPOSITIONS and not origin and evacuation is None:
        score += 3
    elif prep in AWAY_PREPOSITIONS:
        score -= 2
    if origin:
        score -= ORIGIN_PENALTY
    if mention.role == "qualifier" or _QUALIFIES_AREA_OF.match(sentence, mention.end - offset):
        score -= 0.5  # "Russia's Kursk region", "the Kyiv suburb of Bucha": the name qualifies what follows
    if _is_secondary(sentence, rel):
        score -= 2
    if _names_nationals(sentence, rel):
        score -= NATIONALS_PENALTY
    if _in_relative_aside(sentence, rel):
        score -= RELATIVE_ASIDE_PENALTY
    if _is_venue(before) or (not not_said_at and said_at(sentence, rel, mention.end - offset)):
        score -= VENUE_PENALTY
    if border_bonus and mention.place.kind == "country" and _names_border(sentence, rel, mention, before):
        score += BORDER_BONUS
    if mention.source == "reference" or mention.source == "anaphor":
        score -= 0.5  # "the country" is resolved, a name is written: on a par the name wins
    return score
