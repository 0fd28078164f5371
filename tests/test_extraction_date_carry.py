"""The occasion test reads a document's needles once: a sentence of it answers as with all of them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.extraction.date_carry import OCCASION_NEEDLES, names_an_occasion, occasion_needles

_WORDS = ["He", "met", "Metres", "meets", "spoke", "visited", "attended", "addressed", "appeared on", "by", "the",
          "minister", "Kyiv", "something", "on Thursday", ",", ".", "\n"]  # fmt: skip


def test_occasion_needles_are_those_the_document_holds() -> None:
    assert occasion_needles("The minister spoke on Thursday.") == ("spoke",)
    assert occasion_needles("Nothing of the sort here.") == ()
    assert occasion_needles("He met her and visited Kyiv.") == ("met", "visited")


def test_a_sentence_without_its_documents_needles_names_no_occasion() -> None:
    document = "Troops advanced. The minister met his counterpart on Thursday."
    needles = occasion_needles(document)
    assert names_an_occasion("The minister met his counterpart on Thursday.", needles)
    assert not names_an_occasion("Troops advanced.", needles)
    assert not names_an_occasion("He met them.", ())


@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.data())
def test_a_slice_answers_as_with_every_needle(words: list[str], data: st.DataObject) -> None:
    document = " ".join(words)
    start = data.draw(st.integers(0, len(document)))
    end = data.draw(st.integers(start, len(document)))
    sentence = document[start:end]
    assert names_an_occasion(sentence, occasion_needles(document)) == names_an_occasion(sentence, OCCASION_NEEDLES)
