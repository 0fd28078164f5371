"""Place rules that reach a claim's place through the sentence's grammar: a copula's place predicate, a city's
office, "X is part of Y", and the city a sentence names before "the city" refers to it."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.place_references import PlaceContext
from claimtrack.extraction.places import choose_place, find_places


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


# --- a place before an officer's name; settlements the gazetteer lacks ---------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Mayor of Kharkiv Ihor Petrenko said that after the shelling of the city, 30 buildings are destroyed.",
         "Kharkiv"),
        ("Mer Lviv Andriy Koval said the city gave 15 million hryvnias to the army.", "Lviv"),
    ],
)
def test_a_place_after_an_office_is_found_before_the_officers_name(text: str, name: str) -> None:
    assert claim_places(text) == [name]


def test_a_place_before_a_longer_name_is_still_part_of_it() -> None:
    assert roles("The Moscow Times reported it.") == {}


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("Officials said fighting continues in the city of Zlatograd.", "Zlatograd", "city"),
        ("The governor said houses burned in the village of Novoselivka Druha.", "Novoselivka Druha", "village"),
        ("Police said 5 people died in the small town of Kamianka-Buzka.", "Kamianka-Buzka", "town"),
    ],
)
def test_an_unlisted_settlement_is_a_place(sentence: str, name: str, kind: str) -> None:
    [mention] = [m for m in find_places(sentence) if m.source == "unlisted"]
    assert (mention.place.name, mention.place.kind, mention.role) == (name, kind, "location")
    assert chosen_name(sentence) == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Shelling hit the city of Kharkiv again.",  # the gazetteer knows it
        "The city of Ukrainian heroes stood.",  # an adjective, not a name
        "The town of the dead lay silent.",  # no name
    ],
)
def test_no_unlisted_settlement(sentence: str) -> None:
    assert [m for m in find_places(sentence) if m.source == "unlisted"] == []


# --- a name that acts past the company it keeps ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Israel, along with a dozen other nations, is evacuating 300 diplomats.", "Israel"),
        ("Poland, like other NATO states, has sent 200 tanks.", "Poland"),
        ("The United States, together with its allies, will not waver.", "United States"),
    ],
)
def test_a_polity_acts_past_an_aside_of_company(sentence: str, name: str) -> None:
    assert [m.role for m in find_places(sentence) if m.place.name == name] == ["owner"]


def test_company_after_a_location_leaves_it_a_location() -> None:
    assert roles("Troops moved to Poland, along with 30 tanks, on Monday.") == {"Poland": "location"}
