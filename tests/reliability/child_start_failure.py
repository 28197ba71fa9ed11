"""Child for test_instances: Nabij's real start (app.cli.main) with a start-up that raises.

argv: DATA_DIR WHEN. WHEN is "start" (AppController.start raises) or "slot" (start schedules a slot
that raises while no window is visible yet). The exception text holds a name, to show it is never
printed. Exits with whatever main() returns.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> int:
    data_dir, when = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QTimer

    from app.cli import main as nabij
    from app.ui import application

    def boom() -> None:
        raise RuntimeError("start-up broke while reading Fatima Yilmaz")

    def start(self) -> None:
        if when == "start":
            boom()
        QTimer.singleShot(0, boom)

    application.AppController.start = start
    return nabij(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main())
