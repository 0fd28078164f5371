"""Initial schema: documents, actors, places, claims, mentions, curation events, reviews.

Revision ID: 0001
Revises:
Create Date: 2024-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source_path", sa.Text),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("n_claims", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    op.create_index("ix_documents_name", "documents", ["name"])
    op.create_index("ix_documents_outlet", "documents", ["outlet"])
    op.create_index("ix_documents_published", "documents", ["published"])

    op.create_table(
        "actors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("role", sa.Text),
        sa.Column("affiliation", sa.String(200)),
        sa.Column("merged_into_id", sa.Integer, sa.ForeignKey("actors.id", name="fk_actors_merged_into")),
        sa.UniqueConstraint("name", name="uq_actors_name"),
    )
    op.create_table(
        "actor_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "actor_id",
            sa.Integer,
            sa.ForeignKey("actors.id", name="fk_actor_aliases_actor", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("alias", sa.String(300), nullable=False),
        sa.Column("alias_norm", sa.String(300), nullable=False),
        sa.UniqueConstraint("actor_id", "alias_norm", name="uq_actor_aliases_actor_norm"),
    )
    op.create_index("ix_actor_aliases_alias_norm", "actor_aliases", ["alias_norm"])

    op.create_table(
        "places",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(40)),
        sa.Column("country", sa.String(200)),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("places.id", name="fk_places_parent")),
        sa.Column("merged_into_id", sa.Integer, sa.ForeignKey("places.id", name="fk_places_merged_into")),
        sa.UniqueConstraint("name", name="uq_places_name"),
    )
    op.create_index("ix_places_parent_id", "places", ["parent_id"])
    op.create_table(
        "place_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "place_id",
            sa.Integer,
            sa.ForeignKey("places.id", name="fk_place_aliases_place", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("alias", sa.String(300), nullable=False),
        sa.Column("alias_norm", sa.String(300), nullable=False),
        sa.UniqueConstraint("place_id", "alias_norm", name="uq_place_aliases_place_norm"),
    )
    op.create_index("ix_place_aliases_alias_norm", "place_aliases", ["alias_norm"])

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("claim_key", sa.String(32), nullable=False),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", name="fk_claims_document", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id", name="fk_claims_actor")),
        sa.Column("relayed_by_id", sa.Integer, sa.ForeignKey("actors.id", name="fk_claims_relayed_by")),
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
        sa.Column("vague", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("multiplier", sa.Integer),
        sa.Column("place_id", sa.Integer, sa.ForeignKey("places.id", name="fk_claims_place")),
        sa.Column("place_raw", sa.Text),
        sa.Column("claim_date", sa.Date),
        sa.Column("claim_date_precision", sa.String(10)),
        sa.Column("claim_date_raw", sa.Text),
        sa.Column("event_date", sa.Date),
        sa.Column("event_date_precision", sa.String(10)),
        sa.Column("event_date_raw", sa.Text),
        sa.Column("forecast", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("confidence", sa.Float),
        sa.Column("reliability", sa.String(1)),
        sa.Column("credibility", sa.Integer),
        sa.Column("estimative", sa.String(60)),
        sa.Column("confidence_reasons", sa.Text),
        sa.Column("evidence", sa.Text),
        sa.Column("evidence_start", sa.Integer),
        sa.Column("evidence_end", sa.Integer),
        sa.Column("n_mentions", sa.Integer, nullable=False, server_default="1"),
        sa.UniqueConstraint("claim_key", name="uq_claims_claim_key"),
    )
    op.create_index("ix_claims_document_id", "claims", ["document_id"])
    op.create_index("ix_claims_actor_id", "claims", ["actor_id"])
    op.create_index("ix_claims_relayed_by_id", "claims", ["relayed_by_id"])
    op.create_index("ix_claims_place_id", "claims", ["place_id"])
    op.create_index("ix_claims_claim_date", "claims", ["claim_date"])
    op.create_index("ix_claims_kind", "claims", ["kind"])
    op.create_index("ix_claims_subject_lower", "claims", [sa.text("lower(subject)")])
    op.create_index("ix_claims_confidence", "claims", ["confidence"])

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "claim_id",
            sa.Integer,
            sa.ForeignKey("claims.id", name="fk_mentions_claim", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_index("ix_mentions_claim_id", "mentions", ["claim_id"])

    op.create_table(
        "curation_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("analyst", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target_type", sa.String(20), nullable=False),
        sa.Column("target_key", sa.String(300), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
    )
    op.create_index("ix_curation_events_target", "curation_events", ["target_type", "target_key", "id"])

    op.create_table(
        "reviews",
        sa.Column("claim_key", sa.String(32), primary_key=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("analyst", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "event_id",
            sa.Integer,
            sa.ForeignKey("curation_events.id", name="fk_reviews_event"),
            nullable=False,
        ),
    )
    op.create_index("ix_reviews_status", "reviews", ["status"])


def downgrade() -> None:
    for table in (
        "reviews",
        "curation_events",
        "mentions",
        "claims",
        "place_aliases",
        "places",
        "actor_aliases",
        "actors",
        "documents",
    ):
        op.drop_table(table)
