"""Speakers taken up later or relayed (issue #3): "the agency said" after "X, a ... agency", "the ambassador said"
after a title named in the text, "the statement said" after a joint statement, "his lawyer told", "in the opinion
of X", "BelTA learned from X". Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import _titled_in_text, descriptive_noun, resolve_actor
from claimtrack.extraction.attribution import find_cues
from claimtrack.records import ActorRef

PUBLISHED = dt.date(2023, 5, 12)  # a Friday


def _speakers(text: str) -> dict[str, str | None]:
    """evidence sentence -> speaker name, for the claims of `text`."""
    return {c.evidence.sentence: (c.actor.name if c.actor else None) for c in extract_claims(text, PUBLISHED)}


@pytest.mark.parametrize(("raw", "name", "noun"), [
    ("Janes, a global agency for open-source defence intelligence", "Janes", "agency"),
    ("Kestrel, an independent monitoring group based in Riga", "Kestrel", "group"),
    ("Ukraine's nuclear operator Energoatom", "Energoatom", "operator"),
    ("the state news agency Norvik", "Norvik", "agency"),
    ("Anna Berg, an analyst at the institute", "Anna Berg", None),
    ("the Ministry of Defence", "Ministry of Defence", None),
])
def test_descriptive_noun(raw: str, name: str, noun: str | None) -> None:
    assert descriptive_noun(raw, name) == noun


def test_a_name_described_as_a_body_is_a_body_not_a_person() -> None:
    actor = resolve_actor("Kestrel, an independent monitoring group based in Riga")
    assert actor is not None and (actor.name, actor.kind) == ("Kestrel", "organisation")
    person = resolve_actor("Anna Berg, an analyst at the institute")
    assert person is not None and person.kind == "person"


@pytest.mark.parametrize(("text", "later"), [
    ("Troops could move within days, said Kestrel, a private defence intelligence agency. "
     "The army has 40 battalions near the border, the agency said.", "the agency said"),
    ("Poland's grid operator Voltra reported a cyberattack on Monday. "
     "\"The attack cut 3 substations,\" the operator said on Telegram.", "the operator said"),
    ("The strike hit a depot, said Wolfpost, a pro-war Telegram channel. "
     "Forty soldiers died there, the channel said.", "the channel said"),
])
def test_the_noun_takes_up_the_body_described_with_it(text: str, later: str) -> None:
    speakers = _speakers(text)
    said_later = [who for sentence, who in speakers.items() if later in sentence]
    body = next(who for sentence, who in speakers.items() if later not in sentence)
    assert said_later == [body] and body is not None and body.lower() not in later


def test_an_undescribed_noun_stays_itself() -> None:
    speakers = _speakers("Anna Berg, an analyst at the institute, said 30 tanks were lost. "
                         "The institute said 20 more were hit.")
    assert "Anna Berg" not in [who for s, who in speakers.items() if s.startswith("The institute")]


@pytest.mark.parametrize("intro", [
    "Oksana Lind, Norway's ambassador to the U.S., spoke on Sunday.",
    "Norway's ambassador to the United States, Oksana Lind, spoke on Sunday.",
    "Ambassador Oksana Lind spoke on Sunday.",
])
def test_a_bare_role_takes_up_the_person_the_text_gave_that_title(intro: str) -> None:
    quotes = " \"We will not give in,\" Lind said. \"We have lost 40 people,\" the ambassador said."
    speakers = _speakers(intro + quotes)
    assert speakers["\"We have lost 40 people,\" the ambassador said."] in {"Lind", "Oksana Lind"}


def test_a_title_not_given_to_the_person_is_not_hers() -> None:
    speakers = _speakers("The ambassador met Oksana Lind on Sunday. \"We will not give in,\" Oksana Lind said. "
                         "\"We have lost 40 people,\" the ambassador said.")
    assert speakers["\"We have lost 40 people,\" the ambassador said."] == "ambassador"


@pytest.mark.parametrize(("text", "author"), [
    ("A joint statement by Norway and Iceland was published on Friday. "
     "\"We are concerned by the transfer of 300 civilians,\" the statement said.", "Norway"),
    ("The Interior Ministry said 20 people were held. The Baltic Council said in a statement that the raids must "
     "stop. \"We count 300 deported children,\" the joint statement said.", "Baltic Council"),
])
def test_the_statement_said_quotes_its_author(text: str, author: str) -> None:
    speakers = _speakers(text)
    quoted = next(who for sentence, who in speakers.items() if "statement said" in sentence)
    assert quoted == author


def test_the_statement_said_without_a_statement_named_is_the_last_body_that_spoke() -> None:
    speakers = _speakers("The Interior Ministry said 20 people were held. "
                         "\"We count 300 deported children,\" the statement said.")
    assert set(speakers.values()) == {"Interior Ministry"}


@pytest.mark.parametrize("group", ["participants in", "members of", "signatories of"])
def test_the_members_of_a_forum_speak_not_the_forum(group: str) -> None:
    sentence = f"The {group} the Baltic Forum in a joint statement called on Russia to free 100 prisoners."
    cues = find_cues(sentence, [])
    assert [c.phrase for c in cues] == [f"The {group} the Baltic Forum"]


def test_his_lawyer_speaks_for_the_person_the_sentence_names() -> None:
    text = ("A Latvian man, Ivars Kalnins, who had been fined 2 times, was detained in Estonia, his lawyer told "
            "CNN's Jane Roe Wednesday.")
    claims = extract_claims(text, PUBLISHED)
    assert [c.actor.name for c in claims if c.actor] == ["Ivars Kalnins's lawyer"]
    assert claims[0].claim_date is not None and claims[0].claim_date.value == dt.date(2023, 5, 10)


def test_their_lawyers_are_not_read_as_one_persons() -> None:
    assert find_cues("The two men were held for 3 days, their lawyers said.", [])[0].phrase != "their lawyers"


@pytest.mark.parametrize(("sentence", "source"), [
    ("In the opinion of the Institute for Sea Power, Russia lost 30 ships.", "the Institute for Sea Power"),
    ("In the opinion of, among others, the Baltic Council, there are 50 battalions near the border.",
     "the Baltic Council"),
])
def test_in_the_opinion_of_names_a_source(sentence: str, source: str) -> None:
    cues = find_cues(sentence, [])
    assert [(c.verb, c.phrase, c.is_source) for c in cues] == [("in the opinion of", source, True)]


def test_an_opinion_without_its_frame_is_no_cue() -> None:
    assert find_cues("Public opinion of the war fell by 30 points.", []) == []


def test_an_agency_learned_from_a_source() -> None:
    claims = extract_claims("MINSK, 11 May (BelTA) - Belarus will host 3 rounds of talks, BelTA learned from "
                            "Belarusian President Aleksandr Lukashenko on 11 May.", PUBLISHED)
    assert [c.actor.name for c in claims if c.actor] == ["Alexander Lukashenko"]


def test_a_country_that_learned_from_another_is_no_relay() -> None:
    assert extract_claims("Russia learned from Syria that 40 jets are enough.", PUBLISHED) == []


def test_an_everyday_noun_is_no_title_to_take_up() -> None:
    lind = ActorRef(name="Vera Lind", kind="person", raw="Lind")
    assert not _titled_in_text(["student"], lind, "Another student, Vera Lind, left the college.")
    assert _titled_in_text(["ambassador"], lind, "Another ambassador, Vera Lind, left the embassy.")


def test_her_lawyer_without_a_person_named_in_the_sentence_is_no_ones() -> None:
    speakers = _speakers("\"We sent 40 tanks,\" Anna Berg said on Monday. A journalist was detained on Tuesday and "
                         "faces 2 charges, her lawyer said.")
    assert "Anna Berg's lawyer" not in speakers.values()
