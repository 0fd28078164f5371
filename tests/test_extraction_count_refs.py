"""Counts read through the words around them (count_refs): a part named by "N of them" in a clause of its own, "one"
ending a list of counts, the verb right before a count, taken/freed/flooded places, struck targets, hostages, and
death tolls past an abbreviation or "above"; each rule with a sentence it must not read."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.count_refs import listed_after, part_in_own_clause, territory_status, verb_right_before

DAY = dt.date(2024, 3, 14)


def numeric(text: str) -> list[tuple[float | None, float | None, str | None]]:
    """(low, high, subject) of every claim with bounds, in order."""
    return [(c.quantity.low, c.quantity.high, c.subject) for c in extract_claims(text, DAY)
            if c.quantity is not None and not c.quantity.vague]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The army said the enemy fired 60 rockets at the port overnight, the navy said, and its crews downed 51 of "
         "them.", 51),
        ("Officials said Moscow launched 25 drones on Sunday, and air defence units destroyed 19 of them.", 19),
        ("The air force said Russia sent 44 missiles toward the capital before dawn, but gunners intercepted 38 of "
         "them.", 38),
    ],
)
def test_a_part_named_by_of_them_in_its_own_clause_counts_the_whole_s_noun(text: str, part: float) -> None:
    lows = [low for low, _, _ in numeric(text)]
    assert part in lows and len(lows) == 2


def test_of_them_far_from_any_clause_of_its_own_is_not_a_part() -> None:
    text = ("The army said the enemy fired 60 rockets at the port, while villagers living in the hills near the old "
            "monastery on the ridge told reporters, worried and tired, about 12 of them.")
    assert [low for low, _, _ in numeric(text)] == [60]
    # the part's clause has more than five words before "N of them"
    assert not part_in_own_clause(" at the port overnight, the navy said, and later that night the two of us saw ")


@pytest.mark.parametrize(
    ("text", "low", "subject"),
    [
        ("The regional governor said enemy shelling of the town on Monday killed two people and damaged a school.", 2,
         "people killed"),
        ("The police chief said the blast wounded four people and destroyed three cars.", 4, "people wounded"),
        ("The governor said the drone attack injured 12 people and damaged a hospital.", 12, "people wounded"),
    ],
)
def test_the_verb_right_before_a_count_reads_it_before_a_later_verb(text: str, low: float, subject: str) -> None:
    assert (low, low, subject) in numeric(text)


def test_no_verb_right_before_a_count_leaves_its_clause_to_say() -> None:
    assert verb_right_before("troops killed, injured or captured ") is None  # coordinated verbs share the count
    assert verb_right_before("it has recaptured ") == "recaptured"
    assert verb_right_before("The governor said ") == "said"
    assert verb_right_before("") is None
    assert numeric("The governor said two people were killed.") == [(2, 2, "people killed")]


@pytest.mark.parametrize(
    ("text", "low", "subject"),
    [
        ("The navy said its ships shot down 12 drones, three cruise missiles and one ballistic missile.", 1,
         "missile destroyed"),
        ("The ministry said air defences intercepted 20 drones and one cruise missile overnight.", 1,
         "cruise missiles destroyed"),
        ("The army said it destroyed four tanks, two howitzers, one missile and five trucks.", 1, "missile destroyed"),
    ],
)
def test_one_ending_a_list_of_counts_is_a_count(text: str, low: float, subject: str) -> None:
    assert any(lo == low == hi for lo, hi, _ in numeric(text))


def test_one_outside_a_list_is_still_narrative() -> None:
    assert numeric("The navy said one ship was hit by debris near the coast.") == []
    assert numeric("The navy said 200 sailors, one of them a cook, were on board.") != []
    assert not listed_after(" at the port and ")
    assert listed_after(", and ")


@pytest.mark.parametrize(
    ("text", "low", "subject"),
    [
        ("The ministry said the army had captured nine villages in the region.", 9, "villages captured"),
        ("The commander said his troops had liberated 14 settlements over the past week.", 14,
         "settlements liberated"),
        ("The governor said 40 settlements along the river had been flooded.", 40, "settlements flooded"),
        ("The ministry said its troops now controlled six towns in the north.", 6, "towns held"),
        ("The army said it had recaptured 11 villages and struck depots in the south.", 11, "villages liberated"),
    ],
)
def test_places_taken_freed_held_or_flooded_are_counted(text: str, low: float, subject: str) -> None:
    assert any(lo == low and s is not None and s.endswith(subject) for lo, _, s in numeric(text))


def test_places_nothing_befell_are_no_claim() -> None:
    assert numeric("The mayor said there are 30 villages in the district.") == []
    assert territory_status("12 villages in the valley", "the mayor said ") is None
    # an area is a measure, not a count (like a distance)
    assert numeric("The minister said troops had liberated an area of 90 square kilometres.") == []


@pytest.mark.parametrize(
    ("text", "low", "subject"),
    [
        ("The army said it struck about 900 targets on Tuesday.", 900, "targets hit"),
        ("The military said its jets hit 45 targets in the south overnight.", 45, "targets destroyed"),
        ("The army said troops had destroyed 40 tunnel shafts.", 40, "tunnel shafts destroyed"),
    ],
)
def test_struck_targets_and_destroyed_facilities_are_counted(text: str, low: float, subject: str) -> None:
    assert (low, low, subject) in numeric(text)


def test_targets_nothing_befell_are_no_claim() -> None:
    assert numeric("The army said it had identified 300 targets for the coming weeks.") == []


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("The ministry said 900 people were killed in the raid and some 120 were taken hostage.", 120),
        ("Police said 14 were taken hostage at the bank.", 14),
        ("The army said at least 30 had been taken hostage by the gunmen.", 30),
    ],
)
def test_taken_hostage_counts_the_detained(text: str, low: float) -> None:
    assert any(lo == low and s is not None and "prisoners" in s for lo, _, s in numeric(text))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The health ministry said the death toll from strikes since Oct. 7, 2023 had risen to 3,456.", 3456, 3456),
        ("The ministry said the death toll had risen above 9,000.", 9000, None),
        ("Officials said the death toll from the floods since Sept. 2 had climbed to 61.", 61, 61),
    ],
)
def test_death_tolls_past_an_abbreviation_or_above_a_number(text: str, low: float, high: float | None) -> None:
    assert (low, high, "killed") in numeric(text)


def test_a_toll_followed_by_a_date_only_is_no_count() -> None:
    assert numeric("The ministry said the death toll would be updated on Oct. 9.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said troops repelled six counterattacks near the town.",
        "The general staff said the enemy carried out 31 assaults on Monday.",
        "The army said there were 17 combat clashes along the front over the past day.",
    ],
)
def test_attacks_of_every_name_are_counted(text: str) -> None:
    assert len(numeric(text)) == 1
