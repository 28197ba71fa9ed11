"""The search index covers every text a consultant writes: sphere lines, "what I read in your
file" and the handover note join the meeting texts, agenda, agreements and facts.

New triggers keep the three tables in the index (kinds 6, 7 and 0 in the rowid id * 8 + kind;
1 to 5 are taken), and their rows as they are now are indexed once. Frozen here: later changes to
app/storage/search.py must not change what this migration does. Additive: nothing is dropped.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# (table, kind in the rowid, body over row 'r', resident id over row 'r', columns that matter)
SOURCES = (
    ("sphere_entry", 6, "r.text", "(SELECT resident_id FROM meeting WHERE id = r.meeting_id)", "text"),
    (
        "file_reading",
        7,
        "r.what_i_read || ' ' || r.why || ' ' || r.correction",
        "(SELECT resident_id FROM meeting WHERE id = r.meeting_id)",
        "what_i_read, why, correction",
    ),
    ("handover", 0, "r.text || ' ' || r.resident_wishes", "r.resident_id", "text, resident_wishes"),
)


def upgrade() -> None:
    for table, kind, body, resident, columns in SOURCES:
        new_body, new_resident = body.replace("r.", "NEW."), resident.replace("r.", "NEW.")
        ins = (
            f"INSERT INTO search_index(rowid, body, resident_id) "
            f"VALUES ((NEW.id * 8 + {kind}), {new_body}, {new_resident});"
        )
        dele = f"DELETE FROM search_index WHERE rowid = (OLD.id * 8 + {kind});"
        op.execute(f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {ins} END")
        op.execute(f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {dele} END")
        op.execute(f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {columns} ON {table} BEGIN {dele} {ins} END")
        op.execute(
            f"INSERT INTO search_index(rowid, body, resident_id) "
            f"SELECT r.id * 8 + {kind}, {body}, {resident} FROM {table} AS r"
        )


def downgrade() -> None:
    for table, kind, _body, _resident, _columns in SOURCES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
        op.execute(f"DELETE FROM search_index WHERE rowid IN (SELECT r.id * 8 + {kind} FROM {table} AS r)")
