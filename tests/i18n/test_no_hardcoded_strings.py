"""With the Dutch catalogues installed, every text on every screen is Dutch from the catalogue, or data.

Each screen is built over a resident and meetings whose text fields hold markers
(tests/support/screens.py). Every user-visible text is collected from the
widget tree (labels, buttons, group titles, tabs, placeholders, combo and list
items, menus, tooltips, window titles, accessible names and descriptions).

A text passes when, after taking out
- data: the markers, the Dutch content library, the referral directory, paths,
  dates (Dutch day and month names, digits) and key names (Ctrl+1, F9);
- the Dutch catalogue's translations (each split at its {placeholders} / %1 / %n),
nothing readable is left. Anything left over is a string the catalogue did not
produce: an English literal that is not wrapped in tr(), or a tr() whose
context lupdate could not see.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from app.paths import resource_path
from tests.support.screens import (
    MARKER_RE,
    confirmation_boxes,
    dutch_date_words,
    screens,
    visible_texts,
)

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?\d|%n")
KEYS = re.compile(r"\b(?:(?:Ctrl|Shift|Alt|Meta|Cmd)\+)+[\w.,]+|\bF\d{1,2}\b")
LETTERS = re.compile(r"[^\W\d_]+")
# Qt's own texts on our screens, in whatever language qtbase_nl.qm gives them.
QT_TEXTS = [
    ("QPlatformTheme", text)
    for text in (
        "OK",
        "Save",
        "Save All",
        "Open",
        "&Yes",
        "Yes to &All",
        "&No",
        "N&o to All",
        "Abort",
        "Retry",
        "Ignore",
        "Close",
        "Cancel",
        "Discard",
        "Help",
        "Apply",
        "Reset",
        "Restore Defaults",
    )
] + [("QTabBar", "Scroll Left"), ("QTabBar", "Scroll Right")]


def catalogue_translations() -> list[str]:
    out = []
    root = ET.parse(resource_path("i18n", "nabij_nl.ts")).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        out += [f for f in forms if f]
    return out


def qt_translations() -> list[str]:
    return [QCoreApplication.translate(context, text) for context, text in QT_TEXTS]


def _alternation(pieces) -> re.Pattern:
    parts = []
    for piece in sorted({p for p in pieces if LETTERS.search(p)}, key=len, reverse=True):
        pattern = re.escape(piece)
        if re.match(r"\w", piece):
            pattern = r"(?<!\w)" + pattern
        if re.search(r"\w$", piece):
            pattern += r"(?!\w)"
        parts.append(pattern)
    return re.compile("|".join(parts))


class Judge:
    def __init__(self, data: set[str]) -> None:
        fragments = []
        for text in catalogue_translations() + qt_translations():
            text = text.replace("&&", "\x01").replace("&", "").replace("\x01", "&")
            fragments += [f.strip() for f in PLACEHOLDER.split(text)]
            fragments += [f.strip().rstrip("…") for f in PLACEHOLDER.split(text)]  # "Plan…" in a tooltip
            fragments += [line.strip() for f in PLACEHOLDER.split(text) for line in f.splitlines()]
        data_pieces = {d for d in data if d} | {d.strip() for s in data for d in s.splitlines()}
        # One alternation, longest first: a translation holding a data word ("Welkom bij Nabij") and
        # content holding a translated word ("Taal en digitale vaardigheden") are both taken whole.
        self.pieces = _alternation(set(fragments) | data_pieces)
        self.dates = _alternation(dutch_date_words())

    def leftover(self, text: str) -> str:
        text = text.replace("&&", "\x01").replace("&", "").replace("\x01", "&")
        text = self.pieces.sub(" ", text)
        text = MARKER_RE.sub(" ", text)
        text = KEYS.sub(" ", text)
        text = self.dates.sub(" ", text)
        text = self.pieces.sub(" ", text)
        return " ".join(LETTERS.findall(text))


def test_every_text_comes_from_the_dutch_catalogue_or_is_data(qtbot, dutch, world):
    # Language names are written in their own language on purpose.
    from app.documents.wording import SUPPORTED, dutch_name, native_name

    # language names stay in their own language (with the Dutch name): data from the wording files
    names = {native_name(code) for code in SUPPORTED} | {dutch_name(code) for code in SUPPORTED}
    judge = Judge(world.data_strings | {"Nederlands", "English"} | names)
    problems: list[str] = []
    seen = 0

    def check(screen: str, widget) -> None:
        nonlocal seen
        for where, text in visible_texts(widget):
            seen += 1
            rest = judge.leftover(text)
            if rest:
                problems.append(f"{screen} › {where}: {text!r}  (not from the catalogue: {rest!r})")

    for screen, widget in screens(qtbot, world):
        check(screen, widget)
    for screen, box in confirmation_boxes(qtbot, world):
        check(screen, box)
    assert seen > 500
    assert not problems, f"{len(problems)} texts are not translated:\n" + "\n".join(sorted(set(problems)))


def test_the_judge_catches_english(qtbot, dutch, world):
    judge = Judge(world.data_strings)
    assert judge.leftover("Voorbereiding") == ""
    assert judge.leftover("Gesprek op dinsdag 1 december 2026, 10:00") == ""
    assert judge.leftover("Zq-name, volgende: di 1 dec 10:00") == ""
    assert judge.leftover("Preparation") == "Preparation"
    assert judge.leftover("Save status") != ""
