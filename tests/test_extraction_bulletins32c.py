"""Layouts of figures on unseen text (rules32c, stop 32): bulletins and lists. Sentences and names written for
these tests."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.bulletins import body_name_line

PUBLISHED = dt.date(2025, 3, 4)


def _speakers(text: str) -> list[tuple[str | None, float | None]]:
    """(speaker, low count) of every claim read from `text`, in order."""
    return [
        (c.actor.name if c.actor else None, c.quantity.low if c.quantity else None)
        for c in extract_claims(text, PUBLISHED)
    ]


# --- a heading that holds only the issuer's name, above a tally's lead ---------------------------------------------

_TALLY = """Estimated losses of the adversary between 24.02.22 and 03.03.25

{heading}

Overall losses of the adversary between 24.02.2022 and 03.03.2025 came to roughly:

troops - about 120,450 (+ 210) people,
tanks - 2,310 (+ 4),
drones - 4,020 (+ 25).

Figures are being checked.
"""


def test_a_heading_naming_only_a_body_gives_the_tally_its_speaker() -> None:
    claims = _speakers(_TALLY.format(heading="Joint Staff of the Defence Forces of Freedonia"))
    assert (("Joint Staff of the Defence Forces of Freedonia", 2310.0)) in claims
    assert {who for who, _ in claims} == {"Joint Staff of the Defence Forces of Freedonia"}


def test_a_headline_with_a_verb_is_no_issuer_heading() -> None:
    claims = _speakers(_TALLY.format(heading="Defence Ministry Says Troops Pull Back"))
    assert all(who is None or "Ministry" not in who for who, _ in claims)


def test_body_name_line() -> None:
    assert (
        body_name_line("Joint Staff of the Defence Forces of Freedonia")
        == "Joint Staff of the Defence Forces of Freedonia"
    )
    assert body_name_line("The Joint Staff reported new figures on Monday.") is None
    assert body_name_line("Defence Ministry Says Troops Pull Back") is None


# --- figures under a label right after a body's list are the body's -------------------------------------------------

_AFTER_LIST = """The UN rights office recorded 5,210 civilian casualties in the country: 2,100 killed and 3,110 injured.

This included:
- a total of 2,100 killed
- a total of 3,110 injured

{after}
"""


def test_labelled_figures_right_after_a_list_are_its_issuers() -> None:
    after = (
        "In Northmark region: 2,400 casualties (1,050 killed and 1,350 injured). On the eastern coast: 900 casualties."
    )
    claims = _speakers(_AFTER_LIST.format(after=after))
    assert ("UN rights office", 2400.0) in claims
    assert ("UN rights office", 1050.0) in claims
    assert ("UN rights office", 900.0) in claims


def test_a_prose_paragraph_after_a_list_is_not_carried() -> None:
    after = "In Northmark region, 2,400 casualties were counted by volunteers."
    claims = _speakers(_AFTER_LIST.format(after=after))
    assert all(n != 2400.0 for _, n in claims)


def test_labelled_figures_after_a_paragraph_of_prose_are_not_carried() -> None:
    after = "Most casualties were caused by shelling.\n\nIn Northmark region: 2,400 casualties."
    claims = _speakers(_AFTER_LIST.format(after=after))
    assert all(n != 2400.0 for _, n in claims)


# --- a place after the last of coordinated counts is each item's, over a sector fronted before them ---------------


def _places(text: str) -> list[str | None]:
    return [c.place.name if c.place else None for c in extract_claims(text, PUBLISHED) if c.quantity]


def test_coordinated_counts_share_the_village_after_them_over_the_sector() -> None:
    text = (
        "The Defence Ministry said that in the Bakhmut direction up to 30 servicemen, four armoured vehicles "
        "and two pickup trucks were destroyed near Soledar."
    )
    assert _places(text) == ["Soledar", "Soledar", "Soledar"]


def test_counts_that_are_no_one_list_keep_their_own_places() -> None:
    text = (
        "The Defence Ministry said that in the Bakhmut direction up to 30 servicemen were killed, "
        "while separately two pickup trucks were destroyed near Soledar."
    )
    assert _places(text) == ["Bakhmut", "Soledar"]
