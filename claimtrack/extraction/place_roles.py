"""The role of each place mention, from the words around it: a `location` ("Ukraine's border", "in Belarus"), an
`owner` that only qualifies or acts ("Russia's claim", "US aircraft", "accused Russia"), a `qualifier` of the name
after it, an `appositive` describing the name before it, or `plain`; coordinated names share a role. Also the
local offices named with a place ("Kharkiv governor", "the mayor of Melitopol"), which speak for it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Final

from claimtrack.extraction.gazetteer import Place, load_gazetteer
from claimtrack.extraction.place_mention import SETTLEMENT_KINDS, PlaceMention
from claimtrack.extraction.place_phrases import hosts_people
from claimtrack.extraction.prefilter import ascii_words, is_space_at, is_word_char_at, lowered, word_gate, word_mask

TOWARD_PREPOSITIONS: Final = frozenset(
    "in into to inside near at toward towards within across around outside along on".split()
)
AWAY_PREPOSITIONS: Final = frozenset("from".split())
_AREA_NOUNS: Final = frozenset("region regions city cities town towns village villages settlement settlements province "
                               "provinces oblast district districts outskirts suburbs suburb area port direction "
                               "vicinity part parts centre center east west north south northeast northwest southeast "
                               "southwest territory territories".split())  # fmt: skip
# nouns that make a name before them a location: "Ukraine's border", "the Belarusian border", "U.S. airspace"
GEOGRAPHIC_NOUNS: Final = frozenset("border borders frontier frontiers territory territories soil land lands airspace "
                                    "waters coast coastline shore shores capital region regions east west north south "
                                    "northeast northwest southeast southwest interior mainland heartland hinterland "
                                    "countryside cities towns villages oblast oblasts province provinces front "
                                    "frontline frontlines front-line infrastructure skies".split())  # fmt: skip
_BORDER_NOUNS: Final = frozenset("border borders frontier frontiers".split())
# a war a country holds, named after "in" with the country's possessive: "were killed in Syria's conflict"
_WAR_NOUNS: Final = frozenset("war wars conflict fighting civil".split())  # "civil": the head read in "civil war"
_IN_BEFORE_NAME: Final = re.compile(r"\bin\s+$", re.IGNORECASE)
# words that may stand between a name and its noun: "Ukraine's sovereign territory", "the Russian eastern border"
_MODIFIERS: Final = frozenset("sovereign entire whole own internationally recognised recognized common shared long "
                              "state national former occupied main central energy critical civilian military "
                              "key".split())  # fmt: skip
# closed-class words that may follow a place without the place qualifying or acting ("in Ukraine since 2014")
_FUNCTION_WORDS: Final = frozenset(
    "and or but nor in on at to from by with for of into onto near since after before "
    "during until till as than that which who whose where when while because if so yet "
    "via over under through across against toward towards about around along amid "
    "amidst despite within without between among beyond inside outside last next this "
    "these those the a an yesterday today tonight now then earlier later recently alone "
    "itself too also "
    # fmt: skip
    "again instead overnight ago back there here only even just off".split()
)
_DETERMINERS: Final = frozenset("the a an its their our his her this that these those".split())
_OTHER_PREPOSITIONS: Final = frozenset("of against for with by about between among over under through than like via "
                                       "amid despite versus beyond upon without alongside".split())  # fmt: skip
_ADVERB: Final = r"(?:not|never|also|again|already|reportedly|repeatedly|\w+ly)"
# participles that say how a polity stands, not what it undergoes: "Minsk is not interested", "Russia is prepared"
_STATIVE: Final = r"(?:interested|involved|prepared|determined|committed|concerned|convinced|engaged|opposed|obliged)"
_PASSIVE_RE: Final = re.compile(  # "Kyiv was hit", "Ukraine has been invaded": the name undergoes, it does not act
    rf"(?:\s+(?:has|have|had|will|would|could|may|might|must|should|can|{_ADVERB})){{0,2}}\s+(?:is|are|was|were|be|"
    rf"been|being)(?:\s+{_ADVERB})?\s+(?:(?!{_STATIVE}\b)\w+ed|\w+en|hit|struck|shot|cut|spread|left|held|lost|caught|put|set|built|"
    r"hurt|burnt)\b",
    re.IGNORECASE,
)
# the verbs `_PASSIVE_RE` and `_LOCATION_PREDICATE` need, each between whitespace: a whole run of a-z of the
# lowercased sentence wherever either matches (`word_mask`), so a sentence with none of them skips the pattern
_PASSIVE_GATE: Final = word_gate(ascii_words("is are was were be been being".split()))
_PREDICATE_GATE: Final = word_gate(ascii_words("is was remains remained became become be".split()))


_APPOSITIVE_RE: Final = re.compile(
    r"(?:['’]s)?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:city|town|village|port|settlement|region|district|province|"
    r"oblast|country|state|island|area)\s+(?:(?:located|situated|lying)\s+)?(?:in|of|near|on|outside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|centre|center|outskirts)\w*\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
# a place's position given from another: "in Belarus, north of Kyiv", "near Siversk, some 30 km northeast of Bakhmut"
_DISTANCE: Final = r"[\d,.]+\s*(?:-\s*)?(?:km|kilometres|kilometers|miles|mi)\s+(?:\(\S+\s+\S+\)\s+)?"
_RELATIVE_POSITION_RE: Final = re.compile(
    r"(?:['’]s)?,\s+(?:(?:just|only|some|about|around|roughly|nearly|less\s+than|more\s+than)\s+)?"
    rf"(?:(?:{_DISTANCE})?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    rf"south-east|south-west)\s+of|{_DISTANCE}from)\s+(?:the\s+)?(?:(?:city|town|village|capital|port)\s+of\s+)?",
    re.IGNORECASE,
)
_PLACE_PARTICIPLES: Final = frozenset("bordering neighbouring neighboring adjoining surrounding including".split())
# a copula whose predicate makes its subject a place: "Kyiv is now the safest place", "Moldova would be next"
_LOCATION_PREDICATE: Final = re.compile(
    r"\s+(?:is|was|remains|remained|became|has\s+become|(?:will|would|could|may|might)(?:\s+\w+ly)?\s+be)"
    r"(?:\s+(?:now|still|already|clearly|probably|likely|also|again|effectively))?"
    r"\s+(?:next\b|(?:the|a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){0,4}?(?:place|places|city|cities|town|towns|target|targets|"
    r"spot|hotspot|hot\s+spot|epicentre|epicenter|destination|battlefield|front\s+line|frontline)\b)",
    re.IGNORECASE,
)
# "Crimea is not part of Russia": the name after "part of" says whose the subject is, not where the claim is
_PART_OF_TAIL: Final = (
    r"(?:an?\s+)?(?:(?:integral|inalienable|legitimate|historical|sovereign)\s+)?part\s+of\s+"
    r"(?:the\s+)?$"
)
_PART_OF: Final = re.compile(
    r"\s+(?:is|are|was|were|remains|remained|has\s+been|(?:will|would)\s+be)\s+(?:not\s+|"
    r"still\s+|now\s+|always\s+|never\s+)?" + _PART_OF_TAIL
)
# "... but part of"
_PART_OF_MORE: Final = re.compile(r"\s+(?:(?:and|but)\s+)?(?:is\s+|was\s+)?(?:not\s+)?" + _PART_OF_TAIL)
# offices that are a city's or a region's own, even a capital's ("Kyiv authorities" are the government)
_CITY_OFFICES: Final = frozenset("mayor mayors governor governors".split())


_WORD_AFTER_RE: Final = re.compile(r"\s*([A-Za-z](?:[\w'’-]|\.(?=\w))*|\S)?")


def _is_modifier(word: str, participles: bool = True) -> bool:
    """An adjective that may stand before a noun: "sovereign", "eastern", "occupied" (with `participles`)."""
    return _is_lowered_modifier(word.lower(), participles)


def _is_lowered_modifier(low: str, participles: bool = True) -> bool:
    """`_is_modifier` of a word lowercased already (`low`)."""
    return low in _MODIFIERS or low.endswith("ern") or (participles and low.endswith("ed") and low != "red")


_LOWER_WORD: Final = re.compile(r"[a-z][\w-]*")
_TOKEN_RE: Final = re.compile(r"[\w'’-]+|[^\w\s]")
_CAPITAL_POSSESSIVE: Final = re.compile(r"[A-Z][\w-]*['’]s")


def _head_noun(sentence: str, end: int, possessive: bool) -> str | None:
    """The lowercase word a name stands before, past a few modifiers ("'s sovereign territory" -> territory).

    After a bare name an -ed word is a verb ("Russia attacked"), after a possessive an adjective ("Ukraine's
    occupied territory").
    """
    pos = end
    for _ in range(3):
        word, pos = _word_after(sentence, pos)
        if word is None or not _is_lower_word(word):
            return None
        if not _is_modifier(word, participles=possessive) or word in GEOGRAPHIC_NOUNS:
            return word
    return None


def _word_after(sentence: str, pos: int) -> tuple[str | None, int]:
    r"""(group 1, end) of `_WORD_AFTER_RE.match(sentence, pos)`, read a character at a time: the whitespace skipped,
    then a word that opens with A-Z or a-z and runs on over `[\w'’-]` and over a full stop before a word character,
    else any one character; None at the end of the text. `\s` and `\w` as the engine tests them (`is_space_at`,
    `is_word_char_at`), which a test compares with the regex on every code point."""
    size = len(sentence)
    i = pos
    while i < size and is_space_at(sentence, i):
        i += 1
    if i >= size:
        return None, i
    code = ord(sentence[i])
    if not (97 <= code <= 122 or 65 <= code <= 90):
        return sentence[i], i + 1
    j = i + 1
    while j < size:
        code = ord(sentence[j])
        if code == 39 or code == 45 or code == 0x2019 or is_word_char_at(sentence, j):
            j += 1
        elif code == 46 and j + 1 < size and is_word_char_at(sentence, j + 1):
            j += 1
        else:
            break
    return sentence[i:j], j


def _possessive_at(sentence: str, end: int) -> bool:
    """`_POSSESSIVE_AT.match(sentence, end) is not None` read by hand: an apostrophe, "s", then no word character
    (`is_word_char_at`, the engine's \\w) or the end of the text."""
    size = len(sentence)
    if end + 1 >= size or sentence[end + 1] != "s" or (sentence[end] != "'" and sentence[end] != "’"):
        return False
    return end + 2 == size or not is_word_char_at(sentence, end + 2)


def _is_lower_word(word: str) -> bool:
    """`_LOWER_WORD.fullmatch(word)` for a non-empty word, entered only when the word opens with a-z as every
    match does: the capitalised names and the punctuation after a place skip the match."""
    if not 97 <= ord(word[0]) <= 122:
        return False
    for i in range(1, len(word)):  # `[\w-]*` by code (`is_word_char_at`): a match costs ~900 instructions
        if ord(word[i]) != 45 and not is_word_char_at(word, i):
            return False
    return True


def _words_before_name(sentence: str, start: int) -> list[str]:
    """The last three words before a name, less up to four determiners, modifiers and possessives ("in the
    occupied"): `_all_words_before_name(...)[-3:]`, all its callers read (`_is_target`, `_is_party`,
    `_governed_by`: the last three words and whether there are one, two or three).

    The tokens are read backwards from the name, as many as are dropped and then three (`_last_tokens` over the 80
    characters before it): after at most three dropped, those are the last six or fewer tokens of the longer
    form's, none of them the first of its window (which a window may cut), so the same; with four dropped the
    longer form itself is read.
    """
    lo = max(0, start - 80)
    tokens = _last_tokens(sentence, lo, start, _DROPPABLE_BEFORE_NAME)
    dropped = 0
    while dropped < len(tokens) and _droppable_before_name(tokens[len(tokens) - 1 - dropped]):
        dropped += 1
    if dropped == _DROPPABLE_BEFORE_NAME:
        return _all_words_before_name(sentence, start)[-3:]
    if dropped + 3 > len(tokens) == _DROPPABLE_BEFORE_NAME:  # more tokens to read before those
        tokens = _last_tokens(sentence, lo, start, dropped + 3)
    return tokens[max(0, len(tokens) - dropped - 3) : len(tokens) - dropped]


def _droppable_before_name(word: str) -> bool:
    """A word `_all_words_before_name` drops before a name: a determiner, "and"/"or", a modifier, a possessive."""
    low = word.lower()
    if low in _DROPPABLE_WORDS:  # a determiner, "and"/"or" or a listed modifier: one lookup for the three sets
        return True
    return low.endswith("ern") or (low.endswith("ed") and low != "red") or _is_capital_possessive(word)


# the words `_droppable_before_name` drops as they are (`_is_lowered_modifier` adds the words in -ern and -ed)
_DROPPABLE_WORDS: Final = _DETERMINERS | {"and", "or"} | _MODIFIERS


def _all_words_before_name(sentence: str, start: int) -> list[str]:
    """The words before a name, less up to four determiners, modifiers and possessives ("in the occupied").

    Only the last three left count (`_is_target`, `_is_party`, `_governed_by`), so at most the last seven tokens
    of the 80 characters before the name, and those alone are read (`_last_tokens`): the last 40 characters give
    the same ones when they hold at least seven tokens (after the first token of a window, possibly cut, its tokens
    are those of any longer window).
    """
    if start > 40:
        words = _last_tokens(sentence, start - 40, start, _TOKENS_BEFORE_NAME)
        if len(words) < _TOKENS_BEFORE_NAME:
            words = _last_tokens(sentence, max(0, start - 80), start, _TOKENS_BEFORE_NAME)
    else:
        words = _last_tokens(sentence, 0, start, _TOKENS_BEFORE_NAME)
    for _ in range(_DROPPABLE_BEFORE_NAME):  # "in the occupied", "in Russia's", "in central and"
        if not words or not _droppable_before_name(words[-1]):
            break  # the same word would be tested again: nothing more is dropped
        words.pop()
    return words


_DROPPABLE_BEFORE_NAME: Final = 4  # the words `_all_words_before_name` may drop
# the tokens `_words_before_name` reads: four it may drop, then the three its callers look at
_TOKENS_BEFORE_NAME: Final = 7
# what a character is to `_TOKEN_RE`: part of a run (`[\w'’-]`), a space (`\s`), or a token alone (`[^\w\s]`)
_RUN_CHAR: Final = 0
_SPACE_CHAR: Final = 1
_LONE_CHAR: Final = 2


def _token_char_kind(text: str, i: int) -> int:
    r"""What `text[i]` is to `_TOKEN_RE`; ASCII by code ranges, other characters by `str.isalnum`/`str.isspace`,
    the tests the regex engine makes for `\w` and `\s` (a test compares them on every code point)."""
    code = ord(text[i])
    if code < 128:
        if 97 <= code <= 122 or 65 <= code <= 90 or 48 <= code <= 57 or code == 95 or code == 39 or code == 45:
            return _RUN_CHAR
        if code == 32 or 9 <= code <= 13 or 28 <= code <= 31:
            return _SPACE_CHAR
        return _LONE_CHAR
    char = text[i]
    if code == 0x2019 or char.isalnum():
        return _RUN_CHAR
    return _SPACE_CHAR if char.isspace() else _LONE_CHAR


def _last_tokens(text: str, lo: int, end: int, count: int) -> list[str]:
    r"""The last `count` tokens of `_TOKEN_RE.findall(text, lo, end)`, in order, read backwards from `end`: the
    tokens before them are neither matched nor built. Exact because a token is a whole run of `[\w'’-]` or one
    character that is neither that nor a space: where the runs begin and end does not depend on the direction
    of reading (the first run is cut at `lo` as the regex cuts it)."""
    tokens: list[str] = []
    i = end
    while i > lo and len(tokens) < count:
        kind = _token_char_kind(text, i - 1)
        if kind == _SPACE_CHAR:
            i -= 1
        elif kind == _LONE_CHAR:
            tokens.append(text[i - 1])
            i -= 1
        else:
            run_start = i - 1
            while run_start > lo:
                code = ord(text[run_start - 1])  # a run's ASCII letters read here, without a call each
                if 97 <= code <= 122 or 65 <= code <= 90 or code >= 128 and _token_char_kind(text, run_start - 1) == 0:
                    run_start -= 1
                elif code < 128 and (48 <= code <= 57 or code == 95 or code == 39 or code == 45):
                    run_start -= 1
                else:
                    break
            tokens.append(text[run_start:i])
            i = run_start
    tokens.reverse()
    return tokens


def _is_capital_possessive(word: str) -> bool:
    """`_CAPITAL_POSSESSIVE.fullmatch(word)` ("Russia's"), tried only on a word ending in 's or ’s, which every
    match does: most words before a name are no possessive, and `endswith` is cheaper than a match."""
    return word.endswith(("'s", "’s")) and _CAPITAL_POSSESSIVE.fullmatch(word) is not None


_AREA_OR_BORDER_NOUNS: Final = _AREA_NOUNS | _BORDER_NOUNS


def _governed_by(words: list[str] | None, locative: bool) -> bool:
    """The name after `words` (from `_words_before_name`) is the object of a locative preposition ("in Belarus",
    "from the occupied Ukraine", "the region of X"), or with `locative=False` of any ("aggression against Ukraine")."""
    if not words:
        return False
    last = words[-1].lower()
    if last in TOWARD_PREPOSITIONS or last in AWAY_PREPOSITIONS or (not locative and last in _OTHER_PREPOSITIONS):
        return True
    if last == "of" and len(words) >= 2 and words[-2].lower() in LOCAL_OFFICES:
        return True  # "the mayor of Melitopol"
    return last in {"of", "with"} and len(words) >= 2 and words[-2].lower() in _AREA_OR_BORDER_NOUNS


def is_polity(place: Place) -> bool:
    """A country, a union or a capital: names that also stand for a government ("Russia says", "Kyiv's allies")."""
    return place.kind in {"country", "union"} or place.name in _capitals(len(load_gazetteer().places))


def _can_own(place: Place) -> bool:
    """Whether "X's <noun>" is X's, not in X: a polity or a region ("Moscow's forces", "Europe's security"),
    but not a town ("Kharkiv's mayor" is in Kharkiv)."""
    return is_polity(place) or place.kind not in SETTLEMENT_KINDS | {"district"}


@lru_cache(maxsize=4)
def _capitals(key: int) -> frozenset[str]:
    return frozenset(p.capital for p in load_gazetteer().places.values() if p.capital)


_AGENT_BY: Final = re.compile(r"\bby\s+(?:the\s+)?$")
# nouns whose "on" names what is affected, not where: "a heavy toll on Russia", "sanctions on Belarus"
_TARGET_NOUNS: Final = frozenset(
    "toll tolls pressure sanctions sanction impact effect effects strain burden embargo "
    "embargoes ban bans restrictions curbs tariffs tariff duties levy cap reliance "
    # fmt: skip
    "dependence dependency leverage influence stance position policy views".split()
)
_GOVERNMENT_NOUNS: Final = frozenset("regime government leadership junta".split())
_ASIDE_ADVERBS: Final = (
    "also",
    "again",
    "overnight",
    "yesterday",
    "today",
    "tonight",
    "now",
    "reportedly",
    "still",
    "already",
    "alone",
    "meanwhile",
)
_TIME_PREPOSITIONS: Final = ("in", "over", "during", "for", "of", "within", "throughout")
_ASIDE_WORDS: Final = rf"(?:{'|'.join(_ASIDE_ADVERBS)})"
_TIME_PHRASE: Final = (
    rf"(?:{'|'.join(_TIME_PREPOSITIONS)})\s+the\s+(?:last|past|previous)\s+(?:\w+\s+)?"
    r"(?:day|days|hours|week|weeks|month|months|night|year)"
)
_ASIDE_STARTS: Final = frozenset(_ASIDE_ADVERBS + _TIME_PREPOSITIONS)  # the words an aside begins with
# an adverb or a time phrase between a name and its verb: "Russia overnight launched", "Russia, over the past day,
# lost"; a comma after it only when one stands before it too (else it ends a clause: "Russia today, preserving")
# "Israel, along with a dozen other nations, is evacuating": the company a name keeps, between commas
_COMPANY_ASIDE: Final = r"(?:along\s+with|together\s+with|alongside|as\s+well\s+as|like)\s+[^,;:()\"“”]{1,60}?"
_ASIDE_AFTER_NAME: Final = re.compile(
    rf"\s*,\s*(?:{_ASIDE_WORDS}|{_TIME_PHRASE}|{_COMPANY_ASIDE})(?![\w-])\s*,|\s+(?:{_ASIDE_WORDS}|{_TIME_PHRASE})(?![\w-])"
)


_COMPANY_STARTS: Final = frozenset({"along", "together", "alongside", "as", "like"})  # `_COMPANY_ASIDE`'s first words
_COMMA_ASIDE_STARTS: Final = _ASIDE_STARTS | _COMPANY_STARTS


def _may_open_aside(sentence: str, end: int) -> bool:
    r"""Whether `_ASIDE_AFTER_NAME` may match at `end`: the first word of each of its phrases is all a-z and stands
    before no [\w-] or before whitespace, so it is the whole run of a-z at the first letter, after a comma and
    whitespace (an adverb, a time phrase, a company) or after whitespace alone (an adverb or a time phrase, whose
    "last", "past" or "previous" follows). Most names with a comma after them ("Kyiv, the capital") open none."""
    size = len(sentence)
    j = end
    while j < size and is_space_at(sentence, j):
        j += 1
    comma = j < size and sentence[j] == ","
    if comma:
        j += 1
        while j < size and is_space_at(sentence, j):
            j += 1
    elif j == end:
        return False  # neither a comma nor whitespace after the name
    k = j
    while k < size and 97 <= ord(sentence[k]) <= 122:
        k += 1
    word = sentence[j:k]
    if comma:
        return word in _COMMA_ASIDE_STARTS
    if word in _TIME_PREPOSITIONS and word not in _ASIDE_ADVERBS:
        return sentence.find("last", k) >= 0 or sentence.find("past", k) >= 0 or sentence.find("previous", k) >= 0
    return word in _ASIDE_STARTS


def _is_target(before: list[str], place: Place) -> bool:
    """A polity that something weighs on: "a heavy toll on Russia", "new sanctions on Belarus", "sanctions against
    Iran", "sanctions imposed on Moscow" (not its place)."""
    if len(before) < 2 or before[-1].lower() not in {"on", "against"} or not is_polity(place):
        return False
    noun = before[-2].lower()
    if noun in _IMPOSED and len(before) >= 3:
        noun = before[-3].lower()
    return noun in _TARGET_NOUNS


_IMPOSED: Final = frozenset("imposed placed levied slapped put".split())
# verbs whose object is a party, not a place: "accused Washington of", "urged Kyiv to", "punish Tehran"
PARTY_VERBS: Final = frozenset("accuse accuses accused accusing blame blames blamed blaming punish punishes punished "
                               "punishing thank thanks thanked thanking urge urges urged urging condemn condemns "
                               "condemned condemning criticise criticises criticised criticising criticize criticizes "
                               "criticized criticizing praise praises praised praising".split())  # fmt: skip
# a word and the preposition after it that make the polity a party: "grateful to Japan", "called on Russia to",
# "ties with Moscow", "talks between Moscow and Kyiv", "on the side of Kyiv", "the Armed Forces of Ukraine"
PARTY_HEADS: Final[dict[str, frozenset[str]]] = {
    "to": frozenset("grateful thankful indebted".split()),
    "on": frozenset(
        "call calls called calling rely relies relied relying depend depends depended depending "
        "pressure pressured pressuring".split()
    ),  # fmt: skip
    "with": frozenset("ties relations talks negotiations dialogue contacts cooperation partnership".split()),
    "between": frozenset(
        "ties relations talks negotiations dialogue contacts mediator mediators mediation mediating".split()
    ),  # fmt: skip
    "of": frozenset(
        "side forces army navy ministry minister president government parliament embassy ambassador "
        "commander-in-chief leadership".split()
    ),  # fmt: skip
}
_ADVERB_WORD: Final = re.compile(r"[a-z]+ly")


_VERB_BEFORE: Final = re.compile(r"([a-z]+)\s+(?:the\s+)?$")
# the first four letters of each party verb: a window holding none of them holds no party verb (the search of
# `_VERB_BEFORE`, anchored at the window's end, tries every position of it: many times a substring test's cost)
_PARTY_VERB_STARTS: Final = tuple(sorted({verb[:4] for verb in PARTY_VERBS}))


def _verb_before(sentence: str, lo: int, end: int) -> str:
    r"""The group of `_VERB_BEFORE.search(sentence, lo, end)` ("" when it finds none), read backwards: the whitespace
    before `end`, the run of a-z before it, and when that run is "the", the whitespace and the run of a-z before it
    if there are both (the search's leftmost match then begins there). `\s` as the engine tests it (`is_space_at`)."""
    j = end
    while j > lo and is_space_at(sentence, j - 1):
        j -= 1
    k = _run_start(sentence, lo, j) if j < end else j
    if k == j:
        return ""
    if sentence[k:j] == "the":
        m = k
        while m > lo and is_space_at(sentence, m - 1):
            m -= 1
        p = _run_start(sentence, lo, m) if m < k else m
        if p < m:
            return sentence[p:m]
    return sentence[k:j]


def _run_start(text: str, lo: int, end: int) -> int:
    """Where the run of a-z that ends at `end` begins (not before `lo`; `end` when none ends there)."""
    i = end
    while i > lo and 97 <= ord(text[i - 1]) <= 122:
        i -= 1
    return i


def _is_adverb_word(word: str) -> bool:
    """`_ADVERB_WORD.fullmatch(word)` by code: three letters a-z or more, ending in "ly"."""
    size = len(word)
    if size < 3 or word[size - 2] != "l" or word[size - 1] != "y":
        return False
    for i in range(size - 2):
        if not 97 <= ord(word[i]) <= 122:
            return False
    return True


def _is_party(sentence: str, start: int, before: list[str], place: Place) -> bool:
    """A polity named as a party, not as where something happens: the object of "accuse", "urge", "thank"; after
    "grateful to", "relied on", "ties with", "talks between", "the side of", "the ministry of"."""
    if not before or not is_polity(place):
        return False
    if _verb_before(sentence, max(0, start - 20), start) in PARTY_VERBS:
        return True
    last = before[-1].lower()
    heads = PARTY_HEADS.get(last)
    if heads is None or len(before) < 2:
        return False
    word = before[-2].lower()
    if _is_adverb_word(word) and len(before) >= 3:  # "rely solely on Washington"
        word = before[-3].lower()
    return word in heads


def _role(sentence: str, start: int, end: int, possessive: bool, place: Place) -> str:
    """What a name does in its sentence: location, owner, qualifier or plain (relative offsets).

    Owners: a possessive before a non-geographic noun ("Russia's claim", "Europe's security"; not a town's:
    "Kharkiv's mayor" is in Kharkiv), and a polity acting or qualifying ("Russia must", "US aircraft"; but
    "Kharkiv was shelled").
    """
    head = _head_noun(sentence, end + (2 if possessive else 0), possessive)
    if head in GEOGRAPHIC_NOUNS:
        return "location"
    if possessive and head in _WAR_NOUNS and _IN_BEFORE_NAME.search(sentence, max(0, start - 4), start):
        return "location"  # "killed in Syria's conflict": the war the country holds is where (not "Russia's war on")
    if possessive and head is None:
        return "qualifier"  # "Russia's Kursk region" (checked against the next mention later)
    before = None if possessive else _words_before_name(sentence, start)  # read once for both questions
    # a target or a party is a polity (both tests ask it first): a town's words before it are not read for them
    if before and is_polity(place) and (_is_target(before, place) or _is_party(sentence, start, before, place)):
        return "owner"
    if not possessive and head in _GOVERNMENT_NOUNS and is_polity(place):
        return "owner"  # "to the Kyiv regime", "the Moscow government": the government, not the city
    if head in _CITY_OFFICES and place.kind not in {"country", "union"}:
        return "plain"  # "Moscow mayor", "Kyiv's mayor": the office is in the city, which does not act
    if before is not None and _governed_by(before, True):
        return "location"
    if before is not None and (
        head in _ASIDE_STARTS or (head is None and end < len(sentence) and sentence[end] == ",")
    ):
        aside = _ASIDE_AFTER_NAME.match(sentence, end) if _may_open_aside(sentence, end) else None
        after = _head_noun(sentence, aside.end(), False) if aside is not None else None
        if aside is not None and after is not None and not after.endswith("ing"):  # "Russia over the past day
            end, head = aside.end(), after  # lost": the name's verb
    if (
        not possessive
        and sentence.find("by", max(0, start - 12), start) >= 0
        and _AGENT_BY.search(sentence, max(0, start - 12), start)
        and is_polity(place)
    ):  # the pattern needs "by"
        return "owner"  # "supplied by Russia", "fired by Kyiv": the agent, not where it happens
    if possessive and head in _FUNCTION_WORDS and _can_own(place):
        return "owner"  # "France's rose from 300, and Italy's from 350": the noun is left out, still owned
    if not possessive and head in {"and", "or"} and is_polity(place):
        shared = _noun_after_coordinated_adjective(sentence, end)
        if shared is not None:  # "U.S. and British warships": the name qualifies the noun as the adjective does
            return "location" if shared in GEOGRAPHIC_NOUNS else "owner"
    if head is None or head in _FUNCTION_WORDS or head in _PLACE_PARTICIPLES:
        return "plain"  # "in Ukraine since 2014", "Sumy oblast bordering Russia"
    if possessive:
        return "owner" if _can_own(place) else "plain"
    low = lowered(sentence)
    mask = -1 if low is None else word_mask(low)  # all bits where the lowercased text cannot vouch for the words
    if _governed_by(before, False):
        return "plain"  # "aggression against Ukraine poses": not an actor
    # both patterns open with a word between whitespace (`_spaced_word_after`): most names are not followed by one
    # of their first words, and neither pattern is entered there
    first = _spaced_word_after(sentence, low, end) if mask & _ROLE_VERB_GATE != 0 else None
    if first is not None and mask & _PASSIVE_GATE != 0 and (low is None or _may_open_passive(first)):
        if _PASSIVE_RE.match(sentence, end):
            return "plain"  # "Kyiv was hit": not an actor
    if (
        first is not None
        and mask & _PREDICATE_GATE != 0
        and (low is None or first in _PREDICATE_FIRST_WORDS)
        and _LOCATION_PREDICATE.match(sentence, end)
    ) or hosts_people(sentence, end):
        return "location"  # "Kyiv is now the safest place", "Hungary has taken in 85,000 people": the name is where
    return "owner" if is_polity(place) else "plain"


# the first words `_PASSIVE_RE` and `_LOCATION_PREDICATE` can open with (after whitespace, each followed by
# whitespace); `_PASSIVE_RE` also opens with any adverb in -ly (`_ADVERB`)
_PASSIVE_FIRST_WORDS: Final = frozenset(
    "has have had will would could may might must should can not never also again already reportedly repeatedly "
    "is are was were be been being".split()
)
_PREDICATE_FIRST_WORDS: Final = frozenset("is was remains remained became has will would could may might".split())
_ROLE_VERB_GATE: Final = _PASSIVE_GATE | _PREDICATE_GATE


def _spaced_word_after(sentence: str, low: str | None, end: int) -> str | None:
    r"""The run of word characters (`\w`, `is_word_char_at`) after the whitespace at `end`, when whitespace follows it,
    lowercased (`low`, the lowercased sentence, read at the same offsets), as written when `low` is None; None when
    there is no such word. Where `_PASSIVE_RE` or `_LOCATION_PREDICATE` matches at `end`, its first word (a literal of
    letters or `\w+ly`, each followed by `\s+`) is this run."""
    size = len(sentence)
    i = end
    while i < size and is_space_at(sentence, i):
        i += 1
    if i == end or i >= size:
        return None
    j = i
    while j < size and is_word_char_at(sentence, j):
        j += 1
    if j == i or j >= size or not is_space_at(sentence, j):
        return None
    return sentence[i:j] if low is None else low[i:j]


def _may_open_passive(word: str) -> bool:
    r"""Whether `_PASSIVE_RE` may open with `word` (a lowercased `_spaced_word_after`): a modal, "not", a form of
    "be", or an adverb (`\w+ly`)."""
    return word in _PASSIVE_FIRST_WORDS or (len(word) >= 3 and word.endswith("ly"))


# "U.S. and British warships", "US or French jets": a name coordinated with a country's adjective before a noun
_AND_ADJECTIVE_AFTER: Final = re.compile(r"\s+(?:and|or)\s+(?P<adj>[A-Z][a-z]+)(?=\s+[a-z])")


def _noun_after_coordinated_adjective(sentence: str, end: int) -> str | None:
    """The noun a name shares with a country's adjective coordinated after it ("U.S. and British warships" ->
    warships), or None when no such adjective follows the name."""
    m = _AND_ADJECTIVE_AFTER.match(sentence, end)
    if m is None or load_gazetteer().lookup_adjective(m.group("adj")) is None:
        return None
    return _head_noun(sentence, m.end(), False)


def _with_roles(sentence: str, offset: int, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions with their roles; names coordinated with a location or an owner share its role."""
    out: list[PlaceMention] = []
    for mention in mentions:
        if mention.source in {"adjective", "hyphen"}:
            out.append(mention)
            continue
        start, end = mention.start - offset, mention.end - offset
        possessive = _possessive_at(sentence, end)
        out.append(_with_role(mention, _role(sentence, start, end, possessive, mention.place)))
    for i, mention in enumerate(out):  # "Russia's Kursk region" qualifies; "Russia's Wagner mercenaries" owns
        nxt = out[i + 1] if i + 1 < len(out) else None
        if mention.role == "qualifier" and (nxt is None or nxt.start - mention.end > 3):
            out[i] = _with_role(mention, _unnamed_part_role(sentence, mention.end - offset, mention.place))
    for i in range(1, len(out)):  # "Rostov, a large city in the south of Russia": describes Rostov
        gap_start, gap_end = out[i - 1].end - offset, out[i].start - offset
        if _may_open_appositive(sentence, gap_start) and (
            _APPOSITIVE_RE.fullmatch(sentence, gap_start, gap_end)
            or _RELATIVE_POSITION_RE.fullmatch(sentence, gap_start, gap_end)
        ):
            out[i] = _with_role(out[i], "appositive")
    if "part of" in sentence:  # every `_PART_OF_MORE` match holds it
        _subject_of_part(sentence, offset, out)
    # how each mention is joined to the one before: read once (the roles change below, the offsets do not)
    joins = [_coordinated(sentence, offset, out[i - 1], out[i]) if i else None for i in range(len(out))]
    for i in range(1, len(out)):  # "in Russia and Belarus": both are governed by "in"
        prev, cur = out[i - 1], out[i]
        joined = joins[i]
        if prev.role == "location" and joined and (cur.role == "plain" or joined == "and"):
            out[i] = _with_role(cur, "location")
    for i in range(1, len(out)):  # "talks between Moscow and Kyiv", "accused Russia and Iran": both are parties
        prev, cur = out[i - 1], out[i]
        if prev.role == "owner" and cur.role == "plain" and is_polity(cur.place) and joins[i] == "and":
            out[i] = _with_role(cur, "owner")
    for i in range(len(out) - 2, -1, -1):  # "Russia and Belarus have agreed": both act
        cur, nxt = out[i], out[i + 1]
        if nxt.role == "owner" and cur.role == "plain" and joins[i + 1] == "and":
            out[i] = _with_role(cur, "owner")
    return out


def _may_open_appositive(sentence: str, pos: int) -> bool:
    """Whether the text at `pos` may open as `_APPOSITIVE_RE` and `_RELATIVE_POSITION_RE` both do: a comma, or
    one after two characters (their optional "'s", any case). Two names with no comma right after the first are
    tested without entering either pattern."""
    size = len(sentence)  # indexing, not `startswith` with a position (a method call where it is compiled)
    return pos < size and sentence[pos] == "," or pos + 2 < size and sentence[pos + 2] == ","


# a part the gazetteer lacks, named after a possessive: "Kyiv's Darnytskyi district", "Kharkiv's Saltivka area"
_UNLISTED_PART_AFTER: Final = re.compile(
    r"['’]s\s+(?:[A-Z][\w'’-]*\s+(?:and\s+)?){1,3}(?:district|raion|rayon|"
    r"neighbou?rhood|suburb|region|oblast|province|krai|area|community|hromada|municipality)s?\b"
)


# facilities counted after a possessive: "10 of Gaza's 36 hospitals", "Ukraine's 9 power plants" stand in the place
_COUNTED_SITES_AFTER: Final = re.compile(
    r"['’]s\s+(?:\d[\d,]*|[a-z]+)\s+(?:[a-z-]+\s+){0,2}?(?:hospitals|clinics|schools|power\s+plants|"
    r"power\s+stations|bakeries|water\s+wells|health\s+(?:facilities|centres|centers)|shelters)\b"
)


def _unnamed_part_role(sentence: str, end: int, place: Place) -> str:
    """The role of "X's" before a name that is no mention: a location when the name is a part of X the gazetteer
    lacks ("Kyiv's Darnytskyi district" is in Kyiv) or when the facilities X holds are counted ("Gaza's 36
    hospitals"), else what X owns ("Russia's Wagner mercenaries")."""
    if _UNLISTED_PART_AFTER.match(sentence, end) or _COUNTED_SITES_AFTER.match(sentence, end):
        return "location"
    return "owner" if _can_own(place) else "plain"


def _subject_of_part(sentence: str, offset: int, out: list[PlaceMention]) -> None:
    """ "Crimea is not part of Russia but part of Ukraine": Crimea is the place; the wholes it is (not) part of
    describe it (appositive), in place."""
    subject: int | None = None
    for i in range(1, len(out)):
        if subject is None:
            between = sentence[out[i - 1].end - offset : out[i].start - offset]
            if "part" not in between or not _PART_OF.search(between):
                continue
            subject = i - 1
            out[subject] = _with_role(out[subject], "location")
        if _PART_OF_MORE.search(sentence[out[i - 1].end - offset : out[i].start - offset]):
            out[i] = _with_role(out[i], "appositive")


def _with_role(mention: PlaceMention, role: str) -> PlaceMention:
    """`dataclasses.replace(mention, role=role)`, without its introspection of the fields; the mention itself when
    it has that role already (a mention is never changed once built)."""
    if mention.role == role:
        return mention
    return PlaceMention(mention.place, mention.raw, mention.start, mention.end, role, mention.source)


_COORDINATION: Final = re.compile(r"\s*(,)?\s*(and|or)?\s*(?:the\s+)?")
_CAPITAL_AFTER: Final = re.compile(r"['’]s\s+capital\b")


def _coordinated(sentence: str, offset: int, first: PlaceMention, second: PlaceMention) -> str | None:
    """How two mentions are joined: "and" ("Russia and Belarus", "Kursk, Belgorod or Bryansk"), "," or None."""
    gap_start, gap_end = first.end - offset, second.start - offset
    if not _may_coordinate(sentence, gap_start, gap_end):
        return None
    return _coordination_join(sentence, gap_start, gap_end)


def _skip_spaces(text: str, i: int, end: int) -> int:
    r"""The end of the run of `\s` (`is_space_at`) from `i`, at most `end`."""
    while i < end and is_space_at(text, i):
        i += 1
    return i


def _coordination_join(sentence: str, start: int, end: int) -> str | None:
    r"""`_COORDINATION.fullmatch(sentence, start, end)` read by code: "and" where its group 2 ("and"/"or") matched,
    "," where only its comma did, None where neither did or it does not match. The pattern has no choice a greedy
    reading would take wrongly: each optional part opens with a character the parts after it cannot match at its
    place (",", "and"/"or", "the" then `\s+`), and `\s*` runs take all the whitespace (no later part opens with
    whitespace)."""
    i = _skip_spaces(sentence, start, end)
    comma = i < end and sentence[i] == ","
    if comma:
        i = _skip_spaces(sentence, i + 1, end)
    joined = False
    if i + 3 <= end and sentence[i] == "a" and sentence[i + 1] == "n" and sentence[i + 2] == "d":
        joined = True
        i += 3
    elif i + 2 <= end and sentence[i] == "o" and sentence[i + 1] == "r":
        joined = True
        i += 2
    i = _skip_spaces(sentence, i, end)
    if i + 4 <= end and sentence[i] == "t" and sentence[i + 1] == "h" and sentence[i + 2] == "e":
        after = _skip_spaces(sentence, i + 3, end)
        if after > i + 3:  # "the" and `\s+`
            i = after
    if i != end or not (comma or joined):
        return None
    return "and" if joined else ","


def _may_coordinate(sentence: str, start: int, end: int) -> bool:
    """Whether the text between two mentions holds what a join needs (`_coordinated`: the comma or the "and"/"or"
    of `_COORDINATION`): most mentions of a sentence are far apart, and the pattern is not entered for them. Only
    whitespace stands before either group, so its first character follows the whitespace at `start`."""
    i = start
    while i < end and is_space_at(sentence, i):
        i += 1
    if i >= end or sentence[i] != "," and sentence[i] != "a" and sentence[i] != "o":
        return False
    found = sentence.find(",", start, end) >= 0 or sentence.find("and", start, end) >= 0
    return found or sentence.find("or", start, end) >= 0


def _capital_of_possessive(sentence: str, offset: int, mention: PlaceMention) -> PlaceMention:
    """ "Ukraine's capital" names Kyiv."""
    end = mention.end - offset
    if not _possessive_at(sentence, end):
        return mention  # every `_CAPITAL_AFTER` match opens with the possessive
    m = _CAPITAL_AFTER.match(sentence, end)
    capital = load_gazetteer().capital_of(mention.place.name) if m and mention.place.kind == "country" else None
    if m is None or capital is None:
        return mention
    return replace(mention, place=capital, raw=sentence[mention.start - offset : m.end()])


# offices that stand for a place: "the mayor of Melitopol said" speaks of things in Melitopol
LOCAL_OFFICES: Final = frozenset(
    {
        "mayor",
        "governor",
        "administration",
        "council",
        "police",
        "prosecutor",
        "prosecutors",
        "authorities",
        "officials",
    }
)


# a local office after a place: "Kharkiv governor Oleh ... said", "Moscow Mayor ...", "the Sumy regional governor"
# ("Zaporizhzhia regional military administration", "Kyiv's city council", "Kharkiv police", "Sumy prosecutors")
_OFFICE_AFTER: Final = re.compile(
    r"(?:['’]s)?(?P<scope>(?:\s+(?:regional|region|oblast|city|municipal|district|military|civil-military|civil|state|"
    r"acting|deputy))*)\s+(?P<office>mayor|governor|administration|council|police|prosecutors?|prosecutor['’]s\s+office)"
    r"\b",
    re.IGNORECASE,
)


# the head of a region or a city, before its name: "head of Russian-occupied Crimea", "the governor of Russia's Kursk
# region", "mayor of the city of Mykolaiv" (a country's head is no local office: "the head of Ukraine's army")
_LOCAL_HEAD_BEFORE: Final = re.compile(
    r"\b(?:[Hh]ead|[Gg]overnor|[Mm]ayor|[Cc]hief)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
    r"(?:(?:Russian|Moscow|Kremlin)[\s-]+(?:occupied|installed|controlled)\s+|occupied\s+)?(?:(?:city|town)\s+of\s+)?$"
)
_REGIONAL_SCOPES: Final = frozenset("regional region oblast".split())


def names_local_office(sentence: str, offset: int, mention: PlaceMention) -> bool:
    """A region's or a city's own office is named with it: "Kharkiv governor", "Kyiv's city military
    administration", "Sumy police", "head of Russian-occupied Crimea" (never a country's: "Ukraine's state
    police" is national)."""
    if mention.place.kind in {"country", "union"}:
        return False
    rel = mention.start - offset
    return _OFFICE_AFTER.match(sentence, mention.end - offset) is not None or (
        "of " in sentence[max(0, rel - 60) : rel]
        and _LOCAL_HEAD_BEFORE.search(sentence, max(0, rel - 60), rel) is not None
    )


def office_region(sentence: str, offset: int, mention: PlaceMention) -> PlaceMention:
    """The region a regional office named with a city's name speaks for: "Zaporizhzhia regional military
    administration", "Kharkiv governor", "the governor of Mykolaiv" -> the oblast; a city's office ("Kharkiv mayor",
    "Kyiv City Military Administration") and any other mention stay as they are."""
    if mention.place.kind not in SETTLEMENT_KINDS:
        return mention
    m = _OFFICE_AFTER.match(sentence, mention.end - offset)
    if m is not None:
        scopes = m.group("scope").lower().split()
        regional = m.group("office").lower() == "governor" or any(w in _REGIONAL_SCOPES for w in scopes)
        if not regional or "city" in scopes:
            return mention
    else:
        rel = mention.start - offset
        head = _LOCAL_HEAD_BEFORE.search(sentence, max(0, rel - 60), rel)
        if head is None or not head.group(0).lower().startswith("governor"):
            return mention
    region = load_gazetteer().lookup(f"{mention.place.name} region")
    if region is None or region.kind in SETTLEMENT_KINDS:
        return mention
    return replace(mention, place=region)
