"""Speakers in the forms of wire copy, translated statements and live blogs (issue #3, "Who claims")."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import PersonRegistry, resolve_actor
from claimtrack.extraction.sentences import split_sentences

PUBLISHED = dt.date(2024, 5, 6)


def speakers(text: str) -> list[str | None]:
    return [c.actor.name if c.actor else None for c in extract_claims(text, PUBLISHED)]


def speaker_roles(text: str) -> list[tuple[str, str | None]]:
    return [(c.actor.name, c.actor.role) for c in extract_claims(text, PUBLISHED) if c.actor]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("BREAKING: Kharkiv mayor Ihor Terekhov says 14 people were hurt in the strike.", "Ihor Terekhov"),
        ("LIVE UPDATES: Ukraine's air force said 31 drones were shot down overnight.", "Ukrainian Air Force"),
    ],
)
def test_a_live_blog_label_before_a_colon_is_no_role(text: str, name: str) -> None:
    (actor,) = [c.actor for c in extract_claims(text, PUBLISHED)]
    assert actor is not None and actor.name == name
    assert actor.role is None or not actor.role.isupper()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The border service on March 3, 2023 said 9 people were detained at the crossing.", "border service"),
        ("The regional police on 12 May said 7 looters had been caught.", "regional police"),
        ("Russian pundits angrily claimed that 40 tanks had been bought in hunting shops.", "Russian pundits"),
    ],
)
def test_a_date_or_manner_adverb_between_speaker_and_verb(text: str, name: str) -> None:
    assert [s.lower() for s in speakers(text) if s] == [name.lower()]


def test_a_degree_adverb_does_not_make_a_verb_of_saying() -> None:
    assert speakers("Oil majors such as Shell and Chevron have mostly posted 3 record quarters.") == []


def test_a_speaker_name_in_quotes() -> None:
    assert speakers('Volunteers of the "Open Sky" group identified 118 dead soldiers.') == [
        "Volunteers of the Open Sky group"
    ]
    # quoted speech before its speaker is still speech
    assert speakers('"We hold 30 villages," Kowalczyk said.') == ["Kowalczyk"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prime Minister Narendra Modi was to say that 2 sides must talk, world agencies report.", "Narendra Modi"),
        ("Vladimir Putin was also to tell his guest that Kyiv rejected 3 rounds of talks.", "Vladimir Putin"),
    ],
)
def test_the_translated_reportative_was_to_say(text: str, name: str) -> None:
    assert speakers(text)[0] == name


def test_the_meeting_was_to_take_place_names_no_speaker() -> None:
    assert speakers("The meeting was to take place on Monday with 40 delegates.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Presidential aide Mykhailo Podolyak called the blasts "demilitarisation in action".', "Mykhailo Podolyak"),
        ('Foreign minister Anna Berg called the strike on 2 hospitals a "war crime".', "Anna Berg"),
    ],
)
def test_called_with_a_quoted_label_is_a_cue(text: str, name: str) -> None:
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg called up 4,000 reservists.",
        'The so-called "referendum" was held in 4 regions.',
        'It was called a "provocation" by 3 newspapers.',
    ],
)
def test_called_for_up_or_passive_is_no_cue(text: str) -> None:
    assert all(s is None or s in {"newspapers"} for s in speakers(text))
    assert "Anna Berg" not in speakers(text)


def test_a_published_update_and_its_data_speak_for_the_staff() -> None:
    text = ("The General Staff of the Armed Forces of Ukraine published information on Russian losses on Monday. "
            "The presented data shows that Russia lost 1,140 soldiers and 12 tanks in the past day.")
    assert set(speakers(text)) == {"General Staff of the Armed Forces of Ukraine"}


def test_inform_as_a_verb_of_saying() -> None:
    assert speakers("Unemployment in the region has grown by 4 percent - independent labour analysts inform.") == [
        "independent labour analysts"
    ]


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("the press service of the Ministry of Defence", "Ministry of Defence", "press service"),
        ("the press office of the Southern Defence Forces", "Southern Defence Forces", "press office"),
        ("the communications department of the Ministry of Health", "Ministry of Health", "communications department"),
    ],
)
def test_a_body_speaks_through_its_press_service(phrase: str, name: str, role: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and (actor.name, actor.kind, actor.role) == (name, "organisation", role)


def test_the_head_of_a_ministry_stays_a_person() -> None:
    actor = resolve_actor("the head of the Ministry of Defence")
    assert actor is not None and actor.kind == "person"


def test_a_later_role_replaces_a_rank_only_when_it_is_a_role() -> None:
    persons = PersonRegistry()
    first = resolve_actor("Maj. Gen. Oksana Hrytsenko", persons)
    assert first is not None
    persons.remember(first)
    later = resolve_actor("Hrytsenko, head of the border service", persons)
    assert later is not None and (later.name, later.role) == ("Oksana Hrytsenko", "head of the border service")
    possessive = resolve_actor("The agency's Hrytsenko", persons)
    assert possessive is not None and possessive.role == first.role


def test_a_document_phrase_cut_after_its_noun_names_its_author() -> None:
    actor = resolve_actor("published by the WFP and the Food and Agriculture Organization")
    assert actor is not None and actor.name == "WFP"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Photo: AFP. The regional governor said 8 people were killed in the shelling.",
         ["The regional governor said 8 people were killed in the shelling."]),
        ("Photo: Reuters/Anna Nowak.The mayor said 5 people were hurt in the night strike.",
         ["The mayor said 5 people were hurt in the night strike."]),
        ("Photo: AFP. Read more in our live blog", []),
        ("Photo: AFP", []),
    ],
)
def test_a_caption_credit_glued_before_a_sentence(text: str, kept: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == kept


def test_a_passive_agent_after_lowercase_adjectives() -> None:
    text = ('The objection was summarised by the former US envoy Anna Lind. "The problem is that 300 tanks are '
            'missing," she warned.')
    assert speakers(text) == ["Anna Lind", "Anna Lind"]


def test_a_dash_quote_glued_after_a_sentence_is_the_speaker_who_closes_it() -> None:
    text = ("Marek Nowak was asked by reporters whether an attack was near.- I am sure 5,000 troops moved.We must "
            "be careful - he replied.")
    claims = extract_claims(text, PUBLISHED)
    counted = [c for c in claims if c.quantity is not None]
    assert [(c.actor.name if c.actor else None, c.quantity.low) for c in counted] == [("Marek Nowak", 5000)]


def test_a_quote_closing_at_its_sentence_end_does_not_run_on() -> None:
    text = ('Anna Berg spoke first. The 40 soldiers of the new unit are "too young for the front." '
            'Jan Kowal said 12 soldiers were wounded.')
    claims = extract_claims(text, PUBLISHED)
    assert [c.quantity.low for c in claims if c.actor and c.actor.name == "Jan Kowal" and c.quantity] == [12]


def test_a_quoted_count_after_a_writer_is_theirs() -> None:
    text = ('Promises to reinforce the flank "remain largely unfulfilled", Mitchell wrote. Since then, Norway\'s '
            'presence has risen "from 120 to 410 soldiers".')
    counted = [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]
    assert counted and {c.actor.name for c in counted if c.actor} == {"Mitchell"}


def test_a_scare_quote_after_a_writer_is_not_theirs() -> None:
    text = ('Promises "remain largely unfulfilled", Mitchell wrote. Moscow calls 40 of its raids a '
            '"special military operation".')
    counted = [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]
    assert all(c.actor is None or c.actor.name != "Mitchell" for c in counted)


def test_a_speaker_after_a_long_appositive_not_closed_by_a_comma() -> None:
    text = ('"Japan needs 5 more submarines," Haruki Sato, a retired admiral in the Japan Maritime Self-Defence '
            "Force and a former head of the Defence Intelligence Headquarters told the Telegraph.")
    (claim,) = extract_claims(text, PUBLISHED)
    assert claim.actor is not None and claim.actor.name == "Haruki Sato"
    assert claim.actor.role is not None and claim.actor.role.startswith("retired admiral")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the defence minister Anna Berg announced that 8 more fighters landed.",
        "Ewa Lis, former gymnast and alleged friend of the minister, said 3 reporters were detained.",
    ],
)
def test_no_long_appositive_from_a_day_or_a_cut_phrase(text: str) -> None:
    names = speakers(text)
    assert names and all(n not in {"On Monday"} for n in names)
    assert all(role is None or not role.endswith(" and") for _, role in speaker_roles(text))


def test_a_sentence_pointing_back_gives_its_speaker_to_the_one_before() -> None:
    text = "Two medics were injured near the border on Friday. The regional police informed about it."
    counted = [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]
    assert [(c.actor.name if c.actor else None, c.quantity.low) for c in counted] == [("Regional police", 2)]


def test_the_reportative_continues_the_speaker_before() -> None:
    text = ("The General Staff published its update on Monday. "
            "The enemy was to lose 1,020 soldiers and 14 tanks in the past day.")
    counted = [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]
    assert counted and {c.actor.name for c in counted if c.actor} == {"General Staff"}


@pytest.mark.parametrize(
    "second",
    [
        "A convoy which was to evacuate 40 civilians was shelled.",
        "If Russia were to attack, 30,000 troops would be needed.",
        "The summit was to take place with 40 leaders.",
    ],
)
def test_a_relative_conditional_or_planned_was_to_is_no_report(second: str) -> None:
    text = "The General Staff published its update on Monday. " + second
    counted = [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]
    assert all(c.actor is None for c in counted)
