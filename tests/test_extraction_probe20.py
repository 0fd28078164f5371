"""Families found by probing the extractor with unseen wire, translated and Telegram-style sentences (issue #3):
an age in apposition, the side of a sender before a modal, a city's name standing for its region, translated
personnel nouns ("occupiers") and military units as speakers."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.attribution import without_age_aside
from claimtrack.extraction.sentences import split_sentences
from claimtrack.records import ExtractedClaim

PUBLISHED = dt.date(2024, 10, 25)


def counted(text: str) -> list[ExtractedClaim]:
    return [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]


def only_count(text: str) -> ExtractedClaim:
    claims = counted(text)
    assert len(claims) == 1, [c.quantity.raw for c in claims if c.quantity]
    return claims[0]


# --- an age in apposition between a name and the cue -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Taras Melnyk, 52, said that 4,000 Russian soldiers had crossed the river.", "Taras Melnyk"),
        ("Olena Hrytsenko, 38, a volunteer medic, told reporters 25 people were wounded in the strike.",
         "Olena Hrytsenko"),
        ("Up to 900 conscripts were sent to the border, Ivan Petrov, 61, told the BBC.", "Ivan Petrov"),
        ("Marta Kowalska, aged 44, said 30 civilians had been evacuated to Lviv.", "Marta Kowalska"),
    ],
)
def test_an_age_after_a_name_does_not_hide_the_speaker(text: str, speaker: str) -> None:
    claim = only_count(text)
    assert claim.actor is not None and claim.actor.name == speaker


def test_an_age_after_a_common_noun_or_a_year_is_kept() -> None:
    assert without_age_aside("children aged 12, 14, ") == "children aged 12, 14, "
    assert without_age_aside("Melnyk, 2024, ") == "Melnyk, 2024, "  # a year is no age
    assert without_age_aside("Taras Melnyk, 52, ") == "Taras Melnyk "
    assert without_age_aside("Taras Melnyk, 52, a farmer, ") == "Taras Melnyk, a farmer, "


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


# --- military units as speakers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "affiliation"),
    [
        ("Our drones destroyed 8 tanks near Pokrovsk, the 47th Mechanized Brigade said on Telegram.",
         "47th Mechanized Brigade", None),
        ("Ukraine's 3rd Assault Brigade said it had destroyed 11 Russian tanks.", "Ukraine's 3rd Assault Brigade",
         "Ukraine"),
        ("Gunners hit 14 artillery systems last week, the brigade said.", "Brigade", None),
    ],
)
def test_a_military_unit_speaks(text: str, speaker: str, affiliation: str | None) -> None:
    claim = only_count(text)
    assert claim.actor is not None and claim.actor.kind == "organisation"
    assert claim.actor.name == speaker and claim.actor.affiliation == affiliation


def test_brigades_counted_are_still_a_count_with_their_speaker() -> None:
    claim = only_count("Russia has sent two brigades to Kursk, the official said.")
    assert claim.kind == "deployment" and claim.actor is not None and claim.actor.name == "official"


# --- anonymous sources described by what they know ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "relay"),
    [
        ("Bloomberg, citing people familiar with the matter, reported that 2,000 North Korean troops arrived.",
         "people", "Bloomberg"),
        ("According to a source familiar with the plans, 1,500 troops will be sent to Kursk.", "source", None),
        ("According to US officials familiar with the intelligence, 9,000 North Korean troops are in Kursk.",
         "US officials", None),
    ],
)
def test_a_source_familiar_with_the_matter_is_anonymous(text: str, speaker: str, relay: str | None) -> None:
    claim = only_count(text)
    assert claim.actor is not None and claim.actor.kind == "anonymous" and claim.actor.name == speaker
    assert claim.actor.role is not None and claim.actor.role.startswith("familiar with")
    assert (claim.relayed_by.name if claim.relayed_by else None) == relay


def test_familiar_in_a_named_speakers_words_names_no_source() -> None:
    claim = only_count("Officials familiar with Kursk were surprised that 600 troops came, Kyrylo Budanov said.")
    assert claim.actor is not None and claim.actor.name == "Kyrylo Budanov"


# --- "in the region of" / "on the order of" as a point estimate --------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The figure, the minister said, was in the region of 650,000 killed or wounded.", 650000),
        ("In the region of 1,300 Russian soldiers are killed or wounded every day, the ministry said.", 1300),
        ("Russia has on the order of 550,000 troops in Ukraine, the general said.", 550000),
    ],
)
def test_in_the_region_of_is_a_point_estimate(text: str, value: int) -> None:
    quantity = only_count(text).quantity
    assert quantity is not None and (quantity.low, quantity.high) == (value, value)
    assert quantity.qualifier in {"in the region of", "on the order of"}


def test_in_the_region_of_a_place_qualifies_no_count() -> None:
    text = "The town lies in the region of Donetsk, where 300 troops were sent, the official said."
    quantity = only_count(text).quantity
    assert quantity is not None and quantity.qualifier is None and quantity.raw == "300 troops"


# --- prose glued before page furniture on one line ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Defense Forces destroyed 1,250 occupiers over the past day, the General Staff reported. Subscribe to "
        "our Telegram channel.",
        "Air defences shot down 41 drones overnight, the air force said. Follow us on X.",
        "Officials said 17 people were wounded in the strike on Odesa. Read more: Odesa port hit again",
    ],
)
def test_prose_before_a_subscribe_appeal_on_its_line_is_read(text: str) -> None:
    assert only_count(text).actor is not None


def test_furniture_before_the_prose_or_too_little_prose_drops_the_line() -> None:
    assert split_texts("Subscribe to our newsletter. Russia lost 40 tanks, Kyiv said.") == []
    assert split_texts("12 killed. Subscribe to our channel.") == []


def split_texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]
