"""Long notes rewritten, grown and shortened keep the search index consistent (issue: FTS5 secure-delete).

The pattern that broke the index with secure-delete on: a note of about 30 KB, rewritten (as
autosave does while the consultant types), then shortened; in a loop over growing sizes. Through the
real service on the real encrypted database, the FTS5 integrity check runs after every round, and
search finds the words that are in the notes now, and none that were removed.
"""

from __future__ import annotations

import random
from datetime import datetime

from app.services.caseload import CaseloadService, ResidentInput
from app.services.meetings import MeetingService
from app.storage import migrations

VOCAB = "schulden huur brief werk kinderen school taal cursus gemeente toeslag bank energie".split()


def _note(words: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(VOCAB) for _ in range(words))


def _index_is_consistent(db) -> None:
    with db.engine.begin() as conn:  # raises "fts5: checksum mismatch" when the index is inconsistent
        conn.exec_driver_sql("INSERT INTO search_index(search_index, rank) VALUES('integrity-check', 1)")


def test_secure_delete_is_off_at_head(db):
    assert migrations.head_revision() >= "0005"
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT k, v FROM search_index_config").fetchall()
    assert ("secure-delete", 1) not in rows


def test_long_notes_rewritten_and_shortened_keep_the_index_consistent(db):
    caseload, meetings = CaseloadService(db), MeetingService(db)
    rid = caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    mid = meetings.plan(rid, datetime(2026, 12, 2, 10, 0))
    meetings.start(mid)
    for round_ in range(8):
        words = 3000 + 400 * round_  # about 20 KB up to 40 KB
        for k, size in enumerate((words, words + 200, 50)):
            meetings.save_text(mid, {"notes": _note(size, round_ * 10 + k)})
        _index_is_consistent(db)
    meetings.save_text(mid, {"notes": "Alleen nog de afspraak met de woningcorporatie"})
    _index_is_consistent(db)
    assert [r.id for r in caseload.list_residents(query="woningcorporatie")] == [rid]
    assert caseload.list_residents(query="kinderen") == []  # removed words are gone from the index
