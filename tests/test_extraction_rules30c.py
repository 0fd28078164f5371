"""When it was said, stop 30 (rules30c): seasons as dates at month precision ("last autumn", "the summer of 2023"),
and a date closing a fronted phrase naming the statement ("In a separate statement on Thursday, X said").
Sentences written for these tests; every rule has a near miss that must not fire."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.dates import find_dates

PUBLISHED = dt.date(2024, 6, 14)  # a Friday


def _dated(text: str, published: dt.date = PUBLISHED) -> dict[float, tuple[str | None, str | None, str | None]]:
    """Each counted claim's low bound -> (claimant, claim date, event date)."""
    return {
        c.quantity.low: (
            c.actor.name if c.actor else None,
            c.claim_date.iso() if c.claim_date else None,
            c.event_date.iso() if c.event_date else None,
        )
        for c in extract_claims(text, published)
        if c.quantity is not None and c.quantity.low is not None
    }


def _seasons(sentence: str, published: dt.date = PUBLISHED) -> list[tuple[str, str | None, bool]]:
    return [(d.ref.raw, d.ref.iso(), d.future) for d in find_dates(sentence, 0, published)]


# --- seasons --------------------------------------------------------------------------------------------------------


def test_a_season_with_a_year_is_the_month_it_opens() -> None:
    assert _seasons("in the summer of 2023 the camp grew") == [("in the summer of 2023", "2023-06", False)]
    assert _seasons("during autumn 2022 it rained") == [("during autumn 2022", "2022-09", False)]
    assert _seasons("the winter of 2022-23 was hard") == [("the winter of 2022-23", "2022-12", False)]
    assert _seasons("in the fall of 2021 they left") == [("in the fall of 2021", "2021-09", False)]


def test_a_relative_season_is_read_from_publication() -> None:
    assert _seasons("last autumn") == [("last autumn", "2023-09", False)]
    assert _seasons("this spring") == [("this spring", "2024-03", False)]
    assert _seasons("last winter") == [("last winter", "2023-12", False)]
    assert _seasons("this winter") == [("this winter", "2024-12", True)]
    assert _seasons("next summer") == [("next summer", "2025-06", True)]
    # in January, "this winter" is the one under way, opened the December before
    assert _seasons("this winter", dt.date(2024, 1, 20)) == [("this winter", "2023-12", False)]
    # in December, the autumn just over is "last autumn"
    assert _seasons("last autumn", dt.date(2024, 12, 5)) == [("last autumn", "2024-09", False)]


def test_a_season_dates_the_saying() -> None:
    claims = _dated("Last autumn, the Korvan army said 300 soldiers had deserted from the Telsk brigade.")
    assert claims[300][1] == "2023-09"
    claims = _dated("In the summer of 2023, governor Ilo Varska said 120 civilians had been evacuated from Brask.")
    assert claims[120][1] == "2023-06"


def test_near_miss_a_season_without_a_time_word_or_the_verb_fall_is_no_date() -> None:
    assert _seasons("The spring offensive stalled in the mud") == []
    assert _seasons("Figures could fall 2023 levels") == []
    assert _seasons("The fall of the town was reported") == []


# --- a fronted phrase naming the statement ---------------------------------------------------------------------------


def test_a_date_closing_a_fronted_statement_phrase_dates_the_saying() -> None:
    text = (
        "In a separate statement on Thursday, the head of the agency, Darun Pelk, said 45 people had been killed "
        "in the strikes on Morvask."
    )
    assert _dated(text)[45][1:] == ("2024-06-13", None)
    text = "In an interview with Radio Kelm on Tuesday, Darun Pelk, the agency chief, said 60 people had been wounded."
    assert _dated(text)[60][1:] == ("2024-06-11", None)


def test_near_miss_a_fronted_place_or_a_statement_about_a_dated_event_does_not() -> None:
    text = "In a village on Thursday, the head of the agency, Darun Pelk, said 45 people had been killed."
    assert _dated(text)[45][1] is None
    text = "In a statement on Thursday's strike, the head of the agency, Darun Pelk, said 45 people had been killed."
    assert _dated(text)[45][1] is None


def test_near_miss_an_owned_last_season_is_the_final_one() -> None:
    assert _seasons("It may be the tyrant's last winter in power") == []
    assert _seasons("They spent their last summer in Brask") == []


# --- "later said" after words dated in an earlier year ------------------------------------------------------------


_RETOLD = (
    "At Brask, a junction lost in early 2016, the then defence minister Arno Velk said on 4 March 2016 that most of "
    "the troops had left. The army's general staff {verb} 140 soldiers had been killed in the fighting."
)


def test_later_said_after_words_of_an_earlier_year_takes_that_year() -> None:
    claims = _dated(_RETOLD.format(verb="later said"), dt.date(2024, 1, 20))
    assert claims[140][1] == "2016"
    claims = _dated(_RETOLD.format(verb="said later that"), dt.date(2024, 1, 20))
    assert claims[140][1] == "2016"


def test_near_miss_later_after_words_of_this_year_or_no_later_keeps_no_such_date() -> None:
    assert _dated(_RETOLD.format(verb="said"), dt.date(2024, 1, 20))[140][1] != "2016"
    recent = _RETOLD.replace("4 March 2016", "14 January 2024").format(verb="later said")
    assert _dated(recent, dt.date(2024, 1, 20))[140][1] != "2024"
