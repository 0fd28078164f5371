"""`resolve_actor` remembers registry-independent answers across documents (`actor_memo`): the same answers as
resolving afresh, never one that read a document's persons, and never one read from other lexicons."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.extraction import actors as actors_module
from claimtrack.extraction.actor_memo import MEMO_SIZE, RegistryProbe
from claimtrack.extraction.actors import KnownActor, PersonRegistry, resolve_actor

# phrases written for these tests: bodies, outlets, sides, titled and bare names, roles, pronouns, nothing
PHRASES = [
    "the Ukrainian defence ministry", "Kremlin spokesman Dmitry Peskov", "the Pentagon", "Reuters", "Kyiv",
    "a senior US official", "Ukrainian officials", "Maria Lind", "Lind", "the Ukrainian president", "he",
    "the minister", "Colonel Ivan Sirko, the commander of the brigade", "Western estimates", "Rescuers",
    "the U.S. Embassy in Moscow", "Smith and Jones", "The announcement", "the report of the Kiel Institute",
]


def _fresh(phrase: str, persons: PersonRegistry | None = None):
    """What the resolver gives with no memo in between."""
    return resolve_actor.__wrapped__(phrase, persons or PersonRegistry())


@pytest.fixture(autouse=True)
def _empty_memo():
    resolve_actor.memo.clear()
    yield
    resolve_actor.memo.clear()


@pytest.mark.parametrize("phrase", PHRASES)
def test_answers_equal_fresh_resolution_first_and_again(phrase: str) -> None:
    expected = _fresh(phrase)
    assert resolve_actor(phrase) == expected
    assert resolve_actor(phrase) == expected  # from the memo, when it was kept


def test_some_answers_are_kept_and_used() -> None:
    for phrase in PHRASES:
        resolve_actor(phrase)
    assert any(key[0] == "Reuters" for key in resolve_actor.memo)
    calls = []
    original = actors_module._located_actor  # the resolver's first step
    try:
        actors_module._located_actor = lambda raw, persons: calls.append(raw) or original(raw, persons)
        resolve_actor("Reuters")
    finally:
        actors_module._located_actor = original
    assert calls == []  # answered from the memo


def test_an_answer_that_read_the_registry_is_not_kept() -> None:
    persons = PersonRegistry()
    full = resolve_actor("Defence Minister Maria Lind", persons)
    persons.remember(full)
    assert resolve_actor("Lind", persons).name == "Maria Lind"  # the surname read from the registry
    assert resolve_actor("Lind").name == "Lind"  # another document: nobody named Maria Lind
    assert not any(key[0] == "Lind" for key in resolve_actor.memo)


def test_a_kept_answer_cannot_be_changed_by_a_caller() -> None:
    first = resolve_actor("the Ukrainian defence ministry")
    first.name = "changed"
    first.aliases.append("changed")
    again = resolve_actor("the Ukrainian defence ministry")
    assert again == _fresh("the Ukrainian defence ministry")


def test_answers_follow_the_actor_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = resolve_actor("Olena Sirko")
    assert before is not None and before.role is None
    extra = tmp_path / "actors.toml"
    extra.write_text('[[actor]]\nname = "Olena Sirko"\nkind = "person"\nrole = "mayor"\naffiliation = "Ukraine"\n')
    monkeypatch.setenv("CLAIMTRACK_ACTORS", str(extra))
    after = resolve_actor("Olena Sirko")
    assert after is not None and after.role == "mayor" and after.affiliation == "Ukraine"
    monkeypatch.delenv("CLAIMTRACK_ACTORS")
    assert resolve_actor("Olena Sirko") == before


def test_answers_follow_the_lexicon_object() -> None:
    """A lexicon loaded anew from the same variables (after its cache is cleared) is not the one an answer was
    read from."""
    assert resolve_actor("Olena Sirko").role is None
    actors_module._lexicon.cache_clear()
    try:
        actors_module.actor_lexicon().add(KnownActor("Olena Sirko", "person", "mayor", "Ukraine", ()))
        assert resolve_actor("Olena Sirko").role == "mayor"
    finally:
        actors_module._lexicon.cache_clear()


def test_the_memo_is_bounded() -> None:
    for i in range(MEMO_SIZE + 20):
        resolve_actor(f"the {i}th brigade")
    assert len(resolve_actor.memo) == MEMO_SIZE
    assert next(iter(resolve_actor.memo))[0] == "the 20th brigade"  # the oldest dropped first


def test_probe_notes_any_use_of_the_registry() -> None:
    probe = RegistryProbe(PersonRegistry())
    assert not probe.touched
    assert probe.last_person is None
    assert probe.touched
