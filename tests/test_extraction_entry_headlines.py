"""A live blog's entry headlines: "X says N ..." above an entry whose body states the count again, with the body's
speaker, is a mention of the body's claim, not a claim of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.records import ExtractedClaim

PUBLISHED = dt.date(2024, 6, 3)


def _blog(headline: str, body: str) -> str:
    return ("War in the north: live\nUpdated 18:40 BST\n\nMonday 3 June\n18:40 BST\nShelling continues in the east\n"
            "The regional governor said two houses were hit in the night.\n\n"
            f"16:15 BST\n{headline}\n{body}\n\n12:05 BST\nTalks set for Geneva\n"
            "Diplomats said the talks would open next week.\n")


def _counted(claims: list[ExtractedClaim], number: float) -> list[ExtractedClaim]:
    return [c for c in claims if c.quantity is not None and number in (c.quantity.low, c.quantity.high)]


@pytest.mark.parametrize(
    ("headline", "body", "number", "speaker"),
    [
        ("Kyiv says 34 drones downed overnight",
         "Ukraine's air force said it had shot down 34 of 40 drones launched overnight.", 34, "air force"),
        ("UN: 52,000 displaced in a week",
         "The UN refugee agency said more than 52,000 people had fled their homes in the past week.", 52000, "UN"),
        ("Ministry says 17 killed in market strike",
         "Health minister Adam Rossi said 17 people were killed when a missile hit the market.", 17, "Adam Rossi"),
    ],
)
def test_an_entry_headline_repeated_in_its_body_is_the_body_claim(headline: str, body: str, number: float,
                                                                 speaker: str) -> None:
    found = _counted(extract_claims(_blog(headline, body), PUBLISHED), number)
    assert len(found) == 1
    claim = found[0]
    assert claim.actor is not None and speaker.lower() in claim.actor.name.lower()
    assert claim.evidence.sentence.startswith(body.split()[0])
    assert any(m.sentence == headline for m in claim.mentions)  # the headline stays a mention


def test_an_entry_headline_whose_count_the_body_does_not_repeat_stays_a_claim() -> None:
    text = _blog("Kyiv says 34 drones downed overnight", "The air force said the attack targeted energy sites.")
    found = _counted(extract_claims(text, PUBLISHED), 34)
    assert len(found) == 1 and found[0].evidence.sentence == "Kyiv says 34 drones downed overnight"


def test_a_count_of_the_next_entry_is_not_the_headlines_repeat() -> None:
    text = _blog("Kyiv says 34 drones downed overnight", "The air force gave no details.").replace(
        "Diplomats said the talks would open next week.", "The air force said 34 drones were downed.")
    found = _counted(extract_claims(text, PUBLISHED), 34)
    assert any(c.evidence.sentence == "Kyiv says 34 drones downed overnight" for c in found)
