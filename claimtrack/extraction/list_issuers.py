"""The issuer a tally's title, lead or label line names without a verb of saying.

A table of figures republished from a body names that body on the line above its items, not in a sentence with
"said": "Border Service of Moldova: crossings from 1 to 7 June", "The figures of the Health Ministry as of 3 May:",
"Source: Regional Military Administration", "Data: International Organization for Migration, as of 2 April". The
items below such a line are the body's. A line naming no body ("Our count so far:") leaves the list in the outlet's
own voice; the caller resolves the words against the lexicon and keeps only a known organisation.
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.prefilter import ascii_words, holds_gate, lowered, word_gate

# what closes a body's name on a label line: a comma, a bracket, "as of", "for", "on", "from" and a date, a colon
_NAME_END: Final = r"(?=\s*(?:[,(;:]|\s(?:as\s+of|for|on|from|over|since|at)\s|$))"
# a body's name: capitalised words, or the small words that join them ("Ministry of Health of the Republic")
_NAME: Final = r"(?:the\s+)?(?P<who>(?-i:[A-Z])[\w'’.&-]*(?:\s+(?:of|the|and|for|in|on|(?-i:[A-Z])[\w'’.&-]*))*?)"
# "Source: X", "Sources: X", "Data: X", "Figures: X", "Compiled by: X": a label naming where the figures come from
_SOURCE_LABEL: Final = re.compile(
    rf"(?:sources?|data|figures|statistics|compiled\s+by|data\s+source)\s*:\s*{_NAME}{_NAME_END}", re.IGNORECASE
)
_SOURCE_WORDS: Final = frozenset({"source", "sources", "data", "figures", "statistics", "compiled by", "data source"})
# "X: combat losses of the enemy ...", "X: the figures as of 5 March": a name before a colon at the line's start
_NAME_LABEL: Final = re.compile(rf"{_NAME}\s*:\s+\S")
# "The figures of the X as of ...:", "Data from X:", "Losses according to the latest figures by X:"
_FIGURES_OF: Final = re.compile(
    rf"\b(?:figures|data|statistics|numbers|tally|count|estimates?)\s+(?:of|from|by|released\s+by|published\s+by|"
    rf"provided\s+by)\s+{_NAME}{_NAME_END}",
    re.IGNORECASE,
)
# a cheap test before the patterns: a label's colon, or a word of figures
_NEEDLES: Final = ("figures", "data", "statistics", "numbers", "tally", "count", "estimate")
# the nouns `_FIGURES_OF` opens with, each a whole word (`\b` before it, whitespace after it)
_FIGURES_GATE: Final = word_gate(
    ascii_words(("figures", "data", "statistics", "numbers", "tally", "count", "estimate", "estimates"))
)
_LINE_REACH: Final = 160  # a longer line is a paragraph, not a title or a label


# the documents whose figures a lead may point back to
DOCUMENT_NOUNS: Final = ("report", "update", "bulletin", "briefing", "summary", "study", "survey", "assessment")
# a lead pointing back to a document already named: "Key figures from the report:", "The main numbers of the update:"
_FROM_THE_DOCUMENT: Final = re.compile(
    r"(?:(?:the\s+)?(?:key|main|latest|headline|other)\s+)?(?:figures|data|numbers|statistics|findings|highlights)\s+"
    r"(?:from|of|in)\s+(?:the|this|that|its)\s+(?:(?:latest|new|daily|weekly|same)\s+)?"
    rf"(?P<noun>{'|'.join(DOCUMENT_NOUNS)})\s*:",
    re.IGNORECASE,
)


def document_pointed_to(line: str) -> str | None:
    """The document a lead line gives figures from, when it points back to one named before ("Key figures from the
    report:" -> "report"): its issuer is whoever spoke of that document."""
    m = _FROM_THE_DOCUMENT.fullmatch(line.strip())
    return m.group("noun").lower() if m is not None else None


def source_label_issuer(line: str) -> str | None:
    """The words a "Source: X" or "Data: X" label line names as the figures' issuer, or None."""
    line = line.strip().lstrip("*#•-–— ").strip()
    if len(line) > _LINE_REACH or ":" not in line:
        return None
    m = _SOURCE_LABEL.match(line)
    return m.group("who") if m is not None else None


def named_issuer(text: str) -> str | None:
    """The words naming who issued the figures of a title, lead or label line ("Source: Ministry of Defence" ->
    "Ministry of Defence"), or None when the line names nobody that way."""
    line = text.strip().lstrip("*#•-–— ").strip()
    if not line or len(line) > _LINE_REACH:
        return None
    head = line.find(":")
    if 0 < head:
        m = _SOURCE_LABEL.match(line)
        if m is None and line[:head].strip().lower() not in _SOURCE_WORDS:  # "Source: our reporters": nobody
            m = _NAME_LABEL.match(line)
        if m is not None:
            return m.group("who")
    if _may_name_figures(text, line):
        m = _FIGURES_OF.search(line)
        if m is not None:
            return m.group("who")
    return None


def _may_name_figures(text: str, line: str) -> bool:
    """A necessary condition for `_FIGURES_OF` in `line`, `text` stripped: one of its nouns
    as a whole run of letters, a bit of the word mask `text` (most often a sentence) has already (where `lowered`
    cannot vouch for it, the needles as substrings, as before); "count" and "data" are also parts of "country" and
    "update", which let the search run over most lines."""
    lowered_text = lowered(text)
    if lowered_text is None:
        low = line.lower()
        return any(n in low for n in _NEEDLES)
    return holds_gate(lowered_text, _FIGURES_GATE)


# what a sentence before a list's lead names when it says figures were put out: "The General Staff published its
# daily update on Monday.", "The administration released new figures."
_FIGURES_NOUN: Final = re.compile(
    r"\b(?:report|update|bulletin|briefing|summary|figures|data|numbers|statistics|tally|breakdown|table|list)s?\b",
    re.IGNORECASE,
)
# a subject putting figures out, and what it puts out: "The administration published the following breakdown",
# "The ministry released these figures on Monday"
_PUBLISHES: Final = (
    r"(?P<who>(?:[Tt]he\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,7}?)\s+(?:has\s+|have\s+)?(?:just\s+|now\s+|also\s+)?"
    r"(?:published|released|issued|posted|gave|provided|shared|put\s+out|updated)\s+"
    r"(?P<what>(?:the\s+following|its|their|his|her|a|an|the|these|new)\b[^:]{0,80}):"
)
# a lead whose subject puts the list out: "The administration published the following breakdown:"
_PUBLISHED_LEAD: Final = re.compile(_PUBLISHES)
# the figures after the colon, in the same sentence: "The air force gave a detailed breakdown: 210 missiles and
# drones in total, of which 104 were shot down"
_PUBLISHED_INLINE: Final = re.compile(_PUBLISHES + r"\s+(?=[^.;]*\d)")


# a lead that goes on from the figures of the sentence before it ("X recorded 900 casualties. This included:",
# "Among them:", "Of these:"): the list breaks those figures down, so it is their speaker's
_FOLLOW_ON_LEAD: Final = re.compile(
    r"(?:(?:this|these|that|those|they|it)\s+(?:also\s+)?(?:included?|includes|comprised?|comprises)|"
    r"(?:among|of)\s+(?:them|these|those)|including|(?:the\s+)?breakdown)\s*:",
    re.IGNORECASE,
)


def goes_on_from_figures(line: str) -> bool:
    """Whether a lead line breaks down the figures of the sentence before it ("This included:", "Of these:")."""
    return _FOLLOW_ON_LEAD.fullmatch(line.strip()) is not None


def speaks_of_figures(sentence: str) -> bool:
    """Whether a sentence names a document or figures ("published its daily update", "released the figures"): the
    sentence before a lead that names no issuer may say whose the list is."""
    return _FIGURES_NOUN.search(sentence) is not None


def lead_publisher(line: str) -> str | None:
    """The words naming who puts out the list a lead line introduces ("The administration published the following
    breakdown:" -> "The administration"), or None; the object must be figures or "the following" something."""
    return _publisher(_PUBLISHED_LEAD.fullmatch(line.strip()))


def inline_publisher(sentence: str) -> str | None:
    """The words naming who gives the figures a sentence sets out after a colon ("The air force gave a detailed
    breakdown: 210 missiles and drones in total" -> "The air force"), or None."""
    return _publisher(_PUBLISHED_INLINE.match(sentence.strip()))


def _publisher(m: re.Match[str] | None) -> str | None:
    """The subject of a match of `_PUBLISHES` whose object is figures or "the following" something."""
    if m is None:
        return None
    what = m.group("what")
    if not what.lower().startswith("the following") and _FIGURES_NOUN.search(what) is None:
        return None
    return m.group("who")


# a sentence that puts figures out and stops, pointing at the next one for them: "The ministry gave these figures on
# Friday.", "The General Staff released its latest figures."; not one that gives them ("released figures showing 40
# dead") or names figures of the past ("gave these figures last year, but ...")
_FIGURES_AHEAD: Final = re.compile(
    r"\b(?:gave|released|published|issued|provided|posted|shared|presented|put\s+out|updated)\s+"
    r"(?:these|the\s+following|its|their|his|her|new|fresh|the\s+latest|its\s+latest|their\s+latest)\s+"
    r"(?:(?:daily|weekly|latest|new|updated|casualty|loss|official)\s+)?"
    r"(?:figures|numbers|data|statistics|tally|breakdown)\b"
    r"(?P<tail>[^.;:!?\d]{0,40})\.$",
    re.IGNORECASE,
)
_TAIL_CLAUSE: Final = re.compile(r"\b(?:showing|which|that|but|and|saying|with)\b", re.IGNORECASE)
# the words one of which every `_FIGURES_AHEAD` match holds
FIGURES_AHEAD_WORDS: Final = ("figures", "numbers", "data", "statistics", "tally", "breakdown")


def points_to_figures_ahead(sentence: str) -> bool:
    """Whether a sentence says figures were put out and ends there ("The ministry gave these figures on Friday."):
    the figures are in the sentence after it, the speaker's. A clause after the noun ("figures showing ...") or a
    digit keeps them in the sentence itself."""
    m = _FIGURES_AHEAD.search(sentence.rstrip())
    return m is not None and _TAIL_CLAUSE.search(m.group("tail")) is None
