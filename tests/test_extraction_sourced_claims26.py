"""Stop 26 (speaker26): counts whose claimant is a document's source or a body named by its kind.

- a document with how it came out and its source: "figures released (on Monday) by X", "data provided by X",
  "the figures, compiled by X, show", "statistics published by the health ministry show";
- "show" as the plural present of a document's showing ("Figures show", "data ... show"), not "a show";
- a body referred to by its kind ("the charity said", "the rights group said"): the one described so, or the only
  body that spoke;
- "the same assessment said": the document's publisher;
- an acronym joined to a word as a body's name ("XYZ-Watch said").
Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.attribution import subject_before
from tests.extraction_helpers import speakers_by_count

DAY = dt.date(2025, 3, 4)


def _speaker_of(text: str, count: float) -> str | None:
    return speakers_by_count(text, DAY).get(count, ("<no record>", None))[0]


def test_according_to_figures_released_by_a_lowercase_body() -> None:
    text = "According to figures released by the interior ministry, 57 people were killed in the floods."
    assert _speaker_of(text, 57) == "Interior ministry"


def test_according_to_data_provided_on_a_day_by_a_body() -> None:
    text = "According to data provided on Friday by the regional administration, 1,250 houses were damaged."
    assert _speaker_of(text, 1250) == "Regional administration"


def test_document_released_by_a_body_shows() -> None:
    text = "Statistics published by the health ministry show that 318 civilians were wounded last month."
    assert _speaker_of(text, 318) == "Health ministry"


def test_document_with_a_sourcing_aside() -> None:
    text = "The latest figures, compiled by the regional governor's office, showed that 640 homes were destroyed."
    speaker = _speaker_of(text, 640)
    assert speaker is not None and "office" in speaker.lower()


def test_document_released_on_a_day_keeps_the_author_whole() -> None:
    phrase = subject_before("Figures released last week by the Central Election Commission ")[0]
    assert phrase is not None and phrase.endswith("by the Central Election Commission")


def test_show_is_a_cue_only_after_a_document() -> None:
    assert _speaker_of("Data from the energy ministry show that 75 substations were hit.", 75) == "Energy ministry"
    # near misses: "show" as a noun or an infinitive names no speaker
    cues = [c for c in extract_claims("Officers will show 75 seized rifles to reporters.", DAY) if c.actor]
    assert not cues


def test_participle_by_an_agent_is_no_document_source() -> None:
    # near miss: "by" after a participle with no document before it is a passive agent, not a source
    text = "Villages shelled by the artillery regiment lost 90 houses, the mayor said."
    speaker = _speaker_of(text, 90)
    assert speaker != "Artillery regiment"


def test_body_named_by_its_kind_after_it_spoke() -> None:
    text = (
        "The Danish Refugee Council said 48 schools had been damaged in the province. "
        "The charity said 19 children were injured."
    )
    assert _speaker_of(text, 19) == "Danish Refugee Council"


def test_body_described_by_the_same_noun_is_preferred() -> None:
    text = (
        "Greenline, a monitoring group, said 31 boats had been seized. The Fisheries Ministry said 12 crews "
        "were held. The monitoring group said 7 of the boats had been returned."
    )
    assert _speaker_of(text, 7) == "Greenline"


def test_kind_noun_with_two_bodies_and_no_description_stays_unresolved() -> None:
    # near miss: two bodies spoke, neither called a charity: "the charity" is not guessed
    text = (
        "The Fisheries Ministry said 31 boats had been seized. The Interior Ministry said 12 crews were held. "
        "The charity said 7 sailors were injured."
    )
    assert _speaker_of(text, 7) not in {"Fisheries Ministry", "Interior Ministry"}


def test_named_group_is_not_an_anaphor() -> None:
    text = "The Danish Refugee Council said 48 schools had been damaged. The Azov group said 19 fighters were wounded."
    assert _speaker_of(text, 19) != "Danish Refugee Council"


def test_same_document_speaks_for_its_publisher() -> None:
    text = (
        "The Dutch defence ministry published an assessment on Tuesday. "
        "The same assessment said 140 launchers had been destroyed."
    )
    assert _speaker_of(text, 140) is not None and "defence ministry" in (_speaker_of(text, 140) or "").lower()


def test_acronym_joined_to_a_word_names_a_body() -> None:
    text = "KPD-Monitor, an independent rights group, said 212 protesters were detained in Minsk."
    assert _speaker_of(text, 212) == "KPD-Monitor"


def test_acronym_joined_to_a_lowercase_word_is_no_name() -> None:
    # near miss: "US-made" describes the rockets; the officials speak
    text = "US-made rockets destroyed 14 depots, officials said."
    assert _speaker_of(text, 14) != "US-made"
