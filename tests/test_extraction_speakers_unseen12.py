"""Speaker families found on unannotated articles (issue #3, "Who claims"): a role taken up later ("the
spokeswoman said"), a body's head, a title "of <country>", a partitive source, cut-off subjects and a closing
"said X" that frames the whole sentence. All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import PersonRegistry, resolve_actor
from claimtrack.extraction.attribution import sentence_subject
from claimtrack.extraction.quantities import find_counts

PUBLISHED = dt.date(2023, 5, 2)


def speakers(text: str) -> list[str | None]:
    return [c.actor.name if c.actor else None for c in extract_claims(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Political scientist Marek Wolny said on Monday the talks would fail. "
         '"Nobody wants them," the political scientist stressed.', "Marek Wolny"),
        ("A spokeswoman for the city council, Irena Bohdan, said the bridge was closed. "
         "The repairs will take a month, the spokeswoman added.", "Irena Bohdan"),
        ("Field commander-in-chief Taras Hnatenko said the line held. "
         '"We keep the ground," the commander-in-chief said.', "Taras Hnatenko"),
    ],
)
def test_the_role_takes_up_the_person_named_with_it(text: str, name: str) -> None:
    assert speakers(text) == [name, name]


def test_a_role_is_no_lesser_role_and_a_thing_is_no_role() -> None:
    persons = PersonRegistry()
    persons.remember(resolve_actor("Deputy commander Ivan Petrenko", persons))
    assert resolve_actor("the commander", persons).name != "Ivan Petrenko"
    persons.remember(resolve_actor("war historian Olga Marek", persons))
    assert resolve_actor("the war", persons) is None
    assert resolve_actor("the historian", persons).name == "Olga Marek"


def test_the_head_of_a_known_body_is_its_named_president() -> None:
    text = ("Ursula von der Leyen arrived in Warsaw. "
            "The head of the European Commission stressed that the fund would grow.")
    assert speakers(text)[-1] == "Ursula von der Leyen"
    # unnamed in the text: the body still speaks
    assert speakers("The head of the European Commission stressed that the fund would grow.") == [
        "European Commission"]


def test_a_title_of_a_country_is_the_holder_the_text_names() -> None:
    text = "French President Emmanuel Macron met the leaders. We must stay calm, said the President of France."
    assert speakers(text)[-1] == "Emmanuel Macron"


@pytest.mark.parametrize("phrase", ["One of the sources", "one of the analysts", "Two of the sources"])
def test_a_partitive_source_is_the_group(phrase: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and not actor.name.lower().startswith(("of ", "one", "two"))
    assert actor.name == phrase.split()[-1]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The Latvian ambassador also condemned the vote, saying it was unfair.", "The Latvian ambassador"),
        ("Polish defence officials have agreed, saying the risk is low.", "Polish defence officials"),
        ("Security analyst Jan Nowak agreed, saying the risk is low.", "Security analyst Jan Nowak"),
        ("Declassified files released in 1998 suggest the ship was lost.", None),
        ("Many European banks have refused and have accused the fund.", None),
        ("Many European leaders have refused and have accused the bank.", "Many European leaders"),
        ("Russia deployed more ships.", "Russia"),
        ("Jan Kowal – adviser to the mayor – said it.", "Jan Kowal"),
        ("The head of the navy has warned.", "The"),
    ],
)
def test_a_subject_cut_before_its_noun_is_completed_or_dropped(sentence: str, subject: str | None) -> None:
    assert sentence_subject(sentence) == subject


def test_a_capitalised_participle_or_quantifier_names_no_speaker() -> None:
    assert speakers("Leaked papers show that 300 soldiers were moved to the port.") == []
    assert "Many European" not in speakers("Many European leaders have refused and have accused the bank.")


def test_a_closing_said_x_frames_the_sentence() -> None:
    text = "Only Latvia and Estonia have pledged support for the court, said Ukraine's prosecutors."
    assert speakers(text) == ["Ukraine's prosecutors"]


def test_a_relative_pronoun_means_the_sentence_subject() -> None:
    text = ("Press secretary Anna Wirt declined to comment. Throughout the year, Mr Olaf Brandt has described "
            "rivals who he says are puppets of the bank.")
    assert speakers(text)[-1] == "Olaf Brandt"


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The president said the city had hosted three rounds of talks.", False),
        ("Two rounds of peace talks failed, the minister said.", False),
        ("The minister said gunners fired 3,000 rounds at the bridge.", True),
    ],
)
def test_rounds_of_talks_count_no_ammunition(sentence: str, counted: bool) -> None:
    assert any(c.unit == "rounds" for c in find_counts(sentence)) is counted
