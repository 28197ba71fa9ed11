"""Relationship and learning loop: file reading, self-check, team signals, handover.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "file_reading",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False, unique=True
        ),
        sa.Column("what_i_read", sa.Text(), nullable=False, server_default=""),
        sa.Column("why", sa.Text(), nullable=False, server_default=""),
        sa.Column("resident_agrees", sa.Boolean(), nullable=True),
        sa.Column("correction", sa.Text(), nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "self_check",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False, unique=True
        ),
        sa.Column("real_conversation", sa.Integer(), nullable=True),
        sa.Column("shared_goal", sa.Integer(), nullable=True),
        sa.Column("approach_fit", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "team_signal",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("category_id", sa.String(100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("team", sa.String(200), nullable=False, server_default=""),
        sa.Column("consent", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_team_signal_period", "team_signal", ["period"])
    op.create_table(
        "handover",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("resident_id", sa.Integer(), sa.ForeignKey("resident.id", ondelete="CASCADE"), nullable=False),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("resident_wishes", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_handover_resident_id", "handover", ["resident_id"])
    # Old words leave the full-text index as soon as a row changes, not at the next merge.
    op.execute("INSERT INTO search_index(search_index, rank) VALUES('secure-delete', 1)")


def downgrade() -> None:
    for table in ("handover", "team_signal", "self_check", "file_reading"):
        op.drop_table(table)
