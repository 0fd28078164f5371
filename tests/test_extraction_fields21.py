"""Field families of issue #3 (fields21): an office's country for its holders ("Pentagon spokesperson X"), and
the other families listed in docs/history/extraction-rounds.md under fields21. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import PersonRegistry, resolve_actor


def _actor_of(text: str, needle: str):
    found = [c.actor for c in extract_claims(text) if needle in c.evidence.sentence]
    assert found, f"no claim quotes {needle!r}"
    return found[0]


# --- an office's holder speaks for the office's country ---------------------------------------------------------

@pytest.mark.parametrize(("phrase", "affiliation"), [
    ("Pentagon spokesperson Tom Elder", "United States"),
    ("Kremlin spokesman Pavel Orlov", "Russia"),
    ("White House press secretary Mary Dunn", "United States"),
    ("a senior Pentagon official", "United States"),
    ("Kremlin aides", "Russia"),
])
def test_office_holder_takes_the_office_country(phrase: str, affiliation: str) -> None:
    actor = resolve_actor(phrase, PersonRegistry())
    assert actor is not None and actor.affiliation == affiliation


@pytest.mark.parametrize("phrase", [
    "Kremlin critic Pavel Orlov",  # a critic speaks for no office
    "Anna Weiss, the UN director of the Northern Policy Group",  # the group after "of" employs her
    "Tom Elder, a former analyst",
])
def test_no_office_country_without_a_holder_of_the_office(phrase: str) -> None:
    actor = resolve_actor(phrase, PersonRegistry())
    assert actor is not None and actor.affiliation is None


def test_office_holder_country_reaches_the_claim() -> None:
    actor = _actor_of("Pentagon spokesperson Tom Elder said 300 drones were delivered to Ukraine.", "300 drones")
    assert actor is not None and actor.name == "Tom Elder" and actor.affiliation == "United States"


# --- how a document came out is not its author's name ------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "name"), [
    ("leaked US Army", "US Army"),
    ("leaked US Army estimates", "US Army"),
    ("classified Pentagon figures", "Pentagon"),
    ("Leaked Kremlin", "Kremlin"),
])
def test_document_state_is_not_in_the_author_name(phrase: str, name: str) -> None:
    actor = resolve_actor(phrase, PersonRegistry())
    assert actor is not None and actor.name == name


@pytest.mark.parametrize(("phrase", "name"), [
    ("the Secret Service", "Secret Service"),  # a capitalised "Secret" opens a name
    ("the Internal Security Service", "Internal Security Service"),
])
def test_names_opening_with_a_state_word_are_kept(phrase: str, name: str) -> None:
    actor = resolve_actor(phrase, PersonRegistry())
    assert actor is not None and actor.name == name


def test_leaked_estimates_credit_their_author() -> None:
    actor = _actor_of("According to leaked US Army estimates, Russia has lost 5,000 soldiers near Lyman.", "5,000")
    assert actor is not None and actor.name == "US Army"


# --- "according to <outlet>, which cited <source>": the source claims, the outlet relays -------------------------

def _claimant_and_relay(text: str) -> tuple[str | None, str | None]:
    claims = extract_claims(text)
    assert claims, text
    c = claims[0]
    return (c.actor.name if c.actor else None), (c.relayed_by.name if c.relayed_by else None)


@pytest.mark.parametrize(("text", "claimant", "relay"), [
    ("Russia has moved 10,000 troops to Belarus, according to Reuters, which cited two Western officials.",
     "Western officials", "Reuters"),
    ("According to Reuters, which quoted the regional governor, 12 people were killed in Kherson.",
     "regional governor", "Reuters"),
    ("Moscow sent 40 tanks to Crimea, according to the BBC, which cites Ukrainian intelligence.",
     "Ukrainian intelligence", "BBC"),
])
def test_outlet_citing_a_source_in_a_relative_clause_relays_it(text: str, claimant: str, relay: str) -> None:
    assert _claimant_and_relay(text) == (claimant, relay)


@pytest.mark.parametrize(("text", "claimant"), [
    ("Russia has moved 10,000 troops to Belarus, according to the general, who cited intelligence reports.",
     "general"),  # no outlet: the general claims
    ("According to Reuters, which cited nothing new, 12 people died in Kherson.", "Reuters"),
])
def test_no_relay_without_an_outlet_and_a_cited_source(text: str, claimant: str) -> None:
    assert _claimant_and_relay(text) == (claimant, None)


# --- epithets for someone named before ---------------------------------------------------------------------------

def _speakers(text: str) -> list[str | None]:
    return [c.actor.name if c.actor else None for c in extract_claims(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Mark Hollis, who ran a Russia desk for years, said the regime was weak. The former spy said 500 agents "
     "work in London.", "Mark Hollis"),
    ("Anna Berg said the talks failed. Tom Elder, a retired general, said the army was ready. Separately, the "
     "retired general said 300 tanks were lost near Izium.", "Tom Elder"),
    ("Olga Ruda, a veteran diplomat, said on Monday the talks had stalled. Colleagues agreed. The veteran diplomat "
     "added that 40 envoys had left Minsk.", "Olga Ruda"),
])
def test_person_epithet_means_the_one_person_that_fits(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


def test_person_epithet_stays_unresolved_when_two_may_fit() -> None:
    text = "Anna Berg said the talks failed. Tom Elder said the army was ready. The former spy said 500 agents work " \
           "in London."
    assert _speakers(text)[-1] == "former spy"


@pytest.mark.parametrize(("text", "outlet"), [
    ("The Daily Telegraph reported that 40 drones hit Odesa. Some 12 more fell near Izmail, says the British daily.",
     "The Telegraph"),
    ("The Kyiv Independent reported on Friday that 30 shells hit Kherson. \"The city lost power again,\" the "
     "newspaper wrote.", "The Kyiv Independent"),
])
def test_outlet_epithet_means_the_one_outlet_named(text: str, outlet: str) -> None:
    assert _speakers(text)[-1] == outlet


def test_outlet_epithet_unresolved_after_two_outlets() -> None:
    text = "The Daily Telegraph reported that 40 drones hit Odesa. The Kyiv Independent reported that 30 shells hit " \
           "Kherson. Some 12 more fell near Izmail, says the British daily."
    assert _speakers(text)[-1] != "The Telegraph" and _speakers(text)[-1] != "The Kyiv Independent"


# --- "X asked Y ... he said": the one asked answers -------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("The reporter asked Oleksii Reznikov about the shells. He said that 2,000 shells arrived in Kyiv.",
     "Oleksii Reznikov"),
    ("Anna Berg asked Tom Elder whether the army had enough shells. He said 300 guns were idle near Bakhmut.",
     "Tom Elder"),
    ("Host Anna Berg on Sunday pressed Defence Minister Tom Elder about the losses. \"We lost 40 tanks near Izium,\" "
     "he said.", "Tom Elder"),
])
def test_the_one_asked_answers(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


def test_asking_no_named_person_keeps_the_subject() -> None:
    text = "Anna Berg asked whether the army had shells. \"We lost 40 tanks near Izium,\" she said."
    assert _speakers(text)[-1] == "Anna Berg"


def test_epithet_fits_the_person_written_with_it_not_the_last_speaker() -> None:
    text = "Tom Elder, a retired British general, spoke. Anna Berg said it was bad. The retired general said 300 " \
           "tanks were lost near Izium."
    assert _speakers(text)[-1] == "Tom Elder"


def test_former_title_is_not_the_holder_in_office() -> None:
    text = "President Ivan Orlov said the war goes on. The former president said 300 tanks were lost near Izium."
    assert _speakers(text)[-1] != "Ivan Orlov"
