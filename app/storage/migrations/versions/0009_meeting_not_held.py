"""A planned meeting can be moved, cancelled or marked as a no-show, and nothing is deleted.

New columns on meeting: ``not_held`` ("cancelled" or "no_show"; NULL for a meeting that was held or
is still to come), ``not_held_reason`` (why it was cancelled, in the consultant's words), ``not_held_at``
(when that was recorded), ``rescheduled_from`` (the date it was planned at before its last move) and
``rescheduled_at`` (when it was moved). Every existing row keeps NULL / '' in them.

Search: a meeting's index row now also holds the cancel reason, the check-out words, what went well and
what could be better, and the notes on its baggage marks
(baggage_mark gets triggers that write its meeting's row afresh; it has no kind of its own, the eight
kinds of the rowid id * 8 + kind are taken). The meeting triggers are made again with the new body
and every meeting row is indexed once more. Frozen SQL: later changes to app/storage/search.py must
not change what this migration does.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BODY = (
    "r.goals || ' ' || r.notes || ' ' || r.summary || ' ' || r.not_held_reason || ' ' || r.checkout_words || ' ' || "
    "r.went_well || ' ' || r.could_improve || ' ' || "
    "coalesce((SELECT group_concat(bm.note, ' ') FROM baggage_mark AS bm WHERE bm.meeting_id = r.id), '')"
)
OLD_BODY = "r.goals || ' ' || r.notes || ' ' || r.summary"


def _meeting_triggers(body: str, columns: str) -> list[str]:
    new = body.replace("r.", "NEW.")
    ins = f"INSERT INTO search_index(rowid, body, resident_id) VALUES ((NEW.id * 8 + 2), {new}, NEW.resident_id);"
    dele = "DELETE FROM search_index WHERE rowid = (OLD.id * 8 + 2);"
    return [
        f"CREATE TRIGGER search_meeting_ai AFTER INSERT ON meeting BEGIN {ins} END",
        f"CREATE TRIGGER search_meeting_ad AFTER DELETE ON meeting BEGIN {dele} END",
        f"CREATE TRIGGER search_meeting_au AFTER UPDATE OF {columns} ON meeting BEGIN {dele} {ins} END",
    ]


def _reindex_meetings(body: str) -> list[str]:
    return [
        "DELETE FROM search_index WHERE rowid IN (SELECT r.id * 8 + 2 FROM meeting AS r)",
        f"INSERT INTO search_index(rowid, body, resident_id) SELECT r.id * 8 + 2, {body}, r.resident_id FROM meeting AS r",
    ]


def _refresh(row: str) -> str:
    return (
        f"DELETE FROM search_index WHERE rowid = ({row}.meeting_id * 8 + 2); "
        f"INSERT INTO search_index(rowid, body, resident_id) SELECT (r.id * 8 + 2), {BODY}, r.resident_id "
        f"FROM meeting AS r WHERE r.id = {row}.meeting_id;"
    )


def upgrade() -> None:
    op.execute("ALTER TABLE meeting ADD COLUMN not_held VARCHAR(20)")
    op.execute("ALTER TABLE meeting ADD COLUMN not_held_reason TEXT NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE meeting ADD COLUMN not_held_at DATETIME")
    op.execute("ALTER TABLE meeting ADD COLUMN rescheduled_from DATETIME")
    op.execute("ALTER TABLE meeting ADD COLUMN rescheduled_at DATETIME")
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS search_meeting_{suffix}")
    for statement in _meeting_triggers(
        BODY, "goals, notes, summary, not_held_reason, checkout_words, went_well, could_improve"
    ):
        op.execute(statement)
    op.execute(f"CREATE TRIGGER search_baggage_mark_ai AFTER INSERT ON baggage_mark BEGIN {_refresh('NEW')} END")
    op.execute(f"CREATE TRIGGER search_baggage_mark_ad AFTER DELETE ON baggage_mark BEGIN {_refresh('OLD')} END")
    op.execute(
        f"CREATE TRIGGER search_baggage_mark_au AFTER UPDATE OF note ON baggage_mark BEGIN {_refresh('NEW')} END"
    )
    for statement in _reindex_meetings(BODY):
        op.execute(statement)


def downgrade() -> None:
    for table in ("baggage_mark", "meeting"):
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    for statement in _meeting_triggers(OLD_BODY, "goals, notes, summary"):
        op.execute(statement)
    for statement in _reindex_meetings(OLD_BODY):
        op.execute(statement)
    for column in ("rescheduled_at", "rescheduled_from", "not_held_at", "not_held_reason", "not_held"):
        op.execute(f"ALTER TABLE meeting DROP COLUMN {column}")
