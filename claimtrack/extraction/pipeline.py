"""Assemble claims from a document's text: sentences -> speakers, counts, places, dates -> merged claims.

The document is read in order, carrying a little context: the persons named so far (so "he said"
and "Kirby" resolve), the last speaker and when they spoke, the last day mentioned ("earlier in the
day"), and the side of recently mentioned troops ("the first group would consist of 2,600 soldiers").
A count is a claim only when someone claims it; the same count repeated in headline, bullet and body
becomes one claim with several mentions.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from typing import Final, cast

from claimtrack.extraction.actors import resolve_actor
from claimtrack.extraction.added_remarks import added_remark
from claimtrack.extraction.antecedents import PERSON_OFFICE_HEADS
from claimtrack.extraction.attribution import (
    APPEAL_CUES,
    CONFIRM_VERBS,
    DENIAL_VERBS,
    EVIDENCE_VERBS,
    Cue,
    dateline_end,
    find_cues,
    inside,
    transcript_marker,
)
from claimtrack.extraction.bulletins import bulletin_day
from claimtrack.extraction.carried_speakers import _attribute_reported_neighbours, _document_given_by
from claimtrack.extraction.claim_merging import (
    _entry_headlines,
    _headline_dates_from_body,
    _headline_end,
    _merge,
    _merge_entry_headlines,
    _merge_repeats,
)
from claimtrack.extraction.commitments import PACKAGE_REACH, _commitment, _lists_package, _supplier
from claimtrack.extraction.confidence import assess, is_adversary_losses
from claimtrack.extraction.date_carry import (
    OCCASION_NEEDLES,
    OCCASION_NOUN_WORDS,
    OWNED_STATEMENT_WORDS,
    TOLD_TIME_GATE,
    closes_the_title,
    dated_occasion_nouns,
    dates_earlier_words,
    dates_the_verb,
    first_owned_statement,
    makers_names,
    may_be_speaker,
    names_an_occasion,
    names_the_speaker,
    occasion_date_at,
    occasion_referred_to,
    opens_on_a_later_time,
    owned_statement_date,
    title_line,
    told_time_phrase,
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
from claimtrack.extraction.dates import (
    DateMention,
    entry_days,
    find_dateline,
    find_dates,
    frame_year,
    in_the_year_told,
    may_hold_a_date,
    page_stamp,
    yearless_month_dates,
)
from claimtrack.extraction.document_context import SCENE_REACH, Attribution, Context, _Reading
from claimtrack.extraction.focus import sides_named
from claimtrack.extraction.gazetteer import Place, load_gazetteer, pinned_environment
from claimtrack.extraction.layout_speakers import (
    _attribute_source_footers,
    _bulletin_issuer,
    _channel_author,
    _inline_publisher,
    _lead_issuer,
    _line_attribution,
    _tally_issuer,
    _transcript_speaker,
)
from claimtrack.extraction.lexicons import side_by_form, side_regex
from claimtrack.extraction.list_issuers import named_issuer
from claimtrack.extraction.place_links import (
    bordering_area_mentions,
    compass_mentions,
    nationwide_mentions,
    nationwide_spans,
    origin_country_mentions,
    outside_body_seats,
    outside_person_titles,
    outside_speaker_titles,
    pronoun_mentions,
)
from claimtrack.extraction.place_phrases import (
    LAUNCH_GATE,
    NAMED_ELSEWHERE_WORDS,
    as_clause_start,
    characterising_clause_start,
    clause_end,
    compass_parts,
    launch_origin,
    named_elsewhere,
)
from claimtrack.extraction.places import (
    AREA_KINDS,
    SETTLEMENT_KINDS,
    PlaceContext,
    PlaceMention,
    choose_place,
    find_places,
    home_office_country,
    needs_place_context,
    place_ref,
    places_of_count,
    refers_to_context,
    speaker_country_mentions,
)
from claimtrack.extraction.prefilter import (
    StartScan,
    ascii_words,
    chunks_back,
    has_digit,
    holds_gate,
    is_word_char,
    lowercase_twin,
    lowered,
    may_hold,
    sentence_has_digit,
    vocabulary_hits,
    word_gate,
    word_mask,
)
from claimtrack.extraction.quantities import (
    CountMention,
    elided_noun_counts,
    find_counts,
    further_counts,
    gapped_counts,
    may_have_elided_noun,
    may_name_a_one_person_toll,
    may_read_parts,
    one_person_tolls,
    partitive_frame,
    placed_item_counts,
    pronoun_parts,
    remaining_counts,
)
from claimtrack.extraction.quoted_speech import (
    _attribute_quote_continuations,
    _document_quotes,
    _relative_quotes,
    _wholly_quoted,
)
from claimtrack.extraction.rival_figures import figure_after, rival_count
from claimtrack.extraction.said_forms import LEAD_REACH, lead_index, present_perfect_lead
from claimtrack.extraction.sentence_speakers import _attribute, _quoted_by_match
from claimtrack.extraction.sentences import Sentence, split_sentences
from claimtrack.extraction.speaker_labels import LineSpeakers, interview_meeting, is_post_header
from claimtrack.extraction.speaker_references import (
    _introduced_publisher,
    _note_document_speaker,
    _note_statement_author,
    _remember_other_bodies,
    _remember_speaker,
)
from claimtrack.extraction.speaker_run import adds_to_report
from claimtrack.extraction.subjects import included_part, side_of, subject_of
from claimtrack.extraction.unvalidated import unvalidated_record
from claimtrack.extraction.war_spans import counts_whole_war, war_place
from claimtrack.records import ActorRef, DateRef, Evidence, ExtractedClaim, PlaceRef, Quantity
from claimtrack.records import Attribution as AttributionKind

PRESENT_TENSE_CUES: Final = frozenset({"says", "say", "tells", "claims", "reports", "estimates", "believes", "warns",
                                       "denies", "confirms", "announces", "thinks", "expects", "puts"})  # fmt: skip
FORECAST_RE: Final = re.compile(
    r"\b(?:expected\s+to|will|plans?\s+to|planning\s+to|set\s+to|is\s+to|are\s+to|would|by\s+(?:the\s+end\s+of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b",
    re.IGNORECASE,
)
FORECAST_TWIN: Final = lowercase_twin(FORECAST_RE)
# the twin as a scan from one non-word character to the next: every word of it begins with a letter, so its
# leading \b is (?<!\w)
FORECAST_SCAN: Final = StartScan(FORECAST_TWIN.pattern.removeprefix(r"\b"), r"\w")
# FORECAST_RE's branches on a lowered text, by the word each opens with, each written so that the engine skips
# ahead to that word's letters (a lookbehind after them stands for the leading \b, as `trie_alternation` writes
# it); "expected to" and the like open with several words: their scan is the whole twin's
_FORECAST_WILL: Final = re.compile(r"w(?<!\ww)(?:ill|ould)\b")
_FORECAST_BY_MONTH: Final = re.compile(
    r"by(?<!\wby)\s+(?:the\s+end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
# the forecast words as runs of letters: "will", "would", "by" alone; the others only before "to" (`holds_word`:
# word gates would push gates tested on every sentence past the mask's short bits)
_FORECAST_WILL_WORDS: Final = ascii_words({"will", "would"})
_FORECAST_BY: Final = ascii_words({"by"})
_FORECAST_BEFORE_TO: Final = ascii_words({"expected", "plan", "plans", "planning", "set", "is", "are"})
_FORECAST_TO: Final = ascii_words({"to"})
# which of the four sets above each of their words is in, as a bit each: one walk over a text's vocabulary hits tells
# what four `holds_word` calls did, each of which read the hits again
_HOLDS_WILL: Final = 1
_HOLDS_BY: Final = 2
_HOLDS_TO: Final = 4
_HOLDS_BEFORE_TO: Final = 8
_FORECAST_WORD_SETS: Final = (
    (_FORECAST_WILL_WORDS, _HOLDS_WILL), (_FORECAST_BY, _HOLDS_BY), (_FORECAST_TO, _HOLDS_TO),
    (_FORECAST_BEFORE_TO, _HOLDS_BEFORE_TO),
)  # fmt: skip
_FORECAST_WORD_BITS: Final[dict[bytes, int]] = {
    word: sum(bit for words, bit in _FORECAST_WORD_SETS if word in words)
    for words, _ in _FORECAST_WORD_SETS
    for word in words
}
_FORECAST_WORDS: Final = frozenset(_FORECAST_WORD_BITS)


def _forecast_words_held(low: str) -> int:
    """The bits (`_HOLDS_WILL` ...) of the forecast word sets one of whose words is a whole run of a-z of `low`: a run
    in a set is a vocabulary hit (`vocabulary_hits` of their union), as `holds_word` reads it."""
    held = 0
    for word in vocabulary_hits(low, _FORECAST_WORDS):
        held |= _FORECAST_WORD_BITS.get(word, 0)
    return held


SIDE_CARRY_SENTENCES: Final = 3


def names_a_forecast(text: str) -> bool:
    """`FORECAST_RE.search(text) is not None`, each branch looked for only where the text's runs of letters hold
    the words its matches need (a word between \\b is such a run): "will" and "would", "by" before a month, and
    the phrases before "to" by code from each "to" (`_plans_to`)."""
    low = lowered(text)
    if low is None:
        return FORECAST_RE.search(text) is not None
    held = _forecast_words_held(low)
    if held & _HOLDS_WILL and _FORECAST_WILL.search(low) is not None:
        return True
    if held & _HOLDS_BY and _FORECAST_BY_MONTH.search(low) is not None:
        return True
    if not held & _HOLDS_TO or not held & _HOLDS_BEFORE_TO:
        return False
    return _plans_to(low)  # the other branches were ruled out above: FORECAST_SCAN.search(low) could only find these


# the words FORECAST_RE's phrases before "to" open with (`_plans_to`)
_WORDS_BEFORE_TO: Final = frozenset({"expected", "plan", "plans", "planning", "set", "is", "are"})


def _plans_to(low: str) -> bool:
    """Whether `\\b(?:expected|plans?|planning|set|is|are)\\s+to\\b` matches in `low`: FORECAST_RE's phrases before
    "to", read by code from each "to" that no word character follows and whitespace precedes (`\\s` is
    `str.isspace`): the whole run of word characters before that whitespace is one of `_WORDS_BEFORE_TO` (a longer
    run has a word character before the phrase, where \\b fails). The whole twin's scan tried every branch after
    each non-word character."""
    size = len(low)
    at = low.find("to")
    while at >= 0:
        if at > 0 and low[at - 1].isspace() and (at + 2 == size or not is_word_char(low[at + 2])):
            end = at - 1
            while end > 0 and low[end - 1].isspace():
                end -= 1
            start = end
            while start > 0 and is_word_char(low[start - 1]):
                start -= 1
            if low[start:end] in _WORDS_BEFORE_TO:
                return True
        at = low.find("to", at + 2)
    return False


_TROOP_NOUN_WORDS: Final = ("troops", "soldiers", "units", "forces", "brigades", "battalions", "personnel",
                            "servicemen",
                            "fighters", "officers", "pilots")  # fmt: skip
_TROOP_NOUNS: Final = "(?:" + "|".join(_TROOP_NOUN_WORDS) + ")"


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


def _sides_mentioned(sentence: str) -> str | None:
    if not any(noun in sentence for noun in _TROOP_NOUN_WORDS):  # the pattern is case-sensitive
        return None
    m = side_regex(r"\b(?P<side>{SIDE})\s+(?:\w+\s+)?" + _TROOP_NOUNS + r"\b").search(sentence)
    if not m:
        return None
    side = side_by_form(m.group("side"))
    return side.adjective if side else None


def _carried_side(ctx: Context, index: int) -> str | None:
    for back in range(1, SIDE_CARRY_SENTENCES + 1):
        side = _side_at(ctx, index - back)
        if side:
            return side
    return None


def _side_at(ctx: Context, index: int) -> str | None:
    """The side of the troops sentence `index` mentions, read when a later count first asks for it."""
    if index < 0:
        return None
    if index not in ctx.side_at:
        ctx.side_at[index] = _sides_mentioned(ctx.sentences[index].text)
    return ctx.side_at[index]


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


def _with(mentions: list[PlaceMention], more: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions and `more`, in text order."""
    return sorted(mentions + more, key=lambda m: m.start) if more else mentions


def _plain_read(ctx: Context, sentence: Sentence, read: list[PlaceMention] | None) -> list[PlaceMention]:
    """The places of a sentence waiting in `unplaced`: those read with it, else read without context, once (several
    readers peek at the same sentences: the document's country, the scene before a toll, the main town ...)."""
    if read is not None:
        return read
    found = ctx.plain_places.get(sentence.index)
    if found is None:
        found = ctx.plain_places[sentence.index] = find_places(sentence.text, sentence.start)
    return found


def _document_country(ctx: Context) -> Place | None:
    """The country the document is about so far (`PlaceContext.country`), counting the sentences still waiting in
    `unplaced` without observing them (their order there matters to the later readers of `unplaced`)."""
    seen = PlaceContext(counts=Counter(ctx.places.counts))
    for earlier, read in ctx.unplaced:
        seen.observe(_plain_read(ctx, earlier, read))
    return seen.country()


def _linked_places(
    ctx: Context,
    sentence: Sentence,
    mentions: list[PlaceMention],
    attribution: Attribution | None,
    claimant: ActorRef | None,
) -> list[PlaceMention]:
    """The mentions plus the speaker's country ("near our border") and the polities pronouns point back to
    ("along its borders"), less a speaker's title's."""
    affiliation = claimant.affiliation if claimant is not None else None
    mentions = _with(mentions, speaker_country_mentions(sentence.text, sentence.start, affiliation))
    mentions = _with(mentions, pronoun_mentions(sentence.text, sentence.start, mentions, affiliation))
    mentions = bordering_area_mentions(sentence.text, sentence.start, mentions)
    if attribution is not None and mentions:
        mentions = outside_speaker_titles(sentence.text, sentence.start, mentions, attribution.phrase_spans)
        mentions = outside_body_seats(sentence.text, sentence.start, mentions, attribution.phrase_spans)
    spans = attribution.phrase_spans if attribution is not None else []
    mentions = outside_person_titles(sentence.text, sentence.start, mentions, spans)
    # people who crossed from abroad are where the speaker counts them; "in the south" is a part of a country
    mentions = _with(mentions, origin_country_mentions(sentence.text, sentence.start, mentions, affiliation, spans))
    if nationwide := nationwide_spans(sentence.text):  # "wounded nationwide": the whole country
        document = _document_country(ctx)
        more = nationwide_mentions(sentence.text, sentence.start, nationwide, mentions, affiliation, spans, document)
        mentions = _with(mentions, more)
    if not compass_parts(sentence.text):
        return mentions
    document = _document_country(ctx)
    return _with(mentions, compass_mentions(sentence.text, sentence.start, mentions, affiliation, spans, document))


def _place_mentions(ctx: Context, sentence: Sentence) -> list[PlaceMention]:
    """The places a claim's sentence names.

    The places of the sentences before it matter only to a reference ("the capital", "the town"): they
    are read and observed, in order, only when a sentence holds one; until then they wait in `unplaced`.
    """
    if not refers_to_context(sentence.text) and not needs_place_context(sentence.text):
        mentions = find_places(sentence.text, sentence.start)
        ctx.unplaced.append((sentence, mentions))
        return mentions
    for earlier, read in ctx.unplaced:
        if read is None:
            read = ctx.plain_places.get(earlier.index)  # read already, and a sentence with no reference reads alike
            if read is None or refers_to_context(earlier.text) or needs_place_context(earlier.text):
                read = find_places(earlier.text, earlier.start, ctx.places)
        ctx.places.observe(read, earlier.text, earlier.start)
        ctx.focus.note(earlier.index, read)
        ctx.observed.append((earlier, read))
    ctx.unplaced.clear()
    mentions = find_places(sentence.text, sentence.start, ctx.places)
    ctx.places.observe(mentions, sentence.text, sentence.start)
    ctx.observed.append((sentence, mentions))
    return mentions


def _recent_sentences(ctx: Context) -> list[tuple[Sentence, list[PlaceMention] | None]]:
    """The last sentences read, in order, with their places if read: the last ones `places` observed, then those
    waiting in `unplaced` (a sentence with "the city" observes those before it, which stay scenes)."""
    return [*ctx.observed, *ctx.unplaced] if ctx.observed else ctx.unplaced


_NEARER_REACH: Final = 2  # sentences before a claim whose places are nearer than its speaker's country
# an event named before: "wounded in that attack", "were involved in the operation", "rescuers deployed to the site";
# and the facility it befell: "detained 80 suspects at the hospital compound", "pulled 12 from the building"
_EVENT_BACK_REFERENCE: Final = re.compile(
    r"\b(?:the|that|this)\s+(?:same\s+)?(?:attack|strike|operation|explosion|"
    r"blast|shelling|raid|bombing|incident|collapse|fire|site|scene|hospital|compound|building|facility|plant|"
    r"market|premises|complex)\b",
    re.IGNORECASE,
)


def _home_office_place(
    ctx: Context, sentence: Sentence, mentions: list[PlaceMention], excluded: list[tuple[int, int]]
) -> PlaceRef | None:
    """The country of a home office speaking ("Lebanon's health ministry said strikes had killed 46": Lebanon), for
    a sentence that names no place of its own, unless it points back to an event the sentences just before place
    inside that country ("... an attack on central Belgorod ... More than 100 were wounded in that attack, Russia's
    Health Ministry said": no Russia)."""
    home = home_office_country(sentence.text, sentence.start, mentions, excluded)
    if home is None or not _EVENT_BACK_REFERENCE.search(sentence.text):
        return home  # "Israeli strikes had killed 46 over the previous 24 hours": the country's own toll
    gaz = load_gazetteer()
    recent = ctx.places.settlement()
    nearer = [recent] if recent is not None else []
    for earlier, read in ctx.unplaced:
        if sentence.index - _NEARER_REACH <= earlier.index < sentence.index:
            nearer += [m.place for m in _plain_read(ctx, earlier, read)]
    if any(p.kind != "country" and home.name in {p.country, *(a.name for a in gaz.ancestors(p.name))} for p in nearer):
        return None
    return home


def _names_its_own_place(mentions: list[PlaceMention], excluded: list[tuple[int, int]]) -> bool:
    """Whether a sentence names a place outside its speaker's words and dateline ("Ukraine's prosecutor general"
    and "KYIV, Feb 24 -" name none of its own)."""
    return any(not any(s <= m.start < e for s, e in excluded) for m in mentions)


def _lies_in(place: PlaceRef, country: PlaceRef) -> bool:
    """Whether `place` is `country` or lies inside it."""
    return place.name == country.name or place.country == country.name or country.name in place.ancestors


# a speaker named by a local office without its place: "the regional governor", "regional police", "the local
# military administration", "the governor", "the mayor" (the place is the one the report has just named); a body
# needs its local word ("the administration" may be a government's)
_BARE_LOCAL_OFFICE: Final = re.compile(
    r"^(?:the\s+)?(?:(?:(?:regional|local|oblast|municipal|city|district)\s+)+(?:military\s+|state\s+)?"
    r"(?:governor|mayor|administration|police|authorities|officials|council|prosecutors?)|governor|mayor)\b",
    re.IGNORECASE,
)
# a sentence that turns to another story: "Separately, ...", "Elsewhere, ...", "In a separate development, ..."
_CHANGE_OF_TOPIC: Final = re.compile(
    r"^\W*(?:separately|elsewhere|meanwhile|in\s+(?:a\s+)?separate|in\s+other|on\s+the\s+other)\b", re.IGNORECASE
)


def _office_reference_place(ctx: Context, sentence: Sentence, attribution: Attribution | None) -> PlaceRef | None:
    """The place of the sentence right before, for a count whose sentence names none and whose speaker is a local
    office named without its place ("A missile hit Dnipro. Fifteen were wounded, regional governor X said.":
    Dnipro); a country is no office's place, and a sentence that turns to another story takes none."""
    if attribution is None or attribution.cue is None or not attribution.cue.phrase:
        return None
    if _BARE_LOCAL_OFFICE.match(attribution.cue.phrase) is None or _CHANGE_OF_TOPIC.match(sentence.text):
        return None
    before = next((item for item in reversed(_recent_sentences(ctx)) if item[0].index == sentence.index - 1), None)
    if before is None:
        return None
    earlier, read = before
    mentions = _plain_read(ctx, earlier, read)
    place = choose_place(earlier.text, earlier.start, mentions, [])
    return place if place is not None and place.kind not in {"country", "union"} else None


_OFFICE_PRONOUNS: Final = frozenset({"he", "she", "it"})


def _office_own_place(attribution: Attribution | None) -> PlaceRef | None:
    """The place in the office a pronoun speaker means, for a count whose sentences name none: "The governor of
    Kharkiv Oblast spoke on Sunday. He said 12 people were wounded.": Kharkiv Oblast; a country is no office's
    place (a minister's)."""
    if attribution is None or attribution.resolved_from not in _OFFICE_PRONOUNS:
        return None
    raw = attribution.claimant.raw or ""
    place = choose_place(raw, 0, find_places(raw, 0), []) if raw else None
    return place if place is not None and place.kind not in {"country", "union"} else None


_SCENE_CATEGORIES: Final = frozenset({"people", "casualties"})  # counts of people an event befell ...
# ... as its toll ("Four people were killed"; not "40 diplomats were expelled")
_TOLL_WORDS: Final = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|hurt|dead|died|deaths?|"
    r"casualties|missing|trapped|hospitali[sz]ed|buried|rescued|bodies|recovered)\b",
    re.IGNORECASE,
)
# the places a scene is: a town, a camp, a region ("shelling in the Kursk region ... Twelve civilians were killed")
_SCENE_KINDS: Final = SETTLEMENT_KINDS | AREA_KINDS | {"camp", "island", "area"}


def _is_toll(sentence: Sentence, counts: list[CountMention]) -> bool:
    """Whether a sentence counts people an event befell as its toll ("Four people were killed")."""
    return any(c.group.category in _SCENE_CATEGORIES for c in counts) and _TOLL_WORDS.search(sentence.text) is not None


def _scene_place(ctx: Context, sentence: Sentence) -> PlaceRef | None:
    """The place where the nearest of the two sentences before that names one placed its event, for a toll whose
    sentence names no place ("A drone hit a bus stop in Kherson. Rescuers are at the site. Four people were killed,
    the ministry said.": Kherson), across a paragraph break too (a lede, then the toll); a country is too wide to
    carry (nor does a sentence naming one carry what it named before), and a sentence that turns to another story
    takes none."""
    if _CHANGE_OF_TOPIC.match(sentence.text):
        return None
    for earlier, read in reversed(_recent_sentences(ctx)):
        if earlier.index >= sentence.index:
            continue
        if earlier.index < sentence.index - SCENE_REACH:
            return None
        mentions = _plain_read(ctx, earlier, read)
        if mentions and earlier.text[:2].isupper():
            mentions = _outside_dateline(earlier, mentions)  # "BEIRUT, Dec 29 -": where it was filed, no scene
        place = choose_place(earlier.text, earlier.start, mentions, []) if mentions else None
        if place is not None:
            return place if place.kind in _SCENE_KINDS else None
    return None


def _outside_dateline(sentence: Sentence, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions of a sentence less those in the wire dateline opening it (`dateline_end`)."""
    filed = dateline_end(sentence.text)
    return [m for m in mentions if m.start >= sentence.start + filed] if filed else mentions


def _main_settlement(ctx: Context) -> PlaceRef | None:
    """The town the document is about so far (`PlaceContext.main_settlement`, counting the sentences still waiting
    in `unplaced` without observing them), as its last mention among them."""
    seen = PlaceContext(named=Counter(ctx.places.named))
    read_sentences = [_plain_read(ctx, earlier, read) for earlier, read in ctx.unplaced]
    for mentions in read_sentences:
        seen.observe(mentions)
    main = seen.main_settlement()
    if main is None:
        return None
    last = next(
        (m for mentions in reversed(read_sentences) for m in reversed(mentions) if m.place.name == main.name), None
    )
    return place_ref(last) if last is not None else None


def _focus_place(
    ctx: Context, sentence_text: str, named: list[PlaceMention], attribution: Attribution | None, toll: bool
) -> PlaceRef | None:
    """The place the document is about so far (`PlaceFocus`), for a count nothing else places; the sentences waiting
    in `unplaced` are counted for it (read without the context their later reading may have). A country is no local
    office's place ("..., the regional administration said"), nor a toll's scene (`_scene_place`)."""
    for earlier, read in ctx.unplaced:
        if earlier.index not in ctx.focus.noted:
            ctx.focus.note(earlier.index, _plain_read(ctx, earlier, read))
    affiliation = attribution.claimant.affiliation if attribution is not None else None
    mention = ctx.focus.place(named, sides_named(sentence_text, affiliation))
    if mention is None:
        return None
    if mention.place.kind == "country" and (
        toll or (attribution is not None and _BARE_LOCAL_OFFICE.match(attribution.claimant.name))
    ):
        return None
    return place_ref(mention)


def _note_days(ctx: Context, dates: list[DateMention]) -> None:
    """Remember the last day a sentence names (for "earlier in the day" in the sentences after it)."""
    for d in dates:
        if d.ref.value is not None and d.ref.precision == "day":
            ctx.last_day = d.ref.value
            ctx.undated.clear()  # the skipped sentences before this one no longer matter


_ATTRIBUTION_KINDS: Final[dict[str, AttributionKind]] = {
    "person": "named",
    "organisation": "named",
    "anonymous": "anonymous",
    "media": "media",
}


def _attribution_kind(actor: ActorRef) -> AttributionKind:
    return _ATTRIBUTION_KINDS[actor.kind]


_LETTER_WORD: Final = re.compile(r"[^\W\d_]+")


def _says_something(text: str) -> bool:
    """Whether a sentence holds a statement: two words at least, not a lone '"', "(...)", "Why?" or "Exactly!"."""
    if len(text) > 40:
        return True  # the fragments meant ("Why?", "(...)") are short: a longer sentence is read as holding words
    return len(_LETTER_WORD.findall(text)) >= 2


# "has not confirmed", "did not deny", "declined to confirm": the verb's act did not take place
_NEGATED_BEFORE: Final = re.compile(
    r"(?:\bnot|\bnever|n['’]t|\b(?:declined|refused|failed)\s+to)\s+(?:\w+ly\s+|yet\s+)?$", re.IGNORECASE
)


def _statement_kind(cue: Cue | None, text: str) -> str:
    """statement, denial or confirmation, by the cue's verb; a negated denial or confirmation is a statement."""
    if cue is None:
        return "statement"
    if (cue.verb in DENIAL_VERBS or cue.verb in CONFIRM_VERBS) and _NEGATED_BEFORE.search(text, 0, cue.start):
        return "statement"  # "Kyiv has not confirmed this", "the Kremlin did not deny it"
    if cue.verb in DENIAL_VERBS:
        return "denial"
    if cue.verb in CONFIRM_VERBS or cue.verb == "confirmation":
        return "confirmation"
    return "statement"


# what lies between a denial and the noun it denies: "denied (the) reports", "rejected Western claims"
_DENIED_OBJECT_GAP: Final = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}")
_CLAUSE_TURN: Final = re.compile(r"\b(?:but|and|while|though)\b", re.IGNORECASE)


def _denied_object(denial: Cue, other: Cue, text: str) -> bool:
    """Whether `other` is a noun of saying that the denial takes as its object ("denied reports", "rejected
    Western claims"): at most two words between, and its speaker, if any, is one of them."""
    if other.start < denial.end:
        return False
    gap = text[denial.end : other.start]
    if other.phrase is not None and other.phrase not in gap:
        return False
    return _DENIED_OBJECT_GAP.fullmatch(gap) is not None and not _CLAUSE_TURN.search(gap)


def count_denied(cue: Cue | None, cues: list[Cue], text: str, count_start: int) -> bool:
    """Whether a count lies under the sentence's denial: "X denied that 3,000 troops were sent", "3,000 troops
    were sent, a claim X denied". The cue nearest before the count (the first after it when none is before)
    governs it; the count is denied when that cue is the sentence's cue and denies (not "did not deny")."""
    if cue is None or cue.verb not in DENIAL_VERBS or _statement_kind(cue, text) != "denial":
        return False
    before = [c for c in cues if c.end <= count_start and not _denied_object(cue, c, text)]
    governing = max(before, key=lambda c: c.start) if before else min(cues, key=lambda c: c.start, default=None)
    return governing is cue


def extract_claims(text: str, published: dt.date | None = None) -> list[ExtractedClaim]:
    """Every claim the text makes, with evidence offsets into `text`."""
    with pinned_environment():  # the lexicon variables are read once per document, not once per word
        return _extract_claims(text, published)


def _extract_claims(text: str, published: dt.date | None) -> list[ExtractedClaim]:
    sentences = split_sentences(text)
    if not sentences:
        return []
    doc_quotes = _document_quotes(text)
    quote_ends = [e for _, e in doc_quotes]
    ctx = Context(published)
    lead = _lead_of(sentences)  # a story's first sentence of prose
    dateline = find_dateline(text, published) or bulletin_day(text, published)  # a bulletin's title day, too
    ctx.persons.document = text  # bare roles ("the Ukrainian president") resolve against the persons it names
    readings: list[_Reading] = []
    transcript_of: ActorRef | None = None  # after "Here is the full text of his speech": the speaker
    issued_by = ctx.voice = _bulletin_issuer(text, ctx)  # "General Staff ...: operational information as of ...",
    # "— Ministry of Foreign Affairs of X" at the end: the body, whose voice the statement's "we" is
    if issued_by is None:
        issued_by = _channel_author(text, ctx)  # "Posts by Governor X on his Telegram channel": the author
    if issued_by is not None:
        _remember_speaker(ctx, issued_by)  # "the Ministry", "the Command" in its text: the issuer
    spoken: list[tuple[ActorRef, Sentence]] = []  # the sentences with a speaker: who announced a delivery
    lines = LineSpeakers(text)  # speaker labels ("GEN. MARSH: ...") and header lines ("X (Telegram, 3 May):")
    meeting: tuple[int, DateRef | None] | None = None  # an interview's intro sentence saying when it was held, its day
    for sentence in sentences:
        quotes = _relative_quotes(sentence, doc_quotes, quote_ends)
        cues = [] if _wholly_quoted(sentence, quotes) else find_cues(sentence.text, quotes)
        attribution = _attribute(sentence, cues, ctx) if cues else _commitment(sentence, ctx)
        if attribution is None and not quotes:
            attribution = _document_given_by(sentence.text, ctx)  # "The figure was given by X."
        if attribution is None and not quotes and ":" in sentence.text:
            attribution = _inline_publisher(sentence.text, ctx)  # "X gave a breakdown: 210 drones in total, ..."
        owner = lines.speaker(sentence, ctx.persons)
        if owner is not None:
            attribution = _line_attribution(attribution, owner, lines.opens_label, sentence.text)
        elif lines.asking and attribution is not None and attribution.cue is not None and attribution.cue.verb == ":":
            attribution = None  # "Reuters: ... ?": the outlet asks; its label says nothing
        if attribution is not None:
            _remember_speaker(ctx, attribution.claimant)
            _note_document_speaker(sentence.text, attribution.claimant, ctx)
            if attribution.relay is not None and attribution.relay.kind == "media":
                ctx.persons.outlets.append(attribution.relay)
            _remember_other_bodies(cues, attribution, ctx)
            spoken.append((attribution.claimant, sentence))
        elif (
            spoken
            and sentence.index - spoken[-1][1].index <= PACKAGE_REACH
            and _lists_package(sentence.text)
            and (supplier := _supplier(spoken, sentence.index)) is not None
        ):
            attribution = Attribution(supplier, None, None, "the package it announced", [])
        elif transcript_of is not None:
            attribution = Attribution(transcript_of, None, None, "the full text of a speech", [])
        elif issued_by is not None and _only_evidence_cues(cues):
            # a verb whose speaker is not read ("The voivode said"): no issuer; "Imagery shows ..." is the issuer's
            attribution = Attribution(issued_by, None, None, "a bulletin's title", [])
        if attribution is None:
            ctx.since_speaker.append((sentence, quotes))
            _introduced_publisher(sentence.text, ctx)
        else:
            ctx.since_speaker.clear()
        if attribution is None or attribution.resolved_from is None:
            _note_statement_author(
                sentence.text, attribution.claimant if attribution else None, ctx, sentence.index, lead
            )
        if sentence.text.endswith(":"):  # a header line: the next line is its speaker's
            lines.heard(sentence, attribution.claimant if attribution else None, ctx.persons)
        if (issuer := _tally_issuer(sentence.text, attribution, ctx)) is not None:
            lines.titled(sentence, issuer)  # "Source: X", "X: losses as of 5 March": the list below is X's
        elif attribution is None and (issuer := _lead_issuer(sentence, readings, text, ctx)) is not None:
            lines.titled(sentence, issuer, own_line=False)  # "X published its update. Losses so far:": X's list
        whose = transcript_marker(sentence.text)
        if whose is not None:
            transcript_of = _transcript_speaker(whose, ctx) or transcript_of
        readings.append(_Reading(sentence, quotes, cues, attribution))
        if lines.from_header >= 0 and attribution is not None and attribution.resolved_from == "a speaker label":
            readings[-1].date_from = readings[lines.from_header]  # "X (Telegram, 3 May):": when the post was made
            readings[-1].lead_in = readings[lines.from_header]  # "Odesa region – 6;": what it counts, too
        met = lines.answer_dated_by(sentence)
        if met < 0 and lines.in_answer():
            if meeting is None:  # looked for once, at the first answer: the intro before it
                meeting = _interview_meeting(readings, ctx)
            met = meeting[0]
        if met >= 0:  # an interview's answer: said the day "We interviewed him" says, its "yesterday" that day's
            if meeting is None:
                meeting = (met, _borrowed_claim_date(readings[met], ctx))
            if readings[-1].date_from is None:
                readings[-1].date_from = readings[met]
            if meeting[1] is not None and meeting[1].precision == "day":
                readings[-1].told_on = meeting[1].value
    _attribute_source_footers(readings, text, ctx)
    _attribute_quote_continuations(readings)
    _attribute_reported_neighbours(readings)
    _dated_by_next_sentence(readings)

    titled = _title_date(text, published)
    stamped = page_stamp(text, published)
    entries = entry_days(text, published)

    def reading_context() -> Context:
        """A fresh context for a reading pass over the sentences, with what the first pass learnt of the document."""
        return Context(
            published,
            persons=ctx.persons,
            sentences=sentences,
            dateline=dateline,
            title_date=titled,
            page_day=stamped,
            entry_days=entries,
            speaker_dates=dict(ctx.speaker_dates),  # a body's adoption of a document, dated in the lead
        )

    read = _read_claims(readings, reading_context(), defer=True)
    if read is None:  # a count to be joined needs the context of its sentence: read them all in order
        read = _read_claims(readings, reading_context(), defer=False)
    assert read is not None  # only a deferring read gives up
    headline_end = _headline_end(text, sentences)
    claims = _merge_repeats(_merge(*read, headline_end=headline_end, text=text), text)
    if headline_end >= 0:
        claims = _headline_dates_from_body(claims, headline_end)
    return _merge_entry_headlines(claims, _entry_headlines(text, sentences, entries)) if entries else claims


# the last document's sentences and `lead_index` of them (the list itself, kept: no other list can be it)
_LAST_LEAD: Final[list[tuple[list[Sentence], int]]] = []


def _lead_of(sentences: list[Sentence]) -> int:
    """`lead_index` of the first sentences of a document (its list of sentences), read once per document: a claim
    without a date of its own asks for it again."""
    if _LAST_LEAD and _LAST_LEAD[0][0] is sentences:
        return _LAST_LEAD[0][1]
    lead = lead_index([s.text for s in sentences[:LEAD_REACH]])
    _LAST_LEAD[:] = [(sentences, lead)]
    return lead


def _read_claims(
    readings: list[_Reading], ctx: Context, defer: bool
) -> tuple[list[ExtractedClaim], list[ExtractedClaim]] | None:
    """The claims and the loose counts of a document's readings, read in order with `ctx`.

    With `defer`, a sentence without a claimant is read only after the others, and only if a count of it can
    join a claim (`_merge`: same bounds, neither vague): meanwhile its dates and places wait as those of a
    sentence without counts do (`_skip_dates`, `unplaced`), to be read in order if a later sentence needs them.
    None when such a count's sentence needs the context it was in (an anaphoric day, a place reference).
    """
    claims: list[ExtractedClaim] = []
    loose: list[tuple[int, list[ExtractedClaim]]] = []  # (sentence index, loose counts), in sentence order
    deferred: list[_Reading] = []
    for reading in readings:
        if defer and reading.attribution is None:
            _skip_dates(ctx, reading.sentence)
            ctx.unplaced.append((reading.sentence, None))
            deferred.append(reading)
            continue
        claims_here, loose_here = _claims_of(reading, ctx)
        claims.extend(claims_here)
        if loose_here:
            loose.append((reading.sentence.index, loose_here))
    if deferred:
        late = _deferred_loose(deferred, claims, ctx)
        if late is None:
            return None
        loose = sorted(late + loose, key=lambda item: item[0])  # stable: one entry per sentence
    return claims, [claim for _, here in loose for claim in here]


def _needs_context(sentence: Sentence) -> bool:
    """Whether reading a sentence needs what came before it: the day named before ("earlier that day") or an
    earlier place ("the town")."""
    low = lowered(sentence.text)
    if low is None or ("day" in low and _anaphoric_day(low)):
        return True
    return refers_to_context(sentence.text)


def _deferred_loose(
    deferred: list[_Reading], claims: list[ExtractedClaim], ctx: Context
) -> list[tuple[int, list[ExtractedClaim]]] | None:
    """The loose counts of the deferred sentences that can join a claim, or None if one of those sentences needs
    its context. A count joins only a claim with the same bounds (neither vague), so a sentence with no such
    count is not read further, and none is read when no claim has a count. The others are read in a fresh
    context (they need none)."""
    bounds = {(q.low, q.high) for c in claims if (q := c.quantity) is not None and not q.vague}
    if not bounds:
        return []
    out: list[tuple[int, list[ExtractedClaim]]] = []
    scratch = Context(ctx.published, sentences=ctx.sentences, side_at=ctx.side_at)
    for reading in deferred:
        sentence = reading.sentence
        counts = find_counts(sentence.text, sentence.start)
        if any(not c.vague and (c.low, c.high) in bounds for c in counts):
            if _needs_context(sentence):
                return None
            out.append((sentence.index, _claims_of(reading, scratch, counts)[1]))
    return out


_CARRY_BACK_SENTENCES: Final = 4  # "He made the comments Thursday" dates the same speaker's sentences just before it


def _dated_by_next_sentence(readings: list[_Reading]) -> None:
    """The sentences of a speaker followed by one saying when they spoke ("X made the comments Thursday.", "She
    was speaking on Tuesday."): that sentence dates them, if they have no date of their own."""
    for k in range(1, len(readings)):
        reading, previous = readings[k], readings[k - 1].attribution
        if (
            previous is None
            or (found := dates_earlier_words(reading.sentence.text)) is None
            or not may_be_speaker(found[0], previous.claimant)
        ):
            continue
        for j in range(k - 1, max(-1, k - 1 - _CARRY_BACK_SENTENCES), -1):
            earlier = readings[j]
            if (
                earlier.attribution is None
                or earlier.attribution.claimant.name != previous.claimant.name
                or reading.sentence.paragraph - earlier.sentence.paragraph > 1
            ):
                break
            earlier.date_from = earlier.date_from or reading


_OTHER_CUE_REACH_WORDS: Final = 2  # "he assured on Monday", "told reporters on Friday"; not "said X died on Sunday"


# what follows a verb of saying and its date when the verb reports words of its own: "announced on Aug. 1 that ..."
_OWN_REPORTED_CLAUSE: Final = re.compile(r"[\s,]*that\b", re.IGNORECASE)


def _dated_by_another_cue(
    reading: _Reading, dates: list[DateMention], cue: Cue, published: dt.date | None, count_starts: list[int]
) -> DateRef | None:
    """A date on another verb of saying of the sentence than the one its speaker was read from ("- ... - he assured
    on Monday during a speech, X quoted by the agency"): when the words were said, unless it dates a later report
    of that verb's own (`_dates_a_later_report`)."""
    s = reading.sentence
    for other in reading.cues:
        if other is cue or other.phrase is not None:  # another speaker's verb ("..., X told reporters Thursday")
            continue
        d = next(
            (
                d
                for d in dates
                if _may_date_saying(d, s, reading.quotes, published)
                and _dates_the_verb(d, s, other, None)
                and len(s.text[other.end : d.start - s.start].split()) <= _OTHER_CUE_REACH_WORDS
            ),
            None,
        )
        if d is not None and not _dates_a_later_report(s.text, other, d.end - s.start, count_starts):
            return d.ref
    return None


def _dates_a_later_report(text: str, cue: Cue, date_end: int, count_starts: list[int]) -> bool:
    """Whether the date ending at `date_end`, on the verb `cue`, dates a report of its own that comes after the
    sentence's counts (`count_starts`, relative): "has delivered 16 tanks so far, according to the ministry, and
    announced on May 2 that it would send more" (May 2 is when more was announced, not when 16 were counted)."""
    return (
        bool(count_starts)
        and all(start < cue.start for start in count_starts)
        and cue.end <= date_end
        and _OWN_REPORTED_CLAUSE.match(text, date_end) is not None
    )


def _interview_meeting(readings: list[_Reading], ctx: Context) -> tuple[int, DateRef | None]:
    """The first sentence read so far that says when an interview was held ("We spoke on Monday with X"), and the
    day it gives; (-1, None) when none does."""
    for reading in readings[:-1]:  # the last is the first answer
        s = reading.sentence
        if interview_meeting(s.text):
            return s.index, _borrowed_claim_date(reading, ctx)
    return -1, None


def _borrowed_claim_date(source: _Reading, ctx: Context) -> DateRef | None:
    """The claim date a later sentence gives the words before it: its own claim date, or for one without a cue
    ("X made the comments Thursday") its first date that may be when something was said."""
    s = source.sentence
    dates = find_dates(s.text, s.start, ctx.published, ctx.last_day)
    if not dates:
        return None
    if interview_meeting(s.text):  # "We interviewed him on Saturday at the depot": the day of the answers
        return next((d.ref for d in dates if d.ref.precision == "day" and not d.future), None)
    if source.attribution is not None and source.attribution.cue is not None:
        return _claim_date(s, dates, source.attribution.cue, source.attribution, source.quotes, ctx.published)[0]
    if is_post_header(s.text):
        return dates[0].ref  # "X (Telegram, 3 May, 19:40):" dates the post below it
    if named_issuer(s.text) is not None:  # "Data: X, as of 7 June", "X: losses from 24.02 to 7.06": the last day
        return next((d.ref for d in reversed(dates) if d.ref.precision == "day" and not d.future), None)
    found = dates_earlier_words(s.text)
    if found is None:
        return None
    return next(
        (
            d.ref
            for d in dates
            if _may_date_saying(d, s, source.quotes, ctx.published)
            and dates_the_verb(s.text, found[1], d.start - s.start)
        ),
        None,
    )


def _with_pronoun_parts(sentence: Sentence, counts: list[CountMention], ctx: Context) -> list[CountMention]:
    """`counts` and the parts "N of them" names (`pronoun_parts`) and those who remain ("fewer than 1,000
    remained", `remaining_counts`) and those that go on from a count ("another 300", "1,500 more",
    `further_counts`); one with no count before it in its sentence takes the whole from the last count of the
    sentence before. The caller has asked `may_read_parts` (else none of the three readings can find a number, and
    the sentence before is not read)."""
    previous: CountMention | None = None
    before_text = ""
    if sentence.index > 0 and sentence.index - 1 < len(ctx.sentences):
        before = ctx.sentences[sentence.index - 1]
        before_text = before.text
        earlier = [c for c in find_counts(before.text, before.start) if not c.group.multiplier_only]
        previous = earlier[-1] if earlier else None
    parts = pronoun_parts(sentence.text, sentence.start, counts, previous)
    parts += remaining_counts(sentence.text, sentence.start, counts, previous, before_text)
    parts += further_counts(sentence.text, sentence.start, [*counts, *parts], previous)
    return sorted([*counts, *parts], key=lambda c: c.start) if parts else counts


def _with_one_person_tolls(sentence: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """The counts and a count of one for each person a toll befell named with "a" (`one_person_tolls`)."""
    ones = one_person_tolls(sentence.text, sentence.start, counts)
    return sorted([*counts, *ones], key=lambda c: c.start) if ones else counts


def _previous_in_paragraph(sentence: Sentence, ctx: Context) -> Sentence | None:
    """The sentence before `sentence` when it is in the same paragraph (the only one whose count can lend a noun to
    a bare number: `_with_elided_nouns`), else None."""
    if sentence.index <= 0 or sentence.index - 1 >= len(ctx.sentences):
        return None
    before = ctx.sentences[sentence.index - 1]
    return before if before.paragraph == sentence.paragraph else None


def _with_elided_nouns(sentence: Sentence, ctx: Context) -> list[CountMention]:
    """The counts of a sentence that names no counted noun but says a number whose noun the sentence before named
    (`elided_noun_counts`), in the same paragraph."""
    before = _previous_in_paragraph(sentence, ctx)
    if before is None:
        return []
    # the noun may be one the vocabulary lacks ("registered 300 lawsuits. Now there are over 1,000"): read openly
    earlier = [c for c in find_counts(before.text, before.start, open_nouns=True) if not c.group.multiplier_only]
    return elided_noun_counts(
        sentence.text, sentence.start, earlier[-1] if earlier else None, before.text, before.start
    )


def _with_rival_figures(
    sentence: Sentence,
    counts: list[CountMention],
    cues: list[Cue],
    cue: Cue,
    lenders: dict[int, tuple[Sentence, CountMention]],
) -> list[CountMention]:
    """`counts` and the figures a later clause's speaker gives for what the count before it counts, its noun left
    out ("X said 40 soldiers were killed, while Y put the figure at 60"): only after a speaker `_clause_speakers`
    hands that clause to. Each figure's lender is noted in `lenders`."""
    text = sentence.text
    out: list[CountMention] = []
    for other in cues:
        if other is cue or other.is_source or not other.phrase or other.start <= cue.end:
            continue
        before = [c for c in counts if c.end - sentence.start <= other.start]
        if not before or (figure := figure_after(text, other.end)) is None:
            continue
        begin = text.rfind(other.phrase, cue.end, other.start + 1)
        if begin < 0 or not _SECOND_CLAUSE_JOIN.search(text, 0, begin):
            continue
        count = rival_count(figure, sentence.start, before[-1])
        if count is not None and not any(c.start <= count.start < c.end for c in counts):
            out.append(count)
            lenders[count.start] = (sentence, before[-1])
    return sorted([*counts, *out], key=lambda c: c.start) if out else counts


def _figure_for_the_count_before(
    sentence: Sentence, figure: re.Match[str], ctx: Context, lenders: dict[int, tuple[Sentence, CountMention]]
) -> list[CountMention]:
    """The count a bare figure right after the speaker's verb gives for what the last count of the sentence before
    (in the same paragraph) counts: "Kyiv said 40 soldiers were killed. Moscow put the figure at 600." (its lender
    noted in `lenders`)."""
    before = _previous_in_paragraph(sentence, ctx)
    if before is None:
        return []
    earlier = [c for c in find_counts(before.text, before.start) if not c.group.multiplier_only]
    count = rival_count(figure, sentence.start, earlier[-1]) if earlier else None
    if count is None:
        return []
    lenders[count.start] = (before, earlier[-1])
    return [count]


# what joins a second reported clause with a speaker of its own to the first: "X said ..., while Y said ...",
# "..., and Y said ...", "...; Y said ..." (the words right before the second speaker's phrase)
_SECOND_CLAUSE_JOIN: Final = re.compile(r"(?:,\s*(?:while|whereas|but|and|though|although|which)|;)\s+\Z")


def _clause_speakers(
    sentence: str, cues: list[Cue], cue: Cue | None, claimant: ActorRef | None, ctx: Context
) -> list[tuple[int, ActorRef, Cue]]:
    """The speakers of reported clauses joined after the claimant's ("Kyiv said it downed 30 drones, while Moscow
    said it destroyed 12 tanks": Moscow from its phrase on), each with where its phrase starts and its cue, in order.
    Only a named speaker other than the claimant, after the claimant's cue, never a source ("according to") or a
    pronoun."""
    if cue is None or claimant is None or len(cues) < 2:
        return []
    out: list[tuple[int, ActorRef, Cue]] = []
    for other in cues:
        if other is cue or other.is_source or not other.phrase or other.start <= cue.end:
            continue
        begin = sentence.rfind(other.phrase, cue.end, other.start + 1)
        if begin < 0 or not _SECOND_CLAUSE_JOIN.search(sentence, 0, begin):
            continue
        actor = resolve_actor(other.phrase, ctx.persons)
        if actor is not None and actor.name != claimant.name:
            out.append((begin, actor, other))
    return out


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


_EVIDENCE_FIELDS: Final = frozenset({"sentence", "start", "end"})


def _evidence(sentence: str, start: int, end: int) -> Evidence:
    """`Evidence(sentence=..., start=..., end=...)` without pydantic's validation, whose values here are already
    those it would keep (a str, two ints): the instance's dict and pydantic's three slots, as validation fills them
    (as `confidence.confidence_record` does; a test compares the two records)."""
    return unvalidated_record(Evidence, {"sentence": sentence, "start": start, "end": end}, set(_EVIDENCE_FIELDS))


# the claim's fields in their order, and what validation fills in for those not given
_CLAIM_FIELDS: Final = tuple(ExtractedClaim.model_fields)
_CLAIM_DEFAULTS: Final[dict[str, object]] = {
    "actor": None, "attribution": None, "relayed_by": None, "quantity": None, "subject": None, "place": None,
    "claim_date": None, "event_date": None, "forecast": False,
}  # fmt: skip


# every field in the model's order, with its default (None for the three a claim always gives: kind, confidence and
# mentions): a copy updated with the values given is the fields' dict in that order
_CLAIM_TEMPLATE: Final[dict[str, object]] = {name: _CLAIM_DEFAULTS.get(name) for name in _CLAIM_FIELDS}


def _claim_record(**values: object) -> ExtractedClaim:
    """`ExtractedClaim(**values)` without pydantic's validation, whose values here are already those it would keep
    (records of the field's own type or None, a str, a bool): the instance's dict in the fields' order with the
    defaults of those not given, a new list of mentions, and pydantic's three slots, as validation fills them (as
    `confidence.confidence_record` does; a test compares the two records). The dict is a copy of `_CLAIM_TEMPLATE`
    updated with the values, one call for what a loop over the fields did with three dict operations each; values
    without a required field or with a name that is no field's take that loop (`_claim_fields`)."""
    fields = _CLAIM_TEMPLATE.copy()
    fields.update(values)
    if (
        len(fields) != len(_CLAIM_FIELDS)
        or "kind" not in values
        or "confidence" not in values
        or "mentions" not in values
    ):
        fields = _claim_fields(values)
    fields["mentions"] = list(cast(list[Evidence], fields["mentions"]))
    return unvalidated_record(ExtractedClaim, fields, set(values))


def _claim_fields(values: dict[str, object]) -> dict[str, object]:
    """The fields' dict in the model's order: each value given, else the field's default (a KeyError for a required
    field not given; a name that is no field's is left out)."""
    fields: dict[str, object] = {}
    for name in _CLAIM_FIELDS:
        fields[name] = values[name] if name in values else _CLAIM_DEFAULTS[name]
    return fields


def _own_places(
    sentence: Sentence,
    counts: list[CountMention],
    i: int,
    place_mentions: list[PlaceMention],
    cue: Cue | None,
    excluded: list[tuple[int, int]],
) -> list[PlaceMention]:
    """The places of the sentence that are the count `counts[i]`'s own (`places.places_of_count`): one named between
    it and the next count ("3,000 in Romania, two in Spain") and before a second reported clause (", and that ..."),
    less the speaker's words."""
    count = counts[i]
    limit = counts[i + 1].start if i + 1 < len(counts) else sentence.end
    if cue is not None and count.end - sentence.start <= cue.start:
        # "'... troops are now in Russia,' Austin said at a press conference in Washington": the count's words end
        # where the speaker's begin
        limit = min(limit, sentence.start + cue.start)
    limit = sentence.start + clause_end(sentence.text, count.end - sentence.start, limit - sentence.start)
    floor = counts[i - 1].end if i else sentence.start
    own = places_of_count(sentence.text, sentence.start, place_mentions, (count.start, count.end), limit, floor)
    if own and excluded:  # "85,000 people, according to police in Budapest": the seat is the sentence's to weigh
        own = [m for m in own if not any(s <= m.start < e for s, e in excluded)]
    return own


def _item_places(text: str, offset: int, counts: list[CountMention], owned: list[list[PlaceMention]]) -> set[int]:
    """The starts of the places that belong to one count of a list and are lent to no other: each count's own
    place when two or more counts own one ("250,000 into Chad and 140,000 into Egypt"), and a listed part's
    ("150 clashes, including 22 near Kupiansk"), each named in the item itself (no comma between); one place after
    the last of coordinated counts is shared ("five killed and 12 wounded in Kharkiv"), and so is one after the list
    ("540 civilians, including 38 children, are sheltering in Sievierodonetsk")."""
    owners = [i for i, own in enumerate(owned) if own]
    if len(owners) < 2:
        owners = [i for i in owners if included_part(text, counts[i].start - offset) is not None]
    return {
        m.start
        for i in owners
        for m in owned[i]
        if _ITEM_BREAK.search(text, counts[i].end - offset, m.start - offset) is None
    }


# what ends a listed item before a place that the whole's clause goes on to name: "540 civilians, including 38
# children, are sheltering in Sievierodonetsk"
_ITEM_BREAK: Final = re.compile(r"[,;:()]|\s[–—-]\s")
# what joins two counts of one coordinated list: "30 soldiers, four armoured vehicles and two trucks" (a noun word
# or two the count's words left out may come before the join)
_COUNT_JOIN: Final = re.compile(r"(?:\s+[A-Za-z-]+){0,2}(?:,\s*|,?\s+(?:and|or)\s+)")


def _shared_list_places(
    sentence: Sentence, counts: list[CountMention], i: int, owned: list[list[PlaceMention]]
) -> list[PlaceMention]:
    """The place named after the last of coordinated counts that `counts[i]` opens or goes on ("up to 30
    soldiers, four armoured vehicles and two trucks were destroyed near X": X is each item's), when `counts[i]`
    owns none: shared by the list, over a sector fronted before it ("In the Y direction, ..."); else []."""
    text, offset, j = sentence.text, sentence.start, i
    while j + 1 < len(counts) and not owned[j]:
        if _COUNT_JOIN.fullmatch(text, counts[j].end - offset, counts[j + 1].start - offset) is None:
            return []  # not one list: "600,000 crossed, including 250,000 into Chad"
        j += 1
    if j == i or not owned[j]:
        return []
    last = counts[j].end - offset
    return [
        m for m in owned[j] if m.start - offset >= last and _ITEM_BREAK.search(text, last, m.start - offset) is None
    ]


def _claims_of(
    reading: _Reading, ctx: Context, counts: list[CountMention] | None = None
) -> tuple[list[ExtractedClaim], list[ExtractedClaim]]:
    """The claims of one sentence (its claimant's) and its loose counts (no claimant: they only add mentions);
    `counts` if the sentence's counts were already found."""
    sentence = reading.sentence
    attribution = reading.attribution
    claimant = attribution.claimant if attribution else None
    if counts is None:
        counts = find_counts(sentence.text, sentence.start, open_nouns=claimant is not None)
    low = lowered(sentence.text)
    if claimant is not None and may_name_a_one_person_toll(sentence.text):  # "a 63-year-old man was wounded": one
        counts = _with_one_person_tolls(sentence, counts)
    if may_read_parts(sentence.text):  # else `_with_pronoun_parts` finds nothing
        counts = _with_pronoun_parts(sentence, counts, ctx)
    if counts and " and " in sentence.text and (gapped := gapped_counts(sentence.text, sentence.start, counts)):
        counts = sorted([*counts, *gapped], key=lambda c: c.start)  # "..., and Hungary around 410,000"
    lenders: dict[int, tuple[Sentence, CountMention]] = {}  # a bare figure's start: the count whose noun it takes
    if counts and len(reading.cues) > 1 and attribution is not None and attribution.cue is not None:
        counts = _with_rival_figures(sentence, counts, reading.cues, attribution.cue, lenders)  # ", while Y said 60"
    if (
        not counts
        and claimant is not None
        and _previous_in_paragraph(sentence, ctx) is not None
        and may_have_elided_noun(sentence.text)
    ):  # the paragraph first: a list lookup before two regex scans
        counts = _with_elided_nouns(sentence, ctx)  # "Today there are more than 1.4 million.": the noun before
    if (
        not counts
        and attribution is not None
        and attribution.cue is not None
        and sentence_has_digit(sentence.text)
        and (figure := figure_after(sentence.text, attribution.cue.end)) is not None
    ):
        counts = _figure_for_the_count_before(sentence, figure, ctx, lenders)  # "X said 40 died. Y put it at 60."
    if not counts and reading.lead_in is not None and sentence_has_digit(sentence.text):
        counts = placed_item_counts(sentence.text, sentence.start, reading.lead_in.sentence.text)  # "Sumy region – 4"
    if attribution is not None and attribution.cue is not None and attribution.cue.verb in APPEAL_CUES:
        counts = []  # "X called for 300 more interceptors": what X wants, no count X reports
    if claimant is None and not counts:
        _skip_dates(ctx, sentence)  # no claim here: its dates and places matter only as later context
        ctx.unplaced.append((sentence, None))
        return [], []
    published = reading.told_on or ctx.published  # an interview's answer: its "yesterday" is the interview's
    dates = find_dates(sentence.text, sentence.start, published, _context_day(ctx, sentence))
    if ctx.published is not None and dates and yearless_month_dates(dates):  # "In 2022, ... On March 3, X said"
        year = _year_told(ctx, sentence)
        if year is not None and year < ctx.published.year:
            dates = in_the_year_told(dates, year, ctx.published)
    cue = attribution.cue if attribution else None
    told = dates
    dateline = ctx.dateline
    if dateline is not None and not sentence.start <= dateline.start < sentence.end:
        dateline = None  # the dateline is in another sentence
    if dateline is not None:
        told = [d for d in dates if d.start != dateline.start]  # the dateline is no event of the story
    claim_date, event_dates = _claim_date(sentence, told, cue, attribution, reading.quotes, published)
    if claim_date is not None and cue is not None and counts:
        on_cue = next((d for d in told if d.ref is claim_date), None)  # "..., and announced on May 2 that ..."
        if on_cue is not None and _dates_a_later_report(
            sentence.text, cue, on_cue.end - sentence.start, [c.start - sentence.start for c in counts]
        ):
            claim_date = None
    told_back = False  # "X said at the time", "Later that year, X said": the time just told, or none at all
    if claim_date is None and cue is not None and (low is None or holds_gate(low, TOLD_TIME_GATE)):
        phrase = told_time_phrase(sentence.text, cue.start, cue.end)
        if phrase is not None and not (reading.quotes and inside(phrase[2], reading.quotes)):
            told_back = True
            claim_date = _time_told_before(sentence, phrase[0], phrase[1], ctx)
    if claim_date is None and cue is not None and len(reading.cues) > 1:
        claim_date = _dated_by_another_cue(
            reading, told, cue, ctx.published, [c.start - sentence.start for c in counts]
        )
    if claim_date is None and reading.date_from is not None:
        claim_date = _borrowed_claim_date(reading.date_from, ctx)
    if claim_date is None and cue is not None and ctx.occasion_days:  # "At the session, X said": the session's day
        noun = occasion_referred_to(sentence.text, cue.start, cue.end)
        dated_at = ctx.occasion_days.get(noun) if noun is not None else None
        if dated_at is not None:
            claim_date = dated_at[1]
    same_day = None  # "A missile hit a farm on Friday, killing two, the ministry said" in Friday's paper
    if claim_date is None and ctx.published is not None and event_dates:
        same_day = _reported_the_same_day(sentence, event_dates, cue, reading.cues, ctx.published)
    _note_occasion(ctx, sentence, dates)  # read with `_context_day`, which is `ctx.last_day` until `_note_days`
    if claimant is not None and attribution is not None:  # a claimant comes with its attribution
        if claim_date is not None and (next_day := _night_told_next_day(claim_date, claimant, ctx)) is not None:
            claim_date = next_day
        if not told_back:  # a time taken up that none before tells: not the speaker's other day, nor today
            claim_date = _inherit_claim_date(claim_date, attribution, cue, ctx, sentence, told)
        if same_day is not None and not told_back and (claim_date is None or _said_before(claim_date, same_day)):
            claim_date = same_day  # an inherited day before the event it reports cannot be when it was said
        if claim_date is not None and claim_date.value is not None:
            ctx.speaker_dates[claimant.name] = (sentence.index, claim_date)
    _note_days(ctx, dates)
    place_mentions = _linked_places(ctx, sentence, _place_mentions(ctx, sentence), attribution, claimant)
    if place_mentions and (as_at := as_clause_start(sentence.text)) >= 0:  # "..., as evacuations to Egypt went on"
        place_mentions = [m for m in place_mentions if m.start < sentence.start + as_at]
    if counts and place_mentions and (aside_at := characterising_clause_start(sentence.text)) >= 0:  # ", calling it"
        place_mentions = [m for m in place_mentions if m.start < sentence.start + aside_at]
    all_mentions = place_mentions  # a statement's: the counts' leave out the places named as elsewhere
    if counts and place_mentions and may_hold(low, NAMED_ELSEWHERE_WORDS):  # "14 were taken to hospital in Dnipro"
        place_mentions = [m for m in place_mentions if not named_elsewhere(sentence.text, m.start - sentence.start)]
    if counts and place_mentions and (low is None or holds_gate(low, LAUNCH_GATE)):  # "missiles launched from X"
        place_mentions = [m for m in place_mentions if not launch_origin(sentence.text, m.start - sentence.start)]
    exclude = attribution.phrase_spans if attribution else []
    excluded = [(sentence.start + s, sentence.start + e) for s, e in exclude]
    if dateline is not None:  # "KYIV, Nov 4 (Reuters) - ... shelled Kherson": where the story was filed is not a place
        excluded.append((sentence.start, dateline.end))
    elif sentence.text[:2].isupper() and (filed := dateline_end(sentence.text)):
        excluded.append((sentence.start, sentence.start + filed))  # "BEIRUT — Strikes on the south ...": undated
    ctx.focus.note(sentence.index, place_mentions, excluded)
    place = choose_place(sentence.text, sentence.start, place_mentions, excluded)
    home = None
    if counts and excluded and (place is None or place.kind == "country" and place.raw.lower().startswith("the ")):
        home = _home_office_place(ctx, sentence, place_mentions, excluded)
        place = home or place
    # a count in a sentence naming no place is where its speaker's sentence right before was ("He said 19 others
    # were wounded", "..., Oleh Kiper added"); a statement keeps no carried place (its words are seldom about that
    # place); the speaker's own words ("Ukraine's General Staff said") name no place of the claim
    carried = None
    if claimant is not None:
        names_places = any(not any(s <= m.start < e for s, e in excluded) for m in place_mentions)
        adds = adds_to_report(cue.verb if cue is not None else None)
        carried = ctx.run.place_for(claimant, sentence.index, place if home is None else None, names_places, adds)
        if home is not None and carried is not None and _lies_in(carried, home):
            place = carried  # "Five were killed, Ukraine's emergency service said" after "... hit Kharkiv, it said"
        elif carried is None and counts and place is None and not names_places:
            carried = _office_reference_place(ctx, sentence, attribution)
            if carried is None and (_is_toll(sentence, counts) or _EVENT_BACK_REFERENCE.search(sentence.text)):
                carried = _scene_place(ctx, sentence)  # a toll, or "200 rescuers were deployed to the site"
            if carried is None:
                carried = _office_own_place(attribution)
            if carried is None and _is_toll(sentence, counts):
                carried = _main_settlement(ctx)  # a toll far from any place, in a story about one town
        elif carried is None and counts and place is not None and not names_places and _is_toll(sentence, counts):
            # "... hit a maternity ward in Mariupol. The Donetsk regional governor says 17 were wounded": the scene
            # the speaker's region holds, not the region their title names (a country's toll is the country's)
            scene = _scene_place(ctx, sentence)
            if scene is not None and place.kind in AREA_KINDS and scene.name != place.name and _lies_in(scene, place):
                place = scene
    forecast = names_a_forecast(sentence.text) or any(d.future for d in event_dates)
    event_dates = [_forward_if_forecast(d, forecast, ctx.published) for d in event_dates]
    event = next((d.ref for d in event_dates if d.ref.value is not None or d.future), None)
    if event is None and event_dates:
        event = event_dates[0].ref  # unresolved (no publication date): the raw words are kept
    evidence = _evidence(sentence.text, sentence.start, sentence.end)
    claims: list[ExtractedClaim] = []
    loose: list[ExtractedClaim] = []
    sentence_side: str | None = None
    own_voice_end = _own_voice_end(sentence.text, attribution) if counts else -1  # read only by the counts
    switches = _clause_speakers(sentence.text, reading.cues, cue, claimant, ctx) if counts else []
    owned_places = [_own_places(sentence, counts, i, place_mentions, cue, excluded) for i in range(len(counts))]
    withheld = _item_places(sentence.text, sentence.start, counts, owned_places) if len(counts) > 1 else set()
    for i, count in enumerate(counts):
        rel_start, rel_end = count.start - sentence.start, count.end - sentence.start
        speaker, relay = claimant, attribution.relay if attribution else None
        clause_cue = None
        for begin, other, other_cue in switches:
            if begin < rel_start:
                speaker, relay = other, None  # a count in a later clause with a speaker of its own is that speaker's
                clause_cue = other_cue
        if any(s <= rel_start and rel_end <= e for s, e in exclude):
            continue  # "Two people familiar with the matter told Bloomberg": who speaks, not what is counted
        if i and partitive_frame(sentence.text, sentence.start, counts[i - 1], count):
            continue  # "14 of 40 convoys were blocked": the set the part is taken from
        own = owned_places[i] or _shared_list_places(sentence, counts, i, owned_places)
        count_place = (choose_place(sentence.text, sentence.start, own, excluded) if own else None) or place or carried
        if count_place is None and claimant is not None:
            # "The ministry says 10,000 people are missing" in a report on Gaza: the place the report is about
            count_place = _focus_place(ctx, sentence.text, place_mentions, attribution, _is_toll(sentence, counts))
        if counts_whole_war(sentence.text, low, speaker) and not _names_its_own_place(all_mentions, excluded):
            # "9,000 have been killed since the war began" in a report from Khartoum: Sudan's
            count_place = war_place(count_place, _document_country(ctx), sentence.text, sentence.start)
        if not own and withheld and count_place is not None and count_place is place:
            # "600,000 crossed, including 250,000 into Chad and 140,000 into Egypt": the items' places are theirs
            rest = [m for m in place_mentions if m.start not in withheld]
            count_place = (choose_place(sentence.text, sentence.start, rest, excluded) if rest else None) or carried
        side = side_of(sentence.text, count, rel_start)
        if side is None and count.group.category in {"personnel", "formations", "people", "casualties"}:
            # troops named in an earlier sentence may be these troops; never these civilians or casualties
            carries = count.group.category in {"personnel", "formations"}
            side = sentence_side or (_carried_side(ctx, sentence.index) if carries else None)
        if side is not None:
            sentence_side = side
        next_start = counts[i + 1].start - sentence.start if i + 1 < len(counts) else None
        prev_end = counts[i - 1].end - sentence.start if i else None
        lender = lenders.get(count.start) if lenders else None
        if lender is not None:  # a bare figure counts what the count it takes its noun from counts, as that does
            at, whole = lender
            subject = subject_of(at.text, whole, whole.start - at.start, whole.end - at.start, side)
        else:
            subject = subject_of(sentence.text, count, rel_start, rel_end, side, next_start, prev_end)
        if subject is None:
            continue
        quantity = Quantity(
            low=count.low, high=count.high, unit=count.unit, qualifier=count.qualifier, vague=count.vague,
            multiplier=count.multiplier, raw=count.raw, start=count.start, end=count.end,
        )  # fmt: skip
        denied = count_denied(cue, reading.cues, sentence.text, rel_start)
        confidence = assess(
            speaker, sentence.text, vague=count.vague, forecast=forecast,
            resolved_from=attribution.resolved_from if attribution else None,
            adversary_losses=is_adversary_losses(speaker, subject.side, subject.kind),
            relayed_by=relay, denied=denied,
        )  # fmt: skip
        count_date = claim_date
        if clause_cue is not None:  # "..., while the embassy said on Wednesday that 14 were hurt": its own day
            count_date = _clause_claim_date(sentence, clause_cue, told, claim_date, cue, reading.quotes, published)
        if (
            cue is not None
            and told
            and (reported := _count_report_day(sentence, told, rel_start, rel_end, cue, reading.quotes, ctx.published))
        ):
            count_date = reported  # "up from an estimate of 150,000 given on Saturday": that report's day
        claim = _claim_record(
            kind="denial" if denied else subject.kind, actor=speaker,
            attribution=_attribution_kind(speaker) if speaker else None,
            relayed_by=relay, quantity=quantity, subject=subject.label,
            place=count_place, claim_date=count_date,
            event_date=_daily_change_day(claim_date, sentence, ctx) if count.daily_change else event, forecast=forecast,
            confidence=confidence, mentions=[evidence],
        )  # fmt: skip
        attributed = claimant is not None and count.end - sentence.start > own_voice_end
        (claims if attributed else loose).append(claim)
    if (
        claimant is not None
        and attribution is not None
        and not any(c.actor is claimant for c in claims)
        and _says_something(sentence.text)
    ):  # a statement, no count of its own (its counts may all be a later
        # clause's speaker's); "..., adding that ..." states two, each with its evidence and place
        confidence = assess(claimant, sentence.text, forecast=forecast, resolved_from=attribution.resolved_from,
                            relayed_by=attribution.relay)  # fmt: skip
        if len(all_mentions) != len(place_mentions):
            place = choose_place(sentence.text, sentence.start, all_mentions, excluded)
        for part_place, part_evidence in _statement_parts(sentence, cue, attribution, all_mentions, excluded,
                                                          place, evidence):  # fmt: skip
            claims.append(
                _claim_record(
                    kind=_statement_kind(cue, sentence.text), actor=claimant,
                    attribution=_attribution_kind(claimant), relayed_by=attribution.relay, place=part_place,
                    claim_date=claim_date, event_date=event, forecast=forecast, confidence=confidence,
                    mentions=[part_evidence],
                )
            )  # fmt: skip
    if claimant is not None and attribution is not None and len(reading.cues) > 1:
        if not counts:
            switches = _clause_speakers(sentence.text, reading.cues, cue, claimant, ctx)
        for begin, other, other_cue in switches:  # "X announced ..., although US officials say ...": theirs
            if not any(c.actor is other for c in claims) and not sentence.text[:begin].rstrip().endswith("which"):
                part = _evidence(sentence.text[begin:], sentence.start + begin, sentence.end)
                said_on = _clause_claim_date(sentence, other_cue, told, claim_date, cue, reading.quotes, published)
                claims.append(
                    _claim_record(
                        kind="statement", actor=other, attribution=_attribution_kind(other), place=place,
                        claim_date=said_on, event_date=event, forecast=forecast,
                        confidence=assess(other, sentence.text, forecast=forecast), mentions=[part],
                    )
                )  # fmt: skip
    return claims, loose


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


def _statement_parts(
    sentence: Sentence, cue: Cue | None, attribution: Attribution, mentions: list[PlaceMention],
    excluded: list[tuple[int, int]], place: PlaceRef | None, evidence: Evidence,
) -> list[tuple[PlaceRef | None, Evidence]]:  # fmt: skip
    """The statements of a sentence with their places and evidence: the whole sentence, or its remark and the one
    added ("'...,' he said, adding: '...'"), each placed by the mentions within it, else by the sentence's place."""
    spans = attribution.phrase_spans + ([(cue.start, cue.end)] if cue is not None else [])
    split = added_remark(sentence.text, cue.end, spans) if cue is not None else None
    if split is None:
        return [(place, evidence)]
    first_end, added_start = split
    parts = []
    for rel_start, rel_end in ((0, first_end), (added_start, len(sentence.text))):
        start, end = sentence.start + rel_start, sentence.start + rel_end
        own = [m for m in mentions if start <= m.start < end]
        part_place = (choose_place(sentence.text, sentence.start, own, excluded) if own else None) or place
        parts.append((part_place, _evidence(sentence.text[rel_start:rel_end], start, end)))
    return parts


_WEEKDAY_RAW: Final = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _own_voice_end(text: str, attribution: Attribution | None) -> int:
    """Where the text's own voice ends: 'Russia has massed 100,000 troops and Truss said ...' -> before 'Truss'."""
    if attribution is None or not attribution.phrase_spans or attribution.cue is None:
        return -1
    start = attribution.phrase_spans[0][0]
    if start < attribution.cue.start and re.search(r"\s(?:and|but|while|as)\s+$", text[:start]):
        if text[:start].endswith((", as ", ", as")) and _CLOSING_ADVERBIAL.match(text, attribution.cue.end):
            return -1  # "12 people were killed, as the governor said on Telegram.": the governor's count
        return start
    return -1


# what may follow the verb of a closing "..., as X said": nothing, or when and where it was said
_CLOSING_ADVERBIAL: Final = re.compile(
    r"(?:\s+(?:on|in|at|last|this|earlier|later|yesterday|today)\b[^,;:]*)?\s*[.!?]?[\s\"”’]*$"
)


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


# "had said", "had previously told": the words were said before the time the story tells of
_PLUPERFECT_BEFORE: Final = re.compile(r"\bhad\s+(?:(?:\w+ly|also|earlier|already)\s+)?$", re.IGNORECASE)
_PLUPERFECT_REACH: Final = 24  # characters before the cue in which "had" is looked for


def _had_said(text: str, cue_start: int) -> bool:
    """Whether the cue at `cue_start` is in the past perfect ("X had said", "had earlier said"): a search with
    `_PLUPERFECT_BEFORE` in the characters before it, made only where a lowered text holds "had" there."""
    start = max(0, cue_start - _PLUPERFECT_REACH)
    low = lowered(text)
    if low is not None and low.find("had", start, cue_start) < 0:
        return False
    return _PLUPERFECT_BEFORE.search(text, start, cue_start) is not None


def _inherit_claim_date(
    claim_date: DateRef | None,
    attribution: Attribution,
    cue: Cue | None,
    ctx: Context,
    sentence: Sentence,
    told: list[DateMention],
) -> DateRef | None:
    """No date of its own: the same speaker's earlier date in this document, else the day of the story's dateline
    above it (or of its page's stamp, for a sentence telling of no earlier time), else today for 'says'. A cue in
    the past perfect ("X had said") takes neither the speaker's earlier date nor the last occasion's."""
    if claim_date is not None:
        return claim_date
    earlier = cue is not None and _had_said(sentence.text, cue.start)
    # "X had said": before the story's time, not at the occasion or on the speaker's day told before
    prior = (
        None
        if earlier
        else ctx.speaker_dates.get(attribution.claimant.name)
        or _variant_speaker_date(ctx, attribution.claimant)
        or _described_speaker_date(ctx, attribution.claimant)
    )
    if prior is not None and _says_now(cue, prior[1]):
        prior = None  # "In May, the ministry published ... The ministry says": said now, not in May
    occasion = None if earlier else ctx.occasion
    entry = _entry_day(ctx, sentence)
    if entry is not None and not any(
        dated is not None and ctx.sentences[dated[0]].start > entry[0] for dated in (prior, occasion)
    ):
        return entry[1]  # a live blog's entry: the day heading above it, unless its own entry dated the speaker
    if (
        occasion is not None
        and (prior is None or prior[0] < occasion[0])
        and _occasion_of_the_speaker(ctx, occasion, attribution.claimant)
        and not _moved_on(ctx, occasion, sentence)
    ):
        return occasion[1]
    if prior is not None:
        return prior[1]
    if (later := _later_than_a_past_saying(cue, ctx, sentence)) is not None:
        return later
    if ctx.dateline is not None and ctx.dateline.start < sentence.end and ctx.dateline.ref.value is not None:
        return ctx.dateline.ref.model_copy(update={"raw": f"{ctx.dateline.ref.raw} (dateline)"})
    if ctx.title_date is not None:
        return ctx.title_date
    if ctx.page_day is not None and not _tells_an_earlier_time(
        [d for d in told if not _bounds_a_period(sentence.text, d.start - sentence.start)], ctx.page_day
    ):  # "From 1 March to 16 October, the office recorded": the period counted, no earlier time of the words
        return ctx.page_day
    if cue is not None and cue.verb in PRESENT_TENSE_CUES and ctx.published is not None:
        return DateRef(value=ctx.published, precision="day", raw=f"{cue.verb} (present tense: publication date)")
    if (
        cue is not None
        and ctx.published is not None
        and sentence.index < LEAD_REACH
        and present_perfect_lead(sentence.text, sentence.index, cue.start, _lead_of(ctx.sentences))
    ):
        return DateRef(value=ctx.published, precision="day", raw=f"has {cue.verb} (the lead: publication date)")
    return None


# "later" on the verb: "X later said", "X said later" ("later this week" dates itself: no date is inherited)
_LATER_BEFORE: Final = re.compile(r"\blater\s+$", re.IGNORECASE)
_LATER_AFTER: Final = re.compile(r"\s+later\b", re.IGNORECASE)
_LATER_REACH: Final = 2  # sentences back in which the other speaker's dated words are looked for


def _later_than_a_past_saying(cue: Cue | None, ctx: Context, sentence: Sentence) -> DateRef | None:
    """ "Y later said", just after a speaker dated in an earlier year than the story ("X said on 18 February 2015
    that ... Y later said"): the year of those words at year precision, not the page's day (a retold past)."""
    if cue is None or not (
        _LATER_BEFORE.search(sentence.text, max(0, cue.start - 8), cue.start)
        or _LATER_AFTER.match(sentence.text, cue.end)
    ):
        return None
    now = ctx.page_day.value if ctx.page_day is not None and ctx.page_day.value is not None else ctx.published
    recent = [dated for dated in ctx.speaker_dates.values() if sentence.index - dated[0] <= _LATER_REACH]
    if now is None or not recent:
        return None
    last = max(recent, key=lambda dated: dated[0])[1]
    if last.value is None or last.value.year >= now.year:
        return None
    return DateRef(value=dt.date(last.value.year, 1, 1), precision="year", raw=f"later (after {last.raw})")


def _says_now(cue: Cue | None, prior: DateRef) -> bool:
    """Whether a present-tense cue ("The ministry says") is said now rather than on the speaker's time told before:
    that time is a whole month or year ("In May, the ministry published ..."), no day a timeline's present tells."""
    return cue is not None and cue.verb in PRESENT_TENSE_CUES and prior.value is not None and prior.precision != "day"


def _only_evidence_cues(cues: list[Cue]) -> bool:
    """True when no cue of a sentence is a verb of speech proper: none, or only verbs whose subject may be evidence
    ("Satellite imagery shows", "the data indicates")."""
    return all(cue.verb.lower() in EVIDENCE_VERBS for cue in cues)


def _entry_day(ctx: Context, sentence: Sentence) -> tuple[int, DateRef] | None:
    """The live-blog day heading (or age stamp) last above `sentence`: the day its entry was written."""
    if not ctx.entry_days:
        return None
    i = bisect_right(ctx.entry_days, sentence.start, key=lambda entry: entry[0])
    return ctx.entry_days[i - 1] if i else None


# a person the occasion's sentence refers to by a pronoun: "We spoke to him by video link on Monday."
_PERSON_PRONOUN: Final = re.compile(r"\b(?:him|her|he|she)\b", re.IGNORECASE)
# each `_PERSON_PRONOUN` match is a whole run of letters of the lowercased text: a bit of its word mask
_PERSON_PRONOUN_GATE: Final = word_gate(ascii_words({"him", "her", "he", "she"}))


def _names_a_person_by_pronoun(text: str) -> bool:
    """`_PERSON_PRONOUN.search(text) is not None`, searched only where one of its pronouns is a run of letters of the
    lowercased text (the pattern opens with `\\b`: a search ran its matcher at every character)."""
    low = lowered(text)
    if low is not None and not holds_gate(low, _PERSON_PRONOUN_GATE):
        return False
    return _PERSON_PRONOUN.search(text) is not None


def _occasion_of_the_speaker(ctx: Context, occasion: tuple[int, DateRef, str], claimant: ActorRef) -> bool:
    """Whether the occasion's sentence is about the claimant: it names them, or refers to them by a pronoun just
    after a sentence of its paragraph that names them ("X heads the district. We spoke to him on Monday.")."""
    if names_the_speaker(occasion[2], claimant):
        return True
    index = occasion[0]
    if index == 0 or not _names_a_person_by_pronoun(occasion[2]):
        return False
    before = ctx.sentences[index - 1]
    return before.paragraph == ctx.sentences[index].paragraph and names_the_speaker(before.text, claimant)


_YEAR_REACH: Final = 5  # how many sentences back a year set by an opening ("In 2022, ...") holds


def _year_told(ctx: Context, sentence: Sentence) -> int | None:
    """The year the text last set at a sentence's opening ("In 2022, ..."), this sentence or one of the few
    before it, in its paragraph or opening an earlier one: the year of its dates that name none. A year opening
    the last sentence of an earlier paragraph ("In April 2022, X was suspended.") told of one event there."""
    for index in range(sentence.index, max(-1, sentence.index - _YEAR_REACH - 1), -1):
        before = ctx.sentences[index]
        opens = index == 0 or ctx.sentences[index - 1].paragraph != before.paragraph
        if before.paragraph != sentence.paragraph and not opens:
            continue
        year = frame_year(before.text)
        if year is not None:
            return year
    return None


_STAMP_GAP_DAYS: Final = 1  # "on Tuesday" in Wednesday's story: the day before its stamp is still the story's


def _tells_an_earlier_time(told: list[DateMention], day: DateRef) -> bool:
    """Whether a sentence names a time before the days around its page's stamp ("in September, when he said";
    "on Friday" in Monday's story) or one left unresolved: its words may be that time's, not the stamp's."""
    if day.value is None:
        return True
    return any(d.ref.value is None or not d.future and (day.value - d.ref.value).days > _STAMP_GAP_DAYS for d in told)


def _title_date(text: str, published: dt.date | None) -> DateRef | None:
    """The day a document's title gives its words ("Spokeswoman's answers to media questions, Moscow, September 29,
    2022"; "Statement by the President on ..., 12 May 2024"): a full date closing a title that names a speech,
    briefing or statement; None when the title gives none."""
    found = title_line(text)
    if found is None:
        return None
    start, line = found
    dates = find_dates(line, start, published, None)
    last = dates[-1] if dates else None
    if (
        last is None
        or last.ref.value is None
        or last.ref.precision != "day"
        or not closes_the_title(line, last.start - start, last.end - start)
    ):
        return None
    if published is not None and (last.ref.value - published).days > 1:
        return None  # a day after the publication: no date of the words
    return last.ref.model_copy(update={"raw": f"{last.ref.raw} (title)"})


def _variant_speaker_date(ctx: Context, claimant: ActorRef) -> tuple[int, DateRef] | None:
    """The last date of a speaker named by more words ("the council" -> "the city's Regional Council"): a one-word
    name that ends another speaker's; or a body's name that another's names with its seat ("UN human rights office"
    -> "UN human rights office in Ukraine", "the Mission" after the Mission in Ukraine spoke)."""
    if not claimant.name[:1].isupper():  # "Council", not "doctors": a name, not a group
        return None
    if " " in claimant.name:
        if claimant.kind != "organisation":
            return None
        seated = f"{claimant.name} in "
        found = [dated for other, dated in ctx.speaker_dates.items() if other.startswith(seated)]
        return max(found, key=lambda dated: dated[0], default=None)
    name = claimant.name.lower()
    found = [dated for other, dated in ctx.speaker_dates.items() if other.lower().rsplit(" ", 1)[-1] == name]
    return max(found, key=lambda dated: dated[0], default=None)


# "Gen. Tomas Elder, the commander": a person named with a definite description of the office, which takes up
# an unnamed speaker described so before
_DEFINITE_APPOSITIVE: Final = ", the "
_DESCRIPTION_WORDS: Final = 3  # "the commander", "the army chief", "the regional military chief"


def _described_speaker_date(ctx: Context, claimant: ActorRef) -> tuple[int, DateRef] | None:
    """The last date of an unnamed speaker whose description holds the office a named person is given with "the":
    "Norland's top commander said on Tuesday ... Gen. Tomas Elder, the commander, added" (the commander's
    Tuesday); None when no such speaker was dated ("the foreign minister" after "Ukraine's health minister")."""
    at = claimant.raw.find(_DEFINITE_APPOSITIVE)
    if claimant.kind != "person" or at < 0:
        return None
    words = claimant.raw[at + len(_DEFINITE_APPOSITIVE) :].split()
    if not words or len(words) > _DESCRIPTION_WORDS or words[-1] not in PERSON_OFFICE_HEADS:
        return None
    found = [
        dated
        for other, dated in ctx.speaker_dates.items()
        if other.rsplit(" ", 1)[-1] == words[-1] and _describes(other, words)
    ]
    return max(found, key=lambda dated: dated[0], default=None)


def _describes(description: str, office: list[str]) -> bool:
    """Whether an unnamed speaker's description (a lowercase word before its head) holds every word of an office:
    "Norland's top commander" holds "commander", "Norland's army chief" "army chief"; "Ukraine's health minister"
    is not "the foreign minister"."""
    words = description.split()
    return any(word.islower() for word in words[:-1]) and all(word in words for word in office)


def _moved_on(ctx: Context, occasion: tuple[int, DateRef, str], sentence: Sentence) -> bool:
    """A sentence between the occasion and this one opens on a later time ("In September 2022, ..."): the
    occasion's day is not this sentence's."""
    if occasion[1].value is None:
        return False
    value = occasion[1].value
    return any(
        _opens_later(between.text, ctx.published, value) for between in ctx.sentences[occasion[0] + 1 : sentence.index]
    )


@lru_cache(maxsize=512)
def _opens_later(text: str, published: dt.date | None, value: dt.date) -> bool:
    """`opens_on_a_later_time` for a sentence, read once however many later claims look back past it."""
    if not has_digit(text[:40]):
        return False  # the opening date is written out with a digit
    dates = find_dates(text, 0, published, None)
    return opens_on_a_later_time(text, [(d.start, d.ref.value) for d in dates], value)


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
