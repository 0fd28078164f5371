"""Sentences without a claimant are read after the others (pipeline._can_defer): the claims are those of reading
every sentence in order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimtrack.extraction import extract_claims, pipeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# repeats of a claimed count in sentences without a speaker (one of them dated by "that day"), a count that
# joins nothing, a reference to an earlier place ("the town") and one to the document's country
REPEATS = """John Kirby said on Wednesday that 3,000 North Korean troops had arrived in eastern Russia.
Satellite images showed 3,000 North Korean troops near Vladivostok on Tuesday.
Later that day, 3,000 North Korean troops were seen in Kursk.
Residents of the town counted 500 soldiers near Kursk.
About 200 tanks were moved to Belgorod.
Officials said the capital was calm.
The country has 3,000 North Korean troops, Kirby added."""


def _in_order(text: str, published: dt.date | None, monkeypatch: pytest.MonkeyPatch) -> list:
    with monkeypatch.context() as m:
        m.setattr(pipeline, "_can_defer", lambda sentence: False)
        return extract_claims(text, published)


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")) + ["repeats"])
def test_deferred_reading_gives_the_claims_of_reading_in_order(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = REPEATS if name == "repeats" else (SEEDS / name).read_text(encoding="utf-8")
    published = dt.date(2024, 10, 25)
    deferred = extract_claims(text, published)
    assert [c.model_dump() for c in deferred] == [c.model_dump() for c in _in_order(text, published, monkeypatch)]


def test_a_repeated_count_without_speaker_still_joins_the_claim() -> None:
    claims = extract_claims(REPEATS, dt.date(2024, 10, 25))
    kirby = [c for c in claims if c.actor is not None and c.actor.name == "John Kirby" and c.quantity is not None]
    assert len(kirby) == 1
    starts = [m.start for m in kirby[0].mentions]
    assert starts[0] == 0 and len(starts) >= 3  # the speaker's sentence first, then the two repeats
    assert kirby[0].event_date is not None and kirby[0].event_date.raw == "on Tuesday"  # filled from a repeat
