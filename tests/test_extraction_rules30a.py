"""Who claims and when, stop 30 (rules30a): outlets the lexicon does not know, an outlet's "citing" after
"according to", bodies taken up by their kind or their people before they ever spoke, and a night closing the
reported clause. Sentences written for these tests; every rule has a near miss that must not fire."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import PersonRegistry, resolve_actor
from claimtrack.extraction.body_references import body_reference

PUBLISHED = dt.date(2024, 5, 12)  # a Sunday


def _claims(text: str, published: dt.date = PUBLISHED) -> dict[float, tuple[str | None, str | None, str | None]]:
    """Each counted claim's low bound -> (claimant, relay, claim date)."""
    return {
        c.quantity.low: (
            c.actor.name if c.actor else None,
            c.relayed_by.name if c.relayed_by else None,
            c.claim_date.iso() if c.claim_date else None,
        )
        for c in extract_claims(text, published)
        if c.quantity is not None and c.quantity.low is not None
    }


# --- a newspaper's title word names an outlet ---------------------------------------------------------------------


def test_a_name_ending_in_a_masthead_word_is_an_outlet() -> None:
    for phrase, name in (("the Zeland Post", "Zeland Post"), ("the Belomir Herald", "Belomir Herald")):
        actor = resolve_actor(phrase, PersonRegistry())
        assert actor is not None and (actor.name, actor.kind) == (name, "media")


def test_near_miss_a_one_word_name_or_a_titled_person_stays_a_person() -> None:
    assert (
        resolve_actor("Herald", PersonRegistry()) is None or resolve_actor("Herald", PersonRegistry()).kind != "media"
    )
    actor = resolve_actor("Senator Mara Post", PersonRegistry())
    assert actor is not None and actor.kind == "person"


def test_an_unknown_outlet_citing_a_source_relays_it() -> None:
    text = "Sixty tanks were lost near Korvitsa, according to the Zeland Post, which cited two officials."
    assert _claims(text)[60.0][:2] == ("officials", "Zeland Post")


# --- "according to X, citing Y" -----------------------------------------------------------------------------------


def test_citing_right_after_an_outlet_names_the_claimant() -> None:
    text = "According to the Zeland Post, citing a source in the army, about 60 tanks were lost near Korvitsa."
    assert _claims(text)[60.0][:2] == ("source", "Zeland Post")


def test_near_miss_a_body_citing_a_reason_keeps_the_claim() -> None:
    text = "Sixty tanks were lost near Korvitsa, according to the army, citing drone footage."
    assert _claims(text)[60.0][:2] == ("Army", None)


# --- a body taken up before it ever spoke -------------------------------------------------------------------------


def test_the_kind_of_a_body_just_named_takes_it_up() -> None:
    text = "The Tarsk interior ministry met on Monday. The ministry said 40 people had been detained in Korvitsa."
    assert _claims(text)[40.0][0] == "Tarsk interior ministry"


def test_a_body_s_spokesman_speaks_for_the_body_just_named() -> None:
    text = (
        "The Tarsk interior ministry met on Monday. The ministry's spokesman said 40 people had been detained in "
        "Korvitsa."
    )
    assert _claims(text)[40.0][0] == "Tarsk interior ministry"


def test_its_people_speak_for_the_body_that_spoke_just_before() -> None:
    text = (
        "The Tarsk Observatory published a report in May. Its director said at least 8,000 people had died in Velnik."
    )
    assert _claims(text)[8000.0][0] == "Tarsk Observatory"


def test_a_generic_kind_takes_up_a_body_of_any_name() -> None:
    text = (
        "The Kolva Relief Fund has worked in the region since 2015. The group said on Tuesday that its teams had "
        "served 2,000 meals in Velnik."
    )
    assert _claims(text)[2000.0][0] == "Kolva Relief Fund"


def test_near_miss_a_kind_the_body_named_is_not() -> None:
    text = "The Tarsk interior ministry met on Monday. The agency said 40 people had been detained in Korvitsa."
    assert _claims(text)[40.0][0] != "Tarsk interior ministry"


def test_near_miss_its_after_a_person_takes_up_no_body() -> None:
    text = "Anna Berg met the Tarsk defence minister. Its analysts say 40 people had been detained in Korvitsa."
    assert _claims(text)[40.0][0] == "analysts"


def test_body_reference_reads_the_phrase() -> None:
    assert body_reference("The ministry", "The ministry ") == "ministry"
    assert body_reference("The agency's spokesman", "The agency's spokesman ") == "agency"
    assert body_reference("analysts", "Its analysts ") == ""
    assert body_reference("analysts", "Many analysts ") is None
    assert body_reference("The minister", "The minister ") is None


def test_near_miss_two_bodies_opening_the_sentence_before_take_up_neither() -> None:
    text = "The Tarsk Observatory and the Velnik Monitor met on Monday. Its director said 40 people had died there."
    assert _claims(text)[40.0][0] != "Tarsk Observatory"
