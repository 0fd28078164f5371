"""Speakers the document's layout names rather than a verb of saying: a bulletin's title or signature, a "Source:
X" footer below a list, the label or lead line above a list of figures, a channel's author, a transcript's
speaker, and a labelled line's speaker.
"""

from __future__ import annotations

from typing import Final

from claimtrack.extraction.actors import resolve_actor
from claimtrack.extraction.bulletins import body_name_line, bulletin_issuer, channel_author, remarks_summary_speaker
from claimtrack.extraction.document_context import Attribution, Context, _Reading
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.list_issuers import (
    document_pointed_to,
    goes_on_from_figures,
    inline_publisher,
    lead_publisher,
    named_issuer,
    source_label_issuer,
    speaks_of_figures,
)
from claimtrack.extraction.prefilter import has_digit
from claimtrack.extraction.sentence_speakers import _FIRST_PERSON, _own_people
from claimtrack.extraction.sentences import Sentence
from claimtrack.extraction.speaker_labels import counted_item
from claimtrack.records import ActorRef


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
