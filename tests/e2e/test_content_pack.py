"""A municipality's content pack, end to end through the real window: loaded, shown in Settings, and refused cleanly."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app import policy
from app.content import load_library

PACK = """version = 1
name = "Gemeente Voorbeeld"
pack_version = "2026.2"
date = 2026-11-20

[[nl.prompts]]
id = "open_check_in"
text = "Zet eerst koffie en vraag hoe het gaat."

[[en.prompts]]
id = "open_check_in"
text = "Make coffee first and ask how things are."

[[nl.referrals]]
id = "voorbeeld_schuldhulp"
name = "Schuldhulp Voorbeeld"
purpose = "Hulp bij schulden voor inwoners van Voorbeeld."
contact = "0123-456789"
last_checked = 2026-11-01

[[en.referrals]]
id = "voorbeeld_schuldhulp"
name = "Schuldhulp Voorbeeld"
purpose = "Debt help for residents of Voorbeeld."
last_checked = 2026-11-01
"""


@pytest.fixture(autouse=True)
def _dutch_and_no_policy(qapp, monkeypatch, tmp_path):
    from app.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "nl")  # the consultant sees the Dutch app, as at a real start
    monkeypatch.setenv(policy.ENV_DIR, str(tmp_path / "no-policy"))
    yield
    monkeypatch.undo()
    policy.reload()
    remove_translators(qapp, translators)


def _opening_texts(window) -> list[str]:
    lst = window.conversation.prompt_lists["opening"]
    return [lst.item(row).text() for row in range(lst.count())]


def _open_settings(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    return window.dialog


def test_a_pack_in_the_data_folder_changes_gesprek_and_shows_in_settings(qtbot, make_controller, data_dir):
    (data_dir / "content-pack.toml").write_text(PACK, encoding="utf-8")
    controller = make_controller()
    window = controller.window
    assert window is not None and controller.pack_problem == ""
    qtbot.waitExposed(window)
    assert "Zet eerst koffie en vraag hoe het gaat." in _opening_texts(window)
    bundled = load_library("nl").prompt("open_check_in").text
    assert bundled not in _opening_texts(window)
    # The pack's referral, with its "last checked" date, is in the directory.
    entries = {r.name: r for r in window.services.referrals.list()}
    assert entries["Schuldhulp Voorbeeld"].last_checked == datetime.date(2026, 11, 1)

    dialog = _open_settings(qtbot, window)
    summary = dialog.pack_summary.text()
    for part in ("Gemeente Voorbeeld", "2026.2", "20 november 2026", "content-pack.toml"):
        assert part in summary
    assert "1 gewijzigd" in summary and "1 toegevoegd" in summary, summary
    assert not dialog.pack_problem.isVisible()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_malformed_pack_names_file_and_key_and_the_defaults_stay(qtbot, make_controller, data_dir):
    broken = PACK.replace('text = "Zet eerst koffie', 'phase = "lunch"\ntext = "Zet eerst koffie')
    (data_dir / "content-pack.toml").write_text(broken, encoding="utf-8")
    controller = make_controller()
    window = controller.window
    assert window is not None, "a bad pack never stops the app"
    qtbot.waitExposed(window)
    assert load_library("nl").prompt("open_check_in").text in _opening_texts(window)
    for part in ("content-pack.toml", "nl.prompts.open_check_in.phase", "Nabij gebruikt"):
        assert part in controller.pack_problem, controller.pack_problem
    assert controller.pack_problem in window.statusBar().currentMessage()
    dialog = _open_settings(qtbot, window)
    assert dialog.pack_problem.isVisible() and "nl.prompts.open_check_in.phase" in dialog.pack_problem.text()
    assert "Geen inhoudspakket" in dialog.pack_summary.text()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "version = 1\n" + "x = [" * 5000],
    ids=["foreign", "damaged"],
)
def test_a_foreign_or_damaged_pack_is_refused_with_a_message(qtbot, make_controller, data_dir, content):
    path = data_dir / "content-pack.toml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    controller = make_controller()
    assert controller.window is not None
    assert "content-pack.toml" in controller.pack_problem
    assert load_library("nl").prompt("open_check_in").text in _opening_texts(controller.window)


def test_a_pack_named_by_a_locked_policy_is_used_and_shown_as_locked(qtbot, make_controller, tmp_path, monkeypatch):
    pack = tmp_path / "share" / "gemeente.toml"
    pack.parent.mkdir()
    pack.write_text(PACK.replace("Gemeente Voorbeeld", "Gemeente Beleid"), encoding="utf-8")
    folder = tmp_path / "etc"
    folder.mkdir()
    (folder / policy.FILE_NAME).write_text(f"[Nabij]\nContentPackPath={pack}\nContentPackPathLocked=1\n")
    monkeypatch.setenv(policy.ENV_DIR, str(folder))
    controller = make_controller()
    window = controller.window
    assert window is not None and window.library.pack is not None
    assert window.library.pack.name == "Gemeente Beleid"
    dialog = _open_settings(qtbot, window)
    assert "Gemeente Beleid" in dialog.pack_summary.text() and "IT" in dialog.pack_summary.text()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
