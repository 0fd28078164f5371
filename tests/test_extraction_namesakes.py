"""A known person's surname after another given name is a namesake, not the lexicon's person
(`actors.another_given_name`); a given name spelt in another transliteration is the same person."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import (
    _word_before,
    actor_lexicon,
    another_given_name,
    full_name_in,
    written_in_lowercase,
)

PUBLISHED = dt.date(2024, 3, 1)


def _speakers(text: str) -> list[str]:
    return [c.actor.name for c in extract_claims(text, PUBLISHED) if c.actor is not None]


@pytest.mark.parametrize(
    ("given", "known", "namesake"),
    [
        ("Mary", "John Kirby", True),
        ("Oleksandr", "Andrii Kovalenko", True),
        ("Alexei", "Alexander Lukashenko", True),
        ("Aleksandr", "Alexander Lukashenko", False),  # transliterations of one name
        ("Oleksandr", "Alexander Lukashenko", False),
        ("Vladimir", "Volodymyr Zelensky", False),
        ("J.", "John Kirby", False),  # an initial that fits
        ("M.", "John Kirby", True),
    ],
)
def test_another_given_name(given: str, known: str, namesake: bool) -> None:
    actor = actor_lexicon().lookup(known)
    assert actor is not None
    assert another_given_name([given], actor) is namesake


def test_a_role_word_is_no_given_name() -> None:
    actor = actor_lexicon().lookup("John Kirby")
    assert actor is not None
    assert another_given_name(["spokesman"], actor) is False
    assert another_given_name([], actor) is False


@pytest.mark.parametrize(
    "text",
    [
        "Mary Kirby said 300 Russian troops were killed near Avdiivka.",
        "Local historian Mary Kirby told the paper that 40 shells hit the village.",
        "According to Mary Kirby, a volunteer medic, 12 soldiers were wounded.",
    ],
)
def test_a_namesake_is_a_person_of_her_own(text: str) -> None:
    assert _speakers(text) == ["Mary Kirby"]


def test_the_namesake_keeps_her_surname_later_in_the_text() -> None:
    text = "Mary Kirby said 300 Russian troops were killed. Kirby added that 20 tanks were lost."
    assert _speakers(text) == ["Mary Kirby", "Mary Kirby"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("John Kirby said 300 Russian troops were killed.", "John Kirby"),
        ("Kirby said 300 Russian troops were killed.", "John Kirby"),
        ("President Aleksandr Lukashenko said 300 troops were sent to the border.", "Alexander Lukashenko"),
        ("Vladimir Zelenskiy said 300 troops were killed.", "Volodymyr Zelensky"),
    ],
)
def test_the_lexicon_person_still_resolves(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("words", "known"),
    [
        (["Foreign", "Minister", "Annalej"], "Annalena Baerbock"),  # a typo of the given name, after a role
        (["Aleksandr", "Grigoryevich"], "Alexander Lukashenko"),  # a patronymic after the given name
        (["Further"], "Alexander Lukashenko"),  # a sentence adverb, no given name
    ],
)
def test_words_that_do_not_tell_a_namesake(words: list[str], known: str) -> None:
    actor = actor_lexicon().lookup(known)
    assert actor is not None
    assert another_given_name(words, actor) is False


def test_a_given_name_the_text_writes_in_lowercase_is_a_common_word() -> None:
    known = actor_lexicon().lookup("John Kirby")
    assert known is not None
    assert another_given_name(["Grace"], known) is True
    assert another_given_name(["Grace"], known, "It fell from grace in May.") is False
    assert another_given_name(["Grace"], known, "It fell from grace. Grace Kirby said.") is False


def test_a_surname_inside_a_longer_word_is_not_written_in_lowercase() -> None:
    text = "Dennis Ross said the fleet moved across the river. Ross added that 20 boats sank."
    assert not written_in_lowercase("Ross", text)
    assert full_name_in("Ross", text) == "Dennis Ross"
    assert full_name_in("Ross", text + " It will cross the ross.") is None  # the word alone, in lowercase


_SPACED = " Mary\u00a0 Kirby\tsaid  x"


@pytest.mark.parametrize("pos", range(len(_SPACED) + 1))
def test_the_word_before_a_position_is_the_last_word_of_the_text_before_it(pos: int) -> None:
    assert _word_before(_SPACED, pos) == _SPACED[:pos].split()[-1:]
