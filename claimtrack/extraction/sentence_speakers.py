"""The claimant of one sentence from its cues (`_attribute`): source markers ("according to X") name the claimant,
the verb's subject relays; outlets that relay ("told Reuters", "quoted by TASS", "As reported by ..."), which cue
frames the others, and the document words stripped from a source's phrase ("X's latest report").
"""

from __future__ import annotations

import re
from typing import Final, cast

from claimtrack.extraction.actors import (
    PersonRegistry,
    actor_copy,
    actor_lexicon,
    actor_record,
    bloc_of_none,
    is_unnamed_body,
    resolve_actor,
    role_matches,
)
from claimtrack.extraction.attribution import HEDGE_VERBS, RELATIVE_CITING_VERBS, Cue, sentence_subject, subject_before
from claimtrack.extraction.document_context import Attribution, Context
from claimtrack.extraction.epithets import epithet_outlet, epithet_person, outlet_epithet, person_epithet
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.lexicons import SOURCING_PARTICIPLES
from claimtrack.extraction.possessive_bodies import body_of, possessive_body
from claimtrack.extraction.prefilter import lowered, may_hold
from claimtrack.extraction.sentences import Sentence
from claimtrack.extraction.speaker_references import (
    _BODY_DOCUMENT,
    _DISPLAY_VERBS,
    _DOCUMENT_NP,
    _RELATION_OWNERS,
    _RELATION_PHRASE,
    _STATEMENT_WORDS,
    _SUBJECT_PRONOUNS,
    _body_named_before,
    _body_taken_up,
    _description_taken_up,
    _group_taken_up,
    _its_document,
    _last_person_named,
    _may_open_body_document,
    _may_open_document_np,
    _names_a_person,
    _office_of_person,
    _owned_body,
    _owner_of,
    _pronoun_actor,
    _same_speaker,
    _speaker_just_before,
    _spokesperson_before,
    _statement_speaker,
    _subject_person,
)
from claimtrack.records import ActorRef


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
