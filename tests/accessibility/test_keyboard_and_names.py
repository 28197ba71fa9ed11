"""Keyboard and screen-reader basics on every screen (WCAG 2.1 AA: 2.1.1, 2.1.2, 2.4.3, 4.1.2).

- every widget a user can tab to, and every input, has an accessible name;
- pressing Tab from the first widget reaches every visible, enabled input,
  and never gets stuck (a text box that eats Tab is a keyboard trap);
- the Tab order reads like the screen: left to right within a row, top to
  bottom within a column;
- every action in the main window's menus has a shortcut, shown in its tooltip.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.support.screens import build_world, screens

INPUTS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
)
# Menu actions that need no shortcut of their own (rarely used, reached through the menu's accelerator).
NO_SHORTCUT_NEEDED = {"About Nabij"}


@pytest.fixture
def world(db, vault):
    return build_world(db, vault)


def _owned_by_composite(widget: QWidget) -> bool:
    """The line edit inside a spin box or combo box: the outer widget carries the name and the focus."""
    parent = widget.parentWidget()
    return isinstance(parent, (QAbstractSpinBox, QComboBox)) or widget.focusProxy() is not None


def tab_stops(top: QWidget) -> list[QWidget]:
    """Widgets Tab should land on, in focus-chain order."""
    out, seen = [], set()
    w = top.nextInFocusChain()
    while w is not top and id(w) not in seen:
        seen.add(id(w))
        if (
            (w.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
            and w.isVisible()
            and w.isEnabled()
            and w.window() is top
            and not _owned_by_composite(w)
        ):
            out.append(w)
        w = w.nextInFocusChain()
    return out


def describe(w: QWidget) -> str:
    text = getattr(w, "text", lambda: "")() if isinstance(w, (QAbstractButton, QLineEdit)) else ""
    return f"{type(w).__name__}#{w.objectName() or '-'} {w.accessibleName()!r} {text!r}"


def test_every_input_has_an_accessible_name(qtbot, world):
    problems = []
    for screen, top in screens(qtbot, world):
        for w in [top, *top.findChildren(QWidget)]:
            if not w.isVisible() or not w.isEnabled() or _owned_by_composite(w) or isinstance(w, QTabBar):
                continue
            if isinstance(w, QHeaderView) or w.objectName().startswith("qt_"):
                continue  # parts Qt builds into a table; the table carries the name
            focusable = (w.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
            if (focusable or isinstance(w, INPUTS)) and not w.accessibleName().strip():
                problems.append(f"{screen}: {describe(w)}")
    assert not problems, "no accessible name:\n" + "\n".join(problems)


def _required(stops: list[QWidget]) -> list[list[QWidget]]:
    """Groups of which Tab must reach at least one: the buttons of one exclusive group count once."""
    groups: dict[int, list[QWidget]] = {}
    out = []
    for w in stops:
        grouped = isinstance(w, QAbstractButton) and w.group() is not None and w.group().exclusive()
        if grouped or (isinstance(w, QRadioButton) and w.autoExclusive()):
            # Like radio buttons: Tab enters the group at the checked one, the arrow keys move inside it.
            key = id(w.group()) if w.group() is not None else id(w.parentWidget())
            if key not in groups:
                groups[key] = []
                out.append(groups[key])
            groups[key].append(w)
        else:
            out.append([w])
    return out


def test_tab_reaches_every_input_and_never_sticks(qtbot, world):
    problems = []
    for screen, top in screens(qtbot, world):
        stops = tab_stops(top)
        if len(stops) < 2:
            continue
        top.activateWindow()
        qtbot.waitUntil(lambda top=top: QApplication.activeWindow() is top, timeout=2000)
        stops[0].setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda s=stops[0]: QApplication.focusWidget() is s, timeout=2000)
        required = _required(stops)
        visited: list[QWidget] = []
        stayed = 0
        # Date and time edits step through their sections (day, month, year) before Tab leaves them.
        for _ in range(len(stops) + 6 * len(top.findChildren(QAbstractSpinBox)) + 5):
            current = QApplication.focusWidget()
            visited.append(current)
            if all(any(w in visited for w in group) for group in required):
                break
            QTest.keyClick(current, Qt.Key.Key_Tab)
            stayed = stayed + 1 if QApplication.focusWidget() is current else 0
            if stayed > 6:
                problems.append(f"{screen}: Tab is stuck on {describe(current)}")
                break
        missed = [describe(group[0]) for group in required if not any(w in visited for w in group)]
        if missed:
            problems.append(f"{screen}: Tab never reaches " + "; ".join(missed))
    assert not problems, "\n".join(problems)


def test_arrow_keys_move_within_segmented_pages(qtbot, world):
    from app.ui.tabs.conversation import ConversationTab

    tab = ConversationTab(world.services, world.library)
    qtbot.addWidget(tab)
    tab.load(world.resident_id, world.meeting_id)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab, timeout=2000)
    first = tab.prompt_pages.button(0)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: first.hasFocus(), timeout=2000)
    QTest.keyClick(first, Qt.Key.Key_Right)
    assert tab.prompt_pages.button(1).hasFocus()
    assert tab.prompt_pages.current_index() == 1


def _rect(w: QWidget, top: QWidget) -> QRect:
    return QRect(w.mapTo(top, w.rect().topLeft()), w.size())


def test_tab_order_reads_like_the_screen(qtbot, world):
    """Left to right within a row; top to bottom within a column."""
    problems = []
    for screen, top in screens(qtbot, world):
        stops = tab_stops(top)
        for a, b in pairwise(stops):
            ra, rb = _rect(a, top), _rect(b, top)
            same_row = min(ra.bottom(), rb.bottom()) - max(ra.top(), rb.top()) > min(ra.height(), rb.height()) // 2
            same_column = min(ra.right(), rb.right()) - max(ra.left(), rb.left()) > 0
            if same_row and rb.left() < ra.left() - 4 and not ra.intersects(rb):
                problems.append(f"{screen}: right to left: {describe(a)} → {describe(b)}")
            elif same_column and not same_row and rb.top() < ra.top() - 4 and not ra.intersects(rb):
                problems.append(f"{screen}: upwards: {describe(a)} → {describe(b)}")
    assert not problems, "\n".join(problems)


def test_every_menu_action_has_a_shortcut_shown_in_its_tooltip(qtbot, world):
    window = next(top for _name, top in screens(qtbot, world) if isinstance(top, QMainWindow))
    problems = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            name = action.text().replace("&", "").rstrip("…")
            if action.shortcut().isEmpty():
                if name not in NO_SHORTCUT_NEEDED:
                    problems.append(f"{menu_action.text()} › {action.text()}: no shortcut")
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys not in action.toolTip():
                problems.append(f"{menu_action.text()} › {action.text()}: tooltip {action.toolTip()!r} lacks {keys}")
    assert not problems, "\n".join(problems)


def _accelerator(text: str) -> str | None:
    i = text.replace("&&", "\x01").find("&")
    return text[i + 1].lower() if 0 <= i < len(text) - 1 else None


def test_menu_accelerators_do_not_clash(qtbot, world):
    from app.ui.i18n import install_translators, remove_translators

    for language in ("nl", "en"):
        translators = install_translators(QApplication.instance(), language)
        try:
            window = next(top for _n, top in screens(qtbot, world) if isinstance(top, QMainWindow))
            groups = {"menu bar": window.menuBar().actions()}
            groups.update({a.text(): a.menu().actions() for a in window.menuBar().actions() if a.menu()})
            for where, actions in groups.items():
                keys = [k for k in (_accelerator(a.text()) for a in actions if not a.isSeparator()) if k]
                assert len(keys) == len(set(keys)), f"{language} {where}: accelerators clash: {keys}"
        finally:
            remove_translators(QApplication.instance(), translators)


def test_every_shortcut_of_the_main_window_does_one_thing(qtbot, db):
    """Two actions on one key make Qt do neither ("Ambiguous shortcut overload"): each key is taken once."""
    from PySide6.QtGui import QAction, QShortcut

    from app.content import load_library
    from app.services.registry import Services
    from app.ui.main_window import MainWindow
    from app.ui.worker import InlineWorker

    library = load_library("nl")
    window = MainWindow(Services.over(db, library), library, InlineWorker())
    qtbot.addWidget(window)
    taken: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty() and action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut:
                taken.setdefault(key.toString(), []).append(action.text())
    for shortcut in window.findChildren(QShortcut):
        if (
            shortcut.isEnabled()
            and not shortcut.key().isEmpty()
            and shortcut.context() != Qt.ShortcutContext.WidgetShortcut
        ):
            taken.setdefault(shortcut.key().toString(), []).append(shortcut.objectName() or "QShortcut")
    assert len(taken) > 20, "the window has fewer shortcuts than expected"
    twice = {key: names for key, names in taken.items() if len(names) > 1}
    assert twice == {}, twice
