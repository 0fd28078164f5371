"""Speakers of stop 29 (rules29a): a second speaker's bare figure for what the count before it counts; an
interviewee's name never read across two lines; a body's long name closed by its acronym; "the spokesman" of the
body whose spokesman spoke just before. Sentences and pages written for these tests."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import resolve_actor
from claimtrack.extraction.speaker_labels import interview_parties

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _claims(text: str, published: dt.date = PUBLISHED) -> dict[float, tuple[str | None, str | None, str | None]]:
    """Every claim with a count read from `text`, by its low bound: (actor, kind, claim date)."""
    return {
        c.quantity.low: (c.actor.name if c.actor else None, c.kind, c.claim_date.iso() if c.claim_date else None)
        for c in extract_claims(text, published)
        if c.quantity is not None and c.quantity.low is not None
    }


# --- speakers ------------------------------------------------------------------------------------------------


def test_a_rival_figure_after_while_is_the_second_speakers() -> None:
    text = "Governor Lev Orlanko said 23 civilians were killed in Dravetsk, while Mayor Ida Brenn put the figure at 31."
    claims = _claims(text)
    assert claims[23.0][:2] == ("Lev Orlanko", "casualties")
    assert claims[31.0][:2] == ("Ida Brenn", "casualties")


def test_a_bare_number_after_a_second_speakers_verb_takes_the_noun_before() -> None:
    text = "Governor Lev Orlanko said 23 civilians were wounded, but Mayor Ida Brenn said 37."
    claims = _claims(text)
    assert claims[23.0][0] == "Lev Orlanko"
    assert claims[37.0][:2] == ("Ida Brenn", "casualties")


def test_the_figure_in_the_next_sentence_takes_the_count_before() -> None:
    text = "Governor Lev Orlanko said 23 civilians were killed in Dravetsk. Mayor Ida Brenn put the toll at 31."
    claims = _claims(text)
    assert claims[31.0][:2] == ("Ida Brenn", "casualties")


def test_near_miss_a_figure_with_a_noun_of_its_own_or_a_year_is_no_rival() -> None:
    text = (
        "Governor Lev Orlanko said 23 civilians were wounded, while Mayor Ida Brenn said 12 houses were damaged.\n\n"
        "Governor Lev Orlanko said 44 civilians were wounded. Mayor Ida Brenn said 2024 was calmer.\n\n"
        "Governor Lev Orlanko said 51 civilians were wounded, while Mayor Ida Brenn said at 14:30 that it was over."
    )
    claims = _claims(text)
    assert claims[12.0][1] == "damage"  # the houses' own count, not a second figure of the wounded
    assert 2024.0 not in claims and 14.0 not in claims


def test_the_interviewee_is_never_read_across_two_lines() -> None:
    text = (
        "Interview: the battle for Vesnyanka\n\n"
        "We reached Colonel Taras Mirovych, who commands the brigade, by phone.\n\n"
        "Q: How many men have you lost?\n"
        "A: We lost 12 soldiers this week.\n"
    )
    assert interview_parties(text).interviewee == "Taras Mirovych"
    assert _claims(text)[12.0][0] == "Taras Mirovych"


def test_a_long_name_closed_by_its_acronym_is_that_body() -> None:
    text = "The U.N. Relief and Works Agency for Palestine Refugees (UNRWA) said 1,300 people were displaced."
    assert _claims(text)[1300.0][0] == "UNRWA"


def test_near_miss_a_persons_name_and_a_bodys_acronym_stays_the_person() -> None:
    assert resolve_actor("Vadym Kolyvan (HUR)").name == "Vadym Kolyvan"  # "HUR" spells no part of his name


def test_the_spokesman_is_the_body_whose_spokesman_spoke_just_before() -> None:
    text = (
        "A spokesman for the Harvolsk regional administration said 12 people were wounded. "
        "The spokesman said 31 houses were damaged."
    )
    assert _claims(text)[31.0][0] == "Harvolsk regional administration"


def test_near_miss_the_spokesman_after_another_kind_of_speaker_is_not_that_body() -> None:
    text = (
        "The Harvolsk regional administration said 12 people were wounded. The spokesman said 31 houses were damaged."
    )
    assert _claims(text)[31.0][0] != "Harvolsk regional administration"


def test_the_group_after_the_group_is_the_last_body_not_the_one_first_read_so() -> None:
    text = (
        "Medics Without Walls (MWW) said 1,315 wounded patients had been treated. The group said 208 had died.\n\n"
        "The RBF denied the reports. The paramilitary group said it had captured 40 soldiers."
    )
    assert _claims(text)[40.0][0] == "RBF"
