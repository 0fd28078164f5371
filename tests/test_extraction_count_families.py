"""Count families read on unseen copy: fractions of a scale word, a part named by a pronoun after its number,
numbers that are no count of the noun after them (shares, populations, money, a second number's noun), and
the present tense of losing."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.numbers import parse_number
from claimtrack.extraction.quantities import find_counts

DAY = dt.date(2024, 3, 14)


def counts(sentence: str) -> list[tuple[float | None, float | None, str]]:
    return [(c.low, c.high, c.unit) for c in find_counts(sentence)]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("a quarter of a million", 250_000),
        ("three quarters of a million", 750_000),
        ("two-thirds of a million", 666_667),
        ("a tenth of a million", 100_000),
        ("one and a half million", 1_500_000),
        ("two and a half thousand", 2_500),
        ("a million and a half", 1_500_000),
        ("half a million", 500_000),
    ],
)
def test_fractions_of_a_scale_word_are_read_whole(raw: str, value: float) -> None:
    assert parse_number(raw) == value


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Kyiv says a quarter of a million Russian soldiers have been killed or wounded.", 250_000, 250_000),
        ("Nearly three quarters of a million people have left the region, officials said.", None, 750_000),
        ("The agency said one and a half million refugees had crossed the border.", 1_500_000, 1_500_000),
        ("More than a third of a million troops are massed there, he said.", 333_333, None),
    ],
)
def test_a_fraction_of_a_million_is_not_a_million(sentence: str, low, high) -> None:
    assert [(c.low, c.high) for c in find_counts(sentence)] == [(low, high)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia launched 40 drones overnight, 35 of which were shot down, the air force said.",
         [(40, 40, "drones"), (35, 35, "drones")]),
        ("Officials said 30 people were wounded - 8 of whom remain in hospital.",
         [(30, 30, "people"), (8, 8, "people")]),
        ("The army said it fired 12 missiles; about 10 of them hit their targets.",
         [(12, 12, "missiles"), (10, 10, "missiles")]),
        ("Police detained 200 people, 150 of whom were later released.",
         [(200, 200, "people"), (150, 150, "people")]),
    ],
)  # fmt: skip
def test_a_part_named_by_a_pronoun_takes_the_noun_of_its_whole(sentence: str, expected) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Two of them were killed on the spot, the governor said.",  # no whole before it
        "In 2022, 14 of them were captured, he said.",  # a year is no whole
        "He said 40 drones were launched and one of which hit a house.",  # 'one of' is narrative
        "Some 300 troops were sent in March, and in April 1,000 more came; 200 of them were killed.",
    ],
)
def test_a_pronoun_part_needs_a_whole_just_before_it(sentence: str) -> None:
    assert all(c.raw.split()[0] not in {"Two", "14", "one", "200"} for c in find_counts(sentence))


def test_the_whole_does_not_take_what_befell_the_part() -> None:
    claims = extract_claims("The air force said Russia launched 40 drones, 35 of which were shot down.", DAY)
    subjects = {c.quantity.low: c.subject for c in claims if c.quantity}
    assert subjects == {40: "drones", 35: "drones destroyed"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aircraft model the lexicon counts by name is its own count; one it does not know is no count
        ("The air force said two Su-25s and three Ka-52 helicopters were downed.",
         [(2, 2, "su-25s"), (3, 3, "helicopters")]),
        ("The air force said two Tu-22M3s and three Ka-52 helicopters were downed.", [(3, 3, "helicopters")]),
        ("He said the allies pledged 50 billion euros and 100 air defence systems.",
         [(100, 100, "air defence systems")]),
        ("Ministers promised 300 million dollars and 40 armoured vehicles.", [(40, 40, "armoured vehicles")]),
        ("Officials said 7,000 North Korean and 3,000 Russian soldiers were there.",
         [(7_000, 7_000, "soldiers"), (3_000, 3_000, "soldiers")]),
    ],
)  # fmt: skip
def test_a_noun_after_a_second_number_is_not_shared_over_a_noun_of_the_first(sentence: str, expected) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor said one in three homes in the district had been damaged.",
        "A survey found that 1 in 5 residents had fled.",
        "He said the shelling hit a town of 20,000 people.",
        "Officials said the city, home to 300,000 residents, was without power.",
        "The region's pre-war population of 1.2 million people has halved, he said.",
    ],
)
def test_shares_and_populations_are_not_counts(sentence: str) -> None:
    assert find_counts(sentence) == []


def test_a_base_home_to_troops_still_counts_them() -> None:
    assert counts("The base, home to 3,000 US troops, was put on alert.") == [(3_000, 3_000, "troops")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Staff says Russia loses about 1,000 soldiers a day.",
        "The army could lose 5,000 troops in the assault, a commander said.",
    ],
)
def test_losing_in_the_present_is_a_casualty_count(sentence: str) -> None:
    claims = [c for c in extract_claims(sentence, DAY) if c.quantity]
    assert [c.kind for c in claims] == ["casualties"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Air defence destroyed 22 Shahed-136/131 attack drones overnight, the air force said.",
         [(22, 22, "attack drones")]),
        ("The enemy fired 4 Kh-101/Kh-555 cruise missiles at the city, officials said.", [(4, 4, "cruise missiles")]),
    ],
)  # fmt: skip
def test_a_model_name_with_slashed_variants_qualifies_the_noun(sentence: str, expected) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The brigade said 900 of its 1,200 soldiers had been rotated out.",
         [(900, 900, "soldiers"), (1_200, 1_200, "soldiers")]),
        ("Kyiv says 30 of their 45 missiles were intercepted.", [(30, 30, "missiles"), (45, 45, "missiles")]),
    ],
)  # fmt: skip
def test_a_part_of_a_possessed_whole_takes_its_noun(sentence: str, expected) -> None:
    assert counts(sentence) == expected


def test_a_vague_part_does_not_end_the_clause_of_its_whole() -> None:
    claims = extract_claims("The spokesman said 150 Wagner fighters, many of them convicts, were killed.", DAY)
    assert [c.subject for c in claims if c.quantity] == ["Wagner troops killed"]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Two people died and 6 were hurt when the shell hit, the mayor said.", "injured"),
        ("The ministry said 25 were taken prisoner during the assault.", "captured"),
        ("He said about 90 had been taken captive since May.", "captured"),
    ],
)
def test_hurt_and_taken_prisoner_name_what_a_bare_number_counts(sentence: str, unit: str) -> None:
    assert [c.unit for c in find_counts(sentence) if c.raw[0].isdigit() or c.raw.startswith("about")] == [unit]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials said 40 people were killed in March and 12 on Monday alone.",
         [(40, 40, "people"), (12, 12, "people")]),
        ("The army said 30 tanks were destroyed and 9 more damaged.", [(30, 30, "tanks"), (9, 9, "tanks")]),
        ("Shoigu said 200,000 reservists had been called up, of whom 80,000 were at the front.",
         [(200_000, 200_000, "reservists"), (80_000, 80_000, "reservists")]),
        ("Kyiv said 6 drones were downed over Odesa and 4 in the Mykolaiv region.",
         [(6, 6, "drones"), (4, 4, "drones")]),
    ],
)  # fmt: skip
def test_a_number_after_and_takes_an_elided_noun(sentence: str, expected) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The allies pledged 50 tanks and 1 billion in loans, the minister said.",
        "Russia lost 20 tanks, 5 more than in the previous week, the ministry said.",
        "He said 12 soldiers were hurt and 3 of the wounded later died in hospital.",
    ],
)
def test_no_elided_noun_for_money_comparisons_or_partitives(sentence: str) -> None:
    assert [c.raw for c in find_counts(sentence) if c.raw in {"1 billion", "5", "3"}] == []
