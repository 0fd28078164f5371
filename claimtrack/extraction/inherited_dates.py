"""When a claim whose sentence gives no day of its own was said: the date a later sentence gives it ("X made the
comments Thursday"), another verb of the sentence, an interview's day, the speaker's earlier date, an occasion
naming the speaker, the dateline, a page stamp, a live blog's entry day or the document's title.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache
from typing import Final

from claimtrack.extraction.antecedents import PERSON_OFFICE_HEADS
from claimtrack.extraction.attribution import Cue
from claimtrack.extraction.claim_dates import (
    PRESENT_TENSE_CUES,
    _bounds_a_period,
    _claim_date,
    _dates_the_verb,
    _may_date_saying,
)
from claimtrack.extraction.date_carry import (
    closes_the_title,
    dates_earlier_words,
    dates_the_verb,
    may_be_speaker,
    names_the_speaker,
    opens_on_a_later_time,
    title_line,
)
from claimtrack.extraction.dates import DateMention, find_dates, frame_year
from claimtrack.extraction.document_context import Attribution, Context, _Reading
from claimtrack.extraction.list_issuers import named_issuer
from claimtrack.extraction.prefilter import ascii_words, has_digit, holds_gate, lowered, word_gate
from claimtrack.extraction.said_forms import LEAD_REACH, lead_index, present_perfect_lead
from claimtrack.extraction.sentences import Sentence
from claimtrack.extraction.speaker_labels import interview_meeting, is_post_header
from claimtrack.records import ActorRef, DateRef

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
