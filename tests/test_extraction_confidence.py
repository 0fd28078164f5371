"""Extraction rules: Admiralty grading of a claim (`confidence.assess`)."""

from __future__ import annotations

import pytest

from claimtrack.extraction.actors import resolve_actor
from claimtrack.extraction.confidence import assess, is_adversary_losses
from claimtrack.records import ActorRef

PLAIN = "He said 3,000 soldiers arrived in the region."


def actor(phrase: str) -> ActorRef:
    resolved = resolve_actor(phrase)
    assert resolved is not None
    return resolved


NAMED = "US National Security Council spokesperson John Kirby"
ANONYMOUS = "a senior US official"
MEDIA = "South Korean media"


@pytest.mark.parametrize(
    ("phrase", "grade", "reason_word"),
    [
        (NAMED, "B", "named"),
        ("Defence Minister Jan Kowalski", "B", "named"),
        ("the Pentagon", "B", "official body"),
        (ANONYMOUS, "C", "anonymous"),
        (MEDIA, "C", "media"),
    ],
)
def test_source_reliability(phrase: str, grade: str, reason_word: str) -> None:
    conf = assess(actor(phrase), PLAIN)
    assert conf.reliability == grade
    assert conf.credibility == 2
    assert any(reason_word in r for r in conf.reasons), conf.reasons


def test_unresolved_speaker_is_f() -> None:
    conf = assess(None, PLAIN)
    assert conf.reliability == "F"
    assert conf.reasons


def test_reliability_a_is_never_assigned() -> None:
    for phrase in (NAMED, ANONYMOUS, MEDIA, "the Pentagon"):
        assert assess(actor(phrase), PLAIN).reliability != "A"


def test_named_scores_above_anonymous_above_uncharacterised() -> None:
    named = assess(actor(NAMED), PLAIN).score
    anonymous = assess(actor(ANONYMOUS), PLAIN).score
    residents = assess(actor("local residents"), PLAIN).score
    assert 1 >= named > anonymous > residents > 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington believes 3,000 soldiers arrived.",
        "We assess that 3,000 soldiers arrived.",
        "US intelligence assessed 3,000 soldiers probably arrived.",
    ],
)
def test_estimative_language_is_credibility_3(sentence: str) -> None:
    conf = assess(actor(NAMED), sentence)
    assert conf.credibility == 3
    assert conf.estimative == "likely"
    assert any("estimative" in r for r in conf.reasons), conf.reasons


def test_possibility_language() -> None:
    conf = assess(actor(NAMED), "He said 3,000 soldiers could be there.")
    assert conf.credibility == 3
    assert conf.estimative == "roughly even chance"


@pytest.mark.parametrize(
    "sentence",
    [
        "3,000 soldiers reportedly arrived, he said.",
        "He cited unconfirmed reports of 3,000 soldiers.",
        "The figure of 3,000 soldiers could not be independently verified.",
    ],
)
def test_unverified_wording_is_credibility_4(sentence: str) -> None:
    conf = assess(actor(NAMED), sentence)
    assert conf.credibility == 4
    assert any("unverified" in r for r in conf.reasons), conf.reasons


def test_vague_quantity_is_credibility_6() -> None:
    conf = assess(actor(NAMED), "He said thousands of soldiers arrived.", vague=True)
    assert conf.credibility == 6
    assert any("vague" in r for r in conf.reasons), conf.reasons


def test_forecast_is_at_least_credibility_3() -> None:
    conf = assess(actor(NAMED), PLAIN, forecast=True)
    assert conf.credibility == 3
    assert any("forecast" in r for r in conf.reasons), conf.reasons


def test_plain_assertion_reason() -> None:
    conf = assess(actor(NAMED), PLAIN)
    assert any("plain assertion" in r for r in conf.reasons), conf.reasons


def test_relay_is_given_as_a_reason() -> None:
    conf = assess(actor(ANONYMOUS), PLAIN, relayed_by=actor("Yonhap"))
    assert any("Yonhap" in r for r in conf.reasons), conf.reasons


def test_adversary_losses_lower_credibility() -> None:
    zelensky = actor("Zelensky")
    assert is_adversary_losses(zelensky, "Russian", "casualties")
    assert not is_adversary_losses(zelensky, "Ukrainian", "casualties")
    assert not is_adversary_losses(zelensky, "Russian", "deployment")
    conf = assess(zelensky, "He said 900 Russian soldiers were killed.", adversary_losses=True)
    assert conf.credibility == 4
    assert any("adversary" in r for r in conf.reasons), conf.reasons


def test_reasons_are_never_empty_and_score_is_a_probability() -> None:
    for who in (actor(NAMED), actor(ANONYMOUS), actor(MEDIA), None):
        conf = assess(who, PLAIN)
        assert conf.reasons
        assert 0 < conf.score <= 1
