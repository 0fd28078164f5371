"""Statements the extractor used to miss (issue #3, recall20): cue frames, time spans before the verb, a lone
surname as the subject a later "he said" points to, and dash quotes of translated copy without an opening dash or
with a dash glued to the verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import full_name_in
from claimtrack.extraction.attribution import dash_quote_spans, find_cues, glued_dash_before


def _speakers(text: str) -> dict[str, str | None]:
    """Evidence sentence -> speaker name of each claim read from `text`."""
    return {c.evidence.sentence: (c.actor.name if c.actor else None) for c in extract_claims(text)}


def _speaker_of(text: str, needle: str) -> str | None:
    found = [who for sentence, who in _speakers(text).items() if needle in sentence]
    assert found, f"no claim quotes {needle!r}"
    return found[0]


# --- "questioned whether / the legitimacy of": a statement of doubt -------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The foreign ministry questioned the legitimacy of the referendum held in the occupied region.",
    "Senator Anna Berg questioned whether the aid package would reach the front in time.",
    "The Kremlin has questioned the figures published by the monitoring mission.",
    "Later the general questioned why the convoy had been sent without air cover.",
])
def test_questioned_doubt_is_a_statement(sentence: str) -> None:
    assert any(c.verb in {"questioned"} and c.phrase for c in find_cues(sentence, []))
    assert extract_claims(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "Police questioned two suspects after the blast on Monday.",
    "The two soldiers were questioned by investigators for six hours.",
    "Border guards questioned 40 travellers at the crossing.",
])
def test_questioning_people_is_no_statement(sentence: str) -> None:
    assert not any(c.verb == "questioned" for c in find_cues(sentence, []))


# --- "considers that": an opinion with its content ------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The analyst Maria Lind considers that the offensive could start within weeks.", "Maria Lind"),
    ("NATO considered that the drills were a cover for a build-up.", "NATO"),
    ("If talks fail, the Pentagon considers that 5,000 more troops may be needed.", "Pentagon"),
])
def test_considers_that_is_a_statement(sentence: str, speaker: str) -> None:
    assert speaker.lower() in (_speaker_of(sentence, sentence[:25]) or "").lower()


@pytest.mark.parametrize("sentence", [
    "The bridge is considered a key supply route for the army.",
    "The government considers several options for the 3,000 evacuees.",
])
def test_considered_without_that_is_no_cue(sentence: str) -> None:
    assert not any(c.verb in {"considers", "considered"} for c in find_cues(sentence, []))


# --- a span of time between the subject and the verb ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The CIA last summer warned its partners of a possible attack on the pipeline.",
    "The CIA in the spring had warned its partners of a possible attack on the pipeline.",
    "The CIA earlier this year said that the attack on the pipeline was possible.",
    "The CIA in recent weeks has said that an attack on the pipeline was possible.",
])
def test_time_span_before_the_verb_is_no_speaker(sentence: str) -> None:
    assert _speaker_of(sentence, "pipeline") == "Central Intelligence Agency"


# --- a lone surname: the full name the text gave it -----------------------------------------------------------------

def test_full_name_in_finds_the_one_full_name() -> None:
    text = "The visit was led by the deputy minister, Richard Marles. Later Marles met the mayor."
    assert full_name_in("Marles", text) == "Richard Marles"
    assert full_name_in("Berg", "Anna-Lena Berg spoke first. Berg then left.") == "Anna-Lena Berg"
    assert full_name_in("Okafor", "Minister Okafor arrived; Chidi Okafor spoke.") == "Chidi Okafor"


@pytest.mark.parametrize(("surname", "text"), [
    ("Petrov", "Ivan Petrov and Oleg Petrov both spoke. Petrov then left."),  # two first names
    ("Tour", "The Sightseeing Tour starts at nine; most tours are booked."),  # a common noun
    ("Marles", "Minister Marles arrived. Marles met the mayor."),  # a title, no first name
    ("Marles", "Marles met the mayor."),  # no full name at all
])
def test_full_name_in_gives_none_when_unsure(surname: str, text: str) -> None:
    assert full_name_in(surname, text) is None


def test_he_said_after_a_surname_subject_is_that_person() -> None:
    text = ("The package was announced during a visit by the deputy prime minister, Tomas Vlcek.\n"
            "During his visit, Vlcek met the prime minister.\n"
            "He said his country would send 20 armoured vehicles.")
    assert _speaker_of(text, "armoured vehicles") == "Tomas Vlcek"


# --- dash quotes of translated copy ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The enemy wants a pause.It needs time to regroup - said the adviser to the president.",
    "We expect more strikes. The air defence is ready - he stressed.",
    "Three drones were shot down.Two more fell in a field-said the regional governor.",
])
def test_unopened_dash_quote_spans_the_sentences_before_the_close(line: str) -> None:
    spans = dash_quote_spans(line)
    assert spans and spans[0][0] == 0
    first_stop = min(i for i in (line.find("."),) if i > 0)
    assert spans[0][1] > first_stop  # the first sentence is quoted ...
    assert spans[0][1] < len(line) - 10  # ... the close's sentence is not


@pytest.mark.parametrize("line", [
    "The enemy wants a pause - said the adviser.",  # one sentence: its own cue reads it
    'The city was quiet. "We wait," a resident added. Then sirens sounded - said the mayor.',  # a quote mark before
    "Frost came early. Experts say the ground will hold tanks - says the daily.",  # the close's sentence has a cue
    "The talks ended. The delegations left the hall - a meeting that lasted six hours.",  # no verb of saying
])
def test_unopened_dash_quote_needs_a_clean_close(line: str) -> None:
    assert dash_quote_spans(line) == []


def test_unopened_dash_quote_gives_the_sentences_before_to_the_speaker() -> None:
    text = ("Kadrov leads the unit.\n\nThe enemy is striving to freeze the war.It wants to regroup and strike again "
            "- said Petro Hnatiuk, adviser to the president.")
    assert _speaker_of(text, "freeze the war") == "Petro Hnatiuk"


@pytest.mark.parametrize(("before", "verb", "glued"), [
    ("They hit the depot in the city-", "said", True),
    ("The strikes will go on all week-", "says", True),
    ("Nothing has changed since Monday–", "said", True),
    ("a self-", "said", False),
    ("They hit the depot in the city-", "noted", False),
    ("They hit the depot in the city - ", "said", False),
])
def test_glued_dash_before(before: str, verb: str, glued: bool) -> None:
    assert glued_dash_before(before, verb) is glued


def test_glued_dash_frame_reads_the_speaker_after_the_verb() -> None:
    sentence = "They also struck the depot near the town-said the command of the air force, writing about the raid."
    assert "air force" in (_speaker_of(sentence, "struck the depot") or "").lower()
    spaced = sentence.replace("town-said", "town - said")
    assert _speaker_of(sentence, "struck the depot") == _speaker_of(spaced, "struck the depot")


def test_a_dash_opening_mid_line_is_no_unopened_quote() -> None:
    assert dash_quote_spans("Ann Lee spoke on Friday. Her view: - We must act now -she said.") == []
