"""Speaker frames and speaker resolutions of issue #3 (speakers20): "X thanked Y for", "X blamed Y", "X did not
rule out / exclude", "warnings from X that", "despite X warning that", "issued an appeal/a call", a quoted term that
hides no speech from the "he said" search, "..., where he said", "the ministry" taking up the body the text names,
and "the first time X has warned". Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import PersonRegistry
from claimtrack.extraction.attribution import find_cues, quote_spans
from claimtrack.extraction.frames import frame_cue


def _speaker_of(text: str, needle: str) -> str | None:
    found = [c.actor.name if c.actor else None for c in extract_claims(text) if needle in c.evidence.sentence]
    assert found, f"no claim quotes {needle!r}"
    return found[0]


def _first_cue(sentence: str):
    cues = find_cues(sentence, quote_spans(sentence))
    assert cues, sentence
    return cues[0]


# --- "X thanked Y for ...": X speaks, Y is addressed -------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("President Anna Berg thanked the people of Norway for hosting 40,000 refugees since the war began.",
     "Anna Berg"),
    ("Prime Minister Tomas Lind on Monday thanked Kyiv's air defence crews for downing 30 drones overnight.",
     "Tomas Lind"),
    ("Olaf Brandt, the defence minister, thanks Poland and Romania for opening 12 new crossings.", "Olaf Brandt"),
])
def test_thanking_speaker_is_the_subject(text: str, speaker: str) -> None:
    assert _speaker_of(text, "thank") == speaker


@pytest.mark.parametrize("sentence", [
    "Thanks to Western aid, the army held 30 towns.",
    "The minister received thanks for his work from 12 mayors.",
    "The envoy was thanked for coming to the summit.",
    "Anna Berg thanked everyone for coming.",
])
def test_thanks_that_frame_nothing(sentence: str) -> None:
    assert not any(c.verb in {"thanked", "thanks"} for c in find_cues(sentence, quote_spans(sentence)))


# --- "X blamed Y (for ...)" ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Moscow blamed Kyiv for the explosion at the depot.", "Moscow"),
    ("The governor blames saboteurs for the fire that destroyed 4 warehouses.", "The governor"),
    ("For the delay, Senator Mark Hale blamed a small faction in the party.", "Senator Mark Hale"),
])
def test_blaming_speaker_is_the_subject(sentence: str, speaker: str) -> None:
    cue = _first_cue(sentence)
    assert cue.verb in {"blamed", "blames"} and cue.phrase == speaker


def test_blamed_in_the_passive_frames_nothing() -> None:
    sentence = "Russia was blamed for the attack on the dam."
    assert not any(c.verb == "blamed" for c in find_cues(sentence, []))


# --- "X did not exclude / rule out ..." ------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "verb", "speaker"), [
    ("The foreign minister also did not exclude the possibility that Britain would arm partisan units.",
     "exclude", "The foreign minister"),
    ("The chancellor has refused to rule out sending 14 more tanks.", "rule out", "The chancellor"),
    ("Kyiv does not rule out a second offensive in the south this year.", "rule out", "Kyiv"),
    ("General Ivan Kors didn't exclude that the bridge could be hit again.", "exclude", "General Ivan Kors"),
])
def test_not_ruling_out_is_a_statement(sentence: str, verb: str, speaker: str) -> None:
    cue = _first_cue(sentence)
    assert (cue.verb, cue.phrase) == (verb, speaker)


@pytest.mark.parametrize("sentence", [
    "The EU did not exclude Hungary from the vote.",  # a party shut out, no possibility
    "A new offensive is not excluded, officials in Kyiv said.",  # the passive: "said" speaks, not "excluded"
    "The referee ruled out the goal in the 80th minute.",  # no negation
    "The striker was not ruled out of the match.",
])
def test_exclusions_that_frame_nothing(sentence: str) -> None:
    assert not any(c.verb in {"exclude", "rule out"} for c in find_cues(sentence, []))


def test_frame_cue_spans_rule_out() -> None:
    sentence = "Kyiv did not rule out talks."
    start = sentence.index("rule")
    assert frame_cue("rule", sentence, start, start + 4) == ("rule out", start, start + 8)


# --- "warnings from X that ...", "despite X warning that ..." ---------------------------------------------------------

@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The build-up has prompted warnings from British intelligence officials that an attack could be imminent.",
     "British intelligence officials"),
    ("Warnings from the US that Russian troops are poised to strike are growing louder.", "the US"),
    ("Markets fell after a warning from the central bank that 3 lenders could fail.", "the central bank"),
])
def test_warnings_from_name_their_source(sentence: str, speaker: str) -> None:
    cue = _first_cue(sentence)
    assert cue.is_source and cue.phrase == speaker


def test_cited_warnings_stay_the_citers() -> None:
    sentence = "Analysts also cite warnings from local media that the city will be shelled."
    assert not any(c.verb == "warnings from" for c in find_cues(sentence, []))


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The mayor stayed in the city, despite the United States warning that troops would encircle it.",
     "the United States"),
    ("Markets rallied amid Western officials saying that a ceasefire was close.", "Western officials"),
    ("Grain prices rose following Moscow announcing that 3 ports would close.", "Moscow"),
])
def test_preposed_agent_of_a_participle_speaks(sentence: str, speaker: str) -> None:
    cue = _first_cue(sentence)
    assert cue.phrase == speaker


def test_preposed_participle_without_that_names_no_agent() -> None:
    sentence = "Despite the United States warning, the convoy left at dawn."
    assert all(c.phrase != "the United States" for c in find_cues(sentence, []))


# --- "issued an appeal / a call / a warning" --------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The State Department issued an official appeal to American citizens to leave Belarus within 48 hours.",
     "The State Department"),
    ("The regional governor issued a call to residents to leave 12 villages near the border.",
     "The regional governor"),
    ("Interpol has issued an urgent warning about 3 forged passports.", "Interpol"),
])
def test_issued_appeal_is_a_statement(sentence: str, speaker: str) -> None:
    cues = find_cues(sentence, [])
    assert [c.phrase for c in cues] == [speaker]  # the noun is no second cue


def test_a_telephone_call_is_no_appeal() -> None:
    assert not find_cues("The president made a call to his French counterpart on Monday.", [])


# --- "the first time X has warned" -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "speaker"), [
    ("This is not the first time Ukraine has issued such a warning about 3 cities.", "Ukraine"),
    ("It marked the first time Russia has claimed 5 villages in a day.", "Russia"),
    ("It was the second time NATO had said 2 brigades would move.", "NATO"),
])
def test_time_clause_words_are_no_speaker(sentence: str, speaker: str) -> None:
    assert _first_cue(sentence).phrase == speaker


# --- a quoted term hides no speech; "..., where he said" ------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("The senator spoke at length. Mary Jones, who entered the Senate promising to end the \"forever wars\", decided "
     "that leaving was enough. \"It is time to move on,\" she said after the vote.", "Mary Jones"),
    ("A new envoy was named. Tomas Lind, who called the plan a \"dead end\", resigned on Friday. \"I could not stay,\" "
     "he told reporters.", "Tomas Lind"),
])
def test_quoted_term_leaves_the_subject_to_the_pronoun(text: str, speaker: str) -> None:
    assert _speaker_of(text, "she said" if "she" in text.split("\" ")[-1] else "he told") == speaker


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("Anna Berg's remarks came on Tuesday at a rally in Pecs, where she also said she \"got on well\" with Moscow.",
     "where she", "Anna Berg"),
    ("Tomas Lind's visit ended on Friday in Riga, when he said 300 troops would stay.", "when he", "Tomas Lind"),
    ("Olaf Brandt's speech came at the summit, where he said the alliance needed 2 new brigades.", "where he",
     "Olaf Brandt"),
])
def test_where_he_said_means_the_sentence_subject(text: str, needle: str, speaker: str) -> None:
    assert _speaker_of(text, needle) == speaker


def test_where_he_said_after_no_person_subject_takes_no_possessor() -> None:
    text = ("Tomas Lind spoke on Monday. The summit opened in Riga, where he said 300 troops would stay.")
    assert _speaker_of(text, "where he") == "Tomas Lind"  # the last person named, as before


# --- "the ministry said" takes up the body the text names ------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("The Ministry of Foreign Affairs of Ukraine strongly condemns the strike on Odesa, which killed 4 people, the "
     "ministry said in a statement.", "Ukrainian Foreign Ministry"),
    ("The National Security and Defense Council of Ukraine met on Monday. The council said 30 drones were downed.",
     "National Security and Defense Council of Ukraine"),
])
def test_the_head_noun_takes_up_the_named_body(text: str, speaker: str) -> None:
    assert _speaker_of(text, "said") == speaker


def test_two_bodies_with_the_head_leave_the_noun_alone() -> None:
    text = ("The Ministry of Defence of Russia and Ukraine's Foreign Ministry met in Istanbul. The ministry said 12 "
            "people died.")
    assert _speaker_of(text, "12 people") == "ministry"  # two named: an unnamed one


def test_surname_of_a_known_actor_resolves() -> None:
    registry = PersonRegistry()
    from claimtrack.extraction.actors import resolve_actor

    actor = resolve_actor("Zelensky", registry)
    assert actor is not None and actor.name == "Volodymyr Zelensky"


# --- review mends: a sentence-opening preposition, a source cut at its preposition, no party shut out ----------------

@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Despite the United States warning that troops would encircle it, the mayor stayed.", "the United States"),
    ("Amid Western officials saying that a ceasefire was close, markets rallied.", "Western officials"),
    ("After Moscow announcing that 3 ports would close, grain prices rose.", "Moscow"),
])
def test_a_sentence_opening_preposition_keeps_its_agent(sentence: str, speaker: str) -> None:
    cue = _first_cue(sentence)
    assert cue.phrase == speaker


@pytest.mark.parametrize("sentence", [
    "The exercise drew warnings from Kyiv about the risk that the dam could fail.",
    "The governor issued warnings from his office in the capital to residents that shelling would resume.",
    "There were warnings from NATO over recent weeks that an attack was near.",
])
def test_a_warning_source_stops_at_its_preposition(sentence: str) -> None:
    assert not any(c.verb == "warnings from" for c in find_cues(sentence, []))


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The plan drew warnings from officials in Kyiv that the dam could fail.", "officials in Kyiv"),
    ("It followed warnings from the head of the agency that stocks were low.", "the head of the agency"),
])
def test_a_warning_source_keeps_its_of_and_in_phrases(sentence: str, speaker: str) -> None:
    cue = _first_cue(sentence)
    assert cue.is_source and cue.phrase == speaker


@pytest.mark.parametrize("sentence", [
    "Zelensky did not exclude any countries from the talks.",
    "The league did not exclude a single club from the draw.",
])
def test_excluding_a_party_is_no_statement(sentence: str) -> None:
    assert not any(c.verb == "exclude" for c in find_cues(sentence, []))
