"""A sentence without a speaker of its own that its neighbour gives one: the next sentence points back to it ("The
ministry informed about it."), it is in the reportative or goes on with the report before it ("Four civilians were
killed."), lists on from a tally, or gives the figures the sentence before announced ("X gave these figures").
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.actors import resolve_actor
from claimtrack.extraction.attribution import DENIAL_VERBS
from claimtrack.extraction.confidence import CARRIED_FROM_BEFORE
from claimtrack.extraction.count_phrases import CountMention
from claimtrack.extraction.document_context import Attribution, Context, _Reading
from claimtrack.extraction.follow_on import authorless_source, continues_report
from claimtrack.extraction.lexicons import SOURCING_PARTICIPLES
from claimtrack.extraction.list_issuers import FIGURES_AHEAD_WORDS, points_to_figures_ahead
from claimtrack.extraction.numbers import UNITS
from claimtrack.extraction.prefilter import (
    ascii_words,
    holds_gate,
    lowered,
    sentence_has_digit,
    word_gate,
    word_start_scan,
)
from claimtrack.extraction.quantities import find_counts
from claimtrack.extraction.quote_layouts import counts_part_of_previous

# a sentence that only points back at what the one before reported: "The ministry informed about it.", "This was
# reported by the ministry."
_POINTER_OPENING_BRANCHES: Final = (
    r"^(?:this|it|that)\s+(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:reported|announced|stated|confirmed|said|"
    r"written|communicated)\s+by\b"
    # "This is stated in the resolution adopted by X": the document of a body, which it adopted
    r"|^(?:this|it)\s+(?:is|was)\s+(?:stated|said|noted)\s+in\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|resolution|declaration|communiqu[eé]|document)\b[^.;]{0,160}?\s(?:adopted|issued|published|signed)\s+by\b"
)
# the other branches, each after \b
_POINTER_WORD_BRANCHES: Final = (
    r"(?:informed|reported|announced|wrote|confirmed|communicated)\s+(?:about\s+)?(?:it|this|that)\s*[.!]?\s*$",
    # "X made the statement during a meeting on 7 May": the words of the sentence before (not "made the claim that")
    r"made\s+(?:the|this|these|those)\s+(?:statements?|remarks|comments)\b(?!\s+that\b)",
    # "X said this at a joint briefing in Kyiv on Tuesday": not "said this was a mistake" (a clause of its own)
    r"(?:said|stated|wrote|announced|declared|noted|stressed|emphasi[sz]ed)\s+(?:this|so)"
    r"(?=\s*[,.;]|\s+(?:at|in|on|during|while|when|after|before|to|via|from|as|speaking)\b)",
)
_POINTER_RELAY: Final = re.compile(
    _POINTER_OPENING_BRANCHES + "".join(r"|\b" + branch for branch in _POINTER_WORD_BRANCHES), re.IGNORECASE
)
# `_POINTER_RELAY` in two: its branches that open the text, matched there, and the others, found from word start to
# word start (a search of the whole pattern tried its branches at every character)
_POINTER_OPENING: Final = re.compile(_POINTER_OPENING_BRANCHES, re.IGNORECASE)
_POINTER_WORD_SCAN: Final = word_start_scan(
    re.compile(r"\b(?:" + "|".join(_POINTER_WORD_BRANCHES) + ")", re.IGNORECASE)
)


def _points_back(text: str) -> bool:
    """`_POINTER_RELAY.search(text) is not None`: its opening branches matched at 0, its others scanned for."""
    return _POINTER_OPENING.match(text) is not None or next(_POINTER_WORD_SCAN.finditer(text), None) is not None


# a sentence that gives the source of the figures of the sentence before: "The figure was given by the State
# Emergency Service.", "These numbers were released on Monday by X", "The figures come from X"
_DOCUMENT_GIVEN_BY: Final = re.compile(
    r"[\s\W]*(?:the|this|that|these|those)\s+(?:latest\s+|new\s+|official\s+)?"
    r"(?:figures?|numbers?|toll|data|count|tally|estimates?|statistics)\s+"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    rf"(?:{'|'.join(SOURCING_PARTICIPLES)}|reported|announced|confirmed|released)\s+"
    r"(?:(?:on|last|this|earlier|today|yesterday)(?:\s+\w+){0,2}?\s+)?by|(?:come|comes|came)\s+from)\s+"
    r"(?P<who>[^,;:]{2,80}?)\s*[.!]?\s*$",
    re.IGNORECASE,
)


def _document_given_by(text: str, ctx: Context) -> Attribution | None:
    """The source a sentence names for the figures before it: "The figure was given by the State Emergency Service."
    gives the service (and `_attribute_reported_neighbours` carries it back); None for other sentences."""
    if " by " not in text and " from " not in text:
        return None
    m = _DOCUMENT_GIVEN_BY.match(text)
    actor = resolve_actor(m.group("who"), ctx.persons) if m is not None else None
    return None if actor is None else Attribution(actor, None, None, None, [])


# what `_POINTER_RELAY` opens with (its first branch) or ends with (its second)
_POINTER_WORDS: Final = ("this", "it", "that")
# what its third branch holds, or its fourth (its verbs end in d)
_POINTER_NEEDLES: Final = (" made th", "d this", "d so")


def _may_point_back(text: str) -> bool:
    """A necessary condition for `_POINTER_RELAY`: the text opens with 'this', 'it' or 'that', ends with one
    of them before spaces and a full stop or '!', or holds " made th", "d this" or "d so" (no scan); True where
    `lowered` cannot tell."""
    low = lowered(text)
    if low is None or low.startswith(_POINTER_WORDS) or any(part in low for part in _POINTER_NEEDLES):
        return True
    return low.rstrip().rstrip(".!").rstrip().endswith(_POINTER_WORDS)


# the reportative of copy translated from Polish ("miała stracić"): "the army was to lose 166,000 soldiers" reports
# what the sentence before's speaker said; not "was to take place", "were to be"
_REPORTATIVE: Final = re.compile(
    r"\b(?:was|were)\s+(?:also\s+|allegedly\s+|reportedly\s+)?to\s+(?:have\s+)?(?!(?:be|take|become|start|begin|"
    r"meet|visit|arrive|hold|come|go|leave|travel|attend|sign|vote|decide)\b)[a-z]+"
)
# from word start to word start: no \b tried at every character
_REPORTATIVE_SCAN: Final = word_start_scan(_REPORTATIVE)


# "a convoy which was to evacuate", "if it were to attack", "where he was to appear", "its purpose was to": a
# relative clause, a condition or a copula, not a report
_RELATIVE_OR_IF_BEFORE: Final = re.compile(
    r"\b(?:(?:which|who|that|where|when|if)\s+(?:\w+\s+){0,3}?|(?:purpose|aim|goal|task|plan|idea|intention|"
    r"objective|mission|role|job)\s+)$",
    re.IGNORECASE,
)


# what every `_REPORTATIVE` match opens with (the pattern is case-sensitive)
_REPORTATIVE_AUXILIARIES: Final = ("was", "were")


def _reportative(text: str) -> bool:
    """Whether a main clause of `text` is in the reportative ("the army was to lose"), not a relative or a
    conditional clause.

    The matches are those `_REPORTATIVE_SCAN.finditer(text)` gives: the pattern is matched at each "was" and "were"
    (found by `str.find`; every match opens with one) in order, from where the last match ended on, as `finditer`
    goes on, instead of a scan from every start of a word."""
    if " to " not in text:
        return False
    starts = _occurrences(text, _REPORTATIVE_AUXILIARIES)
    done = 0  # where the last match ended
    for at in starts:
        if at < done:
            continue
        m = _REPORTATIVE.match(text, at)
        if m is None:
            continue
        if _RELATIVE_OR_IF_BEFORE.search(text, max(0, at - 40), at) is None:
            return True
        done = m.end()
    return False


def _occurrences(text: str, needles: tuple[str, ...]) -> list[int]:
    """Where each of `needles` is written in `text` (overlaps included), in order."""
    found: list[int] = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1)
    found.sort()
    return found


# a sentence that goes on with the one before it, in its words: the outcome, or a part of what it counted
# an additive opener, then a list of counts: "Also, the defenders destroyed 2,577 tanks (+7), 5,256 ..."
_ADDITIVE_OPENER: Final = re.compile(
    r"\s*(?:also|in\s+addition|additionally|besides|moreover|furthermore)\b\s*,?", re.IGNORECASE
)
MIN_LISTED_COUNTS: Final = 3


def _list_goes_on(text: str, previous: str) -> bool:
    """Whether a sentence opens with an additive word and lists three or more counts (as read, not a day's change)
    after a sentence that counted too: a tally going on from the sentence before, with its source. Digits before
    any word ("2 people died on 3 roads") are no list, and a sentence without counts has no list to go on."""
    if _ADDITIVE_OPENER.match(text) is None or not _own_counts(previous):
        return False
    return len(_own_counts(text)) >= MIN_LISTED_COUNTS


def _own_counts(text: str) -> list[CountMention]:
    """The counts read in a sentence, without the daily changes beside them ("(+7)")."""
    return [c for c in find_counts(text) if not c.daily_change]


_CONSEQUENCE_OPENER: Final = re.compile(
    r"[\s\W]*(?:as\s+a\s+(?:result|consequence)|of\s+(?:them|those|these|whom)|(?:among|of)\s+(?:them|those|the\s+"
    r"(?:dead|victims|killed|injured|wounded))|in\s+total|altogether)\b",
    re.IGNORECASE,
)

# a count whose noun is left out, opening the sentence: "Three were pulled out alive.", "12 have since died": what
# it counts is only in the sentence before, so it goes on with that sentence's report; so does one that adds to or
# picks from that count: "Another 300 or so have asked to leave", "Another 30,000 people have been injured", "Of
# these, 1,956 have been killed"
_ELLIPTICAL_COUNT_OPENER: Final = re.compile(
    r"[\s\W]*(?:(?:another|a\s+further|of\s+(?:these|them|those),?)\s+(?:(?:about|some|around|nearly|almost|over|"
    r"more\s+than|at\s+least)\s+)?)?"
    r"(?:\d[\d,]*|" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")(?:\s+(?:or\s+so|more|others|people))?"
    r"\s+(?:of\s+them\s+)?(?:were|was|are|have|has|had|remain|remained|died|survived)\b",
    re.IGNORECASE,
)


def _attribute_reported_neighbours(readings: list[_Reading]) -> None:
    """A sentence without a speaker that the next one points back to ("The ministry informed about it.") is that
    speaker's; one in the reportative after a sentence with a speaker ("The army was to lose 166,000 soldiers")
    is the same speaker's, and so is one going on with its report (`_follows_on`, the openers below), unless the
    speaker denied: "X denied striking the market. 16 people were killed." is no toll of X's."""
    for k in range(1, len(readings)):
        previous, reading = readings[k - 1], readings[k]
        if reading.sentence.paragraph - previous.sentence.paragraph > 1:
            continue
        source = (
            previous.attribution if previous.attribution is not None and not _denies(previous.attribution) else None
        )  # the speaker a sentence going on with this one may take
        if (
            previous.attribution is None
            and reading.attribution is not None
            and reading.attribution.resolved_from is None
            and (
                _may_point_back(reading.sentence.text)
                and _points_back(reading.sentence.text)
                or reading.attribution.cue is None
                and _DOCUMENT_GIVEN_BY.match(reading.sentence.text)
            )
        ):
            a = reading.attribution
            previous.attribution = Attribution(a.claimant, a.relay, None, "pointed back to", [])
            previous.date_from = reading
        elif reading.attribution is None and source is not None and _reportative(reading.sentence.text):
            reading.attribution = Attribution(source.claimant, source.relay, None, "reportative", [])
        elif (
            reading.attribution is None
            and source is not None
            and reading.sentence.paragraph == previous.sentence.paragraph
            and (
                _CONSEQUENCE_OPENER.match(reading.sentence.text)
                or _ELLIPTICAL_COUNT_OPENER.match(reading.sentence.text)
                or counts_part_of_previous(reading.sentence.text)
            )
        ):  # "Defences downed 57 of them."
            # "X said 40 rockets hit the town. As a result, two people died.": X's too
            reading.attribution = Attribution(source.claimant, source.relay, None, CARRIED_FROM_BEFORE, [])
        elif (
            reading.attribution is None
            and source is not None
            and _list_goes_on(reading.sentence.text, previous.sentence.text)
        ):
            # "According to X, ... 320 persons. Also, 2,577 tanks (+7), 5,256 ...": X's list
            reading.attribution = Attribution(source.claimant, source.relay, None, CARRIED_FROM_BEFORE, [])
        elif (
            reading.attribution is None
            and source is not None
            and not reading.cues
            and _given_after(previous.sentence.text, reading.sentence.text)
        ):
            # "The ministry gave these figures on Friday. Velnian forces lost 420 soldiers.": the ministry's
            reading.attribution = Attribution(source.claimant, source.relay, None, CARRIED_FROM_BEFORE, [])
            reading.date_from = previous
        elif source is not None and _follows_on(readings, k):
            # "X said shelling hit the town. Four civilians were killed.": X's toll
            reading.attribution = Attribution(source.claimant, source.relay, None, CARRIED_FROM_BEFORE, [])


_FIGURES_AHEAD_GATE: Final = word_gate(ascii_words(FIGURES_AHEAD_WORDS))


def _given_after(previous: str, text: str) -> bool:
    """Whether a sentence with a digit gives the figures the sentence before it said were put out ("X gave these
    figures on Friday."); the word gate spares every other sentence the pattern."""
    if not sentence_has_digit(text):
        return False
    low = lowered(previous)
    if low is not None and not holds_gate(low, _FIGURES_AHEAD_GATE):
        return False
    return points_to_figures_ahead(previous)


def _denies(attribution: Attribution) -> bool:
    """Whether the speaker's verb of saying denies ("denied", "rejected"): what follows is not their report."""
    return attribution.cue is not None and attribution.cue.verb in DENIAL_VERBS


def _follows_on(readings: list[_Reading], k: int) -> bool:
    """Whether the sentence `k`, without a speaker, cue or quote, goes on with the report of the sentence before
    it (`continues_report`): in the same paragraph, or alone in the next one after a sentence with a verb of
    saying of its own."""
    previous, reading = readings[k - 1], readings[k]
    a = previous.attribution
    if a is None or reading.attribution is not None or reading.quotes:
        return False
    authorless = (
        bool(reading.cues) and all(cue.is_source for cue in reading.cues) and authorless_source(reading.sentence.text)
    )  # "According to the latest data, ...": the speaker before's
    if reading.cues and not authorless:
        return False
    gap = reading.sentence.paragraph - previous.sentence.paragraph
    if gap == 1:
        alone = k + 1 == len(readings) or readings[k + 1].sentence.paragraph != reading.sentence.paragraph
        if a.cue is None or not alone:
            return False
    elif gap != 0:
        return False
    return authorless or continues_report(reading.sentence.text)
