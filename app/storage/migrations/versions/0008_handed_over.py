"""Meetings that came with a handover package: when they were handed over to this consultant.

A resident imported from a handover package (issue 20) brings the check-out trend and the handover
note as earlier meetings. ``handed_over_at`` marks them ("overgedragen") with the moment of import,
so nobody takes them for meetings held here. NULL for every meeting held in this Nabij, including all
existing rows. Frozen SQL, additive only.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE meeting ADD COLUMN handed_over_at DATETIME")


def downgrade() -> None:
    op.execute("ALTER TABLE meeting DROP COLUMN handed_over_at")
