"""Forms of attributed statements left on an invented probe (issue #3, stop 31, rules31c): a verb of speaking with
its topic ("spoke of", "has talked about"), a named person at a body ("X at the Pentagon said"), and a briefing
note that summarises what one speaker said. Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.bulletins import remarks_summary_speaker
from claimtrack.extraction.said_forms import spoke_of

DAY = dt.date(2024, 5, 1)


def _said(text: str) -> list[tuple[str | None, float | None]]:
    """(actor, low count) of every claim read from `text`."""
    return [
        (c.actor.name if c.actor else None, c.quantity.low if c.quantity else None) for c in extract_claims(text, DAY)
    ]


# --- "X spoke of", "X has talked about" -------------------------------------------------------------------------


def test_spoke_of_or_talked_about_states_a_count() -> None:
    assert _said("Governor Ilsa Marrow spoke of 23 people killed in Dravno on Sunday.") == [("Ilsa Marrow", 23.0)]
    assert _said("Mayor Tomas Verle has talked about 40 homes destroyed in Dravno.") == [("Tomas Verle", 40.0)]
    assert _said("Governor Ilsa Marrow spoke about 23 people killed in Dravno.") == [("Ilsa Marrow", 23.0)]
    text = "Colonel Arvo Kettle has talked about roughly 9,000 recruits trained in Dravno."
    assert _said(text) == [("Arvo Kettle", 9000.0)]


def test_spoke_with_or_of_no_count_or_an_adjective_says_nothing() -> None:
    """Near misses: "spoke with 23 families" names whom X met; "spoke about the threat" only gives X's topic;
    "much-talked-about" is an adjective."""
    assert _said("Governor Ilsa Marrow spoke about the threat of floods in Dravno.") == []
    assert _said("Governor Ilsa Marrow spoke with 23 families in Dravno on Sunday.") == []
    sentence = "The much-talked-about plan covers 23 villages."
    assert not spoke_of(sentence, sentence.index("talked"), sentence.index("talked") + 6)
    assert spoke_of("She spoke of 23 dead.", 4, 9)


# --- "X at the Pentagon said": the person, not the body they work at --------------------------------------------


def test_named_person_at_a_body_speaks() -> None:
    text = "Dara Quill at the Pentagon said 40 soldiers were killed in Dravno."
    assert _said(text) == [("Dara Quill", 40.0)]
    text = "Ivo Stennet at the Institute for the Study of Sieges said 40 soldiers were killed in Dravno."
    assert _said(text) == [("Ivo Stennet", 40.0)]


def test_a_body_or_unnamed_officials_at_a_body_keep_it() -> None:
    """Near misses: "Officials at the Pentagon", "The Air Force at the Pentagon" name no person before "at"."""
    assert [a for a, _ in _said("Officials at the Pentagon said 40 soldiers were killed in Dravno.")] == [
        "Officials in the Pentagon"
    ]
    assert [a for a, _ in _said("The Air Force at the Pentagon said 40 soldiers were killed in Dravno.")] == [
        "Pentagon"
    ]


# --- a briefing note: "This is a summary of what X said at ..." -------------------------------------------------

_NOTE = """Dravno emergency: displacement update, 3 May 2024

Briefing notes | Vell

This is a summary of what UNHCR spokesperson Tarja Olund said at today's press briefing in Vell.

More than 410,000 refugees have now fled Dravno since 2 April.
"""


def test_a_briefing_note_gives_its_speakers_words() -> None:
    assert remarks_summary_speaker(_NOTE) == "UNHCR spokesperson Tarja Olund"
    assert ("Tarja Olund", 410000.0) in _said(_NOTE)


def test_a_summary_of_what_was_agreed_names_no_speaker() -> None:
    """Near misses: "a summary of what was agreed" names no one; such a line deep in a story is no note's head."""
    text = _NOTE.replace("what UNHCR spokesperson Tarja Olund said", "what was agreed")
    assert remarks_summary_speaker(text) is None
    assert ("Tarja Olund", 410000.0) not in _said(text)
    assert remarks_summary_speaker("Dravno update\n\n" + "x " * 400 + _NOTE) is None
