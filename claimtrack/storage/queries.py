"""Where claim queries are built: `ClaimFilter` -> one SELECT -> streamed `ClaimRecord`s.

Every user-supplied value reaches the database as a bound parameter. Actor and place filters
resolve names/aliases in the small actors/places tables first; `text` uses the full-text index
(SQLite FTS5 MATCH; PostgreSQL the stored `claims.evidence_tsv` @@ websearch_to_tsquery, migration
0004), never a LIKE over claims.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from claimtrack.records import ClaimRecord, DateRef
from claimtrack.storage.entities import norm
from claimtrack.storage.errors import NotFound
from claimtrack.storage.schema import (
    REVIEW_STATUSES,
    actor_aliases,
    actors,
    claims,
    claims_fts,
    documents,
    mentions,
    place_aliases,
    places,
    reviews,
)
from claimtrack.storage.store import Store

STREAM_BATCH = 500

actor_t = actors.alias("actor")
relay_t = actors.alias("relay")
# the claim date, else the publication date: stored in claims.sort_date (indexed) by the writer
effective_date = claims.c.sort_date
"""The date a claim is filtered and sorted by: its claim date, else its document's publication date."""

ORDER_KEYS: dict[str, sa.ColumnElement] = {
    "claim_date": effective_date,
    "date": effective_date,
    "published": documents.c.published,
    "event_date": claims.c.event_date,
    "confidence": claims.c.confidence,
    "kind": claims.c.kind,
    "subject": claims.c.subject,
    "actor": actor_t.c.name,
    "place": places.c.name,
    "document": documents.c.name,
    "outlet": documents.c.outlet,
    "claim_id": claims.c.claim_key,
    "id": claims.c.id,
}


@dataclass
class ClaimFilter:
    """What to select. Every field is optional; all given fields must hold (AND).

    actor: substring of an actor's name or alias, case-insensitive ("kirby" finds John Kirby).
    place: a place name or alias (case-insensitive; substring if nothing matches exactly), with all
        the places inside it. since/until: inclusive bounds on the claim date (else publication date).
    kind: one kind or several. subject: exact, case-insensitive. text: words (or "a phrase") that
        the evidence sentence must contain. document: a document name (or numeric id).
    order: column names from ORDER_KEYS, "-name" for descending; claim id breaks ties.
    """

    actor: str | None = None
    place: str | None = None
    since: dt.date | str | None = None
    until: dt.date | str | None = None
    kind: str | Sequence[str] | None = None
    min_confidence: float | None = None
    text: str | None = None
    subject: str | None = None
    document: str | int | None = None
    claim_id: str | None = None
    review_status: str | None = None
    include_rejected: bool = False
    limit: int | None = None
    order: Sequence[str] = ("claim_date", "id")


def _as_date(value: dt.date | str, what: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise ValueError(f"{what} must be a date like 2024-10-23, not {value!r}") from err


def claims_select() -> sa.Select:
    """The SELECT of every ClaimRecord column, with the joins they need and no filter."""
    columns = [
        claims.c.claim_key,
        documents.c.name.label("document"),
        documents.c.outlet,
        documents.c.published,
        actor_t.c.name.label("actor"),
        sa.func.coalesce(claims.c.actor_role, actor_t.c.role).label("actor_role"),
        actor_t.c.affiliation.label("actor_affiliation"),
        actor_t.c.kind.label("actor_kind"),
        relay_t.c.name.label("relayed_by"),
        places.c.name.label("place"),
        places.c.country.label("place_country"),
        reviews.c.status.label("review_status"),
        documents.c.title.label("document_title"),
        documents.c.url,
        *(
            claims.c[name]
            for name in (
                "attribution",
                "kind",
                "subject",
                "quantity_low",
                "quantity_high",
                "quantity_unit",
                "quantity_qualifier",
                "quantity_raw",
                "vague",
                "place_raw",
                "actor_raw",
                "claim_date",
                "claim_date_precision",
                "claim_date_raw",
                "event_date",
                "event_date_precision",
                "event_date_raw",
                "forecast",
                "confidence",
                "reliability",
                "credibility",
                "confidence_reasons",
                "evidence",
                "evidence_start",
                "evidence_end",
                "n_mentions",
            )
        ),
    ]
    joined = (
        claims.join(documents, documents.c.id == claims.c.document_id)
        .outerjoin(actor_t, actor_t.c.id == claims.c.actor_id)
        .outerjoin(relay_t, relay_t.c.id == claims.c.relayed_by_id)
        .outerjoin(places, places.c.id == claims.c.place_id)
        .outerjoin(reviews, reviews.c.claim_key == claims.c.claim_key)
    )
    return sa.select(*columns).select_from(joined)


def actor_condition(text: str) -> sa.ColumnElement[bool]:
    """Claims whose actor's name or any alias contains `text`, case-insensitive."""
    wanted = norm(text)
    by_name = sa.select(actors.c.id).where(sa.func.lower(actors.c.name).contains(wanted, autoescape=True))
    by_alias = sa.select(actor_aliases.c.actor_id).where(
        actor_aliases.c.alias_norm.contains(wanted, autoescape=True)
    )
    return claims.c.actor_id.in_(sa.union(by_name, by_alias).scalar_subquery())


def place_ids_within(conn: sa.Connection, text: str) -> list[int]:
    """Ids of the places a name/alias denotes (exact, else substring) and of all places inside them."""
    wanted = norm(text)

    def matching(exact: bool) -> set[int]:
        name_col, alias_col = sa.func.lower(places.c.name), place_aliases.c.alias_norm
        if exact:
            name_cond, alias_cond = name_col == wanted, alias_col == wanted
        else:
            name_cond = name_col.contains(wanted, autoescape=True)
            alias_cond = alias_col.contains(wanted, autoescape=True)
        stmt = sa.union(
            sa.select(places.c.id).where(name_cond), sa.select(place_aliases.c.place_id).where(alias_cond)
        )
        return set(conn.execute(stmt).scalars())

    roots = matching(True) or matching(False)
    if not roots:
        return []
    children: dict[int, list[int]] = {}
    merged: dict[int, int] = {}
    for pid, parent, into in conn.execute(
        sa.select(places.c.id, places.c.parent_id, places.c.merged_into_id)
    ):
        if parent is not None:
            children.setdefault(parent, []).append(pid)
        if into is not None:
            merged[pid] = into
    found: set[int] = set()
    todo = list(roots) + [merged[r] for r in roots if r in merged]
    while todo:
        pid = todo.pop()
        if pid not in found:
            found.add(pid)
            todo.extend(children.get(pid, ()))
    return sorted(found)


def fts_query(text: str) -> str:
    """User words as an FTS5 query: each word, or "quoted phrase", becomes a quoted term (AND)."""
    parts = re.findall(r'"([^"]*)"|(\S+)', text)
    terms = [phrase or word for phrase, word in parts]
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms if re.search(r"\w", t)]
    return " ".join(quoted)


def text_condition(dialect: str, text: str) -> sa.ColumnElement[bool]:
    """Claims whose evidence sentence matches the words in `text`, through the full-text index."""
    if dialect == "postgresql":
        # the stored tsvector of migration 0004 (GIN index ix_claims_evidence_fts)
        vector = sa.literal_column("claims.evidence_tsv")
        query = sa.func.websearch_to_tsquery(sa.literal_column("'english'"), sa.bindparam("fts_text", text))
        return vector.op("@@")(query)
    match = fts_query(text)
    if not match:
        return sa.false()
    hits = sa.select(claims_fts.c.rowid).where(
        sa.literal_column("claims_fts").op("MATCH")(sa.bindparam("fts_text", match))
    )
    return claims.c.id.in_(hits.scalar_subquery())


def order_by(keys: Sequence[str]) -> list[sa.ColumnElement]:
    """ORDER BY terms for `keys` ("-key" descending), NULLs last, claim id as the final tie-break."""
    terms: list[sa.ColumnElement] = []
    for key in keys:
        column = ORDER_KEYS.get(key.lstrip("-"))
        if column is None:
            raise ValueError(f"cannot order by {key!r}; use one of: {', '.join(ORDER_KEYS)}")
        terms.append((column.desc() if key.startswith("-") else column.asc()).nulls_last())
    if not any(k.lstrip("-") == "id" for k in keys):
        terms.append(claims.c.id.asc())
    return terms


def build_claims_query(conn: sa.Connection, flt: ClaimFilter) -> sa.Select:
    """The SELECT for a filter (needs a connection to expand the place hierarchy)."""
    stmt = claims_select()
    where: list[sa.ColumnElement[bool]] = []
    if flt.actor:
        where.append(actor_condition(flt.actor))
    if flt.place:
        where.append(claims.c.place_id.in_(place_ids_within(conn, flt.place)))
    if flt.since is not None:
        where.append(effective_date >= _as_date(flt.since, "since"))
    if flt.until is not None:
        where.append(effective_date <= _as_date(flt.until, "until"))
    if flt.kind:
        kinds = [flt.kind] if isinstance(flt.kind, str) else list(flt.kind)
        where.append(claims.c.kind.in_([k.strip().lower() for k in kinds]))
    if flt.min_confidence is not None:
        where.append(claims.c.confidence >= flt.min_confidence)
    if flt.text and flt.text.strip():
        where.append(text_condition(conn.dialect.name, flt.text))
    if flt.subject:
        where.append(sa.func.lower(claims.c.subject) == flt.subject.strip().lower())
    if flt.document is not None:
        doc = flt.document
        where.append(documents.c.id == doc if isinstance(doc, int) else documents.c.name == doc)
    if flt.claim_id:
        where.append(claims.c.claim_key == flt.claim_id.strip().lower())
    if flt.review_status:
        status = flt.review_status.strip().lower()
        if status in ("unreviewed", "none"):
            where.append(reviews.c.status.is_(None))
        elif status not in REVIEW_STATUSES:
            raise ValueError(f"unknown review status {status!r}; use one of {', '.join(REVIEW_STATUSES)}")
        else:
            where.append(reviews.c.status == status)
    if not flt.include_rejected and flt.review_status != "rejected":
        where.append(sa.or_(reviews.c.status.is_(None), reviews.c.status != "rejected"))
    stmt = stmt.where(*where).order_by(*order_by(flt.order))
    if flt.limit is not None:
        stmt = stmt.limit(flt.limit)
    return stmt


def _iso(value: dt.date | str | None, precision: str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return DateRef(value=value, precision=precision, raw="").iso()  # type: ignore[arg-type]


def record_from_row(row: sa.Row) -> ClaimRecord:
    """A ClaimRecord from a row of `claims_select()`."""
    m = row._mapping
    return ClaimRecord(
        claim_id=m["claim_key"],
        document=m["document"],
        outlet=m["outlet"],
        published=m["published"],
        actor=m["actor"],
        actor_role=m["actor_role"],
        actor_affiliation=m["actor_affiliation"],
        attribution=m["attribution"],
        kind=m["kind"],
        quantity_low=m["quantity_low"],
        quantity_high=m["quantity_high"],
        quantity_unit=m["quantity_unit"],
        quantity_qualifier=m["quantity_qualifier"],
        place=m["place"],
        place_country=m["place_country"],
        claim_date=_iso(m["claim_date"], m["claim_date_precision"]),
        event_date=_iso(m["event_date"], m["event_date_precision"]),
        date_precision=m["claim_date_precision"],
        confidence=m["confidence"],
        evidence=m["evidence"],
        subject=m["subject"],
        quantity_raw=m["quantity_raw"],
        vague=bool(m["vague"]),
        place_raw=m["place_raw"],
        actor_kind=m["actor_kind"],
        actor_raw=m["actor_raw"],
        relayed_by=m["relayed_by"],
        claim_date_raw=m["claim_date_raw"],
        event_date_raw=m["event_date_raw"],
        event_date_precision=m["event_date_precision"],
        forecast=bool(m["forecast"]),
        reliability=m["reliability"],
        credibility=m["credibility"],
        confidence_reasons=json.loads(m["confidence_reasons"]) if m["confidence_reasons"] else [],
        evidence_start=m["evidence_start"],
        evidence_end=m["evidence_end"],
        mentions=m["n_mentions"],
        review_status=m["review_status"],
        document_title=m["document_title"],
        url=m["url"],
    )


def query_claims(store: Store, flt: ClaimFilter | None = None) -> Iterator[ClaimRecord]:
    """Stream the claims a filter selects, in a stable order.

    Holds a connection until the iterator is exhausted or closed; close it (or exhaust it) before
    writing to a SQLite store from the same thread.
    """
    flt = flt or ClaimFilter()
    with store.read() as conn:
        stmt = build_claims_query(conn, flt)
        result = conn.execution_options(yield_per=STREAM_BATCH).execute(stmt)
        for row in result:
            yield record_from_row(row)


def get_claim(store: Store, claim_key: str) -> ClaimRecord | None:
    """One claim by its id (rejected ones included), or None."""
    found = list(query_claims(store, ClaimFilter(claim_id=claim_key, include_rejected=True, limit=1)))
    return found[0] if found else None


def claim_mentions(store: Store, claim_key: str) -> list[tuple[str, int, int]]:
    """Every place the document states the claim: (sentence, start, end), in text order."""
    with store.read() as conn:
        claim_id = conn.execute(
            sa.select(claims.c.id).where(claims.c.claim_key == claim_key.strip().lower())
        ).scalar()
        if claim_id is None:
            raise NotFound(f"no claim {claim_key!r}; claim ids are the 12-character ids `query` shows")
        rows = conn.execute(
            sa.select(mentions.c.sentence, mentions.c.start, mentions.c.end)
            .where(mentions.c.claim_id == claim_id)
            .order_by(mentions.c.start, mentions.c.id)
        )
        return [(r.sentence, r.start, r.end) for r in rows]


def get_document_text(store: Store, document: int | str) -> str:
    """The stored text of a document, by id or name (the newest of that name).

    Evidence offsets of the document's claims point into this text.
    """
    with store.read() as conn:
        text: str | None = None
        if isinstance(document, str):
            text = conn.execute(
                sa.select(documents.c.text)
                .where(documents.c.name == document)
                .order_by(documents.c.id.desc())
            ).scalar()
            if text is None and document.isdigit():
                document = int(document)
        if isinstance(document, int):
            text = conn.execute(sa.select(documents.c.text).where(documents.c.id == document)).scalar()
    if text is None:
        raise NotFound(f"no document {document!r}; see `claimtrack sources` for stored documents")
    return text
