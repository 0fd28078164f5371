"""Families left by blind probe 24b: a second reported clause with a speaker of its own ("X said ..., while Y said
..."); peoples counted by their own name in the wars beyond Ukraine ("8,000 Rohingya", "2,000 Sudanese"); a count
that is approaching or nearing a number; a range after "at" or "was" that closes a noun-first count ("put the
number of dead at between 30 and 40"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.extraction import extract_claims


def _counts(text: str) -> list[tuple[str | None, float | None, float | None]]:
    """(speaker name, low, high) of every claim with a count read from `text`."""
    return [(c.actor.name if c.actor else None, c.quantity.low, c.quantity.high)
            for c in extract_claims(text) if c.quantity is not None]


# --- a second reported clause with its own speaker ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kyiv said it shot down 30 drones, while Moscow said its forces had destroyed 12 tanks.",
     [("Ukraine", 30, 30), ("Russia", 12, 12)]),
    ("The army said 40 soldiers were killed, but the RSF said in a statement it had seized 15 army vehicles.",
     [("Army", 40, 40), ("RSF", 15, 15)]),
    ("The governor said 6 people died; a Western official said Russia had lost more than 900 troops.",
     [("governor", 6, 6), ("Western official", 900, None)]),
    ("Ukraine said 110 of its soldiers were freed, and Russia's Defense Ministry said 95 Russian servicemen were "
     "returned.", [("Ukraine", 110, 110), ("Ministry of Defence of Russia", 95, 95)]),
])
def test_a_later_clause_with_its_own_speaker_is_that_speakers(text: str, expected: list) -> None:
    assert _counts(text) == expected


def test_the_first_speaker_keeps_a_statement_when_only_the_second_counts() -> None:
    """The first clause says something without a count: it stays its speaker's statement, the count the second's."""
    claims = extract_claims("The army said it had repelled a large assault, while the RSF said it had destroyed 15 "
                            "army vehicles.")
    assert [(c.actor.name if c.actor else None, c.quantity is not None) for c in claims] == [
        ("RSF", True), ("Army", False)]


@pytest.mark.parametrize("text", [
    "The governor said 5 people were killed, and he said 7 were wounded.",  # a pronoun: the same speaker
    "The army said 498 soldiers had been killed and 20 wounded, officials said.",  # no clause of its own
    "The army said 498 soldiers had been killed, according to the ministry, and 20 wounded.",  # a source
])
def test_no_second_speaker_without_a_named_one_after_a_clause_break(text: str) -> None:
    speakers = {name for name, _, _ in _counts(text)}
    assert len(speakers) == 1


# --- peoples counted by their own name --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "subject"), [
    ("Officials said 300 Eritreans were detained in the raid.", "prisoners"),
    ("The agency said 2,500 Ethiopians had fled across the border last week.", "people displaced"),
    ("The ministry said 12 Kurds were killed in the strike.", "people killed"),
    ("Medics said 9 Yazidis were wounded when the camp was shelled.", "wounded"),
])
def test_a_people_counted_by_its_name(text: str, subject: str) -> None:
    claims = [c for c in extract_claims(text) if c.quantity is not None]
    assert len(claims) == 1 and claims[0].subject is not None and subject in claims[0].subject


def test_a_people_without_a_cue_is_no_count() -> None:
    """A near miss: people named by their count need a casualty, detention or displacement cue, as others do."""
    assert _counts("The report was written by 12 Kurds and 3 Moldovans in Vienna.") == []


# --- approaching and nearing a number ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Officials said approaching 40 drones were launched at the port.",
    "The ministry said the number of refugees was nearing 40 by the evening.",
    "The ministry said the death toll was approaching 40.",
])
def test_approaching_or_nearing_a_number_is_its_ceiling(text: str) -> None:
    assert [(low, high) for _, low, high in _counts(text)] == [(None, 40)]


# --- a range closing a noun-first count -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high"), [
    ("A doctor put the number of dead there at between 28 and 35.", 28, 35),
    ("Medics said the death toll was between 30 and 45.", 30, 45),
    ("The ministry put Russian losses at between 1,000 and 1,200.", 1000, 1200),
    ("The agency said the number of refugees was between 2 million and 3 million.", 2_000_000, 3_000_000),
])
def test_between_closes_its_range_after_a_noun_first_count(text: str, low: int, high: int) -> None:
    assert [(lo, hi) for _, lo, hi in _counts(text)] == [(low, high)]


def test_and_after_a_toll_starts_another_count() -> None:
    """A near miss: without "between", "and" after the toll's number opens the next count."""
    assert [(lo, hi) for _, lo, hi in _counts("The governor said the death toll rose to 41 and 12 people were "
                                               "injured.")] == [(41, 41), (12, 12)]


# --- tallies and records speak for their author -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("According to Israeli tallies, 1,150 people were killed in the raid.", "Israel"),
    ("According to Ukrainian tallies, 400 Russian soldiers were killed near the river.", "Ukraine"),
    ("According to Gaza health ministry records, 312 patients died in the siege.", "Gaza health ministry"),
])
def test_tallies_and_records_speak_for_their_author(text: str, speaker: str) -> None:
    assert [name for name, _, _ in _counts(text)] == [speaker]


def test_records_of_no_named_author_name_no_speaker() -> None:
    """A near miss: "hospital records" name no body that speaks."""
    assert _counts("According to hospital records, 312 patients died in the siege.") == []


# --- two speakers set off after the count, the first with modifiers ---------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("A strike on the market killed at least 14 people, including five children, a local resistance group and a "
     "witness said.", "Local resistance group"),
    ("Shelling killed 12 people, a local rights group and residents said.", "Local rights group"),
    ("The blast killed 9 people, a regional medical source and a witness said.", "regional medical source"),
])
def test_coordinated_speakers_with_modifiers_keep_the_count(text: str, speaker: str) -> None:
    counts = _counts(text)
    assert counts and counts[0][0] == speaker and counts[0][1] is not None


@pytest.mark.parametrize("text", [
    "Shelling killed 12 people, killing a medical worker and police said.",
    "Shelling killed 12 people, civilians fled and officials said.",
])
def test_a_clause_before_and_is_no_coordinated_speaker(text: str) -> None:
    """Near misses: a participle or a verb before "and" makes a clause, not a speaker (nothing changes here)."""
    assert all(name not in {"medical worker", "civilians"} for name, _, _ in _counts(text))


# --- where a speaking body sits is no place of its claim ----------------------------------------------------------

def _places(text: str) -> list[str | None]:
    return [c.place.name if c.place else None for c in extract_claims(text) if c.quantity is not None]


@pytest.mark.parametrize("text", [
    "Russia's Defence Ministry in Moscow said its forces had destroyed 14 tanks.",
    "Researchers at Ghent University in Belgium estimated that 385,000 civilians may have died.",
    "The Institute for the Study of War in Washington said 300 Russian troops were killed.",
    "The Foreign Ministry in Beijing said 12 Chinese nationals were evacuated.",
])
def test_a_bodys_seat_does_not_place_its_claim(text: str) -> None:
    assert _places(text) == [None]


def test_the_claims_own_place_stays_beside_a_seat() -> None:
    assert _places("Russia's Defence Ministry in Moscow said its forces had destroyed 14 tanks near Kupiansk.") == [
        "Kupiansk"]


@pytest.mark.parametrize(("text", "place"), [
    ("Health officials in Stepanakert said the death toll had risen to 68.", "Stepanakert"),
    ("Authorities in Sumy said 4 people were killed.", "Sumy"),
    ("The health ministry in Gaza said 40 people were killed.", "Gaza Strip"),
])
def test_local_authorities_keep_their_place(text: str, place: str) -> None:
    """Near misses: officials, authorities and a ministry outside a capital speak of the place they are in."""
    assert _places(text) == [place]


# --- a part of a whole named with a possessive --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "part", "whole"), [
    ("The admiral said two of the navy's six destroyers were available.", 2, 6),
    ("Officials said 35 of Russia's 50 drones were shot down.", 35, 50),
    ("Officials said 3 of the country's 20 hospitals were damaged.", 3, 20),
])
def test_a_part_of_a_possessed_whole_is_a_count_of_its_own(text: str, part: int, whole: int) -> None:
    assert [lo for _, lo, _ in _counts(text)] == [part, whole]


def test_a_possessive_without_a_whole_is_no_part() -> None:
    """A near miss: "12 of Ukraine's brigades" names no whole; the count is the brigades."""
    assert [lo for _, lo, _ in _counts("The general said 12 of Ukraine's brigades were exhausted.")] == [12]


# --- "self-declared" is an adjective, no cue ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("The leader of the self-declared republic, John Smith, said 40 people were killed.", "John Smith"),
    ("A self-declared expert, Ivan Petrov, claimed 40 tanks were destroyed.", "Ivan Petrov"),
    ("The head of the self-proclaimed republic, Anna Berg, reported that 12 soldiers were captured.", "Anna Berg"),
])
def test_self_declared_names_no_speaker(text: str, speaker: str) -> None:
    assert [name for name, _, _ in _counts(text)] == [speaker]


def test_declared_after_a_name_still_speaks() -> None:
    """A near miss: "declared" as the verb of a named speaker stays a cue."""
    assert [name for name, _, _ in _counts("John Smith declared that 40 people were killed.")] == ["John Smith"]


# --- a quoted figure after a noun-first count ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high"), [
    ('A local resident put the toll at "about 40".', 40, 40),
    ('A medic put the death toll at "more than 100", adding that many were children.', 100, None),
    ("The agency said the number of displaced had reached “nearly 20,000”.", None, 20000),
])
def test_a_quoted_figure_closes_a_noun_first_count(text: str, low: int | None, high: int | None) -> None:
    assert [(lo, hi) for _, lo, hi in _counts(text)] == [(low, high)]


def test_a_quoted_year_after_a_toll_is_no_count() -> None:
    """A near miss: a year in quotes is still a year."""
    assert _counts('The ministry said the toll was the highest since "2014".') == []


# --- milbloggers speak ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("A prominent Russian milblogger claimed that Russian forces lost 12 armored vehicles near the river.",
     "prominent Russian milblogger"),
    ("Russian milbloggers claimed that Ukrainian troops lost 40 tanks near the village.", "Russian milbloggers"),
    ("Another milblogger claimed that Ukraine was using up to 50 armored vehicles in a single assault.",
     "Another milblogger"),
])
def test_a_milblogger_is_a_speaker(text: str, speaker: str) -> None:
    assert [name for name, _, _ in _counts(text)] == [speaker]


def test_a_milblogger_citing_sources_relays_them() -> None:
    """A near miss: a milblogger citing sources relays the sources' claim, as any speaker does."""
    assert [name for name, _, _ in _counts("A Russian milblogger claimed, citing sources in the military, that "
                                           "Ukraine deployed at least four brigades.")] == ["sources"]
