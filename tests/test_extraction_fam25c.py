"""The second and later counts of a sentence, and counted nouns the lexicon lacked (issue #3, stop 25, fam25c).

Each count of a sentence is its own claim with its own status and noun; a bare number takes the noun of the count
before it when the text elides it ("and 180 destroyed", "while UNHCR said 700,000 had crossed", "with about 1.2
million, followed by Poland with roughly 900,000"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.quantities import find_counts

DAY = dt.date(2024, 5, 1)


def _counts(sentence: str) -> list[tuple[float | None, float | None, str]]:
    """(low, high, counted noun) of every count `find_counts` reads in `sentence`."""
    return [(c.low, c.high, c.unit) for c in find_counts(sentence)]


def _claims(text: str) -> list[tuple[str | None, float | None, float | None, str | None]]:
    """(speaker, low, high, subject) of every claim with a count read from `text`."""
    return [
        (c.actor.name if c.actor else None, c.quantity.low, c.quantity.high, c.subject)
        for c in extract_claims(text, DAY)
        if c.quantity is not None
    ]


# --- each count its own status ----------------------------------------------------------------------------------


def test_a_number_followed_by_and_and_a_verb_is_the_first_verb_s_count() -> None:
    # "killed 14 and wounded 30": "wounded" is the second clause's verb, not the noun of 14
    assert _counts("Officials said the strike killed 14 and wounded 30.") == [
        (14.0, 14.0, "killed"),
        (30.0, 30.0, "wounded"),
    ]


def test_and_between_two_modifiers_still_joins_them_to_the_noun() -> None:
    assert _counts("About 500 Russian and Belarusian troops crossed the border.") == [(500.0, 500.0, "troops")]


def test_a_count_whose_own_words_name_a_status_keeps_it_not_the_next_count_s() -> None:
    claims = _claims("Governor Ivan Fedorov said 30 people were wounded and 12 killed in Zaporizhzhia.")
    assert [(c[1], c[3]) for c in claims] == [(30.0, "people wounded"), (12.0, "killed")]


def test_two_counts_sharing_one_verb_share_its_status() -> None:
    claims = _claims("Governor Ivan Fedorov said 12 soldiers and 3 officers were killed in Zaporizhzhia.")
    assert [(c[1], c[3]) for c in claims] == [(12.0, "troops killed"), (3.0, "troops killed")]


def test_and_that_opens_the_clause_of_the_next_count() -> None:
    claims = _claims("The air force said Russia launched 60 missiles and that 48 had been shot down.")
    assert [(c[1], c[3]) for c in claims] == [(60.0, "missiles"), (48.0, "missiles destroyed")]


# --- a later count whose noun is elided -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Natalia Kovalenko said 1,300 schools had been damaged and 180 destroyed since February.",
            [(1300.0, 1300.0, "schools"), (180.0, 180.0, "schools")],
        ),
        (
            "The air force said Russia launched 60 missiles and that 48 had been shot down.",
            [(60.0, 60.0, "missiles"), (48.0, 48.0, "missiles")],
        ),
        (
            "More than 16,000 children were deported, of whom only 350 have been returned, Dmytro Lubinets said.",
            [(16000.0, None, "children"), (350.0, 350.0, "children")],
        ),
        (
            "Police said two civilians were killed in Lyman and one in Siversk.",
            [(2.0, 2.0, "civilians"), (1.0, 1.0, "civilians")],
        ),
    ],
)
def test_a_bare_number_after_and_or_of_whom_takes_the_noun_before(
    sentence: str, expected: list[tuple[float, float | None, str]]
) -> None:
    assert _counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The army received 40 tanks and 30 arrived by rail.",  # no participle of a status, no auxiliary
        "Two civilians were killed and one in five homes was damaged.",  # "one in five" is a share
        "Police said two civilians were killed and one was a teacher.",
    ],
)
def test_a_bare_number_after_and_with_no_sign_of_ellipsis_borrows_nothing(sentence: str) -> None:
    assert len(_counts(sentence)) == 1


def test_a_later_speaker_s_bare_number_with_its_own_verb_is_that_speaker_s_count() -> None:
    text = (
        "The interior ministry said 3.2 million people had fled, while UNHCR said 700,000 had crossed into Poland, "
        "including 210,000 into Moldova."
    )
    assert _counts(text) == [
        (3200000.0, 3200000.0, "people"),
        (700000.0, 700000.0, "people"),
        (210000.0, 210000.0, "people"),
    ]
    speakers = [(c[0], c[1]) for c in _claims(text)]
    assert speakers == [("Interior ministry", 3200000.0), ("UNHCR", 700000.0), ("UNHCR", 210000.0)]


def test_a_later_speaker_s_number_after_a_date_and_with_a_qualifier() -> None:
    text = (
        "IOM said 2.4 million people had been displaced since April 15, while UNHCR said more than 600,000 had "
        "crossed into neighbouring countries, including about 250,000 into Chad and 90,000 into Egypt."
    )
    assert [(low, high) for low, high, _ in _counts(text)] == [
        (2400000.0, 2400000.0),
        (600000.0, None),
        (250000.0, 250000.0),
        (90000.0, 90000.0),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said 3.2 million people had fled, while UNHCR said 700,000.",  # no verb of its own
        "The ministry said 3.2 million people had fled, while UNHCR said 2023 had been the worst year.",  # a year
    ],
)
def test_a_later_speaker_s_number_without_its_own_verb_borrows_nothing(sentence: str) -> None:
    assert len(_counts(sentence)) == 1


# --- a ranking: "with N, followed by X with M" ------------------------------------------------------------------


def test_a_ranking_s_numbers_count_the_noun_named_before_them() -> None:
    text = (
        "Italy hosts the largest number of Eritrean refugees in Europe, with about 120,000, followed by Sweden "
        "with roughly 60,000 and Norway with 25,000, the agency said."
    )
    assert _counts(text) == [
        (120000.0, 120000.0, "refugees"),
        (60000.0, 60000.0, "refugees"),
        (25000.0, 25000.0, "refugees"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ivan Petrenko said 40 people were killed in a town with 5,000, followed by shelling.",
        "The brigade was followed by a convoy with 30 of them.",
    ],
)
def test_with_a_number_outside_a_ranking_counts_nothing_more(sentence: str) -> None:
    assert [low for low, _, _ in _counts(sentence)] in ([40.0], [])


def test_up_from_an_estimate_of_is_the_earlier_value_of_the_count() -> None:
    assert _counts("The agency said 368,000 people had fled, up from an estimate of 150,000 given on Saturday.") == [
        (368000.0, 368000.0, "people"),
        (150000.0, 150000.0, "people"),
    ]
    assert _counts("The agency said 368,000 people had fled, up from an estimate published in 2022.") == [
        (368000.0, 368000.0, "people")
    ]


def test_an_elided_count_before_a_dash_and_its_speaker() -> None:
    text = (
        "Maria Kowalska of the Border Guard said traffic was falling. - Last week we had 90 thousand people a day. "
        "Today it is about 50 thousand - she said."
    )
    assert [c[1] for c in _claims(text)] == [90000.0, 50000.0]


def test_a_dash_after_a_number_that_goes_on_is_no_end_of_an_elided_count() -> None:
    text = (
        "Maria Kowalska of the Border Guard said traffic was falling. - Last week we had 90 thousand people a day. "
        "Today it is about 50 - 60 percent less - she said."
    )
    assert [c[1] for c in _claims(text)] == [90000.0]


# --- counted nouns the lexicon lacked ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "subject"),
    [
        ("The regional governor said Russian troops blew up five bridges near Kupiansk.", 5.0, "bridges destroyed"),
        ("The border service said it had recorded 52 violations of the state border in May.", 52.0, "violations"),
        ("The minister said it had registered 95,000 identification numbers for refugees.", 95000.0, None),
        ("Konashenkov said over 300 'nationalists' were killed in the Donbas.", 300.0, "troops killed"),
        ("The army said its troops destroyed seven warehouses and 12 checkpoints.", 12.0, "checkpoints destroyed"),
        ("The mayor said about 500 houses in the city were flooded.", 500.0, "houses flooded"),
        ("Zelensky said about 60 settlements are in the flood zone.", 60.0, "settlements flooded"),
        ("The emergency service said it had defused 200,000 explosive objects.", 200000.0, "explosive objects"),
        ("The energy minister said 12 energy sites were hit overnight.", 12.0, "energy sites destroyed"),
        ("The army said it hit 35 areas of concentration of enemy troops.", 35.0, None),
        ("The World Bank said some 1.5 million housing units had been damaged or destroyed.", 1500000.0, None),
    ],
)
def test_counted_nouns_of_war_reporting_are_counted(sentence: str, value: float, subject: str | None) -> None:
    claims = _claims(sentence)
    assert value in [c[1] for c in claims]
    if subject is not None:
        assert subject in [c[3] for c in claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor said 11 bridges are still standing.",  # nothing befell them
        "The mayor said about 600 houses stand near the river.",
        "The official said the 12 sites of the festival were ready.",
    ],
)
def test_places_and_buildings_nothing_befell_are_no_claim(sentence: str) -> None:
    assert _claims(sentence) == []


def test_a_noun_in_scare_quotes_is_still_the_noun() -> None:
    assert _counts('The ministry said about 200 "mercenaries" were eliminated.') == [(200.0, 200.0, "mercenaries")]
    assert _counts("The ministry said 40 ‘saboteurs’ were detained.") == [(40.0, 40.0, "saboteurs")]
