"""Statement frames that are no plain verb of saying (issue #3).

"X thanked Y for ...", "X blamed Y for ...", "X did not rule out / exclude ...", "warnings from X that ...",
"despite X warning that ...", "X put the death toll at 12": each attributes what follows to X. The cue scan
(`attribution._cue_matches`) asks `frame_cue` about the frame words; `attribution.find_cues` reads the speakers of
the two frames whose speaker is not the verb's subject (`warned_from`, `preposed_agent`).
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.bounds import QUALIFIER_BOUNDS
from claimtrack.extraction.prefilter import lowered
from claimtrack.extraction.quantities import names_a_count

THANKING_VERBS: Final = frozenset({"thanked", "thanks"})
BLAMING_VERBS: Final = frozenset({"blamed", "blames"})
EXCLUDING_VERBS: Final = frozenset({"exclude", "excluded", "excludes", "rule", "ruled", "rules"})
WARNING_NOUNS: Final = frozenset({"warnings"})  # "warning" is a cue word already (the participle)
PUTTING_VERBS: Final = frozenset({"put", "puts", "putting"})  # "the governor put the death toll at 12"
# "the agency raised its estimate to 65", "the governor revised the toll down to 40": a speaker's own new figure
REVISING_VERBS: Final = frozenset(
    {"raised", "raises", "revised", "revises", "lowered", "lowers", "increased", "increases", "reduced", "reduces"}
)
FRAME_WORDS: Final = THANKING_VERBS | BLAMING_VERBS | EXCLUDING_VERBS | WARNING_NOUNS | PUTTING_VERBS | REVISING_VERBS
# frames whose object is whom the words address or blame, never their speaker ("thanked Kyiv for ...")
OBJECT_NOT_SPEAKER: Final = THANKING_VERBS | BLAMING_VERBS

# "thanked the people of Ireland for taking in ...": an object, then "for" (not "thanks to", "thanked for coming")
# (courtesies are no claim: "for coming", "for the warm welcome")
_OBJECT_THEN_FOR: Final = re.compile(
    r"\s+(?!(?:to|for)\b)(?:[\w'’.,-]+\s+){1,8}?for\s+(?!(?:coming|attending|joining|listening|being\s+here|"
    r"(?:the|their|his|her|its)\s+(?:warm\s+)?(?:welcome|hospitality|invitation)\b))"
)
# a word before "thanks"/"blamed" that makes it a noun or a passive: "with thanks", "was blamed", "received thanks"
_NOT_ACTIVE_BEFORE: Final = re.compile(
    r"(?:^|\b(?:a|an|the|his|her|its|their|our|my|many|special|big|sincere|heartfelt|with|no|of|received|receives|"
    r"receive|expressed|expresses|express|gave|give|be|is|are|was|were|been|being|get|got|gets|to)\s+)$",
    re.IGNORECASE,
)
# a negation before "exclude"/"rule out": "did not", "didn't", "cannot", "would never", "refused to"
_NEGATION_BEFORE: Final = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\bcannot|(?:refused|declined|refuses|declines|refusing|declining)\s+to)\s+"
    r"(?:(?:completely|entirely|fully|yet|even|explicitly|categorically|publicly)\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_NEGATION: Final = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+not\s+(?:\w+\s+)?$", re.IGNORECASE)
# what may follow "(not) exclude": a possibility, never a party shut out ("did not exclude Hungary from the vote")
_EXCLUDED_IDEA: Final = re.compile(
    r"\s+(?:that\b|the\s+(?:possibility|option|chance|prospect|scenario|risk|use|idea|likelihood)\b|"
    r"(?:further|new|more|possible)\s)",
    re.IGNORECASE,
)
_CITED_BEFORE: Final = re.compile(
    r"\b(?:cite|cites|cited|citing|quote|quotes|quoted|quoting)\s+(?:the\s+)?$", re.IGNORECASE
)
# "put the death toll at 12", "put the number of displaced at about 4,000", "(losses that the ministry) put at 300":
# up to six words of an object, then "at", a qualifier and a number (digits or a number word); not a clock time
# ("put the bombs at 3 a.m.") and not "put the troops at risk", "put at the disposal of"
_PUT_QUALIFIERS: Final = "|".join(
    sorted(
        (re.escape(q) for q in QUALIFIER_BOUNDS if q[0].isalpha() and q not in {"from", "between"}),
        key=len,
        reverse=True,
    )
)
_OBJECT_AT_COUNT: Final = re.compile(
    r"\s+(?P<object>(?:(?!at\b)[\w'’-]+,?\s+){0,6}?)at\s+"
    rf"(?:(?:{_PUT_QUALIFIERS})\s+)?(?:between\s+)?"
    r"(?:\d[\d,.]*(?!\d|[\d,.]*\s*(?:[ap]\.?m\b|o['’]clock|:\d))|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|a\s+thousand|hundreds|"
    r"thousands|dozens)\b)",
    re.IGNORECASE,
)
# "raised its estimate to 65", "revised the death toll down to about 40", "lowered its count to 12": a
# reported figure as the object (a toll, estimate, figure, tally or count; not "the number of troops", an action),
# then "to" and a number that is no clock time
_FIGURE_TO_COUNT: Final = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:toll|tolls|estimate|estimates|figure|figures|tally|count)\b"
    r"(?:\s+(?:sharply|slightly|again|further))?(?:\s+(?:up|down|upward|downward))?\s+to\s+"
    rf"(?:(?:{_PUT_QUALIFIERS})\s+)?"
    r"(?:\d[\d,.]*(?!\d|[\d,.]*\s*(?:[ap]\.?m\b|o['’]clock|:\d|%|percent|per\s?cent))|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|"
    r"a\s+thousand|hundreds|thousands|dozens)\b)",
    re.IGNORECASE,
)
_OUT_NEXT: Final = re.compile(r"\s+out\b(?!\s+of\b)")
# "warnings from US intelligence officials that an invasion could be imminent": the source, then "that"
_FROM_SOURCE_THAT: Final = re.compile(
    r"\s+from\s+(?P<np>(?:the\s+)?(?:(?!(?:about|over|on|to|for|at|against|regarding)\s)[^,;:\"“”()\s]+\s+){0,7}?"
    r"[^,;:\"“”()\s]+)\s+that\s"
)


# the words `_NOT_ACTIVE_BEFORE` closes on, each then whitespace up to the end
_NOT_ACTIVE_WORDS: Final = frozenset(re.findall(r"[a-z]+", re.sub(r"\\.", " ", _NOT_ACTIVE_BEFORE.pattern)))


def not_active_before(before: str) -> bool:
    """`_NOT_ACTIVE_BEFORE.search(before) is not None`, read at the end of the lowercased text: nothing but a newline
    at most, or one of its words as the last run of word characters, then whitespace (the search tried its
    alternation at every position of the 60 characters). The pattern decides for a text `lowered` cannot vouch for."""
    low = lowered(before)
    if low is None:
        return _NOT_ACTIVE_BEFORE.search(before) is not None
    if low == "" or low == "\n":  # `^` then `$`, which also matches before a closing newline
        return True
    stripped = low.rstrip()
    if len(stripped) == len(low):  # no whitespace closes the text
        return False
    i = len(stripped)
    while i > 0 and (stripped[i - 1].isalnum() or stripped[i - 1] == "_"):  # \w, as `str.isalnum` reads it
        i -= 1
    return stripped[i:] in _NOT_ACTIVE_WORDS


def frame_cue(word: str, sentence: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The cue (verb, start, end) a frame word at [start, end) of `sentence` makes, or None when it frames nothing."""
    before = sentence[max(0, start - 60) : start]
    if word in THANKING_VERBS:
        if not_active_before(before) or not _OBJECT_THEN_FOR.match(sentence, end):
            return None
        return word, start, end
    if word in BLAMING_VERBS:
        return None if not_active_before(before) else (word, start, end)
    if word in EXCLUDING_VERBS:  # the cheap look ahead first: "rule" and "rules" are common words
        out = _OUT_NEXT.match(sentence, end) if word.startswith("rule") else None
        if (
            (out is None if word.startswith("rule") else _EXCLUDED_IDEA.match(sentence, end) is None)
            or not _NEGATION_BEFORE.search(before)
            or _PASSIVE_NEGATION.search(before)
        ):
            return None
        return ("rule out", start, out.end()) if out is not None else ("exclude", start, end)
    if word in PUTTING_VERBS:
        return put_at_count(sentence, start, end)
    if word in REVISING_VERBS:
        return None if not_active_before(before) or not _FIGURE_TO_COUNT.match(sentence, end) else (word, start, end)
    if word in WARNING_NOUNS:
        if _CITED_BEFORE.search(before):
            return None  # "analysts cite warnings from X that ...": the citing subject relays, its sentence is its own
        return (word, start, end) if _FROM_SOURCE_THAT.match(sentence, end) else None
    return None


def put_at_count(sentence: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The cue of "X put <something> at <number>" (an estimate of a count) for "put", "puts" or "putting" at
    [start, end) (its verb as written: "..., putting the toll at 12" is a participle), else None:
    not after a word that makes "put" a passive or a noun ("was put at 12": the toll is no speaker)."""
    if not_active_before(sentence[max(0, start - 60) : start]):
        return None
    m = _OBJECT_AT_COUNT.match(sentence, end)
    if m is None or not _puts_a_count(sentence, start, m):
        return None
    return sentence[start:end].lower(), start, end


_WORDS_AFTER_NUMBER: Final = re.compile(r"(?:\s+[\w'’-]+){1,3}")
_PUT_BACK_REACH: Final = 80  # the characters before "put at" where a relative clause's noun is looked for


def _puts_a_count(sentence: str, start: int, m: re.Match[str]) -> bool:
    """Whether "put ... at N" estimates a count: its object names a counted noun or a toll ("put Russian losses at
    300", "put the death toll at 12"), or the number does ("put the crowd at 5,000 people"), or, without an object,
    the noun the relative clause hangs on ("losses that the ministry put at 300"). Not revenue, a share or "it"."""
    after = _WORDS_AFTER_NUMBER.match(sentence, m.end())
    words = m.group("object") + " " + (after.group(0) if after is not None else "")
    if not m.group("object").strip():
        words = sentence[max(0, start - _PUT_BACK_REACH) : start] + " " + words
    return names_a_count(words)


_AUXILIARY_END: Final = re.compile(
    r"(?:\b(?:did|does|do|has|have|had|would|will|could|can|may|might|should|was|is|also)\s+)+$", re.IGNORECASE
)


def without_negation(before: str) -> str:
    """The words before "did not rule out", "didn't exclude", "has refused to rule out" up to the negation and its
    auxiliary, so that the subject is found as for a plain verb of saying."""
    m = _NEGATION_BEFORE.search(before)
    if m is None:
        return before
    head = before[: m.start()]
    aux = _AUXILIARY_END.search(head)
    return head if aux is None else head[: aux.start()]


def warned_from(sentence: str, end: int) -> str | None:
    """The source of "warning(s) from X that ..." after the noun ending at `end`, else None."""
    m = _FROM_SOURCE_THAT.match(sentence, end)
    return m.group("np") if m is not None else None


# "despite the United States warning that ...", "amid Western officials saying that ...": a preposition, a named
# or plural subject, and the participle (its subject is no subject of the sentence)
_PREPOSED_AGENT: Final = re.compile(
    r"\b(?i:despite|amid|amidst|after|following|with)\s+(?P<np>(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|of|for)\s+){0,4}"
    r"(?:[A-Z][\w'’.-]*|officials|leaders|diplomats|experts|analysts))\s+$"
)
PREPOSED_PARTICIPLES: Final = frozenset({"warning", "saying", "announcing", "reporting"})  # cue words all


def preposed_agent(before: str, sentence: str, end: int) -> str | None:
    """The subject of a participle after a preposition ("despite Kyiv warning that ..."), when "that" follows."""
    if not sentence.startswith(" that ", end):
        return None
    m = _PREPOSED_AGENT.search(before[-120:])
    return m.group("np") if m is not None else None
