"""Miss families left by blind probe 24b (fam24a): an agency's own publication whose title names the agency (its
numbered points and figures are the agency's); speakers lost; counts whose noun comes first; "overnight". Sentences
written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.bulletins import bulletin_issuer


def _claims(text: str) -> list[tuple[str | None, float | None, float | None]]:
    """(speaker, low, high) of every claim with a count read from `text`."""
    return [(c.actor.name if c.actor else None, c.quantity.low, c.quantity.high)
            for c in extract_claims(text) if c.quantity is not None]


# --- an agency's own publication: the title names the agency --------------------------------------------------------

@pytest.mark.parametrize(("title", "issuer"), [
    ("WFP: Sudan situation flash update #12 (4 March 2024)", "WFP"),
    ("IOM: Lebanon displacement flash update No. 3", "IOM"),
    ("Latest Defence Intelligence update on the situation in Ukraine - 2 March 2023", "Defence Intelligence"),
    ("Daily Military Intelligence update, 5 June 2023", "Military Intelligence"),
    ("The latest Ukrainian Air Force report - 12 May 2024", "Ukrainian Air Force"),
])
def test_publication_title_names_the_agency(title: str, issuer: str) -> None:
    assert bulletin_issuer(title + "\n\n1. The enemy lost 300 servicemen.") == issuer


@pytest.mark.parametrize("title", [
    "Sudan: humanitarian situation update (3 May 2024)",  # a country and a topic, no agency
    "Myanmar: Arakan fighting update",
    "Ukraine war: Pentagon report says Russia lost 300 tanks",  # a headline
    "Defence Intelligence update | Ukraine",  # a news site's section page about the update
    "Gaza: UN report - Israel responds",
])
def test_no_agency_in_the_title(title: str) -> None:
    assert bulletin_issuer(title + "\n\nMore text.") is None


def test_numbered_points_are_the_agency_claims() -> None:
    text = ("Latest Defence Intelligence update on the situation in Ukraine - 2 March 2023\n\n"
            "1. Russia has probably moved around 15 battalion groups to the eastern bank of the river.\n\n"
            "2. Satellite imagery shows at least six destroyed helicopters at the airfield.\n\n"
            "3. Ukrainian officials said that 400 Russian troops were killed near the town.")
    claims = _claims(text)
    assert ("Defence Intelligence", 15.0, 15.0) in claims
    assert ("Defence Intelligence", 6.0, None) in claims
    assert all(who != "Defence Intelligence" for who, low, _ in claims if low == 400.0)  # its own speaker keeps it


def test_a_news_page_keeps_its_own_voice() -> None:
    text = ("Russia moves troops east as fighting spreads\n\n"
            "Russia has probably moved around 15 battalion groups to the eastern bank of the river.")
    assert all(who is None for who, _, _ in _claims(text))
