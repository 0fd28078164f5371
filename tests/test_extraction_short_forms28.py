"""A short form a text coins for a body ("the MoH") is that body, named in full before."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction.actors import abbreviates
from claimtrack.extraction.pipeline import extract_claims

PUBLISHED = dt.date(2024, 3, 14)


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("MoH", "Ministry of Health", True),
        ("MH", "Ministry of Health", True),
        ("SES", "State Emergency Service of Ukraine", True),
        ("NWC", "Northern Water Company", True),
        ("MoD", "Ministry of Health", False),  # other initials
        ("Mo", "Ministry of Health", False),  # one capital: a word, not a short form
        ("SES", "Service", False),  # one word has no initials to coin
    ],
)
def test_abbreviates(short: str, name: str, expected: bool) -> None:
    assert abbreviates(short, name) is expected


def speakers(text: str) -> list[str | None]:
    return [c.actor.name if c.actor else None for c in extract_claims(text, PUBLISHED) if c.quantity]


def test_a_short_form_after_the_full_name_is_that_body() -> None:
    text = "The Ministry of Health said 20 people were killed in Rafah. The MoH said 31 people were injured there."
    first, second = speakers(text)
    assert first == second and first is not None and "Ministry of Health" in first


def test_a_short_form_that_abbreviates_no_body_named_before_stays_itself() -> None:
    text = "The Ministry of Health said 20 people were killed in Rafah. The IDF said 31 fighters were killed there."
    assert "Health" not in str(speakers(text)[1])
    text = "The Ministry of Health said 20 people were killed in Rafah. The MoD said 31 soldiers were wounded there."
    assert "Health" not in str(speakers(text)[1])


@pytest.mark.parametrize(
    "aside", ["known by its acronym PGF", "known by the acronym PGF", "also known as the PGF", "better known as PGF"]
)
def test_a_name_the_speaker_goes_by_is_an_aside(aside: str) -> None:
    text = f"Moldova's border police, {aside}, said on Friday that about 1,200 people had crossed at Palanca."
    assert speakers(text) == ["Moldova's border police"]


def test_a_name_after_known_as_without_commas_is_not_set_off() -> None:
    # near miss: no comma sets the words off, so they are not an aside between speaker and verb
    text = "A fighter known as the Hawk said 40 soldiers had been captured near Tessalit."
    assert speakers(text) != ["A fighter"]


@pytest.mark.parametrize(
    ("name", "noun"), [("Sudan Doctors' Syndicate", "syndicate"), ("Chad Journalists' Federation", "federation")]
)
def test_a_named_syndicate_or_federation_is_a_body_the_noun_takes_up(name: str, noun: str) -> None:
    text = (f"The {name} said on Tuesday that 48 civilians had been killed in Abeche. "
            f"The {noun} said 19 clinics in Abeche had been damaged.")  # fmt: skip
    assert speakers(text) == [name, name]


def test_a_lowercase_syndicate_is_no_speaker() -> None:
    # near miss: a criminal syndicate in the sentence is what the police speak about, not who speaks
    text = "A smuggling syndicate moved 40 migrants across the river at Narva, the police said on Friday."
    assert all("syndicate" not in str(s).lower() for s in speakers(text))
