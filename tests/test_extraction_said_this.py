"""'X said this at ...' attributes and dates the sentence before; 'X, prime minister of Y, said' keeps its speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday
CLAIM = "The corridor must stay open for every convoy of grain."


def claims_on(text: str, sentence: str) -> list[tuple[str | None, str | None]]:
    """(actor, claim date) of the claims whose evidence is `sentence`."""
    return [
        (c.actor.name if c.actor else None, c.claim_date.value.isoformat() if c.claim_date and c.claim_date.value
         else None)
        for c in extract_claims(text, PUBLISHED) if c.evidence.sentence == sentence
    ]  # fmt: skip


@pytest.mark.parametrize(
    "pointer",
    [
        "Anna Berg said this at a joint press conference in Riga on Tuesday.",
        "Anna Berg, the Swedish envoy, stated this during a visit to Odesa on Tuesday, the agency reports.",
        "Anna Berg announced this on Tuesday, Ukrinform reports.",
        "Anna Berg said so on Tuesday.",
    ],
)
def test_said_this_attributes_and_dates_the_sentence_before(pointer: str) -> None:
    assert claims_on(f"{CLAIM} {pointer}", CLAIM) == [("Anna Berg", "2024-03-12")]


@pytest.mark.parametrize(
    "follower",
    [
        "Anna Berg said this was a mistake.",
        "Anna Berg said this week that the talks had stalled.",
        "Anna Berg said that on Tuesday the talks had stalled.",
    ],
)
def test_said_this_opening_a_clause_points_nowhere(follower: str) -> None:
    assert claims_on(f"{CLAIM} {follower}", CLAIM) == []


@pytest.mark.parametrize(
    ("text", "actor", "role"),
    [
        ("Kaja Nurm, prime minister of Estonia, said the troops must leave.", "Kaja Nurm", "prime minister of Estonia"),
        ("Anna Berg, foreign minister of Sweden, said the border was calm.", "Anna Berg", "foreign minister of Sweden"),
        ("Jan Nowak, deputy defence minister, told reporters it burned.", "Jan Nowak", "deputy defence minister"),
    ],
)
def test_a_role_with_no_article_after_a_name_is_its_appositive(text: str, actor: str, role: str) -> None:
    claims = extract_claims(text, PUBLISHED)
    assert [(c.actor.name, c.actor.role) for c in claims if c.actor] == [(actor, role)]


def test_a_lowercase_clause_after_a_comma_is_no_appositive() -> None:
    claims = extract_claims("The troops, first deployed in May, said the pay was late.", PUBLISHED)
    assert all(c.actor is None or c.actor.name != "the pay was late" for c in claims)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("According to the head of the Lviv regional military administration, Maksym Kozytskyi, two people were "
         "hurt.", "Maksym Kozytskyi"),
        ("According to the spokesman of the Polish Navy, Jan Wrona, two ships were hit.", "Jan Wrona"),
        ("That is according to the chairman of the EU Military Committee, General Ola Berg, who spoke in Brussels.",
         "Ola Berg"),
    ],
)
def test_according_to_a_description_with_names_inside_then_the_name(text: str, actor: str) -> None:
    assert [c.actor.name for c in extract_claims(text, PUBLISHED) if c.actor] == [actor]


def test_according_to_a_named_body_is_not_a_description() -> None:
    claims = extract_claims("According to the Polish General Staff, Russia lost 900 soldiers.", PUBLISHED)
    assert [c.actor.name for c in claims if c.actor] and all("Russia" != c.actor.name for c in claims if c.actor)


@pytest.mark.parametrize(
    ("text", "actor", "relay"),
    [
        ("As reported by Ukrinform, Lithuanian President Gitanas Nauseda stressed that NATO would defend Vilnius.",
         "Gitanas Nausėda", "Ukrinform"),
        ("As Reuters reports, the governor said 40 houses were damaged.", "governor", "Reuters"),
    ],
)
def test_an_outlet_fronted_with_as_relays_the_speaker_after_it(text: str, actor: str, relay: str) -> None:
    claims = extract_claims(text, PUBLISHED)
    assert {(c.actor.name, c.relayed_by.name if c.relayed_by else None) for c in claims} == {(actor, relay)}


def test_an_outlet_fronted_with_as_and_no_other_speaker_is_the_speaker() -> None:
    claims = extract_claims("As Reuters reported, 200 soldiers had arrived.", PUBLISHED)
    assert [(c.actor.name, c.relayed_by) for c in claims] == [("Reuters", None)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Norway pledged 12 more howitzers, the Norwegian defence minister said.", "Norwegian defence minister"),
        ("Vilnius has promised to send 300 more instructors, the Lithuanian president's office said on Friday.",
         "Lithuanian president's office"),
    ],
)
def test_a_state_acting_in_a_sentence_closed_by_a_speaker_is_no_speaker(text: str, actor: str) -> None:
    names = {c.actor.name for c in extract_claims(text, PUBLISHED) if c.actor}
    assert names and not names & {"Norway", "Lithuania"}
    assert any(actor.lower() in name.lower() or name.lower() in actor.lower() for name in names)


def test_a_person_opening_the_sentence_keeps_it_when_a_body_closes_it() -> None:
    claims = extract_claims("Lavrov reiterated that Moscow would not negotiate, the ministry said.", PUBLISHED)
    assert [c.actor.name for c in claims if c.actor] == ["Sergei Lavrov"]
