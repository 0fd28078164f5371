"""Extraction rules: place mentions, the place a claim is about, and the gazetteer hierarchy."""

from __future__ import annotations

import pytest

from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.places import choose_place, find_places


def names(sentence: str) -> list[str]:
    return [m.place.name for m in find_places(sentence)]


def chosen(sentence: str, exclude: list[tuple[int, int]] | None = None):
    return choose_place(sentence, 0, find_places(sentence), exclude or [])


def test_oblast_ancestors_include_its_country() -> None:
    assert [p.name for p in load_gazetteer().ancestors("Kursk Oblast")] == ["Russia"]


def test_city_ancestors_nearest_first() -> None:
    assert [p.name for p in load_gazetteer().ancestors("Kursk")] == ["Kursk Oblast", "Russia"]


def test_country_has_no_ancestors() -> None:
    assert load_gazetteer().ancestors("Russia") == []


@pytest.mark.parametrize(
    ("alias", "name"),
    [("Kursk region", "Kursk Oblast"), ("kursk province", "Kursk Oblast"), ("Kiev", "Kyiv"), ("Russia", "Russia")],
)
def test_gazetteer_lookup_of_aliases(alias: str, name: str) -> None:
    place = load_gazetteer().lookup(alias)
    assert place is not None and place.name == name


def test_kursk_region_is_kursk_oblast() -> None:
    place = chosen("Troops massed in Russia's Kursk region.")
    assert place is not None
    assert place.name == "Kursk Oblast"
    assert place.raw == "Kursk region"
    assert place.country == "Russia"
    assert "Russia" in place.ancestors


def test_eastern_russia() -> None:
    place = chosen("Soldiers are training in eastern Russia.")
    assert place is not None
    assert place.raw == "eastern Russia"
    assert place.country == "Russia"
    assert place.name != "Russia"  # a part of the country, not the whole


def test_occupied_territories_of_ukraine() -> None:
    place = chosen("Officers are already in the occupied territories of Ukraine.")
    assert place is not None
    assert place.raw == "occupied territories of Ukraine"
    assert place.country == "Ukraine"
    assert "Ukraine" in place.ancestors


def test_outlet_name_is_not_a_place() -> None:
    assert "Kyiv" not in names("The Kyiv Independent reported the attack.")


def test_lowercase_common_word_is_not_a_place() -> None:
    assert names("He ate a georgia peach.") == []


def test_city_comma_country_is_one_place() -> None:
    assert names("They sailed to Vladivostok, Russia last week.") == ["Vladivostok"]


def test_destination_beats_origin() -> None:
    place = chosen("Soldiers travelled from Vladivostok to Kursk Oblast.")
    assert place is not None and place.name == "Kursk Oblast"


def test_specific_place_beats_country() -> None:
    place = chosen("North Korea sent soldiers to Russia, to the Kursk region.")
    assert place is not None and place.name == "Kursk Oblast"


def test_speaker_words_are_excluded() -> None:
    sentence = "Kyiv says 5,000 soldiers arrived in Belgorod."
    place = chosen(sentence, exclude=[(0, 4)])
    assert place is not None and place.name != "Kyiv"


def test_mention_offsets() -> None:
    sentence = "Fighting continued near Kyiv."
    (m,) = find_places(sentence, 1000)
    assert sentence[m.start - 1000 : m.end - 1000] == "Kyiv"


def test_no_place() -> None:
    assert chosen("Soldiers crossed the river.") is None


@pytest.mark.parametrize(
    ("alias", "name", "ancestors"),
    [
        ("Tetkino", "Tyotkino", ["Kursk Oblast", "Russia"]),
        ("Grayvoron", "Graivoron", ["Belgorod Oblast", "Russia"]),
        ("Debaltsevo", "Debaltseve", ["Donetsk Oblast", "Ukraine"]),
        ("Armyansk", "Armiansk", ["Crimea", "Ukraine"]),
        ("Mariinka", "Marinka", ["Donetsk Oblast", "Ukraine"]),
        ("South-East Asia", "Southeast Asia", ["Asia"]),
        ("Capri", "Capri", ["Italy"]),
    ],
)
def test_added_war_places_resolve_with_their_hierarchy(alias: str, name: str, ancestors: list[str]) -> None:
    gaz = load_gazetteer()
    place = gaz.lookup(alias)
    assert place is not None and place.name == name
    assert [p.name for p in gaz.ancestors(name)] == ancestors


def test_an_added_capital_is_what_the_capital_names() -> None:
    assert load_gazetteer().capital_of("Bulgaria").name == "Sofia"
    assert [m.place.name for m in find_places("Talks opened in Sofia, Bulgaria's capital.")][0] == "Sofia"
