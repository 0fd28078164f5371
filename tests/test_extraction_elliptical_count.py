"""A count whose noun is left out ("Three were pulled out alive.") goes on with the report of the sentence before."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims

PUBLISHED = dt.date(2024, 5, 2)


def _counts(text: str) -> list[tuple[float | None, str | None]]:
    claims = extract_claims("Regional news\n\n" + text, PUBLISHED)
    return sorted((c.quantity.low, c.actor.name if c.actor else None) for c in claims if c.quantity is not None)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("The mayor said a drone hit an apartment block and trapped nine residents. Four were rescued by evening.", 4),
        ("The mayor said a missile struck a bus depot near the river. 14 have since died in hospital.", 14),
        ("The mayor said an explosion shook the railway station at dawn. Two were killed and 11 wounded.", 2),
    ],
)
def test_an_elliptical_count_keeps_the_speaker_of_the_sentence_before(text: str, low: float) -> None:
    assert (low, "mayor") in [(n, (who or "").lower()) for n, who in _counts(text)]


@pytest.mark.parametrize(
    "text",
    [
        # another paragraph, of more than that sentence: the reporter's own words (alone in the next paragraph, the
        # count goes on with the report: test_extraction_follow_on.py)
        "The mayor said a drone hit an apartment block.\n\nFour were rescued by evening. Crews cleared the road.",
        # the count has its noun: a new statement, not a part of the last one
        "The mayor said a drone hit an apartment block. Two days later, 5 people were arrested.",
    ],
)
def test_no_carry_across_paragraphs_or_to_a_count_with_its_own_noun(text: str) -> None:
    assert all(who is None or who.lower() != "mayor" or n not in (4, 5) for n, who in _counts(text))
