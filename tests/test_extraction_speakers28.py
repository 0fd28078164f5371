"""Speakers of stop 28 (rules28a): "the group", "the mission" taken up as the body that spoke in the sentence just
before, when its name says it is of no other kind. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from extraction_helpers import speakers_by_count

DAY = dt.date(2024, 5, 10)


def _speaker_of(text: str, count: float) -> str | None:
    return speakers_by_count(text, DAY).get(count, ("<no record>", None))[0]


def test_the_group_is_the_body_that_spoke_just_before() -> None:
    text = (
        "The UN human rights office said 31 civilians had been killed. "
        "The Velmora Observatory for Civic Rights, which relies on sources inside the country, has the highest "
        "figures. In a statement this week it said 4,200 people had been killed. "
        "The group said 900 detainees had died in prisons."
    )
    assert _speaker_of(text, 900) == "Velmora Observatory for Civic Rights"


def test_the_mission_takes_up_the_monitoring_mission() -> None:
    text = (
        "The Red Cross said 31 boats had been seized. "
        "The UN human rights monitoring mission has said at least 1,200 civilians have been killed in Dravnia. "
        "The mission says 87 of those killed were children."
    )
    assert _speaker_of(text, 87) == _speaker_of(text, 1200) == "UN human rights office (OHCHR)"


def test_near_miss_a_body_named_as_another_kind_is_not_the_group() -> None:
    text = (
        "The Velmora Observatory for Civic Rights said 12 people were missing. "
        "The Dravnik Border Ministry said 31 boats had been seized. The group said 7 sailors were injured."
    )
    assert _speaker_of(text, 7) != "Dravnik Border Ministry"


def test_near_miss_a_sentence_between_leaves_the_group_unresolved() -> None:
    text = (
        "The Velmora Observatory for Civic Rights said 12 people were missing. "
        "The Dravnik Border Ministry said 31 boats had been seized. "
        "The Kelmo Rights League said 5 reporters were held. Rain fell all week in the port. "
        "The group said 7 sailors were injured."
    )
    assert _speaker_of(text, 7) not in {"Kelmo Rights League", "Velmora Observatory for Civic Rights"}
