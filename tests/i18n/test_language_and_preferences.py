"""Choosing the language before unlock, and the small plain preferences file that remembers it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui import preferences
from app.ui.i18n import choose_language, install_translators, remove_translators


@pytest.mark.parametrize(
    ("stored", "system", "expected"),
    [
        ("en", "nl_NL", "en"),
        ("nl", "en_GB", "nl"),
        (None, "nl_NL", "nl"),
        (None, "nl_BE", "nl"),
        (None, "en_US", "en"),
        (None, "de_DE", "en"),
        (None, "C", "nl"),
        ("fr", "en_US", "nl"),  # a stored value we do not know: Dutch
        ("", "en_US", "en"),
    ],
)
def test_choose_language(stored, system, expected):
    assert choose_language(stored, QLocale(system)) == expected


def test_dutch_translators_translate_ours_and_qts(qapp):
    app = QApplication.instance()
    translators = install_translators(app, "nl")
    try:
        assert len(translators) == 2
        assert QCoreApplication.translate("MainWindow", "Preparation") == "Voorbereiding"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuleren"
        assert QLocale().language() == QLocale.Language.Dutch
    finally:
        remove_translators(app, translators)
    assert QCoreApplication.translate("MainWindow", "Preparation") == "Preparation"


def test_english_translators(qapp):
    app = QApplication.instance()
    translators = install_translators(app, "en")
    try:
        assert QCoreApplication.translate("CaseloadPanel", "%n resident(s)", "", 2) == "2 residents"
        assert QLocale().language() == QLocale.Language.English
    finally:
        remove_translators(app, translators)


def test_preferences_default_when_absent(tmp_path):
    prefs = preferences.load(tmp_path)
    assert prefs.ui_language is None and prefs.font_scale == 100 and prefs.scale == 1.0


def test_preferences_round_trip(tmp_path):
    preferences.save(tmp_path, preferences.UiPreferences("en", 150))
    assert preferences.load(tmp_path) == preferences.UiPreferences("en", 150)
    data = json.loads((tmp_path / preferences.FILE_NAME).read_text(encoding="utf-8"))
    assert data == {"font_scale": 150, "ui_language": "en"}  # nothing else is written


def test_preferences_update_keeps_the_other_field(tmp_path):
    preferences.update(tmp_path, ui_language="nl")
    preferences.update(tmp_path, font_scale=200)
    assert preferences.load(tmp_path) == preferences.UiPreferences("nl", 200)
    with pytest.raises(KeyError):
        preferences.update(tmp_path, passphrase="no")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("not json {", preferences.UiPreferences()),
        ("[1, 2]", preferences.UiPreferences()),
        ('{"ui_language": "fr", "font_scale": 150}', preferences.UiPreferences(None, 150)),
        ('{"ui_language": "en", "font_scale": 900}', preferences.UiPreferences("en", 200)),
        ('{"ui_language": "en", "font_scale": 20}', preferences.UiPreferences("en", 100)),
        ('{"ui_language": "en", "font_scale": true}', preferences.UiPreferences("en", 100)),
        ('{"ui_language": "en", "font_scale": "150"}', preferences.UiPreferences("en", 100)),
    ],
)
def test_damaged_preferences_give_defaults(tmp_path, content, expected):
    (tmp_path / preferences.FILE_NAME).write_text(content, encoding="utf-8")
    assert preferences.load(tmp_path) == expected


def test_preferences_write_is_atomic(tmp_path):
    preferences.save(tmp_path, preferences.UiPreferences("nl", 125))
    assert [p.name for p in tmp_path.iterdir()] == [preferences.FILE_NAME]


def test_datetime_text_says_what_a_qdatetime_said(qapp):
    """Meeting times are formatted as a QDate and a QTime (issue 16): the same words, in both languages."""
    from datetime import datetime

    from PySide6.QtCore import QLocale

    from app.ui.qt_types import datetime_text, to_qdatetime

    locales = (
        QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    )
    when = datetime(2026, 12, 3, 9, 5)
    for locale in locales:
        for fmt, between in (("ddd d MMM", " "), ("dddd d MMMM yyyy", ", "), ("d MMM yyyy", " ")):
            expected = locale.toString(to_qdatetime(when), f"{fmt}'{between}'HH:mm")
            assert datetime_text(locale, when, fmt, between) == expected
    assert datetime_text(locales[0], when, "dddd d MMMM yyyy", ", ") == "donderdag 3 december 2026, 09:05"
    # A wall-clock time in the night the clocks go forward is shown as it was agreed.
    assert datetime_text(locales[0], datetime(2026, 3, 29, 2, 30), "d MMM yyyy").endswith("02:30")
