"""SQLAlchemy Core tables used to build statements.

The database schema itself is created ONLY by the Alembic migrations in `migrations/versions/`;
these objects mirror it for query building (a test checks that they agree). Never call
`metadata.create_all`.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

# Review statuses analysts may set; "rejected" claims are hidden from queries by default.
REVIEW_STATUSES = ("verified", "disputed", "rejected")

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),  # the seed of its claims' keys
    sa.Column("identity", sa.String(64), unique=True),  # SHA-256 of name and text: what makes it the same (0009)
    sa.Column("name", sa.String(500), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.String(200)),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("source_path", sa.Text),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("n_claims", sa.Integer, nullable=False),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(300), nullable=False, unique=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("role", sa.Text),
    sa.Column("affiliation", sa.String(200)),
    sa.Column("merged_into_id", sa.Integer, sa.ForeignKey("actors.id")),
)

actor_aliases = sa.Table(
    "actor_aliases",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    sa.Column("alias", sa.String(300), nullable=False),
    sa.Column("alias_norm", sa.String(300), nullable=False),
)

places = sa.Table(
    "places",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(300), nullable=False, unique=True),
    sa.Column("kind", sa.String(40)),
    sa.Column("country", sa.String(200)),
    sa.Column("parent_id", sa.Integer, sa.ForeignKey("places.id")),
    sa.Column("merged_into_id", sa.Integer, sa.ForeignKey("places.id")),
)

place_aliases = sa.Table(
    "place_aliases",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("place_id", sa.Integer, sa.ForeignKey("places.id", ondelete="CASCADE"), nullable=False),
    sa.Column("alias", sa.String(300), nullable=False),
    sa.Column("alias_norm", sa.String(300), nullable=False),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("claim_key", sa.String(32), nullable=False, unique=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id")),
    sa.Column("relayed_by_id", sa.Integer, sa.ForeignKey("actors.id")),
    sa.Column("attribution", sa.String(20)),
    sa.Column("actor_raw", sa.Text),
    sa.Column("actor_role", sa.Text),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("subject", sa.String(300)),
    sa.Column("quantity_low", sa.Float),
    sa.Column("quantity_high", sa.Float),
    sa.Column("quantity_unit", sa.String(100)),
    sa.Column("quantity_qualifier", sa.String(100)),
    sa.Column("quantity_raw", sa.Text),
    sa.Column("vague", sa.Boolean, nullable=False),
    sa.Column("multiplier", sa.Integer),
    sa.Column("place_id", sa.Integer, sa.ForeignKey("places.id")),
    sa.Column("place_raw", sa.Text),
    sa.Column("claim_date", sa.Date),
    sa.Column("sort_date", sa.Date),  # claim_date, else the document's published date (0003)
    sa.Column("claim_date_precision", sa.String(10)),
    sa.Column("claim_date_raw", sa.Text),
    sa.Column("event_date", sa.Date),
    sa.Column("event_date_precision", sa.String(10)),
    sa.Column("event_date_raw", sa.Text),
    sa.Column("forecast", sa.Boolean, nullable=False),
    sa.Column("confidence", sa.Float),
    sa.Column("reliability", sa.String(1)),
    sa.Column("credibility", sa.Integer),
    sa.Column("estimative", sa.String(60)),
    sa.Column("confidence_reasons", sa.Text),
    sa.Column("evidence", sa.Text),
    sa.Column("evidence_start", sa.Integer),
    sa.Column("evidence_end", sa.Integer),
    sa.Column("n_mentions", sa.Integer, nullable=False),
    sa.Column("packed_view", sa.LargeBinary),  # what compare shows, for claims with a subject and denials (0008)
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    sa.Column("sentence", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
)

curation_events = sa.Table(
    "curation_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("analyst", sa.String(200), nullable=False),
    sa.Column("action", sa.String(40), nullable=False),
    sa.Column("target_type", sa.String(20), nullable=False),
    sa.Column("target_key", sa.String(300), nullable=False),
    sa.Column("payload", sa.Text, nullable=False),
)

# The current review of each claim: the latest "review" event, kept by `curation.review_claim`.
reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("claim_key", sa.String(32), primary_key=True),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("note", sa.Text),
    sa.Column("analyst", sa.String(200), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("curation_events.id"), nullable=False),
)

# SQLite only (migration 0002): FTS5 index over claims.evidence, rowid = claims.id.
claims_fts = sa.table("claims_fts", sa.column("rowid", sa.Integer))

# Columns one dialect has beyond the tables above, never written by claimtrack: PostgreSQL's
# claims.evidence_tsv (migration 0004) is generated from evidence, to_tsvector('english', evidence).
DIALECT_COLUMNS: dict[str, dict[str, set[str]]] = {"postgresql": {"claims": {"evidence_tsv"}}}


def insert_ignore(dialect_name: str, table: sa.Table, *conflict_columns: str) -> sa.Insert:
    """INSERT ... ON CONFLICT (columns) DO NOTHING for SQLite and PostgreSQL (race-free upserts)."""
    if dialect_name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing(index_elements=list(conflict_columns))
    if dialect_name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table).on_conflict_do_nothing(index_elements=list(conflict_columns))
    raise NotImplementedError(f"claimtrack supports SQLite and PostgreSQL, not {dialect_name}")
