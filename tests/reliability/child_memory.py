"""Child for test_memory_after_lock.py: unlock, work, lock, then wait to have its memory read.

The canary passphrase comes on stdin, read with os.read into a bytearray (never through Python's
buffered stdin, which would keep a copy). The child creates a data folder with it, adds a resident,
locks (closes the database), unlocks with the passphrase as the unlock dialog's worker does
(Vault.open_with_passphrase), saves once more, makes a backup and locks again. Then it prints LOCKED and waits for
stdin to close, while the parent searches its readable memory.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> int:
    from app.services.caseload import CaseloadService, ResidentInput
    from app.storage.backup import create_backup
    from app.storage.keys import NoSecretStore
    from app.storage.vault import Vault
    from app.storage.wipe import wipe_bytearray, wipe_str

    data_dir = Path(sys.argv[1])
    raw = bytearray(256)
    n = os.readv(0, [raw])
    passphrase = str(memoryview(raw)[: n - 1], "utf-8")  # one line, without its newline; no copy between
    wipe_bytearray(raw)
    vault = Vault(data_dir, NoSecretStore())
    database = vault.create(passphrase)
    CaseloadService(database).add_resident(ResidentInput(display_name="Geheugen Proef"))
    database.close()  # a lock
    database = vault.open_with_passphrase(passphrase)  # the unlock
    CaseloadService(database).add_resident(ResidentInput(display_name="Na het ontgrendelen"))
    create_backup(database, data_dir.parent / "b.nabijbackup")  # the backup attaches a copy under the key
    database.close()  # the lock whose memory is read
    wipe_str(passphrase)  # what the unlock dialog does with the text it read (UnlockDialog._done)
    del database, vault, passphrase
    gc.collect()
    os.write(1, b"LOCKED\n")
    os.read(0, 1)  # until the parent closes stdin
    return 0


if __name__ == "__main__":
    sys.exit(main())
