"""Miss families left by blind probe 24c (fam24c): counts right after a day-first date, "hand over N", people
counted as travellers, babies or artillerymen, parts of a total whose noun is elided, running totals and tally
items; speakers named after a participle of harm or with an "official spokesman" appositive. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.quantities import find_counts


def _counts(text: str) -> list[tuple[float | None, float | None, str]]:
    return [(c.low, c.high, c.unit) for c in find_counts(text)]


def _claims(text: str) -> list[tuple[str | None, float | None, float | None]]:
    """(speaker, low, high) of every claim with a count read from `text`."""
    return [(c.actor.name if c.actor else None, c.quantity.low, c.quantity.high)
            for c in extract_claims(text) if c.quantity is not None]


# --- a count right after a day-first date ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Since 24 February about 2 million people have returned to Ukraine.", (2_000_000, 2_000_000, "people")),
    ("Since 3 March some 5,000 people have fled the district.", (5000, 5000, "people")),
    ("On 26 September nearly 4,000 people passed through the checkpoints.", (None, 4000, "people")),
    ("Since 12 Sept. 900 soldiers have left the base.", (900, 900, "soldiers")),
])
def test_a_count_after_a_whole_day_first_date_is_read(text: str, value: tuple) -> None:
    assert value in _counts(text)


@pytest.mark.parametrize("text", [
    "The convoy left on March 5 with the wounded aboard.",  # the number is the month's day
    "Troops crossed on Feb. 24 before dawn.",
    "On 24 February 2022 Russian troops invaded.",  # a year, not a count
])
def test_a_month_before_its_day_still_makes_a_date(text: str) -> None:
    assert _counts(text) == []


# --- "hand over" / "turn over": the verb's particle is no bound ------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The minister said Warsaw will hand over four fighter jets to Ukraine.", (4, 4, "fighter jets")),
    ("Slovakia has handed over 13 jets, the minister said.", (13, 13, "jets")),
    ("The army said it is handing over 12 howitzers this month.", (12, 12, "howitzers")),
    ("The rebels turned over 30 prisoners to the Red Cross, the mediator said.", (30, 30, "prisoners")),
])
def test_over_after_hand_or_turn_is_the_verb_particle(text: str, value: tuple) -> None:
    assert value in _counts(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Poland has handed over to Ukraine over 250 tanks, the minister said.", (250, None, "tanks")),
    ("The army lost over 300 soldiers in the assault.", (300, None, "soldiers")),
])
def test_over_elsewhere_is_still_a_lower_bound(text: str, value: tuple) -> None:
    assert value in _counts(text)


# --- people counted as travellers, babies, artillerymen --------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("On Sunday, border guards checked in 18.2 thousand travellers from Ukraine, the agency said.",
     ("agency", 18200, 18200)),  # no agency named
    ("The Border Guard said 12,000 travelers crossed into Slovakia on Sunday.", ("Border Guard", 12000, 12000)),
    ("The WHO said 12 premature babies had been evacuated from the hospital.", ("World Health Organization", 12, 12)),
    ("The general said more than 300 artillerymen have completed training in Poland.", ("general", 300, None)),
])
def test_new_nouns_of_counted_people(text: str, value: tuple) -> None:
    assert value in _claims(text)


def test_babies_with_no_cue_are_no_claim() -> None:
    assert _claims("The ministry said the two babies were born on Monday.") == []


# --- a participle of harm is no aside of the speaker ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("In Dnipro, a missile hit a block of flats, killing two people including a 3-year-old girl, said Borys Filatov, "
     "head of the city's military administration.", ("Borys Filatov", 2, 2)),
    ("Rockets struck a market, injuring nine people, said the mayor of Kherson.", ("mayor of Kherson", 9, 9)),
    ("A drone hit a bus, wounding 14 passengers, said Ivan Petrenko.", ("Ivan Petrenko", 14, 14)),
])
def test_a_speaker_after_a_participle_of_harm_is_read(text: str, value: tuple) -> None:
    assert value in _claims(text)


def test_a_circumstance_aside_still_leaves_the_speaker_before_it() -> None:
    assert ("Ivan Petrenko", 40, 40) in _claims("Ivan Petrenko, speaking on Monday, said 40 people were killed.")


# --- a part of a total whose noun is elided: "including N in <place>", "including N over the past day" ------------

@pytest.mark.parametrize(("text", "part"), [
    ("Air defences destroyed 40 drones overnight, including 25 over the Kursk region, the ministry said.",
     (25, 25, "drones")),
    ("Russia fired 40 missiles, including 12 from the Black Sea.", (12, 12, "missiles")),
    ("The army has killed about 51,300 Russian troops since the invasion, including 380 over the past day.",
     (380, 380, "troops")),
    ("Ukraine said it downed 300 drones this month, including 20 overnight.", (20, 20, "drones")),
])
def test_an_included_part_takes_the_totals_noun(text: str, part: tuple) -> None:
    assert part in _counts(text)


def test_an_included_part_with_no_place_or_time_is_left() -> None:
    assert _counts("The army has 3,000 tanks, including 500 in storage.") == [(3000, 3000, "tanks")]


def test_an_included_part_of_places_taken_is_taken_too() -> None:
    claims = _claims("The general said Ukrainian forces had liberated 500 settlements since the start of the offensive "
                     "in August, including 40 in Kharkiv region.")
    assert ("general", 40, 40) in claims
    assert _claims("The general said there are 500 settlements in the district, including 40 in the valley.") == []


# --- a list of counts by place, the noun named once ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "parts"), [
    ("Seven more drones were shot down over the Kursk region, five over the Bryansk region and two over the "
     "Oryol region.", [(5, 5, "drones"), (2, 2, "drones")]),
    ("Police detained 40 people in Minsk, 12 in Brest and 5 in Grodno.", [(12, 12, "people"), (5, 5, "people")]),
    ("Nine people were killed in Kharkiv, two in Izium, the governor said.", [(2, 2, "people")]),
])
def test_a_list_of_counts_by_place_shares_its_noun(text: str, parts: list) -> None:
    assert all(p in _counts(text) for p in parts)


@pytest.mark.parametrize("text", [
    "The army said 20 soldiers died in the battle, 3 on Monday.",  # no place after the number
    "Twelve shells hit the town, three in the morning.",  # no place phrase before the comma
])
def test_a_bare_number_after_a_comma_with_no_parallel_place_is_left(text: str) -> None:
    assert len(_counts(text)) == 1


def test_an_included_part_shares_what_befell_the_whole() -> None:
    claims = extract_claims("The General Staff said the army has killed about 51,300 Russian troops since the start "
                            "of the invasion, including 380 over the past day.")
    part = next(c for c in claims if c.quantity is not None and c.quantity.low == 380)
    assert part.kind == "casualties"


# --- a running total that names no noun totals the count before it ---------------------------------------------------

@pytest.mark.parametrize(("text", "total"), [
    ("Russia has added about a dozen battalion tactical groups over the past two weeks, bringing the total in "
     "Ukraine to about 95.", (95, 95, "battalion tactical groups")),
    ("Another 40 drones were downed on Sunday, bringing the total for the week to 300.", (300, 300, "drones")),
    ("Poland sent 2,000 more soldiers, bringing the total number of troops at the border to 10,000.",
     (10000, 10000, "troops")),
])
def test_a_running_total_with_no_noun_totals_the_count_before_it(text: str, total: tuple) -> None:
    assert total in _counts(text)


@pytest.mark.parametrize("text", [
    "The fund received 300 donations, bringing the total to 4,000.",  # donations are no counted thing
    "Moscow raised its forecast in March, bringing the total to 12.",  # no count before it
])
def test_a_running_total_with_nothing_counted_before_it_is_left(text: str) -> None:
    assert _counts(text) == []


# --- a General Staff list: "people eliminated" after the number, MLRS ------------------------------------------------

def test_a_tally_item_with_people_eliminated_and_mlrs() -> None:
    counts = _counts("The total combat losses of the enemy are approximately: personnel - about 50,100 (+300) people "
                     "eliminated, tanks - 2,100 (+10), MLRS - 250 (+2), aircraft - 200 (+1).")
    assert (50100, 50100, "personnel") in counts and (300, 300, "personnel") in counts
    assert (250, 250, "mlrs") in counts and (2, 2, "mlrs") in counts


def test_mlrs_counted_in_a_sentence() -> None:
    assert _counts("Ukraine received 20 MLRS from its partners.") == [(20, 20, "mlrs")]


# --- an official spokesman or representative in apposition --------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The committee has registered more than 9,000 Russian citizens, Ivan Petrov, official spokesman of the State "
     "Border Committee, told BelTA.", ("Ivan Petrov", 9000, None)),
    ("Over 300 servicemen arrived, Ivan Petrov, official representative of the Defence Ministry, told reporters.",
     ("Ivan Petrov", 300, None)),
    ("About 400 soldiers took part, Ivan Petrov, representative of the State Border Committee, said.",
     ("Ivan Petrov", 400, 400)),
])
def test_an_official_spokesman_in_apposition_is_the_speaker(text: str, value: tuple) -> None:
    assert value in _claims(text)


def test_official_figures_are_no_appositive() -> None:
    # no government named: an unnamed one (stop 25, actor25b), not a body called "Government"
    assert ("government", 300, 300) in _claims("The government said 300 soldiers arrived, official figures show.")


# --- "fired N times at ...": a count of attacks ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("He said that over the past day the enemy had fired 150 times at Ukrainian positions from artillery.",
     (150, 150, "attacks")),
    ("The enemy fired artillery at Nikopol 12 times overnight.", (12, 12, "attacks")),
    ("Russia struck the region 30 times across the day.", (30, 30, "attacks")),
    ("The enemy fired at the village 25 times against civilian homes.", (25, 25, "attacks")),
])
def test_fired_n_times_counts_attacks(text: str, value: tuple) -> None:
    assert value in _counts(text)


@pytest.mark.parametrize("text", [
    "The town was shelled 12 times a day.",  # a rate
    "The town was shelled three times as often.",  # a comparison
])
def test_times_before_a_or_as_is_still_no_count(text: str) -> None:
    assert _counts(text) == []


# --- a date in a clause opened by "since" starts a period: it never dates the saying -------------------------------

def _claim_dates(text: str) -> list[str | None]:
    return [c.claim_date.iso() if c.claim_date else None
            for c in extract_claims(text, dt.date(2024, 5, 14)) if c.quantity is not None]


@pytest.mark.parametrize("text", [
    "More than 2 million people have fled their homes since fighting broke out on 15 April, the agency said.",
    "More than 2 million people have fled since the war began on April 15, the agency said.",
    "Some 9,000 soldiers have been killed since the offensive started on 3 March, the ministry said.",
    "Since April 15 last year, ministry data shows that more than 3 million people have crossed into Chad.",
])
def test_a_date_in_a_since_clause_is_no_claim_date(text: str) -> None:
    dates = _claim_dates(text)
    assert dates and not {"2024-04-15", "2024-03-03", "2023-04-15", "2023-01-01"} & set(dates)


def test_a_saying_date_beside_a_since_clause_still_dates_the_claim() -> None:
    assert _claim_dates("On Monday, the agency said 400 people had fled since the offensive began.") == ["2024-05-13"]
