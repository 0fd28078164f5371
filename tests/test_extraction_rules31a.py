"""Who claims and when, stop 31 (rules31a): a saying dated by a time the story told before ("Later that year",
"A year earlier", "at the time" with no time told), and a fronted time with an aside before a pronoun speaker.
Sentences written for these tests; every rule has a near miss that must not fire."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.date_carry import told_time_phrase

PUBLISHED = dt.date(2024, 5, 12)  # a Sunday
STAMPED = "Looking back: the siege of Velnik\n\n12 May 2024 | Feature\n\n"


def _claims(text: str, published: dt.date = PUBLISHED) -> dict[float, tuple[str | None, str | None]]:
    """Each counted claim's low bound -> (claimant, claim date)."""
    return {
        c.quantity.low: (c.actor.name if c.actor else None, c.claim_date.iso() if c.claim_date else None)
        for c in extract_claims(text, published)
        if c.quantity is not None and c.quantity.low is not None
    }


def _phrase(text: str, cue: str) -> tuple[str, int] | None:
    at = text.find(cue)
    found = told_time_phrase(text, at, at + len(cue))
    return None if found is None else (found[0], found[1])


# --- a time taken up from the sentences before ------------------------------------------------------------------


def test_told_time_phrases_open_the_sentence_or_stand_on_the_cue() -> None:
    assert _phrase("Later that year, the council raised it.", "raised") == ("year", 0)
    assert _phrase("A year earlier, he reported it.", "reported") == ("year", -1)
    assert _phrase("But the following day, the army said so.", "said") == ("day", 1)
    assert _phrase("Speaking the same day in Tarsk, Anna Berg said so.", "said") == ("day", 0)
    assert _phrase("The army said a month later that it was so.", "said") == ("month", 1)


def test_near_miss_told_time_phrases_in_the_reported_words() -> None:
    assert _phrase("Troops left the town a day later, the army said.", "said") is None
    assert _phrase("The army said 30 soldiers died later that year.", "said") is None
    assert _phrase("For a year, the army said nothing.", "said") is None


def test_later_that_year_takes_the_year_told_before() -> None:
    text = (
        STAMPED + "In April 2021, the mayor of Velnik said 9,000 civilians had died in the siege. Later that year, "
        "the regional council said at least 12,000 civilians had died."
    )
    assert _claims(text)[12000.0] == ("Regional council", "2021")


def test_a_year_earlier_steps_back_from_the_day_told() -> None:
    text = (
        "Deputy minister Oren Valk said on Tuesday that 41,000 recruits had signed contracts since January. A year "
        "earlier, he reported that 96,000 recruits had signed up over the whole year."
    )
    assert _claims(text)[96000.0] == ("Oren Valk", "2023")


def test_at_the_time_with_no_time_told_leaves_the_date_empty() -> None:
    text = STAMPED + "The siege of the Velnik airport lasted 200 days. The army said at the time that 80 soldiers died."
    assert _claims(text)[80.0][1] is None


def test_near_miss_an_undated_saying_in_a_stamped_story_keeps_the_stamp() -> None:
    text = STAMPED + "The siege of the Velnik airport lasted 200 days. The army said that 80 soldiers died."
    assert _claims(text)[80.0][1] == "2024-05-12"


# --- a fronted time, an aside placing it, then the speaker -------------------------------------------------------


def test_fronted_month_then_a_time_span_aside_dates_a_pronoun_speaker() -> None:
    text = (
        "The Tarsk Monitoring Mission counted violations every week. In a single weekend in March 2021, days before "
        "the offensive, it said it had recorded 1,340 explosions."
    )
    assert _claims(text)[1340.0][1] == "2021-03"


def test_near_miss_a_clause_between_the_time_and_the_speaker() -> None:
    text = (
        "The Tarsk Monitoring Mission counted violations every week. In March 2021, troops crossed the river, it "
        "said, and 1,340 explosions were recorded."
    )
    assert _claims(text).get(1340.0, (None, None))[1] != "2021-03"
