"""Hand-built documents and claims for the storage tests (independent of the extractor)."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.records import (
    ActorRef,
    Confidence,
    DateRef,
    Evidence,
    ExtractedClaim,
    PlaceRef,
    Quantity,
    SourceDocument,
)

PUBLISHED = dt.date(2024, 11, 1)


def make_doc(
    name: str,
    *sentences: str,
    published: dt.date | None = PUBLISHED,
    outlet: str | None = "Test Wire",
    title: str | None = None,
) -> SourceDocument:
    """A document whose text is the sentences joined by spaces."""
    return SourceDocument(
        name=name,
        text=" ".join(sentences),
        published=published,
        outlet=outlet,
        title=title or name,
        url=f"https://example.test/{name}",
        source_path=f"/data/{name}",
    )


def _evidence(doc: SourceDocument, sentence: str) -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(sentence=sentence, start=start, end=start + len(sentence))


def make_claim(
    doc: SourceDocument,
    sentence: str,
    *,
    kind: str = "deployment",
    actor: str | None = "John Kirby",
    actor_kind: str = "person",
    actor_raw: str | None = None,
    aliases: tuple[str, ...] = (),
    role: str | None = None,
    affiliation: str | None = None,
    relayed_by: str | None = None,
    quantity: tuple[float | None, float | None] | None = None,
    unit: str = "troops",
    vague: bool = False,
    subject: str | None = None,
    place: str | None = None,
    claim_date: dt.date | None = None,
    precision: str = "day",
    event_date: dt.date | None = None,
    forecast: bool = False,
    confidence: float = 0.7,
    repeats: tuple[str, ...] = (),
) -> ExtractedClaim:
    """A claim stated by `sentence` of `doc` (and repeated by `repeats`); place resolved in the gazetteer."""
    actor_ref = None
    if actor is not None:
        actor_ref = ActorRef(
            name=actor,
            kind=actor_kind,  # type: ignore[arg-type]
            role=role,
            affiliation=affiliation,
            raw=actor_raw or actor,
            aliases=list(aliases),
        )
    place_ref = None
    if place is not None:
        gaz = load_gazetteer()
        found = gaz.lookup(place)
        name = found.name if found else place
        place_ref = PlaceRef(
            name=name,
            country=found.country if found else None,
            kind=found.kind if found else None,
            parent=found.parent if found else None,
            ancestors=[p.name for p in gaz.ancestors(name)],
            raw=place,
            start=0,
            end=len(place),
        )
    qty = None
    if quantity is not None:
        qty = Quantity(low=quantity[0], high=quantity[1], unit=unit, vague=vague, raw=str(quantity), start=0, end=1)
    return ExtractedClaim(
        kind=kind,
        actor=actor_ref,
        attribution="named" if actor else None,
        relayed_by=ActorRef(name=relayed_by, kind="media", raw=relayed_by) if relayed_by else None,
        quantity=qty,
        subject=subject,
        place=place_ref,
        claim_date=DateRef(value=claim_date, precision=precision, raw="said") if claim_date else None,  # type: ignore[arg-type]
        event_date=DateRef(value=event_date, precision="month", raw="this month") if event_date else None,
        forecast=forecast,
        confidence=Confidence(
            score=confidence, reliability="B", credibility=2, estimative="likely", reasons=["named official"]
        ),
        mentions=[_evidence(doc, sentence), *(_evidence(doc, s) for s in repeats)],
    )


def test_factory_builds_evidence_offsets_into_the_text() -> None:
    doc = make_doc("a.txt", "First sentence.", "Kirby said 3,000 troops moved.")
    claim = make_claim(doc, "Kirby said 3,000 troops moved.", place="Kursk Oblast")
    ev = claim.evidence
    assert doc.text[ev.start : ev.end] == ev.sentence
    assert claim.place is not None and claim.place.ancestors == ["Russia"]
