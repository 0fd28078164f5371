"""The pipeline's shortcuts give the claims of the plain reading: sentences without a claimant are read after the
others (pipeline._read_claims with defer=True); who announced a delivery is looked for only where a package's list
follows (commitments._supplier)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimtrack.extraction import COMPILED, extract_claims, pipeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUBLISHED = dt.date(2024, 10, 25)

# repeats of a claimed count in sentences without a speaker, a count that joins nothing, a reference to an
# earlier place ("the town", a count that joins nothing) and one to the document's country
REPEATS = """John Kirby said on Wednesday that 3,000 North Korean troops had arrived in eastern Russia.
Satellite images showed 3,000 North Korean troops near Vladivostok on Tuesday.
Residents of the town counted 500 soldiers near Kursk.
About 200 tanks were moved to Belgorod.
Officials said the capital was calm.
Across the border, 3,000 North Korean troops were seen.
The country has 3,000 North Korean troops, Kirby added."""
# a repeat dated by the day before it: read in its context
ANAPHORIC = """John Kirby said on Wednesday that 3,000 North Korean troops had arrived in eastern Russia.
Satellite images showed 3,000 North Korean troops near Vladivostok on Tuesday.
Later that day, 3,000 North Korean troops were seen in Kursk."""
TEXTS = {"repeats": REPEATS, "anaphoric": ANAPHORIC} | {
    p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))
}


def _dumps(claims: list) -> list[dict]:
    return [c.model_dump() for c in claims]


# compiled modules call each other directly, not through the module attribute a spy replaces (CI runs this pure)
spies_on_python = pytest.mark.skipif(COMPILED, reason="spies on a module function; compiled callers bypass the spy")


def _spy(monkeypatch: pytest.MonkeyPatch, force_in_order: bool = False) -> list[bool]:
    """Record the `defer` of each `_read_claims` call (forcing False if asked)."""
    calls: list[bool] = []
    real = pipeline._read_claims

    def spy(readings, ctx, defer):
        calls.append(defer)
        return real(readings, ctx, False if force_in_order else defer)

    monkeypatch.setattr(pipeline, "_read_claims", spy)
    return calls


@pytest.mark.parametrize("name", list(TEXTS))
def test_deferred_reading_gives_the_claims_of_reading_in_order(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    deferred = extract_claims(TEXTS[name], PUBLISHED)
    with monkeypatch.context() as m:
        _spy(m, force_in_order=True)
        in_order = extract_claims(TEXTS[name], PUBLISHED)
    assert _dumps(deferred) == _dumps(in_order)


@spies_on_python
def test_repeats_without_speaker_join_the_claim_without_a_second_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _spy(monkeypatch)
    claims = extract_claims(REPEATS, PUBLISHED)
    assert calls == [True]  # the repeats need no context: read once, deferred
    kirby = [c for c in claims if c.actor is not None and c.actor.name == "John Kirby" and c.quantity is not None]
    assert len(kirby) == 1
    starts = [m.start for m in kirby[0].mentions]
    assert starts[0] == 0 and len(starts) == 4  # the speaker's sentence, two repeats, Kirby's own again
    assert kirby[0].event_date is not None and kirby[0].event_date.raw == "on Tuesday"  # filled from a repeat


@spies_on_python
def test_a_repeat_that_needs_its_context_is_read_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _spy(monkeypatch)
    claims = extract_claims(ANAPHORIC, PUBLISHED)
    assert calls == [True, False]
    kirby = [c for c in claims if c.quantity is not None]
    assert len(kirby) == 1 and len(kirby[0].mentions) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later speaker who announces nothing leaves the announcer in place
        (
            "Norway is sending 300 missiles. Officials said the weather was cold. The package includes 50 armoured "
            "vehicles.",
            "Norway",
        ),
        ("Norway is sending 300 missiles. Denmark is sending 20 tanks. The package includes 50 boats.", "Denmark"),
        # the last announcement is four sentences back
        (
            "Norway is sending 300 missiles. Officials said the weather was cold. Police said trains were late. Shops "
            "were shut, the mayor said. The package includes 50 boats.",
            None,
        ),
    ],
)
def test_a_package_list_is_the_last_announcers_within_reach(text: str, expected: str | None) -> None:
    claims = [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None and c.quantity.low == 50]
    assert [c.actor.name if c.actor else None for c in claims] == ([expected] if expected else [])
