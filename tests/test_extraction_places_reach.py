"""Place rules that reach a claim's place through the sentence's grammar: a copula's place predicate, a city's
office, "X is part of Y", and the city a sentence names before "the city" refers to it."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.places import PlaceContext, choose_place, find_places


def chosen_name(sentence: str, context: PlaceContext | None = None) -> str | None:
    place = choose_place(sentence, 0, find_places(sentence, 0, context), [])
    return place.name if place else None


def roles(sentence: str) -> dict[str, str]:
    return {m.raw: m.role for m in find_places(sentence)}


def claim_places(text: str) -> list[str | None]:
    return [c.place.name if c.place else None for c in extract_claims(text, dt.date(2022, 5, 10))]


# --- a copula whose predicate is a place makes its subject the place ------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Kyiv is now the safest place in the country.", "Kyiv"),
        ("Odesa remains one of the most visited cities.", "Odesa"),
        ("Kharkiv has become the main target of the shelling.", "Kharkiv"),
        ("If the Russians win, Moldova would be next.", "Moldova"),
        ("Lithuania could clearly be the next target.", "Lithuania"),
    ],
)
def test_a_place_predicate_makes_the_subject_a_location(sentence: str, name: str) -> None:
    assert roles(sentence)[name] == "location"
    assert chosen_name(sentence) == name


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Russia is the aggressor.", "Russia"),
        ("Russia is ready to talk.", "Russia"),
        ("Moscow would be glad to negotiate.", "Moscow"),
    ],
)
def test_a_polity_described_otherwise_still_acts(sentence: str, name: str) -> None:
    assert roles(sentence)[name] == "owner"


def test_a_quoted_place_predicate_places_the_claim() -> None:
    assert claim_places('"Kyiv is now the safest place in the region," said the mayor Ivan Petrenko.') == ["Kyiv"]


# --- a city's mayor or governor is in the city ---------------------------------------------------------


@pytest.mark.parametrize("sentence", ["Moscow mayor Sergei Ivanov spoke.", "Kyiv's mayor spoke on Monday."])
def test_a_capitals_mayor_does_not_make_it_act(sentence: str) -> None:
    assert next(iter(roles(sentence).values())) == "plain"


def test_a_capitals_authorities_are_its_government() -> None:
    assert roles("Kyiv authorities refused the plan.")["Kyiv"] == "owner"


def test_the_city_refers_to_the_mayors_city_in_the_same_sentence() -> None:
    text = "Moscow mayor Sergei Ivanov said 200,000 people in the city could lose their jobs."
    assert claim_places(text) == ["Moscow"]


def test_the_city_of_lowercase_words_is_a_reference() -> None:
    context = PlaceContext()
    context.observe(find_places("Shelling hit Kharkiv again."))
    sentence = "After the withdrawal from the city of foreign firms, 300 jobs were lost."
    assert chosen_name(sentence, context) == "Kharkiv"


# --- "X is part of Y": X is the place ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, name, whole",
    [
        ("Kyiv said Crimea is part of Ukraine.", "Crimea", ["Ukraine"]),
        ("The ministry said Crimea is not part of Russia but part of Ukraine.", "Crimea", ["Russia", "Ukraine"]),
        ("He said Donbas was always an integral part of Ukraine.", "Donbas", ["Ukraine"]),
    ],
)
def test_the_whole_a_place_is_part_of_is_not_the_place(sentence: str, name: str, whole: list[str]) -> None:
    assert all(roles(sentence)[w] == "appositive" for w in whole)
    assert chosen_name(sentence) == name


def test_part_of_a_coordinated_object_is_a_place() -> None:
    sentence = "Russia occupied Crimea and part of Donbas in 2014."
    assert roles(sentence)["Donbas"] != "appositive"
