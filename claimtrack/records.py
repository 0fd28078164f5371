"""The records that flow between the layers: documents read, claims extracted, claims stored.

These are plain Pydantic models with no database or I/O behind them. `reading` produces
`SourceDocument`, `extraction` turns its text into `ExtractedClaim`s, `storage` persists both and
answers queries with `ClaimRecord`s, and the CLI renders those.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, Field

from claimtrack.views import EXPORT_COLUMNS, ClaimView, bounds_text, date_text  # noqa: F401  (importable from here too)

Precision = Literal["day", "week", "month", "quarter", "year"]
ActorKind = Literal["person", "organisation", "anonymous", "media"]
Attribution = Literal["named", "anonymous", "media"]
Reliability = Literal["A", "B", "C", "D", "E", "F"]  # NATO Admiralty source reliability


def content_hash(text: str) -> str:
    """SHA-256 of a stored text (what stores before migration 0009 keyed documents and their claims by)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_identity(name: str, text: str) -> str:
    """The identity of a document: SHA-256 of its name and text. The same file read again is the same
    document; the same text under another name (a repost, a feed's second copy) is another one."""
    return hashlib.sha256(f"{name}\0{text}".encode()).hexdigest()


class SourceDocument(BaseModel):
    """One article as read from disk, before extraction."""

    name: str  # file name, or the JSON Lines `id`; exported as `document`
    text: str  # the stored text: every evidence offset points into it
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source_path: str | None = None  # where it was read from

    @property
    def identity(self) -> str:
        return document_identity(self.name, self.text)


class DateRef(BaseModel):
    """A date as the text gives it: the first day of the period it names, and how precise it is."""

    value: dt.date | None = None  # None when it cannot be resolved (no publication date)
    precision: Precision | None = None
    raw: str  # the words that gave it, e.g. "last week", "on Oct. 23"

    def iso(self) -> str | None:
        """ISO 8601 at the date's own precision: 2024-10-23, 2024-10, 2024 (a week is its Monday)."""
        return None if self.value is None else date_text(self.value, self.precision)


class Quantity(BaseModel):
    """A count as the text states it. Bounds are None where the text sets none."""

    low: float | None = None
    high: float | None = None
    unit: str | None = None  # the counted group as normalised: soldiers, troops, killed, tanks ...
    qualifier: str | None = None  # "at least", "up to", "about", "between", "thousands" ...
    vague: bool = False  # "thousands", "several hundred": no bounds are invented
    multiplier: int | None = None  # "two brigades of up to 6,000 each" -> 2
    raw: str  # the words that gave it
    start: int  # character offsets in the document text
    end: int


class ActorRef(BaseModel):
    """Who makes a claim, as resolved from the text (and the actor lexicon)."""

    name: str  # canonical name
    kind: ActorKind
    role: str | None = None
    affiliation: str | None = None  # country or organisation the actor speaks for
    raw: str  # the mention as written
    aliases: list[str] = Field(default_factory=list)


class PlaceRef(BaseModel):
    """Where a claim is about, resolved against the gazetteer."""

    name: str  # canonical name, e.g. "Kursk Oblast"
    country: str | None = None
    kind: str | None = None  # country, oblast, region, city, area ...
    parent: str | None = None
    ancestors: list[str] = Field(default_factory=list)  # nearest first: ["Russia"] for Kursk Oblast
    raw: str  # the mention as written, e.g. "Russia's Kursk region"
    start: int
    end: int


class Evidence(BaseModel):
    """One place a claim is stated: the sentence and its offsets in the stored document."""

    sentence: str
    start: int
    end: int


class Confidence(BaseModel):
    """How sure the claim is, with the reasons (see claimtrack/extraction/confidence.py)."""

    score: float  # 0..1
    reliability: Reliability  # NATO Admiralty source reliability
    credibility: int  # NATO Admiralty information credibility 1..6
    estimative: str | None = None  # ICD 203 term the language maps to, e.g. "likely"
    reasons: list[str] = Field(default_factory=list)


class ExtractedClaim(BaseModel):
    """A claim read from one document: a pure function of the text and its publication date."""

    kind: str  # deployment, casualties, detention, materiel, statement, denial, confirmation ...
    actor: ActorRef | None = None
    attribution: Attribution | None = None
    relayed_by: ActorRef | None = None  # "Yonhap reported, citing the NIS": NIS relayed by Yonhap
    quantity: Quantity | None = None
    subject: str | None = None  # what is counted, comparable across documents: "North Korean troops"
    place: PlaceRef | None = None
    claim_date: DateRef | None = None  # when it was said
    event_date: DateRef | None = None  # when it happened or is expected
    forecast: bool = False  # the event is expected, not reported
    confidence: Confidence
    mentions: list[Evidence]  # the first is the evidence shown; the rest repeat the claim

    @property
    def evidence(self) -> Evidence:
        return self.mentions[0]

    def key(self) -> str:
        """What makes two readings the same claim within a document (used to merge repeats)."""
        q = self.quantity
        who = self.actor.name.lower() if self.actor else ""
        if q is not None and not q.vague:
            return f"{who}|{self.subject}|{q.low}|{q.high}"
        return f"{who}|{self.kind}|{self.evidence.start}"


class ClaimRecord(BaseModel):
    """A stored claim as queries return it: flat, with the export columns first."""

    claim_id: str
    document: str
    outlet: str | None = None
    published: dt.date | None = None
    actor: str | None = None
    actor_role: str | None = None
    actor_affiliation: str | None = None
    attribution: str | None = None
    kind: str
    quantity_low: float | None = None
    quantity_high: float | None = None
    quantity_unit: str | None = None
    quantity_qualifier: str | None = None
    place: str | None = None
    place_country: str | None = None
    claim_date: str | None = None
    event_date: str | None = None
    date_precision: str | None = None
    confidence: float | None = None
    evidence: str | None = None
    # further columns, after the fixed ones
    subject: str | None = None
    quantity_raw: str | None = None
    vague: bool = False
    place_raw: str | None = None
    actor_kind: str | None = None
    actor_raw: str | None = None
    relayed_by: str | None = None
    claim_date_raw: str | None = None
    event_date_raw: str | None = None
    event_date_precision: str | None = None
    forecast: bool = False
    reliability: str | None = None
    credibility: int | None = None
    confidence_reasons: list[str] = Field(default_factory=list)
    evidence_start: int | None = None
    evidence_end: int | None = None
    mentions: int = 1
    review_status: str | None = None
    document_title: str | None = None
    url: str | None = None


Claim = ClaimRecord | ClaimView
"""A claim as the analysis reads it: a full record or the view of the fields it needs."""


if tuple(ClaimRecord.model_fields) != EXPORT_COLUMNS:  # views.EXPORT_COLUMNS names the fields, in order
    raise AssertionError("views.EXPORT_COLUMNS does not match ClaimRecord's fields")
