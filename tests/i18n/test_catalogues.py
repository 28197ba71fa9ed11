"""The translation catalogues are complete, current, and compiled.

- every message in nabij_nl.ts and nabij_en.ts has a finished translation
  (numerus messages: every form), with the same placeholders as its source;
- the .ts files hold exactly what pyside6-lupdate finds in the code today: a new
  self.tr string without a translation fails here;
- the committed .qm files are what pyside6-lrelease makes of the .ts files.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.paths import resource_path

I18N = Path(resource_path("i18n"))
LANGUAGES = ("nl", "en")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?\d|%n")
FORMS = {"nl": 2, "en": 2}


def has_accelerator(text: str) -> bool:
    return "&" in text.replace("&&", "").replace(" & ", "")


def load_update_module():
    spec = importlib.util.spec_from_file_location("nabij_i18n_update", I18N / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = message
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    problems = []
    found = messages(I18N / f"nabij_{language}.ts")
    assert len(found) > 300
    for (context, source, comment), message in found.items():
        where = f"{context}: {source!r}" + (f" ({comment})" if comment else "")
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{where}: no translation")
            continue
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {kind}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if len(forms) != FORMS[language] or not all(f.strip() for f in forms):
                problems.append(f"{where}: needs {FORMS[language]} plural forms, has {forms}")
                continue
        else:
            forms = [translation.text or ""]
            if not forms[0].strip():
                problems.append(f"{where}: empty translation")
                continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                problems.append(f"{where}: placeholders {wanted} but translation {form!r}")
            if has_accelerator(source) != has_accelerator(form):
                problems.append(f"{where}: accelerator (&) in only one of source and translation: {form!r}")
    assert not problems, "\n".join(problems)


def test_catalogues_hold_the_same_messages():
    assert messages(I18N / "nabij_nl.ts").keys() == messages(I18N / "nabij_en.ts").keys()


def test_english_catalogue_is_the_source_text():
    for (context, source, _c), message in messages(I18N / "nabij_en.ts").items():
        if message.get("numerus") != "yes":
            assert message.findtext("translation") == source, f"{context}: {source!r}"


def test_catalogues_are_current(tmp_path):
    """lupdate over today's code finds exactly the messages in the committed .ts files."""
    update = load_update_module()
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / f"nabij_{language}.ts"
        shutil.copy(I18N / f"nabij_{language}.ts", copy)
        copies.append(copy)
    update.lupdate(copies)
    for language, copy in zip(LANGUAGES, copies, strict=True):
        committed = messages(I18N / f"nabij_{language}.ts")
        fresh = messages(copy)
        new = sorted(set(fresh) - set(committed))
        gone = sorted(set(committed) - set(fresh))
        assert not new, (
            f"nabij_{language}.ts lacks strings found in the code; run "
            f"'uv run python resources/i18n/update.py', translate, then --release:\n" + "\n".join(map(str, new))
        )
        assert not gone, f"nabij_{language}.ts holds strings no longer in the code:\n" + "\n".join(map(str, gone))


def test_strings_outside_the_ui_are_collected():
    """printing.py's _tr(...) and app/settings.py's QT_TRANSLATE_NOOP(CONTEXT, ...) reach the catalogue."""
    keys = {(c, s) for c, s, _ in messages(I18N / "nabij_nl.ts")}
    assert ("printing", "No printer was chosen.") in keys
    assert ("Settings", "Language of the app") in keys
    update = load_update_module()
    sample = (
        "from PySide6.QtCore import QCoreApplication\n"
        'CONTEXT = "Things"\n'
        "def QT_TRANSLATE_NOOP(context, text):\n    return text\n"
        "_T = QT_TRANSLATE_NOOP\n"
        'def _tr(text):\n    return QCoreApplication.translate("wrapped", text)\n'
        'A = _T(CONTEXT, "one")\n'
        'B = _tr("two")\n'
        'C = QCoreApplication.translate("direct", "three", "je")\n'
    )
    assert set(update.marked_strings(sample)) == {
        ("Things", "one", None),
        ("wrapped", "two", None),
        ("direct", "three", "je"),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogues_match_the_sources(tmp_path, language):
    update = load_update_module()
    fresh = tmp_path / f"nabij_{language}.qm"
    update.lrelease(I18N / f"nabij_{language}.ts", fresh)
    committed = I18N / f"nabij_{language}.qm"
    assert committed.is_file(), f"{committed.name} is missing: run update.py --release"
    assert committed.read_bytes() == fresh.read_bytes(), f"{committed.name} is stale: run update.py --release"


def test_compiled_dutch_catalogue_translates(qapp):
    translator = QTranslator()
    assert translator.load(str(I18N / "nabij_nl.qm"))
    assert translator.translate("MainWindow", "Preparation") == "Voorbereiding"
    assert translator.translate("MainWindow", "Conversation") == "Gesprek"
    assert translator.translate("MainWindow", "Wrap-up") == "Afronding"
    assert translator.translate("ResidentSafeView", "You do", "je") == "Dit doe jij"
    assert translator.translate("ResidentSafeView", "You do", "u") == "Dit doet u"
    assert translator.translate("CaseloadPanel", "%n resident(s)", "", 1) == "%n inwoner"
    assert translator.translate("CaseloadPanel", "%n resident(s)", "", 3) == "%n inwoners"
    english = QTranslator()
    assert english.load(str(I18N / "nabij_en.qm"))
    assert english.translate("CaseloadPanel", "%n resident(s)", "", 1) == "%n resident"
