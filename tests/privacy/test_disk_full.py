"""A full disk during a backup: a clear DiskFull, nothing partial left, the database byte-identical.

Uses a small tmpfs mounted for the test (needs root or CAP_SYS_ADMIN; skipped
with the reason otherwise) and unmounted afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from app.storage import backup
from app.storage.engine import sha256_of
from app.storage.errors import DiskFull
from app.storage.keys import OsKeyring
from app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.privacy.support import seed_resident


@pytest.fixture
def small_disk(tmp_path):
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            pytest.skip("mounting a small tmpfs needs root (or CAP_SYS_ADMIN)")
        try:
            done = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(point)],
                capture_output=True,
                text=True,
                timeout=30,
            )
        except FileNotFoundError:
            pytest.skip("no mount command on this system")
        if done.returncode != 0:
            pytest.skip(f"mounting a small tmpfs is not permitted here: {done.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], capture_output=True, timeout=30)


def _fill(disk: Path, leave: int) -> Path:
    """Take all free space on the disk except ``leave`` bytes."""
    filler = disk / "filler.bin"
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize
    with open(filler, "wb") as fh:
        fh.truncate(0)
        block = b"\0" * (1 << 16)
        remaining = max(free - leave, 0)
        while remaining:
            n = min(len(block), remaining)
            fh.write(block[:n])
            remaining -= n
    return filler


def _digests(data_dir: Path) -> dict[str, str]:
    """The database, its WAL and the key file (the -shm file is shared memory that readers write to)."""
    return {
        p.name: sha256_of(p)
        for p in sorted(data_dir.iterdir())
        if p.name.startswith("nabij.") and not p.name.endswith("-shm")
    }


def test_backup_to_a_full_stick(db, vault, small_disk):
    seed_resident(db, "f")
    stick = small_disk("2m")
    filler = _fill(stick, 48 * 1024)  # less than the backup needs
    before = _digests(vault.data_dir)
    dest = stick / "nabij-backup.nabijbackup"

    with pytest.raises(DiskFull) as err:
        backup.create_backup(db, dest)
    message = str(err.value)
    assert str(stick) in message and "Nothing was written there" in message and "not changed" in message
    assert sorted(p.name for p in stick.iterdir()) == ["filler.bin"]  # no .part, no backup
    assert _digests(vault.data_dir) == before  # database, WAL and key file byte-identical
    assert sorted(p.name for p in vault.data_dir.iterdir()) == [
        "nabij.db",
        "nabij.db-shm",
        "nabij.db-wal",
        "nabij.key",
        "nabij.saves",
    ]

    filler.unlink()  # space freed: now it works
    info = backup.create_backup(db, dest)
    assert backup.verify_backup(dest, PASSPHRASE).database_size == info.database_size
    assert sorted(p.name for p in stick.iterdir()) == [dest.name]


def test_full_disk_under_the_data_folder(data_dir, memory_keyring, small_disk, tmp_path):
    """The staging copy (sqlcipher_export beside the database) runs out of space: SQLITE_FULL becomes DiskFull."""
    disk = small_disk("4m")
    folder = disk / "data"
    shutil.copytree(data_dir, folder)
    db = Vault(folder, OsKeyring(memory_keyring)).open_with_keyring().database
    try:
        seed_resident(db, "g")
        filler = _fill(disk, 16 * 1024)
        before = _digests(folder)
        dest = tmp_path / "elders.nabijbackup"
        with pytest.raises(DiskFull) as err:
            backup.create_backup(db, dest)
        assert "Nothing was written" in str(err.value)
        assert not dest.exists() and not list(tmp_path.glob("*.part"))
        assert _digests(folder) == before
        assert sorted(p.name for p in folder.iterdir()) == [
            "nabij.db",
            "nabij.db-shm",
            "nabij.db-wal",
            "nabij.key",
            "nabij.saves",
        ]
        filler.unlink()
        backup.create_backup(db, dest)
        assert backup.verify_backup(dest, PASSPHRASE)
    finally:
        db.close()


def test_restore_onto_a_full_disk_leaves_the_target_empty(db, small_disk, tmp_path):
    seed_resident(db, "h")
    path = tmp_path / "b.nabijbackup"
    backup.create_backup(db, path)
    disk = small_disk("1m")
    _fill(disk, 32 * 1024)
    target = disk / "hersteld"
    with pytest.raises(DiskFull):
        backup.restore_backup(path, PASSPHRASE, target)
    assert not target.exists()
