"""Speaker families found on unannotated articles (issue #3, "Who claims"), round 14: wire datelines, offices of a
body, given names spelt otherwise, a possessive appositive, a closing time after an inverted speaker, sources
"cited by" an outlet, speakers placed somewhere, settings naming whom the speaker addressed, an envoy "of X to Y",
groups of states named by a number, plural present verbs of saying, and verbs or adjectives that say nothing.
All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import PersonRegistry, resolve_actor
from claimtrack.extraction.attribution import find_cues, quote_spans, sentence_subject

PUBLISHED = dt.date(2024, 3, 5)


def claims(text: str):
    return extract_claims(text, PUBLISHED)


def speakers(text: str) -> list[str | None]:
    return [c.actor.name if c.actor else None for c in claims(text)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("VILNIUS, Lithuania (AP) — Lithuanian officials warned on Monday that stocks were running low.",
         "Lithuanian officials"),
        ("TALLINN, 4 March (ERR) - The Estonian government said it would buy more shells.", "The Estonian government"),
        ("HELSINKI — Finnish officials said the border would stay shut.", "Finnish officials"),
        ("NATO - the alliance said nothing.", "NATO"),
    ],
)
def test_a_wire_dateline_is_no_subject(text: str, subject: str) -> None:
    assert sentence_subject(text) == subject


def test_a_participle_after_a_dateline_takes_the_subject_after_it() -> None:
    text = "RIGA, Latvia (AP) — The Latvian army moved 300 troops east on Monday, saying the drills were routine."
    assert speakers(text) and all(name != "RIGA" for name in speakers(text))


@pytest.mark.parametrize(
    ("named", "later", "name"),
    [
        ("Deputy Head of the Moldovan Presidential Administration Ion Rusu said the plan was ready.",
         '"We start in May," the deputy head of the Moldovan Presidential Administration said.', "Ion Rusu"),
        ("President of the Nordic Council Eva Lind said the talks went well.",
         "The head of the Nordic Council said 40 delegates took part.", "Eva Lind"),
    ],
)
def test_an_office_of_a_body_takes_up_its_named_holder(named: str, later: str, name: str) -> None:
    assert speakers(f"{named} {later}")[-1] == name


def test_an_office_is_the_person_remembered_with_it_whatever_its_case() -> None:
    persons = PersonRegistry()
    persons.remember(resolve_actor("Anna Vik, speaker of the Lower Chamber", persons))
    assert resolve_actor("the Speaker of the lower chamber", persons).name == "Anna Vik"
    assert resolve_actor("the deputy speaker of the Lower Chamber", persons).name != "Anna Vik"


def test_an_office_of_a_body_is_a_person_and_not_a_country_title() -> None:
    office = resolve_actor("the deputy director of the Border Guard Service")
    assert office is not None and office.kind == "person"
    assert resolve_actor("the chairman of the Finance Committee").kind == "person"
    # a country's title and a role followed by a name keep their own readings
    assert resolve_actor("Minister of Foreign Affairs of Latvia Ivo Berzins").name == "Ivo Berzins"
    assert resolve_actor("the office of the Prosecutor General").kind == "organisation"


def test_the_head_of_state_is_the_president_named_with_another_spelling_of_his_given_name() -> None:
    persons = PersonRegistry()
    actor = resolve_actor("Belarusian President Aleksandr Lukashenko", persons)
    assert (actor.name, actor.role) == ("Alexander Lukashenko", "President")
    persons.remember(actor)
    assert resolve_actor("the head of state", persons).name == "Alexander Lukashenko"
    assert resolve_actor("Russian Foreign Minister Sergey Lavrov").role == "Foreign Minister"


def test_a_possessive_appositive_describes_the_speaker() -> None:
    assert speakers("Pavel Novak, his chief of staff, now says the army needs 5,000 more drones.") == ["Pavel Novak"]
    assert speakers("Olga Varga, their spokeswoman, said the talks had stalled.") == ["Olga Varga"]


def test_a_possessive_with_a_name_is_the_speaker_not_an_appositive() -> None:
    text = "On Moldova, its Foreign Minister Ion Cebanu, who was invited as a guest, stressed the need for radars."
    assert speakers(text) == ["Ion Cebanu"]


@pytest.mark.parametrize("when", ["last week", "on Sunday", "earlier this month", "this morning"])
def test_a_closing_time_is_not_part_of_an_inverted_speaker(when: str) -> None:
    text = f'"The mines are cleared," said Deputy Mayor Lina Osipova {when}.'
    assert speakers(text) == ["Lina Osipova"]


def test_sources_cited_by_an_outlet_speak_and_the_outlet_relays() -> None:
    [claim] = claims("The convoy was delayed by two days, say Polish officials cited by Reuters.")
    assert claim.actor.name == "Polish officials" and claim.relayed_by is not None
    assert claim.relayed_by.name == "Reuters"


@pytest.mark.parametrize("participle", ["stationed", "based", "posted", "working"])
def test_a_speaker_placed_somewhere_is_the_speaker_not_the_place(participle: str) -> None:
    [claim] = claims(f"A diplomat {participle} in Kyiv told us that 40 shelters were built.")
    assert claim.actor.name == "diplomat" and claim.actor.kind == "anonymous"


@pytest.mark.parametrize(
    "setting",
    ["in an interview with CNN", "in a letter to the allies", "in the invitation to the summit",
     "during a call with the Polish premier"],
)
def test_whom_the_speaker_addressed_is_no_speaker(setting: str) -> None:
    assert speakers(f"Stoltenberg {setting} warned that 300 shells a day were not enough.") == ["Jens Stoltenberg"]


def test_an_envoy_of_a_country_to_another_speaks_for_the_first() -> None:
    [claim] = claims("Ambassador of Georgia to Armenia Levan Beridze told reporters that 12 posts were closed.")
    assert (claim.actor.name, claim.actor.affiliation) == ("Levan Beridze", "Georgia")


@pytest.mark.parametrize("group", ["the G7 countries", "G7 leaders", "the G20 finance ministers"])
def test_a_group_of_states_named_by_its_size_speaks(group: str) -> None:
    assert speakers(f"In a joint statement, {group} confirmed that the sanctions would stay.")[0] in {"G7", "G20"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Analysts note that the brigade lost 200 vehicles.", "Analysts"),
        ("Experts also warn the dam may fail within weeks.", "Experts"),
        ("Western officials insist no troops will be sent.", "Western officials"),
        ("Military analysts argue the front will hold.", "Military analysts"),
    ],
)
def test_a_plural_present_verb_of_saying_is_a_cue(text: str, name: str) -> None:
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The agency did not predict that the strike would come.",
        "It is important to stress that the talks continue.",
        "The embassy sent an official note to the ministry.",
        "How do the generals explain the losses?",
        "The port concluded a deal with the city for 20 years.",
        "He visited Irpin, a town known for atrocities and alleged war crimes.",
        "The court jailed him for alleged spying.",
    ],
)
def test_words_that_say_nothing_are_no_cue(text: str) -> None:
    assert find_cues(text, quote_spans(text)) == []


def test_a_comma_and_an_adverb_before_a_participle_leave_the_sentence_subject_speaking() -> None:
    text = "Moscow has courted African states for years, repeatedly saying that it never colonised any of them."
    assert speakers(text) == ["Russia"]
