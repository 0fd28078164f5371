"""Whom a speaker phrase refers back to: "the report" (its publisher), "the ministry" (the body named before), "he"
and "she" (the person a sentence before named or opened with), "his office", "the spokesman", "the charity"; and
what the document remembers of each speaker for such later references.
"""

from __future__ import annotations

import re
from typing import Final, cast

from claimtrack.extraction.actors import (
    DETERMINERS,
    NAMED_BODY_HEADS,
    ORG_HEADS,
    actor_lexicon,
    actor_record,
    full_name_in,
    is_unnamed_body,
    resolve_actor,
)
from claimtrack.extraction.antecedents import PERSON_OFFICE_HEADS, body_office, is_person_office, person_office
from claimtrack.extraction.attribution import AUTHORING, RELATIONS, Cue, sentence_subject, subject_before
from claimtrack.extraction.body_references import body_reference, fits_kind
from claimtrack.extraction.claim_merging import _WORD_RUNS
from claimtrack.extraction.document_context import Attribution, Context
from claimtrack.extraction.list_issuers import DOCUMENT_NOUNS
from claimtrack.extraction.prefilter import ascii_words, holds_gate, lowered, may_hold, word_gate
from claimtrack.extraction.said_forms import adopted_document, present_perfect_lead, released_data
from claimtrack.records import ActorRef, DateRef

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
