"""Every count of a sentence with several counts gets its own record (issue #3, stop 26, multi26): a later count
reads the status of its own clause, a listed part takes what befell its whole, a bare number takes the noun of the
count it is coordinated with (after its own auxiliary and state, or fronted by "of the N"), and a place counted as
an extent is no whole of a part. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.quantities import find_counts
from claimtrack.extraction.subjects import included_part, own_clause_lead

DAY = dt.date(2024, 5, 1)


def _claims(text: str) -> list[tuple[float | None, str | None]]:
    """(low, subject) of every claim with a count read from `text`."""
    return [(c.quantity.low, c.subject) for c in extract_claims(text, DAY) if c.quantity is not None]


def _lows(sentence: str) -> list[float | None]:
    return [c.low for c in find_counts(sentence)]


# --- a later count reads the status of its own clause ------------------------------------------------------------


def test_a_later_count_takes_the_verb_of_its_own_clause() -> None:
    text = "The regional governor said the shelling had killed 4 people and destroyed at least 25 houses."
    assert _claims(text) == [(4.0, "people killed"), (25.0, "houses destroyed")]


def test_a_third_count_takes_the_verb_after_the_second() -> None:
    text = "The mayor of Sumy said the missile killed two pensioners, wounded 17 and damaged 40 apartments."
    assert _claims(text)[-1] == (40.0, "apartments damaged")


def test_own_clause_lead_needs_a_coordinator_between_the_counts() -> None:
    """A near miss: "12 soldiers and 3 officers were killed" share one verb; nothing opens a clause of the second's."""
    sentence = "The army said 12 soldiers and 3 officers were killed."
    assert own_clause_lead(sentence, sentence.index("3 officers"), sentence.index(" and 3")) == " and "
    sentence = "The army said 12 soldiers 3 officers were killed."
    assert own_clause_lead(sentence, sentence.index("3 officers"), sentence.index(" 3 officers")) == ""
    assert _claims("The army said 12 soldiers and 3 officers were killed.") == [
        (12.0, "troops killed"), (3.0, "troops killed"),
    ]  # fmt: skip


def test_own_clause_lead_is_not_read_across_a_long_gap() -> None:
    sentence = "He said 5 people " + "x " * 60 + "and 9 houses"
    assert own_clause_lead(sentence, sentence.index("9 houses"), sentence.index(" x")) == ""


# --- a listed part takes what befell its whole ---------------------------------------------------------------------


def test_parts_of_a_struck_whole_are_struck() -> None:
    text = "The Russian defence ministry said it had struck 60 targets overnight, including four command posts and " \
           "seven fuel depots."  # fmt: skip
    assert _claims(text) == [(60.0, "targets hit"), (4.0, "command posts hit"), (7.0, "fuel depots hit")]


def test_parts_of_a_whole_nothing_befell_stay_unread() -> None:
    """A near miss: depots visited, not struck, are no claim."""
    text = "The Russian defence ministry said inspectors had visited 60 sites, including four command posts and " \
           "seven fuel depots."  # fmt: skip
    assert _claims(text) == []


def test_included_part_finds_including_before_a_later_item() -> None:
    sentence = "It struck 60 targets, including four command posts and seven fuel depots."
    assert included_part(sentence, sentence.index("seven")) == sentence.index("including")
    assert included_part(sentence, sentence.index("four")) == sentence.index("including")
    assert included_part("It struck 60 targets and seven fuel depots.", 26) is None


# --- a bare number coordinated with a counted one ------------------------------------------------------------------


def test_a_bare_number_with_its_own_state_takes_the_noun_before() -> None:
    sentence = "Officials in Kherson said 6 people had died and 19 were still missing after the flood."
    assert _lows(sentence) == [6.0, 19.0]
    assert _claims(sentence) == [(6.0, "people killed"), (19.0, "people missing")]


def test_a_bare_number_in_hospital_takes_the_noun_before() -> None:
    sentence = "The governor said 40 miners had been rescued and that 12 were in hospital."
    assert [c.unit for c in find_counts(sentence)] == ["miners", "miners"]


def test_a_bare_number_before_a_noun_phrase_is_not_elided() -> None:
    """A near miss: "32 years" has a noun of its own, and the number is no count of the noun before."""
    assert _lows("He said 15 people had died and 32 years of work were lost.") == [15.0]


def test_a_part_placed_in_a_city_skips_the_extent_before_it() -> None:
    text = "The rights group said police had detained more than 900 people at rallies in 17 cities, including 320 in " \
           "Minsk and 140 in Brest."  # fmt: skip
    counts = find_counts(text)
    assert [(c.low, c.unit) for c in counts] == [
        (900.0, "people"), (17.0, "cities"), (320.0, "people"), (140.0, "people"),
    ]  # fmt: skip


def test_an_extent_with_no_count_before_it_stays_the_whole() -> None:
    """A near miss: with no other count before, the cities are the whole of the part."""
    counts = find_counts("The army said it had recaptured 60 villages, including 20 in the Kherson region.")
    assert [(c.low, c.unit) for c in counts] == [(60.0, "villages"), (20.0, "villages")]


def test_a_whole_fronted_by_of_lends_its_noun_to_the_part() -> None:
    text = "Of the 400 drones launched overnight, 370 were shot down, the Ukrainian air force said."
    assert _lows(text) == [400.0, 370.0]
    counts = find_counts("The ombudsman Dmytro Lubinets said that of the 9,000 children taken, only 210 had returned.")
    assert [(c.low, c.unit) for c in counts] == [(9000.0, "children"), (210.0, "children")]


def test_of_inside_a_clause_fronts_no_whole() -> None:
    """A near miss: "the end of the 400 drones' flight" is no fronted whole; and a number after a second clause is
    no part."""
    assert _lows("He spoke of the 400 drones launched, 370 were shot down.") == [400.0]
    assert _lows("Of the 400 drones launched, the air force said, 370 were shot down.") == [400.0]


# --- each count takes the place of its own clause ------------------------------------------------------------------


def _places(text: str) -> list[tuple[float | None, str | None]]:
    """(low, place name) of every claim with a count read from `text`."""
    return [
        (c.quantity.low, c.place.name if c.place else None) for c in extract_claims(text, DAY) if c.quantity is not None
    ]


def test_items_with_places_of_their_own_lend_them_to_no_other_count() -> None:
    text = "The UNHCR said more than 500,000 people had fled the fighting, including about 210,000 into Chad and " \
           "120,000 into Egypt."  # fmt: skip
    assert _places(text) == [(500000.0, None), (210000.0, "Chad"), (120000.0, "Egypt")]


def test_a_listed_part_keeps_its_place_to_itself() -> None:
    text = "The Ukrainian army said there had been 140 clashes along the front, including 25 near Kupiansk."
    assert _places(text) == [(140.0, None), (25.0, "Kupiansk")]


def test_one_place_after_coordinated_counts_is_shared() -> None:
    """A near miss: "five killed and 12 wounded in Kharkiv" names one place for both counts."""
    text = "The regional governor said five people were killed and 12 wounded in Kharkiv."
    assert _places(text) == [(5.0, "Kharkiv"), (12.0, "Kharkiv")]


# --- an earlier value after a longer clause ---------------------------------------------------------------------------


def test_up_from_reaches_past_the_rest_of_the_count_clause() -> None:
    sentence = "The Finnish Border Guard said 5,120 Russians had entered Finland across the eastern border on " \
               "Tuesday, up from about 3,300 a week earlier."  # fmt: skip
    assert _lows(sentence) == [5120.0, 3300.0]


def test_up_from_after_another_number_is_not_the_earlier_value() -> None:
    """A near miss: a number between the count and "up from" is what rose ("at 9 crossings")."""
    sentence = "The Finnish Border Guard said 5,120 Russians had entered Finland at 9 crossings on Tuesday, up from " \
               "about 3,300."  # fmt: skip
    assert 3300.0 not in [c.low for c in find_counts(sentence) if c.unit == "russians"]


def test_a_place_after_the_list_of_parts_is_the_whole_s() -> None:
    """A near miss: the place is named after the parts' list closes, in the whole's clause."""
    text = "The regional administration said around 600 civilians, including 45 children, were sheltering in a " \
           "plant in Sievierodonetsk."  # fmt: skip
    assert _places(text) == [(600.0, "Severodonetsk"), (45.0, "Severodonetsk")]
