"""Shared helpers for the reliability suite (issue 7).

- ``LONG``: NABIJ_LONG=1 asks for the long run (more kill rounds, more examples).
- ``report()``: every test prints its figures as one line; run with -s to see them.
- ``health()``: the file check the kill loop and the disk-full tests use: open
  read-only with the key, PRAGMA cipher_integrity_check must return no rows and
  PRAGMA integrity_check must say 'ok'.
- ``small_fs``: a small tmpfs of its own (root: mount), unmounted in a finalizer.
- ``child_env()``: the environment for child Python processes. It carries no
  key (keys go through stdin) and gives the children a bytecode cache of their
  own, so a child's start-up is not spent compiling SQLAlchemy every time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import warnings
from contextlib import closing
from pathlib import Path

import pytest

from app.storage.engine import connect_raw

ROOT = Path(__file__).resolve().parents[2]
LONG = os.environ.get("NABIJ_LONG", "") not in ("", "0")
_PYCACHE = Path(tempfile.gettempdir()) / "nabij-test-pycache"


def scaled(ci: int, long: int) -> int:
    return long if LONG else ci


def report(name: str, **figures) -> str:
    line = name + ": " + " ".join(f"{k}={v}" for k, v in figures.items())
    print(line)
    return line


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(_PYCACHE)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def python() -> str:
    return sys.executable


def health(db_path: Path, key: bytes | bytearray) -> tuple[list, list]:
    """(cipher_integrity_check rows, integrity_check rows) from a read-only open."""
    with closing(connect_raw(db_path, key, read_only=True)) as con:
        cipher = con.execute("PRAGMA cipher_integrity_check").fetchall()
        integrity = con.execute("PRAGMA integrity_check").fetchall()
    return cipher, integrity


def assert_healthy(db_path: Path, key: bytes | bytearray) -> None:
    cipher, integrity = health(db_path, key)
    assert cipher == [], f"cipher_integrity_check: {cipher[:5]}"
    assert [r[0] for r in integrity] == ["ok"], f"integrity_check: {integrity[:5]}"


def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


class SmallFs:
    def __init__(self, path: Path, size_kib: int) -> None:
        self.path = path
        self.size_kib = size_kib
        self.filler = path / "filler.bin"

    def fill(self) -> int:
        """Fill the file system to the last byte; returns the bytes written."""
        written = 0
        with open(self.filler, "ab", buffering=0) as fh:
            for chunk in (1 << 16, 1 << 12, 1 << 9, 1):
                try:
                    while True:
                        written += fh.write(b"\0" * chunk)
                except OSError:
                    continue
        return written

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)


def mount_tmpfs(path: Path, size_kib: int) -> str | None:
    """Mount a tmpfs of size_kib at path. None on success, else the reason it failed."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name != "posix":
        return "not a POSIX system"
    if os.geteuid() != 0:
        return "not root (mount needs root)"
    done = _mount("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(path))
    if done.returncode != 0:
        return (done.stderr or done.stdout).strip() or f"mount exit code {done.returncode}"
    return None


def unmount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


@pytest.fixture
def small_fs_factory(tmp_path):
    """small_fs_factory(size_kib) -> SmallFs, or a reason string when tmpfs cannot be mounted."""
    mounted: list[Path] = []

    def make(size_kib: int, name: str = "smallfs") -> SmallFs | str:
        path = tmp_path / name
        reason = mount_tmpfs(path, size_kib)
        if reason is not None:
            return reason
        mounted.append(path)
        return SmallFs(path, size_kib)

    yield make
    for path in reversed(mounted):
        unmount(path)


# --- the application controller, for tests that drive start-up, lock and unlock -------------


@pytest.fixture
def controllers(qapp):
    """make(vault) -> AppController with InlineWorker; everything it opened is closed afterwards."""
    from PySide6.QtWidgets import QApplication

    from app.ui.application import AppController
    from app.ui.worker import InlineWorker

    made = []

    def make(vault, **kwargs):
        controller = AppController(vault, InlineWorker(), **kwargs)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        dialog = controller.dialog
        if dialog is not None:
            for sig in ("finished", "rejected", "unlocked", "created"):
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", RuntimeWarning)  # "failed to disconnect": nothing connected
                    try:
                        getattr(dialog, sig).disconnect()
                    except (AttributeError, RuntimeError, TypeError):
                        pass
            dialog.close()
            dialog.deleteLater()
        if controller.window is not None:
            controller.window.flush_all()
            controller.window._closing_confirmed = True
            controller.window.hide()
            controller.window.deleteLater()
            controller.window = None
        controller.shutdown()
        controller.idle.stop()
        controller.deleteLater()
    QApplication.processEvents()
