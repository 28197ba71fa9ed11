"""Consultation: agenda, agreements, baggage, prompts, sphere of influence, referrals, search.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


# The search index as it was at this revision, frozen here: later changes to app/storage/search.py
# must not change what this migration does.
SEARCH_DDL = [
    "CREATE VIRTUAL TABLE search_index USING fts5(body, resident_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER search_resident_ai AFTER INSERT ON resident BEGIN INSERT INTO search_index(rowid, body, resident_id) VALUES ((NEW.id * 8 + 1), NEW.display_name || ' ' || NEW.initials || ' ' || coalesce(NEW.client_number, ''), NEW.id); END",
    "CREATE TRIGGER search_resident_ad AFTER DELETE ON resident BEGIN DELETE FROM search_index WHERE rowid = (OLD.id * 8 + 1); END",
    "CREATE TRIGGER search_resident_au AFTER UPDATE OF display_name, initials, client_number ON resident BEGIN DELETE FROM search_index WHERE rowid = (OLD.id * 8 + 1); INSERT INTO search_index(rowid, body, resident_id) VALUES ((NEW.id * 8 + 1), NEW.display_name || ' ' || NEW.initials || ' ' || coalesce(NEW.client_number, ''), NEW.id); END",
    "CREATE TRIGGER search_meeting_ai AFTER INSERT ON meeting BEGIN INSERT INTO search_index(rowid, body, resident_id) VALUES ((NEW.id * 8 + 2), NEW.goals || ' ' || NEW.notes || ' ' || NEW.summary, NEW.resident_id); END",
    "CREATE TRIGGER search_meeting_ad AFTER DELETE ON meeting BEGIN DELETE FROM search_index WHERE rowid = (OLD.id * 8 + 2); END",
    "CREATE TRIGGER search_meeting_au AFTER UPDATE OF goals, notes, summary ON meeting BEGIN DELETE FROM search_index WHERE rowid = (OLD.id * 8 + 2); INSERT INTO search_index(rowid, body, resident_id) VALUES ((NEW.id * 8 + 2), NEW.goals || ' ' || NEW.notes || ' ' || NEW.summary, NEW.resident_id); END",
    "CREATE TRIGGER search_agenda_item_ai AFTER INSERT ON agenda_item BEGIN INSERT INTO search_index(rowid, body, resident_id) VALUES ((NEW.id * 8 + 3), NEW.text, (SELECT resident_id FROM meeting WHERE id = NEW.meeting_id)); END",
    "CREATE TRIGGER search_agenda_item_ad AFTER DELETE ON agenda_item BEGIN DELETE FROM search_index WHERE rowid = (OLD.id * 8 + 3); END",
    "CREATE TRIGGER search_agenda_item_au AFTER UPDATE OF text ON agenda_item BEGIN DELETE FROM search_index WHERE rowid = (OLD.id * 8 + 3); INSERT INTO search_index(rowid, body, resident_id) VALUES ((NEW.id * 8 + 3), NEW.text, (SELECT resident_id FROM meeting WHERE id = NEW.meeting_id)); END",
    "CREATE TRIGGER search_agreement_ai AFTER INSERT ON agreement BEGIN INSERT INTO search_index(rowid, body, resident_id) VALUES ((NEW.id * 8 + 4), NEW.text, NEW.resident_id); END",
    "CREATE TRIGGER search_agreement_ad AFTER DELETE ON agreement BEGIN DELETE FROM search_index WHERE rowid = (OLD.id * 8 + 4); END",
    "CREATE TRIGGER search_agreement_au AFTER UPDATE OF text ON agreement BEGIN DELETE FROM search_index WHERE rowid = (OLD.id * 8 + 4); INSERT INTO search_index(rowid, body, resident_id) VALUES ((NEW.id * 8 + 4), NEW.text, NEW.resident_id); END",
    "CREATE TRIGGER search_known_fact_ai AFTER INSERT ON known_fact BEGIN INSERT INTO search_index(rowid, body, resident_id) VALUES ((NEW.id * 8 + 5), NEW.text, NEW.resident_id); END",
    "CREATE TRIGGER search_known_fact_ad AFTER DELETE ON known_fact BEGIN DELETE FROM search_index WHERE rowid = (OLD.id * 8 + 5); END",
    "CREATE TRIGGER search_known_fact_au AFTER UPDATE OF text ON known_fact BEGIN DELETE FROM search_index WHERE rowid = (OLD.id * 8 + 5); INSERT INTO search_index(rowid, body, resident_id) VALUES ((NEW.id * 8 + 5), NEW.text, NEW.resident_id); END",
]
SEARCH_FILL = [
    "INSERT INTO search_index(rowid, body, resident_id) SELECT (r.id * 8 + 1), r.display_name || ' ' || r.initials || ' ' || coalesce(r.client_number, ''), r.id FROM resident AS r",
    "INSERT INTO search_index(rowid, body, resident_id) SELECT (r.id * 8 + 2), r.goals || ' ' || r.notes || ' ' || r.summary, r.resident_id FROM meeting AS r",
    "INSERT INTO search_index(rowid, body, resident_id) SELECT (r.id * 8 + 3), r.text, (SELECT resident_id FROM meeting WHERE id = r.meeting_id) FROM agenda_item AS r",
    "INSERT INTO search_index(rowid, body, resident_id) SELECT (r.id * 8 + 4), r.text, r.resident_id FROM agreement AS r",
    "INSERT INTO search_index(rowid, body, resident_id) SELECT (r.id * 8 + 5), r.text, r.resident_id FROM known_fact AS r",
]
SEARCH_DROP = [
    "DROP TRIGGER IF EXISTS search_resident_ai",
    "DROP TRIGGER IF EXISTS search_resident_ad",
    "DROP TRIGGER IF EXISTS search_resident_au",
    "DROP TRIGGER IF EXISTS search_meeting_ai",
    "DROP TRIGGER IF EXISTS search_meeting_ad",
    "DROP TRIGGER IF EXISTS search_meeting_au",
    "DROP TRIGGER IF EXISTS search_agenda_item_ai",
    "DROP TRIGGER IF EXISTS search_agenda_item_ad",
    "DROP TRIGGER IF EXISTS search_agenda_item_au",
    "DROP TRIGGER IF EXISTS search_agreement_ai",
    "DROP TRIGGER IF EXISTS search_agreement_ad",
    "DROP TRIGGER IF EXISTS search_agreement_au",
    "DROP TRIGGER IF EXISTS search_known_fact_ai",
    "DROP TRIGGER IF EXISTS search_known_fact_ad",
    "DROP TRIGGER IF EXISTS search_known_fact_au",
    "DROP TABLE IF EXISTS search_index",
]


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
    for stmt in SEARCH_DDL + SEARCH_FILL:
        op.execute(stmt)


def downgrade() -> None:
    for stmt in SEARCH_DROP:
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
