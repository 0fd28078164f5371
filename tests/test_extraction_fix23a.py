"""Review findings on today's rules (fix 23a): a headline claim's evidence is the first body sentence that repeats
it, not the last; an additive sentence ("In addition, ...") is the speaker's before only as a list of counts read
going on from a sentence that counted; "put ... at N" is a cue only when a count is put. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
from typing import Final

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.quantities import find_counts

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


# --- "Also," goes on with the sentence before only when both list counts -----------------------------------------

def _speakers(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.actor.name if c.actor else None, c.quantity.low)
            for c in extract_claims(text, DAY) if c.quantity is not None]


@pytest.mark.parametrize("text", [
    "Mayor Ivan Fedorov said the town was hit. In addition, 2 people died on 3 roads near 4 villages.",
    "Mayor Ivan Fedorov said the town was hit. Moreover, 12 houses, 5 schools and 3 hospitals were damaged.",
    "Governor Oleh Sinegubov said the city was shelled at night. Also, 7 houses, 2 shops and 4 cars burned.",
    "Governor Oleh Sinegubov said 3 people were hurt. Also, 5 people fled across 2 bridges in 6 minutes.",
])
def test_an_additive_sentence_is_not_the_speakers_without_a_list_going_on(text: str) -> None:
    second = text.index(". ") + 2
    assert not [c for c in extract_claims(text, DAY) if c.mentions[0].start >= second and c.actor is not None]


def test_also_goes_on_with_a_bulletins_counts() -> None:
    text = ("The enemy's losses, according to the General Staff: personnel – about 210,000 (+700) people. Also, "
            "the defenders destroyed 3,100 enemy tanks (+5), 6,020 armored combat vehicles (+9), 2,204 artillery "
            "systems (+11).")
    speakers = _speakers(text)
    assert {low for name, low in speakers if name == "General Staff"} >= {210000.0, 3100.0, 6020.0, 2204.0}


# --- "put ... at N" is a speaker's cue only for a count ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The company puts its revenue at 300 million dollars.",
    "Ukraine put it at 40.",
    "The bank put the inflation rate at 12 percent.",
    "Analysts put the odds at 50 to 1.",
])
def test_put_at_without_a_count_makes_no_claim(text: str) -> None:
    assert extract_claims(text, DAY) == []


@pytest.mark.parametrize(("text", "speaker", "low"), [
    ("Police put the crowd at 5,000 people.", "Police", 5000.0),
    ("The ministry puts Russian losses at about 900 soldiers.", "Ministry", 900.0),
    ("The governor put the death toll at 14.", "governor", 14.0),
])
def test_put_at_a_count_is_the_speakers(text: str, speaker: str, low: float) -> None:
    claims = [(c.actor.name if c.actor else None, c.quantity.low) for c in extract_claims(text, DAY)
              if c.quantity is not None]
    assert len(claims) == 1 and claims[0][1] == low and speaker.lower() in (claims[0][0] or "").lower()


# --- a daily change is the past day's only where the bulletin says so ---------------------------------------------

_LIST: Final = ("According to the General Staff, Russia has lost tanks – 5,283 (+12), artillery systems – 9,000 (+51), "
                "soldiers – 420,000 (+1,000).")


def _change_days(text: str) -> set[dt.date | None]:
    return {c.event_date.value if c.event_date else None for c in extract_claims(text, DAY)
            if c.quantity is not None and c.quantity.raw.startswith("+")}


@pytest.mark.parametrize("text", [
    f"Russia lost 1,000 soldiers in the last 24 hours, Ukraine said.\n\nThe fighting went on.\n\n{_LIST}",
    f"Over the past day the town was quiet, residents said.\n\nMany stayed in shelters.\n\n{_LIST}\n\nThe war "
    "goes on.",
])
def test_a_past_day_elsewhere_in_the_article_does_not_date_the_changes(text: str) -> None:
    assert _change_days(text) == {None}


@pytest.mark.parametrize("text", [
    f"The enemy's losses over the past day amounted to 1,000 soldiers.\n\n{_LIST}",
    f"{_LIST} The figures are for the last 24 hours.",
])
def test_the_bulletins_own_past_day_dates_the_changes(text: str) -> None:
    assert _change_days(text) == {dt.date(2024, 3, 4)}


# --- a daily change's words start at its "+" ----------------------------------------------------------------------

@pytest.mark.parametrize(("tally", "raw"), [
    ("artillery systems – 9,000 (+ 510), tanks – 5,283 (+12)", "+ 510"),
    ("personnel – about 98,000 ( + 1,020) persons", "+ 1,020"),
    ("tanks – 5,283 (+12)", "+12"),
])
def test_a_daily_changes_span_starts_at_the_plus(tally: str, raw: str) -> None:
    change = next(c for c in find_counts(tally, 100) if c.daily_change)
    assert change.raw == raw and tally[change.start - 100 : change.end - 100] == raw


# --- the running total's documented examples hold -----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "low", "unit"), [
    ("A strike killed 12 people, bringing the total number killed since October to 1,928.", 1928.0, "killed"),
    ("A strike killed 12 people, bringing the total number killed since October 2023 to 1,928.", 1928.0, "killed"),
    ("The raid killed 40 soldiers, taking its count of soldiers killed to about 212,700.", 212700.0, "killed"),
    ("Two sailors died, bringing its losses in the campaign to 242.", 242.0, "losses"),
])
def test_a_running_total_as_documented(sentence: str, low: float, unit: str) -> None:
    assert (low, unit) in [(c.low, c.unit) for c in find_counts(sentence)]
