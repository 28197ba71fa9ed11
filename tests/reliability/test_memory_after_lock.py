"""After a lock, neither the data key nor the passphrase can be read from the process's memory.

A child (child_memory.py) unlocks, works and locks as the app does; then every readable mapping of
its memory is read through /proc/<pid>/mem and searched for the key (raw, as hex in both cases, and
as base64) and for the canary passphrase (UTF-8 and UTF-16, as Qt holds text). Linux only: /proc is
how memory is read here; on Windows the same code runs (the Windows lane runs the storage tests), but
its memory is not searched. What still stays in memory after a lock is in docs/en/locking.md.
"""

from __future__ import annotations

import base64
import re
import secrets
import subprocess
import sys

import pytest

from app.storage import keyfile
from tests.reliability.conftest import ROOT, child_env, python, report

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads memory through /proc")

CHILD = ROOT / "tests" / "reliability" / "child_memory.py"


def _readable_memory(pid: int) -> bytes:
    chunks = []
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for line in maps:
            fields = line.split()
            if "r" not in fields[1] or (len(fields) > 5 and fields[5] in ("[vvar]", "[vsyscall]")):
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            try:
                mem.seek(start)
                chunks.append(mem.read(end - start))
            except (OSError, OverflowError, ValueError):
                continue
    return b"".join(chunks)


def test_no_key_and_no_passphrase_in_memory_after_a_lock(tmp_path):
    canary = "kanarie-" + secrets.token_hex(12) + " zin"  # made here: not in the child's code or argv
    data_dir = tmp_path / "data"
    child = subprocess.Popen(
        [python(), str(CHILD), str(data_dir)],
        cwd=ROOT,
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        child.stdin.write(canary.encode() + b"\n")
        child.stdin.flush()
        line = child.stdout.readline()
        assert line == b"LOCKED\n", child.stderr.read().decode()
        memory = _readable_memory(child.pid)
    finally:
        child.stdin.close()
        child.wait(60)
    key = keyfile.unwrap(keyfile.read(data_dir / "nabij.key"), canary)
    needles = {
        "key raw": bytes(key),
        "key hex": key.hex().encode(),
        "key HEX": key.hex().upper().encode(),
        "key base64": base64.b64encode(bytes(key)),
        "passphrase utf-8": canary.encode(),
        "passphrase utf-16": canary.encode("utf-16-le"),
    }
    found = {name: len(re.findall(re.escape(needle), memory)) for name, needle in needles.items()}
    report("memory-after-lock", megabytes=f"{len(memory) / 1e6:.0f}", **found)
    assert len(memory) > 1_000_000  # the search did read the process
    assert sum(found.values()) == 0, found
