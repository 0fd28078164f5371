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


def test_authorless_source_is_the_speaker_before() -> None:
    text = (
        "The search at the collapsed block in Sumy is over, the State Emergency Service said on Friday. "
        "According to the latest figures, 17 people died."
    )
    speaker = _speaker_of(text, 17)
    assert speaker is not None and "State Emergency Service" in speaker


def test_authored_source_keeps_its_author() -> None:
    # near miss: the source names its author, who is the claimant, not the speaker before
    text = "The mayor said the streets were calm. According to figures from the police, 23 people were detained."
    assert _speaker_of(text, 23) == "Police"


def test_authorless_source_alone_has_no_speaker() -> None:
    assert _speaker_of("According to the latest figures, 17 people died.", 17) in {None, "<no record>"}


def test_figures_given_by_in_the_next_sentence() -> None:
    text = "About 480 people were evacuated from Kupiansk. The figure was given by the regional governor's office."
    speaker = _speaker_of(text, 480)
    assert speaker is not None and "office" in speaker.lower()


def test_figures_released_on_a_day_by_in_the_next_sentence() -> None:
    text = (
        "Some 62 drones were launched at Odesa overnight. These figures were released on Sunday by the Ukrainian navy."
    )
    speaker = _speaker_of(text, 62)
    assert speaker is not None and "navy" in speaker.lower()


def test_figures_disputed_by_name_no_source() -> None:
    # near miss: who disputes the figures did not give them
    text = "Some 62 drones were launched at Odesa overnight. The figures were disputed by Moscow."
    assert _speaker_of(text, 62) in {None, "<no record>"}
