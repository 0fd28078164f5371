"""The occasion test: a substring test for its verbs, then the pattern; the needles never change the answer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.extraction import date_carry
from claimtrack.extraction.date_carry import names_an_occasion

_WORDS = ["He", "met", "Metres", "meets", "spoke", "visited", "attended", "addressed", "appeared on", "by", "the",
          "minister", "Kyiv", "something", "on Thursday", ",", ".", "\n"]  # fmt: skip


def test_a_meeting_names_an_occasion_and_a_sentence_without_its_verbs_does_not() -> None:
    assert names_an_occasion("The minister met his counterpart on Thursday.")
    assert not names_an_occasion("Troops advanced.")
    assert not names_an_occasion("Metres of trench were dug.")  # "met" only as a piece of a word


@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_the_needles_are_an_exact_gate_for_the_pattern(words: list[str]) -> None:
    sentence = " ".join(words)
    assert names_an_occasion(sentence) == (date_carry._OCCASION_SCAN.search(sentence) is not None)
