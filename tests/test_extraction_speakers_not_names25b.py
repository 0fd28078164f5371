"""Stop 25 (actor25b): speakers that are no person's name. Blocs, seats of power and parties are collective actors
("the West", "the Quad", "the Elysée", "Republicans"); "Law and Justice MP X" is X of that party; "the head of the
German government" is a person (that country's head of government); wire agencies and outlets are media; a noun
before a one-word name says it is a body's; a compass phrase, a plural noun of people or a coordinated adjective is
no person; a credit line is no claim; "the company", "the government", "authorities" said with no such body named
are unnamed bodies. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import PersonRegistry, is_unnamed_body, resolve_actor
from claimtrack.extraction.boilerplate import is_boilerplate_line

PUBLISHED = dt.date(2024, 6, 3)


def _persons(document: str = "") -> PersonRegistry:
    persons = PersonRegistry()
    persons.document = document
    return persons


def _actor(phrase: str, document: str = "") -> tuple[str, str, str | None, str | None]:
    actor = resolve_actor(phrase, _persons(document))
    assert actor is not None, phrase
    return actor.name, actor.kind, actor.role, actor.affiliation


def _speakers(text: str) -> dict[float, tuple[str | None, str | None]]:
    return {
        c.quantity.low: (c.actor.name if c.actor else None, c.actor.kind if c.actor else None)
        for c in extract_claims(text, PUBLISHED)
        if c.quantity is not None and c.quantity.low is not None
    }


# --- blocs, seats of power, parties ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name", "affiliation"),
    [
        ("the West", "the West", None),
        ("The West", "the West", None),
        ("the Quad", "Quad", None),
        ("the Elysée", "Elysée", "France"),
        ("Downing Street", "Downing Street", "United Kingdom"),
    ],
)
def test_a_bloc_or_a_seat_of_power_is_a_body(phrase: str, name: str, affiliation: str | None) -> None:
    found = _actor(phrase)
    assert (found[0], found[1], found[3]) == (name, "organisation", affiliation)


@pytest.mark.parametrize(("phrase", "name"), [("Kanye West", "Kanye West"), ("Andrew Law", "Andrew Law")])
def test_a_person_whose_surname_is_a_bloc_or_a_party_word_stays_a_person(phrase: str, name: str) -> None:
    assert _actor(phrase)[:2] == (name, "person")


def test_the_west_speaking_is_no_person() -> None:
    assert _speakers("The West says 12 more battalions have reached Belgorod.")[12] == ("the West", "organisation")


def test_party_members_are_an_unnamed_group_of_its_country() -> None:
    assert _actor("Republicans") == ("Republicans", "anonymous", "Republican Party", "United States")
    assert _actor("Some Democrats")[1:] == ("anonymous", "Democratic Party", "United States")


def test_the_party_member_is_the_person_named_as_one() -> None:
    persons = _persons()
    graham = resolve_actor("Republican Senator Tom Elder", persons)
    assert graham is not None and graham.name == "Tom Elder" and graham.affiliation == "United States"
    persons.remember(graham)
    member = resolve_actor("the Republican", persons)
    assert member is not None and member.name == "Tom Elder"


def test_a_member_of_a_party_named_with_and_is_one_person() -> None:
    assert _actor("Law and Justice MP Adam Nowak") == ("Adam Nowak", "person", "Law and Justice MP", "Poland")


def test_two_speakers_joined_by_and_are_still_split() -> None:
    assert _actor("Anna Berg and Tom Elder")[:2] == ("Anna Berg", "person")


def test_a_party_word_before_a_body_gives_no_country() -> None:
    assert _actor("the Republican Guard command")[3] is None


# --- heads of a side's body -------------------------------------------------------------------------------------


def test_the_head_of_a_government_is_a_person_of_that_country() -> None:
    assert _actor("the head of the German government") == (
        "Head of the German government",
        "person",
        "head of government",
        "Germany",
    )


def test_the_head_of_a_government_is_its_named_chancellor() -> None:
    persons = _persons()
    chancellor = resolve_actor("Federal Chancellor of Austria Lena Maier", persons)
    assert chancellor is not None
    persons.remember(chancellor.model_copy(update={"affiliation": "Austria"}))
    holder = resolve_actor("the head of the Austrian government", persons)
    assert holder is not None and holder.name == "Lena Maier"


def test_the_head_of_a_side_body_is_a_person() -> None:
    name, kind, _, affiliation = _actor("the head of Britain's foreign intelligence service")
    assert (kind, affiliation) == ("person", "United Kingdom") and name.startswith("Head of")


def test_a_side_government_itself_stays_a_body() -> None:
    assert _actor("the German government")[1] == "organisation"


# --- outlets and bodies named after their noun -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the Ukrainian agency Unian", "UNIAN"),
        ("the state news agency Itar-Tass", "TASS"),
        ("Belsat", "Belsat"),
        ("Belarusian broadcaster Belsat", "Belsat"),
    ],
)
def test_a_wire_agency_or_an_outlet_is_media(phrase: str, name: str) -> None:
    assert _actor(phrase)[:2] == (name, "media")


def test_a_person_whose_surname_is_an_outlet_stays_a_person() -> None:
    assert _actor("Michael Bloomberg")[:2] == ("Michael Bloomberg", "person")
    assert _actor("Bloomberg")[:2] == ("Bloomberg", "media")


def test_an_agency_noun_before_a_one_word_name_makes_a_body() -> None:
    assert _actor("Moldova's air navigation agency Aerovia")[:2] == ("Aerovia", "organisation")
    assert _actor("the state agency Ivan Sirko")[:2] == ("Ivan Sirko", "person")  # a full name: a person's


def test_the_head_of_a_named_firm_is_a_person_not_the_firm() -> None:
    name, kind, _, affiliation = _actor("the chairman of the Finnish steel firm Halvik")
    assert kind == "person" and name.startswith("Chairman of") and affiliation == "Finland"


def test_a_body_introduced_by_its_noun_stays_a_body() -> None:
    found = _speakers(
        "The Finnish steel firm Halvik said on Monday it had shut 3 plants. Halvik said 400 workers were sent home. "
        "The company said 12 workers were injured."
    )
    assert found[400] == ("Halvik", "organisation") and found[12] == ("Halvik", "organisation")


# --- words that name no person ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase", ["the northern English", "the eastern Welsh", "the ground the army holds in the Baltic"]
)
def test_a_compass_phrase_or_a_place_after_the_is_no_person(phrase: str) -> None:
    assert resolve_actor(phrase, _persons()) is None


def test_a_title_before_a_lone_name_still_names_a_person() -> None:
    assert _actor("the northern commander Sirko")[1] == "person"


@pytest.mark.parametrize("phrase", ["Kremlin-watchers", "Wikipedists", "many Kremlinologists"])
def test_a_plural_noun_of_people_is_an_unnamed_group(phrase: str) -> None:
    assert _actor(phrase)[1] == "anonymous"


@pytest.mark.parametrize("phrase", ["Moon Jae-in", "Sanders", "Lee Jae-myung"])
def test_names_like_plural_nouns_stay_persons(phrase: str) -> None:
    assert _actor(phrase)[1] == "person"


def test_coordinated_adjectives_name_no_person() -> None:
    actor = resolve_actor("Domestic and foreign critics", _persons("Domestic and foreign critics say so."))
    assert actor is None or actor.kind != "person"
    first = resolve_actor("Petrovic and foreign ministers", _persons("Milan Petrovic spoke. Petrovic and foreign"))
    assert first is not None and first.kind == "person"


def test_a_credit_line_is_no_claim() -> None:
    assert is_boilerplate_line("Additional reporting by Anna Berg in Kyiv and Tom Elder")
    assert is_boilerplate_line("Reporting by Anna Berg; Editing by Tom Elder")
    assert not is_boilerplate_line("Reporting by the ministry shows 40 tanks were lost near Avdiivka.")
    assert not extract_claims("Additional reporting by Anna Berg\n", PUBLISHED)


# --- bodies called by their kind -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["the company", "The group", "the bank", "Court", "the military", "authorities", "intelligence", "the government"],
)
def test_a_body_called_only_by_its_kind_is_unnamed(phrase: str) -> None:
    actor = resolve_actor(phrase, _persons("It was cold."))
    assert actor is not None and is_unnamed_body(actor)


def test_the_government_is_the_one_side_government_named() -> None:
    document = "The Moldovan government met on Monday. The government said 30 schools were closed."
    assert _actor("the government", document)[1:] == ("organisation", None, "Moldova")
    two = "The Moldovan government met. The Romanian government replied. The government said 30 were closed."
    actor = resolve_actor("the government", _persons(two))
    assert actor is not None and is_unnamed_body(actor)


def test_the_court_is_the_court_named() -> None:
    document = "The International Criminal Court issued a warrant. The court said 4 suspects were named."
    assert _actor("the court", document)[:2] == ("International Criminal Court", "organisation")


def test_authorities_in_a_place_are_that_place_body() -> None:
    assert _actor("authorities in Kyiv", "Russian authorities said so.")[1:] == ("organisation", None, "Ukraine")


def test_a_speaker_after_the_cue_runs_past_the_and_of_a_party_name() -> None:
    text = "Forty tanks were sent to the border - said Law and Justice MP Adam Nowak in a radio interview."
    assert _speakers(text)[40] == ("Adam Nowak", "person")
    two = "Forty tanks were sent to the border, said Anna Berg and Tom Elder on Monday."
    assert _speakers(two)[40] == ("Anna Berg", "person")  # "and" between two names still ends the first


def test_coordinated_adjectives_with_a_complement_name_no_person() -> None:
    claims = extract_claims("Domestic and foreign critics of the junta have called the 3 elections rigged.", PUBLISHED)
    assert all(c.actor is None or c.actor.kind != "person" for c in claims)
