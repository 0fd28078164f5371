"""Appeals, bodies named again, members of bodies, inverted speakers and counts that go on (issue #3)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import is_unnamed_body, resolve_actor
from claimtrack.extraction.quantities import find_counts

PUBLISHED = dt.date(2024, 5, 6)


def claims(text: str) -> list[tuple[str | None, tuple[float | None, float | None] | None]]:
    return [
        (c.actor.name if c.actor else None, (c.quantity.low, c.quantity.high) if c.quantity else None)
        for c in extract_claims(text, PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Estonian presidency has called for a special tribunal over the shelling.", "Estonian presidency"),
        ("Pope Francis calls for a ceasefire around the besieged plant.", "Pope Francis"),
        ("Senator Jane Miller urged the administration to send more air defence.", "Jane Miller"),
        ("In a statement, Anna Berg denounced the vote as a sham.", "Anna Berg"),
    ],
)
def test_an_appeal_is_its_speakers_statement(text: str, name: str) -> None:
    assert claims(text) == [(name, None)]


def test_an_appeal_reports_no_count() -> None:
    assert claims("Anna Berg called for 300 more interceptors.") == [("Anna Berg", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The general urged Ivan Petrov to resign before the vote.",
        "Lawmakers urged Anna Berg to publish the list.",
    ],
)
def test_whom_an_appeal_addresses_is_no_speaker(text: str) -> None:
    assert all(name not in {"Ivan Petrov", "Anna Berg"} for name, _ in claims(text))


def test_a_background_appeal_gives_way_to_what_is_said() -> None:
    text = "Anna Berg, who has called for a boycott of the games, said on Friday that 12 teams would stay away."
    found = extract_claims(text, PUBLISHED)
    assert [(c.actor.name, c.claim_date.iso() if c.claim_date else None) for c in found] == [
        ("Anna Berg", "2024-05-03")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ministry of Defence said 20 drones were shot down. The ministry added that 300 soldiers were trained.",
         "Ministry of Defence"),
        ("The State Emergency Service said 12 people were rescued. The service added that 3 people were missing.",
         "State Emergency Service of Ukraine"),
    ],
)
def test_a_body_named_again_by_its_head_is_the_body(text: str, name: str) -> None:
    assert [n for n, _ in claims(text)] == [name, name]


def test_a_bank_is_a_body() -> None:
    actor = resolve_actor("the bank")  # no bank named: an unnamed body of that kind (stop 25, actor25b)
    assert actor is not None and is_unnamed_body(actor) and actor.name == "bank"
    named = resolve_actor("the National Bank of Ukraine")
    assert named is not None and named.kind == "organisation"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Maria Kowalska of the Women's League", "Maria Kowalska"),
        ("John Miller of the Atlantic Council", "John Miller"),
    ],
)
def test_a_member_of_a_body_is_the_speaker(phrase: str, name: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and (actor.name, actor.kind) == (name, "person")


@pytest.mark.parametrize("phrase", ["the Ministry of Defence of Ukraine", "the Secretary General of NATO"])
def test_a_body_or_a_title_of_a_body_is_no_member(phrase: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and actor.name not in {"Ministry of Defence", "Secretary General"}
    assert actor.kind == "organisation"


@pytest.mark.parametrize(
    "phrase", ["the office of the prosecutor general", "the department of public health", "ministry of justice"]
)
def test_a_bodys_office_of_a_role_is_a_body(phrase: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and actor.kind == "organisation"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- We count 4,000 men of conscript age here - said in TVN24 ambassador of Ukraine in Poland Anna Berg.",
         "Anna Berg"),
        ("- The bridge will be closed for 30 days - said on Sunday the mayor of the city Ivan Petrov.", "Ivan Petrov"),
        ("- We hold the line - said envoy of Latvia to the UN Karlis Ozols.", "Karlis Ozols"),
    ],
)
def test_an_inverted_speaker_after_a_setting_or_a_role_of(text: str, name: str) -> None:
    assert [n for n, _ in claims(text)] == [name]


def test_equal_counts_of_two_things_in_a_sentence_stay_two() -> None:
    text = "The firm ordered 50,000 helmets and 50,000 bulletproof vests, the newspaper reported."
    assert claims(text) == [("newspaper", (50_000, 50_000)), ("newspaper", (50_000, 50_000))]


def test_a_count_repeated_in_two_sentences_is_one_claim() -> None:
    text = "The army said 400 soldiers arrived. The army said the 400 soldiers were trained."
    assert len(claims(text)) == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Four people were pulled out alive from the collapsed school, the governor said.", 4),
        ("Rescuers rescued 17 people from the flooded village, the governor said.", 17),
        ("Nine miners have been rescued so far, the governor said.", 9),
        ("The governor said three were pulled out alive.", 3),
    ],
)
def test_people_rescued_are_counted_as_rescued(text: str, value: int) -> None:
    (claim,) = extract_claims(text, PUBLISHED)
    assert claim.quantity is not None and claim.quantity.low == value and claim.kind == "rescue"


def test_a_count_of_rescuers_is_no_rescue() -> None:
    (count,) = find_counts("Some 25 rescuers were working at the site.")
    assert count.unit == "rescuers"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Forty rockets hit the town, the governor said. As a result, at least two people died.",
         ("governor", (2, None))),
        ("Police detained 120 protesters, a monitoring group said. Among them were 15 journalists.",
         ("Monitoring group", (15, 15))),
    ],
)
def test_a_sentence_that_goes_on_with_the_last_is_its_speakers(text: str, second: tuple) -> None:
    assert claims(text)[1] == second


def test_a_new_paragraph_or_another_opener_does_not_go_on() -> None:
    assert claims("The governor said rockets hit the town.\n\nAs a result, 12 people died.")[1:] == []
    assert claims("Forty rockets hit the town, the governor said. Later, 12 people died.")[1:] == []


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("Last month, Defence Minister Anna Berg put 4,200 troops on heightened alert, as talks stalled.",
         "Anna Berg", 4200),
        ("The Pentagon has put 3,000 soldiers on standby.", "Pentagon", 3000),
        ("The prosecutor Ivan Petrov named 12 Russian soldiers suspected of looting.", "Ivan Petrov", 12),
    ],
)
def test_who_orders_or_names_a_count_claims_it(text: str, name: str, value: int) -> None:
    assert claims(text) == [(name, (value, value))]


def test_named_without_a_number_or_in_the_passive_is_no_cue() -> None:
    assert claims("He was named 3 times in the report.") == []
    assert claims("The council named a street after the pilot.") == []
