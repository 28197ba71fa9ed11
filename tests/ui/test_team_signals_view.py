"""The team lead's view, as used: export a signed file, add five files in Qt's file dialog, see small counts hidden."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.content import load_library
from app.services import team_signals as ts
from app.services.registry import Services
from app.ui.dialogs.team_signals import TeamSignalsDialog

SECRET = "koffie bij het wijkteam"
LIBRARY = load_library("nl")
DISTRUST = LIBRARY.baggage_by_id("distrust").label
REJECTED = LIBRARY.baggage_by_id("rejected_applications").label


@pytest.fixture(autouse=True)
def _dutch():
    from app.ui.i18n import install_translators, remove_translators

    translators = install_translators(QApplication.instance(), "nl")
    yield
    remove_translators(QApplication.instance(), translators)


def _file(folder, name: str, source: str, items: list[tuple[str, str]]):
    signals = [
        ts.TeamSignal(ts.signal_uid(source, n), cat, month, "Noord", "Lang wachten")
        for n, (cat, month) in enumerate(items)
    ]
    path = folder / name
    path.write_bytes(ts.export_file(signals, SECRET))
    return path


def _choose(qtbot, dialog, names: list[str], folder) -> None:
    file_dialog = getattr(dialog, "file_dialog", None) or dialog.dialog
    assert file_dialog is not None and file_dialog.isVisible()
    file_dialog.setDirectory(str(folder))
    edit = file_dialog.findChild(QLineEdit, "fileNameEdit")
    if len(names) > 1:  # as when the consultant Ctrl-clicks several files in the list
        file_dialog.selectFile(" ".join(f'"{n}"' for n in names))
    else:
        qtbot.keyClicks(edit, names[0])
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not file_dialog.isVisible())


def test_five_files_one_tampered_small_counts_hidden_in_view_and_exports(qtbot, db, tmp_path):
    services = Services.over(db)
    services.settings.set("team_secret", SECRET)
    _file(tmp_path, "a.json", "a", [("distrust", "2026-10")] * 3 + [("rejected_applications", "2026-10")])
    _file(tmp_path, "b.json", "b", [("distrust", "2026-10")])
    _file(tmp_path, "c.json", "a", [("distrust", "2026-10")] * 3)  # a's first three again: duplicates
    _file(tmp_path, "d.json", "d", [("rejected_applications", "2026-11")])
    bad = json.loads(_file(tmp_path, "e.json", "e", [("distrust", "2026-10")]).read_text())
    bad["signals"][0]["text"] = "Aangepast"
    (tmp_path / "e.json").write_text(json.dumps(bad))
    (tmp_path / "foto.json").write_bytes(b"\x89PNG\r\n" + bytes(100))

    dialog = TeamSignalsDialog(services, LIBRARY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.csv_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    _choose(qtbot, dialog, ["a.json", "b.json", "c.json", "d.json", "e.json", "foto.json"], tmp_path)

    message = dialog.message.text()
    assert "4 bestanden gelezen" in message and "3 dubbele signalen" in message, message
    assert "Geweigerd: e.json: veranderd nadat het is gemaakt" in message
    assert "Geweigerd: foto.json: geen signaalbestand van Nabij" in message
    cells = {
        (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text()): dialog.table.item(r, 2).text()
        for r in range(dialog.table.rowCount())
    }
    assert cells[(DISTRUST, "2026-10")] == "4"
    assert cells[(REJECTED, "2026-10")] == "minder dan 3"
    assert cells[(REJECTED, "2026-11")] == "minder dan 3"

    qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.exported):
        _choose(qtbot, dialog, ["team.csv"], tmp_path)
    csv = (tmp_path / "team.csv").read_text(encoding="utf-8-sig")
    assert f"{REJECTED},2026-10,minder dan 3" in csv and f"{DISTRUST},2026-10,4" in csv
    assert f"{REJECTED},2026-11,minder dan 3" in csv
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.exported):
        _choose(qtbot, dialog, ["team.pdf"], tmp_path)
    assert (tmp_path / "team.pdf").read_bytes().startswith(b"%PDF")


def test_without_a_team_secret_the_view_says_what_to_do(qtbot, db, tmp_path):
    services = Services.over(db)
    _file(tmp_path, "a.json", "a", [("distrust", "2026-10")])
    dialog = TeamSignalsDialog(services, LIBRARY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    _choose(qtbot, dialog, ["a.json"], tmp_path)
    assert "teamgeheim" in dialog.message.text() and dialog.table.rowCount() == 0


def test_what_was_done_flows_from_the_team_lead_to_a_consultant(qtbot, db, tmp_path):
    from app.ui.dialogs.signals import SignalsDialog

    services = Services.over(db)
    services.settings.set("team_secret", SECRET)
    lead = TeamSignalsDialog(services, LIBRARY)
    qtbot.addWidget(lead)
    lead.show()
    qtbot.waitExposed(lead)
    lead.register_topic.setCurrentIndex(lead.register_topic.findData("distrust"))
    qtbot.keyClicks(lead.register_what, "Brieven worden nu eerst in gewone taal getest")
    qtbot.keyClicks(lead.register_role, "beleidsadviseur")
    qtbot.keyClick(lead.register_role, Qt.Key.Key_Return)
    assert "Brieven worden nu eerst in gewone taal getest (beleidsadviseur" in lead.register_lines.text()
    qtbot.mouseClick(lead.register_export, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(lead.exported):
        _choose(qtbot, lead, ["register.json"], tmp_path)

    services.settings.reset("team_register")  # a consultant's own app, before the import
    consultant = SignalsDialog(services, LIBRARY)
    qtbot.addWidget(consultant)
    consultant.show()
    qtbot.waitExposed(consultant)
    assert "nog niets" in consultant.done_lines.text()
    tampered = json.loads((tmp_path / "register.json").read_text())
    tampered["entries"][0]["role"] = "wethouder"
    (tmp_path / "vals.json").write_text(json.dumps(tampered))
    qtbot.mouseClick(consultant.done_import, Qt.MouseButton.LeftButton)
    _choose(qtbot, consultant, ["vals.json"], tmp_path)
    assert "Geweigerd: vals.json: veranderd" in consultant.message.text()
    assert "nog niets" in consultant.done_lines.text()
    qtbot.mouseClick(consultant.done_import, Qt.MouseButton.LeftButton)
    _choose(qtbot, consultant, ["register.json"], tmp_path)
    assert "1 regel geïmporteerd" in consultant.message.text()
    assert f"{DISTRUST}: Brieven worden nu eerst in gewone taal getest (beleidsadviseur" in consultant.done_lines.text()
