"""Stop 30's speed round A finds exactly what the code it replaced finds.

- a text's vocabulary hits and word mask are read together, by one lookup per run of letters in one table;
- the word tests of `find_counts` and of the part readers are word gates;
- the count scan looks ahead for the first eight characters of a qualifier or number word, not three.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import count_phrases, prefilter, quantities
from claimtrack.extraction.bounds import QUALIFIER_BOUNDS
from claimtrack.extraction.numbers import TENS, UNITS
from claimtrack.extraction.prefilter import finditer_lowered, letter_words, lowered

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_POOL = ["a", "the", "in", "of", "our", "will", "town", "three", "them", "put", "remained", "brought", "zorvany"]
_PIECES = [*_POOL, " ", "  ", "\t", "\n", ",", ".", "-", "’", "é", "7", "_", "The", "OUR"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join).map(str.lower)


@QUICK
@given(_texts)
@example("our town, the three of them remained")
@example("zorvany put in the zorvany")
def test_hits_and_mask_are_the_plain_lookups(low: str) -> None:
    runs = set(letter_words(low))
    words = prefilter.ascii_words({"town", "zorvany", "of"})
    # the runs in the vocabulary, in order and as often as written (what `word_spans` walks)
    assert prefilter.vocabulary_hits(low, words) == [run for run in letter_words(low) if run in prefilter._VOCABULARY]
    mask = prefilter.word_mask(low)
    for i, gate_words in enumerate(prefilter._GATE_SETS):
        assert bool(mask & prefilter.gate_bit(i)) == (not gate_words.isdisjoint(runs))
    assert bool(mask & prefilter._IN_VOCABULARY) == (not prefilter._VOCABULARY.isdisjoint(runs))


def test_quantities_gates_hold_their_words() -> None:
    assert quantities._may_hold_a_count("Three of the convoys turned back")
    assert not quantities._may_hold_a_count("The convoys turned back at dawn")
    assert quantities._may_hold_word("Some of them stayed", quantities._REMAINING_GATE)
    assert not quantities._may_hold_word("The stay-at-home order", quantities._PRONOUN_PART_GATE)


_SPACES = [" ", "  ", "\t", " \n "]


def test_count_openings_let_every_qualifier_and_number_through_whatever_its_spaces() -> None:
    ahead = re.compile(count_phrases._COUNT_LOOKAHEAD)
    numbers = [*UNITS, *TENS, "half a dozen", "half a million"]
    for phrase in [*count_phrases._QUALIFIERS, *numbers]:  # the qualifiers a count may open with
        for space in _SPACES:
            assert ahead.match(phrase.replace(" ", space)), (phrase, space)


def test_count_twin_finds_the_counts_of_qualifiers_spaced_out() -> None:
    pattern, twin = count_phrases._COUNT_RE, count_phrases._COUNT_TWIN_SCAN
    for qualifier in QUALIFIER_BOUNDS:
        for space in _SPACES:
            for number in ("12", "forty", "3,000", "twenty-five"):
                text = f"Ostvale saw {qualifier.replace(' ', space)} {number} troops"
                assert [(m.span(), m.groupdict()) for m in finditer_lowered(pattern, twin, text, lowered(text))] == [
                    (m.span(), m.groupdict()) for m in pattern.finditer(text)
                ]


@QUICK
@given(st.lists(st.sampled_from(["of", "the", "order", "in", "excess", "total", "for", "forty", "this", "thirty",
                                 "an", "estimated", "40", "some", "more", "than", " ", "  ", "\t", ",", "troops",
                                 "Of", "THE", "Forty"]), max_size=20).map(" ".join))  # fmt: skip
@example("of the order of 40 troops, in excess of forty, an estimated thirty and some more than 5")
def test_count_twin_finds_what_the_count_pattern_finds(text: str) -> None:
    pattern, twin = count_phrases._COUNT_RE, count_phrases._COUNT_TWIN_SCAN
    assert [(m.span(), m.groupdict()) for m in finditer_lowered(pattern, twin, text, lowered(text))] == [
        (m.span(), m.groupdict()) for m in pattern.finditer(text)
    ]
