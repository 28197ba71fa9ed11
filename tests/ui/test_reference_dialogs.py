"""The background reference view and the referral directory editor."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.content import load_library
from app.services.referrals import ReferralService
from app.ui.dialogs.background import BackgroundDialog
from app.ui.dialogs.referrals import ReferralDirectoryDialog
from app.ui.worker import Worker
from tests.ui.test_referral_import import _choose, _preview


def test_background_cards_open(qtbot):
    library = load_library("nl")
    dialog = BackgroundDialog(library)
    qtbot.addWidget(dialog)
    assert dialog.cards.count() == len(library.background) >= 4
    dialog.cards.setCurrentRow(dialog.cards.count() - 1)
    card = library.background[-1]
    assert dialog.title.text() == card.title
    assert dialog.body.text() == card.body
    assert card.source.file in dialog.source.text()


def test_referral_directory_add_edit_retire_export_import(qtbot, db, tmp_path):
    service = ReferralService(db)
    service.seed(load_library("nl").referrals)
    seeded = len(service.list())
    dialog = ReferralDirectoryDialog(service, Worker())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_entry()
    qtbot.keyClicks(dialog.name, "Sociaal raadslieden Voorbeeld")
    qtbot.keyClicks(dialog.purpose, "Gratis hulp bij brieven & formulieren <b>")
    qtbot.keyClicks(dialog.contact, "0900-1234")
    dialog.save_button.click()
    names = [r.name for r in service.list()]
    assert "Sociaal raadslieden Voorbeeld" in names and len(names) == seeded + 1
    new_id = dialog.current_id
    dialog.contact.setText("0900-9999")
    dialog.save_button.click()
    assert service.get(new_id).contact == "0900-9999"
    dialog.retire_button.click()
    assert service.get(new_id).retired
    assert all(r.id != new_id for r in service.list())

    export = tmp_path / "kaart.toml"
    dialog.export_to(export)
    assert export.exists()
    dialog.retire_button.click()  # restore
    assert not service.get(new_id).retired
    dialog.export_to(export)
    # A colleague imports the file into an empty directory.
    before = {r.name for r in service.list()}
    for r in service.list():
        service.set_retired(r.id, True)
    _choose(qtbot, dialog, export)
    preview = _preview(qtbot, dialog)  # every entry comes back into use: each is a change
    with qtbot.waitSignal(dialog.imported, timeout=60000) as done:
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert done.args == [len(before)]
    restored = {r.name: r for r in service.list()}  # active again
    assert set(restored) == before
    assert restored["Sociaal raadslieden Voorbeeld"].purpose == "Gratis hulp bij brieven & formulieren <b>"


def test_bad_directory_file_gives_message(qtbot, db, tmp_path):
    dialog = ReferralDirectoryDialog(ReferralService(db), Worker())
    qtbot.addWidget(dialog)
    dialog.show()
    bad = tmp_path / "bad.toml"
    bad.write_text("version = 1\n[[referrals]\nname = ", encoding="utf-8")
    _choose(qtbot, dialog, bad)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60000)
    assert "bad.toml" in dialog.message.text() and dialog.preview is None
