"""What a number counts: the counted noun after it (its modifiers, a participle, "cases of", a compound's head),
a verb before it ("killing 20") or after it ("30 were wounded"), the noun it shares with the number after it
("7,000 North Korean and 3,000 Russian soldiers") or takes from its whole ("35 of the 50 drones"), and the cheap
test that a sentence names anything counted at all.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from claimtrack.extraction.count_phrases import _COUNT_MATCHER, _counted_noun_trie, _counted_nouns
from claimtrack.extraction.count_refs import RESPECTIVELY
from claimtrack.extraction.lexicons import CountedGroup, counted_groups
from claimtrack.extraction.not_counts import _TIME_OR_MEASURE_AFTER, _after_a_name, _word_before_ends_with
from claimtrack.extraction.numbers import TENS, UNITS
from claimtrack.extraction.open_nouns import open_group, open_noun_after
from claimtrack.extraction.prefilter import folded, is_space_at, lowered, may_hold, trie_alternation, word_start_scan

# Words that may stand between a number and its counted noun ("18 North Korean soldiers").
# Anything in this set ends the modifier run: the noun is then not the number's.
_NOT_MODIFIERS: Final = frozenset(
    """
    of in on at to from by with for or but nor than as that which who whom whose where when while
    is are was were be been being have has had will would could should may might must can do does did
    it its he she they we i you their his her our my your them this these those there here per each a an the mm km
    kilometers
    kilometres miles meters metres tons tonnes kg percent years year days months weeks hours minutes
    died perished times less millimeter millimetre caliber calibre square feet yards
    dollars euros pounds roubles rubles hryvnias hryvnia yuan francs zlotys
    """.split()
)


@lru_cache(maxsize=4)
def _unit_pattern(key: int) -> re.Pattern[str]:
    nouns = _counted_nouns(key)
    return re.compile(
        r"(?:\s+of(?:\s+(?:its|their|the|his|her|our|them|those))?)?"
        r"(?P<mods>(?:\s+[\w'’.\-\"“”/]+){0,4}?)"  # quoted names, slashed models: Shahed-136/131 drones
        rf"\s+[\"“'‘]?(?P<unit>{nouns})(?![\w-])",  # a noun in scare quotes: over 400 "nationalists"
        re.IGNORECASE,
    )


def unit_pattern() -> re.Pattern[str]:
    return _unit_pattern(len(counted_groups()))


@lru_cache(maxsize=4)
def _unit_twin(key: int) -> re.Pattern[str]:
    """`_unit_pattern` for the lowercased sentence: lowercase, its nouns as a trie (see `_COUNT_TWIN`)."""
    nouns = trie_alternation(list(counted_groups()), space=r"\s+")
    return re.compile(
        r"(?:\s+of(?:\s+(?:its|their|the|his|her|our|them|those))?)?"
        r"(?P<mods>(?:\s+[\w'’.\-\"“”/]+){0,4}?)"  # quoted names, slashed models: Shahed-136/131 drones
        rf"\s+[\"“'‘]?(?P<unit>{nouns})(?![\w-])"
    )


_VERB_COUNT_RE: Final = re.compile(
    r"\b(?P<verb>killed|killing|kills|executed|executing|injured|injuring|wounded|wounding|captured|capturing|"
    r"detained|detaining|arrested|arresting|"
    r"evacuated|evacuating|deported|deporting|rescued|rescuing)\s+$",
    re.IGNORECASE,
)
# from word start to word start: no \b tried at every character
_VERB_COUNT_SCAN: Final = word_start_scan(_VERB_COUNT_RE)
_VERB_UNITS: Final = {
    "exec": "killed",
    "kill": "killed",
    "inju": "injured",
    "woun": "wounded",
    "capt": "captured",
    "deta": "detained",  # noqa: E501
    "evac": "evacuated",
    "depo": "deported",
    "abdu": "detained",
    "arre": "detained",
    "resc": "rescued",
    "pull": "rescued",
    "hurt": "injured",
    "hosp": "injured",  # "two of them had been hospitalised": the injured taken to hospital
    "take": "captured",
}


_NUMBER_WORDS_IN_MODS: Final = frozenset([*UNITS, *TENS, "hundred", "thousand", "million", "billion"])
# T-72, Su-25, M777; variants joined by a slash: Shahed-136/131, Kh-101/Kh-555
_MODEL_NAME: Final = re.compile(r"^[A-Za-z]+-?\d+[A-Za-z]*(?:/(?:[A-Za-z]+-?)?\d+[A-Za-z]*)*$")


def _modifiers_ok(mods: str) -> bool:
    """Whether the words between a number and its noun can qualify the noun ("North Korean", "T-72", "Leopard 2").

    "and" may join two modifiers ("500 Russian and Belarusian troops") but never opens them: in "killed 14 and
    wounded 30" the number stands alone and "wounded" is the next clause's verb."""
    previous = ""
    words = mods.split()
    if words and words[0].lower() == "and":
        return False
    for word in words:
        if word.lower().strip(".,") in _NOT_MODIFIERS or word.lower() in _NUMBER_WORDS_IN_MODS:
            return False  # "two Su-25s and three Ka-52 helicopters": a second number has the noun
        if any(c.isdigit() for c in word) and not _MODEL_NAME.match(word) and not _model_number(previous, word):
            return False
        previous = word
    return True


def _model_number(previous: str, word: str) -> bool:
    """A short number after a capitalised name is the model's: "Leopard 2", "Challenger 2", "Patriot 3"."""
    return word.isdigit() and len(word) <= 2 and previous[:1].isupper() and previous.isalpha()


_CASES_OF: Final = re.compile(r"\s+(?:cases|incidents|instances)\s+of", re.IGNORECASE)
# "100,000 items of headgear", "20,000 sets of uniforms": a measure word before the counted noun
_ITEMS_OF: Final = re.compile(r"\s+(?:items|sets|pairs|pieces|suits|kits)\s+of(?=\s)", re.IGNORECASE)
# counted nouns that are also participles or adjectives qualifying a noun after them ("300 captured tanks")
_PARTICIPLE_NOUNS: Final = frozenset(
    {
        "captured",
        "detained",
        "killed",
        "dead",
        "wounded",
        "injured",
        "missing",
        "displaced",
        "evacuated",
        "mobilized",
        "mobilised",
    }
)
_PARTICIPLE_NOUN_AFTER: Final = re.compile(r"(?P<mods>(?:\s+[\w'’-]+){0,2}?)(?=\s+\S)")
_NEXT_WORD: Final = re.compile(r"\s+([\w-]+)")


def _noun_after_participle(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """The counted noun a participle qualifies, at most two words after it ("captured Russian tanks"), or None."""
    m = unit_pattern().match(sentence, pos)
    if (
        m is None
        or m.group(0)[:4].strip().lower() == "of"
        or len(m.group("mods").split()) > 2
        or not _modifiers_ok(m.group("mods"))
    ):
        return None
    unit = " ".join(m.group("unit").lower().split())
    group = counted_groups().get(unit)
    if group is None or group.multiplier_only or unit in _PARTICIPLE_NOUNS:
        return None
    return group, unit, m.group("mods").strip(), m.end()


# what the word after a count's whitespace opens with where `_CASES_OF` or `_ITEMS_OF` matches: the first letters of
# their nouns in either case, and the letters that match i, s or k without case (İ, ı, ſ and the Kelvin sign)
_MEASURE_NOUN_OPENINGS: Final = "cCiIsSpPkK\u0130\u0131\u017f\u212a"


def _may_open_a_measure(sentence: str, pos: int) -> bool:
    """Whether whitespace follows `pos` and the word after it opens with one of `_MEASURE_NOUN_OPENINGS`: what both
    `_CASES_OF` and `_ITEMS_OF` need at `pos` (`\\s+` then their nouns)."""
    size = len(sentence)
    i = pos
    while i < size and is_space_at(sentence, i):
        i += 1
    return pos < i < size and sentence[i] in _MEASURE_NOUN_OPENINGS


def _unit_after(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    measure = _may_open_a_measure(sentence, pos)
    cases = _CASES_OF.match(sentence, pos) if measure else None
    if cases:  # "77 cases of civilians being executed": the cases count the civilians
        pos = cases.end()
    elif measure:
        items = _ITEMS_OF.match(sentence, pos)
        pos = items.end() if items else pos
    low = lowered(sentence)
    m = unit_pattern().match(sentence, pos) if low is None else _unit_twin(len(counted_groups())).match(low, pos)
    mods = sentence[m.start("mods") : m.end("mods")] if m else ""  # as written, also when matched in lowercase
    if cases and (not m or not _modifiers_ok(mods)):
        return _cases_of_status(sentence, cases.end())
    if not m or not _modifiers_ok(mods):
        return None
    unit = " ".join(m.group("unit").lower().split())
    group = counted_groups().get(unit)
    if group is None or _counts_events(sentence, m.end()):
        return None
    mods, end = mods.strip(), m.end()
    if unit in _PARTICIPLE_NOUNS:  # "300 captured tanks", "40 dead civilians": the participle qualifies a noun
        noun = _noun_after_participle(sentence, end)
        if noun is not None:
            group, unit, end = noun[0], noun[1], noun[3]
            mods = " ".join(w for w in (mods, sentence[m.start("unit") : m.end("unit")], noun[2]) if w)
            return group, unit, mods, end
    head = _compound_head(sentence, end)
    if head is not None:  # "one special forces detachment": the last noun of a compound is the head
        mods, unit, end = f"{mods} {sentence[m.start('unit') : m.end('unit')]}".strip(), head[0], head[1]
        group = counted_groups()[unit]
    return group, unit, mods, end


# what "rounds of", "waves of" count when they are no ammunition and no troops: meetings and measures, not things
_EVENT_NOUNS: Final = (
    "talks",
    "negotiations",
    "consultations",
    "discussions",
    "meetings",
    "sanctions",
    "voting",
    "votes",
    "elections",
    "applause",
    "questions",
    "mobilisation",
    "mobilization",
    "peace talks",
)
_EVENTS_OF: Final = re.compile(rf"\s+of\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{'|'.join(_EVENT_NOUNS)})\b", re.IGNORECASE)


def _counts_events(sentence: str, end: int) -> bool:
    """Whether a unit counts events: "three rounds of peaceful talks", "two rounds of sanctions"."""
    return _EVENTS_OF.match(sentence, end) is not None


_PASSIVE_AFTER: Final = re.compile(
    r"(?P<mods>(?:\s+[a-z][a-z-]+){0,3}?)"  # who, when the lexicon lacks the noun: "four media workers"
    r"\s+(?:(?:(?:have|has|had)\s+(?:already\s+|reportedly\s+|now\s+|since\s+)?been|were|are|was)\s+(?:\w+ly\s+)?"
    r"(?P<verb>killed|executed|injured|wounded|hurt|hospitali[sz]ed|captured|detained|arrested|evacuated|deported|"
    r"displaced|"
    # "three were pulled out alive": rescued
    r"abducted|rescued|taken\s+(?:prisoner|captive|hostage)|pulled(?=\s+(?:out\s+)?alive\b))|"
    r"(?:(?:have|has|had)\s+(?:already\s+|reportedly\s+|since\s+)?)?(?P<died>died|perished))\b",
)


def _unit_from_passive(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """'more than five million have been internally displaced', 'four media workers had been killed', 'one had
    died': the participle names what is counted; the words before it, if any, say who."""
    m = _PASSIVE_AFTER.match(sentence, pos)
    if m is None or not _modifiers_ok(m.group("mods")):
        return None
    verb = "killed" if m.group("died") else folded(m.group("verb"))
    noun = "displaced people" if verb == "displaced" else _VERB_UNITS[verb[:4]]
    group = counted_groups().get(noun)
    return (group, noun, m.group("mods").strip(), m.end("mods")) if group else None


_MODEL_PLURAL: Final = re.compile(r"^[A-Za-z]+-?\d+s$")  # Su-25s, F-16s, T-72s: a model named as the plural noun
_COORDINATED: Final = re.compile(r"(?P<mods>(?:\s+[A-Za-z'’.-]+){1,3}?)\s+(?:and|or)\s+(?=\S)")


_BARE_ITEM_JOIN: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _respective_next(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """'12 and 30 people were killed and injured, respectively', '95, 90 and 4 captives respectively': in a
    sentence read with "respectively", a bare number in a list shares the noun of the list's last number."""
    join = _BARE_ITEM_JOIN.match(sentence, pos)
    nxt = _COUNT_MATCHER.match(sentence, join.end()) if join is not None else None
    if nxt is None or nxt.group("qual") or nxt.group("num2"):
        return None
    unit = _unit_after(sentence, nxt.end()) or _respective_next(sentence, nxt.end())
    return (unit[0], unit[1], "", pos) if unit is not None else None


def _shared_unit(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """'7,000 North Korean and 3,000 Russian soldiers': the first number shares the second one's noun."""
    if RESPECTIVELY in sentence and (bare := _respective_next(sentence, pos)) is not None:
        return bare
    m = _COORDINATED.match(sentence, pos)
    if m is None or not _modifiers_ok(m.group("mods")):
        return None
    nxt = _COUNT_MATCHER.match(sentence, m.end())
    if nxt is None or any(_MODEL_PLURAL.match(word) for word in m.group("mods").split()):
        return None  # "two Su-25s and three Ka-52 helicopters": the first number has a noun of its own
    unit = _unit_after(sentence, nxt.end())
    if unit is None:
        return None
    group, noun, _, _ = unit
    return group, noun, m.group("mods").strip(), pos + len(m.group("mods"))


# what joins a part to its whole: "35 of the 50 drones", "20 out of 25 missiles", "two of the navy's six destroyers",
# "18 of Hamas' 24 battalions"; the possessive first: "of the navy's" is no "of the"
PARTITIVE_OF: Final = (
    r"(?:out\s+)?of\s+(?:(?:the\s+)?[A-Za-z][\w-]*(?:['’]s|s['’])\s+|the\s+|all\s+|"
    r"a\s+total\s+of\s+|(?:its|their|our|his|her)\s+)?"
)
_PARTITIVE: Final = re.compile(rf"\s+{PARTITIVE_OF}(?=\S)", re.IGNORECASE)


def _partitive_unit(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """'shot down 35 of the 50 drones': the part counts what the whole counts."""
    m = _PARTITIVE.match(sentence, pos)
    if m is None:
        return None
    whole = _COUNT_MATCHER.match(sentence, m.end())
    if whole is None:
        return None
    unit = _unit_after(sentence, whole.end())
    return (unit[0], unit[1], "", pos) if unit is not None else None


def _partitive_open_unit(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """'51 of 61 planned aid missions were denied': the part counts the open noun of its whole (a sentence with a
    claimant)."""
    m = _PARTITIVE.match(sentence, pos)
    whole = _COUNT_MATCHER.match(sentence, m.end()) if m is not None else None
    phrase = open_noun_after(sentence, whole.end()) if whole is not None else None
    return (open_group(phrase[2]), phrase[0], "", pos) if phrase is not None else None


_STATUS_NOUN: Final = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:detention|torture|execution|killing|abduction|deportation|disappearance|"
    r"rape|sexual\s+violence|ill-treatment)s?\b",
    re.IGNORECASE,
)


def _cases_of_status(sentence: str, pos: int) -> tuple[CountedGroup, str, str, int] | None:
    """'75 cases of arbitrary detention': cases of what was done to people count those people."""
    m = _STATUS_NOUN.match(sentence, pos)
    group = counted_groups().get("people")
    if m is None or group is None:
        return None
    return group, "cases", "", m.end()


def _compound_head(sentence: str, pos: int) -> tuple[str, int] | None:
    """A counted noun right after a counted noun ("special forces detachment") is the compound's head."""
    m = _NEXT_WORD.match(sentence, pos)
    if m is None:
        return None
    word = m.group(1).lower()
    group = counted_groups().get(word)
    if group is None or group.category != "formations":
        return None
    return word, m.end()


@lru_cache(maxsize=4)
def _singular_nouns(key: int) -> frozenset[str]:
    """The counted nouns that are a singular form of another ("tank" of "tanks"); "troop" also qualifies a noun
    ("a 3,000 troop contingent")."""
    nouns = counted_groups()
    irregular = {"man": "men", "woman": "women", "child": "children", "person": "people"}
    return frozenset(n for n in nouns if n != "troop" and (f"{n}s" in nouns or irregular.get(n) in nouns))


# after "killed N": a share ("one in five", "two of them"), a range or rate ("to", "from", "by", "per", "%"), a number
# after "on"/"at"; "in"/"on"/"at" before words stay: "injured 11 in Kherson", "killed 7 at a checkpoint" count people
_NOT_COUNTED_AFTER_VERB: Final = re.compile(
    r"\s*(?:of(?!\s+(?:them|those|whom)\b)|in\s+(?:\d+|every|an?|one|two|three|four|five|six|seven|eight|nine|ten)\b|"
    r"(?:on|at)\s+\d+|to|from|by|per|%|percent)\b"
)


def _unit_after_quoted_figure(sentence: str, num_start: int, num_end: int) -> tuple[CountedGroup, str, str, int] | None:
    """'"well over 100,000" Russian troops', '“more than 150,000” volunteers': a figure quoted on its own (the quote
    opens at most a few lowercase words before the number and closes right after it) counts the noun after the
    quote."""
    if num_end >= len(sentence) or sentence[num_end] not in '"”':
        return None
    opening = max(sentence.rfind('"', 0, num_start), sentence.rfind("“", 0, num_start))
    before = sentence[opening + 1 : num_start].strip() if opening >= 0 else ""
    if (
        opening < 0
        or num_start - opening > _QUOTED_FIGURE_REACH
        or (before and not before.islower())
        or any(q in before for q in '"“”')
    ):
        return None  # '"Leopard 2" tanks': a name's number is a model
    return _unit_after(sentence, num_end + 1)


# the last letters of the verbs of `_VERB_COUNT_RE` ("killed", "killing", "kills") in either case, and the long s that
# matches "s" without case: one ends the word before the whitespace that ends each of its matches
_COUNT_VERB_LAST_LETTERS: Final = "dDgGsS\u017f"
_QUOTED_FIGURE_REACH: Final = 24  # the quote opens before the figure's qualifier ("well over", "at least")


def _unit_from_verb(sentence: str, num_start: int, num_end: int) -> tuple[CountedGroup, str, str, int] | None:
    """'injured at least 30,000' / 'killing 20': the verb before the number names what is counted."""
    if not _word_before_ends_with(sentence, num_start, _COUNT_VERB_LAST_LETTERS):
        return None  # no verb of `_VERB_COUNT_RE` right before the whitespace before the number
    verb = _VERB_COUNT_SCAN.search(sentence[max(0, num_start - 40) : num_start])
    if not verb or _NOT_COUNTED_AFTER_VERB.match(sentence, num_end) or _TIME_OR_MEASURE_AFTER.match(sentence, num_end):
        return None  # "was killed two months later": a time, not a count
    noun = _VERB_UNITS[folded(verb.group("verb"))[:4]]
    group = counted_groups().get(noun)
    return (group, noun, "", num_end) if group else None


@lru_cache(maxsize=4)
def _counted_word_scan(key: int) -> re.Pattern[str]:
    """A whitespace or a digit, then the first word of a counted noun, "cases", "incidents", "instances" or "toll",
    as a trie.

    Every count names what it counts with one of these after a whitespace character (`_unit_after`,
    `_number_of_pattern`, `_CASES_OF`; a quote mark may open it) or glued to its number ("3,000soldiers", copy
    whose spaces were lost), or with a verb (`_VERB_COUNT_RE`, `_PASSIVE_AFTER`) or "-strong" (`_COUNTED_STEMS`);
    anaphoric counts need a count before them. The scan starts with a character set the regex engine skips ahead
    with.
    """
    words = {noun.split()[0] for noun in counted_groups()} | {"cases", "incidents", "instances", "toll"}
    return re.compile(rf"[\s\d][\"“'‘]?{trie_alternation(words)}")  # a noun in scare quotes too


# the stems of the verbs that name what a count counts ("killing 20", "30 were wounded") and "-strong"; the verb
# pattern reads a window that may begin inside a word, so these are substring tests
_COUNTED_STEMS: Final = ("kill", "execut", "injur", "wound", "captur", "detain", "arrest", "evacuat", "deport",
                         "displac",
                         "abduct",
                         "died", "perished", "-strong", "rescu", "pulled", "hurt", "taken prisoner",
                         "taken captive", "taken hostage",
                         " times")  # fmt: skip  # "shelled 27 times" (`_attack_times_counts`)


def _may_name_what_is_counted(low: str | None) -> bool:
    """A necessary condition for any count in the lowercased sentence (from `lowered`): a counted noun, a verb
    of counting or "-strong" (see `_counted_word_scan`); True when `low` is None (it cannot tell)."""
    if low is None or _counted_word_scan(len(counted_groups())).search(low) is not None:
        return True
    return may_hold(low, _COUNTED_STEMS)


def _open_unit(sentence: str, m: re.Match[str], num_end: int) -> tuple[CountedGroup, str, str, int] | None:
    """The open noun phrase after a number (`open_noun_after`), as a unit; none after a name ("Nord Stream 2
    pipelines", "Boeing 737 jets": a model's number) unless a qualifier opens the count."""
    if not m.group("qual") and _after_a_name(sentence, m.start()):
        return None
    phrase = open_noun_after(sentence, num_end)
    if phrase is None:
        return None
    noun, mods, label, end = phrase
    return open_group(label), noun, mods, end


@lru_cache(maxsize=4)
def _noun_before_change(key: int) -> re.Pattern[str]:
    """The counted noun a change is about, before its verb: "France's troop presence in the east has risen"."""
    return re.compile(rf"\b(?P<unit>{_counted_noun_trie(key)})\b(?=[^.;:!?]*$)", re.IGNORECASE)


def _has_own_unit(sentence: str, m: re.Match[str]) -> bool:
    """Whether a number names what it counts itself (a noun or a verb of counting)."""
    return (
        _unit_after(sentence, m.end())
        or _unit_from_verb(sentence, m.start(), m.end())
        or _unit_from_passive(sentence, m.end())
    ) is not None
