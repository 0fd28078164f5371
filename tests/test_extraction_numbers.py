"""Extraction rules: reading a number as written, and the bounds its qualifier sets."""

from __future__ import annotations

import pytest

from claimtrack.extraction.bounds import QUALIFIER_BOUNDS, bounds, canonical_qualifier
from claimtrack.extraction.numbers import parse_number


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("3,000", 3_000),
        ("12,500", 12_500),
        ("1.5 million", 1_500_000),
        ("2 million", 2_000_000),
        ("10k", 10_000),
        ("five thousand", 5_000),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("a dozen", 12),
        ("two hundred and fifty thousand", 250_000),
        ("eleven", 11),
    ],
)
def test_parse_number_reads_digits_scales_and_words(raw: str, value: float) -> None:
    assert parse_number(raw) == value


@pytest.mark.parametrize("raw", ["", "troops", "several", "many"])
def test_parse_number_returns_none_for_non_numbers(raw: str) -> None:
    assert parse_number(raw) is None


@pytest.mark.parametrize("qualifier", ["at least", "more than", "over", "well over", "in excess of", "upwards of"])
def test_floor_qualifiers_set_low_only(qualifier: str) -> None:
    assert QUALIFIER_BOUNDS[qualifier] == "low"
    assert bounds(3_000, qualifier) == (3_000, None)


@pytest.mark.parametrize("qualifier", ["up to", "as many as", "nearly", "almost", "fewer than", "no more than"])
def test_ceiling_qualifiers_set_high_only(qualifier: str) -> None:
    assert QUALIFIER_BOUNDS[qualifier] == "high"
    assert bounds(6_000, qualifier) == (None, 6_000)


@pytest.mark.parametrize("qualifier", ["about", "around", "roughly", "some", "approximately", "an estimated"])
def test_approximate_qualifiers_give_a_point(qualifier: str) -> None:
    assert QUALIFIER_BOUNDS[qualifier] == "point"
    assert bounds(500, qualifier) == (500, 500)


def test_no_qualifier_gives_a_point() -> None:
    assert bounds(2_600) == (2_600, 2_600)


def test_qualifier_lookup_ignores_case() -> None:
    assert bounds(3_000, "At Least") == (3_000, None)


def test_between_a_and_b_gives_a_range() -> None:
    assert QUALIFIER_BOUNDS["between"] == "range"
    assert bounds(10_000, "between", 12_000) == (10_000, 12_000)


def test_range_is_ordered_whichever_number_comes_first() -> None:
    assert bounds(12_000, "between", 10_000) == (10_000, 12_000)


@pytest.mark.parametrize(
    ("value", "qualifier", "value2", "multiplier", "expected"),
    [
        (6_000, "up to", None, 2, (None, 12_000)),
        (500, None, None, 3, (1_500, 1_500)),
        (1_000, "at least", None, 2, (2_000, None)),
        (100, "between", 200, 4, (400, 800)),
    ],
)
def test_multiplier_scales_both_bounds(value, qualifier, value2, multiplier, expected) -> None:
    assert bounds(value, qualifier, value2, multiplier) == expected


@pytest.mark.parametrize(
    ("written", "stored"),
    [("At  Least", "at least"), ("or so", "about"), (None, None), ("", None), ("Up to", "up to")],
)
def test_canonical_qualifier(written, stored) -> None:
    assert canonical_qualifier(written) == stored


def test_a_dozen_multiplies_the_number_before_it() -> None:
    assert [parse_number(w) for w in ("three dozen", "half a dozen", "twenty dozen")] == [36, 6, 240]
