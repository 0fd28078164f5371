"""What a date is to the words around it: a noun's attribute ("the Oct. 7 attack", "last year's offensive") names
an event; on a statement's noun ("a Tuesday tweet", "Monday's briefing") it names when something was said."""

from __future__ import annotations

import re
from typing import Final

# the nouns of a statement: a date attached to one is when it was made
SPEECH_NOUNS: Final = frozenset(
    "statement statements tweet tweets post posts briefing briefings address speech speeches interview interviews "
    "remarks comments comment report reports message messages call announcement letter testimony update bulletin "
    "assessment summary conference press news video appeal declaration communique communiqué publication edition "
    "issue article column editorial broadcast programme program show podcast newsletter study survey poll analysis "
    "estimate estimates findings figures data".split()
)
# words that follow a date without being a noun it modifies ("the Monday before the vote", "the 24th of May, X said")
_NOT_A_HEAD: Final = frozenset(
    "and or but nor before after of to in on at by for from with when while that which who as than the a an was is "
    "were are had has have will would said says told added".split()
)
_DETERMINER_BEFORE: Final = re.compile(
    r"(?:^|\s)(?P<prep>at|during|in|after|following)?\s*(?:the|a|an|this|that|its|his|her|their|our|last|next|"
    r"[A-Z][\w-]*['’]s?)\s+$",  # "Russia's February 24 invasion"
    re.IGNORECASE,
)
_PREPOSITION_BEFORE: Final = re.compile(r"(?:^|\s)(?P<prep>at|during|in|after|following)\s+$", re.IGNORECASE)
_OCCASION_PREPOSITIONS: Final = frozenset({"at", "during", "after", "following"})
_NEXT_WORD: Final = re.compile(r"['’]?s?\s+(?P<word>[\w-]+)")
_POSSESSIVE: Final = re.compile(r"['’]s?\s")
_OPENS_WITH_PREPOSITION: Final = re.compile(r"(?:on|in|at|by|since|until|before|during|from|for)\s", re.IGNORECASE)
_HEAD_REACH: Final = 4  # "the Oct. 7 Hamas attack", "Friday's daily White House briefing": the words of the noun phrase


def _noun_phrase_after(text: str, end: int) -> list[str]:
    """The lowercase words of the noun phrase a date opens at `end`: up to a few words, names and numbers skipped,
    up to the first word that cannot be in it ("the Monday before the vote" -> [])."""
    words: list[str] = []
    pos = end
    for _ in range(_HEAD_REACH):
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            break
        word = m.group("word")
        if word[0].islower():
            if word in _NOT_A_HEAD:
                break
            words.append(word)
        pos = m.end()
    return words


def date_role(text: str, start: int, end: int) -> str | None:
    """What the date at `text[start:end]` is as part of a noun phrase: "statement" ("a Tuesday tweet", "Monday's
    briefing"), "occasion" ("at Tuesday's summit", "after Sunday's vote": when words were said), "event" ("the
    February 24 invasion", "last year's offensive"); None when it stands as a time phrase ("on Monday", "in
    March", "the 24th of May, X said")."""
    raw = text[start:end]
    if _OPENS_WITH_PREPOSITION.match(raw):
        return None
    window = max(0, start - 40)
    if _POSSESSIVE.match(text, end):
        before = _PREPOSITION_BEFORE.search(text, window, start) or _DETERMINER_BEFORE.search(text, window, start)
    elif raw[:4].lower() == "the ":
        before = _PREPOSITION_BEFORE.search(text, window, start)
    else:
        before = _DETERMINER_BEFORE.search(text, window, start)
        if before is None:
            return None
    words = _noun_phrase_after(text, end)
    if not words:
        return None
    if not SPEECH_NOUNS.isdisjoint(words):
        return "statement"
    if before is not None and (before.group("prep") or "").lower() in _OCCASION_PREPOSITIONS:
        return "occasion"
    return "event"


_RELEASED_BEFORE: Final = re.compile(
    r"\b(?:released|published|issued|presented|unveiled|made\s+public|dated|posted|delivered)\s+$", re.IGNORECASE
)
# "The minister, speaking to reporters on Monday, said": an aside of the speaker's opening with the speaking
# ("X, asked on Monday about the losses, said")
_SPEAKING_ASIDE_BEFORE: Final = re.compile(
    r",\s+(?:speaking|writing|talking|addressing|testifying|asked|interviewed)\b[^,;:]{0,60}$", re.I
)


# "X, in one of its intelligence updates on Friday, said", "X, at a briefing in Kyiv on Monday, said": an aside of the
# speaker's naming the statement or occasion the words were said in, its date last
_OCCASION_ASIDE_BEFORE: Final = re.compile(
    r",\s+(?:in|at|during|via)\s+(?:(?:one|some|each)\s+of\s+)?(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(sorted(SPEECH_NOUNS, key=len, reverse=True)) + r")s?"
    r"(?:\s+(?:in|to|with|from)\s+[\w'’-]+(?:\s+[A-Z][\w'’-]*)?)?\s+$",
    re.IGNORECASE,
)


# "In a separate statement on Thursday, the agency's head said", "Separately, at a briefing in Kyiv on Monday, X said":
# the same occasion fronted, opening the sentence (an adverb of its own before it at most), its date last
_OCCASION_OPENING_BEFORE: Final = re.compile(
    r"\s*(?:[A-Z]\w+ly,\s+)?(?:in|at|during|via)\s+(?:(?:one|some|each)\s+of\s+)?(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(sorted(SPEECH_NOUNS, key=len, reverse=True)) + r")s?"
    r"(?:\s+(?:in|to|with|from)\s+[\w'’-]+(?:\s+[A-Z][\w'’-]*)?)?\s+",
    re.IGNORECASE,
)


def opens_with_the_occasion(text: str, start: int, end: int) -> bool:
    """Whether the date at `text[start:end]` closes a phrase opening the sentence that names the statement or
    occasion the words were said in ("In a separate statement on Thursday, the head of the agency said"): when they
    were said (not "In a statement on Thursday's strike": the date of the strike, a noun's attribute)."""
    return _OCCASION_OPENING_BEFORE.fullmatch(text, 0, start) is not None and text.startswith(",", end)


def dates_the_saying(text: str, start: int) -> bool:
    """Whether the date at `start` follows a document's release ("a report released in September", "an assessment
    published on Monday") or sits in an aside about the speaking ("X, speaking to reporters on Monday, said"; "X, in
    an update on Friday, said"): when the words were said."""
    return (
        _RELEASED_BEFORE.search(text, max(0, start - 24), start) is not None
        or _SPEAKING_ASIDE_BEFORE.search(text, max(0, start - 80), start) is not None
        or (
            text.rfind(", ", max(0, start - 80), start) >= 0
            and _OCCASION_ASIDE_BEFORE.search(text, max(0, start - 80), start) is not None
        )
    )


# a future verb earlier in the date's own stretch of the sentence (no comma, colon or semicolon between them)
_FUTURE_CLAUSE_BEFORE: Final = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled|going|to)|plans?\s+to)\s[^,;:]*$", re.IGNORECASE
)
_FUTURE_REACH: Final = 80  # characters before the date in which the verb is looked for


def in_a_future_clause(text: str, start: int) -> bool:
    """Whether the date at `start` ends a clause about what is to happen ("Guterres will meet the two leaders this
    week, an official says"): it dates the event, not the saying."""
    return _FUTURE_CLAUSE_BEFORE.search(text, _clause_window(text, start), start) is not None


def _clause_window(text: str, start: int) -> int:
    """Where a `_FUTURE_CLAUSE_BEFORE` match ending at `start` can begin: within the reach, after its last comma,
    semicolon or colon (the words after the verb hold none, up to the end). Searched from there, the pattern,
    which opens with \\b, is not tried at the positions before (\\b still sees the character before)."""
    low = max(0, start - _FUTURE_REACH)
    return max(low, text.rfind(",", low, start) + 1, text.rfind(";", low, start) + 1, text.rfind(":", low, start) + 1)


# a title set off by commas after a speaker's name: ", chief economist at Nordbank," (no verb, quote or clause in it)
_NOT_A_TITLE: Final = (
    r"(?:that|who|which|where|and|but|as|when|while|after|before|in|on|at|during|from|adding|"
    r"saying)\b"
)
_APPOSITION: Final = re.compile(rf",\s+(?!{_NOT_A_TITLE})[^,;:\"“”()]{{2,80}}?,\s*")
_TITLE_CLOSED: Final = re.compile(r",\s*(?=(?:in|on|at|during)\s)")
_APPOSITION_VERB: Final = re.compile(r"\b(?:said|says|told|is|are|was|were|has|have|had|will|would)\b")


def after_apposition(text: str, pos: int) -> int:
    """Where the words after a speaker's name resume past a title set off by commas ('"...," said Anna Berg, chief
    economist at Nordbank, in a note Monday': the note's date is the saying's); `pos` itself when none follows."""
    m = _APPOSITION.match(text, pos)
    if m is None or _APPOSITION_VERB.search(m.group(0)):
        m = _TITLE_CLOSED.match(text, pos)  # the speaker's words took the title in: its closing comma is left
    return pos if m is None else m.end()


# the person told, before when it was told: "told his French counterpart Emmanuel Macron earlier on Saturday that",
# "assured Polish Prime Minister Donald Tusk in a phone call on Monday that"
_ADDRESSEE: Final = re.compile(
    r"\s*(?:(?:his|her|their|its|the)\s+(?:[\w'’.-]+\s+){0,3}?(?:counterparts?|colleagues?|hosts?|guests?|allies|"
    r"ally|partners?)\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s+"
)
# what may stand between the person told and the date: an adverb of time or the setting ("in a phone call")
_TOLD_THEN_WHEN: Final = re.compile(
    r"(?:(?:earlier|later|again|also|late|early)\s+)?"
    r"(?:(?:in|during|at|over|via|by)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:call|conversation|meeting|talks|briefing|interview|letter|message|visit|summit|conference)\s+)?"
)
_TELL_VERBS: Final = frozenset(
    {"told", "tells", "assured", "assures", "informed", "informs", "warned", "warns", "reminded", "reminds", "briefed"}
)


def past_the_addressee(verb: str, between: str) -> str:
    """The words between a verb of telling and a date after it, the person told left out: " his French
    counterpart Emmanuel Macron earlier " -> "earlier " (`between` unchanged when the verb tells no one, no
    name follows it, or more than an adverb of time or a setting stands between the name and the date)."""
    if verb.lower() not in _TELL_VERBS:
        return between
    m = _ADDRESSEE.match(between)
    if m is None:
        return between
    rest = between[m.end() :]
    return rest if _TOLD_THEN_WHEN.fullmatch(rest) else between


# a clause on the time of the saying, right after its verb: "said as he met X on 14 February", "said when she
# visited Kyiv in May", "said when asked about it on Monday", "said upon ordering the withdrawal in 2011"
_SAYING_TIME_CLAUSE: Final = re.compile(
    r"\s*(?:(?:when|as|while)\s+(?:(?:he|she|they|we|i)\s+(?!(?:will|would|could|can|may|might|must|should|has|"
    r"have|had|was|were|is|are|did|does|do|said|says|told)\b)[a-z]+)|(?:when|while)\s+(?:asked|(?!\w*thing\b)[a-z]+ing)"
    r"|upon\s+(?:(?:his|her|their|its)\s+)?[a-z]+)\s",
    re.IGNORECASE,
)
_TIME_CLAUSE_REACH: Final = 100  # characters from the verb to the date: "said as he met <a name and title> on ..."
_TIME_CLAUSE_STOPS: Final = re.compile(
    r"[,;:]|\bthat\b|\b(?:after|before|following|since|until|when|while|because)\b"
    r"|\b(?:(?:he|she|it|they|we|i|you)\s+\w|(?:will|would|could|can|may|might|must|should|has|have|had|was|were|is|"
    r"are)\b)",
    re.IGNORECASE,
)


def in_the_saying_time_clause(between: str) -> bool:
    """Whether the words between a verb of saying and a date after it open a clause telling when the words were
    said ("said as he met X on 14 February": `between` is " as he met X "), the date being that clause's own (no
    clause of another's, no earlier or later event, no aside in between)."""
    if len(between) > _TIME_CLAUSE_REACH:
        return False
    m = _SAYING_TIME_CLAUSE.match(between)
    return m is not None and _TIME_CLAUSE_STOPS.search(between, m.end()) is None


# a report of its own, earlier than the sentence's, in a count's clause: "up from an estimate of 150,000 given on
# Saturday", "after announcing the capture of five others on Saturday", "adding to five it said it had taken on
# Saturday"
_EARLIER_REPORT_WORD: Final = re.compile(
    r"\b(?:said|announced|announcing|reported|reporting|given|claimed|claiming|estimated|published|released)\b",
    re.IGNORECASE,
)
# what ends a count's clause: a comma, colon, semicolon, bracket or dash
_COUNT_CLAUSE_EDGE: Final = re.compile(r"[,;:()—–]|\s-\s")
_REPORT_DATE_REACH: Final = 60  # characters from the count to the date of its report


def count_report_date(
    text: str, count_start: int, count_end: int, date_starts: list[int], cue_start: int
) -> int | None:
    """Which of the dates starting at `date_starts` (offsets in `text`, in order) dates a report of the count's own,
    named in its clause by a verb of saying other than the sentence's (`cue_start`): the first date after the count
    in that clause ("up from 150,000 given on Saturday", "after announcing five others on Saturday"); None when the
    clause names no report, or the date is in another clause ("said 12 attacks were repelled on Sunday": the
    report is the sentence's own)."""
    edges = [m.end() for m in _COUNT_CLAUSE_EDGE.finditer(text, 0, count_start)]
    clause_start = edges[-1] if edges else 0
    for i, start in enumerate(date_starts):
        if start < count_end:
            continue
        if start - count_end > _REPORT_DATE_REACH or _COUNT_CLAUSE_EDGE.search(text, count_end, start):
            return None
        words = [m.start() for m in _EARLIER_REPORT_WORD.finditer(text, clause_start, start)]
        return i if any(w != cue_start for w in words) else None
    return None
