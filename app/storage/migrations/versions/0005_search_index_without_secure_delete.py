"""The search index without FTS5 secure-delete, rebuilt from the tables.

With secure-delete on (0003), rewriting a long note (about 30 KB) twice and then shortening it can
leave the FTS5 index inconsistent ("fts5: checksum mismatch"; SQLite 3.53.4 as bundled, and 3.54.1).
The open check then refuses the whole file. Off, it never happens. Erasure still leaves no trace:
app/storage/erase.py turns secure_delete on for the pages, merges the index ('optimize') and
truncates the WAL.

The old index is dropped rather than emptied (emptying a damaged index can itself fail), made anew
with the same definition, and filled from the tables as they are at this revision. Frozen here:
later changes to app/storage/search.py must not change what this migration does.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

CREATE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "body, resident_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
)
# (table, kind in the rowid, body, resident id) at this revision, as the triggers of 0002 index them.
SOURCES = (
    ("resident", 1, "r.display_name || ' ' || r.initials || ' ' || coalesce(r.client_number, '')", "r.id"),
    ("meeting", 2, "r.goals || ' ' || r.notes || ' ' || r.summary", "r.resident_id"),
    ("agenda_item", 3, "r.text", "(SELECT resident_id FROM meeting WHERE id = r.meeting_id)"),
    ("agreement", 4, "r.text", "r.resident_id"),
    ("known_fact", 5, "r.text", "r.resident_id"),
)


def upgrade() -> None:
    op.execute("DROP TABLE search_index")
    op.execute(CREATE)  # secure-delete is off in a new FTS5 table
    for table, kind, body, resident in SOURCES:
        op.execute(
            f"INSERT INTO search_index(rowid, body, resident_id) "
            f"SELECT r.id * 8 + {kind}, {body}, {resident} FROM {table} AS r"
        )


def downgrade() -> None:
    op.execute("INSERT INTO search_index(search_index, rank) VALUES('secure-delete', 1)")
