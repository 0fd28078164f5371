"""Stop 26's second speed round finds exactly what the code it replaced finds.

- the elided-noun guard asks first whether the sentence before is in the same paragraph (`_previous_in_paragraph`);
- `_note_occasion` goes on only where the sentence holds one of the whole words of an occasion noun;
- `_in_outlet_name` tries the outlets' pattern only where every piece of a name holding the word stands around it;
- the dataclasses built per sentence or per document have an `__init__` of their own (compiled by mypyc) in place
  of the one `dataclasses` writes: each must take the same arguments and set the same fields.
"""

from __future__ import annotations

import ast
import dataclasses
import sys
from collections import Counter, deque
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack import extraction
from claimtrack.extraction import (
    COMPILED,
    document_context,
    pipeline,
    place_mention,
    place_names,
    place_references,
)
from claimtrack.extraction.actors import PersonRegistry
from claimtrack.extraction.attribution import Cue
from claimtrack.extraction.count_phrases import CountMention
from claimtrack.extraction.date_carry import OCCASION_NOUN_WORDS, dated_occasion_nouns, occasion_noun_matches
from claimtrack.extraction.dates import DateMention
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.prefilter import holds_word, lowered
from claimtrack.extraction.sentences import Sentence
from claimtrack.extraction.speaker_run import SpeakerRun

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

OWN_INIT_CLASSES = [place_mention.PlaceMention, place_references.PlaceContext, Sentence, Cue, DateMention, CountMention,
                    SpeakerRun, PersonRegistry, document_context.Attribution, document_context.Context,
                    document_context._Reading]  # fmt: skip


# ---- the same paragraph first ----


def test_previous_in_paragraph_is_the_sentence_before_on_the_same_line() -> None:
    first = Sentence("The mayor said 40 homes burned.", 0, 31, 0, 0)
    second = Sentence("Today there are more than 60.", 32, 61, 0, 1)
    ctx = document_context.Context(None, sentences=[first, second])
    assert pipeline._previous_in_paragraph(second, ctx) is first


def test_previous_in_paragraph_is_none_across_a_line_break_or_at_the_start() -> None:
    first = Sentence("The mayor said 40 homes burned.", 0, 31, 0, 0)
    second = Sentence("Today there are more than 60.", 33, 62, 1, 1)  # a paragraph of its own
    ctx = document_context.Context(None, sentences=[first, second])
    assert pipeline._previous_in_paragraph(second, ctx) is None
    assert pipeline._previous_in_paragraph(first, ctx) is None
    assert pipeline._previous_in_paragraph(Sentence("x", 70, 71, 1, 5), ctx) is None  # not read yet


# ---- the occasion nouns' whole words ----

_PIECES = ["The", " ", "briefing", "Briefing", "SUMMIT", "talks", "Talk", "sitting", "Σ", "İ", "K", "ſ", "é", "-",
           "session", "sess", "ion", "hearing", "Address", "ed", "es", "s", ".", "\n", "interview"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_no_occasion_noun_is_matched_where_none_of_its_words_is(pieces: list[str]) -> None:
    sentence = "".join(pieces)
    low = lowered(sentence)
    if low is not None and not holds_word(low, OCCASION_NOUN_WORDS):
        assert occasion_noun_matches(sentence) == []
        assert dated_occasion_nouns(sentence, [0], [len(sentence)]) == []


def test_the_occasion_gate_on_sentences_of_my_own() -> None:
    assert holds_word(lowered("The briefing on Tuesday ran late."), OCCASION_NOUN_WORDS)
    assert holds_word(lowered("At the SUMMITS in May, leaders met."), OCCASION_NOUN_WORDS)
    assert not holds_word(lowered("He addressed the troops on Monday."), OCCASION_NOUN_WORDS)  # a verb, no noun
    assert not holds_word(lowered("The sessional staff left on Friday."), OCCASION_NOUN_WORDS)


# ---- the dataclasses' own __init__ ----


def _own_init(cls: type) -> tuple[list[str], dict[str, object]]:
    """(parameter names after self, defaults by name) of the class's `__init__` as written in its module's source
    (read from the .py file, so the same with a compiled build, whose methods carry no signature)."""
    module = sys.modules[cls.__module__]
    source = Path(extraction.__file__).with_name(cls.__module__.rsplit(".", 1)[-1] + ".py").read_text()
    node = next(n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ClassDef) and n.name == cls.__name__)
    init = next(n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    names = [a.arg for a in init.args.args[1:]]
    values = [eval(compile(ast.Expression(d), "<default>", "eval"), vars(module)) for d in init.args.defaults]
    return names, dict(zip(names[len(names) - len(values) :], values, strict=True))


def test_each_own_init_takes_the_fields_in_order_with_their_defaults() -> None:
    for cls in OWN_INIT_CLASSES:
        names, defaults = _own_init(cls)
        fields = [f for f in dataclasses.fields(cls) if f.init]
        assert names == [f.name for f in fields], cls
        for f in fields:
            if f.default is not dataclasses.MISSING:
                assert defaults[f.name] == f.default, (cls, f.name)
            elif f.default_factory is not dataclasses.MISSING:
                assert defaults[f.name] is None, (cls, f.name)  # None: a new value of the factory
            else:
                assert f.name not in defaults, (cls, f.name)


def _required(cls: type) -> dict[str, object]:
    return {f.name: object() for f in dataclasses.fields(cls)
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}  # fmt: skip


@pytest.mark.skipif(COMPILED, reason="a compiled __init__ checks its arguments' types; the sentinels have none of them")
def test_each_own_init_sets_every_field_as_the_generated_one_would() -> None:
    for cls in OWN_INIT_CLASSES:
        given_values = _required(cls)
        built = cls(**given_values)
        other = cls(**given_values)
        for f in dataclasses.fields(cls):
            value = getattr(built, f.name)
            if f.name in given_values:
                assert value is given_values[f.name], (cls, f.name)
            elif f.default is not dataclasses.MISSING:
                assert value == f.default, (cls, f.name)
            else:
                expected = f.default_factory()  # type: ignore[misc]
                assert type(value) is type(expected) and value == expected, (cls, f.name)
                if isinstance(value, (list, dict, Counter, deque)):
                    assert value is not getattr(other, f.name), (cls, f.name)  # a new one each time
        assert built == other, cls


def test_a_context_s_since_speaker_keeps_the_subject_reach() -> None:
    assert document_context.Context(None).since_speaker.maxlen == document_context.SUBJECT_REACH


def test_given_values_are_kept_and_replace_still_works() -> None:
    cue = Cue("said", 10, 14, "the mayor", False, coordinated=True)
    assert (cue.verb, cue.start, cue.end, cue.phrase, cue.is_source, cue.pronoun, cue.coordinated) == (
        "said", 10, 14, "the mayor", False, None, True)  # fmt: skip
    assert dataclasses.replace(cue, pronoun="he") == Cue("said", 10, 14, "the mayor", False, "he", True)
    sentence = Sentence("Kyiv said 3.", 5, 17, 2, 4)
    assert hash(sentence) == hash(Sentence("Kyiv said 3.", 5, 17, 2, 4))
    persons = PersonRegistry(document="text")
    assert document_context.Context(None, persons=persons).persons is persons


# ---- a place word in an outlet's name ----


def _in_outlet_name_plain(sentence: str, start: int, end: int) -> bool:
    """`place_names._in_outlet_name` as it was: the outlets' pattern tried around every place word any outlet holds."""
    outlets = place_names._outlet_names(len(load_gazetteer().places))
    if outlets is None or sentence[start:end] not in outlets[1]:
        return False
    window = max(0, start - 24)
    return any(m.start() <= start and end <= m.end() for m in outlets[0].finditer(sentence, window, end + 24))


_OUTLET_PIECES = ["Kyiv", "Independent", "Post", "the", "The", "Washington", "Moscow", "Times", "of", "London",
                  "Voice", "America", "Ukraine", "New", "RBC", "-", "Interfax", "France", "24", "Radio", "Free",
                  "Europe", "/", "Liberty", "told", ",", "'s", " ", " ", "  ", "\n", "Today", "Russia"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_OUTLET_PIECES), max_size=40))
def test_in_outlet_name_is_what_the_pattern_alone_finds(pieces: list[str]) -> None:
    sentence = "".join(pieces)
    words = place_names._outlet_names(len(load_gazetteer().places))
    assert words is not None
    for word in words[1]:
        start = sentence.find(word)
        while start >= 0:
            end = start + len(word)
            assert place_names._in_outlet_name(sentence, start, end) == _in_outlet_name_plain(sentence, start, end)
            start = sentence.find(word, start + 1)


def test_in_outlet_name_on_sentences_of_my_own() -> None:
    told = "Vitaliy Klitschko told the Kyiv Independent that 12 people were hurt."
    assert place_names._in_outlet_name(told, told.index("Kyiv"), told.index("Kyiv") + 4)
    moved = "Troops moved from Kyiv, an Independent monitor said."  # the pieces apart: no outlet
    assert not place_names._in_outlet_name(moved, moved.index("Kyiv"), moved.index("Kyiv") + 4)
    far = "The Washington envoy spoke to reporters at length, the Post said."  # the name's pieces too far apart
    assert not place_names._in_outlet_name(far, far.index("Washington"), far.index("Washington") + 10)
