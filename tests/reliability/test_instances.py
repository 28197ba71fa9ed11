"""Another instance, and a data folder in a read-only place: both refused with a clear message.

(a) While this test process holds the data folder (SingleInstance, a QLockFile
    plus a local socket), `main.py --data-dir X` is started as a real
    subprocess: it exits with code 3, says on stderr that Nabij is already open
    there, and this process's raise_requested signal fires. The database and
    key file are untouched; what else the refused instance wrote before it
    looked at the lock (ui-preferences.json, logs/) is printed.
(b) A data folder on a read-only mount (a read-only bind mount; as a normal
    user a chmod 0o500 folder, which root would ignore): `main.py` exits with
    code 2 and a message naming the folder; nothing in it is written. Also a
    data folder that does not exist yet, under a read-only parent.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage.engine import sha256_of
from app.ui.single_instance import SingleInstance
from tests.reliability.conftest import ROOT, child_env, python, report


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: sha256_of(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _start(data_dir: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [python(), "main.py", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_second_instance_is_refused_and_raises_the_first(qtbot, data_dir):
    before = _snapshot(data_dir)
    guard = SingleInstance(data_dir)
    assert guard.acquire()
    try:
        with qtbot.waitSignal(guard.raise_requested, timeout=60000):
            second = _start(data_dir)
        out, err = second.communicate(timeout=60)
    finally:
        guard.release()
    assert second.returncode == 3, (second.returncode, out, err)
    assert "already open" in err and str(data_dir) in err, err
    after = _snapshot(data_dir)
    for name in ("nabij.db", "nabij.key"):
        assert after[name] == before[name], f"the refused second instance changed {name}"
    # What the refused instance wrote before it checked the lock (reported, see the module docstring).
    written = sorted({*after} - {*before} - {"nabij.lock"}) + sorted(
        p.name + "/" for p in data_dir.iterdir() if p.is_dir()
    )
    report(
        "second-instance",
        exit_code=second.returncode,
        message=repr(err.strip()),
        raise_signal="fired",
        database_and_key="unchanged",
        also_written=written or "nothing",
    )


def _read_only(src: Path, mnt: Path) -> str | None:
    """Make mnt a read-only view of src. None on success, else why it could not be done."""
    mnt.mkdir()
    if os.name == "posix" and os.geteuid() == 0:
        bind = subprocess.run(["mount", "--bind", str(src), str(mnt)], capture_output=True, text=True)
        if bind.returncode != 0:
            return f"mount --bind: {bind.stderr.strip()}"
        ro = subprocess.run(["mount", "-o", "remount,bind,ro", str(mnt)], capture_output=True, text=True)
        if ro.returncode != 0:
            subprocess.run(["umount", str(mnt)], capture_output=True)
            return f"mount -o remount,bind,ro: {ro.stderr.strip()}"
        return None
    if os.name == "posix":
        mnt.rmdir()
        shutil.copytree(src, mnt)
        os.chmod(mnt, 0o500)  # as a normal user, permissions hold
        return None
    return "no read-only place can be made on this platform"


# Windows has no chmod-style read-only folder: a folder's read-only attribute does not stop writes,
# only an ACL does, and Wine (the Windows lane) enforces no ACLs. A read-only share on Windows fails
# the same way as here, at the first write, through the same code path.
@pytest.fixture
def read_only_dir(data_dir, tmp_path):
    if sys.platform == "win32":
        pytest.skip("a read-only folder needs an ACL on Windows, which Wine does not enforce")
    mnt = tmp_path / "read-only"
    reason = _read_only(data_dir, mnt)
    if reason is not None:
        pytest.fail(
            f"cannot make a read-only data folder: {reason}. Run as root with mount rights, or as a normal user."
        )
    try:
        probe = mnt / ".probe"
        with pytest.raises(OSError):
            probe.write_bytes(b"x")
        yield mnt
    finally:
        if os.name == "posix" and os.geteuid() == 0:
            subprocess.run(["umount", str(mnt)], capture_output=True)
        else:
            os.chmod(mnt, 0o700)


def test_read_only_data_folder_is_refused(read_only_dir):
    before = _snapshot(read_only_dir)
    done = _start(read_only_dir)
    out, err = done.communicate(timeout=60)
    assert done.returncode == 2, (done.returncode, out, err)
    assert str(read_only_dir) in err and "read-only" in err, err
    assert _snapshot(read_only_dir) == before, "something was written to a read-only folder"
    report("read-only-folder", exit_code=done.returncode, message=repr(err.strip()), files_changed="none")


def test_new_data_folder_under_read_only_parent_is_refused(read_only_dir):
    target = read_only_dir / "nieuw"
    done = _start(target)
    out, err = done.communicate(timeout=60)
    assert done.returncode == 2, (done.returncode, out, err)
    assert str(target) in err and "cannot use the data folder" in err, err
    assert not target.exists()
    report("read-only-parent", exit_code=done.returncode, message=repr(err.strip()), created="nothing")
