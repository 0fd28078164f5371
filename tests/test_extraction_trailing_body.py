"""A named body closing a sentence after its only comma, its verb dropped (translated and live-blog copy)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims

PUBLISHED = dt.date(2024, 5, 2)


def _claims(sentence: str):
    return extract_claims("Overnight updates\n\n" + sentence, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "speaker", "low"),
    [
        ("Forty-two blasts were counted along the border over the past day, the Chernihiv Regional Military "
         "Administration.", "Chernihiv Regional Military Administration", 42),
        ("At least 12 drones were shot down over the region overnight, the Regional Military Administration.",
         "Regional Military Administration", 12),
        ("Two rescuers were injured while clearing the rubble on Tuesday, the State Emergency Service.",
         "State Emergency Service", 2),
    ],
)
def test_a_body_after_the_only_comma_is_the_speaker_of_the_count(sentence: str, speaker: str, low: int) -> None:
    claims = [c for c in _claims(sentence) if c.quantity is not None]
    assert claims, sentence
    assert claims[0].actor is not None and claims[0].actor.name.startswith(speaker)
    assert claims[0].quantity.low == low


def test_the_next_sentence_going_on_from_it_keeps_that_speaker() -> None:
    claims = _claims("Seven shells hit the village during the night, the Regional Military Administration. "
                     "As a result, two people were wounded.")
    counts = sorted((c.quantity.low, c.actor.name if c.actor else None) for c in claims if c.quantity)
    assert counts == [(2, "Regional Military Administration"), (7, "Regional Military Administration")]


@pytest.mark.parametrize(
    "sentence",
    [
        "He met the head of the agency, the Foreign Ministry.",  # an appositive, no figure
        "The 3 trucks went to the army, the police, the Interior Ministry.",  # a list's last item
        "In 2022, the Defence Ministry.",  # no clause of its own before the comma
    ],
)
def test_an_appositive_or_a_list_is_no_source(sentence: str) -> None:
    assert all(c.actor is None or "Ministry" not in c.actor.name for c in _claims(sentence))
