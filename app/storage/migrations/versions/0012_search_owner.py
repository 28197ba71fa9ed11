"""Search finds residents through a narrow owner table (issue 16).

``search_owner`` maps each search_index rowid to its resident, so a broad word (thousands of matching
rows) groups by resident without reading every row's whole text from the index's content. The triggers
of every source table are made again to keep it in step with search_index (baggage_mark's, from 0009,
rewrite their meeting's row under the same rowid and stay as they are), and it is filled once from
the index as it is. Frozen here: later changes to app/storage/search.py must not change what this
migration does. The index itself is unchanged.

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-03
"""

from alembic import op

revision = "0012"
down_revision = "0009"
branch_labels = None
depends_on = None

# (table, kind in the rowid id * 8 + kind, body over row 'r', resident id over row 'r', columns that matter)
MEETING_OF = "(SELECT resident_id FROM meeting WHERE id = r.meeting_id)"
SOURCES = (
    ("handover", 0, "r.text || ' ' || r.resident_wishes", "r.resident_id", "text, resident_wishes"),
    (
        "resident",
        1,
        "r.display_name || ' ' || r.initials || ' ' || coalesce(r.client_number, '')",
        "r.id",
        "display_name, initials, client_number",
    ),
    (  # as 0009 made it: the cancel reason, check-out texts and baggage notes in the meeting's row
        "meeting",
        2,
        "r.goals || ' ' || r.notes || ' ' || r.summary || ' ' || r.not_held_reason || ' ' || r.checkout_words || ' ' || "
        "r.went_well || ' ' || r.could_improve || ' ' || "
        "coalesce((SELECT group_concat(bm.note, ' ') FROM baggage_mark AS bm WHERE bm.meeting_id = r.id), '')",
        "r.resident_id",
        "goals, notes, summary, not_held_reason, checkout_words, went_well, could_improve",
    ),
    ("agenda_item", 3, "r.text", MEETING_OF, "text"),
    ("agreement", 4, "r.text", "r.resident_id", "text"),
    ("known_fact", 5, "r.text", "r.resident_id", "text"),
    ("sphere_entry", 6, "r.text", MEETING_OF, "text"),
    (
        "file_reading",
        7,
        "r.what_i_read || ' ' || r.why || ' ' || r.correction",
        MEETING_OF,
        "what_i_read, why, correction",
    ),
)


def _triggers(with_owner: bool) -> None:
    for table, kind, body, resident, columns in SOURCES:
        new_id, old_id = f"(NEW.id * 8 + {kind})", f"(OLD.id * 8 + {kind})"
        new_body, new_resident = body.replace("r.", "NEW."), resident.replace("r.", "NEW.")
        ins = f"INSERT INTO search_index(rowid, body, resident_id) VALUES ({new_id}, {new_body}, {new_resident});"
        dele = f"DELETE FROM search_index WHERE rowid = {old_id};"
        if with_owner:
            ins += f" INSERT OR REPLACE INTO search_owner(id, resident_id) VALUES ({new_id}, {new_resident});"
            dele += f" DELETE FROM search_owner WHERE id = {old_id};"
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
        op.execute(f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {ins} END")
        op.execute(f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {dele} END")
        op.execute(f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {columns} ON {table} BEGIN {dele} {ins} END")


def upgrade() -> None:
    op.execute("CREATE TABLE search_owner (id INTEGER PRIMARY KEY, resident_id INTEGER NOT NULL)")
    _triggers(with_owner=True)
    op.execute("INSERT INTO search_owner(id, resident_id) SELECT rowid, resident_id FROM search_index")


def downgrade() -> None:
    _triggers(with_owner=False)
    op.execute("DROP TABLE search_owner")
