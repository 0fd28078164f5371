"""Stop 28's speed round B finds exactly what the code it replaced finds.

- the patterns that try a qualifier and a number at every position or after every word look ahead for how a number
  may open first (`_COUNT_LOOKAHEAD`, `_QUOTED_COUNT_LOOKAHEAD`);
- `pronoun_parts`, `remaining_counts` and `further_counts` scan only where a word their matches need is written, and
  the sentence before is read for them only where one of them may find a number;
- the group described before a cue and the meeting before a speaker are searched for from the last runs of
  non-whitespace a match may span (`chunks_back`);
- a speaker phrase is matched for a document opening it only where it holds one of the pattern's nouns or opens with
  one of its participles.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import actors, attribution, count_phrases, quantities, tally_and_glued_counts
from claimtrack.extraction.bounds import QUALIFIER_BOUNDS
from claimtrack.extraction.numbers import TENS, UNITS
from claimtrack.extraction.prefilter import chunks_back, lowered

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = ["The", "the", " ", "  ", "\t", "\n", "\u2003", "\u00a0", "12", "3,000", "1.5", "million", "two", "Two",
           "twenty", "-", "five", "a", "A", "about", "At least", "at", "least", "more", "More", "than", "up to",
           "of", "them", "whom", "Those", "out", "remained", "stay", "were", "left", "still", "another", "a further",
           "Of these,", "so", "or", "there are", "it is", "fire", "fires", "shells", "maybe", "é", "İ", "ſ", "K", "Σ",
           "“", '"', ".", ",", ";", "x", "_", "said", "soldiers", "people", "half", "dozen"]  # fmt: skip
_sentences = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


# ---- the lookaheads before a qualifier and a number ----


def _without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    source = pattern.pattern
    for ahead in (count_phrases._QUOTED_COUNT_LOOKAHEAD, count_phrases._COUNT_LOOKAHEAD):
        source = source.replace(ahead, "")
    assert source != pattern.pattern
    return re.compile(source, pattern.flags)


_AHEAD_PATTERNS = [
    quantities._PRONOUN_PART,
    quantities._REMAINING,
    quantities._FURTHER_COUNT,
    quantities._EXISTENTIAL_COUNT,
    quantities._BARE_AFTER_WORD,
]


@QUICK
@given(_sentences)
@example("About 3,000 of them were killed; at least two of whom remained and 40 more stayed")
@example("Another 300 or so left. Of these, 1,956 had fled. There are “about 40”, it is a dozen.")
@example('they fire maybe "three or four thousand" in our sector; we fire some 200 - she said')
def test_patterns_with_a_lookahead_find_what_they_found_without_it(sentence: str) -> None:
    for pattern in _AHEAD_PATTERNS:
        assert _spans(pattern.finditer(sentence)) == _spans(_without_lookahead(pattern).finditer(sentence))


def test_lookaheads_let_every_qualifier_and_number_through() -> None:
    numbers = [*UNITS, *TENS, "12", "3,000", "1.5 million", "a hundred", "half a million", "a couple of", "a dozen",
               "a quarter of a million", "one and a half million", "a million and a half", "twenty-five"]  # fmt: skip
    for qualifier in [*QUALIFIER_BOUNDS, ""]:
        for number in numbers:
            texts = [
                f"{qualifier} {number} of them were hit",
                f"({qualifier.upper()}  {number} remained)",
                f"another {qualifier.title()} {number} had fled",
                f"there are {qualifier} {number}.",
                f'we fire "{qualifier} {number}" in our sector',
                f"Of these, {qualifier} {number} more,",
            ]
            for text in texts:
                for pattern in _AHEAD_PATTERNS:
                    assert _spans(pattern.finditer(text)) == _spans(_without_lookahead(pattern).finditer(text))


# ---- the guards of the parts ----


@QUICK
@given(_sentences)
@example("12 of  them were hit, 5 out of\tthose; 40 remained, 3 were still\u2003left, 7 stayed")
@example("another 300 fled; 1,500 more had died. Of these, 12 left")
def test_part_guards_rule_out_only_sentences_without_a_part(sentence: str) -> None:
    if not quantities._may_hold_word(sentence, quantities._PRONOUN_PART_GATE):
        assert quantities._PRONOUN_PART.search(sentence) is None
    if not quantities._may_hold_word(sentence, quantities._REMAINING_GATE):
        assert quantities._REMAINING.search(sentence) is None
    if not quantities.may_go_on_from_a_count(sentence):
        for m in quantities._FURTHER_COUNT.finditer(sentence):
            tail = m.group("tail")
            assert not (m.group("lead") or (tail and tail.strip().lower() == "more"))
    if not quantities.may_name_parts(sentence):
        assert quantities.pronoun_parts(sentence, 0, [], None) == []
        assert quantities.remaining_counts(sentence, 0, [], None) == []
        assert quantities.further_counts(sentence, 0, [], None) == []


def test_part_readings_still_find_their_parts() -> None:
    found = quantities.find_counts("Velmor said 49 drones were launched.")
    assert found and lowered("x") == "x"
    assert [c.raw for c in quantities.pronoun_parts("41 of them were shot down", 0, [], found[-1])] == ["41 of them"]
    assert [c.raw for c in quantities.further_counts("Another 300 fled.", 0, [], found[-1])] == ["Another 300"]
    near_miss = "41 of theme parks were shut; 300 remainders; another300"  # no whole word a part needs
    assert not quantities.may_name_parts(near_miss)


# ---- the speaker's clauses searched from their last runs of non-whitespace ----

_CLAUSE_PIECES = ["Local", "medics", "who", "staff", "the", "clinic", "working", "based", "operating", "for", "in",
                  "with", "and", "a", "meeting", "talks", "call", "during", "at", "his", "Kovar", "Velm-Ostra", "(",
                  ")", ",", ":", "“", " ", "  ", "\t", "\n", "\u2003", "\u00a0", "x", "é", "’s", "."]  # fmt: skip
_clauses = st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=40).map(" ".join)
_clauses_glued = st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=40).map("".join)


@QUICK
@given(st.one_of(_clauses, _clauses_glued))
@example("Local medics who staff the field clinic in the north of the city every day of the week ")
@example("A group of lawyers working for a rights charity ")
@example("Kovar during a meeting with the visiting Velm-Ostra envoy ")
@example("Kovar, in talks with his counterpart from the eastern Vask delegation at the summit, Mr Ilo\n")
def test_clause_searches_from_the_last_runs_find_the_whole_search(text: str) -> None:
    for pattern, chunks in (
        (attribution._DESCRIBED_GROUP, attribution._DESCRIBED_GROUP_CHUNKS),
        (attribution._MEETING_WITH_BEFORE, attribution._MEETING_WITH_CHUNKS),
    ):
        plain = pattern.search(text)
        found = pattern.search(text, chunks_back(text, len(text), chunks))
        assert (found and (found.span(), found.groupdict())) == (plain and (plain.span(), plain.groupdict()))


def test_clause_searches_at_their_longest() -> None:
    """Matches with as many runs as the patterns allow, and one more (then no match either way)."""
    found = 0
    for n in range(13):
        words = " ".join(["the", "clinic", "of"] * 5).split()[:n]
        for text in (
            "Some (local medics who staff " + " ".join(words) + " ",
            "A group of lawyers\u00a0working  for " + " ".join(words) + "\n",
            "Kovar, in his very long talks with " + " ".join(words[: n % 6]) + " Vask ",
            "Kovar during a  meeting\twith " + " ".join(words[:n]) + " Mr Ilo ",
        ):
            for pattern, chunks in (
                (attribution._DESCRIBED_GROUP, attribution._DESCRIBED_GROUP_CHUNKS),
                (attribution._MEETING_WITH_BEFORE, attribution._MEETING_WITH_CHUNKS),
            ):
                plain = pattern.search(text)
                found += plain is not None
                bounded = pattern.search(text, chunks_back(text, len(text), chunks))
                assert (bounded and bounded.span()) == (plain and plain.span())
    assert found > 20


# ---- the document opening a speaker phrase ----

_PHRASE_PIECES = ["the", "The", "a", "latest", "new", "Tuesday", "March 11", "12 Mar", "daily", "statement",
                  "statements", "Figures", "DATA", "report", "released", "Published", "prepared", "by", "of", "from",
                  "on", "Monday", "ministry", "Kovar", "ſtatement", "İnformation", "é", "  ", "\n", "’s"]  # fmt: skip
_phrases = st.lists(st.sampled_from(_PHRASE_PIECES), max_size=12).map(" ".join)


@QUICK
@given(_phrases)
@example("the latest Tuesday statement by the ministry")
@example("Published by the Velmora institute")
@example("THE DATA OF the regional police")
@example("the weather in Kovar")
def test_document_opening_guard_rules_out_only_phrases_without_one(raw: str) -> None:
    if not actors._may_open_with_a_document(raw):
        assert actors._DOCUMENT_START.search(raw) is None


def test_document_opening_guard_on_a_near_miss() -> None:
    assert actors._may_open_with_a_document("the latest Tuesday statement by the ministry")
    assert actors._DOCUMENT_START.search("Published by the Velmora institute") is not None
    assert not actors._may_open_with_a_document("the weather in Kovar")  # no document: the pattern is not tried


# ---- one-character and two-letter guards ----


@QUICK
@given(st.one_of(_sentences, _phrases))
@example("tanks – 3,552 (+15), personnel — about 166,000; drones: 12, guns -\u20034")
@example("Anna Berg of the Red Cross")
@example("Anna Berg\tof\u2003the Red Cross")
def test_tally_and_member_guards_rule_out_only_texts_without_a_match(text: str) -> None:
    if not tally_and_glued_counts._may_hold_a_tally_mark(text):
        assert tally_and_glued_counts._TALLY_GUARD_SCAN.search(text) is None
    if "of" not in text:
        assert actors._MEMBER_OF.match(text) is None


def test_tally_guard_lets_a_tally_through() -> None:
    found = quantities.find_counts("Losses so far: tanks – 3,552, guns - 12.")
    assert [c.raw for c in found] == ["tanks – 3,552", "guns - 12"]
    assert not tally_and_glued_counts._may_hold_a_tally_mark("tanks 3,552 (+15) and guns 12")  # no mark: no tally scan
