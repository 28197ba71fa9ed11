"""A crash at every step of adopting a restored backup: the next start opens the old or the new data.

A child process adopts a restored folder (backup.adopt_restored, as the app does after a restore) and
dies with os._exit at the k-th file move or write, for every k the whole adoption takes. Then the
app's own start path (Vault.state, which finishes an interrupted restore, and the keyring open) runs
over the folder. It must find one whole database, the old one or the restored one, and never the
first-run state or a missing database. Runs on Windows too (os._exit is a crash there as well).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from app.services.caseload import CaseloadService, ResidentInput
from app.storage import backup
from app.storage.keys import OsKeyring
from app.storage.vault import Vault, VaultState
from tests.conftest import PASSPHRASE
from tests.reliability.conftest import ROOT, child_env, python, report

# Counts the calls that change the folder (os.replace, which every move and atomic write ends in, and
# os.rename, mkdir, unlink); at call number job["die_at"] the process ends at once, before the call.
CHILD = r"""
import json, os, sys
from pathlib import Path
job = json.loads(sys.stdin.readline())
from app.storage import backup
calls = {"n": 0}
def crashing(real):
    def wrapped(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == job["die_at"]:
            os._exit(9)
        return real(*args, **kwargs)
    return wrapped
os.replace = crashing(os.replace)
os.rename = crashing(os.rename)
Path.mkdir = crashing(Path.mkdir)
Path.unlink = crashing(Path.unlink)
backup.adopt_restored(Path(job["restored"]), Path(job["data"]))
print("CALLS", calls["n"], flush=True)
"""


def _adopt_in_child(restored: Path, data: Path, die_at: int) -> subprocess.CompletedProcess:
    job = json.dumps({"restored": str(restored), "data": str(data), "die_at": die_at}) + "\n"
    return subprocess.run(
        [python(), "-c", CHILD], cwd=ROOT, env=child_env(), input=job, text=True, capture_output=True, timeout=120
    )


def _names(data: Path, ring) -> set[str]:
    vault = Vault(data, OsKeyring(ring))
    state = vault.state()  # finishes an interrupted restore first
    assert state is VaultState.READY, f"the folder looks {state.value}: {sorted(p.name for p in data.iterdir())}"
    outcome = vault.open_with_keyring()
    assert outcome.database is not None, outcome.problem
    try:
        return {r.display_name for r in CaseloadService(outcome.database).list_residents()}
    finally:
        outcome.database.close()


def test_a_crash_at_every_step_of_a_restore_leaves_old_or_new_data(db, vault, memory_keyring, tmp_path):
    CaseloadService(db).add_resident(ResidentInput(display_name="In de back-up"))
    made = tmp_path / "made.nabijbackup"
    backup.create_backup(db, made)
    CaseloadService(db).add_resident(ResidentInput(display_name="Alleen nu"))
    db.close()
    template = tmp_path / "template"
    shutil.copytree(vault.data_dir, template)
    restored_template = backup.restore_backup(made, PASSPHRASE, tmp_path / "restored-template")

    def case(k: int) -> tuple[Path, Path]:
        data, restored = tmp_path / f"case{k}" / "data", tmp_path / f"case{k}" / "data-restored"
        shutil.copytree(template, data)
        shutil.copytree(restored_template, restored)
        return data, restored

    data, restored = case(0)
    clean = _adopt_in_child(restored, data, die_at=0)
    assert clean.returncode == 0, clean.stderr
    steps = int(clean.stdout.split()[-1])
    assert steps >= 5  # the journal, the old files aside, the key, the database, the journal removed
    assert "Alleen nu" not in _names(data, memory_keyring)

    outcomes = {"old": 0, "new": 0}
    for k in range(1, steps + 1):
        data, restored = case(k)
        crashed = _adopt_in_child(restored, data, die_at=k)
        assert crashed.returncode == 9, crashed.stderr
        names = _names(data, memory_keyring)
        assert "In de back-up" in names
        outcomes["old" if "Alleen nu" in names else "new"] += 1
        assert not (data / backup.RESTORE_JOURNAL).exists()
    report("restore-kills", steps=steps, **outcomes)
    assert outcomes["new"] >= 1 and sum(outcomes.values()) == steps
