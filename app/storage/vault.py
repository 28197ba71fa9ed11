"""One data folder: the encrypted database plus its key file.

The vault decides how to open the database, and guarantees the promises of
design.md: a key problem never causes a write to the database file, a new key
is only ever made for a new database, and nothing is created over an existing
file.
"""

from __future__ import annotations

import enum
import json
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.errors import InvalidInput
from app.storage import first_run, keyfile, migrations, permissions, saves, search
from app.storage.database import Database
from app.storage.engine import check_openable, file_kind, prove_key
from app.storage.errors import (
    AlreadyExists,
    DamagedDatabase,
    KeyFileMissing,
    KeyProblem,
    KeyringUnavailable,
    OlderThanLastSave,
    StorageError,
)
from app.storage.fileops import atomic_write_bytes
from app.storage.keys import SecretStore
from app.storage.wipe import wipe_bytearray, wipe_str

log = logging.getLogger(__name__)

DB_NAME = "nabij.db"
KEY_NAME = "nabij.key"
CLOSED_NAME = "nabij.closed"  # size and time of the database at Nabij's last clean close: no resident data
MIN_PASSPHRASE = 10
MIN_DIFFERENT_CHARACTERS = 5  # "aaaaaaaaaa" or ten spaces are not a passphrase


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase that is too short or too simple (InvalidInput with its code).

    Long enough (spaces at either end do not count) and made of at least a few different
    characters. Nabij suggests a short sentence of a few words; nothing else is demanded.
    """
    text = passphrase.strip()
    length = len(text)
    different = len({c.casefold() for c in text})  # one character at a time: no folded copy of the whole
    if text is not passphrase:
        wipe_str(text)  # a stripped copy: not left in memory
    if length < MIN_PASSPHRASE:
        raise InvalidInput(
            f"a passphrase has at least {MIN_PASSPHRASE} characters",
            code="key.passphrase_too_short",
            minimum=MIN_PASSPHRASE,
        )
    if different < MIN_DIFFERENT_CHARACTERS:
        raise InvalidInput("a passphrase needs a few different characters", code="key.passphrase_too_simple")


class VaultState(enum.Enum):
    NEW = "new"  # nothing here yet: first run
    READY = "ready"  # a database and its key file
    KEY_FILE_MISSING = "key_file_missing"
    DATABASE_MISSING = "database_missing"  # a key file without its database
    FOREIGN = "foreign"  # the database file is not ours (plain SQLite)
    NOT_A_FILE = "not_a_file"  # a folder (or another non-file) where the database file belongs


@dataclass(frozen=True)
class KeyStore:
    keyring: str | None  # the OS keyring's name, when it holds this database's key
    key_file: str  # the passphrase-protected key file, always there


@dataclass(frozen=True)
class KeyringOutcome:
    database: Database | None
    problem: KeyProblem | None  # why the keyring path did not open the database (its code says it)


class Vault:
    def __init__(self, data_dir: Path, secrets: SecretStore) -> None:
        self.data_dir = Path(data_dir)
        self.secrets = secrets
        self.db_path = self.data_dir / DB_NAME
        self.key_path = self.data_dir / KEY_NAME
        self.wal_path = self.data_dir / (DB_NAME + "-wal")
        # The app sets this: the open then proves the key and the schema only, and the rest of the check
        # (every page's HMAC; quick_check after an unclean close) runs in Database.verify, before any write.
        self.defer_checks = False

    # --- inspection -----------------------------------------------------
    def state(self) -> VaultState:
        from app.storage import backup  # backup builds on the vault's names

        backup.finish_interrupted_restore(self.data_dir)  # a restore a crash stopped half-way: finished first
        first_run.tidy_leftovers(self.data_dir, DB_NAME, KEY_NAME)  # an interrupted first run
        if self.db_path.exists() and not self.db_path.is_file():
            return VaultState.NOT_A_FILE
        db_kind = file_kind(self.db_path)
        has_key = self.key_path.exists()
        if db_kind == "missing":
            return VaultState.DATABASE_MISSING if has_key else VaultState.NEW
        if db_kind == "plaintext":
            return VaultState.FOREIGN
        return VaultState.READY if has_key else VaultState.KEY_FILE_MISSING

    def key_store(self) -> KeyStore:
        """Which stores hold the key, for About and Settings (the UI says it in words)."""
        desc = self.secrets.describe()
        try:
            kf = keyfile.read(self.key_path)
            in_keyring = self.secrets.get(kf.db_id)
            stored = in_keyring is not None and keyfile.dek_matches(kf, in_keyring)
        except StorageError:
            stored = False
        return KeyStore(keyring=desc if stored else None, key_file=self.key_path.name)

    # --- creation ---------------------------------------------------------
    def create(
        self,
        passphrase: str,
        kdf: keyfile.KdfParams | None = None,
        *,
        prepare: Callable[[Database], None] | None = None,
    ) -> Database:
        """First run: a new key, a new key file, a new encrypted database, all or nothing.

        ``prepare`` writes what belongs to the new database from the start (the profile); it runs
        before anything is in place (app.storage.first_run). Raises DiskFull or StorageError, and
        then the data folder holds no database and no key file."""
        check_passphrase(passphrase)
        first_run.tidy_leftovers(self.data_dir, DB_NAME, KEY_NAME)
        for path in (self.db_path, self.key_path):
            if path.exists():
                raise AlreadyExists(path)
        dek, db_id = first_run.create_in_place(self.data_dir, DB_NAME, KEY_NAME, passphrase, kdf, prepare)
        database = Database(self.db_path, dek, db_id, on_closed=lambda: self._note_close(db_id))
        database.note_saves()  # the count the staged first run reached
        self._remember_in_keyring(db_id, dek)
        return database

    # --- opening ------------------------------------------------------------
    def open_with_keyring(self) -> KeyringOutcome:
        """The everyday path: no typing, no KDF. Any problem means: ask the passphrase."""
        kf = keyfile.read(self.key_path)
        try:
            dek = self.secrets.get(kf.db_id)
        except KeyringUnavailable as exc:
            return KeyringOutcome(None, exc)
        if dek is None:
            return KeyringOutcome(
                None, KeyProblem("The OS keyring has no key for this database.", code="keyring.no_key")
            )
        if not keyfile.dek_matches(kf, dek):
            return KeyringOutcome(
                None,
                KeyProblem("The key in the OS keyring does not belong to this database.", code="keyring.wrong_key"),
            )
        return KeyringOutcome(self._open(kf, dek), None)

    def open_with_passphrase(self, passphrase: str) -> Database:
        """The recovery path. Raises WrongPassphrase, KeyFile*, DamagedDatabase, ForeignFile."""
        kf = keyfile.read(self.key_path)
        dek = keyfile.unwrap(kf, passphrase)
        database = self._open(kf, dek)
        self._remember_in_keyring(kf.db_id, dek)
        return database

    def open_checked(self, dek: bytearray) -> Database:
        """Open again with a key already proven, the whole check first (after Database.verify found damage).

        Takes ``dek`` (the caller's copy): it becomes the database's key, or is wiped when the open fails.
        Raises DamagedDatabase unless only the search index was damaged (then it is rebuilt, as at any open).
        """
        try:
            kf = keyfile.read(self.key_path)
            if not keyfile.dek_matches(kf, dek):
                raise KeyProblem("The open database does not belong to this key file.")
            defer, self.defer_checks = self.defer_checks, False
            try:
                return self._open(kf, dek)
            finally:
                self.defer_checks = defer
        except BaseException:
            wipe_bytearray(dek)
            raise

    def _open(self, kf: keyfile.KeyFile, dek: bytearray) -> Database:
        state = self.state()
        if state is VaultState.DATABASE_MISSING:
            raise DamagedDatabase(self.db_path, "missing")
        if state is VaultState.KEY_FILE_MISSING:
            raise KeyFileMissing(self.key_path)
        # Proven read-only first: a damaged or foreign file is never written to. The full structural
        # check runs unless the file is exactly as this app left it at its last clean close. Before
        # anything can recover the -wal, its frames are checked, and the save count is compared with
        # the one noted after the last save (saves.py): missing saves are reported, never opened silently.
        # Owner-only, also for a folder made by an older Nabij or restored from a backup (best effort).
        permissions.secure(
            self.data_dir, [self.data_dir / n for n in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEY_NAME)]
        )
        wal = saves.inspect_wal(self.wal_path)
        full = not self._as_left_at_close(kf.db_id)
        unchecked: str | None = None
        if self.defer_checks and not wal.broken:
            # The app's way (issue 16): prove the key and the schema here, the pages once the window is up.
            # A pending migration is never run on an unchecked file: then the whole check runs now.
            count, revision = prove_key(self.db_path, dek)
            if revision is not None and revision == migrations.head_from_files():
                unchecked = "full" if full else "pages"
        if unchecked is None:
            count = self._check(dek, full, wal.broken)
        noted = saves.recorded(self.data_dir, kf.db_id)
        if unchecked is not None and noted is not None and count < noted:
            count, unchecked = self._check(dek, True, wal.broken), None  # damage is told before missing saves
        if wal.broken or (noted is not None and count < noted):
            kept = saves.keep_aside(self.wal_path)
            log.warning("saves missing at open: wal broken=%s, behind=%s", wal.broken, noted is not None)
            raise OlderThanLastSave(self.db_path, None if wal.broken else (noted or 0) - count, kept)
        self._forget_close()
        database = Database(
            self.db_path, dek, kf.db_id, on_closed=lambda: self._note_close(kf.db_id), unchecked=unchecked
        )
        migrations.upgrade(database.engine)
        database.note_saves()
        return database

    def _check(self, dek: bytearray, full: bool, wal_broken: bool) -> int:
        """The whole open check, now; a fault only in the search index is repaired (after a copy is kept)."""
        try:
            return check_openable(self.db_path, dek, full=full)
        except DamagedDatabase as exc:
            if exc.params.get("why") != "search_index" or wal_broken:
                raise
            self._rebuild_search_index(dek)  # raises the damage again when that did not help
            return check_openable(self.db_path, dek, full=True)

    def _rebuild_search_index(self, dek: bytearray) -> None:
        """The data is whole and only the search index is not: keep a copy of the file, make the index again."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for suffix in ("", "-wal"):
            source = self.data_dir / (DB_NAME + suffix)
            if source.exists():
                shutil.copy2(source, self.data_dir / f"{DB_NAME}{suffix}.before-index-repair-{stamp}")
        try:
            search.repair_file(self.db_path, dek)
        except Exception as exc:
            log.warning("search index rebuild failed: %s", type(exc).__name__)
            raise DamagedDatabase(self.db_path, "search_index") from None
        log.warning("the search index was damaged and has been rebuilt from the data")

    def accept_older_state(self) -> None:
        """The user chose to open what the file holds after OlderThanLastSave.

        A broken -wal (already copied aside) is cut to what SQLite recovers, and the save note is set
        aside, so the next open goes ahead with the older state. Nothing else is changed.
        """
        report = saves.inspect_wal(self.wal_path)
        if report.broken:
            if saves.keep_aside(self.wal_path) is None:
                raise StorageError(
                    f"A copy of {self.wal_path} could not be kept; it was not changed.",
                    code="file.write_failed",
                    path=self.wal_path,
                    detail="copy",
                )
            saves.cut_to_recovered(self.wal_path, report)
            (self.data_dir / (DB_NAME + "-shm")).unlink(missing_ok=True)
        saves.set_aside_record(self.data_dir)
        log.warning("older state accepted by the user")

    # --- the state at the last clean close ------------------------------------------------
    def _file_state(self, db_id: str) -> dict[str, str | int] | None:
        if (self.data_dir / (DB_NAME + "-wal")).exists():
            return None  # not closed cleanly: the WAL still holds pages
        try:
            st = self.db_path.stat()
        except OSError:
            return None
        return {"db_id": db_id, "size": st.st_size, "mtime_ns": st.st_mtime_ns}

    def _as_left_at_close(self, db_id: str) -> bool:
        try:
            noted = json.loads((self.data_dir / CLOSED_NAME).read_text("utf-8"))
        except (OSError, ValueError):
            return False
        state = self._file_state(db_id)
        return state is not None and noted == state

    def _forget_close(self) -> None:
        try:
            (self.data_dir / CLOSED_NAME).unlink(missing_ok=True)
        except OSError:
            pass

    def _note_close(self, db_id: str) -> None:
        state = self._file_state(db_id)
        if state is None:
            return
        try:
            atomic_write_bytes(self.data_dir / CLOSED_NAME, json.dumps(state).encode("utf-8"))
        except StorageError:
            pass  # no note means a full check next time: slower, never less safe

    def _remember_in_keyring(self, db_id: str, dek: bytearray) -> None:
        try:
            current = self.secrets.get(db_id)
            if current != dek:
                self.secrets.put(db_id, dek)
        except KeyringUnavailable as exc:
            log.info("key kept in the key file only: %s", exc)

    # --- passphrase -----------------------------------------------------------
    def reset_passphrase(self, database: Database, new: str, kdf: keyfile.KdfParams | None = None) -> None:
        """Set a new passphrase while the database is open (the key in hand proves possession).

        For a consultant who forgot the passphrase while the OS keyring still opens Nabij. The same
        data key is wrapped again; the database is not re-keyed and no new key is made.
        """
        check_passphrase(new)
        kf = keyfile.read(self.key_path)
        dek = database.key_copy()
        try:
            if not keyfile.dek_matches(kf, dek):
                raise KeyProblem("The open database does not belong to this key file.")
            keyfile.write(self.key_path, keyfile.wrap(dek, new, kf.db_id, kdf or kf.kdf))
        finally:
            for i in range(len(dek)):
                dek[i] = 0

    def change_passphrase(self, old: str, new: str, kdf: keyfile.KdfParams | None = None) -> None:
        """Wrap the same data key again. The database is not re-keyed."""
        check_passphrase(new)
        kf = keyfile.read(self.key_path)
        dek = keyfile.unwrap(kf, old)
        try:
            keyfile.write(self.key_path, keyfile.wrap(dek, new, kf.db_id, kdf or kf.kdf))
        finally:
            for i in range(len(dek)):
                dek[i] = 0
