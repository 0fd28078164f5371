"""Commitments and deliveries: a government or official that will give, send or supply something claims it with no
verb of saying ("Germany will send 20 tanks"), and the list of an announced package ("The package includes 60
boats") is its announcer's.
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.actors import resolve_actor
from claimtrack.extraction.document_context import Attribution, Context
from claimtrack.extraction.prefilter import (
    StartScan,
    ascii_words,
    holds_gate,
    lowered,
    may_hold,
    search_lowered,
    trie_alternation,
    word_gate,
)
from claimtrack.extraction.sentences import Sentence
from claimtrack.records import ActorRef

# "The UK plans to give ... 400 vehicles", "Germany will send 20 tanks", "The Ministry of Defence will also send":
# a government's stated commitment is its claim
_COMMITMENT: Final = re.compile(
    r"(?:^|,\s+)(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.'’-]*){0,3})\s+(?:also\s+)?"
    r"(?:will|plans\s+to|is\s+to|"
    r"intends\s+to|(?:has\s+)?pledged\s+to|(?:has\s+)?promised\s+to|(?:has\s+)?agreed\s+to|is|are)\s+(?:also\s+)?"
    r"(?:give|giving|send|sending|provide|providing|supply|supplying|deliver|delivering|donate|donating)\b"
)


# `_COMMITMENT` after a comma: where the pattern can match but at the sentence's start. Its opening branch
# (?:^|,\s+) gives the engine no character to skip ahead with, so the whole pattern was tried at every position
_COMMITMENT_OPENING: Final = r"(?:^|,\s+)"
if not _COMMITMENT.pattern.startswith(_COMMITMENT_OPENING):
    raise ValueError("_COMMITMENT must open with (?:^|,\\s+) (`_COMMITMENT_AFTER_COMMA`)")
_COMMITMENT_AFTER_COMMA: Final = re.compile(r",\s+" + _COMMITMENT.pattern.removeprefix(_COMMITMENT_OPENING))


def _commitment_search(text: str) -> re.Match[str] | None:
    """`_COMMITMENT.search(text)`: `^` matches only at 0, so a match elsewhere starts at a comma."""
    return _COMMITMENT.match(text) or _COMMITMENT_AFTER_COMMA.search(text)


# "The package includes 60 boats", "It also includes ...", "There will also be 400 vehicles": a list of what a
# delivery announced just before holds; the announcer claims it
_PACKAGE_LIST: Final = re.compile(
    r"^(?:(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:package|tranche|aid|assistance|delivery|shipment|"
    r"consignment|batch|pledge)\s+|it\s+|this\s+)(?:also\s+)?(?:includes?|included|will\s+include|contains?|"
    r"comprises?|consists\s+of)\b|^there\s+will\s+(?:also\s+)?be\b|^(?:also\s+)?included\s+(?:are|were|is)\b",
    re.IGNORECASE,
)
# how a `_PACKAGE_LIST` match opens, in lowercase: the/this/that/their ("th"), its/it ("it"), also, included, there
_PACKAGE_LIST_OPENINGS: Final = ("th", "it", "also", "included")
_DELIVERY_WORDS: Final = ("send", "sending", "sent", "give", "giving", "provide", "providing", "supply", "supplying",
                          "deliver", "delivering", "donate", "donating", "package", "tranche", "aid", "assistance",
                          "delivery")  # fmt: skip
_DELIVERY: Final = re.compile(rf"\b(?:{'|'.join(_DELIVERY_WORDS)})\b", re.IGNORECASE)
# its lowercase twin, scanned from one non-word character to the next (the words begin and end with letters)
_DELIVERY_SCAN: Final = StartScan(rf"{trie_alternation(_DELIVERY_WORDS)}(?!\w)", r"\w")
PACKAGE_REACH: Final = 3  # sentences after an announced delivery in which its list may follow


def _supplier(spoken: list[tuple[ActorRef, Sentence]], index: int) -> ActorRef | None:
    """Who announced a delivery in the last sentence with a speaker that announced one, if it is at most
    PACKAGE_REACH sentences before sentence `index` (asked only where a package's list follows)."""
    for claimant, sentence in reversed(spoken):
        if index - sentence.index > PACKAGE_REACH:
            return None  # the last announcement, if any, is further back
        if _announces_delivery(sentence.text):
            return claimant
    return None


def _lists_package(text: str) -> bool:
    """Whether a sentence opens as the list of an announced delivery ("The package includes ..."); the pattern is
    matched only where the lowercased sentence opens as one of its branches does (`_PACKAGE_LIST_OPENINGS`)."""
    low = lowered(text)
    if low is not None and not low.lstrip().startswith(_PACKAGE_LIST_OPENINGS):
        return False
    return _PACKAGE_LIST.match(text.lstrip()) is not None


def _announces_delivery(text: str) -> bool:
    """Whether a sentence speaks of sending or giving something (a package, aid, weapons)."""
    low = lowered(text)
    if low is not None and not _may_name_a_delivery(low):
        return False
    return search_lowered(_DELIVERY, _DELIVERY_SCAN, text)


# every delivery word but "aid" holds one of these; "aid" as a word is not the end of "said", "raid", "paid", "laid"
_DELIVERY_STEMS: Final = (
    "send",
    "sent",
    "giv",
    "provid",
    "suppl",
    "deliver",
    "donat",
    "package",
    "tranche",
    "assistance",
)
_AID_ENDINGS: Final = ("said", "raid", "paid", "laid")


def _may_name_a_delivery(low: str) -> bool:
    """A necessary condition for `_DELIVERY` in the lowercased text: substring tests, no scan. Each "said" (etc.)
    holds one "aid", so a whole word "aid" makes "aid" more frequent than those words together."""
    if may_hold(low, _DELIVERY_STEMS):
        return True
    aids = low.count("aid")
    return aids > 0 and aids > sum(low.count(word) for word in _AID_ENDINGS)


# every verb `_COMMITMENT` ends with holds one of these (the pattern is case-sensitive)
_COMMITMENT_STEMS: Final = ("giv", "send", "provid", "suppl", "deliver", "donat")


def _commitment(sentence: Sentence, ctx: Context) -> Attribution | None:
    """A government or official committing to give something speaks for itself (no verb of saying needed)."""
    if not _may_commit(sentence.text):
        return None
    m = _commitment_search(sentence.text)
    if m is None:
        return None
    actor = resolve_actor(m.group("who"), ctx.persons)
    if actor is None or actor.kind not in {"organisation", "person"}:
        return None
    start = m.start("who")
    return Attribution(actor, None, None, "a commitment it announced", [(start, start + len(m.group("who")))])


# the verbs `_COMMITMENT` closes with, each a whole word (whitespace before it, `\b` after it)
_COMMITMENT_VERB_GATE: Final = word_gate(
    ascii_words(
        (
            "give",
            "giving",
            "send",
            "sending",
            "provide",
            "providing",
            "supply",
            "supplying",
            "deliver",
            "delivering",
            "donate",
            "donating",
        )
    )  # fmt: skip
)


def _may_commit(text: str) -> bool:
    """Whether `_COMMITMENT` can match: one of its verbs is a run of letters of the text (a bit of its word mask,
    kept per sentence), or, where `lowered` cannot vouch for the text, it holds the stem of one (substring tests)."""
    low = lowered(text)
    if low is not None:
        return holds_gate(low, _COMMITMENT_VERB_GATE)
    for stem in _COMMITMENT_STEMS:
        if stem in text:
            return True
    return False
