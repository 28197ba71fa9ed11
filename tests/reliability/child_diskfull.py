"""Child for the disk-full test when no tmpfs can be mounted: the same scenario under RLIMIT_FSIZE.

RLIMIT_FSIZE caps the size any file of this process may grow to, which is
how a full disk (or a FAT32 stick at 4 GiB) looks to SQLite and to save_pdf:
a write past the cap fails (EFBIG; SIGXFSZ is ignored so it is an error, not
a kill). "Fill" sets the soft cap to 8 KiB: rewriting pages inside existing
files still works, growing any file past 8 KiB (the WAL, a PDF) does not.
"Free" lifts the cap again.

Input on stdin, one JSON line: {"folder", "pdf_dir", "entries"}. Output: one
JSON line with the figures. Exit code 0 when every assertion held.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> int:
    job = json.loads(sys.stdin.readline())
    from PySide6.QtWidgets import QApplication

    from tests.reliability import diskfull_scenario

    app = QApplication.instance() or QApplication([])  # noqa: F841 - widgets need it
    folder, pdf_dir = Path(job["folder"]), Path(job["pdf_dir"])
    entries = {tuple(k.split("\x1f", 1)): v for k, v in job["entries"].items()}
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)

    def fill() -> str:
        cap = 8192
        resource.setrlimit(resource.RLIMIT_FSIZE, (cap, hard))
        return f"RLIMIT_FSIZE={cap}"

    def free() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))

    # EFBIG is SQLITE_IOERR to SQLite (ENOSPC would be SQLITE_FULL): a StorageError, not DiskFull.
    figures = diskfull_scenario.run(folder, entries, fill, free, pdf_dir, expect="StorageError")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
