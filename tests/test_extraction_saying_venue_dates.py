"""A date after the setting of a saying ("told reporters at a joint briefing with X in Riga on Tuesday") dates it."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def claim_date(text: str) -> str | None:
    claims = [c for c in extract_claims(text, PUBLISHED) if c.actor is not None]
    assert claims, text
    ref = claims[0].claim_date
    return ref.value.isoformat() if ref is not None and ref.value is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The dam was mined," the minister said during an appearance on ABC\'s "This Week" on Sunday.', "2024-03-10"),
        ("The general told reporters at a joint briefing with his Latvian counterpart in Riga on Tuesday that the "
         "line would hold.", "2024-03-12"),
        ("The envoy said in a lengthy interview with a Polish broadcaster in Warsaw on March 11 that the talks "
         "had stalled.", "2024-03-11"),
        ("The governor told journalists during a visit to a shelter in the regional capital on Monday that the "
         "power was back.", "2024-03-11"),
    ],
)
def test_a_date_after_the_setting_of_the_saying_dates_it(text: str, expected: str) -> None:
    assert claim_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the date belongs to an event clause after the setting
        "The prime minister wrote in a weekend newspaper column after his second visit to Kyiv on Friday that "
        "allies should prepare for a long war.",
        # the date is the reported clause's, past the verb's setting
        "The minister said Russian forces had shelled the villages around Kupiansk and Vovchansk for weeks on "
        "Tuesday.",
        # beyond the reach of a setting
        "The general told reporters at a long and crowded joint briefing with his Latvian, Lithuanian and Estonian "
        "counterparts and the defence chiefs of the three Baltic states in Riga on Tuesday that the line would hold.",
    ],
)
def test_a_date_outside_the_setting_does_not_date_the_saying(text: str) -> None:
    assert claim_date(text) != "2024-03-08" and claim_date(text) != "2024-03-12"
