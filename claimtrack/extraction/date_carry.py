"""Sentences that say when the words before them were said ("He made the comments Thursday in Minsk.", "She was
speaking on Tuesday to reporters.", "The interview was published on Monday."), and who they say it of."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from claimtrack.extraction.prefilter import (
    ascii_words,
    chunks_back,
    finditer_lowered,
    holds_gate,
    lowercase_twin,
    lowered,
    may_hold,
    word_gate,
    word_spans,
    word_start_scan,
)
from claimtrack.records import ActorRef

_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i"})
_SUBJECT: Final = r"(?P<subject>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)"
_WORDS_NOUN: Final = r"(?:comments?|remarks?|statements?|announcement|claims?|assessment|warning|pledge)"
# "X made the comments", "X gave the remarks", "X was speaking", "X spoke", "X was writing"
_SPEAKER_FIRST: Final = re.compile(
    rf"^{_SUBJECT}\s+(?:(?:made|gave|delivered|posted|voiced|issued)\s+(?:the|these|those|his|her|their|its)\s+"
    rf"(?:\w+\s+)?{_WORDS_NOUN}|(?:was|were)\s+speaking|spoke|(?:was|were)\s+(?:talking|writing))\b"
)
# "The comments were made on Monday", "His remarks came Thursday", "The interview was published on Monday"
_WORDS_FIRST: Final = re.compile(
    rf"^(?:the|his|her|their|its|those|these)\s+(?:\w+\s+)?(?:{_WORDS_NOUN}|interview|speech|address|post|video|"
    r"letter|op-ed)\s+(?:(?:was|were|had\s+been)\s+(?:made|published|aired|broadcast|released|posted|recorded|given|"
    r"delivered|issued)|came)\b",
    re.IGNORECASE,
)


# what a `_SPEAKER_FIRST` match holds within its first characters: a cheap test before the regex
_SPEAKER_REACH: Final = 120
_SPEAKER_FIRST_NEEDLES: Final = ("made", "gave", "delivered", "posted", "voiced", "issued", "speaking", "spoke",
                                 "talking",
                                 "writing")  # fmt: skip
_WORDS_FIRST_OPENERS: Final = ("the ", "his ", "her ", "their ", "its ", "those ", "these ")  # how `_WORDS_FIRST` opens
# in a `_SPEAKER_FIRST` match each of the needles it holds stands between whitespace and whitespace or a non-word
# character: a whole run of letters of the lowercased sentence, which the sentence's word mask tells
_SPEAKER_FIRST_GATE: Final = word_gate(ascii_words(_SPEAKER_FIRST_NEEDLES))
# "X made the comments [at a meeting with students] Thursday": the date follows the verb closely
_DATE_REACH: Final = 40
_CLAUSE_BREAK: Final = re.compile(r"[,;:()]|\b(?:when|which|where|while|as|after|before|because|but|and)\b")


def dates_earlier_words(sentence: str) -> tuple[str, int] | None:
    """Whether `sentence` is one that says when the words before it were said: its subject ("he", "Petrov", "the
    minister"; "" when it names the words themselves: "The remarks came Thursday") and where its verb ends; None
    when it is not one."""
    text = sentence.lstrip(" \"'“‘")
    lead = len(sentence) - len(text)
    whole = lowered(sentence)  # the sentence's, cached: lowercasing keeps positions where it is not None
    if (whole is None or whole.startswith(_WORDS_FIRST_OPENERS, lead)) and (m := _WORDS_FIRST.match(text)):
        return "", lead + m.end()
    if whole is not None and (
        not holds_gate(whole, _SPEAKER_FIRST_GATE)
        or not may_hold(whole[lead : lead + _SPEAKER_REACH], _SPEAKER_FIRST_NEEDLES)
    ):
        return None
    if m := _SPEAKER_FIRST.match(text):
        return m.group("subject"), lead + m.end()
    return None


def dates_the_verb(sentence: str, verb_end: int, date_start: int, reach: int = _DATE_REACH) -> bool:
    """Whether the date at `date_start` belongs to the verb ending at `verb_end` ("made the comments Thursday",
    "spoke on Tuesday to reporters"), not to a later clause ("came on the eve of the day when, on Thursday, ...")."""
    between = sentence[verb_end:date_start]
    return 0 <= len(between) <= reach and _CLAUSE_BREAK.search(between) is None


def may_be_speaker(subject: str, claimant: ActorRef) -> bool:
    """Whether the subject of such a sentence may be the claimant: a pronoun, the words themselves, a role ("the
    minister"), or a name sharing a word with the claimant's ("Petrov" for "Ivan Petrov")."""
    words = subject.lower().split()
    if not words or words[0] in _PRONOUNS or words[0] == "the":
        return True
    names = {w.lower() for w in re.findall(r"[\w'’-]+", f"{claimant.name} {claimant.raw}")}
    return any(w.strip("'’.") in names for w in words)


# a meeting, speech, interview, hearing or visit: "X addressed the assembly", "On Thursday, X met Y", "X appeared on
# ABC", "X appeared before the committee", "X briefed lawmakers", "X presented her assessment to the Senate" (what is
# presented is a statement's noun: not "presented the pilots with awards")
_OCCASION: Final = re.compile(
    r"\b(?:addressed|met|meets|spoke|visited|attended|appeared\s+(?:on|before)|briefed|presented\s+"
    r"(?:[\w-]+\s+){0,3}?(?:assessments?|reports?|plans?|findings|proposals?|position|strategy|analysis|review|"
    r"evidence|figures|results|data|conclusions))\b(?!\s+by\b)"
)
_OCCASION_SCAN: Final = word_start_scan(_OCCASION)  # from word start to word start: no \b tried at every character
# one of these is in every sentence `_OCCASION` matches: a plain substring test first (most sentences have none)
OCCASION_NEEDLES: Final = (
    "met",
    "meets",
    "spoke",
    "visited",
    "attended",
    "addressed",
    "appeared",
    "briefed",
    "presented",
)
# words of a name too common to tell one speaker from another
_GENERIC_NAME_WORDS: Final = frozenset(
    "the of and for said official officials spokesman spokeswoman spokesperson president minister ministry prime "
    "foreign defence defense affairs secretary general head chief adviser advisor deputy government department state "
    "office ukraine ukrainian russia russian kremlin".split()
)


# a report before the occasion's verb: the occasion is in what was reported ("X told CNN he attended a tour in July")
_REPORTED_BEFORE: Final = re.compile(r"\b(?:said|says|told|tells)\b", re.IGNORECASE)
_FRONTED_WORDS: Final = 3  # "On Thursday, X met": the date opens the sentence, after at most this many words


def names_an_occasion(sentence: str) -> bool:
    """Whether the sentence tells of a meeting, speech, interview or visit (in lowercase: "Met" opening a sentence
    is rarely the verb)."""
    for needle in OCCASION_NEEDLES:  # a plain loop: cheaper than any() over a generator
        if needle in sentence:
            return _OCCASION_SCAN.search(sentence) is not None
    return False


def occasion_date_at(sentence: str, starts: list[int], ends: list[int] | None = None) -> int | None:
    """Which of the dates starting at `starts` (offsets in the sentence, in order; ending at `ends`) is when the
    occasion was: the first one just after its verb ("addressed the assembly on 24 September"), else one right
    before it ("X on Wednesday addressed Congress"), else one opening the sentence ("On Thursday, X met Y"); None
    when the occasion is in a reported clause or has no such date."""
    m = _OCCASION_SCAN.search(sentence)
    if m is None or _REPORTED_BEFORE.search(sentence, 0, m.start()):
        return None
    for i, start in enumerate(starts):
        if start >= m.end() and dates_the_verb(sentence, m.end(), start, reach=2 * _DATE_REACH):
            return i
    for i, end in enumerate(ends or ()):
        if end <= m.start() and not sentence[end : m.start()].strip():
            return i
    for i, start in enumerate(starts):
        if start < m.start() and len(sentence[:start].split()) <= _FRONTED_WORDS and "," not in sentence[:start]:
            return i
    return None


# a word of a claimant's name or words, lowercase, of four characters or more (compiled once: `re.findall` with the
# pattern's source went through the interpreted `re` module at each call)
_NAME_WORD: Final = re.compile(r"[a-z][\w'’-]{3,}")


def names_the_speaker(sentence: str, claimant: ActorRef) -> bool:
    """Whether the sentence names the claimant: its name if of several words ("prime minister"), or a word of four
    letters or more of it, as written or resolved, other than a role's or a country's ("the British prime minister"
    in "... the head of the British government Boris Johnson met")."""
    words = {w for w in _NAME_WORD.findall(f"{claimant.name} {claimant.raw}".lower()) if w not in _GENERIC_NAME_WORDS}
    low = sentence.lower()
    name = claimant.name.lower()
    # each word is looked for as a substring first: a search for `\b` and the word runs its matcher at every
    # character, and most sentences hold none of them
    if " " in name and name in low and re.search(rf"\b{re.escape(name)}\b", low):  # a role of several words
        return True
    if any(w in low and re.search(rf"\b{re.escape(w)}\b", low) for w in words):
        return True
    return any(
        a in sentence and re.search(rf"\b{re.escape(a)}\b", sentence)  # "MoD", "ISW", "UNHCR": as written
        for a in _ACRONYM.findall(f"{claimant.name} {claimant.raw}")
    )


# an acronym of three letters or more, two of them capitals at least: "MoD", "ISW", "UNHCR" (not "US", "Kyiv")
_ACRONYM: Final = re.compile(r"\b(?=[A-Za-z]{3,}\b)[A-Z][a-z]?[A-Z][A-Za-z]*\b")


# a sentence opening on a time sets a new scene: "In September 2022, ...", "On March 3 the army ..."
_DIGIT: Final = re.compile(r"\d")
_OPENING_REACH: Final = 12  # characters before the opening date: "Back in", "Then, in", a bullet


def opens_on_a_later_time(text: str, date_starts_values: list[tuple[int, dt.date | None]], value: dt.date) -> bool:
    """Whether a sentence (`text`, its dates as (relative start, value)) opens on a time after `value` ("In
    September 2022, Putin vowed ..." after an occasion in December 2013): the story has moved on from that
    occasion (an earlier time, "In 2009, Russia proposed ...", is a look back, often in the speaker's words)."""
    return any(
        start <= _OPENING_REACH
        and v is not None
        and v > value
        and "," in text[start : start + 40]
        and _DIGIT.search(text, start, start + 24) is not None  # a date written out, not "Today, ..."
        for start, v in date_starts_values
    )


# a title giving the occasion of the words that follow: "Spokeswoman's answers to media questions, Moscow,
# September 29, 2022", "Transcript: Press briefing by the Press Secretary, March 3, 2023", "Statement by the
# President on ..., 12 May 2024"
_TITLE_OCCASION: Final = re.compile(
    r"\b(?:answers|briefing|transcript|statement|remarks|press\s+conference|news\s+conference|address|speech|"
    r"interview|comments|readout|declaration|testimony)\b",
    re.IGNORECASE,
)
_TITLE_REACH: Final = 300  # characters of the title line
# the date closes the title, set off by a comma or joined by "on" ("Regular Press Conference on September 29, 2022")
_TITLE_DATE_TAIL: Final = re.compile(r"(?:,|\s(?:on|dated))\s*$", re.IGNORECASE)  # not "Briefing of 3 May 2024"
_ON_DATE: Final = re.compile(r"on\s", re.IGNORECASE)  # a date read with its "on"
_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
_LEADING_SPACE: Final = re.compile(r"\s*")
# one of these is in every title `_TITLE_OCCASION` finds, in lowercase: a substring test before the regex
_TITLE_NEEDLES: Final = (
    "answers",
    "briefing",
    "transcript",
    "statement",
    "remarks",
    "conference",
    "address",
    "speech",
    "interview",
    "comments",
    "readout",
    "declaration",
    "testimony",
)


def title_line(text: str) -> tuple[int, str] | None:
    """The document's first line and where it starts, when it may be a title giving its words' occasion and
    date: short, naming a speech or briefing, holding a year (a cheap test before its dates are read)."""
    lead = _LEADING_SPACE.match(text)
    start = lead.end() if lead is not None else 0
    end = text.find("\n", start, start + _TITLE_REACH + 1)
    if end < 0:
        if len(text) - start > _TITLE_REACH:
            return None  # a first line too long for a title: not copied
        end = len(text)
    line = text[start:end].rstrip()
    low = line.lower()
    for needle in _TITLE_NEEDLES:  # a plain loop: most titles name none of these
        if needle in low:
            break
    else:
        return None
    if _YEAR.search(line) is None or _TITLE_OCCASION.search(line) is None:
        return None
    return start, line


def closes_the_title(line: str, date_start: int, date_end: int) -> bool:
    """Whether the date at `line[date_start:date_end]` closes the title, set off by a comma ("..., Moscow,
    September 29, 2022") or joined by "on" or "dated" ("... Press Conference on 29 September 2022"), with its
    year written."""
    joined = _TITLE_DATE_TAIL.search(line, 0, date_start) is not None or _ON_DATE.match(line, date_start) is not None
    return line[date_end:].strip(" .") == "" and joined and _YEAR.search(line, date_start, date_end) is not None


# an occasion named by its noun, whose day a later "at the session", "during the briefing" takes up
_OCCASION_NOUN: Final = re.compile(
    r"\b(?P<noun>session|briefing|meeting|conference|summit|hearing|interview|debate|forum|address|speech|talks|"
    r"sitting)(?:e?s)?\b",
    re.IGNORECASE,
)
# one of these is in every `_OCCASION_NOUN` match, in lowercase: a substring test before the regex
OCCASION_NOUN_NEEDLES: Final = (
    "session",
    "briefing",
    "meeting",
    "conference",
    "summit",
    "hearing",
    "interview",
    "debate",
    "forum",
    "address",
    "speech",
    "talks",
    "sitting",
)
# every `_OCCASION_NOUN` match is one whole run of letters of the lowercased sentence, one of these: the regex is
# tried only where `prefilter.word_spans` finds one, not at every character of the sentence
OCCASION_NOUN_WORDS: Final = ascii_words(
    {needle + ending for needle in OCCASION_NOUN_NEEDLES for ending in ("", "s", "es")}
)
# what stands between a date and the noun it dates: "Tuesday's briefing", "the Wednesday closed session"
_DATE_THEN_NOUN: Final = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s+")
# an occasion of its own, not yet dated: "a second session", "another meeting" (a later "the session" is that one)
_NEW_OCCASION_BEFORE: Final = re.compile(r"\b(?:a|an|another)\s+(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE)


def occasion_noun_matches(sentence: str) -> list[re.Match[str]]:
    """`_OCCASION_NOUN.finditer(sentence)`: the regex matched at the runs of letters of the lowercased sentence that
    are among OCCASION_NOUN_WORDS (each match is one such run; \\b on either side), all of them scanned only
    when `lowered` cannot vouch for the lowercase."""
    low = lowered(sentence)
    if low is None:
        return list(_OCCASION_NOUN.finditer(sentence))
    found: list[re.Match[str]] = []
    for start, _ in word_spans(low, OCCASION_NOUN_WORDS):
        m = _OCCASION_NOUN.match(sentence, start)
        if m is not None:  # None where a letter that is no a-z stands next to the run ("sessioné")
            found.append(m)
    return found


def dated_occasion_nouns(sentence: str, starts: list[int], ends: list[int]) -> list[tuple[str, int | None]]:
    """The occasions a sentence names by their noun, in lowercase and singular, each with the index of the date
    that dates it (offsets `starts`/`ends` in the sentence): one just after the noun ("held its weekly briefing on
    Tuesday", "met in a closed session in Kyiv on Wednesday") or just before it ("Tuesday's briefing"); None for
    a new occasion without a date ("a second session"). Occasions named otherwise are left out."""
    found: list[tuple[str, int | None]] = []
    for m in occasion_noun_matches(sentence):
        noun = m.group("noun").lower()
        at = next(
            (i for i, start in enumerate(starts) if start >= m.end() and dates_the_verb(sentence, m.end(), start)), None
        )
        if at is None:
            at = next(
                (
                    i
                    for i, end in enumerate(ends)
                    if end <= m.start() and _DATE_THEN_NOUN.fullmatch(sentence, end, m.start())
                ),
                None,
            )
        if at is not None or _NEW_OCCASION_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            found.append((noun, at))
    return found


# "at the session", "during the briefing", "told the joint session": the words were said at an occasion named before
_OCCASION_REFERENCE: Final = re.compile(
    r"\b(?:at|during|in|after|following|to|told|addressed|addressing)\s+the\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>session|briefing|meeting|conference|summit|hearing|interview|debate|forum|address|speech|talks|"
    r"sitting)(?:e?s)?\b",
    re.IGNORECASE,
)
# what may open the sentence before such a reference: nothing, or the speaking ("Speaking later at the briefing")
_REFERENCE_OPENING: Final = re.compile(r"\W*(?:(?:speaking|talking|addressing)(?:\s+[a-z]+){0,2}\s+)?", re.IGNORECASE)
# a speaking aside holding the reference: "X, speaking at the briefing, said"
_REFERENCE_ASIDE: Final = re.compile(r",\s+(?:speaking|talking|addressing)(?:\s+[a-z]+){0,2}\s+$", re.IGNORECASE)
_REFERENCE_REACH: Final = 45  # characters between a verb of saying and the reference after it: the speaker's name
# words of a reported clause between the verb and the reference: "said (that) two guards were hurt during the talks"
_REPORTED_WORDS: Final = re.compile(
    r"\b(?:that|(?:he|she|it|they|we|i|you)\s+\w|will|would|could|can|may|might|"
    r"must|should|has|have|had|was|were|is|are)\b",
    re.IGNORECASE,
)


def _bare_aside_on_cue(sentence: str, start: int, end: int, cue_start: int) -> bool:
    """Whether a reference is an aside of its own between the speaker and the cue ("X, at the same meeting, said")."""
    return sentence.startswith(", ", start - 2) and sentence[end:cue_start].strip() == ","


def occasion_referred_to(sentence: str, cue_start: int, cue_end: int) -> str | None:
    """The noun of an occasion named before that the sentence says its words were said at ("At the session, X
    said", "X told the joint session that", "X said during the briefing", "X, speaking at the meeting, said", "X,
    at the same meeting, said"), in
    lowercase and singular; None when there is none, or the reference is in the reported words ("X said two
    guards were hurt during the talks")."""
    low = sentence.lower()
    for needle in OCCASION_NOUN_NEEDLES:
        if needle in low:
            break
    else:
        return None
    for m in _OCCASION_REFERENCE.finditer(sentence):
        if m.end() <= cue_start:
            if (
                _REFERENCE_OPENING.fullmatch(sentence, 0, m.start())
                or _REFERENCE_ASIDE.search(sentence, max(0, m.start() - 40), m.start())
                or _bare_aside_on_cue(sentence, m.start(), m.end(), cue_start)
            ):
                return m.group("noun").lower()
        elif m.start() >= cue_start:
            between = sentence[cue_end : m.start()] if m.start() > cue_end else ""
            if (
                len(between) <= _REFERENCE_REACH
                and _CLAUSE_BREAK.search(between) is None
                and _REPORTED_WORDS.search(between) is None
                and _DIGIT.search(between) is None
            ):
                return m.group("noun").lower()
    return None


# a statement its maker is named with, no verb of saying needed: "the MoD update on Feb. 13", "the ministry's report
# of Tuesday", "Petrov, in his address to the forum on 15 August, ..." (the maker: a possessive, a capitalised word
# before the noun, or "his/her/its/their" after "in" or "during")
_NOT_A_MAKER: Final = r"(?:The|A|An|This|That|These|Those|Its|His|Her|Their|In|On|At|During|After|Before)"
_OWNED_STATEMENT: Final = re.compile(
    rf"(?:\b(?:in|during)\s+(?:his|her|its|their)\s+|[A-Za-z]['’]s\s+|\b(?=[A-Z])(?!{_NOT_A_MAKER}\b)[A-Z][\w-]*\)?\s+)"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>update|report|speech|address|interview|statement|briefing|assessment|"
    r"bulletin|summary|remarks|message|video|post)\b"
)  # `(?=[A-Z])` before the makers' alternation: it is tried at capitals only, not at every word boundary
# one of these is in every `_OWNED_STATEMENT` match, in lowercase: a substring test before the regex
OWNED_STATEMENT_NEEDLES: Final = (
    "update",
    "report",
    "speech",
    "address",
    "interview",
    "statement",
    "briefing",
    "assessment",
    "bulletin",
    "summary",
    "remarks",
    "message",
    "video",
    "post",
)


# the nouns as the whole runs of a-z they are in the lowercased sentence: whitespace before, `\b` after
OWNED_STATEMENT_WORDS: Final = ascii_words(OWNED_STATEMENT_NEEDLES)
_OWNED_STATEMENT_GATE: Final = word_gate(OWNED_STATEMENT_WORDS)
# how many runs of non-whitespace a match holds before its noun, at most: "during" "his" and two words
_OWNED_STATEMENT_CHUNKS: Final = 4


def may_date_an_owned_statement(sentence: str) -> bool:
    """Whether the sentence may name a statement with its maker (`owned_statement_date`)."""
    return first_owned_statement(sentence) >= 0


def first_owned_statement(sentence: str) -> int:
    """Where the first `_OWNED_STATEMENT` match of the sentence begins, -1 if there is none (`owned_statement_date`
    may scan from there). The statement nouns are looked up among the sentence's runs of letters (kept per
    sentence); whether a match exists is found by searching only around each noun, from the fourth run of
    non-whitespace before it (where a match ending with it can begin) to the character after it (which the closing
    `\\b` reads): the pattern opens with a branch and `\\b`, so a search of the rest of the sentence ran its matcher
    at every character. Only then is the first match searched from the window of the first noun."""
    low = lowered(sentence)
    if low is None:
        m = _OWNED_STATEMENT.search(sentence)
        return m.start() if m is not None else -1
    if not holds_gate(low, _OWNED_STATEMENT_GATE):
        return -1
    spans = word_spans(low, OWNED_STATEMENT_WORDS)
    for start, end in spans:
        # a match's noun is a whole run of letters after whitespace: one of these spans, and the match lies in
        # its window (its maker and up to two words take at most four runs of non-whitespace)
        if _OWNED_STATEMENT.search(sentence, chunks_back(sentence, start, _OWNED_STATEMENT_CHUNKS), end + 1):
            m = _OWNED_STATEMENT.search(sentence, chunks_back(sentence, spans[0][0], _OWNED_STATEMENT_CHUNKS))
            return m.start() if m is not None else -1
    return -1


def may_date_an_owned_statement_plain(sentence: str) -> bool:
    """`may_date_an_owned_statement` by substring tests and a search of the whole sentence (the form it replaces,
    kept for texts `lowered` cannot vouch for and for the tests)."""
    low = sentence.lower()
    for needle in OWNED_STATEMENT_NEEDLES:  # a plain loop: most sentences name none
        if needle in low:
            return _OWNED_STATEMENT.search(sentence) is not None
    return False


def owned_statement_date(sentence: str, starts: list[int], first: int = 0) -> tuple[int, int] | None:
    """Which of the dates starting at `starts` (offsets in the sentence, in order) dates a statement named with its
    maker, and where the statement's noun ends (the maker is named before it): the first date just after the noun
    ("The MoD update on Feb. 13 focuses on ...", "Petrov, in his speech at the forum on 15 August, left out ..."),
    with no clause between them; None when there is none. `first`: where the first match begins, if known
    (`first_owned_statement`): the scan starts there."""
    for m in _OWNED_STATEMENT.finditer(sentence, first):
        for i, start in enumerate(starts):
            if start >= m.end() and dates_the_verb(sentence, m.end(), start):
                return i, m.end()
    return None


_CAPITALISED: Final = re.compile(r"\S*[A-Z]\S*")


def makers_names(sentence: str, end: int) -> str:
    """The capitalised words of `sentence` before `end`, the names its maker may be among ("Victoria Nuland set out
    her position in the Senate's speech" -> "Victoria Nuland Senate's"): a common word ("position") of another
    speaker's description is no sign that the maker is that speaker."""
    return " ".join(_CAPITALISED.findall(sentence, 0, end))


# a phrase taking up the time the story last told, as the time of the saying: "At the time, the ministry said",
# "Later that year, the authorities raised the estimate", "A year earlier, he reported", "Speaking the same day"
_TOLD_TIME: Final = re.compile(
    r"\b(?:at\s+th(?:e|at)\s+time\b(?!\s+of\b)"
    r"|(?:(?:later|earlier)\s+(?:that|the\s+same)|that\s+same|the\s+same|in\s+that)\s+(?P<unit>year|month|week|day)\b"
    r"|(?P<step>a|one|the\s+following|the\s+next|the\s+previous)\s+(?P<shifted>year|month|day)"
    r"(?(step)(?:\s+(?P<way>earlier|later|before|after))?)\b)",
    re.IGNORECASE,
)
# `_TOLD_TIME` opens with \b and a word in each branch: its lowercase twin scanned from word start to word start
# (`finditer_lowered`) finds its matches without an IGNORECASE branch tried at every character
_TOLD_TIME_SCAN: Final = word_start_scan(lowercase_twin(_TOLD_TIME))
# the words one of which every `_TOLD_TIME` match holds
TOLD_TIME_GATE: Final = word_gate(ascii_words(("time", "year", "month", "week", "day")))
# the one word that may stand before a fronted phrase ("But later that year, ..."); or a participle ("Speaking the
# same day, ...")
_FRONT_OPENERS: Final = frozenset({"but", "and", "then", "so", "yet", "only"})
_AFTER_CUE_REACH: Final = 3  # characters between the cue and a phrase on it ("said at the time", "said a year later")
_BACK_WAYS: Final = frozenset({"earlier", "before", "previous"})


def told_time_phrase(text: str, cue_start: int, cue_end: int) -> tuple[str, int, int] | None:
    """The phrase by which a sentence dates its saying at the time told before: (its unit, "" for the time itself;
    the steps from that time, -1 for "a year earlier", +1 for "the following day"; where it starts). A phrase
    opening the sentence or standing on the cue counts ("said a year later"); one in the reported words does not
    ("troops left a day later, he said"). "at the time" counts anywhere (the caller leaves out quoted words)."""
    for m in finditer_lowered(_TOLD_TIME, _TOLD_TIME_SCAN, text, lowered(text)):  # `_TOLD_TIME.finditer(text)`
        if m.group("unit") is None and m.group("shifted") is None:  # "at the time"
            return "", 0, m.start()
        fronted = m.end() <= cue_start and _fronted(text[: m.start()])
        on_cue = 0 <= m.start() - cue_end <= _AFTER_CUE_REACH
        if not (fronted or on_cue):
            continue
        if m.group("unit") is not None:
            return m.group("unit").lower(), 0, m.start()
        step = " ".join(m.group("step").lower().split())
        way = (m.group("way") or "").lower()
        if step in ("a", "one") and not way:
            continue  # "a year" alone: a span, not a time
        back = step == "the previous" or way in _BACK_WAYS
        return m.group("shifted").lower(), -1 if back else 1, m.start()
    return None


def _fronted(before: str) -> bool:
    """Whether the words before a time phrase leave it opening the sentence: none, a conjunction, a participle."""
    words = before.split()
    if not words:
        return True
    word = words[0].lower().strip(",")
    return len(words) == 1 and (word in _FRONT_OPENERS or word.endswith("ing"))
