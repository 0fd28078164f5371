"""Miss families left by blind probe 24b (fam24a): an agency's own publication whose title names the agency (its
numbered points and figures are the agency's); speakers lost; counts whose noun comes first; "overnight". Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import resolve_actor
from claimtrack.extraction.bulletins import bulletin_issuer
from claimtrack.extraction.dates import find_dates
from claimtrack.extraction.quantities import find_counts


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


# --- a count whose noun comes first, without "number of" or "toll" ---------------------------------------------------

def _bounds(sentence: str) -> list[tuple[float | None, float | None, str]]:
    return [(c.low, c.high, c.unit) for c in find_counts(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Western officials said enemy casualties were approaching 250,000.", (None, 250000.0, "casualties")),
    ("The monitors said the dead in the region may be closer to 12,000.", (12000.0, 12000.0, "dead")),
    ("The governor said deaths in the province have risen to 41.", (41.0, 41.0, "deaths")),
    ("Analysts say Russian losses are now nearing 80,000.", (None, 80000.0, "losses")),
    ("The agency said the wounded now number more than 2,000.", (2000.0, None, "wounded")),
    ("She said the displaced in the north had exceeded 600,000.", (600000.0, None, "displaced")),
    ("By one estimate the number of deaths may be closer to 9,000.", (9000.0, 9000.0, "deaths")),
])
def test_noun_first_count(sentence: str, expected: tuple[float | None, float | None, str]) -> None:
    assert _bounds(sentence).count(expected) == 1  # once: no second reading of the same number


@pytest.mark.parametrize("sentence", [
    "He said losses were 10 times higher than in the spring.",  # a factor
    "Officials said the displaced were approaching the border crossing.",  # no number
    "The doctor said the wounded were 12 soldiers and a nurse.",  # the number counts soldiers
    "He said the dead were about 40 metres from the gate.",  # a distance
])
def test_no_noun_first_count(sentence: str) -> None:
    assert all(unit not in {"losses", "displaced", "wounded", "dead"} for _, _, unit in _bounds(sentence))


# --- "overnight": the night before publication, as "last night" ---------------------------------------------------

_PUBLISHED = dt.date(2024, 5, 17)


@pytest.mark.parametrize("sentence", [
    "Air defences destroyed 31 drones overnight, the ministry said.",
    "Three civilians were killed in the village overnight, the governor wrote.",
    "Russia fired 40 missiles at the region overnight, officials said on Telegram.",
])
def test_overnight_dates_the_claim_as_last_night(sentence: str) -> None:
    dates = [c.claim_date.value for c in extract_claims(sentence, _PUBLISHED) if c.quantity and c.claim_date]
    assert dates and set(dates) == {dt.date(2024, 5, 16)}


@pytest.mark.parametrize("sentence", [
    "The ministry said the overnight attack killed 12 people.",  # an attribute of the attack
    "Russia launched 17 drones at the city overnight on May 2, the air force said.",  # the day named after it
])
def test_overnight_names_no_day(sentence: str) -> None:
    assert all(d.ref.raw.lower() != "overnight" for d in find_dates(sentence, 0, _PUBLISHED))


def test_overnight_in_a_reported_clause_is_the_event() -> None:
    claims = [c for c in extract_claims("The ministry said air defences had shot down 20 drones overnight.", _PUBLISHED)
              if c.quantity]
    assert claims and all(c.event_date is not None and c.event_date.value == dt.date(2024, 5, 16) for c in claims)


# --- speakers lost: "the lab said" after the lab's name; "a separate army communique said" --------------------------

def _speakers(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.actor.name if c.actor else None, c.quantity.low) for c in extract_claims(text) if c.quantity]


@pytest.mark.parametrize(("text", "who"), [
    ("Images analysed by Oxford University's Crisis Mapping Lab show damage. At least 60 buildings were destroyed, "
     "the lab said.", "Oxford University's Crisis Mapping Lab"),
    ("The Hollis Conflict Observatory published new imagery on Friday. The observatory said 25 depots had been hit.",
     "Hollis Conflict Observatory"),
    ("Researchers at the Kyiv School of Economics tracked the losses. The school said 300 tanks had been destroyed.",
     "Kyiv School of Economics"),
])
def test_the_body_named_before(text: str, who: str) -> None:
    named = resolve_actor(who)
    assert named is not None and [name for name, _ in _speakers(text)] == [named.name]  # the body its name names


def test_the_bare_noun_names_no_body_named_nowhere() -> None:
    assert all(name is None for name, _ in _speakers("At least 60 buildings were destroyed, the lab said."))


@pytest.mark.parametrize(("sentence", "who"), [
    ("A separate army communique said 14 insurgents were killed near the border.", "Army"),
    ("An official police report said 3 people were arrested at the scene.", "Police"),
    ("The ministry statement said 40 soldiers had been wounded.", "ministry"),  # no ministry named: an unnamed one
])
def test_a_body_s_document_is_the_body_s(sentence: str, who: str) -> None:
    assert _speakers(sentence) and all(name == who for name, _ in _speakers(sentence))


def test_a_document_of_no_body_names_no_one() -> None:
    assert all(name is None for name, _ in _speakers("A separate document said 3 people were arrested."))
