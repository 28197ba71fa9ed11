"""A minimal repro of an FTS5 fault, to report upstream: with secure-delete on, rewriting a long row and
then shortening it leaves the index inconsistent ("fts5: checksum mismatch").

    uv run python tools/repro_fts5_secure_delete.py          # runs it on the SQLite that Nabij bundles
    uv run python tools/repro_fts5_secure_delete.py --sql > r.sql && sqlite3 :memory: < r.sql

The second form writes the same statements as plain SQL for any sqlite3 shell of 3.44 or newer
(secure-delete exists since 3.44). Seen with SQLite 3.53.4 (SQLCipher 4.19 community): the check fails
after the rewrites at 1,500 words (about 10 KB); without secure-delete, all checks pass. Nabij turns
secure-delete off (migration 0005); erasure rebuilds and optimizes the index instead.
"""

from __future__ import annotations

import random
import sys

WORDS = "schulden huur brief werk kinderen school taal cursus gemeente toeslag bank energie".split()


def note(words: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(words))


def statements(secure_delete: bool) -> list[str]:
    out = ["DROP TABLE IF EXISTS t", "CREATE VIRTUAL TABLE t USING fts5(body)"]
    if secure_delete:
        out.append("INSERT INTO t(t, rank) VALUES('secure-delete', 1)")
    out.append("INSERT INTO t(rowid, body) VALUES (1, 'kort')")
    for size in range(500, 3001, 500):  # rewritten twice at each size, then shortened, then checked
        for k in range(2):
            out.append(f"UPDATE t SET body = '{note(size, size * 10 + k)}' WHERE rowid = 1")
        out.append(f"UPDATE t SET body = '{note(20, size)}' WHERE rowid = 1")
        out.append("INSERT INTO t(t, rank) VALUES('integrity-check', 1)")
    return out


def main() -> int:
    if "--sql" in sys.argv[1:]:
        for on in (False, True):
            print(f"SELECT 'secure-delete {'on' if on else 'off'}';")
            print(";\n".join(statements(on)) + ";")
        return 0
    import sqlcipher3

    con = sqlcipher3.connect(":memory:", isolation_level=None)
    print("SQLite", con.execute("SELECT sqlite_version()").fetchone()[0])
    for on in (False, True):
        failed = None
        for statement in statements(on):
            try:
                con.execute(statement)
            except sqlcipher3.DatabaseError as exc:
                failed = str(exc)
                break
        print(f"secure-delete {'on ' if on else 'off'}:", failed or "every integrity-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
