"""Count families left open by the blind probes (issue #3, fam22): parts named by "N of them" whose whole is vague,
in the sentence before or given only by the part's own verb; "up/down from N", the value a count had earlier;
"..., and that eight more were fired"; bulletins whose title names the issuing body. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.bulletins import bulletin_issuer
from claimtrack.extraction.quantities import find_counts, pronoun_parts


def _bounds(sentence: str) -> list[tuple[float | None, float | None]]:
    return [(c.low, c.high) for c in find_counts(sentence)]


def _claims(text: str) -> list[tuple[str | None, float | None, float | None]]:
    """(speaker, low, high) of every claim with a count read from `text`."""
    return [(c.actor.name if c.actor else None, c.quantity.low, c.quantity.high)
            for c in extract_claims(text) if c.quantity is not None]


# --- "N of them": the part's own verb, a vague whole, the whole in the sentence before ---------------------------

@pytest.mark.parametrize(("sentence", "expected", "unit"), [
    ("Three of them were badly wounded, the hospital said.", (3.0, 3.0), "wounded"),
    ("Activists believe that at least 900 of them have since been killed.", (900.0, None), "killed"),
    ("Police dispersed the crowd outside the embassy, 19 of whom were detained.", (19.0, 19.0), "detained"),
    ("Scouts saw a few dozen tanks near the river on June 4, and gunners hit 11 of them.", (11.0, 11.0), "tanks"),
    ("Guards stopped several hundred trucks at the crossing, but inspectors seized 40 of them.", (40.0, 40.0),
     "trucks"),
])
def test_pronoun_part_takes_its_verb_or_its_vague_whole(sentence: str, expected: tuple[float, float | None],
                                                        unit: str) -> None:
    found = find_counts(sentence)
    parts = pronoun_parts(sentence, 0, found, None)
    assert [(p.low, p.high, p.unit) for p in parts] == [(*expected, unit)]


@pytest.mark.parametrize("sentence", [
    "The two of them were wounded in the blast.",   # the two people, no part of a count
    "All three of them were detained at the border.",
    "One of them was killed instantly.",             # "one of them" is narrative
    "Four of them are women, the lawyer said.",      # no status, no whole
    "Most of them were wounded.",                    # no number
])
def test_pronoun_part_negatives(sentence: str) -> None:
    assert pronoun_parts(sentence, 0, find_counts(sentence), None) == []


def test_pronoun_part_whole_in_the_sentence_before() -> None:
    text = ('The air force said on Sunday: "The enemy launched 63 drones overnight. 52 of them were shot down '
            'over the south."')
    assert any(who is not None and low == 52.0 for who, low, _ in _claims(text))
    text = ("The navy said it had tracked 14 landing ships in the bay. Coastal batteries sank two of them, "
            "the navy said.")
    assert any(low == 2.0 for _, low, _ in _claims(text))


def test_pronoun_part_with_a_count_between_takes_no_whole() -> None:
    sentence = "They launched dozens of drones at 12 cities, and defenders shot down 30 of them."
    assert pronoun_parts(sentence, 0, find_counts(sentence), None) == []


# --- "up from 693", "down from a prewar population of about 17,000" -------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The death toll climbed to 724 people, up from 693 a week earlier.", [(724.0, 724.0), (693.0, 693.0)]),
    ("Only 300 residents remain in the village, officials said, down from a prewar population of about 4,500.",
     [(300.0, 300.0), (4500.0, 4500.0)]),
    ("The average daily number of casualties rose to 930 in 2023, up from 690 the year before.",
     [(930.0, 930.0), (690.0, 690.0)]),
    ("Some 45 drones were launched, down from more than 80 on Friday.", [(45.0, 45.0), (80.0, None)]),
])
def test_up_from_takes_the_earlier_count_noun(sentence: str, expected: list[tuple[float, float | None]]) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Support rose to 40 percent, up from 33 percent in May.",        # a share, no count before
    "The army now fields 300 tanks, up from 2019 levels.",          # a year
    "The army fielded 40 tanks on 3 fronts, up from 12.",  # another number between
])
def test_up_from_negatives(sentence: str) -> None:
    counts = find_counts(sentence)
    assert all(c.low not in {33.0, 2019.0, 12.0} for c in counts)


@pytest.mark.parametrize(("sentence", "value"), [
    ("It said rebels had fired 20 rockets at the base, and that six more were fired at the airport.", 6.0),
    ("Officials said 15 homes burned on Monday, and that nine more were damaged overnight.", 9.0),
    ("The ministry said 40 drones were downed in the south and that 12 more fell in the east.", 12.0),
])
def test_and_that_more_takes_the_elided_noun(sentence: str, value: float) -> None:
    assert (value, value) in _bounds(sentence)


# --- bulletins: the title names the issuing body ---------------------------------------------------------------------

@pytest.mark.parametrize(("title", "issuer"), [
    ("General Staff of the Armed Forces of Ukraine: operational information as of 08:00 on 02.03.2024",
     "General Staff of the Armed Forces of Ukraine"),
    ("Summary of the Russian Ministry of Defence briefing on the special military operation",
     "Russian Ministry of Defence"),
    ("UK Ministry of Defence intelligence update (translated)", "UK Ministry of Defence"),
    ("Ukrainian Air Force: daily report", "Ukrainian Air Force"),
])
def test_bulletin_issuer_from_title(title: str, issuer: str) -> None:
    assert bulletin_issuer(title + "\n\nThe enemy lost 300 servicemen.") == issuer


@pytest.mark.parametrize("title", [
    "Russia hits Ukraine's power plants in a massive overnight attack",
    "Zelensky: we will not give up our land",
    "Pentagon report says Russia lost 300 tanks",
    "The summary of the talks was not published, the ministry said, and a report is due on Monday.",
])
def test_no_bulletin_issuer(title: str) -> None:
    assert bulletin_issuer(title + "\n\nMore text.") is None


def test_bulletin_figures_are_the_issuer_claims() -> None:
    text = ("General Staff of the Armed Forces of Ukraine: operational information as of 08:00 on 02.03.2024\n\n"
            "Over the past day, the enemy carried out 61 air strikes on the positions of our troops.\n\n"
            "The total combat losses of the enemy amounted to: personnel – about 410,000 (+950) persons were "
            "liquidated, tanks – 6,700 (+12).\n\n"
            "Earlier, a Russian blogger, Ivan Petrov, claimed that 15 tanks had been captured.")
    claims = _claims(text)
    staff = "General Staff of the Armed Forces of Ukraine"
    assert (staff, 61.0, 61.0) in claims
    assert (staff, 410000.0, 410000.0) in claims
    assert (staff, 6700.0, 6700.0) in claims
    assert all(who != staff for who, low, _ in claims if low == 15.0)  # a sentence's own speaker keeps it


def test_no_bulletin_no_speaker() -> None:
    text = ("Fighting goes on near the river\n\nOver the past day, the enemy carried out 61 air strikes on the "
            "positions of the brigade.")
    assert all(who is None for who, _, _ in _claims(text))


# --- "fewer than 1,000 remained": those who stayed of the people named before -------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Before the war the village was home to about 6,000 people. Officials say fewer than 400 remained in May.",
     (None, 400.0)),
    ("The mayor said 12,000 residents had fled, and only about 800 remain.", (800.0, 800.0)),
    ("The governor said most civilians had left the town. He said some 250 were still left there.", (250.0, 250.0)),
])
def test_remaining_people(text: str, expected: tuple[float | None, float]) -> None:
    assert any((low, high) == expected and who is not None for who, low, high in _claims(text))


@pytest.mark.parametrize("text", [
    "The governor said 40 tanks were destroyed. Only 3 remained in service, he said.",   # no people
    "The village had a school and a church. Officials said 40 remained standing.",
    "The mayor said that in 2014 the town had 9,000 people. He said 2020 remained a hard year.",  # a year
])
def test_remaining_negatives(text: str) -> None:
    assert {low for _, low, _ in _claims(text)} <= {40.0, 9000.0}
