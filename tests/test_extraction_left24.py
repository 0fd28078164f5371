"""Families left from earlier blind probes (left24): attacks counted as "N times", a name coordinated with a
country's adjective, and the rules added after them. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims

PUB = dt.date(2024, 3, 5)


def counts(text: str) -> list[tuple[float | None, float | None, str | None]]:
    """(low, high, subject) of each claim with a count."""
    return [(c.quantity.low, c.quantity.high, c.subject) for c in extract_claims(text, PUB) if c.quantity]


def places(text: str) -> list[str | None]:
    """The place of each claim with a count."""
    return [c.place.name if c.place else None for c in extract_claims(text, PUB) if c.quantity]


# --- attacks counted as "N times" after a verb of attack -------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high"), [
    ("The region was shelled 19 times over the weekend, the governor said.", 19, 19),
    ("The governor said the district had been shelled more than 40 times since Friday.", 40, None),
    ("Kim said the region came under fire 32 times.", 32, 32),
    ("The governor said Russian forces attacked the Nikopol district 87 times over the past day.", 87, 87),
    ("The governor said the army fired on the village some 30 times.", 30, 30),
    ("Over the past day, the enemy struck positions near Robotyne 14 times, the General Staff said.", 14, 14),
])
def test_attacks_counted_as_times(text: str, low: float, high: float | None) -> None:
    assert (low, high, "attacks") in counts(text)


def test_the_second_times_of_the_same_verb() -> None:
    found = counts("The governor said Russian troops struck Nikopol 25 times with artillery and 3 times with drones.")
    assert (25, 25, "attacks") in found and (3, 3, "attacks") in found


@pytest.mark.parametrize("text", [
    "The governor said the bombs were three times more powerful than last year.",
    "The mayor said he had visited the shelled district 12 times.",
    "The minister said Russia had attacked the plan five times as often as its allies did.",
    "The governor said prices had risen four times since the war began.",
    "The governor said the town was shelled and that the siren sounded 12 times overnight.",
])
def test_times_that_count_no_attack(text: str) -> None:
    assert all(subject != "attacks" for _, _, subject in counts(text)), counts(text)


# --- a name coordinated with a country's adjective qualifies the noun as the adjective does ----------------------

@pytest.mark.parametrize("text", [
    "On Tuesday, U.S. and British warships shot down 21 drones and three cruise missiles, the command said.",
    "On Tuesday, US and French destroyers intercepted 12 drones, the Pentagon said.",
    "The ministry said Israel and Egyptian mediators had agreed to free 30 hostages.",
    "The agency said Russia or Iranian suppliers had sent 300 drones.",
])
def test_a_name_with_a_coordinated_adjective_owns(text: str) -> None:
    assert all(p is None for p in places(text)), places(text)


@pytest.mark.parametrize(("text", "place"), [
    ("The ministry said 12 drones were shot down over Russia and Belarusian territory.", "Russia"),
    ("The governor said 12 drones were shot down by a US destroyer near Yemen.", "Yemen"),
    ("The ministry said US and British warships sailed to Yemen, where 12 drones were downed.", "Yemen"),
])
def test_a_coordinated_adjective_leaves_the_other_places(text: str, place: str) -> None:
    assert places(text) and all(p == place for p in places(text)), places(text)


# --- "the city" is the best-placed settlement of its sentence, not the last named ------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ('Russian strikes on Zaporizhzhia have killed 40 civilians since March, Mayor Ivan Petrenko said on Friday, two '
     'days after Russian troops withdrew from nearby Vasylivka. "The city has been hit more than 300 times," Petrenko '
     'said. The mayor said about 900 homes had been damaged.', "Zaporizhzhia"),
    ("Drones struck Kharkiv overnight, days after the army pulled back from Vovchansk. The mayor said 14 people "
     "were wounded in the city.", "Kharkiv"),
    ("Missiles hit Dnipro on Monday as residents fled from Nikopol. Officials said 20 homes in the city were "
     "damaged.", "Dnipro"),
])
def test_the_city_is_the_sentence_s_best_placed_settlement(text: str, place: str) -> None:
    assert places(text) and all(p == place for p in places(text)), places(text)


def test_the_city_is_where_people_went_not_where_they_left() -> None:
    text = "Residents fled from Kharkiv to Poltava. Officials said 300 people had arrived in the city."
    assert places(text) == ["Poltava"], places(text)


# --- "N more" after one thing named with "a": the plural of that thing -----------------------------------------

@pytest.mark.parametrize(("text", "value", "subject_word"), [
    ("The ministry said its forces shot down a drone over the Oryol region and destroyed three more over the Tula "
     "region.", 3, "drones"),
    ("Officials said a tank was destroyed and two more were damaged.", 2, "tanks"),
    ("The ministry said air defences intercepted a missile over Kyiv overnight and four more later in the morning.",
     4, "missiles"),
    ("The command said an enemy helicopter was shot down and two more had to land.", 2, "helicopters"),
])
def test_more_of_a_single_thing(text: str, value: float, subject_word: str) -> None:
    found = counts(text)
    assert any(low == value == high and subject_word in (subject or "") for low, high, subject in found), found


@pytest.mark.parametrize("text", [
    "The mayor said he fired a rocket and waited two more days.",
    "The governor said a drone hit a house in the night, two more were seen.",
    "The minister said a soldier deserves two more weeks of rest and leave.",
])
def test_more_that_counts_no_single_thing(text: str) -> None:
    assert counts(text) == [], counts(text)


# --- a place carried to the same speaker named again ---------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("The Israeli military said a soldier was wounded when a bomb went off near a patrol in Tulkarm overnight. "
     "Troops responding to the attack killed three gunmen, a military spokesperson said.", "Tulkarm"),
    ("The defence ministry of Ukraine said soldiers had died in fighting near Avdiivka on Monday. The ministry said "
     "48 soldiers were killed.", "Avdiivka"),
    ("Mayor Ihor Terekhov said a missile hit a school in Kharkiv. Terekhov said 12 children were hurt.", "Kharkiv"),
])
def test_a_place_carried_to_the_same_speaker_named_again(text: str, place: str) -> None:
    assert places(text) and places(text)[-1] == place, places(text)


@pytest.mark.parametrize("text", [
    "Zelensky visited troops in Kharkiv on Monday. He said Russia had lost 300,000 soldiers since the invasion.",
    "The Israeli military said a soldier was wounded in Tulkarm. Hamas said 30 fighters had joined its ranks.",
    "The defence ministry said soldiers died near Avdiivka. Analysts said 48 soldiers were killed.",
])
def test_no_place_carried_to_another_speaker(text: str) -> None:
    assert places(text) and places(text)[-1] is None, places(text)  # "a soldier" is a count too (stop 29)


# --- a place inside a media outlet's name is no place --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A resident told France 24 that soldiers rounded up 300 men at the market.",
    "A witness told Radio Free Europe that 40 people were killed in the raid.",
    "A doctor told Voice of America that 12 children were among the dead.",
    "A commander told The Times of Israel that 30 rockets were fired overnight.",
])
def test_a_place_in_an_outlet_name_is_no_place(text: str) -> None:
    assert places(text) == [None], places(text)


@pytest.mark.parametrize(("text", "place"), [
    ("A doctor told The Times of Israel that 12 children were among the dead in Gaza.", "Gaza Strip"),
    ("A witness told Voice of America that 40 people fled to France.", "France"),
    ("Officials in France said 24 people were hurt.", "France"),
])
def test_other_places_beside_an_outlet_name(text: str, place: str) -> None:
    assert places(text) == [place], places(text)


# --- camps and townships the gazetteer lacks -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("The committee said the militia had fired more than 40 shells at the Abu Shouk camp for displaced people.",
     "Abu Shouk camp"),
    ("Activists said the militia had abducted about 30 young men from the Zamzam camp south of the city.",
     "Zamzam camp"),
    ("The army said it killed two gunmen in the Nur Shams refugee camp.", "Nur Shams camp"),
    ("The spokesman said 41 soldiers surrendered in Namhsan township on Monday.", "Namhsan"),
    ("The governor said 12 homes were destroyed in Krasnove village.", "Krasnove"),
    ('A jet bombed a crowd in Pazigyi village in Kanbalu township, a witness said. "I counted about 30 dead '
     'children," said the witness.', "Pazigyi"),
])
def test_an_unlisted_camp_or_township(text: str, place: str) -> None:
    assert places(text) == [place], places(text)


@pytest.mark.parametrize("text", [
    "The Wagner camp held 300 fighters, the official said.",
    "Officials said 500 people were housed in the Russian camp.",
    "The official said 300 recruits had passed through the Army camp.",
    "Officials said 500 people had reached the camp.",
    "The governor said 40 people were evacuated from the Olympic village.",
])
def test_camps_that_name_no_place(text: str) -> None:
    assert places(text) == [None], places(text)


@pytest.mark.parametrize("text", [
    "Officials in Kyiv said the flood could move landmines. The State Emergency Service of Ukraine said 300 mines "
    "may be along the riverbanks.",
    "Russia's army said it struck a depot in Kramatorsk. Russia's foreign ministry said 40 diplomats were expelled.",
])
def test_a_shared_country_or_common_word_is_no_same_speaker(text: str) -> None:
    assert places(text)[-1] is None, places(text)


# --- "N of them" after a reporting clause in the part's own clause ----------------------------------------------

@pytest.mark.parametrize(("text", "value", "word"), [
    ("Enemy forces launched 22 attack drones overnight and the air force said it destroyed 17 of them over the Sumy "
     "region.", 17, "drones"),
    ("Russia fired 40 missiles at the city and Ukraine's air force said that it shot down 31 of them.", 31, "missiles"),
    ("The rebels fired 60 rockets and the army told reporters it had intercepted 45 of them.", 45, "rockets"),
])
def test_a_part_after_a_reporting_clause(text: str, value: float, word: str) -> None:
    found = counts(text)
    assert any(low == value == high and word in (subject or "") for low, high, subject in found), found


def test_no_part_beyond_the_clause_span() -> None:
    text = ("The army said 300 soldiers were trained, and later that night in the capital the two of us met 12 of "
            "them.")
    assert all(low != 12 for low, _, _ in counts(text)), counts(text)
