"""A stored "discreet" flag per referral.

Until now a referral was discreet (on a slip only when ticked for that slip) only when the bundled
content said so (113, Veilig Thuis, MIND): an entry the municipality added could never be discreet,
and the consultant could not change it. The column holds the consultant's choice:

- NULL: follow the bundled content's default (so 113, Veilig Thuis and MIND stay discreet after
  this upgrade without anyone doing anything; an entry with no content id is not discreet);
- 1 / 0: the consultant's explicit choice, which seeding from the bundle never overwrites.

No default and no backfill: every existing row is NULL. Frozen SQL, so later changes to the model
do not change what this migration does.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE referral ADD COLUMN discreet BOOLEAN")


def downgrade() -> None:
    op.execute("ALTER TABLE referral DROP COLUMN discreet")
