"""Stop 33's speed round A finds exactly what the code it replaced finds.

- `attribution.transcript_marker` is asked of every sentence (no document-wide gate that lowercased the whole
  document first) and rules a sentence out by the first letter of its lowercase before its first word: the pattern's
  own answer;
- `confidence._scan_language_cues` returns no cue for a sentence that holds none of the cues' words (one bit test of
  the union of their gates) and none of their substrings: no cue's pattern matches there;
- `attribution._upper_at` is `str.isupper` of the character, on every code point;
- `actors._resolve_actor` joins a phrase's words without determiners once for `_office_of_body` and
  `_head_of_side_body`, and asks neither where that text lacks "of" (`_may_name_an_office`): each pattern needs it;
- `attribution._strip_addressed_setting` (its link-word and noun gates, unchanged) is the pattern's strip.
"""

from __future__ import annotations

import re
import sys

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import actors, attribution, confidence
from claimtrack.extraction.prefilter import lowered, word_mask
from tests.extraction_helpers import language_cues_by_pattern

QUICK = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_MARKS = [" ", "  ", "\t", "\n", ",", ", ", ". ", ":", "-", "'", "’", "“", "(", "é", "x", "2", "_", "ſ", "K",
          "\u0130", "\u0131", ""]  # fmt: skip


def _transcript_marker_plain(sentence: str) -> str | None:
    """`transcript_marker` without its gates: the pattern on the stripped sentence."""
    m = attribution._TRANSCRIPT_MARKER.match(sentence.strip())
    if m is None:
        return None
    whose = m.group("whose2") or m.group("whose") or m.group("whose3") or ""
    return "" if whose.lower() == "the" else re.sub(r"['’]s$", "", whose)


_OPENINGS = ["Here is", "HERE'S", "Below is", "read", "The following is", "What follows is", "the", "Full", "complete",
             "Entire", "official", "text", "Transcript", "Tarvel's", "his", "full", "address", "speech", "statement",
             "remarks", "of", "Ilka Morvan's", "said", "Officials", "ſpeech", "teKt", "İ", "Ǆ", ""]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_OPENINGS), st.sampled_from(_MARKS)), max_size=10).map(" ".join))
@example("  Here is the full text of his speech:")
@example("\nText of Ilka Morvan's address")
@example("")
@example("   ")
def test_transcript_marker_is_the_pattern_answer(sentence: str) -> None:
    assert attribution.transcript_marker(sentence) == _transcript_marker_plain(sentence), sentence


def test_transcript_first_letters_open_every_first_word() -> None:
    assert all(word[0] in attribution._TRANSCRIPT_FIRST_LETTERS for word in attribution._TRANSCRIPT_FIRST_WORDS)


_CUE_PIECES = ["reportedly", "unverified", "verify", "claims", "almost", "certainly", "assessment", "likely",
               "might", "mayor", "will", "willing", "set", "due", "forecasters", "estimated", "officials", "said",
               "the", "to", "planned", "plane"]  # fmt: skip
_piece = st.sampled_from(_CUE_PIECES).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))


@QUICK
@given(st.lists(st.one_of(_piece, st.sampled_from(_MARKS)), max_size=16).map("".join))
@example("Officials said the mayor's plane landed")
@example("forecasters said")
def test_no_language_cue_outside_the_union_gate(text: str) -> None:
    plain = language_cues_by_pattern(text)
    assert confidence._scan_language_cues(text) == plain, text
    low = lowered(text)
    if low is not None and word_mask(low) & confidence._ANY_LANGUAGE_GATE == 0:
        if not any(part in low for part in confidence._ANY_LANGUAGE_PART):
            assert plain == (), text


def test_union_gate_holds_every_cue_gate() -> None:
    for gate in confidence._LANGUAGE_GATES:
        assert gate & confidence._ANY_LANGUAGE_GATE == gate
    assert set(confidence._ANY_LANGUAGE_PART) == {part for _, parts in confidence._LANGUAGE_RUNS for part in parts}


def test_upper_at_is_isupper_on_every_code_point() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert attribution._upper_at("x" + char, 1) == char.isupper(), hex(code)


_OFFICE_PIECES = ["deputy", "head", "Head", "chief", "director", "minister", "of", "Of", "OF", "the", "The", "Lavrin",
                  "Ministry", "Foreign", "Affairs", "government", "Tarvel", "Office", "(NSDC)", "for", "on", "offer",
                  "İ", "ſ"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_OFFICE_PIECES), max_size=9).map(" ".join))
@example("deputy head of the Tarvel Office")
@example("head of the Tarvel foreign intelligence service")
@example("Head of Ministry")
def test_office_patterns_need_of(text: str) -> None:
    lowered_first = text[:1].lower() + text[1:]
    if actors._OFFICE_OF.match(lowered_first) or actors._HEAD_OF_SIDE_BODY.match(lowered_first):
        assert actors._may_name_an_office(text), text


_ADDRESS_PIECES = ["Ilka Morvan", "said", "in", "during", "an", "the", "his", "interview", "with", "to", "for", "on",
                   "at", "before", "call", "letter", "Reuters", "weekly", "video", "message", "TV", "speech", "a",
                   "remarks", "comments", "post", "note", "op-ed", "x" * 40]  # fmt: skip
_MARKS_SPACED = [" ", "  ", "\n", ", ", "\t"]


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_ADDRESS_PIECES), st.sampled_from(_MARKS_SPACED)), max_size=24).map("".join))
@example("Ilka Morvan in an interview with Reuters ")
@example("Ilka Morvan told Reuters in a call with reporters ")
def test_addressed_setting_is_the_pattern_strip(text: str) -> None:
    m = attribution._ADDRESSED_SETTING_BEFORE.search(text, max(0, len(text) - 90))
    plain = text if m is None else text[: m.start()] + " "
    assert attribution._strip_addressed_setting(text) == plain, text
