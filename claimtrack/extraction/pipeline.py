"""Assemble claims from a document's text: sentences -> speakers, counts, places, dates -> merged claims.

The document is read in order, carrying a little context: the persons named so far (so "he said"
and "Kirby" resolve), the last speaker and when they spoke, the last day mentioned ("earlier in the
day"), and the side of recently mentioned troops ("the first group would consist of 2,600 soldiers").
A count is a claim only when someone claims it; the same count repeated in headline, bullet and body
becomes one claim with several mentions.

This module reads the document and each sentence's counts into claims; its parts are in their own modules: the
context it carries (`document_context`), who speaks (`sentence_speakers`, `speaker_references`, `layout_speakers`,
`quoted_speech`, `carried_speakers`, `commitments`), when (`claim_dates`, `inherited_dates`, `forecasts`), where
(`claim_places`) and the merging of repeats (`claim_merging`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, cast

from claimtrack.extraction.actors import resolve_actor
from claimtrack.extraction.added_remarks import added_remark
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
from claimtrack.extraction.claim_dates import (
    _anaphoric_day,
    _claim_date,
    _clause_claim_date,
    _context_day,
    _count_report_day,
    _daily_change_day,
    _forward_if_forecast,
    _night_told_next_day,
    _note_days,
    _note_occasion,
    _reported_the_same_day,
    _said_before,
    _skip_dates,
    _time_told_before,
)
from claimtrack.extraction.claim_merging import (
    _entry_headlines,
    _headline_dates_from_body,
    _headline_end,
    _merge,
    _merge_entry_headlines,
    _merge_repeats,
)
from claimtrack.extraction.claim_places import (
    _EVENT_BACK_REFERENCE,
    _document_country,
    _focus_place,
    _home_office_place,
    _is_toll,
    _item_places,
    _lies_in,
    _linked_places,
    _main_settlement,
    _names_its_own_place,
    _office_own_place,
    _office_reference_place,
    _own_places,
    _place_mentions,
    _scene_place,
    _shared_list_places,
)
from claimtrack.extraction.commitments import PACKAGE_REACH, _commitment, _lists_package, _supplier
from claimtrack.extraction.confidence import assess, is_adversary_losses
from claimtrack.extraction.count_phrases import CountMention
from claimtrack.extraction.date_carry import TOLD_TIME_GATE, occasion_referred_to, told_time_phrase
from claimtrack.extraction.dates import (
    entry_days,
    find_dateline,
    find_dates,
    in_the_year_told,
    page_stamp,
    yearless_month_dates,
)
from claimtrack.extraction.document_context import Attribution, Context, _Reading
from claimtrack.extraction.forecasts import names_a_forecast
from claimtrack.extraction.gazetteer import pinned_environment
from claimtrack.extraction.inherited_dates import (
    _borrowed_claim_date,
    _dated_by_another_cue,
    _dated_by_next_sentence,
    _dates_a_later_report,
    _inherit_claim_date,
    _interview_meeting,
    _lead_of,
    _title_date,
    _year_told,
)
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
from claimtrack.extraction.place_mention import AREA_KINDS, PlaceMention
from claimtrack.extraction.place_phrases import (
    LAUNCH_GATE,
    NAMED_ELSEWHERE_WORDS,
    as_clause_start,
    characterising_clause_start,
    launch_origin,
    named_elsewhere,
)
from claimtrack.extraction.place_references import refers_to_context
from claimtrack.extraction.places import choose_place
from claimtrack.extraction.prefilter import holds_gate, lowered, may_hold, sentence_has_digit
from claimtrack.extraction.quantities import (
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
from claimtrack.extraction.sentence_speakers import _attribute
from claimtrack.extraction.sentences import Sentence, split_sentences
from claimtrack.extraction.speaker_labels import LineSpeakers
from claimtrack.extraction.speaker_references import (
    _introduced_publisher,
    _note_document_speaker,
    _note_statement_author,
    _remember_other_bodies,
    _remember_speaker,
)
from claimtrack.extraction.speaker_run import adds_to_report
from claimtrack.extraction.subjects import side_of, subject_of
from claimtrack.extraction.unvalidated import unvalidated_record
from claimtrack.extraction.war_spans import counts_whole_war, war_place
from claimtrack.records import ActorRef, DateRef, Evidence, ExtractedClaim, PlaceRef, Quantity
from claimtrack.records import Attribution as AttributionKind

SIDE_CARRY_SENTENCES: Final = 3


_TROOP_NOUN_WORDS: Final = ("troops", "soldiers", "units", "forces", "brigades", "battalions", "personnel",
                            "servicemen",
                            "fighters", "officers", "pilots")  # fmt: skip
_TROOP_NOUNS: Final = "(?:" + "|".join(_TROOP_NOUN_WORDS) + ")"


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


def _only_evidence_cues(cues: list[Cue]) -> bool:
    """True when no cue of a sentence is a verb of speech proper: none, or only verbs whose subject may be evidence
    ("Satellite imagery shows", "the data indicates")."""
    return all(cue.verb.lower() in EVIDENCE_VERBS for cue in cues)
