"""Stop 25 (actor25): a capitalised common noun opening a sentence is no speaker's name ("Radar data indicates",
"Analysis suggests"); a body called only by its kind ("the Agency said") is the body of that kind the text named,
else an unnamed one, never a body named "Agency"; "a spokesman for the ministry" is the ministry's voice."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import speakers_by_count

from claimtrack.extraction.actors import PersonRegistry, body_named_in, common_noun_as_name, resolve_actor
from claimtrack.extraction.confidence import source_reliability

PUBLISHED = dt.date(2024, 6, 3)


def _by_count(text: str) -> dict[float, tuple[str | None, str | None]]:
    return speakers_by_count(text, PUBLISHED)


def _persons(document: str) -> PersonRegistry:
    persons = PersonRegistry()
    persons.document = document
    return persons


# --- capitalised common nouns -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Radar data indicates that 35 drones crossed into the Sumy region overnight.",
        "Field reports suggest 18 soldiers were wounded near Kupiansk.",
        "Analysis suggests 60 vehicles were lost in the crossing near Krynky.",
        "Estimates put the number of displaced at 4,000 in the Kharkiv region.",
        "Footage indicates 7 houses burned down in Vovchansk.",
    ],
)
def test_a_capitalised_noun_of_evidence_is_no_person(sentence: str) -> None:
    assert all(kind != "person" for _, kind in _by_count(sentence).values())


@pytest.mark.parametrize(
    ("word", "document", "common"),
    [
        ("Radar", "Radar data indicates that 35 drones crossed.", True),  # a noun of evidence
        ("Countries", "Countries like Latvia say 30 countries agree.", True),  # written lowercase too
        ("You", "You will not believe it.", True),
        ("Field", "Actress Sally Field said. Field reports suggest more.", False),  # after a first name: a surname
        ("Varga", "Varga said 12 were hurt in the varga-style raid.", False),  # lowercase only inside a longer word
        ("Mertens", "Mertens said 40 shells fell.", False),  # a surname the text writes nowhere in lowercase
    ],
)
def test_a_lone_capitalised_word_is_a_common_noun_when_the_text_says_so(word: str, document: str, common: bool) -> None:
    assert common_noun_as_name(word, document) is common


def test_a_lone_surname_still_speaks() -> None:
    text = "Economist Lena Mertens studies the war. Mertens said 40 shells fell on Kherson on Sunday."
    assert "Mertens" in (_by_count(text)[40][0] or "")
    actor = resolve_actor("Mertens", _persons("Mertens said 40 shells fell."))
    assert actor is not None and actor.kind == "person"


# --- bodies called by their kind -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    ["Agency", "Mission", "Committee", "Commission", "Office", "Service", "Council", "Administration", "Ministry"],
)
def test_a_body_called_only_by_its_kind_is_an_unnamed_one(head: str) -> None:
    actor = resolve_actor(f"The {head}", _persons(f"The {head} said 45 people were evacuated from Kupiansk."))
    assert actor is not None and actor.kind == "anonymous" and actor.name == head.lower()
    reliability, reasons = source_reliability(actor, None)
    assert reliability == "C" and "unnamed body" in reasons[0]


@pytest.mark.parametrize(
    ("text", "count", "speaker"),
    [
        (
            "The OSCE Special Monitoring Mission published its weekly report on Friday. The Mission said it recorded "
            "120 explosions in the Luhansk region.",
            120,
            "OSCE Special Monitoring Mission",
        ),
        (
            "The Presidential Administration of Ukraine issued a statement on Monday. The Administration said 16 "
            "children had been returned from Russia.",
            16,
            "Presidential Administration of Ukraine",
        ),
        (
            "Local officials said on Monday that 3 shelters were damaged, the Romanian foreign ministry said. The "
            "ministry added that 11 citizens had been evacuated.",
            11,
            "Romanian Foreign Ministry",
        ),
    ],
)
def test_a_body_called_by_its_kind_is_the_one_named_before(text: str, count: float, speaker: str) -> None:
    assert (_by_count(text)[count][0] or "").lower() == speaker.lower()


def test_the_body_named_is_found_past_its_own_anaphors() -> None:
    document = (
        "The Ministry of Energy of Moldova reported outages. As the Ministry notes, 40 substations were hit. "
        "The Ministry said repairs would take a week."
    )
    named = body_named_in(document, "ministry")
    assert named is not None and "Moldova" in (named.affiliation or named.name)


def test_a_stray_capitalised_kind_still_blocks_the_one_body() -> None:
    document = "The Ministry of Energy of Moldova reported outages. A Ministry official said 40 were hit."
    assert body_named_in(document, "ministry") is None  # "A Ministry": not an anaphor, maybe another ministry


def test_it_after_an_unnamed_body_is_that_body() -> None:
    found = _by_count("The Agency said 12 people were hurt in Sumy. It said 40 drones were launched.")
    assert found[12] == ("agency", "anonymous") and found[40] == ("agency", "anonymous")


@pytest.mark.parametrize(
    ("phrase", "document", "name", "kind"),
    [
        ("a spokesman for the Defence Ministry", "", "Defence Ministry", "organisation"),
        ("a spokeswoman for the agency", "", "agency", "anonymous"),
        (
            "the spokesperson for the mission",
            "The Special Monitoring Mission to Ukraine reported.",
            "Special Monitoring Mission",
            "organisation",
        ),
    ],
)
def test_an_unnamed_spokesperson_is_the_voice_of_the_body(phrase: str, document: str, name: str, kind: str) -> None:
    actor = resolve_actor(phrase, _persons(document))
    assert actor is not None and actor.kind == kind and name.lower() in actor.name.lower()


def test_an_unnamed_spokesperson_of_a_person_stays_staff() -> None:
    actor = resolve_actor("a spokesman for President Adam Kowal")
    assert actor is not None and actor.kind == "anonymous" and actor.name == "spokesman"


def test_a_named_spokesperson_of_a_body_stays_the_person() -> None:
    actor = resolve_actor("the spokeswoman for the Ministry of Foreign Affairs of Moldova Daniela Morari")
    assert actor is not None and actor.kind == "person" and actor.name == "Daniela Morari"
