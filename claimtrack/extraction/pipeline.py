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
from collections import Counter, deque
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final, cast

from claimtrack.extraction.actors import (
    DETERMINERS,
    NAMED_BODY_HEADS,
    ORG_HEADS,
    PersonRegistry,
    actor_copy,
    actor_lexicon,
    actor_record,
    bloc_of_none,
    full_name_in,
    is_unnamed_body,
    resolve_actor,
    role_matches,
)
from claimtrack.extraction.added_remarks import added_remark
from claimtrack.extraction.antecedents import PERSON_OFFICE_HEADS, body_office, is_person_office, person_office
from claimtrack.extraction.attribution import (
    APPEAL_CUES,
    AUTHORING,
    CONFIRM_VERBS,
    DENIAL_VERBS,
    EVIDENCE_VERBS,
    GLUED_DASH_NEEDLES,
    HEDGE_VERBS,
    RELATIONS,
    RELATIVE_CITING_VERBS,
    Cue,
    dash_quote_spans,
    dateline_end,
    find_cues,
    inside,
    quote_spans,
    sentence_subject,
    subject_before,
    transcript_marker,
)
from claimtrack.extraction.body_references import body_reference, fits_kind
from claimtrack.extraction.bulletins import (
    body_name_line,
    bulletin_day,
    bulletin_issuer,
    channel_author,
    remarks_summary_speaker,
)
from claimtrack.extraction.confidence import CARRIED_FROM_BEFORE, assess, is_adversary_losses
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
from claimtrack.extraction.epithets import epithet_outlet, epithet_person, outlet_epithet, person_epithet
from claimtrack.extraction.focus import PlaceFocus, sides_named
from claimtrack.extraction.follow_on import authorless_source, continues_report
from claimtrack.extraction.gazetteer import Place, load_gazetteer, pinned_environment
from claimtrack.extraction.lexicons import SOURCING_PARTICIPLES, side_by_form, side_regex
from claimtrack.extraction.list_issuers import (
    DOCUMENT_NOUNS,
    FIGURES_AHEAD_WORDS,
    document_pointed_to,
    goes_on_from_figures,
    inline_publisher,
    lead_publisher,
    named_issuer,
    points_to_figures_ahead,
    source_label_issuer,
    speaks_of_figures,
)
from claimtrack.extraction.numbers import UNITS
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
from claimtrack.extraction.place_mention import AREA_KINDS, SETTLEMENT_KINDS, PlaceMention
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
from claimtrack.extraction.place_references import PlaceContext, refers_to_context
from claimtrack.extraction.places import (
    choose_place,
    find_places,
    home_office_country,
    place_ref,
    places_of_count,
    speaker_country_mentions,
)
from claimtrack.extraction.possessive_bodies import body_of, possessive_body
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
    search_lowered,
    sentence_has_digit,
    trie_alternation,
    vocabulary_hits,
    word_gate,
    word_mask,
    word_start_scan,
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
from claimtrack.extraction.quote_layouts import QUOTE_LABEL_REACH, counts_part_of_previous, opens_with_quote_label
from claimtrack.extraction.repeats import (
    DRONE_NOUNS,
    GENERIC_KINDS,
    place_of_count,
    places_conflict,
    same_claim,
    summary_level,
)
from claimtrack.extraction.rival_figures import figure_after, rival_count
from claimtrack.extraction.said_forms import (
    LEAD_REACH,
    adopted_document,
    lead_index,
    present_perfect_lead,
    released_data,
)
from claimtrack.extraction.sentences import Sentence, split_sentences
from claimtrack.extraction.speaker_labels import LineSpeakers, counted_item, interview_meeting, is_post_header
from claimtrack.extraction.speaker_run import SpeakerRun, adds_to_report
from claimtrack.extraction.subjects import included_part, side_of, subject_of
from claimtrack.extraction.unlisted_places import needs_place_context
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


# the nouns `_DOCUMENT_NP` ends in: a cheap test before "its" is looked for
_DOCUMENT_NOUNS: Final = ("report", "study", "survey", "statement", "analysis", "assessment", "document", "update",
                          "data", "figures", "statistics", "resolution", "declaration")  # fmt: skip


def _its_document(phrase: str, before: str) -> str:
    """A document's speaker phrase with the "its" the cue reader leaves out put back ("Its latest report estimates"
    gives "latest report": "its latest report"), for `_DOCUMENT_NP`; else the phrase as it is."""
    if not phrase.endswith(_DOCUMENT_NOUNS):
        return phrase
    head = before.rstrip()
    if not head.endswith(phrase):
        return phrase
    lead = head[: len(head) - len(phrase)]
    if lead[-4:].lower() != "its " or (len(lead) > 4 and lead[-5].isalnum()):
        return phrase
    return "its " + phrase


# the characters `_DOCUMENT_NP` and `_BODY_DOCUMENT` (IGNORECASE) can open with: their first words' first letters in
# either case, and the two that match "i" when case is ignored (U+0130, U+0131; a test asks every code point)
_DOCUMENT_NP_FIRSTS: Final = "tTiI\u0130\u0131"
_BODY_DOCUMENT_FIRSTS: Final = "aAtTiI\u0130\u0131"


def _may_open_document_np(phrase: str) -> bool:
    """Whether `_DOCUMENT_NP` may match `phrase` (anchored at its start): it opens with one of `_DOCUMENT_NP_FIRSTS`
    (an empty phrase is left to the pattern)."""
    return not phrase or phrase[0] in _DOCUMENT_NP_FIRSTS


def _may_open_body_document(phrase: str) -> bool:
    """Whether `_BODY_DOCUMENT` may match `phrase` (anchored at its start): it opens with one of
    `_BODY_DOCUMENT_FIRSTS` (an empty phrase is left to the pattern)."""
    return not phrase or phrase[0] in _BODY_DOCUMENT_FIRSTS


# "the report said": a document speaks for the organisation that published it
_DISPLAY_VERBS: Final = frozenset({"shows", "showed"})  # what data, a survey or a body shows, not a person
_DOCUMENT_NP: Final = re.compile(
    r"^(?:the|its|this|that|these)\s+(?:same\s+)?"
    r"(?:new\s+|latest\s+|annual\s+|presented\s+|published\s+|joint\s+)?"
    r"(?:report|study|survey|statement|analysis|assessment|document|update|data|figures|"
    r"statistics|resolution|declaration)$",
    re.I,
)


# a document named by the body that issued it: "a separate army communique", "the ministry statement", "a new police
# report"
_BODY_DOCUMENT: Final = re.compile(
    r"^(?:a|an|the|another|its)\s+(?:(?:separate|new|later|earlier|second|brief|short|written|official)\s+)?"
    r"(?P<body>army|military|ministry|police|government|junta|presidency|embassy|command)\s+"
    r"(?:statement|communiqu[eé]|report|update|bulletin|release|notice)$",
    re.IGNORECASE,
)


# a document and its author named in a sentence of its own: "a report published by the Conflict Observatory",
# "a new study by researchers at Yale", "an analysis from the Kiel Institute"
_AUTHORED_NOUNS: Final = (
    "report",
    "study",
    "survey",
    "analysis",
    "assessment",
    "investigation",
    "review",
    "paper",
    "dossier",
)
_AUTHORED_DOCUMENT: Final = re.compile(
    rf"\b(?:{'|'.join(_AUTHORED_NOUNS)})\s+(?:(?:{'|'.join(sorted(AUTHORING | {'issued', 'produced'}))})\s+)?"
    r"(?:by|from)\s+(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*)"
)
# the noun of an `_AUTHORED_DOCUMENT` match is a whole run of letters of the lowercased sentence (before whitespace)
_AUTHORED_GATE: Final = word_gate(ascii_words(_AUTHORED_NOUNS))


def _introduced_publisher(text: str, ctx: Context) -> None:
    """Remember the author of a document a sentence introduces without a verb of saying, so that a later "the
    report estimated" is theirs: "... derived from a report published by the Conflict Observatory."."""
    if " by " not in text and " from " not in text:
        return
    low = lowered(text)
    if not (holds_gate(low, _AUTHORED_GATE) if low is not None else any(noun in text for noun in _AUTHORED_NOUNS)):
        return
    m = _AUTHORED_DOCUMENT.search(text)
    actor = resolve_actor(m.group("who"), ctx.persons) if m else None
    if actor is not None and actor.kind in {"organisation", "media"}:
        ctx.last_publisher = actor


# a statement and its authors: "X and Y said in a joint statement", "a statement issued by X", "X, in a statement,
# called on ...": whom a later "the statement said" quotes
_STATEMENT_WORDS: Final = ("statement", "declaration", "communique", "communiqué", "resolution", "document")
_STATEMENT_BY: Final = re.compile(
    r"\b(?:statement|declaration|communiqu[eé]|resolution)\s+(?:(?:issued|signed|released|published|adopted)\s+)?"
    r"by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|on|in|and)\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*)"
)
# the noun of a `_STATEMENT_BY` or `said_forms.adopted_document` match, a whole run of letters of the lowercased
# sentence ("communiqu" where an é follows): without a claimant, a sentence with none of them notes no author
_STATEMENT_NOUN_GATE: Final = word_gate(
    ascii_words({"statement", "declaration", "communique", "communiqu", "resolution"})
)


def _note_statement_author(text: str, claimant: ActorRef | None, ctx: Context, index: int = -1, lead: int = -1) -> None:
    """Remember who made the statement a sentence names, so that a later "the statement said" is theirs: the
    sentence's claimant, or the author after "a statement by", or the body a sentence says adopted one (dated on
    the publication day when the story's lead says so in the present perfect, as is a body's release of figures
    there)."""
    if claimant is None and index <= lead and (released := released_data(text)) is not None:
        _adopter(text, released, index, lead, ctx)  # "The General Staff has updated the data": its list is dated
    low = lowered(text)
    nouns = low is None or holds_gate(low, _STATEMENT_NOUN_GATE)  # else `_STATEMENT_BY` cannot match
    if claimant is None and not nouns:
        return
    if not may_hold(text, _STATEMENT_WORDS):
        return
    m = _STATEMENT_BY.search(text) if nouns else None
    author = resolve_actor(m.group("who"), ctx.persons) if m is not None else None
    if author is None and claimant is None and (adopted := adopted_document(text)) is not None:
        author = _adopter(text, adopted, index, lead, ctx)  # "The Senate has passed a resolution": the Senate's
    if author is None and claimant is not None:
        author = claimant
    if author is not None:
        ctx.statement_author = author


def _adopter(text: str, adopted: tuple[int, int], index: int, lead: int, ctx: Context) -> ActorRef | None:
    """The body before the words of adoption at `adopted` (their start, their verb's start); their statements are
    dated on the publication day when a lead says so in the present perfect."""
    phrase = subject_before(text[: adopted[0]] + " ")[0]
    author = resolve_actor(phrase, ctx.persons) if phrase else None
    if author is not None and ctx.published is not None and present_perfect_lead(text, index, adopted[1], lead):
        dated = (index, DateRef(value=ctx.published, precision="day", raw="has adopted"))
        ctx.speaker_dates[author.name] = dated
        if " of " in author.name:  # "the General Staff of the Armed Forces" speaks later as "the General Staff"
            ctx.speaker_dates[author.name.split(" of ", 1)[0]] = dated
    return author


# a body referred to by what kind of body it is: "the charity", "the rights group", "the same organisation"
_KIND_ANAPHOR_NOUNS: Final = (
    "charity",
    "organisation",
    "organization",
    "group",
    "ngo",
    "watchdog",
    "monitor",
    "body",
    "agency",
    "nonprofit",
    "non-profit",
    "mission",
)
_BODY_KIND_ANAPHOR: Final = re.compile(
    rf"(?:[Tt]he|[Tt]his)\s+(?:same\s+)?(?:[a-z][a-z-]+\s+){{0,2}}(?:{'|'.join(_KIND_ANAPHOR_NOUNS)})"
)


def _body_named_before(phrase: str, ctx: Context) -> ActorRef | None:
    """The named organisation a speaker phrase refers to by its kind ("The charity said", "the monitoring group
    said"): the last one described by that noun, else the one that spoke in the sentence just before, else the
    only one that spoke; None when that is not clear."""
    if not ctx.orgs_spoken or not phrase.endswith(_KIND_ANAPHOR_NOUNS) or not _BODY_KIND_ANAPHOR.fullmatch(phrase):
        return None
    noun = phrase.rsplit(None, 1)[-1].replace("organization", "organisation")
    for body in reversed(ctx.orgs_spoken):  # "UNHCR, the UN refugee agency, said ... the agency said": described so
        if body.raw.endswith(_KIND_ANAPHOR_NOUNS) and _BODY_KIND_ANAPHOR.fullmatch(body.raw):
            continue  # read from such an anaphor itself ("the group said"): no description of its own
        if noun in f"{body.raw} {body.name} {body.role or ''}".lower().replace("organization", "organisation"):
            return body
    last = ctx.orgs_spoken[-1]
    if (
        not ctx.since_speaker
        and ctx.last_speaker is not None
        and ctx.last_speaker.name == last.name
        and not _named_another_kind(last, noun)
    ):
        return last  # "In a statement it said ... The group said": the body that spoke in the sentence just before
    # else only when no other body spoke: "the agency" after two is ambiguous
    return last if all(body.name == last.name for body in ctx.orgs_spoken) else None


_SPOKESPERSON: Final = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<noun>spokes(?:man|woman|person))")


_SAME_SPEAKER: Final = re.compile(r"(?:[Tt]he|[Tt]hose|[Tt]hese)\s+same\s+(?P<noun>[a-z]+)")


def _same_speaker(phrase: str, ctx: Context) -> ActorRef | None:
    """The speaker "the same officials" takes up: the last one, when its words named that noun."""
    if "same" not in phrase or (m := _SAME_SPEAKER.fullmatch(phrase)) is None:
        return None
    last = ctx.last_speaker
    if last is None or m.group("noun") not in f"{last.raw} {last.name}".lower():
        return None
    return last


def _spokesperson_before(phrase: str, ctx: Context) -> ActorRef | None:
    """The body whose spokesperson spoke in the sentence just before, for "the spokesperson said" ("A spokesman for
    the regional administration said ... The spokesman said"); None when the speaker before was no such body."""
    if not phrase.endswith(("man", "woman", "person")) or (m := _SPOKESPERSON.fullmatch(phrase)) is None:
        return None
    last = ctx.last_speaker
    if last is None or ctx.since_speaker or last.kind != "organisation" or m.group("noun") not in last.raw.lower():
        return None
    return last


# "the official", "the senior official", "this diplomat": one person the text described before by that noun
_DESCRIPTION_NOUNS: Final = ("official", "officer", "diplomat", "source")
_DESCRIPTION_TAKEN_UP: Final = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+)?(?P<noun>official|officer|diplomat|source)"
)


def _description_taken_up(phrase: str, ctx: Context) -> ActorRef | None:
    """The last speaker, for a definite phrase of the noun its own words described it by: "A senior defence
    official said on Monday ... The official said" (that official, on that day), "Ann Berg, a border official,
    said ... The official added"; None when the last speaker's words did not hold that noun."""
    if not phrase.endswith(_DESCRIPTION_NOUNS) or (m := _DESCRIPTION_TAKEN_UP.fullmatch(phrase)) is None:
        return None
    last = ctx.last_speaker
    if last is None or m.group("noun") not in _WORD_RUNS.findall(last.raw.lower()):
        return None
    return last


def _body_taken_up(phrase: str, before: str, ctx: Context) -> ActorRef | None:
    """The body a speaker phrase takes up without naming it ("The ministry said", "Its analysts say", "the
    agency's spokesman said"): the one the sentence just before opens with, when no one spoke there, else the body
    that spoke in it; None when neither is of the kind the phrase names."""
    noun = body_reference(phrase, before)
    if noun is None:
        return None
    body = _subject_body(ctx)
    if body is not None and _one_of_two(body, noun, ctx.since_speaker[-1][0].text):
        return None
    if body is None and not ctx.since_speaker and (last := ctx.last_speaker) is not None:
        body = last if last.kind in {"organisation", "media"} and last.name != last.affiliation else None
    if body is None or not fits_kind(noun, f"{body.raw} {body.name} {body.role or ''}".lower()):
        return None
    return body


# "the officials", "these analysts": a group the text named before, by its head noun alone
_DEFINITE_GROUP: Final = re.compile(r"(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?P<noun>[a-z]+s)")


def _group_taken_up(phrase: str, ctx: Context) -> ActorRef | None:
    """The last group that spoke, for a definite phrase of its head noun alone: "Tarsk officials said ... the
    officials said" (they, not any officials); None when that group's name ends in another noun."""
    last = ctx.last_group
    if last is None or not phrase.endswith("s") or (m := _DEFINITE_GROUP.fullmatch(phrase)) is None:
        return None
    words = last.name.lower().split()
    return last if len(words) > 1 and words[-1] == m.group("noun") else None


def _one_of_two(body: ActorRef, noun: str, text: str) -> bool:
    """Whether the sentence opening with `body` names another body with it ("The Defence Ministry and the Foreign
    Ministry met"): a second body of the noun's kind, or one joined to it by "and"."""
    at = text.find(body.raw)
    if at >= 0 and text.startswith(" and ", at + len(body.raw)):
        return True
    low = lowered(text)
    return bool(noun) and low is not None and low.count(noun) > 1


def _named_another_kind(body: ActorRef, noun: str) -> bool:
    """Whether a body's name says it is of a kind other than `noun`: "the charity" is not the Interior Ministry."""
    return any(word in ORG_HEADS and word != noun for word in body.name.lower().split())


def _statement_speaker(phrase: str, ctx: Context) -> ActorRef | None:
    """Who "the (joint) statement" of a speaker phrase quotes: the last author of a statement named, else the
    last body or outlet that spoke."""
    if phrase.lower().endswith(_STATEMENT_WORDS) and ctx.statement_author is not None:
        return ctx.statement_author
    return ctx.last_publisher


SUBJECT_REACH: Final = 2  # how many sentences back a "he said" looks for a person named as a sentence's subject


@dataclass(init=False)  # init=False: its own __init__, which mypyc compiles
class Attribution:
    claimant: ActorRef
    relay: ActorRef | None
    cue: Cue | None
    resolved_from: str | None  # "he", "quote continuation" ...
    phrase_spans: list[tuple[int, int]]  # relative spans of the speaker words in the sentence

    def __init__(self, claimant: ActorRef, relay: ActorRef | None, cue: Cue | None, resolved_from: str | None,
                 phrase_spans: list[tuple[int, int]]) -> None:  # fmt: skip
        self.claimant = claimant
        self.relay = relay
        self.cue = cue
        self.resolved_from = resolved_from
        self.phrase_spans = phrase_spans


@dataclass(init=False)  # init=False: its own __init__, which mypyc compiles
class Context:
    """What the reading of a document remembers from one sentence to the next."""

    published: dt.date | None
    persons: PersonRegistry = field(default_factory=PersonRegistry)
    last_speaker: ActorRef | None = None
    last_group: ActorRef | None = None
    last_org: ActorRef | None = None
    orgs_spoken: list[ActorRef] = field(default_factory=list)  # the named organisations that spoke, in order
    last_publisher: ActorRef | None = None  # the last organisation or outlet that spoke: "the report" is its
    statement_author: ActorRef | None = None  # who made the last statement named: "the statement said"
    # who last spoke in a sentence naming a document ("X said in its latest report"): "figures from the report:"
    document_speakers: dict[str, ActorRef] = field(default_factory=dict)
    # the sentences read since the last one with a speaker, with their quotes: whom a later "he said" may mean
    since_speaker: deque[tuple[Sentence, list[tuple[int, int]]]] = field(
        default_factory=lambda: deque(maxlen=SUBJECT_REACH)
    )
    speaker_dates: dict[str, tuple[int, DateRef]] = field(default_factory=dict)  # name -> (sentence index, date)
    # the last sentence naming an occasion and its day ("X addressed the assembly on 24 September"), as
    # (sentence index, date, text): the date of the words of those it names, said there
    occasion: tuple[int, DateRef, str] | None = None
    # occasions named by their noun, with the sentence index and day that dated them ("held a briefing on Tuesday"):
    # what a later "at the briefing" means
    occasion_days: dict[str, tuple[int, DateRef]] = field(default_factory=dict)
    dateline: DateMention | None = None  # "KYIV, Nov 3 (Reuters) -": when the story's statements were made
    title_date: DateRef | None = None  # "Spokeswoman's answers to media questions, Moscow, 29 September 2022"
    page_day: DateRef | None = None  # the page's date stamp above the story ("Published 18 April 2022 | Views: 48")
    entry_days: list[tuple[int, DateRef]] = field(default_factory=list)  # a live blog's day headings (offset, day)
    last_day: dt.date | None = None  # the last day named, as of the last sentence whose dates were read
    # sentences since then whose dates were not needed: read only if a later "that day" needs `last_day`
    undated: list[Sentence] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)  # the document's, by index
    side_at: dict[int, str | None] = field(default_factory=dict)  # sentence index -> side of troops mentioned
    places: PlaceContext = field(default_factory=PlaceContext)  # for "the capital", "the town"
    voice: ActorRef | None = None  # the body a statement's title or signature names: its "we" outside quotes
    # sentences not yet observed by `places`, with their places when read: observed when a reference needs them
    unplaced: list[tuple[Sentence, list[PlaceMention] | None]] = field(default_factory=list)
    run: SpeakerRun = field(default_factory=SpeakerRun)  # one speaker's consecutive sentences: the place they gave
    # the last sentences `places` observed, with their places: the scene before a toll, with `unplaced` after them
    observed: deque[tuple[Sentence, list[PlaceMention] | None]] = field(
        default_factory=lambda: deque(maxlen=SCENE_REACH)
    )
    focus: PlaceFocus = field(default_factory=PlaceFocus)  # the places the claims' sentences name: what it is about
    # the places of sentences waiting in `unplaced`, read without context once for every reader that peeks at them
    plain_places: dict[int, list[PlaceMention]] = field(default_factory=dict)

    def __init__(
        self,
        published: dt.date | None,
        persons: PersonRegistry | None = None,
        last_speaker: ActorRef | None = None,
        last_group: ActorRef | None = None,
        last_org: ActorRef | None = None,
        orgs_spoken: list[ActorRef] | None = None,
        last_publisher: ActorRef | None = None,
        statement_author: ActorRef | None = None,
        document_speakers: dict[str, ActorRef] | None = None,
        since_speaker: deque[tuple[Sentence, list[tuple[int, int]]]] | None = None,
        speaker_dates: dict[str, tuple[int, DateRef]] | None = None,
        occasion: tuple[int, DateRef, str] | None = None,
        occasion_days: dict[str, tuple[int, DateRef]] | None = None,
        dateline: DateMention | None = None,
        title_date: DateRef | None = None,
        page_day: DateRef | None = None,
        entry_days: list[tuple[int, DateRef]] | None = None,
        last_day: dt.date | None = None,
        undated: list[Sentence] | None = None,
        sentences: list[Sentence] | None = None,
        side_at: dict[int, str | None] | None = None,
        places: PlaceContext | None = None,
        voice: ActorRef | None = None,
        unplaced: list[tuple[Sentence, list[PlaceMention] | None]] | None = None,
        run: SpeakerRun | None = None,
        observed: deque[tuple[Sentence, list[PlaceMention] | None]] | None = None,
        focus: PlaceFocus | None = None,
        plain_places: dict[int, list[PlaceMention]] | None = None,
    ) -> None:
        """The fields' defaults as `field` gives them; None for a field with a default factory: a new one."""
        self.published = published
        self.persons = PersonRegistry() if persons is None else persons
        self.last_speaker = last_speaker
        self.last_group = last_group
        self.last_org = last_org
        self.orgs_spoken = [] if orgs_spoken is None else orgs_spoken
        self.last_publisher = last_publisher
        self.statement_author = statement_author
        self.since_speaker = deque(maxlen=SUBJECT_REACH) if since_speaker is None else since_speaker
        self.speaker_dates = {} if speaker_dates is None else speaker_dates
        self.occasion = occasion
        self.occasion_days = {} if occasion_days is None else occasion_days
        self.document_speakers = {} if document_speakers is None else document_speakers
        self.dateline = dateline
        self.title_date = title_date
        self.page_day = page_day
        self.entry_days = [] if entry_days is None else entry_days
        self.last_day = last_day
        self.undated = [] if undated is None else undated
        self.sentences = [] if sentences is None else sentences
        self.side_at = {} if side_at is None else side_at
        self.places = PlaceContext() if places is None else places
        self.voice = voice
        self.unplaced = [] if unplaced is None else unplaced
        self.run = SpeakerRun() if run is None else run
        self.observed = deque(maxlen=SCENE_REACH) if observed is None else observed
        self.focus = PlaceFocus() if focus is None else focus
        self.plain_places = {} if plain_places is None else plain_places


def _relative_quotes(sentence: Sentence, spans: list[tuple[int, int]], ends: list[int]) -> list[tuple[int, int]]:
    """The document's quote spans that overlap the sentence, relative to it.

    The spans are in order and do not overlap, so their `ends` are sorted too: the first span that can
    overlap is found by bisection, and the scan stops at the first one that starts after the sentence.
    """
    out: list[tuple[int, int]] = []
    if not spans:
        return out
    start, end = sentence.start, sentence.end
    i = _ends_after(ends, start)
    while i < len(spans):
        s, e = spans[i]
        if s >= end:
            break
        out.append((max(s, start) - start, min(e, end) - start))
        i += 1
    return out


def _ends_after(ends: list[int], pos: int) -> int:
    """`bisect_right(ends, pos)`, the bisection written out: compiled, it spares a call through the interpreter's
    protocol per sentence."""
    lo, hi = 0, len(ends)
    while lo < hi:
        mid = (lo + hi) // 2
        if pos < ends[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


# what a line holds where `quote_spans` can find a quote: the only characters it opens or closes one with
_QUOTE_NEEDLES: Final = ('"', "“", "”")
# what a line holds where `dash_quote_spans` is read: a dash before a space, or a dash glued to "said"/"says"
_DASH_NEEDLES: Final = ("- ", "– ", "— ") + GLUED_DASH_NEEDLES


def _document_quotes(text: str) -> list[tuple[int, int]]:
    """The quote spans of each line (a run of characters other than a newline), in document offsets."""
    spans: list[tuple[int, int]] = []
    for start, end, quoted, dashed in _marked_lines(text):
        block = text[start:end]
        marked = quote_spans(block) if quoted else []
        if dashed:  # a dash quote
            marked = _union(marked, dash_quote_spans(block)) if marked else dash_quote_spans(block)
        spans.extend((start + s, start + e) for s, e in marked)
    return spans


def _marked_lines(text: str) -> list[tuple[int, int, bool, bool]]:
    """(start, end, holds a quote needle, holds a dash needle) of each line of `text` that holds one, in order: each
    needle is looked for through the document from line to line (`_NextFinds`, `str.find`) rather than in a slice
    of every line, and one the document lacks only once."""
    quotes = _NextFinds(text, _QUOTE_NEEDLES)
    dashes = _NextFinds(text, _DASH_NEEDLES)
    out: list[tuple[int, int, bool, bool]] = []
    size = len(text)
    pos = 0
    while pos < size and (quotes.needles or dashes.needles):
        end = text.find("\n", pos)
        if end < 0:
            end = size
        if end > pos:
            quoted = quotes.holds(pos, end)
            dashed = dashes.holds(pos, end)
            if quoted or dashed:
                out.append((pos, end, quoted, dashed))
        pos = end + 1
    return out


def _find_from(text: str, needle: str, start: int) -> int:
    """`text.find(needle, start)`, for a needle opening with a character other than ASCII (a curly quote, a dash)
    found from the next find of that character: a search for one such character (`memchr` of its low byte) passes
    over a text without it faster than the search for the needle, which most documents lack ("–sa", "— ")."""
    if needle[0].isascii():
        return text.find(needle, start)
    first = text.find(needle[0], start)
    return first if first < 0 or len(needle) == 1 else text.find(needle, first)


class _NextFinds:
    """Where each needle the text holds is next found, from a position on: asked line after line, a needle is
    found again only once the lines have passed its last find (`str.find` over the document, not over each line).
    An ASCII text is not searched for a needle that is not ASCII."""

    def __init__(self, text: str, needles: tuple[str, ...]) -> None:
        self.text = text
        self.needles: list[str] = []
        self.at: list[int] = []
        ascii_text = text.isascii()
        for needle in needles:
            at = -1 if ascii_text and not needle.isascii() else _find_from(text, needle, 0)
            if at >= 0:
                self.needles.append(needle)
                self.at.append(at)

    def holds(self, start: int, end: int) -> bool:
        """Whether `text[start:end]`, a line, holds one of the needles (asked with `start` never going back)."""
        for i in range(len(self.needles)):
            at = self.at[i]
            if at < start:
                at = _find_from(self.text, self.needles[i], start)
                if at < 0:
                    at = len(self.text)
                self.at[i] = at
            if at < end:  # no needle holds a newline: one that starts in the line ends in it
                return True
        return False


def _union(spans: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two lists of quote spans as one, in order and without overlaps (`_relative_quotes` bisects on the ends)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans + more):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _wholly_quoted(sentence: Sentence, quotes: list[tuple[int, int]]) -> bool:
    """Whether one quote holds the whole sentence (a quote's middle sentence: 12% of the corpus's): `find_cues`
    skips every cue word inside a quote, so it finds none there."""
    return bool(quotes) and quotes[0][0] == 0 and quotes[0][1] >= len(sentence.text)


def _mostly_quoted(sentence: Sentence, quotes: list[tuple[int, int]]) -> bool:
    covered = sum(e - s for s, e in quotes)
    return covered >= 0.6 * max(1, len(sentence.text))


_POSSESSIVE_END: Final = re.compile(r"['’]s$")


_SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "it", "we"})


def _names_a_person(text: str, ctx: Context) -> bool:
    """Whether `text` names a known person by surname after its first word: a pronoun opening it may mean that
    person or another, and one named in its own clause is seldom its subject."""
    for word in text.split()[1:]:
        if word[:1].isupper() and word.strip(".,;:'’\"“”()").lower() in ctx.persons.by_surname:
            return True
    return False


def _pronoun_actor(pronoun: str, ctx: Context, before: str = "") -> ActorRef | None:
    """Whom a pronoun speaker means; `before` is its sentence up to the cue."""
    if pronoun in {"he", "she"}:
        return (
            _clause_subject_person(before, ctx)
            or _subject_person(ctx)
            or _office_speaker(ctx)
            or ctx.persons.last_person
        )
    if pronoun == "they":
        return ctx.last_group or ctx.last_speaker
    if pronoun == "it":
        return _subject_body(ctx) or ctx.last_org
    if pronoun == "we":
        return ctx.voice  # "We note that ..." in a statement signed by a body: the body
    return None


_BODY_OPENER: Final = re.compile(
    r"(?:The|Its)\s+(?:army|military|ministry|police|government|junta|command|agency|"
    r"mission|presidency|embassy|navy)\b"
)


def _subject_body(ctx: Context) -> ActorRef | None:
    """The body the sentence just before opens with, when that sentence had no speaker: in "Russia's Defence
    Ministry did not comment. On Friday it said ..." it is the ministry, whoever spoke before."""
    if not ctx.since_speaker:
        return None
    sentence, quotes = ctx.since_speaker[-1]
    text = sentence.text.rstrip()
    if quotes or not text.endswith(".") or text.isupper():
        return None
    subject = sentence_subject(text)
    if subject is not None and subject.lower() in {"the", "its"} and (body := _BODY_OPENER.match(text)):
        subject = body.group(0)  # "The army did not respond": a body's common noun
    elif subject is None or subject.lower() in DETERMINERS:
        subject = body_office(text)  # "The regional prosecutor's office opened a case": the office
    actor = resolve_actor(_POSSESSIVE_END.sub("", subject), ctx.persons) if subject else None
    if actor is None or actor.kind != "organisation" and not is_unnamed_body(actor) or actor.name == actor.affiliation:
        return None
    return actor


# "... and he said", "Putin, who he says ...": the pronoun after "and", "but" or a relative means the subject
# "Anna Berg's speech came on Monday, where she said ...": a clause of place or time after a comma, likewise
_COORDINATED_PRONOUN: Final = re.compile(
    r"(?:\s(?:and|but|who|whom)|,\s+(?:where|when))\s+(?:he|she)\s+(?:[a-z]+\s+)?$"
)


def _clause_subject_person(before: str, ctx: Context) -> ActorRef | None:
    """ "Anna Berg was asked whether ... and she replied that ...": the pronoun after "and" or "but" means the
    person the sentence opens with (not inside a quote)."""
    if not before or before[0] in "“\"'‘" or not _COORDINATED_PRONOUN.search(before):
        return None
    subject = sentence_subject(before)
    return _named_person(subject, ctx) if subject else None


def _named_person(phrase: str, ctx: Context) -> ActorRef | None:
    """The person a subject phrase names: a full name or a known person, not "Today", "Participants" or "The
    Taoiseach"; "Secretary Anna Berg's visit": the owner is the one spoken of."""
    actor = resolve_actor(_POSSESSIVE_END.sub("", phrase), ctx.persons)
    if (
        actor is not None
        and actor.kind == "person"
        and actor.name != actor.role
        and actor.name.split()[0].lower() not in DETERMINERS
    ):
        if " " in actor.name or actor_lexicon().lookup(actor.name) is not None:
            return actor
        full = full_name_in(actor.name, ctx.persons.document)  # "Marles met ..." after "Richard Marles"
        named = resolve_actor(full, ctx.persons) if full is not None else None
        if named is not None and named.kind == "person":
            return named
    return None


def _subject_person(ctx: Context) -> ActorRef | None:
    """The person named as the subject of a sentence between the last speaker and a "he/she said": in "Barack Obama
    decided to end the war. 'It is time to turn the page,' he said." he is Obama, whoever spoke before. A quote
    closed in between continues the last speaker's words, and ends the search."""
    for sentence, all_quotes in reversed(ctx.since_speaker):
        text = sentence.text
        quotes = [q for q in all_quotes if not _scare_quote(text, q)]
        if quotes and quotes[0][0] > 0:
            text = text[: quotes[0][0]]  # "X referred to the plan.- China showed ...": the words before the quote
        elif quotes and quotes[-1][1] >= len(text):
            continue  # a quote that runs on into the next sentence: the words of the "he said" to come
        elif quotes:
            return None
        text = text.rstrip()
        if not text.endswith((".", "!", "?")) or text.isupper():
            continue  # a headline, a credit line or a caption: no sentence, no subject
        subject = sentence_subject(text)
        if not subject:
            continue
        actor = _answerer(text, subject, ctx) or _named_person(subject, ctx)
        if actor is None and subject == "The":  # the subject read stopped at "The" of "The head of the ..."
            actor = _office_then_name(text, ctx)
        if actor is None:
            actor = _office_holder(text, ctx)
        if actor is not None:
            return actor
    return None


# a sentence opening on an office "of" a body, then its holder's name with no comma between: "The head of the
# Velnian intelligence service Mara Kest spoke on Wednesday" (the name: the last two capitalised words before the verb)
_OFFICE_OF_THEN_NAME: Final = re.compile(
    r"The\s+(?:[a-z]+\s+){0,2}(?:head|director|chief|leader|commander|spokesman|spokeswoman|spokesperson|secretary|"
    r"chairman|chairwoman|minister|governor|mayor)\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,6}"
    r"(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\s+(?:also\s+)?[a-z]"
)


def _office_then_name(text: str, ctx: Context) -> ActorRef | None:
    """The person a sentence opening on an office "of" a body names right after it, without a comma ("The director
    of the national intelligence Mara Kest presented ..."): whom a later "he" or "she" means."""
    m = _OFFICE_OF_THEN_NAME.match(text)
    return _named_person(m.group("name"), ctx) if m is not None else None


def _office_speaker(ctx: Context) -> ActorRef | None:
    """The last speaker when a person's unnamed office spoke as its body: after "A spokesman for the Southern
    Defence Forces said ...", "he" is that spokesman, whose words are the body's, not a person named earlier."""
    last = ctx.last_speaker
    if last is None or last.kind == "person" or not last.raw or not is_person_office(last.raw):
        return None
    return None if _names_last_person(last, last.raw, ctx) else last


def _names_last_person(body: ActorRef, office: str, ctx: Context) -> bool:
    """Whether a person's office that speaks as a body may be an epithet of the person the text named last: "Sergei
    Lavrov said ... The head of the Russian Ministry of Foreign Affairs also referred ..." (the same side), "The EU
    High Representative said" after Josep Borrell (whose role holds the office's noun)."""
    last = ctx.persons.last_person
    if last is None or last.name == last.role:
        return False
    if last.affiliation is not None and last.affiliation == body.affiliation:
        return True
    role = set(last.role.lower().split()) if last.role else set()
    return any(word in role for word in office.lower().split() if word in PERSON_OFFICE_HEADS)


def _office_holder(text: str, ctx: Context) -> ActorRef | None:
    """The unnamed office a sentence opens with, which a later "he" or "she" means: "The regional governor spoke
    on Sunday. He said ..." (the governor, or the person the text named to that office)."""
    phrase = person_office(text)
    actor = resolve_actor(phrase, ctx.persons) if phrase else None
    if actor is None or actor.kind == "media" or actor.kind == "person" and actor.name != actor.role:
        return None  # a person's name inside the office is `_named_person`'s to read, whole or not at all
    if actor.kind != "person" and _names_last_person(actor, cast(str, phrase), ctx):
        return None
    return actor


# "X asked Y (whether / about ...)": Y answers; the object is a capitalised name, with its title
_ASKED_OBJECT: Final = re.compile(
    r"\s+(?:\w+\s+){0,2}(?:asked|asks|pressed|questioned)\s+"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
)


def _answerer(text: str, subject: str, ctx: Context) -> ActorRef | None:
    """The person a subject asked ("Anna Berg asked Tom Elder whether ... He said ..."): the "he" who answers
    is the one asked, not the asker; None when the sentence asks no named person."""
    at = text.find(subject)
    m = _ASKED_OBJECT.match(text, at + len(subject)) if at >= 0 else None
    return _named_person(m.group("who"), ctx) if m is not None else None


_SCARE_QUOTE_WORDS: Final = 3


def _scare_quote(text: str, span: tuple[int, int]) -> bool:
    """Whether a quote inside `text` is a quoted term, not speech: at most three words, no sentence ending in it and
    words around it ('vowing to end the "mindset" that ...', 'the "proputin faction" in the party')."""
    start, end = span
    inner = text[start:end].strip(" \"“”'‘’")
    return (
        0 < start
        and end < len(text.rstrip())
        and len(inner.split()) <= _SCARE_QUOTE_WORDS
        and not inner.rstrip().endswith((".", "!", "?", ","))
    )


_RELATION_PHRASE: Final = re.compile(rf"(?:[Hh]is|[Hh]er)\s+(?P<noun>{'|'.join(sorted(RELATIONS))})")
_RELATION_OWNERS: Final = ("his", "His", "her", "Her")  # how every `_RELATION_PHRASE` match opens (case-sensitive)


def _owner_of(before: str, ctx: Context) -> ActorRef | None:
    """Whom "his"/"her" before a relation means: the first person the sentence names in full ("A Russian man,
    Ivan Petrov, was detained ..., his lawyer said"); None when it names none (a person of an earlier sentence
    may not be the one it speaks of)."""
    for m in _NAME_RUN.finditer(before):
        person = _named_person(m.group(0), ctx)
        if person is not None:
            return person
    return None


# a body named through its owner, at the end of a source's words: "his office", "estimates of her ministry", "his
# intelligence", "her sources" (what the speaker knows from their own people)
_OWNED_BODY: Final = re.compile(
    r"(?:^|\s)(?:[Hh]is|[Hh]er)\s+(?P<noun>(?:own\s+)?(?:office|ministry|agency|service|"
    r"administration|press\s+service|press\s+office|department|intelligence(?:\s+services?)?|sources))$"
)
# the last words of `_OWNED_BODY`'s nouns, each maybe before a final newline (where `$` matches too): every match
# ends the phrase with one of them
_OWNED_NOUN_ENDS: Final = tuple(
    word + end
    for word in ("office", "ministry", "agency", "service", "services", "administration", "department",
                 "intelligence", "sources")
    for end in ("", "\n")
)  # fmt: skip


def _owned_body(author: str) -> re.Match[str] | None:
    """`_OWNED_BODY.search(author)`, searched for only where the phrase ends with one of `_OWNED_NOUN_ENDS`: a search
    tries the pattern at every character of it."""
    return _OWNED_BODY.search(author) if author.endswith(_OWNED_NOUN_ENDS) else None


def _office_of_person(owner: ActorRef | None, noun: str) -> ActorRef | None:
    """The body of a named person that no lexicon knows ("His office says ..." after "Anna Berg said"): the
    person's office, with the person's side; None when the owner is no named person."""
    if owner is None or owner.kind != "person" or owner.name == owner.role:
        return None
    noun = " ".join(noun.lower().split())
    return actor_record(name=f"{owner.name}'s {noun}", kind="organisation", affiliation=owner.affiliation, raw=noun)


def _speaker_just_before(ctx: Context) -> ActorRef | None:
    """The person who spoke in the sentence just before, if a person did."""
    last = ctx.last_speaker
    return last if last is not None and last.kind == "person" and not ctx.since_speaker else None


def _last_person_named(ctx: Context) -> ActorRef | None:
    """Whom "his" takes up across sentences: the one person named in the sentences read since the last speaker,
    or with none named there, the last speaker that is a person; None when several are named."""
    named: dict[str, ActorRef] = {}
    for earlier, _ in ctx.since_speaker:
        for m in _NAME_RUN.finditer(earlier.text):
            person = _named_person(m.group(0), ctx)
            if person is not None:
                named[person.name] = person
    if len(named) > 1:
        return None
    return next(iter(named.values())) if named else ctx.persons.last_person


_NAME_RUN: Final = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\b")


def _relation_of(owner: ActorRef, noun: str, raw: str) -> ActorRef:
    """The unnamed relation of a person as a speaker: "Ivan Petrov's lawyer"."""
    return actor_record(
        name=f"{owner.name}'s {noun}", kind="anonymous", role=noun, affiliation=owner.affiliation, raw=raw
    )


def _span_of(sentence: str, phrase: str | None, cue_start: int | None = None) -> list[tuple[int, int]]:
    """Where the speaker words stand; with the cue after them, an aside between the two belongs to them too
    ("Ivan Fedorov, the mayor of Melitopol, a city close to Crimea, said")."""
    if not phrase:
        return []
    head = phrase.split(", ")[0]
    i = sentence.find(head)
    if i < 0:
        return []
    end = i + len(phrase) if sentence.find(phrase, i) == i else i + len(head)
    if cue_start is not None and cue_start > end:
        gap = sentence[end:cue_start].strip()
        if gap.startswith(",") and gap.endswith(","):
            end = cue_start
    return [(i, end)]


_MEDIA_NAME: Final = r"(?P<media>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
# the outlet a cue's words go to: the nearest name ("told Bloomberg that Germany ..."), else the furthest within
# reach ("told German newspaper Der Tagesspiegel", "confirmed the report to the Financial Times")
_WORDS_BEFORE_MEDIA: Final = r"\s+(?:[\w\s]{0,30}?\s)"  # up to 30 characters of words before the outlet, optional
_MEDIA_AFTER: Final = re.compile(_WORDS_BEFORE_MEDIA + r"??(?:to|with)?\s*" + _MEDIA_NAME)
_MEDIA_FURTHER_AFTER: Final = re.compile(_WORDS_BEFORE_MEDIA + r"?(?:to|with)?\s*" + _MEDIA_NAME)
_INTERVIEW_AFTER: Final = re.compile(r"\s+in\s+an\s+interview\s+with")
_INTERVIEW_WITH: Final = re.compile(r"\bin\s+an\s+interview\s+with\s+" + _MEDIA_NAME, re.IGNORECASE)


def _relay_after_cue(sentence: str, cue: Cue, persons: PersonRegistry) -> ActorRef | None:
    """'told Reuters', 'confirmed the report to the Financial Times', 'said in an interview with CNN'."""
    low = lowered(sentence)
    before = _INTERVIEW_WITH.search(sentence[: cue.start]) if may_hold(low, ("interview",)) else None
    if before:  # "In an interview with CNN, X said ..."
        actor = resolve_actor(before.group("media"), persons)
        if actor is not None and actor.kind == "media":
            return actor
    if cue.verb not in {"told", "tells", "confirmed", "said"}:
        return None
    after = sentence[cue.end : cue.end + 80]
    if cue.verb == "said" and ("interview" not in after or not _INTERVIEW_AFTER.match(after)):
        return None  # the pattern writes "interview" (it is case-sensitive): a substring test first
    for pattern in (_MEDIA_AFTER, _MEDIA_FURTHER_AFTER):
        m = pattern.match(after)
        actor = resolve_actor(m.group("media"), persons) if m else None
        if actor is not None and actor.kind == "media":
            return actor
    return None


_HEADLINE_LABELS: Final = frozenset(
    {
        "watch",
        "read",
        "source",
        "sources",
        "author",
        "authors",
        "photo",
        "video",
        "update",
        "note",
        "editor's note",
        "breaking",
        "live",
        "opinion",
        "analysis",
        "comment",
    }
)


# sentences without a speaker after the last one with, within which an epithet may mean that speaker
_EPITHET_REACH: Final = 3


def _epithet_referent(phrase: str, actor: ActorRef, sentence: Sentence, ctx: Context) -> ActorRef | None:
    """Whom an epithet speaker means ("the former spy said", "the 71-year-old said", "says the American daily"):
    the one person or outlet named before that fits (`epithets`); None when unsure or not an epithet."""
    if (
        actor.kind in {"person", "anonymous"}
        and (m := person_epithet(phrase)) is not None
        and actor.name.lower() == phrase.strip()[4:].lower()
    ):
        before = ctx.persons.document[: sentence.start]
        near = len(ctx.since_speaker) < _EPITHET_REACH
        return epithet_person(m, ctx.persons.named, ctx.persons.mentioned, before, near)
    if actor.kind == "media" and outlet_epithet(phrase):
        return epithet_outlet(ctx.persons.outlets)
    return None


_BARE_ROLE: Final = re.compile(r"[Tt]he\s+(?P<role>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})")


def _occasion_role_holder(phrase: str, actor: ActorRef, ctx: Context) -> ActorRef | None:
    """Whom a bare role speaker means after an occasion sentence: in "Zelensky met troops near Bakhmut. '...,' the
    president said." the president is the person the sentence before opens with (`_subject_person`: none spoke in
    between) when that person holds the role, not an earlier president who spoke; None otherwise."""
    m = _BARE_ROLE.fullmatch(phrase.strip())
    if m is None or actor.kind != "person" or not ctx.since_speaker:
        return None
    person = _subject_person(ctx)
    if person is None or person.name == actor.name or not role_matches(m.group("role"), person.role):
        return None
    return actor_copy(person, {"raw": phrase})


def _cited_by_outlet(first: ActorRef, first_cue: Cue, cue: Cue, text: str, ctx: Context) -> ActorRef | None:
    """The source an outlet named as the sentence's source cites in a relative clause ("according to Reuters,
    which cited two officials"; "..., who quoted the governor") or in a participle just after it ("according to
    the Zeland Post, citing military sources"): that source claims, the outlet relays."""
    if first.kind != "media" or not cue.phrase:
        return None
    if cue.verb not in RELATIVE_CITING_VERBS and not _citing_right_after(first_cue, cue, text):
        return None
    cited = resolve_actor(_strip_possessive_document(cue.phrase), ctx.persons)
    return cited if cited is not None and cited.name != first.name else None


_CITING_PARTICIPLES: Final = frozenset({"citing", "quoting"})


def _citing_right_after(first_cue: Cue, cue: Cue, text: str) -> bool:
    """Whether `cue` is a "citing"/"quoting" set just after the phrase `first_cue` names, only a comma between
    ("according to the Zeland Post, citing two officials"): the participle tells what that outlet cites."""
    if cue.verb not in _CITING_PARTICIPLES or not first_cue.phrase:
        return False
    end = text.find(first_cue.phrase, first_cue.end)
    return end >= 0 and text[end + len(first_cue.phrase) : cue.start].strip() == ","


def _headline_speaker(actor: ActorRef, phrase: str) -> bool:
    """Whether the words before a headline's colon name a speaker: a body, an outlet, or a person known or
    named with a role; not a dateline ("KYIV:"), nor a label ("Editor's Note:")."""
    phrase = phrase.strip()
    if load_gazetteer().lookup(phrase) is not None or phrase.lower() in _HEADLINE_LABELS:
        return False
    if phrase.isupper() and len(phrase) > 5:
        return False  # "WATCH PUTIN TELLS THE WEST:": a shouted headline, not a speaker
    if actor.kind == "anonymous":
        return " " in actor.name  # "Ukrainian officials:", not "Sources:"
    if actor.kind == "person":
        return actor.role is not None and " " in actor.name or actor_lexicon().lookup(actor.name) is not None
    return True


_TRANSLATION_END: Final = re.compile(r"\b(?:translation|transcript)$")
# how a `_TRANSLATION_END` match ends the phrase: its word, maybe before a final newline (`$` matches there too)
_TRANSLATION_ENDS: Final = ("translation", "transcript", "translation\n", "transcript\n")


def _translation_end(phrase: str) -> re.Match[str] | None:
    """`_TRANSLATION_END.search(phrase)`, searched for only where the phrase ends as a match must: a search tries
    the pattern at every character of it."""
    return _TRANSLATION_END.search(phrase) if phrase.endswith(_TRANSLATION_ENDS) else None


_OUR_BEFORE: Final = re.compile(r"(?:^|\s)[Oo]ur\s+$")


def _ours(cue: Cue, text: str) -> bool:
    """Whether a cue's speaker phrase is the writer's own people: "our observers recorded", "Our units report"."""
    if not cue.phrase:
        return False
    if cue.phrase[:4].lower() == "our ":
        return True
    at = text.rfind(cue.phrase, 0, cue.start)
    return at > 0 and _OUR_BEFORE.search(text, max(0, at - 5), at) is not None


def _relayed_by_media(before: str, ctx: Context) -> bool:
    """Whether the words before "learned from" name an outlet: "BelTA learned from X", "the agency has learned
    from X"."""
    phrase = subject_before(before)[0]
    actor = resolve_actor(phrase, ctx.persons) if phrase else None
    return actor is not None and actor.kind == "media"


# what a speaker cites that no one owns in the phrase: "citing accounts from refugees", "citing a declassified
# assessment shared with Congress"; not "citing a report by the UN" (the UN's), "citing sources" (a claimant) nor
# evidence its modifier gives to an organ of a side ("citing intelligence reports", "citing military data": theirs)
_CITED_EVIDENCE: Final = re.compile(
    r"(?:(?:an?|the|its|their|his|her)\s+)?"
    r"(?:(?!(?:intelligence|military|army|government|official|police|security)\b)[a-z-]+\s+){0,2}"
    r"(?:accounts?|assessments?|reports?|data|figures|estimates?|documents?|records?|testimon(?:y|ies)|footage)\b"
    r"(?!\s+(?:by|of|from)\s+(?:the\s+)?[A-Z])"
)


def _cites_evidence(cue: Cue) -> bool:
    """Whether a "citing" cue names evidence no one owns in the phrase, which leaves the sentence's speaker the
    claimant ("X said ..., citing accounts from refugees"), not a source."""
    return cue.verb == "citing" and cue.phrase is not None and _CITED_EVIDENCE.match(cue.phrase) is not None


def _attribute(sentence: Sentence, cues: list[Cue], ctx: Context) -> Attribution | None:
    """The claimant of a sentence from its cues (source markers name the claimant, the verb's subject relays)."""
    source: tuple[ActorRef, Cue] | None = None
    outlet: ActorRef | None = None  # the outlet a later relative clause shows relaying the source it cites
    speaker: tuple[ActorRef, Cue, str | None] | None = None
    for cue in _outer_frame_first(cues, sentence.text):
        if cue.is_source:
            pronoun = _OBJECT_PRONOUNS.get(cue.phrase.lower()) if cue.phrase else None
            if source is None and pronoun is not None:  # "According to him, 300 tanks were lost"
                actor = _pronoun_actor(pronoun, ctx, sentence.text[: cue.start])
                if actor is not None:
                    source = (actor, cue)
                continue
            if cue.verb == "learned from" and not _relayed_by_media(sentence.text[: cue.start], ctx):
                continue  # "Russia learned from Syria that ...": no outlet relays a source
            if source is None and cue.phrase and not _translation_end(cue.phrase):
                author = _strip_possessive_document(cue.phrase)
                owned = _owned_body(author)
                actor = None
                if owned is not None:
                    if _owner_of(sentence.text[: cue.start], ctx) is not None:
                        continue  # "X reported ..., according to estimates of his office": X speaks, citing it
                    actor = _office_of_person(_speaker_just_before(ctx), owned.group("noun"))
                actor = actor or resolve_actor(author, ctx.persons)
                if actor is None and _DOCUMENT_NP.match(cue.phrase) and cue.phrase.lower().endswith(_STATEMENT_WORDS):
                    actor = ctx.statement_author  # "According to the resolution, ...": who adopted it
                if actor is not None:
                    source = (actor, cue)
            elif (
                source is not None
                and outlet is None
                and (cited := _cited_by_outlet(source[0], source[1], cue, sentence.text, ctx))
            ):
                outlet, source = source[0], (cited, cue)  # "according to Reuters, which cited X": X, relayed
            continue
        if speaker is not None:
            continue
        if cue.phrase:
            before_cue = sentence.text[: cue.start]  # cut once for the rules below that read it
            body_document = _BODY_DOCUMENT.match(cue.phrase) if _may_open_body_document(cue.phrase) else None
            if body_document is not None:  # "A separate army communique said": the army's
                actor = resolve_actor("the " + body_document.group("body"), ctx.persons)
                if actor is not None and (actor.kind == "organisation" or is_unnamed_body(actor)):
                    speaker = (actor_copy(actor, {"raw": cue.phrase}), cue, None)
                continue
            document_np = _its_document(cue.phrase, before_cue)
            if _may_open_document_np(document_np) and _DOCUMENT_NP.match(document_np):
                # "the report added", "Its latest report estimates": its publisher's, if one spoke before
                publisher = _statement_speaker(cue.phrase, ctx)
                if publisher is not None:
                    speaker = (publisher, cue, cue.phrase)
                continue
            if possessive_body(cue.phrase, before_cue):  # "His agency said": that person's body
                named_owner = _owner_of(before_cue, ctx)
                body = body_of(named_owner or _last_person_named(ctx), ctx.persons) or _office_of_person(
                    named_owner or _speaker_just_before(ctx), cue.phrase
                )
                if body is not None:
                    speaker = (actor_copy(body, {"raw": cue.phrase}), cue, None)
                continue
            if ctx.voice is not None and _ours(cue, sentence.text):  # "Our observers recorded" in a signed
                speaker = (actor_copy(ctx.voice, {"raw": cue.phrase}), cue, None)  # statement: the body's
                continue
            named_before = (
                _body_named_before(cue.phrase, ctx)
                or _spokesperson_before(cue.phrase, ctx)
                or _same_speaker(cue.phrase, ctx)
                or _body_taken_up(cue.phrase, before_cue, ctx)
                or _group_taken_up(cue.phrase, ctx)
                or _description_taken_up(cue.phrase, ctx)
            )
            if named_before is not None:  # "The charity said": the organisation that spoke before
                speaker = (actor_copy(named_before, {"raw": cue.phrase}), cue, None)
                continue
            relation = _RELATION_PHRASE.fullmatch(cue.phrase) if cue.phrase.startswith(_RELATION_OWNERS) else None
            if relation is not None:  # "his lawyer told CNN": the lawyer of the person the sentence is about
                owner = _owner_of(before_cue, ctx)
                if owner is not None:
                    speaker = (_relation_of(owner, relation.group("noun").lower(), cue.phrase), cue, None)
                continue
            actor = resolve_actor(cue.phrase, ctx.persons)
            if actor is not None and actor.name != actor.raw:
                actor = (
                    _epithet_referent(cue.phrase, actor, sentence, ctx)
                    or _occasion_role_holder(cue.phrase, actor, ctx)
                    or actor
                )
            if actor is not None and cue.verb == ":" and not _headline_speaker(actor, cue.phrase):
                continue
            if actor is not None and not (cue.verb in _DISPLAY_VERBS and actor.kind == "person"):
                speaker = (actor, cue, None)  # data or a body shows; "Footage showed" names no speaker
                continue
        if cue.pronoun:
            actor = _pronoun_actor(cue.pronoun, ctx, sentence.text[: cue.start])
            if actor is not None:
                speaker = (actor, cue, cue.pronoun)
                continue
        if cue.coordinated:
            subject = sentence_subject(sentence.text)
            pronoun = subject.lower() if subject else None
            if pronoun in _SUBJECT_PRONOUNS:
                # "She renewed her call ..., saying ...": the pronoun opening the main clause speaks, whom it means
                actor = _pronoun_actor(cast(str, pronoun), ctx)
                clause = sentence.text[: cue.start]
                if actor is not None and (_names_a_person(clause, ctx) or actor.name.split()[-1] in clause):
                    actor = None  # "She was asked whether she backed Lukashenko and later said": not him, maybe
            else:
                actor = resolve_actor(subject, ctx.persons) if subject else None
            if actor is not None:
                speaker = (actor, Cue(cue.verb, cue.start, cue.end, subject, False), None)
    if source is None and speaker is None:
        return None
    spans: list[tuple[int, int]] = []
    if source is not None:
        spans += _span_of(sentence.text, source[1].phrase)
    if speaker is not None:
        spans += _span_of(sentence.text, speaker[1].phrase, speaker[1].start)
    trailing_source = (
        source is not None
        and speaker is not None
        and source[1].verb in {"according to", "per"}
        and source[1].start > speaker[1].start
    )
    if (
        source is not None
        and speaker is not None
        and source[0].kind == "media"
        and (speaker[0].kind != "media" or trailing_source)
    ):
        # "Danilov told Ukrainian TV ..., according to The Wall Street Journal": Danilov claims, the paper relays;
        # "This was reported by Euractiv, according to Ukrinform": Euractiv claims, Ukrinform relays
        return Attribution(speaker[0], source[0], speaker[1], speaker[2], spans)
    passive = _passive_quoted(sentence.text) if source is not None and source[0].kind == "media" else None
    if passive is not None and source is not None:  # "The minister was quoted by TASS as saying": the minister
        # claims, TASS relays
        phrase = subject_before(sentence.text[: passive.start()] + " ")[0]
        claimant = resolve_actor(phrase, ctx.persons) if phrase else None
        if claimant is not None and claimant.kind != "media":
            return Attribution(claimant, source[0], source[1], None, spans + _span_of(sentence.text, phrase))
    if source is not None and speaker is not None and _cites_evidence(source[1]):
        # "UNHCR said ..., citing accounts from refugees": UNHCR claims; the unowned evidence it cites does not
        return Attribution(speaker[0], None, speaker[1], speaker[2], spans)
    if source is not None:
        relay = speaker[0] if speaker is not None and speaker[0].name != source[0].name else outlet
        return Attribution(source[0], relay, speaker[1] if speaker else source[1], None, spans)
    assert speaker is not None  # neither is None past the first return
    actor, cue, resolved_from = speaker
    if actor.kind == "media" and sentence.text.startswith("As "):
        relayed = _speaker_after_as_frame(sentence.text, cues, cue, ctx.persons)
        if relayed is not None:  # "As reported by Ukrinform, President Duda stressed": Duda claims, Ukrinform relays
            return Attribution(relayed[0], actor, relayed[1], None, spans + _span_of(sentence.text, relayed[1].phrase))
    relay = _relay_after_cue(sentence.text, cue, ctx.persons)
    quoted_by = _quoted_by(sentence.text, ctx.persons) if relay is None else None
    if quoted_by is not None and quoted_by.name == actor.name:  # "X was quoted by TASS as saying": X claims
        subject = sentence_subject(sentence.text)
        claimant = resolve_actor(subject, ctx.persons) if subject else None
        if claimant is None or claimant.kind == "media":
            return Attribution(actor, None, cue, resolved_from, spans)
        actor, relay, resolved_from = claimant, quoted_by, None
    elif quoted_by is not None:
        relay = quoted_by  # "..., said the spokesman, quoted by DPA"
    if relay is None:
        relay = _closing_media(sentence.text, cues, cue, actor, ctx.persons)
    return Attribution(actor, relay, cue, resolved_from, spans)


# a fronted frame naming an outlet: "As reported by Ukrinform, ...", "As Reuters reports, ..."
# ("As Interfax reported earlier, ...", "As Reuters reported on Monday, ...": when it reported may follow its verb)
_AS_FRAME: Final = re.compile(
    r"As\s+(?:(?:was\s+|has\s+been\s+)?reported\s+by\s+[^,]{2,60}|[^,]{2,60}?\s+(?:reported|"
    r"reports|writes|wrote|informs|informed|notes|noted)(?:\s+[\w.]+){0,3}?)\s*,\s"
)


def _speaker_after_as_frame(
    text: str, cues: list[Cue], frame_cue: Cue, persons: PersonRegistry
) -> tuple[ActorRef, Cue] | None:
    """The speaker of the clause after "As reported by <outlet>, ..." (the outlet's cue is `frame_cue`): the first
    later cue whose speaker is not an outlet."""
    m = _AS_FRAME.match(text)
    if m is None or frame_cue.end > m.end():
        return None
    for cue in cues:
        if cue.start < m.end() or cue.is_source or not cue.phrase:
            continue
        actor = resolve_actor(cue.phrase, persons)
        if actor is not None and actor.kind != "media":
            return actor, cue
    return None


_PASSIVE_QUOTED: Final = re.compile(r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:quoted|cited)\s+by\s")


def _passive_quoted(sentence: str) -> re.Match[str] | None:
    """`_PASSIVE_QUOTED.search(sentence)`, searched for only where "quoted" or "cited" is written (the pattern is
    case-sensitive, and every match holds one): a search tries it at every whitespace of the sentence."""
    if "quoted" not in sentence and "cited" not in sentence:
        return None
    return _PASSIVE_QUOTED.search(sentence)


_QUOTED_BY: Final = re.compile(
    r"\b(?:quoted|cited)\s+(?:(?:on|in|late|"
    r"early)\s+[\w.]+(?:\s+\d{1,2})?\s+)?by\s+" + _MEDIA_NAME
)


def _quoted_by_match(sentence: str) -> re.Match[str] | None:
    """Where a sentence says "quoted by X" / "cited on Sunday by X" (a substring test first: most say neither)."""
    if "quoted" not in sentence and "cited" not in sentence:
        return None
    return _QUOTED_BY.search(sentence)


def _quoted_by(sentence: str, persons: PersonRegistry) -> ActorRef | None:
    """The outlet of "quoted by Interfax", "cited on Sunday by DPA": it relays the speaker's words."""
    m = _quoted_by_match(sentence)
    if m is None:
        return None
    actor = resolve_actor(m.group("media"), persons)
    return actor if actor is not None and actor.kind == "media" else None


def _closing_media(
    sentence: str, cues: list[Cue], speaker_cue: Cue, actor: ActorRef, persons: PersonRegistry
) -> ActorRef | None:
    """'The spokesman said 300 tanks were seen, Interfax reported.': the outlet closing the sentence relays."""
    for cue in cues:
        if cue.is_source or not cue.phrase or cue.start <= speaker_cue.end or cue.end < len(sentence.rstrip()) - 2:
            continue
        media = resolve_actor(cue.phrase, persons)
        head = sentence[: cue.start].rstrip()
        if (
            media is not None
            and media.kind == "media"
            and media.name != actor.name
            and head.endswith(cue.phrase)
            and head[: len(head) - len(cue.phrase)].rstrip().endswith(",")
        ):
            return media
    return None


_OBJECT_PRONOUNS: Final = {"him": "he", "her": "she", "them": "they"}  # "according to him", "citing her"
_BELIEF_VERBS: Final = frozenset(
    {"believes", "believe", "assessed", "assesses", "assess", "thinks", "estimates", "estimated", "estimate", "expects"}
)


_RELATIVE_ASIDE_BEFORE: Final = re.compile(r",\s+(?:which|who|whose)\s+[^,;:\"“”]{1,60}$")


def _main_clause_cue_first(cues: list[Cue], text: str) -> list[Cue]:
    """'China, which experts say is unlikely to budge, has warned ...': a cue inside a relative aside frames only
    the aside; the first cue after the aside closes (its subject the aside's antecedent) is read first."""
    first = cues[0]
    if not first.phrase or not _RELATIVE_ASIDE_BEFORE.search(text, 0, first.start):
        return cues
    close = text.find(",", first.end)
    for k, cue in enumerate(cues[1:], start=1):
        if 0 <= close < cue.start and not cue.is_source and cue.phrase:
            return [cue, *cues[:k], *cues[k + 1 :]]
    return cues


def _outer_frame_first(cues: list[Cue], text: str) -> list[Cue]:
    """'Washington believes N moved 3,000 soldiers, Kirby said.': the closing 'Kirby said' frames the belief, as
    in 'Kirby said Washington believes ...'; its cue is read first. Other cues keep their order."""
    if len(cues) < 2 or cues[0].is_source:
        return cues
    reordered = _main_clause_cue_first(cues, text)
    if reordered is not cues:
        return reordered
    if cues[0].verb not in _BELIEF_VERBS:
        last = cues[-1]  # "Only Poland has pledged support, said Ukraine's officials.": the closing "said X" frames
        closing = _closing_inverted_frame(last, text) or (
            _closing_speaker_frame(last, text) and (not _opens_the_sentence(cues[0], text) or _names_a_state(cues[0]))
        )
        return [last, *cues[:-1]] if closing else cues
    for k, cue in enumerate(cues[1:], start=1):
        if cue.is_source or not cue.phrase or cue.verb in HEDGE_VERBS:
            continue
        before = text[: cue.start].rstrip()
        if before.endswith(cue.phrase):  # "..., Kirby said": the words before the speaker
            before = before[: -len(cue.phrase)].rstrip()
        if before.endswith(","):
            return [cue, *cues[:k], *cues[k + 1 :]]
    return cues


_INVERTED_FRAME_VERBS: Final = frozenset({"said", "says", "added", "stressed", "noted", "emphasized", "emphasised"})


def _closing_inverted_frame(cue: Cue, text: str) -> bool:
    """Whether a cue closes its sentence as ", said X.": the speaker after the verb, after a comma, and nothing
    after the speaker, so that X says everything before it."""
    if cue.verb not in _INVERTED_FRAME_VERBS or not cue.phrase or not text[: cue.start].rstrip().endswith(","):
        return False
    after = text[cue.end :].lstrip()
    return after.startswith(cue.phrase) and not after[len(cue.phrase) :].strip(' .!?"”’')


_ADVERBIAL_TAIL: Final = re.compile(
    r"(?:(?:on|in|at|during|late|early|earlier|later|last|this|yesterday|today|tonight|after|before)\b[^,;:\"“”]*)?"
)


_COMMITMENT_VERBS: Final = frozenset({"pledged", "pledges", "promised", "promises", "committed", "commits"})


def _names_a_state(cue: Cue) -> bool:
    """Whether a cue commits a state named by its name or capital ("Denmark pledged 19 jets, the prime minister
    said": the state acts, the closing speaker says so; "Russia claimed ..., the ISW said" stays Russia's claim)."""
    if cue.verb not in _COMMITMENT_VERBS:
        return False
    actor = resolve_actor(cue.phrase) if cue.phrase else None
    return actor is not None and actor.kind == "organisation" and actor.name == actor.affiliation


def _opens_the_sentence(cue: Cue, text: str) -> bool:
    """Whether a cue's speaker is the subject of the sentence's main clause ("Lavrov reiterated that ...")."""
    subject = sentence_subject(text)
    return bool(subject and cue.phrase and subject in cue.phrase)


def _closing_speaker_frame(cue: Cue, text: str) -> bool:
    """Whether a cue closes its sentence as ", X said." (or "said in Brussels last week."): X, after a comma, says
    everything before it, whatever verbs of others inside it hold ("... the shells the EU promised, Kuleba said");
    a sentence whose own subject speaks first stays that speaker's (`_opens_the_sentence`)."""
    if cue.verb not in _INVERTED_FRAME_VERBS or not cue.phrase:
        return False
    before = text[: cue.start].rstrip()
    if not before.endswith(cue.phrase) or not before[: -len(cue.phrase)].rstrip().endswith(","):
        return False
    return _ADVERBIAL_TAIL.fullmatch(text[cue.end :].strip(' .!?"”’')) is not None


# a document, then its author named by a lowercase body before any capital: "the information of the de facto
# authorities of X", "data from the local authorities of X"
_DOCUMENT_OF_LOWERCASE_BODY: Final = re.compile(
    r"(?:the\s+|a\s+|an\s+)?(?:latest\s+|new\s+|official\s+|recent\s+)?(?:data|figures|estimates?|reports?|"
    r"statistics|information|numbers)\s+(?:by|from|of)\s+(?P<the>the\s+)(?=(?:[a-z][\w-]*\s+){1,3}of\s+[A-Z])"
)


# a document whose author follows "by", "from" or "of" (after a participle or not): "data from X", "the latest
# figures of X", "a fact sheet released by X", "a statement issued by X"
_DOCUMENT_BY_AUTHOR: Final = re.compile(
    r"(?:the\s+|a\s+|an\s+)?(?:latest\s+|new\s+|official\s+|recent\s+)?(?:data|figures|estimates?|reports?|"
    r"statistics|information|numbers|study|survey|analysis|fact\s+sheets?|statements?|(?:press\s+)?releases?|"
    r"bulletins?|documents?|(?:Telegram\s+)?posts?|messages?|updates?|announcements?)\b",
    re.IGNORECASE,
)
# a document's author written in lowercase after "by" or "from", then where it appeared: "a statement from the
# governor's office", "a post by the mayor on Telegram"
_LOWERCASE_AUTHOR: Final = re.compile(
    r"\s(?:by|from)\s+(?P<who>(?:the|a|an)\s+[a-z][^,;]*?)(?:\s+(?:on|in|at)\s+[^,;]*)?$"
)


# a document, how it came out, when, and its source: "figures released on Monday by the regional administration",
# "data provided by the ministry" (the source may be written in lowercase: "the health ministry")
_SOURCED_DOCUMENT: Final = re.compile(
    r"(?:the\s+|a\s+|an\s+)?(?:latest\s+|new\s+|official\s+|recent\s+|updated\s+|preliminary\s+)?"
    r"(?:data|figures|estimates?|reports?|statistics|information|numbers|tally|count)\s+"
    rf"(?:{'|'.join(SOURCING_PARTICIPLES)})\s+"
    r"(?:(?:on|last|this|earlier|today|yesterday|overnight)(?:\s+[\w]+){0,2}?\s+)?(?:by|from)\s+(?P<who>\S.*)$",
    re.IGNORECASE,
)


# a document the writer or speaker received from its source: "figures we obtained from the district council"
_RECEIVED_FROM: Final = re.compile(
    r"\b(?:we|I)\s+(?:have\s+|had\s+)?(?:received|got|obtained|been\s+given)\s+from\s+(?P<who>\S.*)$"
)
# a first person in a source's phrase: the words are relayed by whoever says "we" ("according to our data")
_FIRST_PERSON: Final = re.compile(r"\b(?:we|our|us|I|my)\b", re.IGNORECASE)
_OWN_BEFORE: Final = re.compile(r"(?:^|\s)(?:[Mm]y|[Oo]ur)\s+(?:own\s+)?$")
_OWN_GROUP: Final = re.compile(r"[a-z]+[^s's]s|men|people|staff|crew|team")  # "sappers", "scouts", "men"


def _own_people(cue: Cue, text: str) -> bool:
    """Whether a speaker phrase of one plural noun follows "my"/"our" ("My sappers tell me", "our scouts say"): people
    of the one whose turn it is, who gives their words as his."""
    phrase = cast(str, cue.phrase)
    if _OWN_GROUP.fullmatch(phrase) is None:
        return False  # "Our brigade's press officer told me": someone of his own
    at = text.rfind(phrase, 0, cue.start + 1)
    return at > 0 and _OWN_BEFORE.search(text, max(0, at - 10), at) is not None


def _strip_possessive_document(phrase: str) -> str:
    """'the New Voice of Ukraine translation' / 'the ministry's data' / 'data provided by X' -> whose words."""
    received = _RECEIVED_FROM.search(phrase) if " from " in phrase else None
    if received is not None:  # "figures we obtained from the district council": the council
        return received.group("who")
    sourced = _SOURCED_DOCUMENT.match(phrase) if " by " in phrase or " from " in phrase else None
    if sourced is not None:  # "figures released by the health ministry": the ministry, in whatever case
        return sourced.group("who")
    lowercase_body = _DOCUMENT_OF_LOWERCASE_BODY.match(phrase)
    if lowercase_body is not None:  # "the information of the de facto authorities of X": not "X"
        return phrase[lowercase_body.end() - len(lowercase_body.group("the")) :]
    by_author = _DOCUMENT_BY_AUTHOR.match(phrase) is not None  # the author named after the document: read only then
    by = _AUTHOR_AT_END.search(phrase) if by_author else None
    if by is not None:
        return by.group("who")
    lowercase_author = _LOWERCASE_AUTHOR.search(phrase) if by_author else None
    if lowercase_author is not None:  # "a statement from the governor's office": the office
        return lowercase_author.group("who")
    phrase = _AUTHOR_CLAUSE_END.split(phrase, 1)[0]
    phrase = _POSSESSED_DOCUMENT_TAIL.sub("", phrase)
    author = _DOCUMENT_TAIL.sub("", phrase)
    return phrase if bloc_of_none(author.split()) else author  # "foreign data": the document, of no one named


# the patterns `_strip_possessive_document` reads, compiled once (a call of `re.search` with a pattern's source goes
# through the interpreted `re` module and its cache of compiled patterns each time)
_AUTHOR_AT_END: Final = re.compile(r"\b(?:by|from|of)\s+(?P<who>(?:the\s+)?[A-Z][^,;]*)$")
_AUTHOR_CLAUSE_END: Final = re.compile(
    r"\s(?:in|on|at|after|before|to|and|citing|released|published|issued|who|which|that)\s"
)
_POSSESSED_DOCUMENT_TAIL: Final = re.compile(
    r"['’]s\s+(?:data|figures|estimates?|report|statement|assessment|count|tally)\b.*$"
)
_DOCUMENT_TAIL: Final = re.compile(r"\s+(?:translation|report|data|figures|estimates?|statement|assessment|tally)$")


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


SCENE_REACH: Final = 2  # a toll carries the scene of one of the two sentences right before it
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


@dataclass(init=False)  # init=False: its own __init__, which mypyc compiles
class _Reading:
    """One sentence as read in the first pass."""

    sentence: Sentence
    quotes: list[tuple[int, int]]
    cues: list[Cue]
    attribution: Attribution | None
    date_from: _Reading | None = None  # a later sentence saying when these words were said (the quote's closing cue)
    lead_in: _Reading | None = None  # the header line whose speaker this line (a list item) has, if any
    told_on: dt.date | None = None  # the day its "yesterday" is read from, if not publication's (an interview's)

    def __init__(self, sentence: Sentence, quotes: list[tuple[int, int]], cues: list[Cue],
                 attribution: Attribution | None, date_from: _Reading | None = None,
                 lead_in: _Reading | None = None, told_on: dt.date | None = None) -> None:  # fmt: skip
        self.sentence = sentence
        self.quotes = quotes
        self.cues = cues
        self.attribution = attribution
        self.date_from = date_from
        self.lead_in = lead_in
        self.told_on = told_on


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


def _headline_end(text: str, sentences: list[Sentence]) -> int:
    """Where the headline ends: the end of the first sentence when it is a line of its own that does not close
    with a full stop (a headline's way), else -1."""
    return _headline_line_end(text, sentences[0])


def _headline_line_end(text: str, sentence: Sentence) -> int:
    """The end of `sentence` when it is a line of its own that does not close with a full stop (a headline's
    way), else -1."""
    if sentence.start > 0 and text[sentence.start - 1] not in "\n\r":
        return -1
    return (
        sentence.end
        if text[sentence.end : sentence.end + 1] in {"\n", "\r"} and not sentence.text.rstrip().endswith(".")
        else -1
    )


def _entry_headlines(text: str, sentences: list[Sentence], entries: list[tuple[int, DateRef]]) -> list[_EntryHead]:
    """The headline of each live-blog entry (the line after its stamp, when it reads as a headline) with where
    its entry's body ends (the next stamp, or the end of the text)."""
    heads: list[_EntryHead] = []
    starts = [s.start for s in sentences]
    for n, (stamp, _) in enumerate(entries):
        line_end = text.find("\n", stamp)
        if line_end < 0:
            break
        i = bisect_right(starts, line_end)
        if i >= len(sentences):
            break
        head_end = _headline_line_end(text, sentences[i])
        body_end = entries[n + 1][0] if n + 1 < len(entries) else len(text)
        if head_end >= 0 and head_end < body_end:
            heads.append(_EntryHead(sentences[i].start, head_end, body_end))
    return heads


@dataclass(frozen=True)
class _EntryHead:
    """A live-blog entry's headline (its offsets) and the end of the entry's body below it."""

    start: int
    end: int
    body_end: int


def _merge_entry_headlines(claims: list[ExtractedClaim], heads: list[_EntryHead]) -> list[ExtractedClaim]:
    """A count an entry's headline states ("Kyiv says 20 drones downed") that the entry's body states again
    ("The air force said it shot down 20 drones") is the body's claim, told by whom the body names: the headline
    becomes a mention of it, not a claim of the headline's shorthand speaker."""
    if not heads:
        return claims
    out = list(claims)
    for head in heads:
        for claim in list(out):
            if not all(head.start <= m.start and m.end <= head.end for m in claim.mentions):
                continue
            body = _repeated_in_body(claim, out, head)
            if body is not None:
                out[out.index(body)] = _combine(body, claim, keep_first=True)
                out.remove(claim)
    return out


def _repeated_in_body(claim: ExtractedClaim, claims: list[ExtractedClaim], head: _EntryHead) -> ExtractedClaim | None:
    """The first claim of the entry's body that states the headline claim's number again, if any."""
    q = claim.quantity
    if q is None or q.vague:
        return None
    numbers = {q.low, q.high} - {None}
    for other in claims:
        oq = other.quantity
        if other is claim or oq is None or oq.vague or not head.end <= other.mentions[0].start < head.body_end:
            continue
        if numbers & ({oq.low, oq.high} - {None}):
            return other
    return None


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


def _bulletin_issuer(text: str, ctx: Context) -> ActorRef | None:
    """The body a bulletin's title names as its issuer (`bulletins.bulletin_issuer`), if the lexicon knows it."""
    words = bulletin_issuer(text)
    actor = resolve_actor(words, ctx.persons) if words else None
    return actor if actor is not None and actor.kind == "organisation" else None


def _attribute_source_footers(readings: list[_Reading], text: str, ctx: Context) -> None:
    """Give a list the body a "Source: X" line right below it names ("• 2,204 tanks" ... "Source: Ministry of
    Defence"): each item on the lines just above the label, holding a count and read with no speaker, is X's, when
    two or more such lines stand there."""
    for k, reading in enumerate(readings):
        if reading.attribution is not None or ":" not in reading.sentence.text:
            continue
        words = source_label_issuer(reading.sentence.text)
        issuer = resolve_actor(words, ctx.persons) if words is not None else None
        if issuer is None or issuer.kind != "organisation":
            continue
        line, items = reading.sentence.paragraph, []
        for above in reversed(readings[:k]):
            s = above.sentence
            if s.paragraph != line - 1 or above.attribution is not None or not counted_item(_line_of(text, s)):
                break
            items.append(above)
            line = s.paragraph
        if len(items) < _FOOTED_ITEMS:
            continue  # one short line above a label is a paragraph, not a list
        for item in items:
            item.attribution = Attribution(issuer, None, None, "a source line", [])
            item.date_from = item.date_from or reading  # "Source: X, as of 7 June": the items' day


_FOOTED_ITEMS: Final = 2  # the fewest lines a list above a "Source: X" line has


def _line_of(text: str, sentence: Sentence) -> str:
    """The whole line `sentence` stands on."""
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.start)
    return text[start : end if end >= 0 else len(text)]


def _note_document_speaker(text: str, claimant: ActorRef, ctx: Context) -> None:
    """Remember the speaker of a sentence that names a document ("OCHA said in its latest situation report"), so
    that a later lead "Key figures from the report:" is theirs."""
    low = lowered(text)
    if low is not None:
        if not holds_gate(low, _DOCUMENT_NOUN_GATE):
            return
    else:
        low = text.lower()
        if not any(noun in low for noun in DOCUMENT_NOUNS):
            return
    for m in _DOCUMENT_NOUN.finditer(low):  # the noun, not "reported" or "updated"
        ctx.document_speakers[m.group(1)] = claimant


_DOCUMENT_NOUN: Final = re.compile(rf"\b({'|'.join(DOCUMENT_NOUNS)})s?\b")
# a `_DOCUMENT_NOUN` match is a whole run of letters: the noun or its plural
_DOCUMENT_NOUN_GATE: Final = word_gate(ascii_words({form for noun in DOCUMENT_NOUNS for form in (noun, noun + "s")}))


def _tally_issuer(text: str, attribution: Attribution | None, ctx: Context) -> ActorRef | None:
    """The organisation a title, lead or label line names as the issuer of the figures below it, without a verb of
    saying (`list_issuers.named_issuer`), or by a label a headline reads as "Speaker: ..."; None for a person, a
    name the lexicon lacks, a line with a speaker of its own, or a place's bare name ("Ukraine: the week in
    numbers" is a subhead of the outlet's own, not a statement of Ukraine's)."""
    if attribution is not None:
        cue = attribution.cue
        if cue is None or cue.verb != ":" or attribution.claimant.kind != "organisation":
            return None
        return None if _names_a_place(attribution.claimant) else attribution.claimant
    noun = document_pointed_to(text) if text.endswith(":") else None
    if noun is not None:  # "Key figures from the report:": whoever spoke of the report
        actor = ctx.document_speakers.get(noun)
        return actor if actor is not None and actor.kind == "organisation" else None
    words = named_issuer(text)
    actor = resolve_actor(words, ctx.persons) if words is not None else None
    return actor if actor is not None and actor.kind == "organisation" and not _names_a_place(actor) else None


def _lead_issuer(sentence: Sentence, readings: list[_Reading], text: str, ctx: Context) -> ActorRef | None:
    """Who issued the list below a lead line that names no speaker ("Russian losses since the invasion:"): the
    lead's own subject putting it out ("The administration published the following breakdown:"), else the speaker
    of the sentence just before it when that sentence names figures or a document ("The General Staff published its
    daily update on Monday."), or gives figures the lead goes on from ("This included:"), else the body a
    document's title labels ("X: total losses as of 5 March"); None
    otherwise, and for anyone but a body or a named person."""
    if not sentence.text.endswith(":"):
        return None
    words = lead_publisher(sentence.text)
    if words is not None:
        return _list_issuer(resolve_actor(words, ctx.persons))
    before = readings[-1] if readings else None
    if (
        before is not None
        and before.attribution is not None
        and before.sentence.paragraph >= sentence.paragraph - 1
        # "X published its daily update.", or "X recorded 900 casualties." before "This included:"
        and (
            speaks_of_figures(before.sentence.text)
            or (has_digit(before.sentence.text) and goes_on_from_figures(sentence.text))
        )
    ):
        return _list_issuer(before.attribution.claimant)
    if before is not None and before.attribution is None and before.sentence.paragraph == sentence.paragraph - 1:
        heading = _heading_issuer(before.sentence, text, ctx)
        if heading is not None:
            return heading  # "Joint Staff of the Defence Forces of X" / "Losses of the enemy to date were:"
    return _title_label_issuer(text, ctx) if sentence.index > 0 else None


def _heading_issuer(heading: Sentence, text: str, ctx: Context) -> ActorRef | None:
    """The body a line just above a lead names and nothing else (`bulletins.body_name_line`): a bulletin's heading,
    whose figures the lead introduces."""
    if _line_of(text, heading).strip() != heading.text.strip():
        return None  # a sentence sharing its line with others: prose, not a heading
    words = body_name_line(heading.text)
    return _list_issuer(resolve_actor(words, ctx.persons)) if words is not None else None


def _inline_publisher(text: str, ctx: Context) -> Attribution | None:
    """The body or named person a sentence says gives the figures after its colon (`list_issuers.inline_publisher`:
    "The air force gave a more detailed breakdown: 210 missiles and drones in total"), as its speaker."""
    words = inline_publisher(text)
    actor = _list_issuer(resolve_actor(words, ctx.persons)) if words is not None else None
    return Attribution(actor, None, None, "the figures it gave", []) if actor is not None else None


def _list_issuer(actor: ActorRef | None) -> ActorRef | None:
    """`actor` when it can issue figures: a body (not a place's bare name) or a named person."""
    if actor is None or (actor.kind == "person" and actor.name == actor.role):
        return None
    if actor.kind == "organisation":
        return None if _names_a_place(actor) else actor
    return actor if actor.kind == "person" else None


def _title_label_issuer(text: str, ctx: Context) -> ActorRef | None:
    """The body a document's first line names as a label ("X of the Armed Forces: total losses as of 5 March")."""
    first = text.lstrip().split("\n", 1)[0]
    words = named_issuer(first) if ":" in first else None
    actor = resolve_actor(words, ctx.persons) if words is not None else None
    return actor if actor is not None and actor.kind == "organisation" and not _names_a_place(actor) else None


def _names_a_place(actor: ActorRef) -> bool:
    """Whether an actor is named only by a place's name ("Ukraine", "Kharkiv"): as a label above a list, a heading."""
    return load_gazetteer().lookup(actor.raw or actor.name) is not None


def _channel_author(text: str, ctx: Context) -> ActorRef | None:
    """The named person or body whose posts the document gathers (`bulletins.channel_author`), or whose remarks at
    a briefing it summarises (`bulletins.remarks_summary_speaker`)."""
    words = channel_author(text) or remarks_summary_speaker(text)  # or "a summary of what X said at ..."
    actor = resolve_actor(words, ctx.persons) if words else None
    if actor is None or (actor.kind == "person" and actor.name == actor.role):
        return None  # a bare title ("the governor") names no one
    return actor if actor.kind in ("person", "organisation") else None


def _transcript_speaker(whose: str, ctx: Context) -> ActorRef | None:
    """Whose speech a transcript marker announces: a named person, or the last person spoken of."""
    if whose and whose.lower() not in {"his", "her", "their"}:
        actor = resolve_actor(whose, ctx.persons)
        if actor is not None and actor.kind == "person" and actor.name != actor.role:  # a name, not a bare title
            return actor
    return ctx.persons.last_person


def _line_attribution(
    attribution: Attribution | None, owner: ActorRef, opens_label: bool, text: str
) -> Attribution | None:
    """A sentence without a speaker of its own on a labelled line, or on the line after a header, is the words of
    that line's speaker; the label also outranks reading its own words as a headline's "Speaker: claim"."""
    if attribution is None:
        return Attribution(owner, None, None, "a speaker label", [])
    cue = attribution.cue
    if cue is not None and cue.is_source and cue.phrase and _FIRST_PERSON.search(cue.phrase):
        # "Ms. Holt: ... According to figures we obtained from the district council, 30 homes were destroyed":
        # the one whose turn it is gives what her office received
        return Attribution(owner, None, None, "a speaker label", [])
    if cue is not None and cue.phrase and _own_people(cue, text):
        return Attribution(owner, None, None, "a speaker label", [])  # "My sappers tell me": the turn's speaker's
    if (
        opens_label
        and attribution.cue is not None
        and attribution.cue.verb == ":"
        and (attribution.claimant.kind != "person" or " " not in attribution.claimant.name)
    ):
        return Attribution(owner, None, None, "a speaker label", [])  # "GEN. MARSH:" read as "Gen. Marsh"
    return attribution


def _remember_other_bodies(cues: list[Cue], attribution: Attribution, ctx: Context) -> None:
    """The bodies a sentence names as speakers besides the one it is given to ("Lavrov said ..., the Russian foreign
    ministry said"), which a later "the ministry added" takes up."""
    for cue in cues:
        phrase = cue.phrase
        if (
            not phrase
            or attribution.cue is not None
            and phrase == attribution.cue.phrase
            or phrase.rsplit(None, 1)[-1].lower() not in NAMED_BODY_HEADS
        ):
            continue
        body = resolve_actor(phrase, ctx.persons)
        if (
            body is not None
            and body.kind == "organisation"
            and " " in body.name
            and body.name != attribution.claimant.name
        ):
            ctx.persons.bodies.append(body)


def _remember_speaker(ctx: Context, actor: ActorRef) -> None:
    ctx.persons.remember(actor)
    kind, name, affiliation = actor.kind, actor.name, actor.affiliation  # each field an attribute lookup: read once
    if kind == "organisation" and name != affiliation or is_unnamed_body(actor):
        ctx.last_org = actor  # not a country by metonymy; "the agency said ... It said": the one unnamed
        if not is_unnamed_body(actor):
            ctx.orgs_spoken.append(actor)
    if (kind == "organisation" or kind == "media") and name != affiliation:
        ctx.last_publisher = actor  # "the report added": the last body or outlet that spoke
    if kind == "anonymous" and name.endswith("s"):
        ctx.last_group = actor
    ctx.last_speaker = actor


def _attribute_quote_continuations(readings: list[_Reading]) -> None:
    """A quoted sentence without a cue belongs to the speaker of its quote (same or previous paragraph)."""
    blocks: dict[int, tuple[int, int]] | None = None  # read when a quoted sentence first needs its paragraph
    last_attributed: _Reading | None = None  # the last reading so far with a speaker
    quoted_para = -1  # the last paragraph opened by "Quote:"
    quoted: Attribution | None = None  # the speaker whose words that paragraph gives
    for k, reading in enumerate(readings):
        if (
            reading.attribution is None
            and (
                reading.sentence.paragraph == quoted_para or 0 <= reading.sentence.text.find(":", 0, QUOTE_LABEL_REACH)
            )
            and (found := _quote_label_speaker(reading, last_attributed, quoted_para, quoted)) is not None
        ):
            quoted_para, quoted = reading.sentence.paragraph, found
            reading.attribution = Attribution(found.claimant, found.relay, None, "a quote label", [])
        if reading.attribution is None and not reading.quotes:
            continue  # no quote: neither a continuation nor mostly quoted, and no speaker to remember
        if reading.attribution is None and _partial_quote_after_quoted(reading, readings[k - 1] if k else None):
            a = readings[k - 1].attribution  # 'Promises "remain unfulfilled", X wrote. France's rose "from 300 to 969"'
            assert a is not None  # `_partial_quote_after_quoted` asks for it
            reading.attribution = Attribution(a.claimant, a.relay, None, "quote continuation", [])
        elif reading.attribution is None and (
            (mostly := _mostly_quoted(reading.sentence, reading.quotes)) or _quote_runs_on(reading)
        ):
            para = reading.sentence.paragraph
            blocks = blocks or _paragraph_blocks(readings)
            first, end = blocks[para]
            same_para = [r for r in readings[first:end] if r.attribution is not None]
            source = None
            later = (
                [r for r in same_para if r.sentence.index > reading.sentence.index] if _quote_runs_on(reading) else []
            )
            if later:  # "X was asked.- We are sure of it.We wait - he replied.": who closes the quote
                source = later[0]
            elif mostly and same_para:
                source = min(same_para, key=lambda r: abs(r.sentence.index - reading.sentence.index))
            elif mostly and (closer := _closing_speaker(readings, blocks, para)) is not None:
                source = closer  # '"We lost ... / "Since then, 40 more were wounded," X said.': the closing cue's
            elif (
                mostly
                and last_attributed is not None
                and last_attributed.sentence.paragraph >= para - 2
                and last_attributed.quotes
            ):
                source = last_attributed
            a = source.attribution if source is not None else None  # every candidate has one
            if source is not None and a is not None:
                reading.attribution = Attribution(a.claimant, a.relay, None, "quote continuation", [])
                if source.sentence.index > reading.sentence.index:  # '"...", X said on Friday' dates the whole quote
                    reading.date_from = source
                elif (
                    (closer := _quote_closer(readings, k, blocks[para][1])) is not None
                    and closer.attribution is not None
                    and closer.attribution.claimant.name == a.claimant.name
                ):
                    reading.date_from = closer  # 'X said that ... "We set up 12 points. [...]," X said on 8 April.'
        if reading.attribution is not None:
            last_attributed = reading


def _quote_closer(readings: list[_Reading], k: int, end: int) -> _Reading | None:
    """The sentence (before `end`, its paragraph's end) that closes with its speaker's cue the quote still open at
    the end of `readings[k]` ('... "We set up 12 points. There are 1,000 beds," the minister said on 8 April.'):
    each sentence between is quoted from its start to its end; None when the quote does not run on so."""
    text = readings[k].sentence.text.rstrip()
    if not readings[k].quotes or readings[k].quotes[-1][1] < len(text) or text.endswith(_CLOSING_QUOTES):
        return None
    for r in readings[k + 1 : end]:
        text = r.sentence.text.rstrip()
        if not r.quotes or r.quotes[0][0] > 0:
            return None
        if r.quotes[0][1] >= len(text) and not text.endswith(_CLOSING_QUOTES):
            continue  # the quote runs on through this sentence too
        a = r.attribution
        return r if a is not None and a.cue is not None and a.cue.start >= r.quotes[0][1] else None
    return None


def _quote_label_speaker(
    reading: _Reading, last: _Reading | None, quoted_para: int, quoted: Attribution | None
) -> Attribution | None:
    """The speaker of a paragraph opened by "Quote:" (`opens_with_quote_label`): whoever the last sentence with a
    speaker, in one of the two paragraphs before, reported ("X said on Telegram. / Quote: ..."); the later
    sentences of that paragraph are theirs too."""
    para = reading.sentence.paragraph
    if para == quoted_para:
        return quoted
    if (
        last is None
        or last.attribution is None
        or para - last.sentence.paragraph > 2
        or not opens_with_quote_label(reading.sentence.text)
    ):
        return None
    return last.attribution


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


def _quote_runs_on(reading: _Reading) -> bool:
    """Whether a quote opened inside the sentence runs on past its end, to a speaker named later."""
    quotes, text = reading.quotes, reading.sentence.text.rstrip()
    return bool(quotes) and quotes[-1][0] > 0 and quotes[-1][1] >= len(text) and not text.endswith(_CLOSING_QUOTES)


_CLOSING_QUOTES: Final = ("”", '"', "’", "'")


MIN_PARTIAL_QUOTE_WORDS: Final = 3


def _partial_quote_after_quoted(reading: _Reading, previous: _Reading | None) -> bool:
    """Whether a sentence quoting a count in words of its own (three or more) follows, in the same or the next
    paragraph, a sentence whose speaker's cue comes after a quote of theirs ('"...", X wrote.'): the quoted count
    goes on being that speaker's. A quote without a number is too often a scare quote ('so-called "essential
    goods"') to tell."""
    if (
        previous is None
        or previous.attribution is None
        or previous.attribution.cue is None
        or not reading.quotes
        or not previous.quotes
        or previous.quotes[0][1] > previous.attribution.cue.start
    ):
        return False
    if reading.sentence.paragraph - previous.sentence.paragraph > 1:
        return False
    text = reading.sentence.text
    return any(
        len(text[s:e].split()) >= MIN_PARTIAL_QUOTE_WORDS and any(c.isdigit() for c in text[s:e])
        for s, e in reading.quotes
    )


_QUOTE_RUN_PARAGRAPHS: Final = 3  # the paragraphs after its first a quote may run on into to find its speaker
_OPENING_QUOTES: Final = ('"', "“", "«")


def _closing_speaker(readings: list[_Reading], blocks: dict[int, tuple[int, int]], para: int) -> _Reading | None:
    """The sentence that closes a quote running over several paragraphs with its speaker's cue ('"...," X said.'):
    by the typographic convention a paragraph leaves such a quote open at its end and the next one opens with a
    quote mark. None when the paragraph closes its quote, the next does not open one, or no sentence of the next
    three paragraphs closes a quote of its own first words with a cue."""
    for _ in range(_QUOTE_RUN_PARAGRAPHS):
        last = readings[blocks[para][1] - 1]
        text = last.sentence.text.rstrip()
        if not last.quotes or last.quotes[-1][1] < len(text) or text.endswith(_CLOSING_QUOTES):
            return None
        following = blocks.get(para + 1)
        if following is None or not readings[following[0]].sentence.text.startswith(_OPENING_QUOTES):
            return None
        para += 1
        for r in readings[following[0] : following[1]]:
            a = r.attribution
            if (
                a is not None
                and a.cue is not None
                and r.quotes
                and r.quotes[0][0] == 0
                and a.cue.start >= r.quotes[0][1]
            ):
                return r
    return None


def _paragraph_blocks(readings: list[_Reading]) -> dict[int, tuple[int, int]]:
    """Paragraph -> (first, end) positions of its readings (a paragraph's sentences are consecutive)."""
    blocks: dict[int, tuple[int, int]] = {}
    for i, reading in enumerate(readings):
        para = reading.sentence.paragraph
        blocks[para] = (blocks[para][0], i + 1) if para in blocks else (i, i + 1)
    return blocks


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


def _merge(
    claims: list[ExtractedClaim], loose: list[ExtractedClaim], headline_end: int = -1, text: str = ""
) -> list[ExtractedClaim]:
    """One claim per (actor, subject, bounds) or per (actor, sentence text); repeats become mentions. A claim first
    read in the headline takes the body sentence that repeats it as its evidence (the fuller wording, where the
    claimant is named); the headline stays a mention."""
    out: list[ExtractedClaim] = []  # one claim per key, in the order the keys came
    slot: dict[str, int] = {}  # key -> its claim's index in `out` (a statement's key only once it is needed)
    alike = _StatementsAlike()
    for claim in claims:
        if not alike.may_repeat(claim, out, slot):  # a new key: no claim before has it
            out.append(claim)
            continue
        key = _merge_key(claim)
        if (
            key in slot
            and claim.quantity is not None
            and (_other_count_of_sentence(out[slot[key]], claim) or _other_materiel(out[slot[key]], claim))
        ):
            key += f"|{claim.quantity.unit}"  # "100 vests and 100 helmets": two counts, not one repeated
        if key in slot and claim.place is not None and _elsewhere(text, out[slot[key]], claim):
            key += f"|{claim.place.name}"  # "4 killed in Kharkiv", then "4 killed in Kherson": two counts
        if key not in slot:
            slot[key] = len(out)
            out.append(claim)
            continue
        first = out[slot[key]]
        if _in_headline(first, headline_end) and not _in_headline(claim, headline_end):
            out[slot[key]] = _combine(claim, first, keep_first=True)
            continue
        out[slot[key]] = _combine(first, claim)
    for count in loose:
        q = count.quantity
        assert q is not None  # a loose count is a count
        for i, claim in enumerate(out):
            cq = claim.quantity
            if (
                cq is not None
                and not cq.vague
                and not q.vague
                and (cq.low, cq.high) == (q.low, q.high)
                and claim.kind == count.kind
            ):
                out[i] = _combine(claim, count, keep_first=True)
                break
    out.sort(key=lambda c: c.mentions[0].start)
    return out


def _merge_repeats(claims: list[ExtractedClaim], text: str) -> list[ExtractedClaim]:
    """Claims `_merge` left apart that repeat one claim (`repeats.same_claim`: a headline's or a bullet's
    shorthand speaker, another spelling of one name, another noun or kind for one figure) made one: the claim
    told in the body keeps its speaker and evidence, the summary line becomes a mention. Claims are compared
    only with the claims that share a number with them."""
    groups: list[ExtractedClaim] = []
    short: list[int] = []  # each group's `summary_level` (the least of its mentions')
    kinds: list[frozenset[str]] = []  # the kinds each group's readings had
    by_number: dict[float, list[int]] = {}
    for claim in claims:
        q = claim.quantity
        if q is None or q.vague:
            groups.append(claim)
            short.append(0)
            kinds.append(frozenset())
            continue
        numbers = [n for n in (q.low, q.high) if n is not None]
        level = min(summary_level(text, m.start, m.end) for m in claim.mentions)
        into = _repeated_claim(text, claim, level > 0, _Groups(groups, short, kinds), numbers, by_number)
        if into < 0:
            for n in numbers:
                by_number.setdefault(n, []).append(len(groups))
            groups.append(claim)
            short.append(level)
            kinds.append(frozenset({claim.kind}))
            continue
        kinds[into] = kinds[into] | {claim.kind}
        first = groups[into]
        if level < short[into]:  # the fuller wording and its speaker are the claim's; the summary a mention
            groups[into] = _with_kind(_combine(claim, first, keep_first=True), first)
        else:
            groups[into] = _with_kind(_combine(first, claim, keep_first=True), claim)
        short[into] = min(short[into], level)
        for n in numbers:
            if into not in by_number.setdefault(n, []):
                by_number[n].append(into)
    groups.sort(key=lambda c: c.mentions[0].start)
    return groups


@dataclass(frozen=True)
class _Groups:
    """The claims `_merge_repeats` has kept so far, whether each stands only in summary lines, and its kinds."""

    claims: list[ExtractedClaim]
    short: list[int]  # `repeats.summary_level`
    kinds: list[frozenset[str]]


def _repeated_claim(
    text: str,
    claim: ExtractedClaim,
    is_short: bool,
    groups: _Groups,
    numbers: list[float],
    by_number: dict[float, list[int]],
) -> int:
    """The index in `groups` of the claim that `claim` repeats, or -1."""
    starts = {m.start for m in claim.mentions}
    for n in numbers:
        for i in by_number.get(n, ()):
            other = groups.claims[i]
            if starts.isdisjoint(m.start for m in other.mentions) and same_claim(
                text, other, claim, groups.short[i] > 0, is_short, groups.kinds[i]
            ):
                return i
    return -1


def _with_kind(merged: ExtractedClaim, other: ExtractedClaim) -> ExtractedClaim:
    """`merged` with the kind `other` read when `merged` read none ("count"): "1.5 million refugees" says what
    "1.5 million people" did not."""
    if merged.kind in GENERIC_KINDS and other.kind not in GENERIC_KINDS:
        return merged.model_copy(update={"kind": other.kind})
    return merged


def _elsewhere(text: str, first: ExtractedClaim, claim: ExtractedClaim) -> bool:
    """Whether two counts of the document `text` each name, in their own clause, a different place."""
    return places_conflict(first.place, claim.place) and place_of_count(text, first) and place_of_count(text, claim)


def _headline_dates_from_body(claims: list[ExtractedClaim], headline_end: int) -> list[ExtractedClaim]:
    """A headline's claim without a date takes the date of the body's claim that repeats it (the same speaker and
    bounds, told under another noun: "Border Guard: 1.5 million refugees in Poland" over "... 1.5 million people
    crossed - announced on Saturday the Border Guard"); the headline names no day of its own."""
    out = claims
    for i, claim in enumerate(claims):
        q = claim.quantity
        if (
            claim.claim_date is not None
            or claim.actor is None
            or q is None
            or q.vague
            or not _in_headline(claim, headline_end)
        ):
            continue
        who = claim.actor.name.lower()
        bounds = (q.low, q.high)
        body = next(
            (
                other
                for other in claims
                if other.claim_date is not None
                and other.actor is not None
                and other.quantity is not None
                and not other.quantity.vague
                and other.actor.name.lower() == who
                and (other.quantity.low, other.quantity.high) == bounds
                and not _in_headline(other, headline_end)
            ),
            None,
        )
        if body is not None:
            out = out if out is not claims else list(claims)
            out[i] = claim.model_copy(update={"claim_date": body.claim_date})
    return out


def _in_headline(claim: ExtractedClaim, headline_end: int) -> bool:
    """Whether every mention of `claim` so far lies in the headline (which ends at `headline_end`)."""
    return headline_end >= 0 and all(m.end <= headline_end for m in claim.mentions)


def _other_count_of_sentence(first: ExtractedClaim, claim: ExtractedClaim) -> bool:
    """Whether `claim` counts something else than `first` in the same sentence, with the same bounds."""
    a, b = first.quantity, claim.quantity
    return (
        a is not None
        and b is not None
        and first.mentions[0].start == claim.mentions[0].start
        and a.start != b.start
        and (a.unit or "") != (b.unit or "")
    )


def _other_materiel(first: ExtractedClaim, claim: ExtractedClaim) -> bool:
    """Whether two counts of materiel with the same bounds count different things: "one tank and six motor
    vehicles" and, a sentence later, "six HIMARS projectiles" (no word of one noun in the other, not two names of
    drones)."""
    a, b = first.quantity, claim.quantity
    if first.kind != "materiel" or a is None or b is None or not a.unit or not b.unit:
        return False
    ua, ub = a.unit.lower(), b.unit.lower()
    if ua in DRONE_NOUNS and ub in DRONE_NOUNS:
        return False
    return not set(ua.split()) & set(ub.split()) and ua.rstrip("s") != ub.rstrip("s")


_NON_WORDS: Final = re.compile(r"\W+")
_WORD_RUNS: Final = re.compile(r"\w+")


# bytes.translate's table: an ASCII word character (\w) stays, any other ASCII character becomes a space
_ASCII_WORDS_ONLY: Final = bytes(c if re.match(r"\w", chr(c)) else 32 for c in range(128)) + bytes(128)


# the characters other than ASCII that news copy holds most (curly quotes, dashes, the ellipsis, the no-break space):
# none is a word character, so a space in place of each leaves the runs of word characters as they were
_NON_WORD_MARKS: Final = ("’", "“", "”", "‘", "–", "—", "…", "\u00a0")
if any(re.match(r"\w", mark) for mark in _NON_WORD_MARKS):
    raise ValueError("_NON_WORD_MARKS must hold no word character")


def _words_of(text: str) -> str:
    """`_NON_WORDS.sub(" ", text).strip()`: the runs of word characters joined by single spaces (no word
    character is whitespace); an ASCII text's by a translation and a split of its bytes (a third of the time),
    as is a text that is ASCII once its quotes and dashes (`_NON_WORD_MARKS`) are spaces."""
    if not text.isascii():
        for mark in _NON_WORD_MARKS:
            text = text.replace(mark, " ")
        if not text.isascii():
            return " ".join(_WORD_RUNS.findall(text))
    return b" ".join(text.encode("ascii").translate(_ASCII_WORDS_ONLY).split()).decode("ascii")


class _StatementsAlike:
    """Which statements `_merge` need not key: a statement's key holds the words of its sentence (`_words_of`, most of
    the cost of a key), and two keys can be equal only where the speaker, the vague count's words and the number of
    "e"s and of "a"s of the lowercased sentence (kept by `_words_of`; no other character lowercases to one) are. A
    statement whose such sign no claim before had is a key of its own: it takes a place in the output unkeyed, and
    is keyed only when a later statement with its sign comes. Keys with "|" in the speaker or the count's words are
    always made (a key with more separators than a statement's three is none of those signs' keys)."""

    def __init__(self) -> None:
        self.unkeyed: dict[tuple[str, str, int, int], int] = {}  # sign -> the index in the output of its one claim
        self.keyed: set[tuple[str, str, int, int]] = set()  # signs whose claims are keyed

    def may_repeat(self, claim: ExtractedClaim, out: list[ExtractedClaim], slot: dict[str, int]) -> bool:
        """Whether `claim`'s key may be one already in `slot` or `out`; False for a statement whose sign is new (it
        is noted unkeyed at the end of `out`, where the caller puts it). A statement whose sign was unkeyed until
        now has the one claim with it keyed first (its key never was in `slot`: no claim before had its sign)."""
        q = claim.quantity
        if q is not None and not q.vague:
            return True
        who = claim.actor.name.lower() if claim.actor else ""
        raw = q.raw.lower() if q else ""
        if "|" in who or "|" in raw:
            return True
        sentence = claim.mentions[0].sentence
        low = lowered(sentence)  # most often remembered: the document's sentences were read
        if low is None:
            sign = (who, raw, sentence.count("e") + sentence.count("E"), sentence.count("a") + sentence.count("A"))
        else:  # no character but "E" lowercases to (or to a text holding) "e", none but "A" to "a"
            sign = (who, raw, low.count("e"), low.count("a"))
        if sign in self.keyed:
            return True
        at = self.unkeyed.pop(sign, -1)
        if at < 0:
            self.unkeyed[sign] = len(out)
            return False
        slot[_merge_key(out[at])] = at
        self.keyed.add(sign)
        return True


def _merge_key(claim: ExtractedClaim) -> str:
    who = claim.actor.name.lower() if claim.actor else ""
    q = claim.quantity
    if q is not None and not q.vague:
        return f"n|{who}|{claim.kind}|{q.low}|{q.high}"
    text = _words_of(claim.mentions[0].sentence.lower())
    return f"s|{who}|{text}|{q.raw.lower() if q else ''}"


def _combine(first: ExtractedClaim, other: ExtractedClaim, keep_first: bool = False) -> ExtractedClaim:
    """`first` with `other`'s mentions added and its missing fields filled from `other`."""
    # the first mention stays the evidence: it is where the claimant is named
    seen = {x.start for x in first.mentions}  # built once, not once per mention
    mentions = first.mentions + [m for m in other.mentions if m.start not in seen]
    mentions[1:] = sorted(mentions[1:], key=lambda m: m.start)
    update: dict = {"mentions": mentions}
    for name in ("place", "claim_date", "event_date"):
        if getattr(first, name) is None and getattr(other, name) is not None:
            update[name] = getattr(other, name)
    if not keep_first and first.subject and other.subject and len(other.subject) > len(first.subject):
        update["subject"] = other.subject
    return first.model_copy(update=update)
