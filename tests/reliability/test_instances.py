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
from PySide6.QtCore import Qt

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


# --- a stale lock, a silent holder, a folder where the database belongs, a start-up that raises ------


def _forge_lock_for(data_dir: Path, pid: int) -> None:
    """A lock file as the crashed Nabij left it, naming ``pid`` as its owner (that process holds no lock)."""
    guard = SingleInstance(data_dir)
    assert guard.acquire()
    lock = data_dir / "nabij.lock"
    lines = lock.read_bytes().split(b"\n")
    guard.release()
    lines[0] = str(pid).encode()
    lock.write_bytes(b"\n".join(lines))


def _same_name_process() -> subprocess.Popen:
    """Another process with this test's program name (python): the pid a reboot hands to someone else."""
    return subprocess.Popen([python(), "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)


def _silent_holder(data_dir: Path) -> subprocess.Popen:
    """A live process that holds the data folder's lock but answers no one (a Nabij still starting, or stuck)."""
    code = (
        "import sys\nfrom PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\nprint(lock.tryLock(0), flush=True)\nsys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [python(), "-c", code, str(data_dir / "nabij.lock")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert holder.stdout.readline().strip() == "True"
    return holder


def _stop(process: subprocess.Popen) -> None:
    process.kill()
    process.wait(timeout=30)


def test_a_stale_lock_whose_pid_was_reused_is_taken_over(qtbot, data_dir):
    from PySide6.QtCore import QLockFile

    other = _same_name_process()
    try:
        _forge_lock_for(data_dir, other.pid)
        plain = QLockFile(str(data_dir / "nabij.lock"))
        plain.setStaleLockTime(0)
        assert not plain.tryLock(200), "Qt itself sees the lock as held: the case of the issue"
        before = _snapshot(data_dir)
        nabij = _start(data_dir)
        try:
            probe = SingleInstance(data_dir)
            qtbot.waitUntil(probe.ask_first_to_raise, timeout=60000)  # the new Nabij listens: it has the folder
            assert nabij.poll() is None
            pid, _host, _app = plain.getLockInfo()
            assert pid == nabij.pid
        finally:
            _stop(nabij)
        for name in ("nabij.db", "nabij.key"):
            assert _snapshot(data_dir)[name] == before[name]
    finally:
        _stop(other)
    report("stale-lock", reused_pid="taken over", database_and_key="unchanged")


def test_a_live_holder_that_does_not_answer_is_not_called_read_only(data_dir, qapp):
    from PySide6.QtWidgets import QApplication

    from app.ui.application import claim_data_folder
    from app.ui.i18n import install_translators, remove_translators

    holder = _silent_holder(data_dir)
    try:
        guard = SingleInstance(data_dir)
        assert not guard.acquire()
        translators = install_translators(QApplication.instance(), "nl")
        try:
            english, shown, code = claim_data_folder(guard, data_dir)
        finally:
            remove_translators(QApplication.instance(), translators)
        assert code == 3 and "does not answer" in english and "read-only" not in english
        assert str(data_dir) in shown and "reageert niet" in shown and "alleen-lezen" not in shown, shown
        assert holder.poll() is None  # never pushed aside
        second = _start(data_dir)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 3, (second.returncode, out, err)
        assert "does not answer" in err and "read-only" not in err, err
        assert holder.poll() is None
    finally:
        _stop(holder)
    report("silent-holder", exit_code=3, message=repr(err.strip()))


def test_a_folder_where_the_database_belongs_gets_a_clear_message(qtbot, data_dir, controllers, qapp):
    from PySide6.QtWidgets import QApplication

    from app.storage.keys import NoSecretStore
    from app.storage.vault import Vault, VaultState
    from app.ui.dialogs.privacy import RestoreDialog
    from app.ui.i18n import install_translators, remove_translators

    (data_dir / "nabij.db").unlink()
    (data_dir / "nabij.db").mkdir()
    key_before = sha256_of(data_dir / "nabij.key")
    vault = Vault(data_dir, NoSecretStore())
    assert vault.state() is VaultState.NOT_A_FILE
    translators = install_translators(QApplication.instance(), "nl")
    try:
        controller = controllers(vault)
        controller.start()
    finally:
        remove_translators(QApplication.instance(), translators)
    assert isinstance(controller.dialog, RestoreDialog) and controller.dialog.isVisible()
    assert controller.problem and str(data_dir / "nabij.db") in controller.problem
    assert "is een map" in controller.problem, controller.problem
    dialog = controller.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the consultant closes it
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert (data_dir / "nabij.db").is_dir() and sha256_of(data_dir / "nabij.key") == key_before


@pytest.mark.parametrize("when", ["start", "slot"])
def test_a_start_up_exception_says_so_exits_and_frees_the_folder(data_dir, when):
    done = subprocess.run(
        [python(), str(ROOT / "tests" / "reliability" / "child_start_failure.py"), str(data_dir), when],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 4, (done.returncode, done.stdout[-2000:], done.stderr[-4000:])
    message = [line for line in done.stderr.splitlines() if line.startswith("Nabij could not start")]
    assert message == [
        f"Nabij could not start (RuntimeError). Nothing was changed; the data folder {data_dir} is free again."
    ]
    assert "Fatima" not in "\n".join(message)
    assert not (data_dir / "nabij.lock").exists()  # released, not left stale
    guard = SingleInstance(data_dir)
    assert guard.acquire()
    guard.release()
    report("start-up-exception", when=when, exit_code=done.returncode, lock="released")


def test_the_start_up_failure_is_said_in_the_consultants_language(data_dir, qapp):
    from PySide6.QtWidgets import QApplication

    from app.storage.errors import DiskFull
    from app.ui.application import start_failure
    from app.ui.i18n import install_translators, remove_translators

    translators = install_translators(QApplication.instance(), "nl")
    try:
        _english, bug = start_failure(RuntimeError("kapot bij Fatima"), data_dir)
        _english, full = start_failure(DiskFull("disk full", folder=data_dir), data_dir)
    finally:
        remove_translators(QApplication.instance(), translators)
    assert bug.startswith("Nabij kon niet starten") and "RuntimeError" in bug and "Fatima" not in bug, bug
    assert str(data_dir / "logs") in bug
    assert "schijfruimte" in full and str(data_dir) in full, full
