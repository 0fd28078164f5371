"""Families found by probing the extractor with unseen wire, translated and Telegram-style sentences (issue #3):
an age in apposition, the side of a sender before a modal, a city's name standing for its region, translated
personnel nouns ("occupiers") and military units as speakers."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.records import ExtractedClaim

PUBLISHED = dt.date(2024, 10, 25)


def counted(text: str) -> list[ExtractedClaim]:
    return [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]


def only_count(text: str) -> ExtractedClaim:
    claims = counted(text)
    assert len(claims) == 1, [c.quantity.raw for c in claims if c.quantity]
    return claims[0]


# --- the side that sends: past the modals, never across a verb of saying ------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("North Korea is ready to send a further 6,000 troops, the official said.", "North Korean troops"),
        ("Belarus could be deploying up to 20,000 soldiers near Volyn, the spokesman said.", "Belarusian troops"),
        ("Russia is losing an average of 1,100 soldiers a day, the ministry said.", "Russian troops casualties"),
        ("North Korea plans to dispatch 3,000 more soldiers, the lawmaker said.", "North Korean troops"),
    ],
)
def test_the_sender_before_a_modal_is_the_counts_side(text: str, subject: str) -> None:
    assert only_count(text).subject == subject


def test_a_speaker_before_another_side_does_not_send() -> None:
    # "Ukraine said": Ukraine speaks; Russia is the one that sent the troops
    assert only_count("Ukraine said Russia has sent 700 troops to the Belarusian border.").subject == "Russian troops"


# --- a city's name standing for its region ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Air defences downed 31 drones over the Bryansk and Kursk regions, the ministry said.", "Bryansk Oblast"),
        ("The general said 4,000 troops were moved to the Zaporizhzhia and Kherson regions.", "Zaporizhzhia Oblast"),
        ("The enemy has massed 9 000 servicemen in the Kursk direction, the commander said.", "Kursk Oblast"),
        ("Some 7,000 North Korean troops were in Russia, most of them in the Kursk border region, the official "
         "said.", "Kursk Oblast"),
    ],
)
def test_a_city_name_before_regions_or_a_direction_is_the_region(text: str, place: str) -> None:
    claim = only_count(text)
    assert claim.place is not None and claim.place.name == place


def test_a_city_name_before_other_nouns_stays_the_city() -> None:
    # no "Pokrovsk region" in the gazetteer; "cities" after the list keeps them cities
    assert only_count("Russia has 40,000 troops in the Pokrovsk direction, the spokesman said.").place.name \
        == "Pokrovsk"
    assert only_count("Strikes on the Kharkiv and Sumy cities wounded 12 people, officials said.").place.name \
        == "Kharkiv"


# --- translated personnel nouns and "destroyed" personnel ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "subject"),
    [
        ("Over 1.1 thousand occupiers were eliminated over the past day, the General Staff reports.", 1100,
         "troops killed"),
        ("In total, 1 280 occupiers were neutralized over the day, the spokesman said.", 1280, "troops killed"),
        ("The Defense Forces destroyed 1,160 occupiers over the past day, the General Staff reported.", 1160,
         "troops killed"),
        ("Ukrainian drones destroyed about 240 Russian invaders near Kupiansk, the commander said.", 240,
         "Russian troops killed"),
    ],
)
def test_occupiers_are_personnel_and_destroyed_personnel_are_killed(text: str, low: int, subject: str) -> None:
    claim = only_count(text)
    assert claim.quantity is not None and claim.quantity.low == low
    assert claim.kind == "casualties" and claim.subject == subject


def test_destroyed_elsewhere_in_the_sentence_does_not_kill_a_deployment() -> None:
    claim = only_count("A missile destroyed a barracks where 200 soldiers were stationed, the official said.")
    assert claim.kind == "deployment"
