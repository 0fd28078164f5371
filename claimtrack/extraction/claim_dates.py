"""When a claim was said, from its own sentence (`_claim_date`): the date on the verb of saying, a fronted time,
a present "says", a night's report told the next day, a later clause's own date; the days a sentence carries to
the next ("earlier in the day"), the occasions it names ("at the briefing"), a tally's daily change.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from claimtrack.extraction.antecedents import PERSON_OFFICE_HEADS
from claimtrack.extraction.attribution import Cue, inside
from claimtrack.extraction.date_carry import (
    OCCASION_NEEDLES,
    OCCASION_NOUN_WORDS,
    OWNED_STATEMENT_WORDS,
    dated_occasion_nouns,
    first_owned_statement,
    makers_names,
    names_an_occasion,
    occasion_date_at,
    owned_statement_date,
)
from claimtrack.extraction.date_roles import (
    after_apposition,
    count_report_date,
    date_role,
    dates_the_saying,
    in_a_future_clause,
    in_the_saying_time_clause,
    opens_with_the_occasion,
    past_the_addressee,
)
from claimtrack.extraction.dates import DateMention, find_dates, may_hold_a_date
from claimtrack.extraction.document_context import Attribution, Context
from claimtrack.extraction.forecasts import names_a_forecast
from claimtrack.extraction.prefilter import ascii_words, chunks_back, has_digit, lowered, word_gate, word_mask
from claimtrack.extraction.sentence_speakers import _quoted_by_match
from claimtrack.extraction.sentences import Sentence
from claimtrack.records import ActorRef, DateRef

PRESENT_TENSE_CUES: Final = frozenset({"says", "say", "tells", "claims", "reports", "estimates", "believes", "warns",
                                       "denies", "confirms", "announces", "thinks", "expects", "puts"})  # fmt: skip


_CLAUSE_PUNCTUATION: Final = re.compile(r"[,;:]")
_AND_BEFORE_CUE: Final = re.compile(r",?\s+and\s+(?:\w+ly\s+)?")


def _present_after_and(cue: Cue, text: str, date_end: int) -> bool:
    """Whether a present-tense cue follows the date after "and": "Troops crossed the border in August and (now)
    say": the date is the first predicate's past, not when they say it ("X condemned it on Thursday and called
    it": one occasion)."""
    return cue.verb in PRESENT_TENSE_CUES and _AND_BEFORE_CUE.fullmatch(text, date_end, cue.start) is not None


def _claim_date(
    sentence: Sentence,
    dates: list[DateMention],
    cue: Cue | None,
    attribution: Attribution | None,
    quotes: list[tuple[int, int]] | None = None,
    published: dt.date | None = None,
) -> tuple[DateRef | None, list[DateMention]]:
    """Split the sentence's dates into the claim date (when it was said) and the event dates.

    A date after `published` or a forward-looking one ("by December", "next week") is never when something was
    said; nor is a date naming an event by its noun ("the Oct. 7 attack", "last year's offensive"), while one on a
    statement's noun ("in a Tuesday tweet") is."""
    if cue is None:
        return None, dates
    text = sentence.text
    claim: DateMention | None = None
    candidates = [d for d in dates if _may_date_saying(d, sentence, quotes, published)]
    said_on = next((d for d in candidates if _dates_the_verb(d, sentence, cue, attribution)), None)
    if said_on is None and (quoted := _quoted_by_match(text)):
        # "..., quoted on Sunday by the DPA agency": the day the outlet carried the words
        said_on = next((d for d in candidates if quoted.start() <= d.start - sentence.start < quoted.end()), None)
    if said_on is not None:  # "killed on Thursday, officials said on Friday": the date on the verb wins
        return said_on.ref, [d for d in dates if d is not said_on]
    for d in candidates:
        rel_start, rel_end = d.start - sentence.start, d.end - sentence.start
        if rel_end <= cue.start and cue.verb in _RECORDING_VERBS and d.ref.precision in _PERIODS:
            continue  # "In June, OHCHR recorded 579 civilian casualties": the month counted, not when it was told
        if rel_end < cue.start and _opens_a_when_clause(text, rel_end, cue.start):
            claim = d  # "The last update came in September 2022, when the minister said": when it was said
            break
        role = date_role(text, rel_start, rel_end)
        if role == "event" or (
            rel_end <= cue.start and (_coming_weekday(d, text[: cue.start]) or in_a_future_clause(text, rel_start))
        ):
            continue
        if role == "statement" and rel_end <= cue.start and not _CLAUSE_PUNCTUATION.search(text[rel_end : cue.start]):
            claim = d  # "In a Tuesday tweet the ministry said"
            break
        if rel_end <= cue.start and (
            dates_the_saying(text, rel_start) or opens_with_the_occasion(text, rel_start, rel_end)
        ):
            claim = d  # "The UN mission, in a report released in September, said"; "X, speaking on Monday, said";
            # "In a separate statement on Thursday, the head of the agency, X, said"
            break
        head, sep, _ = text.partition(", ")
        if (
            sep
            and rel_end <= len(head)
            and cue.start > len(head)
            and ", " not in text[len(head) + 2 : cue.start]
            and _fronted_or_same_day(d, text, rel_start)
        ):
            claim = d  # "Last month, South Korean intelligence announced ..."
            break
        if attribution and not attribution.phrase_spans and rel_end <= cue.start:
            pronoun = _PRONOUN_ON_CUE.search(text, max(0, cue.start - _PRONOUN_REACH), cue.start)
            if pronoun is not None and _fronted_date_then_asides(text, rel_start, rel_end, pronoun.start()):
                claim = d  # "In March 2021, days before the offensive, it said"
                break
        if attribution and attribution.phrase_spans:
            ps = attribution.phrase_spans[0]
            if ps[1] <= cue.start and _fronted_date_then_asides(text, rel_start, rel_end, ps[0]):
                claim = d  # "On February 24, after weeks of denials, Putin announced"
                break
            if ps[1] <= rel_start and rel_end <= cue.start and not _present_after_and(cue, text, rel_end):
                claim = d  # "Kirby on Wednesday said"; not "Troops crossed the border in August and say"
                break
            if (
                rel_end <= ps[0]
                and (not text[rel_end : ps[0]].strip(" ,") or _title_before_name(text[rel_end : ps[0]]))
                and _fronted_or_same_day(d, text, rel_start)
            ):
                claim = d  # "For example, in late April, the government estimated"; "On Wednesday the defence
                break  # minister, Oren Valk, said"
            if ps[0] <= rel_start < ps[1] and not text[:rel_start].strip() and rel_end <= cue.start:
                claim = d  # "On Thursday Wang Wenbin, a spokesman, dismissed ...": read into the speaker's name
                break
        if (
            not text[:rel_start].strip()
            and rel_end <= cue.start
            and role is None
            and not _CLAUSE_PUNCTUATION.search(text[rel_end : cue.start])
        ):
            claim = d  # "On Thursday Wang said"
            break
    if claim is None:
        return None, dates
    return claim.ref, [d for d in dates if d is not claim]


# a person's office set before their name ("the Velnian defence minister, " in "On Wednesday the Velnian defence
# minister, Oren Valk, said"): up to five words, the last an office's head
_TITLE_BEFORE_NAME: Final = re.compile(
    rf"\s*,?\s*(?:the\s+)?(?:[\w.'’-]+\s+){{0,5}}(?:{'|'.join(sorted(PERSON_OFFICE_HEADS))}),\s*", re.IGNORECASE
)


def _title_before_name(between: str) -> bool:
    """Whether the words between a fronted date and a speaker's name are only that person's office."""
    return _TITLE_BEFORE_NAME.fullmatch(between) is not None


# a pronoun speaker just before its cue ("..., it said"): no phrase span marks it
_PRONOUN_ON_CUE: Final = re.compile(r"\b(?:it|he|she|they|we)\s+$", re.IGNORECASE)
_PRONOUN_REACH: Final = 6


def _may_date_saying(
    d: DateMention, sentence: Sentence, quotes: list[tuple[int, int]] | None, published: dt.date | None
) -> bool:
    """Whether a date can be when something was said: not in the quoted words, not forward-looking or after
    publication, not the start of a period ("lost 3,000 tanks since February")."""
    if quotes and inside(d.start - sentence.start, quotes):
        return False
    if d.future or (published is not None and d.ref.value is not None and d.ref.value > published):
        return False
    if d.ref.raw[:6].lower() == "since ":
        return False
    return not _in_a_since_clause(sentence.text, d.start - sentence.start) and not _bounds_a_period(
        sentence.text, d.start - sentence.start
    )


# the words of a time of day between a period's preposition and its day: "to 24:00 midnight on 16 October"
_TIME_OF_DAY: Final = r"(?:(?:\d{1,2}[:.]\d\d|midnight|noon|a\.?m\.?|p\.?m\.?|the|end|of|on|at)\s+){0,4}"
# a day bounding a period: "from 1 March to 16 October", "From 4:00 a.m. on 24 February", "between 10 and 16 October"
_PERIOD_BOUND_BEFORE: Final = re.compile(
    rf"\b(?:from|between\s+[\w.]+(?:\s+[\w.]+)?\s+and|(?P<end>to|until|till|through))\s+{_TIME_OF_DAY}$",
    re.IGNORECASE,
)
_FROM: Final = re.compile(r"\bfrom\b", re.IGNORECASE)
_PERIOD_REACH: Final = 60  # characters from the preposition to the day
_PERIOD_SPAN: Final = 160  # characters from "from" to the "to" closing its period


def _bounds_a_period(text: str, start: int) -> bool:
    """Whether the date at `start` opens or closes a period ("From 1 March to 16 October, the office recorded
    ...", "Between 10 and 16 October, ..."): the span of what was counted, not when it was said."""
    low = lowered(text)
    if low is not None and "from" not in low and "between" not in low:  # most sentences: no regex tried
        return False
    m = _PERIOD_BOUND_BEFORE.search(text, max(0, start - _PERIOD_REACH), start)
    if m is None:
        return False
    return m.group("end") is None or _FROM.search(text, max(0, m.start() - _PERIOD_SPAN), m.start()) is not None


# a date in a clause opened by "since": "since fighting broke out on 15 April", "since the war began on 24 February",
# "since Russia launched a new ground offensive there on Friday" dates the start of the period, never the saying
_SINCE_CLAUSE_BEFORE: Final = re.compile(r"\bsince\s+(?:[^,;:.!?\"“”]*\s)?$", re.IGNORECASE)
_SINCE_REACH: Final = 90  # characters from "since" to the date: its clause's subject, verb and object between
# a verb of saying between "since" and the date: the clause has ended ("since May and the army said on Monday")
_SAYING_BETWEEN: Final = re.compile(
    r"\b(?:said|says|told|tells|announced|reported|added|stated|claimed|wrote)\b", re.IGNORECASE
)


def _in_a_since_clause(text: str, start: int) -> bool:
    """Whether the date at `start` is in a clause opened by "since" (no comma, colon, semicolon or verb of saying
    between them)."""
    low = lowered(text)
    if low is not None and "since" not in low:  # most sentences: no regex tried
        return False
    m = _SINCE_CLAUSE_BEFORE.search(text, max(0, start - _SINCE_REACH), start)
    return m is not None and _SAYING_BETWEEN.search(text, m.start(), start) is None


# characters between a verb of saying and the date of the saying ("said in a statement on Monday")
_SAYING_REACH: Final = 45
# ... when they are the setting: "told reporters at a joint briefing with his counterpart in Riga"
_VENUE_REACH: Final = 100
# the words after a cue that name where or to whom it was said, not a clause of its own
_VENUE_OPENING: Final = re.compile(
    r"\s*(?:(?:this|so|it)\s+)?"
    r"(?:(?:to\s+)?(?:reporters|journalists|lawmakers|parliament|the\s+media)\s+)?"
    r"(?:at|during|in|while|via|on)\s",
    re.IGNORECASE,
)
# "wrote in the Times after his visit to Kyiv on Friday": the date is the visit's
_EVENT_CLAUSE: Final = re.compile(r"\b(?:after|before|following|since|until|ahead\s+of)\b", re.IGNORECASE)


def _dates_the_verb(d: DateMention, sentence: Sentence, cue: Cue, attribution: Attribution | None) -> bool:
    """'said on Monday', 'said in a statement in March'; not 'says he stands by his vow in March' nor 'said 12
    people were killed on Thursday' (the date of the reported clause)."""
    rel_start = d.start - sentence.start
    between = _after_cue(sentence.text, cue, attribution, rel_start)
    if between is None or " that " in f" {between} ":
        return False
    between = past_the_addressee(cue.verb, between)  # "told his counterpart X earlier on Saturday"
    if _night_of_the_event(d, between) or (has_digit(between) and _COUNT_BETWEEN.search(between) is not None):
        return False  # "says Russia attacked overnight", "says 142 trucks entered on Tuesday": the reported event's
    if in_the_saying_time_clause(between):  # "said as he met X on 14 February"
        return date_role(sentence.text, rel_start, d.end - sentence.start) != "event"
    if len(between) > _SAYING_REACH and not (
        len(between) <= _VENUE_REACH and _VENUE_OPENING.match(between) and not _EVENT_CLAUSE.search(between)
    ):
        return False
    if _CLAUSE_PUNCTUATION.search(between) or _REPORTED_CLAUSE.search(between):
        return False
    return date_role(sentence.text, rel_start, d.end - sentence.start) != "event"


_NIGHT_WORDS: Final = frozenset({"overnight", "last night"})
# a number between a verb of saying and a date: "says 142 trucks entered", "a 35-hour curfew imposed", "grow 3.2%"
# (a count of the reported clause), not "told BBC Radio 4's Today programme"
_COUNT_BETWEEN: Final = re.compile(r"\d(?:[\d,.%]|-[a-z]+)*(?:\s+[a-z]|\s*$)")


def _night_of_the_event(d: DateMention, between: str) -> bool:
    """Whether a night after the cue dates what the reported words tell, not the saying: "says Russia attacked
    overnight with 30 drones" (words of the clause between), not "said overnight", "said in a statement
    overnight"."""
    return _a_night(d.ref) and bool(between.strip()) and _VENUE_OPENING.match(between) is None


_RECORDING_VERBS: Final = frozenset({"recorded", "registered", "documented", "verified", "counted", "logged"})
_PERIODS: Final = frozenset({"week", "month", "year"})
_WHEN_AFTER: Final = re.compile(r",\s+when\s+")
_WHEN_CLAUSE_REACH: Final = 90  # characters from "when" to the cue: the speaker and an aside between


def _opens_a_when_clause(text: str, date_end: int, cue_start: int) -> bool:
    """Whether the date ending at `date_end` is followed by ", when" and the cue of the sentence in that clause
    ("came on Friday, when U.S. officials said"): the date tells when it was said."""
    if not text.startswith(", when", date_end):
        return False
    m = _WHEN_AFTER.match(text, date_end)
    return m is not None and cue_start - m.end() <= _WHEN_CLAUSE_REACH and ";" not in text[m.end() : cue_start]


def _after_cue(text: str, cue: Cue, attribution: Attribution | None, start: int) -> str | None:
    """The words between the cue and a date after it, the speaker's name left out ("said Defense Secretary Lloyd
    Austin in Warsaw on Friday" -> " in Warsaw "); None for a date before the cue."""
    if start < cue.end:
        return None
    if attribution and attribution.phrase_spans:
        ps_start, ps_end = attribution.phrase_spans[0]
        if cue.end <= ps_start and ps_end <= start and not text[cue.end : ps_start].strip():
            return text[after_apposition(text, ps_end) if ps_end < start else ps_end : start]
    return text[cue.end : start]


# a subject pronoun or an auxiliary: the words after the cue open a clause of their own, the reported one
_REPORTED_CLAUSE: Final = re.compile(
    r"\b(?:(?:he|she|it|they|we|i|you)\s+\w|(?:will|would|could|can|may|might|must|"
    r"should|has|have|had|was|were|is|are)\b)",
    re.IGNORECASE,
)


def _coming_weekday(date: DateMention, clause: str) -> bool:
    """A bare weekday in a forecast ("Troops will arrive on Friday, X said": `clause` is the text before the cue)
    is the coming one, not when it was said."""
    return (
        _WEEKDAY_RAW.search(date.ref.raw) is not None
        and not re.match(r"(?:last|on\s+last)\s", date.ref.raw, re.I)
        and names_a_forecast(clause)
    )


_FRONTED_OPENERS: Final = frozenset(
    {
        "in",
        "at",
        "on",
        "during",
        "after",
        "before",
        "since",
        "by",
        "earlier",
        "later",
        "late",
        "early",
        "prior",
        "shortly",
        "as",
        "when",  # "When the offensive began in March 2022, agencies estimated": the time of the when-clause
        "from",
        "until",
        "over",
        "throughout",
        "last",
        "this",
        "for",
        "then",
        "but",
        "and",
        "also",
        "separately",
        "meanwhile",
        "speaking",
        "writing",
    }
)


_PART_OPENERS: Final = (", ", " and ", " but ")


def _fronted_adverbial(text: str, start: int) -> bool:
    """Whether the date at `start` sits in a fronted time or place phrase ("Last month, X announced", "In his
    address on Tuesday, X said", "Speaking in Kyiv on Monday, X said"), not at the end of a clause of its own
    ("Russia lost 3,000 tanks in October, the ministry said"): the words before it in its part of the sentence (from
    the last comma, "and" or "but") are at most two, or open with a preposition or a participle."""
    opening = max((i + len(mark) for mark in _PART_OPENERS if (i := text.rfind(mark, 0, start)) >= 0), default=0)
    words = text[opening:start].split()
    if len(words) <= 2:
        return True
    first = words[0].lower()
    return first in _FRONTED_OPENERS or first.endswith("ing")


# words that open a phrase set off by commas between a fronted date and the speaker ("after weeks of denials")
_ASIDE_OPENERS: Final = frozenset("after before amid amidst following despite during with without in at on via as "
                                  "while when upon ahead like unlike".split())  # fmt: skip


def _fronted_date_then_asides(text: str, start: int, end: int, speaker_start: int) -> bool:
    """A date opening the sentence, then asides, then the speaker: the date is when it was said ("On February 24,
    2022, after weeks of denials, Putin announced"; "On Tuesday, speaking in Kyiv, Blinken said"). An aside opens
    with a preposition or a participle; a clause of its own ("On Monday, troops crossed the border, X said") is
    not one."""
    if end > speaker_start or "," in text[:start] or not _fronted_adverbial(text, start):
        return False
    parts = text[end:speaker_start].split(",")
    if len(parts) < 2 or parts[0].strip() or parts[-1].strip():
        return False
    for part in parts[1:-1]:
        words = part.split()
        if not words or not (
            words[0].lower() in _ASIDE_OPENERS or words[0].lower().endswith("ing") or _TIME_SPAN_ASIDE.match(part)
        ):
            return False
    return True


# an aside placing a fronted time against another: "In February 2022, days before the invasion, it said"
_TIME_SPAN_ASIDE: Final = re.compile(
    r"\s*(?:(?:a|an|one|two|three|four|five|six|a\s+few|few|several|some|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)"
    r"\s+(?:before|after|earlier|later|ago)\b",
    re.IGNORECASE,
)


def _fronted_or_same_day(date: DateMention, text: str, start: int) -> bool:
    """A date before the speaker is when it was said if it opens the sentence as a time phrase, or if it names a
    past day ("a rocket fell on a village on Sunday, hurting 12 people, said the governor": reported that day);
    a month or a year at the end of a clause is when the event happened ("Russia lost 300 tanks in October")."""
    return _fronted_adverbial(text, start) or (date.ref.precision == "day" and not date.future)


def _a_night(date: DateRef) -> bool:
    """Whether a date is a night ("overnight", "last night")."""
    return len(date.raw) <= len("last night") and date.raw.lower() in _NIGHT_WORDS


def _night_told_next_day(claim_date: DateRef, claimant: ActorRef, ctx: Context) -> DateRef | None:
    """The day a speaker was last dated on, when `claim_date` is the night just before it: "X said on Sunday
    ... Rescuers found two more bodies overnight, he added" goes on with Sunday's words, told the morning after."""
    night = claim_date.value
    if night is None or not _a_night(claim_date):
        return None
    prior = ctx.speaker_dates.get(claimant.name)
    day = prior[1] if prior is not None else None
    if day is None or day.value is None or day.precision != "day":
        return None
    return day if (day.value - night).days == 1 else None


_ISO_DATE: Final = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")  # the dates pattern "iso", without its word boundaries
# every anaphoric day ("earlier in the day", "later that day", "the day before", "that evening") holds one of these
_DAY_AFTER_A_WORD: Final = r"(?:the|that|same|previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
_DAYS_APART: Final = r"\bdays?\s+(?:earlier|later)\b"
_ANAPHORIC_DAY: Final = re.compile(_DAY_AFTER_A_WORD + "|" + _DAYS_APART)
# one is in every `_ANAPHORIC_DAY` match
_ANAPHORIC_DAY_NOUNS: Final = ("day", "night", "evening", "morning", "afternoon")
# its branches, matched around each place a noun is written (`_anaphoric_day`)
_DAY_AFTER_A_WORD_RE: Final = re.compile(_DAY_AFTER_A_WORD)
_DAYS_APART_RE: Final = re.compile(_DAYS_APART)


def _anaphoric_day(low: str) -> bool:
    """`_ANAPHORIC_DAY.search(low) is not None`, searched only around each place one of its nouns is written: the
    first branch in the run of non-whitespace before the noun's whitespace up to the noun's end (it ends with the
    noun, its word before it), the second matched at "day". The pattern opens with no literal and with `\\b` in a
    branch, so a search ran its matcher at every character (~37K instructions a sentence)."""
    for noun in _ANAPHORIC_DAY_NOUNS:
        at = low.find(noun)
        while at >= 0:
            if _DAY_AFTER_A_WORD_RE.search(low, chunks_back(low, at, 1), at + len(noun)) is not None:
                return True
            if noun == "day" and _DAYS_APART_RE.match(low, at) is not None:
                return True
            at = low.find(noun, at + 1)
    return False


def _context_day(ctx: Context, sentence: Sentence) -> dt.date | None:
    """The last day named before `sentence`, which only its anaphoric days ("earlier in the day") use.

    The dates of the sentences skipped since the last one read are read now, in order, and only when
    the sentence may hold such a phrase; otherwise `last_day` is returned as it stands, unused.
    """
    low = lowered(sentence.text)
    if low is not None and not _anaphoric_day(low):
        return ctx.last_day
    for skipped in ctx.undated:
        _note_days(ctx, find_dates(skipped.text, skipped.start, ctx.published, ctx.last_day))
    ctx.undated.clear()
    return ctx.last_day


def _holds_iso_date(text: str) -> bool:
    """`_ISO_DATE.search(text) is not None`, searched only where a hyphen stands before a 0 or a 1: every match holds
    "-0" or "-1" (its month), and the substring tests (after one for the hyphen) cost less than the regex's call."""
    return "-" in text and ("-0" in text or "-1" in text) and _ISO_DATE.search(text) is not None


def _skip_dates(ctx: Context, sentence: Sentence) -> None:
    """Leave a claimless sentence's dates unread until a later sentence needs them (`_context_day`).

    Reading dates can raise on some texts (an impossible ISO date such as 2024-02-30; a weekday spelt
    with ſ or ı; a publication date at the edge of the calendar): those sentences are read now, so the
    extractor raises exactly where it always did. One naming an occasion is read for its day (`_note_occasion`).
    """
    _note_occasion(ctx, sentence)
    if (
        lowered(sentence.text) is None
        or _holds_iso_date(sentence.text)
        or (ctx.published is not None and not 2 <= ctx.published.year <= 9998)
    ):
        _note_days(ctx, find_dates(sentence.text, sentence.start, ctx.published, _context_day(ctx, sentence)))
    else:
        ctx.undated.append(sentence)


def _note_days(ctx: Context, dates: list[DateMention]) -> None:
    """Remember the last day a sentence names (for "earlier in the day" in the sentences after it)."""
    for d in dates:
        if d.ref.value is not None and d.ref.precision == "day":
            ctx.last_day = d.ref.value
            ctx.undated.clear()  # the skipped sentences before this one no longer matter


def _clause_claim_date(
    sentence: Sentence,
    clause_cue: Cue,
    told: list[DateMention],
    main_date: DateRef | None,
    main_cue: Cue | None,
    quotes: list[tuple[int, int]] | None,
    published: dt.date | None,
) -> DateRef | None:
    """When a later clause's own speaker spoke ("Kyiv says it downed 20 drones, while the embassy said on Wednesday
    that ..."): the date on that clause's verb; else today for a present "says"; else none after a first speaker's
    present "says" (an undated past "said" is not today); else the first speaker's day."""
    own = next(
        (
            d
            for d in told
            if d.start - sentence.start > clause_cue.end
            and _may_date_saying(d, sentence, quotes, published)
            and _dates_the_verb(d, sentence, clause_cue, None)
        ),
        None,
    )
    if own is not None:
        return own.ref
    if clause_cue.verb in PRESENT_TENSE_CUES and published is not None:
        return DateRef(value=published, precision="day", raw=f"{clause_cue.verb} (present tense: publication date)")
    if main_cue is not None and main_cue.verb in PRESENT_TENSE_CUES:
        return None
    return main_date


def _count_report_day(
    sentence: Sentence,
    dates: list[DateMention],
    rel_start: int,
    rel_end: int,
    cue: Cue,
    quotes: list[tuple[int, int]] | None,
    published: dt.date | None,
) -> DateRef | None:
    """The day of a report of the count's own, earlier than its sentence's ("..., up from an estimate of 150,000
    given on Saturday", "after announcing the capture of five others on Saturday"): a day that may be when
    something was said; None when the count's clause names no such report (`count_report_date`)."""
    said = [d for d in dates if d.ref.precision == "day" and _may_date_saying(d, sentence, quotes, published)]
    if not said:
        return None
    at = count_report_date(sentence.text, rel_start, rel_end, [d.start - sentence.start for d in said], cue.start)
    return None if at is None else said[at].ref


# a bulletin saying its figures are the last day's: "over the past day", "in the last 24 hours"
_PAST_DAY: Final = re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)\b", re.IGNORECASE)


def _daily_change_day(claim_date: DateRef | None, sentence: Sentence, ctx: Context) -> DateRef | None:
    """The day a tally's daily change ("tanks – 5,283 (+12)") counts: the day before the bulletin's (its claim date
    to the day, else the publication date) when the bulletin says its figures are the past day's; else None."""
    day = claim_date.value if claim_date is not None and claim_date.precision == "day" else ctx.published
    said = _PAST_DAY.search(_bulletin_words(sentence, ctx.sentences)) if day is not None else None
    if day is None or said is None:
        return None
    return DateRef(value=day - dt.timedelta(days=1), precision="day", raw=f"{said.group(0)} (a bulletin's change)")


def _bulletin_words(sentence: Sentence, sentences: list[Sentence]) -> str:
    """The words of the bulletin around a tally: its paragraph and the sentence just before it (the lead-in:
    "The enemy's losses in the past day amounted to 320 persons."), not the rest of the article."""
    if sentence.index >= len(sentences) or sentences[sentence.index].start != sentence.start:
        return sentence.text
    first = last = sentence.index
    while first > 0 and sentences[first - 1].paragraph == sentence.paragraph:
        first -= 1
    while last + 1 < len(sentences) and sentences[last + 1].paragraph == sentence.paragraph:
        last += 1
    return " ".join(s.text for s in sentences[max(0, first - 1) : last + 1])


_WEEKDAY_RAW: Final = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


_LAST_FORWARD_DAY: Final = dt.date.max - dt.timedelta(days=7)  # a week later must still be a date


def _forward_if_forecast(d: DateMention, forecast: bool, published: dt.date | None) -> DateMention:
    """'troops will arrive on Friday': in a forecast a weekday is the coming one, not the last (the publication's own
    weekday is that day: "Biden will hold a call at 11 a.m. Friday" in Friday's paper)."""
    if not forecast or published is None or d.ref.value is None or d.ref.precision != "day":
        return d
    if _WEEKDAY_RAW.search(d.ref.raw) and d.ref.value < published and d.ref.value < _LAST_FORWARD_DAY:
        ref = d.ref.model_copy(update={"value": d.ref.value + dt.timedelta(days=7)})
        return DateMention(ref, d.start, d.end, True, d.anaphoric)
    return d


# a modal earlier in the day's clause: what may happen, not what did ("could nominate a premier as soon as Tuesday")
_MAY_HAPPEN_BEFORE: Final = re.compile(
    r"\b(?:could|may|might|would|can|should|as\s+soon\s+as)\b[^,;:]*$", re.IGNORECASE
)
_FUTURE_REACH: Final = 80  # characters before the day in which the modal is looked for


_TIME_REACH: Final = 3  # how many sentences back a time taken up ("at the time", "later that year") is looked for


def _time_told_before(sentence: Sentence, unit: str, step: int, ctx: Context) -> DateRef | None:
    """The last past time the sentences just before name in its paragraph, for a statement made "at the time" ("The
    frigate sank in June 2022. At the time the navy said two sailors had died"), "later that year" (that time's
    year) or "a year earlier" (the year before it): when the words were said. None when no time was told, or the
    time told is too coarse for the step ("the following day" after "in 2015")."""
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - _TIME_REACH), -1):
        before = ctx.sentences[index]
        if before.paragraph != sentence.paragraph:
            return None  # the time of another paragraph's story
        past = [
            d
            for d in find_dates(before.text, before.start, ctx.published, None)
            if not d.future
            and d.ref.value is not None
            and (ctx.published is None or d.ref.value <= ctx.published)
            and d.ref.raw[:6].lower() != "since "
            and not _in_a_since_clause(before.text, d.start - before.start)
        ]
        if past:
            return _stepped(past[-1].ref, unit, step)
    return None


_PRECISION_RANK: Final = {"day": 0, "week": 1, "month": 2, "year": 3}


def _stepped(ref: DateRef, unit: str, step: int) -> DateRef | None:
    """The time `step` units of `unit` from a time told (the time itself at that unit for step 0, or as told for no
    unit); None when the time told is coarser than a step needs."""
    raw = f"{ref.raw} ({'at the time' if not unit else f'{step:+d} {unit}'})"
    value = ref.value
    rank = _PRECISION_RANK.get(ref.precision or "day", 0)
    if not unit or value is None or (step == 0 and rank >= _PRECISION_RANK[unit]):
        return ref.model_copy(update={"raw": raw})
    if unit == "year":
        return DateRef(value=dt.date(value.year + step, 1, 1), precision="year", raw=raw)
    if unit == "month" and rank <= _PRECISION_RANK["month"]:
        months = value.year * 12 + value.month - 1 + step
        return DateRef(value=dt.date(months // 12, months % 12 + 1, 1), precision="month", raw=raw)
    if unit == "day" and rank == 0:
        return DateRef(value=value + dt.timedelta(days=step), precision="day", raw=raw)
    if step == 0 and unit == "week" and rank == 0:
        return ref.model_copy(update={"raw": raw})
    return None


def _said_before(claim_date: DateRef, event_day: DateRef) -> bool:
    """Whether a day's claim date is before the event day its words report (so it cannot be theirs)."""
    return (
        claim_date.precision == "day"
        and claim_date.value is not None
        and event_day.value is not None
        and claim_date.value < event_day.value
    )


def _reported_the_same_day(
    sentence: Sentence, event_dates: list[DateMention], cue: Cue | None, cues: list[Cue], published: dt.date
) -> DateRef | None:
    """The publication day, for a claim with no date of its own that reports a past event of that very day ("A
    missile struck a farm on Friday, killing three, the ministry said" in Friday's paper; "X said that by Friday
    evening 1,200 had been evacuated"): said after the event and by the publication, it was said that day. Not for a
    forecast ("will arrive on Friday"), a day in another speaker's clause, or a "today" (in a speech's transcript,
    the speech's day)."""
    for d in event_dates:
        if (
            d.ref.value != published
            or d.ref.precision != "day"
            or d.future
            or not (_WEEKDAY_RAW.search(d.ref.raw) or has_digit(d.ref.raw))
        ):
            continue  # "today" may be a speech's day in its transcript, not the paper's: a named day only
        rel = d.start - sentence.start
        if in_a_future_clause(sentence.text, rel) or _MAY_HAPPEN_BEFORE.search(
            sentence.text, max(0, rel - _FUTURE_REACH), rel
        ):
            continue  # "could name a premier as soon as Tuesday": no event that took place
        if cue is not None and any(
            other is not cue and other.phrase is not None and min(cue.start, rel) < other.start < max(cue.end, rel)
            for other in cues
        ):
            continue  # "X said 3 were killed, while Y told reporters on Friday ...": Y's day
        if names_a_forecast(sentence.text):
            return None
        return d.ref.model_copy(update={"raw": f"{d.ref.raw} (event of the publication day)"})
    return None


# the nouns `may_date_an_owned_statement` and `dated_occasion_nouns` need, one of them a whole run of letters
_OWNED_OR_OCCASION_WORDS: Final = OWNED_STATEMENT_WORDS | OCCASION_NOUN_WORDS
_OWNED_OR_OCCASION_GATE: Final = word_gate(_OWNED_OR_OCCASION_WORDS)
_OCCASION_NOUN_GATE: Final = word_gate(OCCASION_NOUN_WORDS)
# the verbs `names_an_occasion` looks for: each match of its pattern begins with one of them as a whole run of letters
# (lowercase, between \b and \b), so a sentence without one as a run of its lowercased letters names no occasion
_OCCASION_VERB_GATE: Final = word_gate(ascii_words(OCCASION_NEEDLES))


def _note_occasion(ctx: Context, sentence: Sentence, found: list[DateMention] | None = None) -> None:
    """Remember a sentence naming an occasion and when it was ("On Thursday, X met Y", "X addressed the
    assembly on 24 September", "In a joint session on Wednesday, ..."): its first date that may be when something
    was said; and the days of the occasions it names by their noun ("held its briefing on Tuesday"). `found`: the
    sentence's dates already read with `ctx.last_day` as its context day (not read again)."""
    low = lowered(sentence.text)
    mask = word_mask(low) if low is not None else -1  # read once for the three gates below (all bits set: no mask)
    by_verb = mask & _OCCASION_VERB_GATE != 0 and names_an_occasion(sentence.text)  # one bit before the needles
    if not by_verb and mask & _OWNED_OR_OCCASION_GATE == 0:
        return  # no owned statement's noun and no occasion noun (the two tests below): one lookup for both
    # without one of the whole words `dated_occasion_nouns` reads, the sentence dates no occasion noun: the runs of
    # letters split once per sentence (`letter_words`, shared with the cue scan) rather than 13 substring scans
    owned = -2  # where the first statement named with its maker begins ("The MoD update on Feb. 13 ..."), -1 if
    # none, -2 until asked: only a day after it is read, so it is asked only where a day may be
    if not by_verb and (low is None or mask & _OCCASION_NOUN_GATE == 0):
        if found is None and not may_hold_a_date(sentence.text):
            return  # no date: `find_dates` finds none, and nothing below notes anything
        owned = first_owned_statement(sentence.text)
        if owned < 0:
            return
    if found is None:
        found = find_dates(sentence.text, sentence.start, ctx.published, ctx.last_day)
    said = [
        d
        for d in found
        if d.ref.value is not None
        and _may_date_saying(d, sentence, None, ctx.published)
        and not (ctx.dateline is not None and d.start == ctx.dateline.start)
    ]
    at = None
    if by_verb:
        dates = [
            d for d in said if date_role(sentence.text, d.start - sentence.start, d.end - sentence.start) != "event"
        ]
        at = occasion_date_at(
            sentence.text, [d.start - sentence.start for d in dates], [d.end - sentence.start for d in dates]
        )
        if at is not None:
            ctx.occasion = (sentence.index, dates[at].ref, sentence.text)
    day_dates = [d for d in said if d.ref.precision == "day"] if at is None else []
    if day_dates and owned == -2:
        owned = first_owned_statement(sentence.text)
    if day_dates and owned >= 0:
        dates = day_dates
        owner = owned_statement_date(sentence.text, [d.start - sentence.start for d in dates], owned)
        if owner is not None:  # a later "The MoD notes" takes the day of the update named before: its maker's
            ctx.occasion = (sentence.index, dates[owner[0]].ref, makers_names(sentence.text, owner[1]))
    dates = said  # "for Monday's joint session": the noun itself says the day is an occasion's
    starts = [d.start - sentence.start for d in dates]
    ends = [d.end - sentence.start for d in dates]
    fronted = _FRONTED_OCCASION.match(sentence.text)
    for noun, at_noun in dated_occasion_nouns(sentence.text, starts, ends):
        if at_noun is None:
            ctx.occasion_days.pop(noun, None)  # "a second session": a later "the session" is that one, undated
            continue
        if dates[at_noun].ref.precision != "day":
            continue  # "at the last summit in 2019": a look back, not a day a later "at the summit" can take
        ctx.occasion_days[noun] = (sentence.index, dates[at_noun].ref)
        if at is None and fronted is not None and fronted.group("noun").lower() == noun:
            at = at_noun  # "In a joint session on Wednesday, lawmakers heard X": the scene of those it names
            scene = _SCENE_END.search(sentence.text, fronted.end())  # not those a clause of its own names
            ctx.occasion = (sentence.index, dates[at_noun].ref, sentence.text[: scene.start() if scene else None])


# where the participants of a scene stop being named: a clause of its own ("was asked whether he feared X")
_SCENE_END: Final = re.compile(r"\b(?:whether|that|who|whom|which|whose|about|after|before|because|while|as)\b|[—–;:(]")
# a sentence opening on an occasion named by its noun: "In a joint session on Wednesday, ...", "At a briefing ..."
_FRONTED_OCCASION: Final = re.compile(
    r"\W*(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>session|briefing|meeting|"
    r"conference|summit|hearing|interview|debate|forum|address|speech|talks|sitting)(?:e?s)?\b",
    re.IGNORECASE,
)
