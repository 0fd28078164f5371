"""Repeats of one figure in one document are one claim (stop 25, branch repeat25): summary lines with a
shorthand speaker, other spellings of one name, other nouns and kinds for one figure; and the near misses
that stay apart."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import actor_lexicon
from claimtrack.extraction.repeats import nouns_compatible, shorthand_of, summary_level, summary_line
from claimtrack.extraction.spellings import name_key
from claimtrack.records import ActorRef, ExtractedClaim

DAY = date(2024, 3, 5)


def _numeric(text: str) -> list[ExtractedClaim]:
    return [c for c in extract_claims(text, DAY) if c.quantity is not None and not c.quantity.vague]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelensky", "Zełenski"),
        ("Volodymyr Zelenskyy", "Wołodymyr Zelenskiy"),
        ("Oleksii Reznikov", "Ołeksij Reznikow"),
        ("Arestovych", "Arestowycz"),
        ("Klitschko", "Kliczko"),
        ("Shoigu", "Szojgu"),
    ],
)
def test_name_key_folds_spellings_of_one_name(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"), [("Zelensky", "Zelenska"), ("Kuleba", "Kulebov"), ("Sergei Ivanov", "Sergei Ivanova")]
)
def test_name_key_keeps_other_names_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_lexicon_finds_a_known_actor_under_another_spelling() -> None:
    known = actor_lexicon().lookup("Wołodymyr Zełenski")
    assert known is not None and known.name == "Volodymyr Zelensky"
    assert actor_lexicon().lookup("Olena Zelenska") is None
    assert actor_lexicon().lookup("Biden’s") is None  # a possessive names no speaker: "a critic of Biden’s said"


def test_summary_line_headline_and_bullets_but_not_a_body_paragraph() -> None:
    text = (
        "Kyiv says 12 drones downed\n\nThe air force said on Sunday that its units shot down 12 drones over the"
        " southern regions overnight.\n\nThe figures:\n\nDrones shot down: 12;\nMissiles intercepted: 3.\n"
    )
    head = text.index("Kyiv")
    assert summary_line(text, head, head + len("Kyiv says 12 drones downed"))
    body = text.index("The air force")
    assert not summary_line(text, body, text.index("overnight.") + len("overnight."))
    last = text.index("Missiles")
    assert summary_line(text, last, last + len("Missiles intercepted: 3."))


def test_short_paragraph_between_blank_lines_is_not_a_bullet() -> None:
    text = "Headline here\n\nA long lead.\n\nThe mayor said 9 people died.\n\nMore text follows here.\n"
    start = text.index("The mayor")
    assert not summary_line(text, start, start + len("The mayor said 9 people died."))


def test_headline_with_shorthand_speaker_is_a_mention_of_the_body_claim() -> None:
    text = (
        "Ukraine says 41 civilians killed as refugees flee to Moldova\n\nUkraine's interior ministry said on"
        " Monday that 41 civilians had been killed in Kharkiv since Thursday.\n"
    )
    claims = _numeric(text)
    assert len(claims) == 1
    assert claims[0].actor is not None and claims[0].actor.name == "Ukraine's interior ministry"
    assert len(claims[0].mentions) == 2 and claims[0].evidence.sentence.startswith("Ukraine's interior ministry")


def test_headline_of_another_speaker_stays_its_own_claim() -> None:
    text = (
        "Russia says 41 soldiers killed in border raid\n\nUkraine's interior ministry said on Monday that 41"
        " civilians had been killed in Kharkiv since Thursday.\n"
    )
    assert len(_numeric(text)) == 2


def test_headline_other_spelling_of_the_speaker_merges() -> None:
    text = (
        "Zelenski: 60 villages in the flood zone\n\nPresident Wołodymyr Zełenski wrote on Tuesday that about 60"
        " villages are in the flood zone after the dam burst.\n"
    )
    claims = _numeric(text)
    assert len(claims) == 1 and claims[0].actor is not None and claims[0].actor.name == "Volodymyr Zelensky"


def test_summary_bullet_with_the_country_of_the_speaker_merges_with_the_body() -> None:
    text = (
        "Moscow updates its losses\n\nDefence minister Sergei Shoigu said on Wednesday that 2,314 soldiers had"
        " been killed since the start of the operation.\n\nKey figures:\n\nRussia says 2,314 of its soldiers"
        " killed;\nKyiv puts the figure far higher.\n"
    )
    claims = [c for c in _numeric(text) if c.quantity is not None and c.quantity.low == 2314]
    assert len(claims) == 1 and claims[0].actor is not None and claims[0].actor.name == "Sergei Shoigu"
    assert len(claims[0].mentions) == 2


def test_headline_without_qualifier_and_other_noun_merges() -> None:
    text = (
        "Border Police: 900,000 refugees have entered Romania\n\nSince the war began, more than 900,000"
        " people crossed the border into Romania, the Border Police said on Friday.\n"
    )
    claims = _numeric(text)
    assert len(claims) == 1 and len(claims[0].mentions) == 2


def test_same_speaker_same_number_other_places_stay_apart() -> None:
    text = (
        "Emergency service: 4 killed in Kharkiv shelling\n\nUkraine's State Emergency Service said on Tuesday"
        " that four people were killed in Kherson by Russian shelling.\n\nThe State Emergency Service said four"
        " people were killed in Kharkiv.\n"
    )
    claims = _numeric(text)
    places = sorted(c.place.name for c in claims if c.place is not None)
    assert places == ["Kharkiv", "Kherson"]


def test_headline_of_other_equipment_with_the_same_number_stays_apart() -> None:
    text = (
        "General Staff: 24 tanks destroyed\n\nThe General Staff said on Monday that air defences shot down 24"
        " drones overnight.\n"
    )
    assert len(_numeric(text)) == 2


def test_figure_quoted_back_with_the_same_noun_is_a_mention() -> None:
    text = (
        "Aid reaches the city\n\nThe ministry said on Saturday that 30 trucks had entered the city.\n\nA UN"
        " official said the 30 trucks were far too few for the needs of the residents.\n"
    )
    claims = [c for c in _numeric(text) if c.quantity is not None and c.quantity.low == 30]
    assert len(claims) == 1 and len(claims[0].mentions) == 2


def test_figure_given_again_without_an_article_stays_the_later_speakers() -> None:
    text = (
        "Aid reaches the city\n\nThe ministry said on Saturday that 30 trucks had entered the city.\n\nA UN"
        " official said 30 trucks were far too few for the needs of the residents.\n"
    )
    assert len([c for c in _numeric(text) if c.quantity is not None and c.quantity.low == 30]) == 2


def test_figure_of_an_act_quoted_back_is_the_later_speakers_claim() -> None:
    text = (
        "Troops on alert\n\nLast week the defence secretary Mark Doyle put 4,200 troops on heightened alert"
        " near the border.\n\nBut spokesman Tom Reece said that the 4,200 troops were not being deployed.\n"
    )
    claims = [c for c in _numeric(text) if c.quantity is not None and c.quantity.low == 4200]
    assert any("Reece" in c.evidence.sentence for c in claims)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("troops", "soldiers", True),
        ("deaths", "troops", True),
        ("people", "refugees", True),
        ("cruise missiles", "missiles", True),
        ("ukrainians", "people", True),
        ("drones", "uavs", True),
        ("civilians", "soldiers", False),
        ("tanks", "drones", False),
        ("refugees", "troops", False),
        ("bridges", "people", False),
    ],
)
def test_nouns_compatible(a: str, b: str, same: bool) -> None:
    assert nouns_compatible(a, b) is same


def test_shorthand_speaker() -> None:
    full = ActorRef(name="mayor of Irpin", kind="person", raw="The mayor of Irpin")
    assert shorthand_of(ActorRef(name="Mayor", kind="person", raw="Mayor"), full)
    assert not shorthand_of(ActorRef(name="Governor", kind="person", raw="Governor"), full)
    minister = ActorRef(name="Sergei Shoigu", kind="person", raw="Shoigu", affiliation="Russia")
    assert shorthand_of(ActorRef(name="Russia", kind="organisation", raw="Russia"), minister)
    assert not shorthand_of(ActorRef(name="Ukraine", kind="organisation", raw="Ukraine"), minister)


def test_summary_level_ranks_a_headline_above_a_short_line_of_a_block() -> None:
    text = "Kyiv says 12 drones downed\nThe air force said it shot down 12 drones overnight.\n\nMore news below.\n"
    assert summary_level(text, 0, len("Kyiv says 12 drones downed")) == 2
    start = text.index("The air force")
    assert summary_level(text, start, text.index("overnight.") + len("overnight.")) == 1
