"""A covering index for the caseload list: next appointment and last contact per resident.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # (resident, status, start) answers "earliest open / latest closed meeting per resident" from the
    # index alone: 175 -> 15 ms at 25,000 meetings (benchmarks/results.md). The old index is its prefix.
    op.create_index("ix_meeting_resident_status_starts", "meeting", ["resident_id", "status", "starts_at"])
    op.drop_index("ix_meeting_resident_status", "meeting")


def downgrade() -> None:
    op.create_index("ix_meeting_resident_status", "meeting", ["resident_id", "status"])
    op.drop_index("ix_meeting_resident_status_starts", "meeting")
