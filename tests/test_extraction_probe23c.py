"""Families left by blind probe 23a (issue #3, second pass): the staff of a person speak, not the person ("a senior
aide to President X said"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import resolve_actor


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker name, speaker affiliation) of every claim with a count read from `text`."""
    return [(c.actor.name if c.actor else None, c.actor.affiliation if c.actor else None)
            for c in extract_claims(text) if c.quantity is not None]


# --- the staff of a person ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker", "side"), [
    ("Around 900 soldiers have died since the spring, a senior aide to President Emmanuel Macron said.",
     "senior aide", "France"),
    ("An adviser to Prime Minister Benjamin Netanyahu said 40 hostages were still held.", "adviser", "Israel"),
    ("A spokesman for President Volodymyr Zelensky said 17 drones were shot down overnight.", "spokesman", "Ukraine"),
    ("About 300 officers were dismissed, a source close to Defence Minister Sergei Shoigu said.", "source", "Russia"),
    ("About 60 jets were ready, people familiar with Vladimir Putin's thinking said.", "people", "Russia"),
])
def test_staff_speak_with_their_principals_side(text: str, speaker: str, side: str) -> None:
    assert _speakers(text) == [(speaker, side)]


def test_staff_of_a_body_stay_its_voice() -> None:
    """A near miss: "a spokesman for the Defence Ministry" is no person's staff; the ministry's voice is kept."""
    actor = resolve_actor("a spokesman for the Defence Ministry")
    assert actor is not None and actor.kind == "organisation"
    assert "Defence Ministry" in actor.name


def test_the_principal_himself_still_speaks() -> None:
    """A near miss: the person named with his own title is the speaker."""
    assert _speakers("President Emmanuel Macron said 900 soldiers had died.") == [("Emmanuel Macron", "France")]


def test_a_named_spokesman_keeps_his_name() -> None:
    text = "About 40 soldiers were killed, Serhiy Nikiforov, a spokesman for President Volodymyr Zelensky, said."
    assert [name for name, _ in _speakers(text)] == ["Serhiy Nikiforov"]


def test_a_spokesman_named_after_his_body_is_himself() -> None:
    """A near miss: "the spokesman for the Kremlin Dmitry Sokolov" names the spokesman, after his body."""
    text = "About 70 tanks were destroyed, said the spokesman for the Kremlin Dmitry Sokolov."
    assert [name for name, _ in _speakers(text)] == ["Dmitry Sokolov"]

