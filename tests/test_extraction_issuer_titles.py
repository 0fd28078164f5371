"""Translated statements whose issuer is named only in the title ("Statement by the Ministry of X on ...",
"Briefing by the Y on ...", "Communication of the Z"): their verbless and passive lines are the issuer's, and "the
Ministry", "the Command" in their text is that issuer."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.bulletins import bulletin_issuer

PUBLISHED = dt.date(2024, 4, 2)


def _by_count(text: str) -> dict[float, str | None]:
    return {(c.quantity.low if c.quantity.low is not None else c.quantity.high): (c.actor.name if c.actor else None)
            for c in extract_claims(text, PUBLISHED) if c.quantity is not None}


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("Statement by the Ministry of Defence of the Republic of Estonia on the night's air attack",
         "Ministry of Defence of the Republic of Estonia"),
        ("Briefing by the General Staff of the Armed Forces of Moldova (2 April 2024)",
         "General Staff of the Armed Forces of Moldova"),
        ("Communication of the Operational Command of the Latvian Armed Forces", "Operational Command of the Latvian "
         "Armed Forces"),
        ("Press release of the Ministry of Foreign Affairs of Georgia regarding the border incident",
         "Ministry of Foreign Affairs of Georgia"),
    ],
)
def test_a_title_opening_with_the_kind_names_the_issuer(title: str, issuer: str) -> None:
    assert bulletin_issuer(f"{title}\nTallinn, 2 April 2024\n\nThe text.\n") == issuer


@pytest.mark.parametrize(
    "title",
    [
        "Statement by the Ministry of Defence shocks the region as talks stall",
        "Statement by the minister shocks the region as talks stall in the capital and elsewhere",
        "Statements of support pour in",
        "Statement by the Prime Minister on the flooding in the north",  # a person, not a body
    ],
)
def test_a_news_headline_about_a_statement_names_no_issuer(title: str) -> None:
    assert bulletin_issuer(f"{title}\n\nThe text.\n") is None


def test_the_lines_of_a_titled_statement_and_its_bare_head_noun_are_the_issuers() -> None:
    text = ("Statement by the Ministry of Defence of the Republic of Estonia on the night's air attack\n"
            "Tallinn, 2 April 2024\n\n"
            "During the night 14 drones were detected over the eastern border. "
            "It was noted that the enemy lost up to 30 servicemen in the strike on the depot.\n\n"
            "According to the information of the Ministry, 3 drones fell on the territory of the Republic.\n\n"
            "Latvian army spokesman Juris Ozols said 5 drones crossed into Latvia.\n")
    found = _by_count(text)
    issuer = "Ministry of Defence of the Republic of Estonia"
    assert found.get(14) == issuer and found.get(30) == issuer and found.get(3) == issuer
    assert found.get(5) == "Juris Ozols"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Russian Defence Ministry in its turn reported that 90 servicemen were returned.", "Russia"),
        ("Anna Berg in her turn said that 40 people were evacuated.", "Anna Berg"),
        ("Ukrainian officials in their turn said 70 civilians were evacuated.", "Ukrainian officials"),
    ],
)
def test_in_its_turn_between_the_speaker_and_the_verb_keeps_the_speaker(sentence: str, speaker: str) -> None:
    [who] = _by_count(sentence).values()
    assert who is not None and speaker.lower() in who.lower()


def test_a_saying_verb_whose_speaker_is_not_read_does_not_fall_to_the_issuer() -> None:
    text = ("Statement by the Ministry of Defence of the Republic of Estonia on the night's air attack\n\n"
            "During the night 14 drones were detected over the eastern border.\n\n"
            "The voivode of the border county said that 12 police patrols had searched the area.\n")
    issuer = "Ministry of Defence of the Republic of Estonia"
    assert _by_count(text).get(14) == issuer
    voivode = [c for c in extract_claims(text, PUBLISHED) if c.evidence.sentence.startswith("The voivode")]
    assert all(c.actor is None or c.actor.name != issuer for c in voivode)


@pytest.mark.parametrize(
    "line",
    [
        "The radar data indicates that 9 drones crossed the eastern border.",
        "Satellite imagery showed 9 destroyed helicopters at the airfield.",
        "The evidence suggests that 9 drones were shot down over the lake.",
    ],
)
def test_a_line_whose_only_verb_is_one_of_evidence_stays_the_issuers(line: str) -> None:
    text = ("Statement by the Ministry of Defence of the Republic of Estonia on the night's air attack\n\n"
            f"{line}\n")
    assert _by_count(text).get(9) == "Ministry of Defence of the Republic of Estonia"
