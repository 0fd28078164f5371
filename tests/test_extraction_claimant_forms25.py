"""Extraction rules (stop 25, branch speak25): claimants named in forms the extractor did not read, and speakers
it took wrongly. Each rule has a sentence of its own and a near miss it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import government_seated_in, outlet_of_reporters, resolve_actor
from claimtrack.extraction.follow_on import reported_without_agent
from claimtrack.records import ExtractedClaim

DAY = date(2024, 3, 1)


def _claims(text: str) -> list[ExtractedClaim]:
    return [c for c in extract_claims(text, DAY) if c.quantity is not None]


def _speaker_of(text: str, low: float) -> str | None:
    for claim in _claims(text):
        if claim.quantity is not None and claim.quantity.low == low:
            return claim.actor.name if claim.actor else None
    raise AssertionError(f"no claim of {low} in {text!r}")


# --- a body named after the noun of its kind ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Rights watchdog Vesna Watch", "Vesna Watch"),
        ("Protest monitoring group ABC-Info", "ABC-Info"),  # capitals inside: no person's name
        ("Conflict monitor Skyline", "Skyline"),
        ("the charity Free Voices", "Free Voices"),
        ("Charity Free Voices", "Free Voices"),  # the kind noun capitalised at the sentence's start
        ("Lithuanian NGO Open Borders", "Open Borders"),
    ],
)
def test_a_kind_noun_before_a_name_makes_a_body(phrase: str, name: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and actor.name == name and actor.kind == "organisation"


@pytest.mark.parametrize("phrase", ["OSCE monitor Anna Berg", "Union Minister Anna Berg", "Bank governor Anna Berg"])
def test_a_role_before_a_persons_name_keeps_the_person(phrase: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and actor.kind == "person" and actor.name == "Anna Berg"


def test_a_kind_noun_apposition_speaks_in_a_sentence() -> None:
    text = "Rights watchdog Vesna Watch said that more than 2,400 people had been detained at the rallies."
    assert _speaker_of(text, 2400) == "Vesna Watch"


# --- a body of people named by them in a plural possessive --------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("the Syrian nurses' union", "Syrian nurses' union"), ("the miners' association", "Miners' association")],
)
def test_a_plural_possessive_before_a_body_noun_names_a_body(phrase: str, name: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and actor.name == name and actor.kind == "organisation"


def test_a_plural_possessive_before_no_body_noun_names_none() -> None:
    assert resolve_actor("the doctors' offices") is None


def test_a_members_union_speaks() -> None:
    text = "The Syrian nurses' union said 41 civilians were killed in the shelling of the market."
    assert _speaker_of(text, 41) == "Syrian nurses' union"


# --- a body named by its head noun and the matter it deals with ---------------------------------------------


def test_a_body_on_a_lowercase_topic_speaks() -> None:
    actor = resolve_actor("Georgia's national bureau for missing persons")
    assert actor is not None and actor.kind == "organisation" and actor.affiliation == "Georgia"
    text = "Moldova's coordination office for prisoners of war says 212 soldiers have been returned home."
    assert _speaker_of(text, 212) == "Moldova's coordination office for prisoners of war"


def test_a_person_heading_a_body_on_a_topic_is_no_body() -> None:
    actor = resolve_actor("the head of the office for refugees")
    assert actor is None or actor.kind != "organisation"


# --- verbs of counting and identifying -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Investigative outlet Verstka has identified by name 12,000 soldiers killed in the war.",
        "Independent outlet Verstka has tallied 12,000 soldiers killed in the war.",
    ],
)
def test_a_counting_verb_before_a_number_is_a_cue(text: str) -> None:
    assert _speaker_of(text, 12000) == "Verstka"


def test_identified_before_no_number_is_no_cue() -> None:
    assert _claims("Investigative outlet Verstka identified the commander of the unit.") == []


# --- a capital standing for its government -------------------------------------------------------------------


@pytest.mark.parametrize(("city", "country"), [("Khartoum", "Sudan"), ("Riyadh", "Saudi Arabia")])
def test_a_gazetteer_capital_names_its_government(city: str, country: str) -> None:
    assert government_seated_in(city) == country
    actor = resolve_actor(city)
    assert actor is not None and actor.name == country and actor.affiliation == country


def test_a_seat_of_other_bodies_and_a_lowercase_word_name_no_government() -> None:
    assert government_seated_in("Brussels") is None
    assert government_seated_in("khartoum") is None
    assert government_seated_in("Omdurman") is None  # a city, no capital


def test_a_capital_for_its_part_speaks() -> None:
    text = "Minsk for its part said it had intercepted 12 drones over its territory."
    assert _speaker_of(text, 12) == "Belarus"
    assert _speaker_of("Riyadh estimates that 2,000 fighters crossed the border.", 2000) == "Saudi Arabia"


def test_a_capital_as_a_place_is_no_speaker() -> None:
    assert _speaker_of("Drones hit Khartoum overnight, injuring 3 people, officials said.", 3) == "officials"


# --- reporters as witnesses ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Journalists from Reuters saw at least 15 bodies in the street.",
        "A Reuters reporter counted 9 burned-out tanks along the road.",
        "Reuters journalists witnessed 9 burned-out tanks along the road.",
    ],
)
def test_reporters_of_an_outlet_witness_for_it(text: str) -> None:
    claims = _claims(text)
    assert claims and claims[0].actor is not None and claims[0].actor.name == "Reuters"
    assert claims[0].actor.kind == "media"


def test_seeing_is_no_cue_unless_reporters_see() -> None:
    assert _claims("Kyiv saw 30 attacks overnight.") == []
    assert _claims("The village saw at least 15 houses burn.") == []


def test_reporters_seeing_in_a_quote_is_no_cue() -> None:
    text = 'Anna Berg spoke at the forum. "Journalists from Reuters saw 15 bodies there," she wrote in a column.'
    assert all(c.actor is None or c.actor.name != "Reuters" for c in _claims(text))


def test_reporters_of_no_known_outlet_name_no_outlet() -> None:
    assert outlet_of_reporters("a BBC reporter") == "BBC"
    assert outlet_of_reporters("a local reporter") is None
    assert outlet_of_reporters("a Kremlin aide") is None


def test_a_correspondents_sign_off_is_no_claim_of_the_outlet() -> None:
    text = "The minister said 300 soldiers had been trained in Kyiv, a Reuters correspondent reports."
    assert all(c.actor is None or c.actor.name != "Reuters" for c in _claims(text))


# --- a participle clause: the main clause's subject, a pronoun, speaks ---------------------------------------


def test_a_pronoun_subject_speaks_a_saying_participle() -> None:
    text = (
        "President Anna Berg said that the situation was difficult. She renewed her call for allies to supply "
        "air defence systems, saying the country needed at least 7 Patriot batteries."
    )
    assert _speaker_of(text, 7) == "Anna Berg"


# --- an agentless passive of reporting goes on with the speaker before ---------------------------------------


def test_it_was_added_goes_on_with_the_speaker_before() -> None:
    text = "The regional governor said 5 people were killed. It was added that 14 drones were downed."
    assert _speaker_of(text, 14) == _speaker_of(text, 5)


def test_it_was_added_after_no_speaker_is_nobodys() -> None:
    assert _claims("Heavy fighting went on near the town. It was added that 14 drones were downed.") == []


def test_an_agentless_report_form() -> None:
    assert reported_without_agent("It was also reported that 14 drones were downed.")
    assert not reported_without_agent("It was reported by Interfax that 14 drones were downed.")
    assert not reported_without_agent("It was a hard night for the city.")


# --- wrong speakers ------------------------------------------------------------------------------------------


def test_as_an_outlet_reported_earlier_relays_the_claimant() -> None:
    claims = _claims("As Interfax reported earlier, Ukraine claimed 700 soldiers were killed.")
    assert claims and claims[0].actor is not None and claims[0].actor.name == "Ukraine"
    assert claims[0].relayed_by is not None and claims[0].relayed_by.name == "Interfax"


def test_an_outlet_reporting_alone_keeps_the_outlet() -> None:
    assert _speaker_of("As Interfax reported earlier, 30 drones hit the city.", 30) == "Interfax"


@pytest.mark.parametrize(
    "text",
    [
        "A declassified US intelligence assessment shared with Congress estimated that 200,000 troops had died.",
        "A US intelligence assessment presented to lawmakers estimated that 200,000 troops had died.",
    ],
)
def test_the_addressee_of_a_document_is_no_speaker(text: str) -> None:
    speaker = _speaker_of(text, 200000)
    assert speaker is not None and "intelligence" in speaker and "Congress" not in speaker


def test_a_speaker_with_to_after_a_noun_is_still_the_speaker() -> None:
    assert _speaker_of("Poland's ambassador to the UN said 300 refugees arrived.", 300) != "UN"


def test_a_hyphenated_role_in_apposition_names_the_speaker() -> None:
    text = (
        "Oleksandr Prokudin said 2 people died. Gen Oleksandr Syrskyi, Ukraine's commander-in-chief, said "
        "40,000 Russian troops had massed near Kharkiv."
    )
    assert _speaker_of(text, 40000) == "Oleksandr Syrskyi"


def test_a_pronoun_subject_is_not_the_person_named_in_its_own_clause() -> None:
    text = (
        "Alexander Lukashenko met troops on Monday. Kovalenka was speaking at the club later. She had been "
        "challenged by a reporter about whether she supported Lukashenko and, after declining to answer, later "
        "said 30 people were held."
    )
    assert all(c.actor is None or c.actor.name != "Alexander Lukashenko" for c in _claims(text))


def test_an_assessment_speaks_for_its_author_and_a_titled_one_for_no_person() -> None:
    actor = resolve_actor("The leaked Pentagon assessment")
    assert actor is not None and actor.name == "Pentagon"
    titled = resolve_actor("Annual Threat assessment")
    assert titled is None or titled.kind != "person"
