"""Full-text search over the caseload: the one module that speaks SQLite-only SQL (FTS5).

One FTS5 table holds the searchable text of residents, meetings, agenda items,
agreements and known facts. Triggers keep it in step with the tables. Each row
has a rowid made from the source row's id and a kind code, so updating one row
is a rowid lookup, not a scan.

Beside it, ``search_owner`` (rowid -> resident) is kept by the same triggers: a broad word matches
thousands of rows, and reading each row's resident from the index's own content (which holds the
whole text) cost ten times the match itself (issue 16, benchmarks/results.md). It holds ids only.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

# The rowid is id * 8 + kind: at most eight kinds (0 to 7).
KINDS = {
    "handover": 0,
    "resident": 1,
    "meeting": 2,
    "agenda_item": 3,
    "agreement": 4,
    "known_fact": 5,
    "sphere_entry": 6,
    "file_reading": 7,
}

_SOURCES = {
    # table: (body expression over NEW/OLD row 'r', resident id expression, columns that matter)
    "resident": (
        "r.display_name || ' ' || r.initials || ' ' || coalesce(r.client_number, '')",
        "r.id",
        "display_name, initials, client_number",
    ),
    # A meeting's row also holds its cancel reason and the notes on its baggage marks (baggage_mark
    # has no kind of its own: the eight are taken; its triggers below write the meeting's row afresh).
    "meeting": (
        "r.goals || ' ' || r.notes || ' ' || r.summary || ' ' || r.not_held_reason || ' ' || "
        "r.checkout_words || ' ' || r.went_well || ' ' || r.could_improve || ' ' || "
        "coalesce((SELECT group_concat(bm.note, ' ') FROM baggage_mark AS bm WHERE bm.meeting_id = r.id), '')",
        "r.resident_id",
        "goals, notes, summary, not_held_reason, checkout_words, went_well, could_improve",
    ),
    "agenda_item": ("r.text", "(SELECT resident_id FROM meeting WHERE id = r.meeting_id)", "text"),
    "agreement": ("r.text", "r.resident_id", "text"),
    "known_fact": ("r.text", "r.resident_id", "text"),
    "sphere_entry": ("r.text", "(SELECT resident_id FROM meeting WHERE id = r.meeting_id)", "text"),
    "file_reading": (
        "r.what_i_read || ' ' || r.why || ' ' || r.correction",
        "(SELECT resident_id FROM meeting WHERE id = r.meeting_id)",
        "what_i_read, why, correction",
    ),
    "handover": ("r.text || ' ' || r.resident_wishes", "r.resident_id", "text, resident_wishes"),
}


# Tables whose text lives in another table's row: (the row's table, the column naming that row, columns that matter)
_FOLDED = {"baggage_mark": ("meeting", "meeting_id", "note")}


def _rowid(table: str, row: str) -> str:
    return f"({row}.id * 8 + {KINDS[table]})"


OWNER_TABLE = "search_owner"


def create_index_sql() -> list[str]:
    """DDL for the index, its owner table and their triggers (the repair; migrations freeze their own)."""
    stmts = [
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, resident_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')",
        f"CREATE TABLE {OWNER_TABLE} (id INTEGER PRIMARY KEY, resident_id INTEGER NOT NULL)",
    ]
    for table, (body, resident, columns) in _SOURCES.items():
        new_id, new_resident = _rowid(table, "NEW"), resident.replace("r.", "NEW.")
        ins = (
            f"INSERT INTO search_index(rowid, body, resident_id) "
            f"VALUES ({new_id}, {body.replace('r.', 'NEW.')}, {new_resident}); "
            f"INSERT OR REPLACE INTO {OWNER_TABLE}(id, resident_id) VALUES ({new_id}, {new_resident});"
        )
        dele = (
            f"DELETE FROM search_index WHERE rowid = {_rowid(table, 'OLD')}; "
            f"DELETE FROM {OWNER_TABLE} WHERE id = {_rowid(table, 'OLD')};"
        )
        stmts += [
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {ins} END",
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {dele} END",
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {columns} ON {table} BEGIN {dele} {ins} END",
        ]
    for table, (target, link, columns) in _FOLDED.items():
        body, resident, _columns = _SOURCES[target]

        def refresh(
            row: str, target: str = target, link: str = link, body: str = body, resident: str = resident
        ) -> str:
            # the target row is gone already when a cascade from it deletes this one: nothing is inserted
            return (
                f"DELETE FROM search_index WHERE rowid = ({row}.{link} * 8 + {KINDS[target]}); "
                f"INSERT INTO search_index(rowid, body, resident_id) SELECT {_rowid(target, 'r')}, {body}, {resident} "
                f"FROM {target} AS r WHERE r.id = {row}.{link};"
            )

        stmts += [
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {refresh('NEW')} END",
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {refresh('OLD')} END",
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {columns} ON {table} BEGIN {refresh('NEW')} END",
        ]
    return stmts


def drop_index_sql() -> list[str]:
    stmts = []
    for table in (*_SOURCES, *_FOLDED):
        stmts += [f"DROP TRIGGER IF EXISTS search_{table}_{s}" for s in ("ai", "ad", "au")]
    return stmts + ["DROP TABLE IF EXISTS search_index", f"DROP TABLE IF EXISTS {OWNER_TABLE}"]


def rebuild_sql() -> list[str]:
    """Statements that fill the index from the tables."""
    return (
        ["DELETE FROM search_index", f"DELETE FROM {OWNER_TABLE}"]
        + [
            f"INSERT INTO search_index(rowid, body, resident_id) SELECT {_rowid(table, 'r')}, {body}, {resident} "
            f"FROM {table} AS r"
            for table, (body, resident, _columns) in _SOURCES.items()
        ]
        + [f"INSERT INTO {OWNER_TABLE}(id, resident_id) SELECT rowid, resident_id FROM search_index"]
    )


def repair_file(path: Path, key: bytes | bytearray) -> None:
    """Make the index of the file at ``path`` again from its tables (it must not be open elsewhere).

    For a file whose only fault is in the index (engine.check_openable says why="search_index"): the
    index table and its triggers are dropped and made again, in one transaction, then checkpointed.
    Raises sqlcipher3.Error when that does not work.
    """
    from app.storage.engine import connect_raw  # the engine does not depend on search

    con = connect_raw(path, key)
    try:
        con.execute("BEGIN IMMEDIATE")
        try:
            for statement in drop_index_sql() + create_index_sql() + rebuild_sql():
                con.execute(statement)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def rebuild(conn: Connection) -> None:
    """Fill the index from the tables (after a bulk load, or to repair it)."""
    for statement in rebuild_sql():
        conn.exec_driver_sql(statement)


_TOKEN = re.compile(r"\w+", re.UNICODE)


def to_match_query(user_text: str) -> str | None:
    """Each word becomes a quoted prefix term, all of them required. None when nothing to search."""
    tokens = _TOKEN.findall(user_text)
    if not tokens:
        return None
    return " ".join('"' + t.replace('"', '""') + '"*' for t in tokens[:12])


# The residents whose text matches, best first: a resident whose own name or client number matches comes
# before one whose texts only mention it; then the one with the most matching rows (notes, agreements, agenda
# items, facts...); then the lowest id, so the order is the same every time. Not bm25: ranking every matching
# row cost more than the match itself (a broad word matches some 12,000 rows at 25k meetings; issue 16: the
# same query measured 77 ms with bm25 and 35-49 ms without, in the run of stop 28).
RESIDENTS_SQL = (
    f"SELECT o.resident_id FROM search_index JOIN {OWNER_TABLE} AS o ON o.id = search_index.rowid "
    f"WHERE search_index MATCH ? GROUP BY o.resident_id "
    f"ORDER BY max((search_index.rowid & 7) = {KINDS['resident']}) DESC, count(*) DESC, o.resident_id LIMIT ?"
)


def search_resident_ids(con: Any, user_text: str, limit: int = 500) -> list[int]:
    """Residents whose text matches, best first, on a sqlcipher3 connection (Database.search_resident_ids:
    its own search connection, or the driver connection of a reading unit)."""
    query = to_match_query(user_text)
    if query is None:
        return []
    return [int(r[0]) for r in con.execute(RESIDENTS_SQL, (query, limit)).fetchall()]
