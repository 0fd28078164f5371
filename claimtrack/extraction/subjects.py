"""What a count is about, as a comparable subject: side + group (+ status), e.g. "North Korean troops".

The side comes from the words around the number ("18 North Korean soldiers"), from the agent of a
deployment verb ("North Korea moved 3,000 soldiers"), or from the document's recent context. The
status comes from cue words near the count: killed, wounded, captured, evacuated, destroyed ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claimtrack.extraction.count_phrases import CountMention
from claimtrack.extraction.count_refs import (
    RESPECTIVELY,
    respective_pair,
    service_state,
    struck_before,
    territory_status,
    verb_right_before,
)
from claimtrack.extraction.counted_nouns import PARTITIVE_OF
from claimtrack.extraction.lexicons import CountedGroup, side_by_form, side_regex
from claimtrack.extraction.open_nouns import OPEN_CATEGORY, OPEN_KIND
from claimtrack.extraction.prefilter import leading_literals, lowercase_twin, lowered, may_hold

# Cue words near a count (searched in a window around it) and the status they give.
STATUS_CUES: Final[tuple[tuple[str, str, str], ...]] = (
    # (regex, claim kind, status label)
    (r"killed\s+or\s+(?:wounded|injured)|dead\s+(?:and|or)\s+(?:wounded|injured)|casualt|losses|\blost\b|losing|"
     r"\blos(?:es|e)\b|\bvictims?\s+(?:were|was|are|is|include[sd]?|including)\b", "casualties", "casualties"),
    (r"\bkill(?:ed|ing|s)?\b|\bdead\b|\bdied\b|\bdeaths?\b|\bperished\b|\beliminated\b|\bneutrali[sz]ed\b|"
     r"\bexecut(?:ed|ions?)\b|\bbod(?:y|ies)\s+of\b|\blives\s+of\b",
     "casualties", "killed"),
    (r"\bwound(?:ed|ing)\b|\binjur(?:ed|ing|ies)\b|\bhurt(?:ing)?\b|\b(?:received|suffered|sustained)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:wounds|burns)\b|\b(?:in|to)\s+hospital\b|\bhospitali[sz]ed\b",
     "casualties", "wounded"),
    (r"\btrapped\b|\bunder\s+(?:the\s+)?rubble\b|\bburied\b", "casualties", "trapped"),
    (r"\bmissing\b|\bunaccounted\s+for\b", "casualties", "missing"),
    (r"\brescu(?:ed|ing)\b|\bpulled\s+(?:out\s+)?alive\b|\balive\s+(?:from|out\s+of)\s+(?:the\s+)?(?:rubble|debris|"
     r"wreckage|ruins)\b|\bpulled\s+(?:out\s+)?(?:from|of)\s+(?:the\s+)?(?:rubble|debris)",
     "rescue", "rescued"),
    (r"\bcaptur(?:ed|ing)\b|\bcapture\s+of\b|\bcaptivity\b|\bdetain(?:ed|ing)\b|\barrest(?:ed|ing|s)?\b|\bdetention\b|\babduct(?:ed|ing|ion)\b|\bprisoners?\b|\bPOWs?\b|\bsurrender(?:ed)?\b|\btaken\s+prisoner",
     "detention", "prisoners"),
    (r"\bevacuat(?:ed|ing)\b|\bfled\b|\bdisplaced\b|\bdeport(?:ed|ing|ation)\b|\brefugees?\b|\basylum\b|\brefuge\b|"
     r"\bregistered\s+(?:in|as)\b|\btemporary\s+protection\b", "displacement", "displaced"),
    (r"\bin\s+need\s+of\b|\bneed(?:s|ed)?\s+(?:humanitarian\s+)?(?:aid|assistance|help)\b", "humanitarian", "in need"),
    (r"\bdestroy(?:ed|ing)\b|\bshot\s+down\b|\bdowned\b|\bintercept(?:ed|ing)\b|\bknocked\s+out\b|\bhit\b|"
     r"\bflattened\b|\brazed\b|\b(?:blew|blown|blowing)\s+up\b|\bdemolish(?:ed|ing)\b|\bwrecked\b|"
     r"\bburn(?:ed|t)\s+(?:down|out)\b|\btorch(?:ed|ing)\b|\bset\s+(?:on\s+)?fire\b|\bset\s+ablaze\b|\bgutted\b|"
     r"\bput\s+out\s+of\s+(?:action|service)\b",
     "materiel", "destroyed"),
    (r"\bdamag(?:ed|ing|e)\b", "materiel", "damaged"),
    (r"\bsen[dt]\b|\bsending\b|\bdeploy(?:ed|ing|ment)?\b|\bdispatch(?:ed|ing)?\b|\bmov(?:ed|ing)\b|\bamass(?:ed|ing)\b|"
     r"\bmass(?:ed|ing)\b|\bstationed\b|\btrain(?:ed|ing)\b|\barriv(?:ed|e|ing)\b|\bmobili[sz](?:ed|ing)\b|"
     r"\brecruit(?:ed|ing)\b|\bfight(?:ing)?\b|\bgathered\b|\bpositioned\b|\breinforc", "deployment", "deployed"),
    (r"\bdeliver(?:ed|ing)?\b|\bsuppl(?:ied|ying|y)\b|\bprovid(?:ed|ing)\b|\bpledg(?:ed|ing)\b|\btransferr(?:ed|ing)\b|"
     r"\bship(?:ped|ping)\b|\bdonat(?:ed|ing)\b|\breceiv(?:ed|ing)\b", "materiel", "delivered"),
)  # fmt: skip
HEAD_COUNT_MIN: Final = 10  # smallest plain head count of people (no status cue) kept as a claim
_STATUS_RES: Final = tuple((re.compile(p, re.IGNORECASE), kind, label) for p, kind, label in STATUS_CUES)
_STATUS_TWINS: Final = tuple(lowercase_twin(pattern) for pattern, _, _ in _STATUS_RES)  # for the lowercased window
# what each twin's matches begin with: substring tests rule a window out before the twin is tried at each position
_STATUS_STARTS: Final = tuple(leading_literals(twin) for twin in _STATUS_TWINS)
# Words one of which each branch of a status pattern needs somewhere (not at its start), where they rule out more than
# the leading literals do: "in" and "to" open "in hospital" and "in need of", and are in nearly every window.
_STATUS_NEEDED_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "wounded": ("wound", "injur", "hurt", "received", "suffered", "sustained", "hospital"),
    "in need": ("need",),
}


def _fewest_needles(needles: tuple[str, ...]) -> tuple[str, ...]:
    """The needles less each one that holds another (a text holding it holds the other): `may_hold` answers the same."""
    return tuple(
        needle
        for i, needle in enumerate(needles)
        if needle not in needles[:i] and not any(other != needle and other in needle for other in needles)
    )


# what `_status_in` looks for before trying each twin: the needed words, else the leading literals, fewest of them
_STATUS_NEEDLES: Final = tuple(
    None if starts is None else _fewest_needles(_STATUS_NEEDED_WORDS.get(label, starts))
    for starts, (_, _, label) in zip(_STATUS_STARTS, _STATUS_RES, strict=True)
)


def _status_in(text: str) -> tuple[str, str] | None:
    """(kind, label) of the first status cue whose pattern matches `text` (in the order of STATUS_CUES), or None."""
    low = lowered(text)
    for (pattern, kind, label), twin, starts in zip(_STATUS_RES, _STATUS_TWINS, _STATUS_NEEDLES, strict=True):
        if low is None:
            if pattern.search(text):
                return kind, label
        elif (starts is None or may_hold(low, starts)) and twin.search(low):
            return kind, label
    return None


_AGENT_VERBS: Final = (
    r"(?:has\s+|have\s+|had\s+)?(?:moved|sent|deployed|dispatched|amassed|massed|stationed|lost|mobili[sz]ed|"
    r"send|sends|sending|deploy|deploys|deploying|dispatch|dispatches|dispatching|amassing|massing|losing)"
)
# the words between a side and its verb: auxiliaries, modals and adverbs ("North Korea is ready to send", "could
# be sending"), never a verb of saying or a name ("Ukraine said Russia has sent": Russia sends, not Ukraine)
_AGENT_GAP: Final = (
    r"(?:(?:is|are|was|were|will|would|could|can|may|might|must|should|be|been|has|have|had|now|also|already|"
    r"reportedly|allegedly|reported(?=\s+to\b)|expected|ready|preparing|planning|plans?|set|likely|about|going|"
    r"to|further|still|then|[a-z]{2,}ly)\s+){0,3}?"
)


# pieces of text, one of which each verb of `_AGENT_VERBS` holds (the pattern is case-sensitive): a text holding none
# has no agent verb, so `_agent_side` need not scan it for a side at every position
_AGENT_VERB_PIECES: Final = (
    "sent", "send", "deploy", "lost", "losing", "moved", "mass", "dispatch", "stationed", "mobili",
)  # fmt: skip


def _may_name_agent(before: str) -> bool:
    """Whether `before` holds the piece of one of the verbs `_AGENT_VERBS` lists (`_agent_side` matches only then)."""
    for piece in _AGENT_VERB_PIECES:
        if piece in before:
            return True
    return False


def _agent_side(before: str) -> str | None:
    """The side that sends, moves or loses the count the text `before` leads to: "North Korea has sent", "North
    Korea is expected to send", "Russia is losing"; None when none stands as the verb's subject."""
    if not _may_name_agent(before):
        return None
    m = side_regex(r"\b(?P<side>{SIDE})\s+[\"“]?" + _AGENT_GAP + _AGENT_VERBS + r"\s+(?:\w+\s+){0,4}$").search(before)
    side = side_by_form(m.group("side")) if m else None
    return side.adjective if side is not None else None


@dataclass(frozen=True)
class Subject:
    kind: str
    label: str  # "North Korean troops", "Russian troops killed", "tanks destroyed"
    side: str | None  # adjective, e.g. "North Korean"
    category: str


_WHOLE_OF_PART: Final = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds?|thousands?))"
    rf"\s+{PARTITIVE_OF}$",
    re.IGNORECASE,
)


# where a count's clause ends after it: a new clause, or the clause of a part of it ("40 drones were launched, 35 of
# which were shot down": what befell the part did not befall the whole)
_PART_CLAUSE: Final = re.compile(
    r"[;:]|\s[–—]\s|,\s(?:while|but|and)\s|\sand\s+that\s|,\s+(?=(?:(?:about|some|around|nearly|almost|over)\s+)?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?)"
    r"\s+of\s+(?:which|whom|them)\b)",
    re.IGNORECASE,
)


def _may_end_part_clause(after: str) -> bool:
    """Whether `_PART_CLAUSE` may match in `after` (else its split gives `after` whole): each branch holds ";", ":",
    a dash ("–", "—") or a comma, but "\\sand\\s+that\\s", which holds "that" in some case (IGNORECASE: no letter
    but T, H and A lowercases to t, h or a). The pattern, tried at every character, cost ~14K instructions a window."""
    if ";" in after or ":" in after or "," in after or "–" in after or "—" in after:
        return True
    return "that" in after.lower()


# an area counted as the extent of what happens: "in 15 regions", "across 20 oblasts" (the count's qualifier is its own)
AREA_EXTENT_BEFORE: Final = re.compile(r"\b(?:in|across|at|throughout|over)\s+$", re.IGNORECASE)
# a part of the count before it, first or later in the list of parts: "..., including 40 tanks", "..., including
# three command posts and five fuel depots" (the list's items only, no clause of their own, between)
_INCLUDED_PART_BEFORE: Final = re.compile(
    r"\b(?:including|among\s+them)\s+(?:[^;:.!?()]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+))?$", re.IGNORECASE
)
_INCLUDED_REACH: Final = 120  # the most characters read back from a part for "including" and its list


def included_part(sentence: str, rel_start: int) -> int | None:
    """Where "including" (or "among them") begins when the count at `rel_start` is a listed part of the count
    before it, else None."""
    window_start = max(0, rel_start - _INCLUDED_REACH)
    low = lowered(sentence)
    if (
        low is not None
        and low.find("including", window_start, rel_start) < 0
        and low.find("among", window_start, rel_start) < 0
    ):
        return None  # the pattern's words, in a lowercase as long as the sentence, are not in the window
    m = _INCLUDED_PART_BEFORE.search(sentence, window_start, rel_start)
    return m.start() if m is not None else None


# the whole struck before its list of parts: "struck 75 targets overnight, including ..."
_STRUCK_WHOLE: Final = re.compile(
    r"\b(?:struck|strikes|striking|hit|hits|hitting|attacked|engaged)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:\d[\d,.]*|[a-z]+)\s+[^;:.!?]{0,60}$",
    re.IGNORECASE,
)
_COORDINATOR: Final = re.compile(r"(?:,\s*|\s)(?:and|but|or|while)\s|,\s")


def _next_count_clause(between: str) -> int | None:
    """Where the clause of the next count begins in the words between two counts, if it has its own status cue.

    "killed 12 people and wounded 64 others": "wounded" is the second count's verb, so the first count's clause
    ends at "and"; "12 soldiers and 3 officers were killed" has no cue between them: the two share "killed".
    """
    joins = list(_COORDINATOR.finditer(between))
    if not joins:
        return None
    join = joins[-1]
    tail = between[join.end() :]
    return join.start() if _status_in(tail) is not None else None


# where a clause ends before a count: ", and ", ", but ", ", while ", ", whereas ", a semicolon
_CLAUSE_BREAK_BEFORE: Final = re.compile(r",\s(?:and|but|while|whereas)\s|;")


def _clause_before(words: str) -> str:
    """The last clause of `words`: `_CLAUSE_BREAK_BEFORE.split(words)[-1]`, without a split where no comma or
    semicolon can begin a break."""
    if "," not in words and ";" not in words:
        return words
    return _CLAUSE_BREAK_BEFORE.split(words)[-1]


def _holds_of(words: str) -> bool:
    """Whether `words` hold "of" in any case, which `_WHOLE_OF_PART` (IGNORECASE) needs: no letter but o, O, f and F
    matches "o" or "f" without case, so four substring tests rule a search out."""
    return "of" in words or "OF" in words or "Of" in words or "oF" in words


def _window(sentence: str, start: int, end: int, next_start: int | None = None) -> tuple[str, str]:
    """The clause around a count: (the count's own words and the rest of its clause after it, some words before).

    `next_start`: where the sentence's next count begins; a clause of its own before it ends this one's.
    """
    before = _clause_before(sentence[max(0, start - 60) : start])
    if _holds_of(before) and _WHOLE_OF_PART.search(before):
        before = ""  # "shot down 35 of the 50 drones": what befell the part did not befall the whole
    after = sentence[end : end + 90]
    if next_start is not None and next_start - end < 90:
        between = sentence[end:next_start]
        cut = _next_count_clause(between)
        if cut is None and _status_in(between) is not None:
            cut = len(between)  # "30 people were wounded and 12 killed": the status after 12 is 12's own
        if cut is not None:
            after = after[:cut]
    if _may_end_part_clause(after):
        after = _PART_CLAUSE.split(after, 1)[0]
    return sentence[start:end] + " " + after, before  # the count's own words too ("number of abducted ...")


# a part of a count named just before it: "..., including four children", "..., among them 12 women"
_PART_OF_LIST_BEFORE: Final = re.compile(
    r"\d[\d,.]*\b[^.;:!?]*,\s+(?:including|among\s+them|among\s+whom|of\s+whom)\s+"
    r"(?:(?:about|some|around|nearly|almost|over|more\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)


_OWN_CLAUSE_REACH: Final = 80  # the most characters between two counts for the later one's clause to be read alone


def own_clause_lead(sentence: str, rel_start: int, prev_end: int | None) -> str:
    """The words that open a count's own clause after the count before it: "killed 7 people and destroyed at least
    40 houses" gives " and destroyed at least " for the houses; "" when no coordinator (a comma, "and", "but",
    "while") stands between the two counts, as in "7 people and 40 soldiers" read by one verb, or when the two are
    far apart."""
    if prev_end is None or not 0 <= rel_start - prev_end <= _OWN_CLAUSE_REACH:
        return ""
    lead = sentence[prev_end:rel_start]
    return lead if _COORDINATOR.search(lead) else ""


def _status(
    sentence: str,
    count: CountMention,
    rel_start: int,
    rel_end: int,
    next_start: int | None = None,
    prev_end: int | None = None,
) -> tuple[str, str] | None:
    """The status cue nearest the count: in its own words and clause first, then in the words that open its clause
    after the count before it (`prev_end`, relative), then just before it."""
    own, before = _window(sentence, rel_start, rel_end, next_start)
    verb = verb_right_before(before)
    texts: tuple[str, ...] = (verb, own, before) if verb else (own, before)
    lead = own_clause_lead(sentence, rel_start, prev_end)
    if lead and (not verb or _status_in(verb) is None) and _status_in(lead) is not None:
        texts = (own, lead, before)  # "killed 7 people and destroyed 40 houses": "destroyed", not "killed"
    if count.tally or _PART_OF_LIST_BEFORE.search(before):
        # "losses amounted to: personnel - 720,000, tanks - 9,420": the list's head; "the death toll from the
        # strike on the city has risen to 33, including four children": the whole's status, however far back
        texts = (own, before, sentence[max(0, rel_start - 240) : rel_start])
    elif included_part(sentence, rel_start) is not None:
        # "have killed 64,700 troops since the invasion, including 460 over the past day": what befell the whole
        # befell its part
        texts = (*texts, sentence[max(0, rel_start - 240) : rel_start])
    for text in texts:
        found = _status_in(text)
        if found is not None:
            return found
    return None


def _ends_possessive(before: str) -> bool:
    """Whether `before` ends with "'s" or "’s" and whitespace after it, as `\\b(?P<side>{SIDE})['’]s\\s+$` needs
    (`\\s` is `str.isspace`; `$` may stand before a last newline, itself whitespace)."""
    stripped = before.rstrip()
    return len(stripped) < len(before) and (stripped.endswith("'s") or stripped.endswith("’s"))


_RAW_WORDS: Final = re.compile(r"[\w'’.]+")  # the words of a count's raw text that may name a side (compiled once)


def side_of(sentence: str, count: CountMention, rel_start: int) -> str | None:
    """The side named with a count: in its modifiers or noun, or as the agent of a deployment verb."""
    words = _RAW_WORDS.findall(count.raw)
    for width in (2, 1):
        for i in range(len(words) - width + 1):
            side = side_by_form(" ".join(words[i : i + width]))
            if side is not None:
                return side.adjective
    agent = _agent_side(sentence[max(0, rel_start - 120) : rel_start])
    if agent is not None:
        return agent
    before = sentence[max(0, rel_start - 60) : rel_start]
    m = side_regex(r"\b(?P<side>{SIDE})['’]s\s+$").search(before) if _ends_possessive(before) else None
    if m:
        side = side_by_form(m.group("side"))
        return side.adjective if side else None
    return None


def subject_of(
    sentence: str,
    count: CountMention,
    rel_start: int,
    rel_end: int,
    side: str | None,
    next_start: int | None = None,
    prev_end: int | None = None,
) -> Subject | None:
    """The comparable subject of a count, or None when the count is not a claim (people with no cue).

    `next_start`: where the sentence's next count begins (relative), which bounds the clause read for its status;
    `prev_end`: where the sentence's count before it ends (relative), after which its own clause may open.
    """
    group = count.group
    status = _status(sentence, count, rel_start, rel_end, next_start, prev_end)
    pair = respective_pair(sentence, rel_start) if RESPECTIVELY in sentence else None
    if pair is not None:  # "12 and 30 people were killed and injured, respectively": each its own word and subject
        status = (_status_in(pair.word) if pair.word else None) or status
        paired_side = side_by_form(pair.subject) if pair.subject else None
        side = paired_side.adjective if paired_side is not None else side
    category = group.category
    if category == OPEN_CATEGORY:
        return _open_subject(count, status, side)
    if category == "territory":  # settlements, villages: a claim only when taken, freed, held, hit or flooded
        own, before = _window(sentence, rel_start, rel_end, next_start)
        label = territory_status(own, before)
        if label is None and included_part(sentence, rel_start) is not None:
            # "liberated 600 settlements ..., including 75 in Kherson region": the part befell what the whole did
            label = territory_status("", sentence[max(0, rel_start - 240) : rel_start])
        return Subject("territory", f"{group.label} {label}", side, category) if label else None
    if category == "areas" and not AREA_EXTENT_BEFORE.search(sentence, max(0, rel_start - 12), rel_start):
        return None  # "annexed four regions" is territory, "in four regions" the extent of a report
    if (
        category == "buildings"
        and status is None
        and (struck_before(sentence[max(0, rel_start - 40) : rel_start]) or _struck_whole(sentence, rel_start))
    ):
        return Subject("damage", f"{group.label} hit", side, category)  # "struck about 1,600 targets"
    if category == "buildings" and status == ("casualties", "casualties") and _lost_facility(sentence, rel_start):
        return Subject("damage", f"{group.label} destroyed", side, category)  # "the enemy lost 2 ammunition depots"
    if (
        category == "buildings"
        and status is None
        and _REPAIRED_BEFORE.search(sentence, max(0, rel_start - 40), rel_start)
    ):
        return Subject("repair", f"{group.label} repaired", side, category)  # "had restored 375 facilities"
    if category == "buildings":
        # houses and schools are a claim only when something befell them: "over 30 houses were damaged", "600
        # houses in the city were flooded"
        if status is None or status[1] not in {"destroyed", "damaged"}:
            own, before = _window(sentence, rel_start, rel_end, next_start)
            if territory_status(own, before) == "flooded":
                return Subject("damage", f"{group.label} flooded", side, category)
            state = service_state(own)  # "only 20 of the 89 hospitals were functioning": the part and the whole
            if state is not None:
                return Subject("damage", f"{group.label} {state}", side, category)
            return None
        return Subject("damage", f"{group.label} {status[1]}", side, category)
    if category == "people" and (status is None or status[1] in {"destroyed", "delivered", "damaged"}):
        # people with no cue of what happened to them: a plain head count ("860,000 people"); a handful of people
        # ("three girls", "one man") is narrative, not an estimate
        if max(count.low or 0, count.high or 0) < (group.min_count or HEAD_COUNT_MIN):
            return None
        return Subject("count", _with_side(side, _people_noun(group)), side, category)
    if category == "people" and status and status[0] == "humanitarian":
        return Subject("humanitarian", _with_side(side, "people in need"), side, category)
    if (
        category == "personnel"
        and status == ("materiel", "destroyed")
        and _DESTROYED_BEFORE.search(sentence, max(0, rel_start - 40), rel_start)
    ):
        status = ("casualties", "killed")  # "the Defense Forces destroyed 1,250 occupiers": killed, as translated
    if (
        category in {"personnel", "people", "formations"}
        and status
        and status[0] in {"casualties", "detention", "displacement", "rescue"}
    ):
        kind, label = status
        noun = (
            "troops"
            if category in {"personnel", "formations"}
            else ("civilians" if "civilian" in count.unit else "people")
        )
        text = f"{noun} {label}" if label != "prisoners" else ("prisoners" if noun != "troops" else "troops captured")
        if kind == "displacement":
            text = "people displaced"
        return Subject(kind, _with_side(side, text), side, category)
    if category == "people" and group.label != "people":  # "500 doctors were sent": doctors, not troops
        return Subject("deployment", _with_side(side, group.label), side, category)
    if category in {"personnel", "people"}:
        return Subject("deployment", _with_side(side, "troops"), side, "personnel")
    if category == "formations":
        return Subject("deployment", _with_side(side, count.unit), side, category)
    if category == "casualties":
        return Subject("casualties", _with_side(side, group.label), side, category)
    if category == "materiel":
        label = group.label
        if status and status[0] == "materiel":
            label = f"{label} {status[1]}"
        return Subject("materiel", _with_side(side, label), side, category)
    return Subject(group.kind, _with_side(side, group.label), side, category)


# what befalls the things an open noun counts and names their claim's kind ("damaged 31 canals": damage), with the
# status word its label takes; other cues (a delivery, a deployment) say nothing of an unknown noun
_OPEN_STATUS_KINDS: Final = {"destroyed": "damage", "damaged": "damage", "killed": "casualties",
                             "wounded": "casualties", "missing": "casualties", "rescued": "rescue",
                             "displaced": "displacement"}  # fmt: skip


def _open_subject(count: CountMention, status: tuple[str, str] | None, side: str | None) -> Subject | None:
    """The subject of a count of a noun outside the vocabulary (`open_nouns`): its noun phrase and what befell it
    ("canals damaged"), or the plain noun phrase when nothing did and the count is no handful ("39 combat
    missions"; "two options" is narrative)."""
    label = count.group.label
    kind = _OPEN_STATUS_KINDS.get(status[1]) if status is not None else None
    if kind is not None and status is not None:
        return Subject(kind, _with_side(side, f"{label} {status[1]}"), side, OPEN_CATEGORY)
    if max(count.low or 0, count.high or 0) < HEAD_COUNT_MIN:
        return None
    return Subject(OPEN_KIND, _with_side(side, label), side, OPEN_CATEGORY)


# a loss said of what was held: "the enemy lost two ammunition depots", "losses: 4 tanks, 3 ammunition depots"
_LOST_BEFORE: Final = re.compile(r"\b(?:lost|losses|losing)\b", re.IGNORECASE)
_LOST_REACH: Final = 120  # characters before a count in which its loss word is looked for


# a verb of repair right before a count of buildings, at most a qualifier between: "have repaired more than 3,500
# apartment buildings", "restored 375 facilities" (what was done to them, as "damaged" is)
_REPAIRED_BEFORE: Final = re.compile(
    r"\b(?:repair(?:ed|ing)|restor(?:ed|ing)|rebuil[td]|rebuilding|reconstruct(?:ed|ing))\s+"
    r"(?:(?:about|over|around|almost|nearly|some|another|more\s+than|at\s+least|up\s+to)\s+)?$",
    re.IGNORECASE,
)


def _lost_facility(sentence: str, rel_start: int) -> bool:
    """Whether a loss word comes before the facility counted at `rel_start` (a loss of it is its destruction)."""
    return _LOST_BEFORE.search(sentence, max(0, rel_start - _LOST_REACH), rel_start) is not None


def _struck_whole(sentence: str, rel_start: int) -> bool:
    """Whether the count at `rel_start` is a listed part of a whole that was struck ("struck 75 targets, including
    two command posts and six depots"): what befell the whole befell its parts."""
    including = included_part(sentence, rel_start)
    return including is not None and _STRUCK_WHOLE.search(sentence, max(0, including - 90), including) is not None


# "destroyed" right before a count of personnel, at most a qualifier between ("destroyed over 1,200 occupiers")
_DESTROYED_BEFORE: Final = re.compile(
    r"\bdestroy(?:ed|ing|s)?\s+(?:(?:about|over|around|almost|nearly|some|another|"
    r"more\s+than|at\s+least|up\s+to)\s+)?$",
    re.IGNORECASE,
)


def _people_noun(group: CountedGroup) -> str:
    """What a plain head count counts: people, or the trade the noun names ("professors")."""
    return group.label if group.label != "people" else "people"


def _with_side(side: str | None, text: str) -> str:
    return f"{side} {text}" if side else text
