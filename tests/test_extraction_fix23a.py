"""Review findings on today's rules (fix 23a): a headline claim's evidence is the first body sentence that repeats
it, not the last. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims

DAY = dt.date(2024, 3, 5)


# --- a headline's claim takes the first body repeat as its evidence ---------------------------------------------

@pytest.mark.parametrize(("text", "evidence"), [
    ("Ukraine says Russia lost 300 soldiers near Bakhmut\n\nFighting went on in the east.\n\n"
     "Ukraine said on Monday that Russia lost 300 soldiers in the past day, as fighting went on. "
     "Ukraine said Russia lost 300 soldiers.",
     "Ukraine said on Monday that Russia lost 300 soldiers in the past day, as fighting went on."),
    ("Governor says 12 drones downed over Belgorod\n\nThe alarm sounded at night.\n\n"
     "Air defences downed 12 drones over the region overnight, the governor said on Tuesday.\n\n"
     "The governor said the 12 drones were downed near the city. Later the governor repeated that 12 drones "
     "were downed.",
     "Air defences downed 12 drones over the region overnight, the governor said on Tuesday."),
])
def test_headline_claim_keeps_the_first_body_repeat(text: str, evidence: str) -> None:
    claims = [c for c in extract_claims(text, DAY) if c.quantity is not None]
    assert len(claims) == 1
    claim = claims[0]
    assert claim.mentions[0].sentence == evidence
    assert any(m.end <= len(text.split("\n")[0]) for m in claim.mentions)  # the headline stays a mention
