"""Stop 35's speed round A finds exactly what the code it replaced finds.

- `subjects._may_name_agent` holds wherever `_agent_side`'s pattern matches, so `_agent_side` asks it first;
- `subjects._ends_possessive` holds wherever `side_of`'s possessive pattern (`{SIDE}'s` at the end) matches;
- `subjects._clause_before` is the last piece of the split at a clause break, as `re.split` gave it;
- `sentence_speakers._strip_possessive_document` with its compiled patterns, its author pattern searched only when the
  document-by-author pattern matches, gives what the plain form gave;
- `unvalidated.unvalidated_record` stores each slot by its descriptor: the record `object.__setattr__` built;
- `subjects._holds_of` holds wherever `_WHOLE_OF_PART` matches, and `included_part` looks for its words in the
  sentence's lowercase before the search: the plain search's answer;
- `confidence.source_reliability` writes the resolved-from reason by `repr`, the text the f-string's `!r` wrote;
- `actors._titled_in_text` reads the document's lowercase once and searches for the name and a comma only where the
  surname and a comma are written: the plain form's answer;
- `actors._anaphoric_holder` asks `_titled_in_text` (which reads a person's name only) once per name named;
- `pipeline._claim_record` updates a copy of the fields' template, and values the loop read otherwise (a name that
  is no field's, a required field missing) take that loop;
- `attribution._may_follow_the` holds wherever `_TRANSCRIPT_MARKER` matches a sentence opening "the".
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import actors, attribution, confidence, pipeline, sentence_speakers, subjects
from claimtrack.extraction.lexicons import side_regex
from claimtrack.extraction.unvalidated import unvalidated_record
from claimtrack.records import ActorRef, Confidence, Evidence, ExtractedClaim

QUICK = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_MARKS = [" ", "  ", "\t", "\n", "\x1c", "\u2003", "\xa0", ",", ", ", ". ", ":", ";", "-", "'", "’", "“", "(", "é",
          "x", "2", "_", "ſ", "K", "\u0130", "\u0131", ""]  # fmt: skip

_AGENT_PIECES = ["North Korea", "Russia", "Ukraine", "Russia's", "Ukraine’s", "has", "have", "is", "expected", "to",
                 "send", "sent", "sends", "sending", "deployed", "deploy", "moved", "lost", "losing", "Lost", "SENT",
                 "amassed", "massing", "massed", "stationed", "mobilised", "mobilized", "dispatched", "dispatch",
                 "troops", "more", "than", "up", "had", "now", "likely", "reportedly", "“", "se nt", "los",
                 "s"]  # fmt: skip
_AGENT_PATTERN = r"\b(?P<side>{SIDE})\s+[\"“]?" + subjects._AGENT_GAP + subjects._AGENT_VERBS + r"\s+(?:\w+\s+){0,4}$"
_POSSESSIVE_PATTERN = r"\b(?P<side>{SIDE})['’]s\s+$"


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_AGENT_PIECES), st.sampled_from(_MARKS)), max_size=10).map(" ".join))
@example("North Korea has sent ")
@example("Russia is losing up to ")
@example("Ukraine mobilized ")
def test_agent_gate_holds_where_the_agent_pattern_matches(before: str) -> None:
    if side_regex(_AGENT_PATTERN).search(before) is not None:
        assert subjects._may_name_agent(before), before
    plain = side_regex(_AGENT_PATTERN).search(before)
    side = subjects.side_by_form(plain.group("side")) if plain else None
    assert subjects._agent_side(before) == (side.adjective if side is not None else None), before


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_AGENT_PIECES), st.sampled_from(_MARKS)), max_size=8).map("".join))
@example("Russia's ")
@example("Russia’s\n")
@example("Russia's \n")
@example("Russia's")
def test_possessive_gate_holds_where_the_possessive_pattern_matches(before: str) -> None:
    if side_regex(_POSSESSIVE_PATTERN).search(before) is not None:
        assert subjects._ends_possessive(before), before


_CLAUSE_PIECES = ["and", "but", "while", "whereas", "or", "killed", ",", ";", ", ", " ", "\u2003", "\n", ",\t",
                  "AND", "x"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_CLAUSE_PIECES), st.sampled_from(_MARKS)), max_size=12).map("".join))
@example("killed 3, and wounded ")
@example("a; b")
def test_clause_before_is_the_last_piece_of_the_split(words: str) -> None:
    plain = re.split(r",\s(?:and|but|while|whereas)\s|;", words)[-1]
    assert subjects._clause_before(words) == plain, words


def _strip_possessive_document_plain(phrase: str) -> str:
    """`_strip_possessive_document` as it was: each pattern through `re`, the author pattern searched first."""
    received = sentence_speakers._RECEIVED_FROM.search(phrase) if " from " in phrase else None
    if received is not None:
        return received.group("who")
    sourced = sentence_speakers._SOURCED_DOCUMENT.match(phrase) if " by " in phrase or " from " in phrase else None
    if sourced is not None:
        return sourced.group("who")
    by = re.search(r"\b(?:by|from|of)\s+(?P<who>(?:the\s+)?[A-Z][^,;]*)$", phrase)
    lowercase_body = sentence_speakers._DOCUMENT_OF_LOWERCASE_BODY.match(phrase)
    if lowercase_body is not None:
        return phrase[lowercase_body.end() - len(lowercase_body.group("the")) :]
    if by and sentence_speakers._DOCUMENT_BY_AUTHOR.match(phrase):
        return by.group("who")
    lowercase_author = (
        sentence_speakers._LOWERCASE_AUTHOR.search(phrase)
        if sentence_speakers._DOCUMENT_BY_AUTHOR.match(phrase)
        else None
    )
    if lowercase_author is not None:
        return lowercase_author.group("who")
    phrase = re.split(r"\s(?:in|on|at|after|before|to|and|citing|released|published|issued|who|which|that)\s", phrase)[
        0
    ]
    phrase = re.sub(r"['’]s\s+(?:data|figures|estimates?|report|statement|assessment|count|tally)\b.*$", "", phrase)
    author = re.sub(r"\s+(?:translation|report|data|figures|estimates?|statement|assessment|tally)$", "", phrase)
    return phrase if actors.bloc_of_none(author.split()) else author


_DOCUMENT_PIECES = ["the", "ministry's", "Ministry’s", "data", "figures", "report", "statement", "estimates", "of",
                    "by", "from", "The", "UN", "Health", "Ministry", "translation", "provided", "released", "in",
                    "on", "who", "a", "governor's", "office", "information", "authorities", "X", "tally", "foreign",
                    "New", "Voice", "Ukraine", "citing", "de", "facto", "According", "latest", "update"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_DOCUMENT_PIECES), st.sampled_from(_MARKS)), max_size=10).map(" ".join))
@example("the New Voice of Ukraine translation")
@example("the ministry's data")
@example("data provided by the Health Ministry")
@example("a statement from the governor's office")
@example("the report by the UN in Geneva")
def test_strip_possessive_document_is_the_plain_form(phrase: str) -> None:
    assert sentence_speakers._strip_possessive_document(phrase) == _strip_possessive_document_plain(phrase), phrase


def test_unvalidated_record_is_the_record_set_slot_by_slot() -> None:
    for model, fields in (
        (ActorRef, {"name": "Kyiv", "kind": "organisation", "role": None, "affiliation": "Ukraine", "raw": "Kyiv",
                    "aliases": ["Kyiv"]}),
        (Evidence, {"sentence": "One.", "start": 0, "end": 4}),
    ):  # fmt: skip
        plain = object.__new__(model)
        object.__setattr__(plain, "__dict__", dict(fields))
        object.__setattr__(plain, "__pydantic_fields_set__", set(fields))
        object.__setattr__(plain, "__pydantic_extra__", None)
        object.__setattr__(plain, "__pydantic_private__", None)
        fast = unvalidated_record(model, dict(fields), set(fields))
        assert type(fast) is model
        assert fast == plain == model(**fields)
        assert list(fast.__dict__.items()) == list(plain.__dict__.items())
        assert fast.model_fields_set == plain.model_fields_set
        assert fast.__pydantic_extra__ is None and fast.__pydantic_private__ is None
        assert fast.model_dump_json() == plain.model_dump_json()


_PART_PIECES = ["of", "OF", "Of", "oF", "the", "out", "35", "thirty", "dozens", "hundreds", "including", "Including",
                "INCLUDING", "among", "Among", "them", "and", "killed", ",", "50", "drones", "İncluding", "ſ",
                "amonG"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_PART_PIECES), st.sampled_from(_MARKS)), max_size=10).map(" ".join))
@example("shot down 35 of the ")
@example("35 OF ")
def test_of_gate_holds_where_the_whole_of_part_matches(before: str) -> None:
    if subjects._WHOLE_OF_PART.search(before) is not None:
        assert subjects._holds_of(before), before


@QUICK
@given(
    st.lists(st.one_of(st.sampled_from(_PART_PIECES), st.sampled_from(_MARKS)), max_size=14).map(" ".join),
    st.integers(min_value=0, max_value=200),
)
@example("killed 40, including ", 22)
@example("killed 40, İncluding ", 22)
def test_included_part_is_the_plain_search(sentence: str, rel_start: int) -> None:
    rel_start = min(rel_start, len(sentence))
    m = subjects._INCLUDED_PART_BEFORE.search(sentence, max(0, rel_start - subjects._INCLUDED_REACH), rel_start)
    assert subjects.included_part(sentence, rel_start) == (m.start() if m is not None else None), sentence


def test_resolved_from_reason_is_the_f_string() -> None:
    actor = ActorRef(name="John Kirby", kind="person", raw="Kirby")
    for resolved_from in ("he", "the 'spokesman'", 'a "label"', "ſ\n"):
        _, reasons = confidence.source_reliability(actor, resolved_from)
        assert reasons[0] == f"speaker resolved from {resolved_from!r} to {actor.name}"


def _titled_in_text_plain(wanted: list[str], person: ActorRef, document: str) -> bool:
    """`_titled_in_text` as it was: the document lowercased for the gate, the name-comma search without its gate."""
    if not document or wanted[-1] not in actors.TITLE_WORDS or " ".join(wanted) not in document.lower():
        return False
    title = r"(?i:" + r"\s+".join(map(re.escape, wanted)) + ")"
    name = r"(?:" + re.escape(person.name) + "|" + re.escape(person.name.split()[-1]) + r")\b"
    if re.search(rf"{name},\s+{actors._NAME_TO_TITLE}{title}(?![\w-])", document) is not None:
        return True
    return re.search(rf"(?<![\w-]){title}{actors._TITLE_TO_NAME}{name}", document) is not None


_TITLED_PIECES = ["Oksana Markarova", "Markarova", "Markarova,", ",", "Ukraine's", "ambassador", "Ambassador",
                  "AMBASSADOR", "to", "the", "U.S.", "said", "the former", "spokesman", "John Kirby", "Kirby,", "İ",
                  "ſ", "K"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_TITLED_PIECES), st.sampled_from(_MARKS)), max_size=12).map(" ".join))
@example("Ukraine's ambassador to the U.S. Oksana Markarova said")
@example("Oksana Markarova, Ukraine's ambassador, said")
def test_titled_in_text_is_the_plain_form(document: str) -> None:
    person = ActorRef(name="Oksana Markarova", kind="person", raw="Markarova")
    for wanted in (["ambassador"], ["former", "ambassador"], ["spokesman"]):
        assert actors._titled_in_text(wanted, person, document) == _titled_in_text_plain(wanted, person, document)


def _anaphoric_holder_plain(phrase: str, persons: actors.PersonRegistry) -> ActorRef | None:
    """`actors._anaphoric_holder` as it was: `_titled_in_text` asked of every person named, repeats too."""
    words = phrase.split()
    if (
        not 2 <= len(words) <= 4
        or words[0].lower() != "the"
        or not all(actors._ROLE_WORD.fullmatch(w) for w in words[1:])
    ):
        return None
    head = words[-1]
    if (
        head in actors.ORG_HEADS
        or head in actors.MEDIA_HEADS
        or head in actors.ANON_HEADS
        and head not in actors.TITLE_WORDS
        or not actors._person_noun(head)
    ):
        return None
    wanted = words[1:]
    lex = actors.actor_lexicon()
    for person in reversed(persons.named):
        known = lex.lookup(person.name)
        if any(actors._contains_role(t, wanted) for t in (person.role, person.raw, known and known.role) if t):
            return person
    for person in reversed(persons.named):
        if actors._titled_in_text(wanted, person, persons.document):
            return person
    return None


def test_anaphoric_holder_asks_each_name_once() -> None:
    document = (
        "Ukraine's ambassador to the U.S. Oksana Markarova spoke. Markarova said it. Anna Berg said so. Markarova said "
        "more. Anna Berg, the spokeswoman, said. The ambassador said."
    )
    markarova = actors.actor_record(name="Oksana Markarova", kind="person", raw="Markarova")
    berg = actors.actor_record(name="Anna Berg", kind="person", raw="Anna Berg")
    other = actors.actor_record(name="Oksana Markarova", kind="person", role="envoy", raw="Oksana Markarova")
    for named in ([markarova, berg, markarova, berg], [berg, markarova, other, berg, berg], [berg], []):
        persons = actors.PersonRegistry(named=list(named), document=document)
        for phrase in ("the ambassador", "the spokeswoman", "the envoy", "the political scientist", "the minister"):
            assert actors._anaphoric_holder(phrase, persons) is _anaphoric_holder_plain(phrase, persons), phrase


def test_claim_record_takes_the_loop_for_odd_values() -> None:
    confidence_value = Confidence(score=0.5, reliability="B", credibility=2, reasons=["x"])
    mentions = [Evidence(sentence="One.", start=0, end=4)]
    values: dict[str, object] = {"kind": "statement", "confidence": confidence_value, "mentions": mentions}
    record = pipeline._claim_record(**values)
    assert list(record.__dict__) == list(ExtractedClaim.model_fields)
    assert record.__dict__ == pipeline._claim_fields(values) | {"mentions": mentions}
    assert record.model_fields_set == set(values)
    odd = pipeline._claim_record(**values, unknown=1)  # a name that is no field's: left out, as the loop did
    assert list(odd.__dict__) == list(ExtractedClaim.model_fields)
    assert odd.model_fields_set == {*values, "unknown"}
    for required in ("kind", "confidence", "mentions"):
        partial = {k: v for k, v in values.items() if k != required}
        try:
            pipeline._claim_record(**partial)
        except KeyError as error:
            assert error.args == (required,)
        else:
            raise AssertionError(required)


_OPENING_PIECES = ["the", "The", "THE", "these", "there", "following", "full", "text", "transcript", "of", "is",
                   "complete", "official", "speech", "his", "Zelensky's", "here", "read", "\u2003", "\n", "ſ",
                   "ı"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_OPENING_PIECES), st.sampled_from(_MARKS)), max_size=8).map(" ".join))
@example("The full text of his speech")
@example("the\u2003transcript of")
@example("The following is the statement")
def test_the_gate_holds_where_the_transcript_marker_matches(sentence: str) -> None:
    low = sentence.lower()
    opening = low.lstrip()
    if attribution._TRANSCRIPT_MARKER.match(sentence.strip()) is not None and opening.startswith("the"):
        if attribution.lowered(sentence) is not None:
            assert attribution._may_follow_the(opening), sentence
