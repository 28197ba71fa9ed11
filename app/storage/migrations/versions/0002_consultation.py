"""Consultation: agenda, agreements, baggage, prompts, sphere of influence, referrals, search.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

from app.storage import search

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("resident") as batch:
        batch.add_column(sa.Column("initials", sa.String(20), nullable=False, server_default=""))
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("next_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("next_place", sa.String(20), nullable=False, server_default="office"))
        batch.add_column(sa.Column("next_place_detail", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("proposed_by", sa.String(20), nullable=False, server_default="consultant"),
        sa.Column("carried_over", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("discussed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_agenda_item_meeting_id", "agenda_item", ["meeting_id"])
    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("resident_id", sa.Integer(), sa.ForeignKey("resident.id", ondelete="CASCADE"), nullable=False),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("owner", sa.String(20), nullable=False, server_default="resident"),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False, server_default="open"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_agreement_resident_id", "agreement", ["resident_id"])
    op.create_index("ix_agreement_meeting_id", "agreement", ["meeting_id"])
    op.create_table(
        "baggage_mark",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
        sa.Column("category_id", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.UniqueConstraint("meeting_id", "category_id", name="uq_baggage_mark_meeting_id"),
    )
    op.create_index("ix_baggage_mark_meeting_id", "baggage_mark", ["meeting_id"])
    op.create_table(
        "known_fact",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("resident_id", sa.Integer(), sa.ForeignKey("resident.id", ondelete="CASCADE"), nullable=False),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="SET NULL"), nullable=True),
        sa.Column("category_id", sa.String(100), nullable=True),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_known_fact_resident_id", "known_fact", ["resident_id"])
    op.create_table(
        "prompt_use",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
        sa.Column("prompt_id", sa.String(100), nullable=False),
        sa.UniqueConstraint("meeting_id", "prompt_id", name="uq_prompt_use_meeting_id"),
    )
    op.create_index("ix_prompt_use_meeting_id", "prompt_use", ["meeting_id"])
    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("content_id", sa.String(100), nullable=True, unique=True),
        sa.Column("name", sa.Text(), nullable=False, server_default=""),
        sa.Column("purpose", sa.Text(), nullable=False, server_default=""),
        sa.Column("contact", sa.Text(), nullable=False, server_default=""),
        sa.Column("website", sa.Text(), nullable=False, server_default=""),
        sa.Column("last_checked", sa.Date(), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "sphere_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("referral_id", sa.Integer(), sa.ForeignKey("referral.id", ondelete="SET NULL"), nullable=True),
    )
    op.create_index("ix_sphere_entry_meeting_id", "sphere_entry", ["meeting_id"])
    op.create_index("ix_meeting_resident_status", "meeting", ["resident_id", "status"])
    for stmt in search.create_index_sql():
        op.execute(stmt)
    search.rebuild(op.get_bind())


def downgrade() -> None:
    for stmt in search.drop_index_sql():
        op.execute(stmt)
    op.drop_index("ix_meeting_resident_status", "meeting")
    for table in ("sphere_entry", "referral", "prompt_use", "known_fact", "baggage_mark", "agreement", "agenda_item"):
        op.drop_table(table)
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("next_place_detail")
        batch.drop_column("next_place")
        batch.drop_column("next_at")
    with op.batch_alter_table("resident") as batch:
        batch.drop_column("initials")
