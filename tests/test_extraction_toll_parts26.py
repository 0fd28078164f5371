"""Stop 26 (speaker26): a sentence without a speaker goes on with the report of the one before when it gives a part
of the toll just given ("Three of the injured were children.") or buildings hit ("Two other buildings were hit.").
Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime as dt

from tests.extraction_helpers import speakers_by_count

DAY = dt.date(2025, 3, 4)


def _speaker_of(text: str, count: float) -> str | None:
    return speakers_by_count(text, DAY).get(count, ("<no record>", None))[0]


def test_part_of_the_toll_goes_on_with_the_speaker() -> None:
    text = "Regional officials said a glide bomb killed five people in Sumy. Two of the dead were firefighters."
    assert _speaker_of(text, 2) == "Regional officials"


def test_part_of_something_else_is_not_carried() -> None:
    # near miss: "of the buildings" is no toll just given
    text = "Regional officials said a glide bomb hit Sumy. Three of the buildings were empty."
    assert 3 not in speakers_by_count(text, DAY)


def test_buildings_hit_go_on_with_the_speaker() -> None:
    text = "Mayor Oksana Bilyk said a drone struck a clinic in Uman. Four other buildings were hit."
    assert _speaker_of(text, 4) == "Oksana Bilyk"


def test_buildings_hit_long_ago_are_background() -> None:
    # near miss: another time is the outlet's background
    text = "Mayor Oksana Bilyk said a drone struck a clinic in Uman. Four buildings were hit there last year."
    assert _speaker_of(text, 4) != "Oksana Bilyk"
