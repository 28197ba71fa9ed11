"""Screenshots for the user guide, made from the demo data so they stay current.

    uv run python docs/make_screenshots.py [--lang nl|en] [--out docs/img]

Runs offscreen; writes PNGs of the dialogs, each tab, the resident view and the
lock screen at 1366×768.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "img")
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--resident", default="Fatima")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.services.demo import DEMO_PASSPHRASE
    from app.storage.keys import NoSecretStore
    from app.storage.vault import Vault
    from app.ui import style
    from app.ui.application import AppController
    from app.ui.dialogs.first_run import FirstRunDialog
    from app.ui.worker import InlineWorker

    style.apply(app)
    shots: list[Path] = []

    def save(widget, name: str) -> None:
        app.processEvents()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        shots.append(path)

    with tempfile.TemporaryDirectory(prefix="nabij-shots-") as tmp:
        first = FirstRunDialog(Vault(Path(tmp) / "new", NoSecretStore()), InlineWorker())
        first.show()
        save(first, "first-run")
        first.close()

        controller = AppController(Vault(Path(tmp) / "demo", NoSecretStore()), InlineWorker(), demo=True,
                                   language=args.lang)
        controller.start()  # creates and seeds the demo, then asks the passphrase
        unlock = controller.dialog
        unlock.show()
        save(unlock, "unlock")
        unlock.passphrase.setText(DEMO_PASSPHRASE)
        unlock.submit()
        window = controller.window
        window.resize(1366, 768)
        window.show()
        panel = window.caseload
        for row in range(panel.list.count()):
            if panel.list.item(row).text().startswith(args.resident):
                panel.list.setCurrentRow(row)
                break
        for index, name in enumerate(("preparation", "conversation", "wrapup")):
            window.tabs.setCurrentIndex(index)
            save(window, f"main-{name}")
        window.enter_resident_view()
        save(window, "resident-view")
        window.leave_resident_view()
        controller.lock()
        save(controller.dialog, "lock")
        controller.shutdown()
    for path in shots:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
