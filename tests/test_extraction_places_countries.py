"""Countries beyond the war zones are places ("fled into neighbouring Chad"), and "South Sudan" is not Sudan."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UN refugee agency said up to 20,000 people had fled into neighbouring Chad since the weekend.", "Chad"),
        ("Aid workers said 3,000 refugees had crossed into South Sudan on Monday.", "South Sudan"),
        ("The army said 40 soldiers were killed near the South Sudanese border on Monday.", "South Sudan"),
        ("Officials said 2,000 people had fled to Cameroon since April.", "Cameroon"),
        ("The army said 40 soldiers were killed near the Sudanese border on Monday.", "Sudan"),  # not South Sudan
    ],
)
def test_countries_beyond_the_war_zones_are_places(text: str, expected: str) -> None:
    claims = extract_claims(text, dt.date(2024, 4, 20))
    assert claims and claims[0].place is not None and claims[0].place.name == expected
