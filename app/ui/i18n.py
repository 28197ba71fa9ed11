"""Which language the UI speaks, and the translators that make it speak it.

The source strings are English (self.tr / QCoreApplication.translate). Two
catalogues ship in resources/i18n: nabij_nl.qm and nabij_en.qm (English is
an identity catalogue, so both are complete and plurals read right). Qt's
own qtbase_<lang>.qm makes the standard dialogs and buttons (QFileDialog,
QMessageBox, QDialogButtonBox) speak the same language.

Install the translators before any widget is built: a widget translates its
texts once, when it is made.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"


def choose_language(stored: str | None, system: QLocale | None = None) -> str:
    """The stored choice when there is one; on first run the system's language.

    Dutch is the default when unsure: a stored value we do not know, or a
    system locale without a language (C / POSIX). Any other system language
    gets English.
    """
    if stored in LANGUAGES:
        return stored
    if stored:  # something, but not a language we have
        return DEFAULT_LANGUAGE
    locale = system if system is not None else QLocale.system()
    if locale.language() == QLocale.Language.Dutch:
        return "nl"
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return DEFAULT_LANGUAGE
    return "en"


def _load(translator: QTranslator, path: str) -> bool:
    ok = translator.load(path)
    if not ok:
        log.warning("translation not loaded: %s", path)
    return ok


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install Qt's and Nabij's catalogues for ``language``; returns them (keep a reference).

    Also sets the default QLocale, so dates and numbers follow the same language.
    Removing them again: ``remove_translators(app, translators)``.
    """
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    # English as written in the Netherlands: English words, Dutch date and number conventions.
    QLocale.setDefault(QLocale("nl_NL" if language == "nl" else "en_NL"))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if _load(qt, f"{qt_dir}/qtbase_{language}.qm"):
        app.installTranslator(qt)
        installed.append(qt)
    own = QTranslator(app)
    if _load(own, str(resource_path("i18n", f"nabij_{language}.qm"))):
        app.installTranslator(own)
        installed.append(own)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
