"""Families found by the third blind probe (probe22): forms of wire, translated and government copy.

Every sentence here is written for the test; none is taken from a corpus article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.numbers import parse_digits
from claimtrack.extraction.sentences import split_sentences

PUB = dt.date(2023, 5, 10)


def counts(text: str) -> list[tuple[float | None, float | None]]:
    return [(c.quantity.low, c.quantity.high) for c in extract_claims(text, PUB) if c.quantity]


def actors(text: str) -> list[str | None]:
    return [c.actor.name if c.actor else None for c in extract_claims(text, PUB) if c.quantity]


@pytest.mark.parametrize(("text", "value"), [
    ("Since February, 1 million 330 thousand people have crossed the border - informed the Border Guard.", 1_330_000),
    ("The spokesman said 2 million 100 thousand refugees had registered in the country.", 2_100_000),
    ("According to the UN, about 4 million 500 thousand Ukrainians were displaced inside the country.", 4_500_000),
])
def test_million_thousand_compound_is_one_count(text: str, value: int) -> None:
    assert counts(text) == [(value, value)]


def test_compound_parse_and_its_limits() -> None:
    assert parse_digits("3 billion 200 million") == 3_200_000_000
    assert parse_digits("1 million 5 thousand") == 1_005_000
    # a comma parts two counts: the second is read alone
    assert counts("The ministry said 1 million people had left, 330 thousand of them children.")[0] == (1e6, 1e6)
    assert (2_100_000, 2_100_000) not in counts("The spokesman said 2 million, 100 thousand refugees had arrived.")


@pytest.mark.parametrize(("text", "value"), [
    ("The General Staff said Ukrainian forces destroyed 12 units of military equipment near Bakhmut.", (12, 12)),
    ("The official said the enemy keeps up to 50 units of heavy equipment at the plant.", (None, 50)),
    ("Kyiv said Russia had massed over 1,200 pieces of military equipment near the border.", (1200, None)),
    ("The governor said Russian troops had moved 30 units of armored vehicles to the border.", (30, 30)),
])
def test_units_and_pieces_of_equipment_are_counted(text: str, value: tuple) -> None:
    assert counts(text) == [value]


def test_units_still_only_multiply_and_money_is_no_equipment_count() -> None:
    assert counts("The minister said two units of 500 soldiers each had been sent.") == [(1000, 1000)]
    assert counts("The minister said the country had sent military equipment worth 2 billion euros.") == []


@pytest.mark.parametrize(("text", "value"), [
    ("The ministry said Ukraine had lost 26 tanks, including eight Leopards, over the past day.", (8, 8)),
    ("The Pentagon said it would send 31 Abrams to Ukraine next year.", (31, 31)),
    ("Ryder said the package includes 50 Bradleys and 138 Humvees.", (138, 138)),
    ("The Air Force said 20 Shaheds were shot down overnight.", (20, 20)),
])
def test_weapon_systems_counted_by_name(text: str, value: tuple) -> None:
    assert value in counts(text)


def test_model_number_is_no_count_of_named_systems() -> None:
    assert counts("The minister said Germany would send Leopard 2 tanks soon.") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Ukrainian authorities said they had found a burial site containing more than 440 graves.", (440, None)),
    ("Investigators have exhumed bodies from 17 mass graves in the region, the police chief said.", (17, 17)),
    ("The mayor said volunteers had dug about 200 graves in the park since March.", (200, 200)),
])
def test_graves_are_counted(text: str, value: tuple) -> None:
    assert counts(text) == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Kudrytskyi said nine power generation facilities had been damaged.", (9, 9)),
    ("The governor said 12 facilities were damaged in the attack.", (12, 12)),
    ("The operator said at least 5 thermal power plants were hit overnight.", (5, None)),
])
def test_damaged_facilities_are_counted(text: str, value: tuple) -> None:
    assert counts(text) == [value]


def test_facilities_without_damage_are_no_count() -> None:
    assert counts("Officials said the plant employs 300 engineers at 12 facilities.") == [(300, 300)]


@pytest.mark.parametrize(("text", "value"), [
    ("Lykhovyi said Russia had committed up to five battalions of roughly 400 personnel each.", (None, 2000)),
    ("The general said Moscow had moved at least three brigades of about 3,000 troops each.", (9000, None)),
    ("Officials said Russia deployed more than 10 battalion tactical groups of 800 soldiers each.", (8000, None)),
])
def test_bound_before_a_multiplier_bounds_the_product(text: str, value: tuple) -> None:
    assert counts(text) == [value]


def test_count_bound_wins_and_plain_formations_stay() -> None:
    assert counts("The analyst said Russia had deployed about five brigades of up to 3,000 troops each.") == [
        (None, 15000)]
    assert counts("Officials said five battalions of at least 400 soldiers each had arrived.") == [(2000, None)]
    assert counts("The colonel said up to five battalions had been committed to the offensive.") == [(None, 5)]


@pytest.mark.parametrize("text", [
    "The package also includes 100 armored personnel carriers, Brig. Gen. Patrick Ryder said.",
    "The shelling killed 100 civilians, Cmdr. Tim Hawkins, a Navy spokesman, said.",
    "Brig. Gen. Oleksandr Tarnavsky said 100 soldiers had been captured near the town.",
])
def test_brigadier_and_commander_abbreviations_do_not_end_the_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 1
    assert counts(text) == [(100, 100)]


def test_sentence_still_ends_after_a_plain_word() -> None:
    assert len(split_sentences("The general left. 20 soldiers stayed behind.")) == 2


@pytest.mark.parametrize("text", [
    "Wagner has recruited up to 40,000 convicts from Russian prisons, the MoD said.",
    "According to the MoD, 776 Russian soldiers were killed or wounded each day.",
    "The MoD said on Tuesday that 300 Russian tanks had been destroyed.",
])
def test_the_mod_speaks(text: str) -> None:
    assert actors(text) == ["MoD"]


def test_a_lowercase_mod_is_no_body() -> None:
    assert actors("A player said the game mod added 30 tanks to the map.") != ["MoD"]
