"""Extraction rules: who a speaker phrase names (`actors.resolve_actor`)."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import PersonRegistry, resolve_actor


def test_known_official_with_role_and_affiliation() -> None:
    actor = resolve_actor("US National Security Council spokesperson John Kirby")
    assert actor is not None
    assert actor.name == "John Kirby"
    assert actor.kind == "person"
    assert actor.role is not None and "National Security Council spokesperson" in actor.role
    assert actor.affiliation == "United States"
    assert actor.raw == "US National Security Council spokesperson John Kirby"


def test_known_official_by_surname() -> None:
    actor = resolve_actor("Blinken")
    assert actor is not None and actor.name == "Antony Blinken" and actor.kind == "person"


@pytest.mark.parametrize(
    ("phrase", "affiliation"),
    [
        ("a senior US official", "United States"),
        ("Ukrainian officials", "Ukraine"),
        ("officials", None),
        ("an unnamed South Korean source", "South Korea"),
    ],
)
def test_anonymous_sources(phrase: str, affiliation: str | None) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None
    assert actor.kind == "anonymous"
    assert actor.affiliation == affiliation


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("South Korean media", None), ("Yonhap", "Yonhap"), ("Reuters", "Reuters"), ("CNN", "CNN")],
)
def test_media(phrase: str, name: str | None) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None
    assert actor.kind == "media"
    if name:
        assert actor.name == name


def test_south_korean_media_affiliation() -> None:
    actor = resolve_actor("South Korean media")
    assert actor is not None and actor.affiliation == "South Korea"


@pytest.mark.parametrize(("phrase", "country"), [("Kyiv", "Ukraine"), ("Seoul", "South Korea"), ("Moscow", "Russia")])
def test_capital_speaks_for_its_country(phrase: str, country: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None
    assert (actor.name, actor.kind, actor.affiliation) == (country, "organisation", country)


@pytest.mark.parametrize("phrase", ["the Pentagon", "Pentagon", "the Pentagon."])
def test_pentagon_is_an_organisation(phrase: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None
    assert (actor.name, actor.kind, actor.affiliation) == ("Pentagon", "organisation", "United States")


def test_known_agency_by_acronym() -> None:
    actor = resolve_actor("the NIS")
    assert actor is not None
    assert actor.kind == "organisation"
    assert actor.affiliation == "South Korea"


def test_unknown_named_person_with_role() -> None:
    actor = resolve_actor("Defence Minister Jan Kowalski")
    assert actor is not None
    assert actor.name == "Jan Kowalski"
    assert actor.kind == "person"
    assert actor.role == "Defence Minister"


def test_unknown_named_person_affiliation_from_adjective() -> None:
    actor = resolve_actor("Polish Defence Minister Jan Kowalski")
    assert actor is not None
    assert (actor.name, actor.role, actor.affiliation) == ("Jan Kowalski", "Defence Minister", "Poland")


def test_unknown_person_with_appositive_role() -> None:
    actor = resolve_actor("Marek Nowak, head of the Polish border guard")
    assert actor is not None
    assert actor.name == "Marek Nowak"
    assert actor.role == "head of the Polish border guard"
    assert actor.affiliation == "Poland"


def test_surname_resolves_to_person_named_earlier() -> None:
    persons = PersonRegistry()
    first = resolve_actor("Defence Minister Jan Kowalski", persons)
    assert first is not None
    persons.remember(first)
    again = resolve_actor("Kowalski", persons)
    assert again is not None
    assert again.name == "Jan Kowalski"
    assert again.role == "Defence Minister"


@pytest.mark.parametrize("phrase", ["he", "she", "", "   ", ","])
def test_pronouns_and_empty_resolve_to_nothing(phrase: str) -> None:
    assert resolve_actor(phrase) is None


def test_bare_role_without_a_side_is_the_last_person_named_holding_it() -> None:
    from claimtrack.extraction import extract_claims

    text = (
        '"We stand firm," President Taras Hnatyuk said at the front. '
        "Later the head of state noted that 20,000 soldiers were ready."
    )
    claims = [c for c in extract_claims(text) if c.quantity]
    assert [c.actor.name for c in claims] == ["Taras Hnatyuk"]


@pytest.mark.parametrize(
    ("wanted", "role", "expected"),
    [
        ("head of state", "President", True),
        ("minister", "Foreign Minister", True),
        ("president", "Vice President", False),
        ("minister", "Deputy Minister", False),
        ("president", None, False),
    ],
)
def test_role_matches(wanted: str, role: str | None, expected: bool) -> None:
    from claimtrack.extraction.actors import role_matches

    assert role_matches(wanted, role) is expected


@pytest.mark.parametrize("phrase", ["The", "In", "This", "Many", "Some of them"])
def test_function_words_name_no_speaker(phrase: str) -> None:
    assert resolve_actor(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the Office for the Coordination of Relief Affairs", "Office for the Coordination of Relief Affairs"),
        ("the Nordic Council of Defence Ministers", "Nordic Council of Defence Ministers"),
        ("the Lviv School of Public Health", "Lviv School of Public Health"),
        ("the Foundation for Open Archives", "Foundation for Open Archives"),
    ],
)
def test_a_body_named_head_first_is_an_organisation(phrase: str, name: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and (actor.name, actor.kind) == (name, "organisation")


@pytest.mark.parametrize(
    "phrase",
    [
        "the Baltic Conflict Research Lab",
        "Odesa Polytechnic University",
        "the Baltic Analysis Unit",
        "the Global Grain Programme",
        "the Northern Reconstruction Fund",
        "the Black Sea Shipping Alliance",
    ],
)
def test_a_name_ending_in_a_research_body_is_an_organisation(phrase: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and actor.kind == "organisation"


def test_a_person_from_a_lowercase_academy_stays_a_person() -> None:
    actor = resolve_actor("Petro Savchuk from the local press academy")
    assert actor is not None and actor.kind == "person"


@pytest.mark.parametrize("phrase", ["Baltic Radio Friday", "Baltic Radio today"])
def test_a_day_after_a_name_is_when_not_who(phrase: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and actor.name == "Baltic Radio"


def test_a_role_before_a_body_stays_a_persons_role() -> None:
    actor = resolve_actor("Olena Bondar, head of the Office of the President")
    assert actor is not None and actor.name == "Olena Bondar"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("Ukrainian estimates", "Ukraine"), ("the Russian side", "Russia"), ("South Korean figures", "South Korea")],
)
def test_a_side_word_alone_names_its_state(phrase: str, name: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and (actor.name, actor.kind) == (name, "organisation")


def test_a_plural_demonym_names_people_not_their_state() -> None:
    actor = resolve_actor("Ukrainians")
    assert actor is not None and (actor.name, actor.kind, actor.affiliation) == ("Ukrainians", "anonymous", "Ukraine")


@pytest.mark.parametrize(
    ("phrase", "affiliation"), [("the Japanese government", "Japan"), ("Turkish Defence Minister Ali Demir", "Turkey")]
)
def test_sides_beyond_the_war_parties(phrase: str, affiliation: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and actor.affiliation == affiliation


def test_a_bloc_adjective_is_an_unnamed_source() -> None:
    actor = resolve_actor("Western estimates")
    assert actor is not None and (actor.name, actor.kind) == ("Western", "anonymous")
    assert resolve_actor("western") is None  # lowercase: "western states must ..." is no speaker


def test_reports_without_an_author_stay_reports() -> None:
    actor = resolve_actor("the latest reports")
    assert actor is not None and actor.name != "latest"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the authors of the study", "authors of the study"),
        ("volunteers of the monitoring group", "volunteers of the monitoring group"),
    ],
)
def test_a_group_defined_by_what_it_belongs_to_is_anonymous(phrase: str, name: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and (actor.name, actor.kind) == (name, "anonymous")


def test_a_portfolio_completes_a_role_and_names_no_one() -> None:
    actor = resolve_actor("the Italian Minister of Foreign Affairs")
    assert actor is not None and actor.role is not None and actor.role.endswith("Foreign Affairs")
    assert actor.name != "Affairs"


def test_a_name_after_a_role_with_of_is_the_last_two_words() -> None:
    actor = resolve_actor("Speaker of the Council of Elders Marta Kowal")
    assert actor is not None and actor.name == "Marta Kowal"
    assert actor.role == "Speaker of the Council of Elders"


def test_a_survey_conducted_by_a_body_is_the_bodys() -> None:
    actor = resolve_actor("a nationwide poll conducted by the Lviv Institute of Demography")
    assert actor is not None and (actor.name, actor.kind) == ("Lviv Institute of Demography", "organisation")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Dačić", True),
        ("Łukasz", True),
        ("McCaul", True),
        ("O'Brien", True),
        ("Sun-won", True),
        ("J.", True),
        ("NATO", False),
        ("MoD", False),
        ("ICG’s", False),
        ("kirby", False),
    ],
)
def test_name_tokens_take_any_latin_letters_but_not_abbreviations(word: str, expected: bool) -> None:
    from claimtrack.extraction.actors import is_name_token

    assert is_name_token(word) is expected


def test_a_name_with_central_european_letters_is_a_person() -> None:
    actor = resolve_actor("Serbian Interior Minister Ivica Dačević")
    assert actor is not None and (actor.name, actor.role, actor.affiliation) == (
        "Ivica Dačević",
        "Interior Minister",
        "Serbia",
    )


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Lawmaker Kim Min-ji", "Kim Min-ji", "Lawmaker"),
        ("military analyst Anna Berg", "Anna Berg", "military analyst"),
    ],
)
def test_professional_titles_are_roles_not_names(phrase: str, name: str, role: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and (actor.name, actor.role) == (name, role)


def test_two_roles_joined_before_one_name() -> None:
    actor = resolve_actor("Kremlin critic and historian Pavel Orlov")
    assert actor is not None and actor.name == "Pavel Orlov"


def test_two_speakers_joined_give_the_first() -> None:
    actor = resolve_actor("Smith and Jones")
    assert actor is not None and actor.name == "Smith"


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("Swiss food firm Nordvik", "Nordvik", "organisation"),
        ("Danish arms maker Helvik", "Helvik", "organisation"),
        ("the state lender Vostbank", "Vostbank", "organisation"),
        ("Ukrainian state energy company Naftohaz", "Naftohaz", "organisation"),
        ("broadcaster Kanal Nord", "Kanal Nord", "media"),
        ("the newspaper Vostok Gazette", "Vostok Gazette", "media"),
    ],
)
def test_a_noun_before_a_name_says_it_is_a_body(phrase: str, name: str, kind: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and (actor.name, actor.kind, actor.role) == (name, kind, None)


@pytest.mark.parametrize(
    "phrase", ["Bank governor Anna Berg", "the chairman of the brewer Halmstead", "the CEO of arms maker Helvik"]
)
def test_a_title_before_a_company_noun_keeps_the_person(phrase: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and actor.kind == "person"


@pytest.mark.parametrize(
    ("phrase", "kind", "affiliation"),
    [
        ("Norway's ambassador to the UN", "person", "Norway"),
        ("the head of the Polish mission to the EU", "person", "Poland"),
        ("the US mission to the UN", "organisation", "United States"),
    ],
)
def test_an_envoy_or_mission_to_a_body_is_not_the_body(phrase: str, kind: str, affiliation: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and (actor.kind, actor.affiliation) == (kind, affiliation)
    assert actor.name not in {"United Nations", "European Union"}


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("western estimates", "Western"), ("Western estimates", "Western"), ("european data", "European"),
     ("allied figures", "Allied")],
)
def test_a_blocs_document_names_the_bloc_in_either_case(phrase: str, name: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and actor.name == name and actor.kind == "anonymous"


@pytest.mark.parametrize("phrase", ["independent estimates", "official figures", "western", "european"])
def test_a_lowercase_adjective_that_is_no_bloc_names_no_one(phrase: str) -> None:
    assert resolve_actor(phrase) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We counted 30 tanks on the road," a villager said.', "villager"),
        ("A nurse at the district clinic said 14 wounded soldiers had arrived overnight.", "nurse"),
        ("A driver from the relief convoy said 20 tanks were turned back at the border.", "driver"),
        ('"About 400 people were on board," said a conductor on the night train.', "conductor"),
    ],
)
def test_unnamed_everyday_speaker(text: str, speaker: str) -> None:
    claims = extract_claims(text, date(2022, 5, 4))
    assert [c.actor.name for c in claims if c.actor] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "President Kowalski during a meeting with Ivan Petrenko was to say that 30 ships were blocked.",
        "President Kowalski, in a phone call with Ivan Petrenko, said 30 ships were blocked.",
        "President Kowalski after talks with Ivan Petrenko told reporters that 30 ships were blocked.",
    ],
)
def test_who_spoke_with_is_not_the_speaker(text: str) -> None:
    claims = extract_claims(text, date(2022, 5, 4))
    assert [c.actor.name for c in claims if c.actor] == ["Kowalski"]


@pytest.mark.parametrize("text", ["According to foreign data, 300 tanks were lost.",
                                  "According to official figures, 300 tanks were lost."])
def test_lowercase_bloc_document_names_no_one(text: str) -> None:
    assert all(c.actor is None or c.actor.name.lower() not in {"foreign", "official"}
               for c in extract_claims(text, date(2022, 5, 4)))


def test_dated_document_is_not_a_speaker_named_for_its_month() -> None:
    claims = extract_claims("A letter dated last March said 40 villages were destroyed.", date(2022, 5, 4))
    assert all(c.actor is None or c.actor.name != "March" for c in claims)
