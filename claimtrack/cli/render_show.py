"""Rendering of `claimtrack show`: one claim with its provenance, the evidence sentence highlighted."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimtrack.analysis.compare import bounds_text, claim_date_span
from claimtrack.cli.render import INDENT
from claimtrack.records import ClaimRecord
from claimtrack.storage import CurationEvent

STYLES = {
    "actor": "bold cyan underline",
    "number": "bold black on yellow",
    "place": "bold green underline",
    "date": "bold magenta underline",
}


@dataclass(frozen=True)
class Highlight:
    role: str  # actor, number, place, date
    raw: str  # the words as the record has them
    start: int | None  # offsets in the evidence sentence, None when not found there
    end: int | None


def _candidates(raw: str) -> list[str]:
    """Forms of a raw string to look for: as is, without a parenthetical note, trimmed of punctuation."""
    forms = [raw, re.sub(r"\s*\(.*?\)\s*", " ", raw).strip()]
    forms += [f.strip(" '\"“”‘’.,;:") for f in list(forms)]
    seen: list[str] = []
    for f in forms:
        if f and f not in seen:
            seen.append(f)
    return seen


def locate(sentence: str, raw: str | None, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where `raw` (or a cleaned form of it) occurs in `sentence`, case-insensitive, not overlapping `taken`."""
    if not raw:
        return None
    lower = sentence.lower()
    for form in _candidates(raw):
        start = lower.find(form.lower())
        while start >= 0:
            end = start + len(form)
            if not any(start < b and a < end for a, b in taken):
                return start, end
            start = lower.find(form.lower(), start + 1)
    return None


def highlights(record: ClaimRecord, sentence: str | None = None) -> list[Highlight]:
    """The actor, number, place and date of a claim located in its evidence sentence."""
    sentence = sentence if sentence is not None else (record.evidence or "")
    wanted = [
        ("number", record.quantity_raw),
        ("actor", record.actor_raw or record.actor),
        ("place", record.place_raw or record.place),
        ("date", record.claim_date_raw),
        ("date", record.event_date_raw),
    ]
    taken: list[tuple[int, int]] = []
    out: list[Highlight] = []
    for role, raw in wanted:
        if not raw:
            continue
        found = locate(sentence, raw, taken)
        if found is None and role == "actor" and record.actor and raw != record.actor:
            found = locate(sentence, record.actor, taken) or locate(sentence, record.actor.split()[-1], taken)
        if found:
            taken.append(found)
        out.append(Highlight(role, raw, found[0] if found else None, found[1] if found else None))
    return out


def highlighted(sentence: str, marks: Sequence[Highlight]) -> Text:
    text = Text(sentence)
    for h in marks:
        if h.start is not None and h.end is not None:
            text.stylize(STYLES[h.role], h.start, h.end)
    return text


def _row(table: Table, label: str, value: str | Text | None) -> None:
    if value:
        table.add_row(label, Text(value) if isinstance(value, str) else value)


def claim_view(
    record: ClaimRecord,
    mentions: Sequence[tuple[str, int, int]],
    related: Sequence[ClaimRecord],
    events: Sequence[CurationEvent],
) -> Group:
    head = Text()
    head.append(f"Claim {record.claim_id}", style="bold")
    head.append(f"  {record.kind}" + (f" · {record.subject}" if record.subject else ""))
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column(overflow="fold")
    doc = record.document + (f'  "{record.document_title}"' if record.document_title else "")
    _row(facts, "Document", doc)
    pub = record.published.isoformat() if record.published else "unknown"
    _row(facts, "Outlet", f"{record.outlet or 'unknown outlet'}, published {pub}")
    _row(facts, "URL", record.url)
    actor = record.actor or "unknown"
    extra = ", ".join(x for x in (record.actor_role, record.actor_affiliation) if x)
    actor += f" ({extra})" if extra else ""
    actor += f"  [{record.attribution}]" if record.attribution else ""
    actor += f"; relayed by {record.relayed_by}" if record.relayed_by else ""
    _row(facts, "Actor", Text(actor, style="cyan"))
    if record.quantity_low is not None or record.quantity_high is not None or record.vague:
        count = bounds_text(record) + (f" {record.quantity_unit}" if record.quantity_unit else "")
        count += f'  (as written: "{record.quantity_raw}")' if record.quantity_raw else ""
        _row(facts, "Count", count)
    if record.place:
        place = record.place + (f", {record.place_country}" if record.place_country and record.place_country
                                != record.place else "")  # fmt: skip
        place += f'  (as written: "{record.place_raw}")' if record.place_raw else ""
        _row(facts, "Place", place)
    when = claim_date_span(record)
    said = when.label or "unknown"
    if when.fallback:
        said += "  (no claim date in the text: publication date)"
    elif record.claim_date_raw:
        said += f'  (as written: "{record.claim_date_raw}", precision {record.date_precision or "?"})'
    _row(facts, "Said", said)
    if record.event_date:
        event = record.event_date + (f'  (as written: "{record.event_date_raw}")' if record.event_date_raw else "")
        _row(facts, "Event date", event + ("  forecast" if record.forecast else ""))
    elif record.forecast:
        _row(facts, "Event date", "forecast (expected, not reported)")
    if record.confidence is not None:
        grade = f"{record.reliability or '?'}{record.credibility or '?'}"
        conf = Text(f"{record.confidence:.2f}  (Admiralty {grade}: source reliability {record.reliability or '?'}, "
                    f"information credibility {record.credibility or '?'})")  # fmt: skip
        for reason in record.confidence_reasons:
            conf.append(f"\n- {reason}", style="dim")
        _row(facts, "Confidence", conf)
    reviews = [e for e in events if e.action == "review"]
    if reviews:
        last = reviews[-1]
        status = f"{last.payload.get('status')} by {last.analyst} on {last.at:%Y-%m-%d %H:%M} UTC"
        status += f": {last.payload['note']}" if last.payload.get("note") else ""
        status += f"  ({len(reviews)} reviews; see `claimtrack history {record.claim_id}`)" if len(reviews) > 1 else ""
    else:
        status = record.review_status or "unreviewed"
    _row(facts, "Review", Text(status, style="bold red" if "rejected" in status.split(" ")[:1] else ""))

    parts: list = [head, facts, Text("")]
    marks = highlights(record)
    start = f" (characters {record.evidence_start}-{record.evidence_end})" if record.evidence_start is not None else ""
    parts.append(Text(f"Evidence{start}:", style="bold"))
    parts.append(Padding(highlighted(record.evidence or "", marks), INDENT, expand=False))
    key = Text("", style="dim")
    for i, h in enumerate(marks):
        key.append(" · " if i else "")
        key.append(h.role, style=STYLES[h.role])
        key.append(f' "{h.raw}"' + ("" if h.start is not None else " (not in the sentence)"), style="dim")
    if marks:
        parts.append(Padding(key, INDENT, expand=False))
    others = [m for m in mentions if m[1] != record.evidence_start or m[0] != record.evidence]
    if others:
        parts.append(Text(f"\nOther mentions ({len(others)}):", style="bold"))
        for sentence, a, b in others:
            mention = Text(f"[{a}-{b}] ") + highlighted(sentence, highlights(record, sentence))
            parts.append(Padding(mention, INDENT, expand=False))
    if related:
        title = f'Related claims: "{record.subject}"' if record.subject else "Other claims in this document"
        table = Table(title=title, title_justify="left", header_style="bold")
        for name, style in (("id", "dim"), ("date", "magenta"), ("actor", "cyan"), ("estimate", "bold"),
                            ("place", "green"), ("source", "")):  # fmt: skip
            table.add_column(name, style=style or None, overflow="fold", no_wrap=name in ("id", "date"))
        for r in related:
            d = claim_date_span(r)
            table.add_row(r.claim_id, d.label + ("*" if d.fallback else ""), Text(r.actor or "?"),
                          Text(bounds_text(r) or r.kind), Text(r.place or ""),
                          Text(r.outlet or r.document))  # fmt: skip
        parts += [Text(""), table]
    return Group(*parts)


def print_claim(console: Console, *args, **kwargs) -> None:
    console.print(claim_view(*args, **kwargs))
