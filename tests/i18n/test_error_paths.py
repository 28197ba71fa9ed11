"""The error paths, through the real widgets, in Dutch and in English: no word of the other language.

- a wrong passphrase, typed and sent with Enter on the real unlock dialog with the real worker;
- no keyring at all: the reason the unlock dialog gives at start;
- a damaged database file: the right passphrase, then what the dialog says;
- a closed meeting: notes typed while another window closed the meeting, saved on a tab switch;
- a full disk: the storage layer's DiskFull, as the autosaver reports it.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.storage.errors import DiskFull
from app.storage.keys import NoSecretStore
from app.storage.vault import Vault
from app.ui.application import AppController
from app.ui.dialogs.unlock import UnlockDialog
from app.ui.i18n import install_translators, remove_translators
from app.ui.main_window import MainWindow
from app.ui.widgets.autosave import Autosaver
from app.ui.worker import InlineWorker, Worker
from tests.conftest import PASSPHRASE

ENGLISH = {"the", "not", "was", "nothing", "changed", "cannot", "your", "first", "meeting", "disk", "passphrase"}
DUTCH = {"de", "het", "niet", "niets", "veranderd", "een", "je", "gesprek", "schijf", "wachtzin", "klopt"}


def _words(text: str) -> set[str]:
    return {w.strip(".,;:()'’“”?").casefold() for w in text.split() if "/" not in w and "\\" not in w}


def _labels(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def _type_and_enter(qtbot, dialog: UnlockDialog, text: str) -> None:
    dialog.passphrase.selectAll()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.passphrase, text)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


@pytest.fixture(params=[("nl", ENGLISH), ("en", DUTCH)], ids=["nl", "en"])
def language(request, qapp):
    code, foreign = request.param
    translators = install_translators(QApplication.instance(), code)
    yield code, foreign
    remove_translators(QApplication.instance(), translators)


def test_error_paths_speak_one_language(qtbot, tmp_path, language):
    code, foreign = language
    said: dict[str, str] = {}

    # No keyring: the reason at start, from the real controller.
    data = tmp_path / "data"
    vault = Vault(data, NoSecretStore())
    vault.create(PASSPHRASE).close()
    controller = AppController(vault, Worker())
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    said["no keyring"] = _labels(dialog)

    # A wrong passphrase, with Enter.
    _type_and_enter(qtbot, dialog, "een typfout")
    qtbot.waitUntil(lambda: dialog.unlock_button.isEnabled() and dialog.message.isVisible(), timeout=15000)
    said["wrong passphrase"] = dialog.message.text()
    dialog.done(0)
    controller.shutdown()

    # A damaged file: the passphrase is right, the pages are not.
    (data / "nabij.db").write_bytes(b"\x00" * 8192)
    damaged = UnlockDialog(Vault(data, NoSecretStore()), Worker())
    qtbot.addWidget(damaged)
    damaged.open()
    _type_and_enter(qtbot, damaged, PASSPHRASE)
    qtbot.waitUntil(lambda: damaged.unlock_button.isEnabled() and damaged.message.isVisible(), timeout=15000)
    said["damaged file"] = damaged.message.text()

    # A closed meeting: typed notes that can no longer be saved.
    fresh = Vault(tmp_path / "meeting", NoSecretStore())
    db = fresh.create(PASSPHRASE)
    library = load_library(code)
    services = Services.over(db, library)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 2, 10, 0))
    services.meetings.start(mid)
    window = MainWindow(services, library, InlineWorker())
    qtbot.addWidget(window)
    window.show()
    window.caseload.refresh(select_id=rid)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.keyClicks(window.conversation.notes, "Afspraak met de bank")
    services.meetings.close(mid)  # meanwhile, elsewhere
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())  # a tab switch saves
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    said["closed meeting"] = window.saved_label.text() + " " + window.statusBar().currentMessage()
    window.conversation._autosaver.discard()  # else closing the window asks whether to lose the text

    # A full disk, as the autosaver reports it.
    failures: list[str] = []

    def write(_values: dict[str, str]) -> datetime:
        raise DiskFull("disk full", folder=tmp_path)

    saver = Autosaver(write)
    saver.failed.connect(failures.append)
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    saver.watch(editor, "notes")
    qtbot.keyClicks(editor, "x")
    assert saver.flush() is False
    said["full disk"] = failures[0]
    db.close()

    for path, text in said.items():
        assert text.strip(), path
        leaked = _words(text) & foreign
        assert not leaked, f"{code} UI, {path}: {text!r} has {sorted(leaked)}"
