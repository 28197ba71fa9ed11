"""Read-aloud of the resident view (F9), issue 18, through Qt's own speech engines.

The tests drive the real code path with Qt's ``mock`` engine (a plugin that speaks word by word on a
timer, with English, Norwegian and Finnish voices and no Dutch one); "no engine" is an engine name Qt
does not have, which is what a computer without speech engines looks like to Qt. Where the mock
plugin is missing (a PySide6 build without it) those tests skip. The seam is app.ui.read_aloud.ENGINE.
"""

from __future__ import annotations

import sys
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui import read_aloud
from app.ui.i18n import install_translators, remove_translators
from tests.e2e.conftest import make_controller  # noqa: F401 - the fixture, for the lock test
from tests.support.windows import shown_window
from tests.support.wine import on_wine

_MOCK = "mock" in read_aloud.QTextToSpeech.availableEngines()
needs_mock = pytest.mark.skipif(not _MOCK, reason="Qt's mock speech engine is not in this PySide6")


@pytest.fixture
def ui_language(request):
    """Translators for the language named by the test's parameter ("nl" or "en")."""
    translators = install_translators(QApplication.instance(), request.param)
    yield request.param
    remove_translators(QApplication.instance(), translators)


@pytest.fixture
def engine(request, monkeypatch):
    monkeypatch.setattr(read_aloud, "ENGINE", request.param)
    return request.param


def _window(qtbot, db, language: str = "", agreements: tuple[str, ...] = ("Ik bel de woningcorporatie",)):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya", language=language))
    mid = services.meetings.plan(rid, datetime(2026, 12, 3, 10))
    for text in ("Werk zoeken", "De huur"):
        services.preparation.add_agenda_item(mid, text)
    for text in agreements:
        services.wrapup.add_agreement(mid, text, "resident")
    return shown_window(qtbot, services, rid, mid)


def _open_view(qtbot, window):
    QTest.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.in_resident_view)
    return window.resident_view


def _shown(view, second: bool) -> list[str]:
    """The texts the page shows: the headings and lines in the UI's language, or the second lines."""
    labels = [
        label
        for label in view.body.findChildren(QLabel)
        if not label.isHidden() and (label.objectName() == "residentViewSecond") == second
    ]
    return [label.text() for label in labels]


@needs_mock
@pytest.mark.parametrize(("ui_language", "engine"), [("en", "mock")], indirect=True)
def test_f8_reads_what_the_page_shows_and_a_click_stops_it(qtbot, db, ui_language, engine):
    window = _window(qtbot, db, agreements=("Ik bel <b>zelf</b> de \u202ewoningcorporatie\u202c 📞",))
    view = _open_view(qtbot, window)
    button = view.read_button
    assert button.isEnabled() and button.text() == "Read aloud"
    assert not view.read_language.isVisible(), "one language the computer can read: no choice to make"
    with qtbot.waitSignal(view.speech.speaking_changed):
        QTest.keyClick(view, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: view.speech.speaking)
    assert button.text() == "Stop reading"
    # Let the engine get through the first piece: what it was handed is all that is shown, in order.
    qtbot.waitUntil(lambda: len(view.speech.spoken) > 1, timeout=10000)
    spoken = " | ".join(view.speech.spoken + view.speech._queue)
    shown = _shown(view, second=False)
    assert "What we talk about" in shown and "What we agree" in shown
    for text in shown:
        assert read_aloud.speakable(text) in spoken
    assert "Ik bel zelf de woningcorporatie 📞" in spoken  # no tags, no bidi controls, no list mark
    assert "\u202e" not in spoken and "<b>" not in spoken
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.speech.speaking)
    assert button.text() == "Read aloud"
    assert view.speech._tts.state() == read_aloud.QTextToSpeech.State.Ready


@needs_mock
@pytest.mark.parametrize(("ui_language", "engine"), [("en", "mock")], indirect=True)
def test_clicking_reads_and_leaving_the_view_stops_it(qtbot, db, ui_language, engine):
    window = _window(qtbot, db)
    view = _open_view(qtbot, window)
    qtbot.mouseClick(view.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.speech.speaking)
    QTest.keyClick(window, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not window.in_resident_view)
    assert not view.speech.speaking
    assert view.speech._tts.state() == read_aloud.QTextToSpeech.State.Ready


@needs_mock
@pytest.mark.parametrize(("ui_language", "engine"), [("nl", "mock")], indirect=True)
def test_a_voice_for_the_residents_language_reads_its_lines(qtbot, db, ui_language, engine):
    """No Dutch voice in the mock engine, but an English one: an English-reading resident hears theirs."""
    window = _window(qtbot, db, language="Engels")
    view = _open_view(qtbot, window)
    assert view.read_button.isEnabled()
    assert view.read_language.currentData() == "en"
    qtbot.mouseClick(view.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.speech.speaking)
    second = _shown(view, second=True)
    assert "What we talk about" in second
    assert view.speech.spoken + view.speech._queue == second
    QTest.keyClick(view, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: not view.speech.speaking)


@needs_mock
@pytest.mark.parametrize(("ui_language", "engine"), [("nl", "mock")], indirect=True)
def test_no_voice_for_the_language_disables_the_button_with_a_reason(qtbot, db, ui_language, engine):
    window = _window(qtbot, db, language="Arabisch")
    view = _open_view(qtbot, window)
    assert not view.read_button.isEnabled()
    assert view.read_note.isVisible()
    assert "Voorlezen kan niet op deze computer" in view.read_note.text() and "Nederlands" in view.read_note.text()
    assert view.read_button.toolTip() == view.read_note.text()
    QTest.keyClick(view, Qt.Key.Key_F8)  # nothing happens, nothing breaks
    assert not view.speech.speaking


@pytest.mark.parametrize(
    ("ui_language", "engine", "message"),
    [
        ("nl", "geen-spraak", "Voorlezen kan niet op deze computer: er is geen spraakprogramma."),
        ("en", "geen-spraak", "Read-aloud is not available on this computer: it has no speech engine."),
    ],
    indirect=["ui_language", "engine"],
)
def test_no_engine_disables_the_button_with_a_message(qtbot, db, ui_language, engine, message):
    window = _window(qtbot, db)
    view = _open_view(qtbot, window)
    assert not view.speech.has_engine
    assert not view.read_button.isEnabled()
    assert view.read_note.isVisible() and view.read_note.text() == message
    assert view.read_button.toolTip() == message
    QTest.keyClick(view, Qt.Key.Key_F8)
    assert not view.speech.speaking


@needs_mock
@pytest.mark.parametrize(("ui_language", "engine"), [("en", "mock")], indirect=True)
def test_locking_stops_the_reading(qtbot, make_controller, ui_language, engine):  # noqa: F811 - the fixture
    controller = make_controller()
    window = controller.window
    services = window.services
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    services.meetings.plan(rid, datetime(2026, 12, 3, 10))
    window.caseload.refresh(select_id=rid)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = _open_view(qtbot, window)
    qtbot.mouseClick(view.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.speech.speaking)
    speech = view.speech
    tts = speech._tts
    with qtbot.waitSignal(speech.speaking_changed):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.window is None)
    assert tts.state() == read_aloud.QTextToSpeech.State.Ready
    assert not speech.speaking


def test_the_pieces_are_clean_and_capped():
    hostile = "\u202bمرحبا\u202c <script>x</script> " + "woord " * 20_000  # 120k characters
    out = read_aloud.pieces([hostile, "", "  ✓  Klaar  "])
    assert all(len(p) <= read_aloud.PIECE_CHARS for p in out)
    assert sum(len(p) for p in out) <= read_aloud.READING_CHARS
    assert out[0].startswith("مرحبا x woord")
    assert "\u202b" not in "".join(out) and "<script>" not in "".join(out)


def test_the_engine_is_the_platforms_own_never_the_mock():
    assert read_aloud.platform_engine(["sapi", "winrt", "mock"], "win32") == "sapi"
    assert read_aloud.platform_engine(["winrt", "mock"], "win32") == "winrt"
    assert read_aloud.platform_engine(["speechd", "mock"], "linux") == "speechd"
    assert read_aloud.platform_engine(["mock"], "linux") == "speechd"  # not there: nothing speaks, no mock


@pytest.mark.parametrize("ui_language", ["nl"], indirect=True)
def test_a_bundle_without_the_speech_module_says_so(qtbot, db, ui_language, monkeypatch):
    """The Linux bundle leaves QtTextToSpeech out: the import fails, the view says why, nothing breaks."""
    monkeypatch.delitem(sys.modules, "app.ui.read_aloud")
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # what a missing module looks like
    window = _window(qtbot, db)
    view = _open_view(qtbot, window)
    assert view.speech is None
    assert not view.read_button.isEnabled()
    assert view.read_note.text() == "Voorlezen kan niet op deze computer: er is geen spraakprogramma."
    assert view.read_button.toolTip() == view.read_note.text()
    QTest.keyClick(view, Qt.Key.Key_F8)
    assert view.speech is None


@pytest.mark.parametrize(("ui_language", "engine"), [("en", None)], indirect=True)
def test_the_platforms_own_engine_reads_where_it_has_a_voice(qtbot, db, ui_language, engine):
    """The real engine (sapi on Windows, speechd on Linux): skipped on a computer without an English voice.
    Not under Wine: its SAPI is a stub that never returns from making the engine (seen with Wine 8)."""
    if on_wine():
        pytest.skip("Wine's SAPI never returns from QTextToSpeech('sapi'): only a real Windows can show this")
    window = _window(qtbot, db)
    view = _open_view(qtbot, window)
    assert view.speech.engine_name != "mock"
    if not view.read_button.isEnabled():
        pytest.skip(f"the {view.speech.engine_name} engine cannot read English here: {view.read_note.text()}")
    qtbot.mouseClick(view.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.speech.speaking or len(view.speech.spoken) > 0, timeout=10000)
    assert view.speech.spoken[0] == "Mevr. Kaya"
    QTest.keyClick(view, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: not view.speech.speaking, timeout=10000)


@needs_mock
@pytest.mark.parametrize(("ui_language", "engine"), [("en", "mock")], indirect=True)
def test_read_aloud_can_be_turned_off_in_settings(qtbot, db, ui_language, engine):
    window = _window(qtbot, db)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "dialog", None) is not None and window.dialog.isVisible())
    dialog = window.dialog
    box = dialog.editors["read_aloud"]
    assert box.isChecked(), "on by default"
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.services.settings.get("read_aloud") is False
    view = _open_view(qtbot, window)
    assert not view.read_bar.isVisible() and not view.read_shortcut.isEnabled()
    QTest.keyClick(view, Qt.Key.Key_F8)
    assert view.speech is None or not view.speech.speaking
