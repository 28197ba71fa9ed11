"""Foundation: consultant profile, residents, meetings, settings, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consultant_profile",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, server_default=""),
        sa.Column("phone", sa.String(100), nullable=False, server_default=""),
        sa.Column("email", sa.String(200), nullable=False, server_default=""),
        sa.Column("municipality", sa.String(200), nullable=False, server_default=""),
        sa.Column("team", sa.String(200), nullable=False, server_default=""),
    )
    op.create_table(
        "resident",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("address_form", sa.String(2), nullable=False, server_default="je"),
        sa.Column("client_number", sa.String(50), nullable=True),
        sa.Column("preferred_channel", sa.String(20), nullable=True),
        sa.Column("language", sa.String(50), nullable=False, server_default=""),
        sa.Column("brings_companion", sa.Boolean(), nullable=True),
        sa.Column("preferred_place", sa.String(20), nullable=True),
        sa.Column("consultant_count", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("resident_id", sa.Integer(), sa.ForeignKey("resident.id", ondelete="CASCADE"), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(20), nullable=False, server_default="office"),
        sa.Column("place_detail", sa.Text(), nullable=False, server_default=""),
        sa.Column("status", sa.String(20), nullable=False, server_default="planned"),
        sa.Column("goals", sa.Text(), nullable=False, server_default=""),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("summary", sa.Text(), nullable=False, server_default=""),
        sa.Column("checkout_score", sa.Integer(), nullable=True),
        sa.Column("checkout_words", sa.Text(), nullable=False, server_default=""),
        sa.Column("went_well", sa.Text(), nullable=False, server_default=""),
        sa.Column("could_improve", sa.Text(), nullable=False, server_default=""),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_meeting_resident_id", "meeting", ["resident_id"])
    op.create_index("ix_meeting_starts_at", "meeting", ["starts_at"])
    op.create_table(
        "setting",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("object_type", sa.String(50), nullable=False, server_default=""),
        sa.Column("object_id", sa.Integer(), nullable=True),
        sa.Column("result", sa.String(50), nullable=False, server_default="ok"),
    )
    op.create_index("ix_audit_event_at", "audit_event", ["at"])


def downgrade() -> None:
    for table in ("audit_event", "setting", "meeting", "resident", "consultant_profile"):
        op.drop_table(table)
