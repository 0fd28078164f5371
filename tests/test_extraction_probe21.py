"""Families found by a blind probe of whole articles (probe21): a "whose" aside between a speaker and the verb,
wire datelines without a day (one city or several joined by "/"), peoples counted by their plural name, and
depots hit or destroyed."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.attribution import dateline_end
from claimtrack.records import ExtractedClaim

PUBLISHED = dt.date(2024, 3, 14)


def _claims(text: str) -> list[ExtractedClaim]:
    return extract_claims(text, PUBLISHED)


def _counted(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(c.actor.name if c.actor else None, c.quantity.low, c.subject) for c in _claims(text) if c.quantity]


@pytest.mark.parametrize(
    ("text", "speaker", "count"),
    [
        ("General Olena Hrach, whose brigade holds the northern flank, said on Monday that 400 troops had arrived.",
         "Olena Hrach", 400),
        ("The 93rd Brigade, whose positions lie east of the river, said it had captured 11 Russian soldiers.",
         "93rd Brigade", 11),
        ("Taras Melnyk, whose agency tracks the convoys, told reporters that 2,500 conscripts were sent to the front.",
         "Taras Melnyk", 2500),
        ("Mayor Ilona Sova, whose city was shelled overnight, said six people were killed.", "Ilona Sova", 6),
    ],
)
def test_a_whose_aside_between_speaker_and_verb_keeps_the_speaker(text: str, speaker: str, count: int) -> None:
    assert (speaker, count) in [(actor, low) for actor, low, _ in _counted(text)]


def test_a_whose_aside_without_a_verb_of_saying_names_no_speaker() -> None:
    claims = _claims("The battalion, whose commander was wounded in March, lost 14 vehicles near the bridge.")
    assert all(c.actor is None or "battalion" not in c.actor.name.lower() for c in claims)


@pytest.mark.parametrize(
    ("sentence", "filed_from"),
    [
        ("KYIV/MOSCOW — Ukraine's army chief said 300 troops crossed the border.", "KYIV/MOSCOW — "),
        ("BEIRUT — Strikes on the south killed 40 people, the ministry said.", "BEIRUT — "),
        ("KHARTOUM/CAIRO (Reuters) - Shelling killed 12 people, medics said.", "KHARTOUM/CAIRO (Reuters) - "),
        ("TEL AVIV, Israel (AP) — The army said 20 rockets were fired.", "TEL AVIV, Israel (AP) — "),
    ],
)
def test_an_undated_dateline_is_read_with_joined_cities(sentence: str, filed_from: str) -> None:
    assert sentence[: dateline_end(sentence)] == filed_from


@pytest.mark.parametrize(
    "sentence",
    ["NATO/EU - The alliance said 300 troops would move.", "NATO - The alliance said 300 troops would move.",
     "Kyiv — The mayor said 3 people died.", "US/UK forces said 20 drones were downed."],
)
def test_no_dateline_in_short_acronyms_or_lowercase(sentence: str) -> None:
    assert dateline_end(sentence) == 0


@pytest.mark.parametrize(
    ("text", "speaker", "not_place"),
    [
        ("KYIV/MOSCOW — Poland's defence ministry said 1,000 soldiers would be sent to the border with Belarus.",
         "Poland", "Kyiv"),
        ("WARSAW/VILNIUS — Lithuania's army chief Raimundas Vaikšnoras said 2,000 troops were on alert.",
         "Vaikšnoras", "Warsaw"),
        ("SEOUL — North Korea has sent 1,500 troops to Russia's Far East, the spy agency said.", "agency", "Seoul"),
        ("LONDON/KYIV (Reuters) - Britain's defence ministry said on Tuesday that 2,000 Ukrainian recruits had "
         "finished training.", "Defence", "London"),
    ],
)
def test_the_city_filed_from_is_neither_speaker_nor_place(text: str, speaker: str, not_place: str) -> None:
    (claim,) = [c for c in _claims(text) if c.quantity]
    assert claim.actor is not None and speaker.lower() in claim.actor.name.lower()
    filed = text.split()[0].split("/")  # "KYIV/MOSCOW" -> the cities the story was filed from
    assert not any(city in claim.actor.name for city in filed)
    assert claim.place is None or claim.place.name != not_place


def test_a_place_the_sentence_names_after_its_dateline_is_kept() -> None:
    (claim,) = [c for c in _claims("BEIRUT — Israeli strikes on southern Lebanon killed 55 people, the health "
                                   "ministry said on Tuesday.") if c.quantity]
    assert claim.place is not None and claim.place.name == "Lebanon"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("At least 17 Palestinians were killed in airstrikes on the camp, the civil defence said.", 17),
        ("Hamas said 12 Israelis were taken hostage in the raid.", 12),
        ("Armenian officials said 5,000 Armenians had been evacuated on Sunday.", 5000),
        ("The ministry said 30 Afghans were deported last week.", 30),
    ],
)
def test_a_people_counted_by_its_plural_name(text: str, count: int) -> None:
    assert count in [low for _, low, _ in _counted(text)]


def test_an_adjective_of_nationality_before_a_counted_noun_keeps_the_noun() -> None:
    (claim,) = [c for c in _claims("The ministry said 12 Lebanese soldiers were wounded in the strike.") if c.quantity]
    assert claim.subject is not None and "troops" in claim.subject


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Russia's Defence Ministry said its forces had destroyed three ammunition depots near Kramatorsk.", 3),
        ("Ukraine's General Staff said drones hit two fuel depots in the Bryansk region overnight.", 2),
        ("The army said its strikes had destroyed 14 arms depots since May.", 14),
    ],
)
def test_depots_hit_or_destroyed_are_counted(text: str, count: int) -> None:
    assert count in [low for _, low, _ in _counted(text)]


def test_depots_merely_owned_are_no_count() -> None:
    assert _counted("The governor said the region has 40 fuel depots.") == []
