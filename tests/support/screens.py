"""Every screen of the app, built over one resident whose every text field holds a marker.

Used by tests/i18n (no hard-coded strings) and tests/accessibility (names, tab
order). ``screens(...)`` yields (name, top-level widget) pairs: the three
meeting tabs, each dialog in app/ui/dialogs (found by walking the package, and
built by matching constructor parameters by name), the caseload panel, the
resident view, the main window and the confirmation boxes. A new dialog whose
constructor asks for something not known here makes the tests fail with a
message that says what to add to ``_values``.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

MARK = "Zq"  # every marker starts with this; no Dutch or English word does
MARKER_RE = re.compile(MARK + r"[\w-]*")


def marker(field: str) -> str:
    return f"{MARK}-{field}"


@dataclasses.dataclass
class World:
    services: object
    library: object
    vault: object
    resident_id: int
    meeting_id: int  # in progress, full of data
    closed_meeting_id: int  # an earlier, closed meeting
    data_strings: set[str]  # texts that are data, not UI (markers, content, paths)


def _content_strings(library) -> set[str]:
    out: set[str] = set()

    def add(value) -> None:
        if isinstance(value, str) and value.strip():
            out.add(value.strip())
            out.update(line.strip() for line in value.splitlines() if line.strip())

    for group in ("prompts", "baggage", "life_domains", "background", "referrals", "sphere"):
        for item in getattr(library, group):
            for field in dataclasses.fields(item):
                value = getattr(item, field.name)
                if dataclasses.is_dataclass(value):
                    for sub in dataclasses.fields(value):
                        add(getattr(value, sub.name))
                else:
                    add(value)
                    if isinstance(value, (tuple, list)):
                        for v in value:
                            add(v)
    return out


def build_world(db, vault) -> World:
    from app.content import load_library
    from app.services.caseload import ResidentInput
    from app.services.profile import Profile
    from app.services.registry import Services

    library = load_library("nl")
    services = Services.over(db, library)
    services.referrals.seed(library.referrals)
    services.profile.save(
        Profile(
            name=marker("consultant"), phone="0412 123 456", email="zq@example.org", municipality=marker("municipality")
        )
    )
    rid = services.caseload.add_resident(
        ResidentInput(
            display_name=marker("name"),
            initials="ZQ",
            address_form="u",
            client_number="123456",
            preferred_channel="whatsapp",
            language=marker("language"),
            brings_companion=True,
            preferred_place="home",
            consultant_count=4,
        )
    )
    earlier = services.meetings.plan(rid, datetime(2026, 10, 6, 9, 30), "office", marker("room"), marker("goals-old"))
    services.meetings.start(earlier)
    services.preparation.add_agenda_item(earlier, marker("topic-old"), "resident")
    old_agreement = services.wrapup.add_agreement(earlier, marker("agreement-old"), "consultant", date(2026, 11, 1))
    services.meetings.save_text(earlier, {"notes": marker("notes-old")})
    services.meetings.close(earlier)
    del old_agreement

    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10, 0), "home", marker("address"), marker("goals"))
    services.meetings.start(mid)
    services.preparation.add_agenda_item(mid, marker("topic-resident"), "resident")
    services.preparation.add_agenda_item(mid, marker("topic-consultant"), "consultant")
    services.wrapup.add_agreement(mid, marker("agreement-resident"), "resident", date(2026, 12, 15))
    services.wrapup.add_agreement(mid, marker("agreement-consultant"), "consultant")
    services.wrapup.add_agreement(mid, marker("agreement-together"), "together")
    services.meetings.save_text(
        mid,
        {
            "notes": marker("notes"),
            "checkout_words": marker("checkout"),
            "went_well": marker("went-well"),
            "could_improve": marker("improve"),
            "next_place_detail": marker("next-detail"),
        },
    )
    services.wrapup.set_next_appointment(mid, datetime(2026, 12, 15, 14, 0), "office", marker("next-detail"))
    services.wrapup.set_checkout_score(mid, 4)
    life_story = [b for b in library.baggage if b.kind == "life_story"][0]
    services.conversation.set_baggage(mid, life_story.id, life_story.kind, True, marker("baggage-note"))
    services.conversation.dont_ask_again(mid, marker("fact"), life_story.id)
    services.conversation.set_prompt_used(mid, library.prompts_for("opening")[0].id, True)
    referral = services.referrals.list()[0]
    services.conversation.add_sphere_entry(mid, "will", marker("sphere-will"))
    services.conversation.add_sphere_entry(mid, "wont", marker("sphere-wont"))
    services.conversation.add_sphere_entry(mid, "cant", marker("sphere-cant"), referral.id)
    relationship = getattr(services, "relationship", None)
    if relationship is not None:
        relationship.save_file_reading(mid, what_i_read=marker("file-reading"), why=marker("why"))
        relationship.save_handover(rid, marker("handover"), marker("wishes"))

    data = _content_strings(library)
    data |= {r.name for r in services.referrals.list(include_retired=True)}
    data |= {r.purpose for r in services.referrals.list(include_retired=True) if r.purpose}
    data |= {r.contact for r in services.referrals.list(include_retired=True) if r.contact}
    data |= {r.website for r in services.referrals.list(include_retired=True) if r.website}
    data |= {str(vault.data_dir), str(vault.db_path), str(vault.key_path), str(Path(vault.data_dir).name)}
    data |= {"zq@example.org", "ZQ", "Nabij", ".nabij-overdracht"}  # the handover file suffix
    return World(services, library, vault, rid, mid, earlier, data)


# --- building every screen -------------------------------------------------------------------------


def _sample_pdf(world: World) -> bytes:
    from app.documents.slip import render_slip

    return render_slip(world.services.documents.slip(world.meeting_id), "A5")


def _import_plan():
    """What a referral import would do, for its preview: one change of each kind and one new entry."""
    from app.services.referrals import FieldChange, ImportPlan, PlannedEntry, ReferralInput

    changed = PlannedEntry(
        ReferralInput(marker("changed-referral")),
        1,
        (FieldChange("contact", marker("old-contact"), marker("new-contact")), FieldChange("retired", "", "")),
    )
    added = PlannedEntry(ReferralInput(marker("new-referral"), marker("purpose"), marker("contact")))
    return ImportPlan([added], [changed], 2)


def _values(world: World) -> dict[str, object]:
    from app.ui.worker import InlineWorker

    s = world.services
    return {
        "path": Path(marker("directory-file")),
        "plan": _import_plan(),
        "services": s,
        "library": world.library,
        "worker": InlineWorker(),
        "vault": world.vault,
        "database": s.db,
        "resident_id": world.resident_id,
        "meeting_id": world.meeting_id,
        "caseload": s.caseload,
        "meetings": s.meetings,
        "referrals": s.referrals,
        "relationship": s.relationship,
        "preparation": s.preparation,
        "wrapup": s.wrapup,
        "profile": s.profile,
        "signals": s.signals,
        "settings": getattr(s, "settings", None),
        "backup": getattr(s, "backup", None),
        "retention": getattr(s, "retention", None),
        "erasure": getattr(s, "erasure", None),
        "access_export": getattr(s, "access_export", None),
        "audit": getattr(s, "audit", None),
        "pdf": _sample_pdf(world),
        "language": "nl",
        "data_dir": world.vault.data_dir,
        "preferred_place": "home",
        "meeting": s.meetings.get(world.meeting_id),
        "mode": "cancel",
        "copy_text": lambda _text: None,
    }


# Extra variants: (class name) -> list of keyword overrides, each giving one more screen.
VARIANTS: dict[str, list[dict]] = {
    "UnlockDialog": [{"reason": marker("reason"), "demo_passphrase": marker("demo"), "locked": True}],
    "ResidentEditor": [{"resident_id": None}],
    "MeetingChangeDialog": [{"mode": "reschedule"}, {"mode": "no_show"}],
}


def dialog_classes() -> list[type]:
    import app.ui.dialogs as package

    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"app.ui.dialogs.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found.append(cls)
    return sorted(found, key=lambda c: c.__name__)


def build(cls: type, values: dict[str, object], **overrides) -> QWidget:
    kwargs = {}
    for name, param in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD) or name == "parent":
            continue
        if name in overrides:
            kwargs[name] = overrides[name]
        elif name in values and values[name] is not None:
            kwargs[name] = values[name]
        elif param.default is inspect.Parameter.empty:
            raise LookupError(f"{cls.__name__} needs '{name}': add it to _values in {__file__}")
    return cls(**kwargs)


def screens(qtbot, world: World, size=(1366, 768)) -> Iterator[tuple[str, QWidget]]:
    """Build, load and show each screen in turn (yields it shown; closes it afterwards)."""
    from app.ui.caseload import CaseloadPanel
    from app.ui.main_window import MainWindow
    from app.ui.resident_view import ResidentSafeView
    from app.ui.tabs.conversation import ConversationTab
    from app.ui.tabs.preparation import PreparationTab
    from app.ui.tabs.wrapup import WrapUpTab
    from app.ui.worker import InlineWorker

    s, lib = world.services, world.library

    def show(widget: QWidget, resize=True) -> QWidget:
        qtbot.addWidget(widget)
        if resize:
            widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    def tab(cls, meeting_id, **kw):
        widget = cls(s, lib, **kw)
        widget.load(world.resident_id, meeting_id)
        return widget

    makers: list[tuple[str, Callable[[], QWidget], bool]] = [
        ("PreparationTab", lambda: tab(PreparationTab, world.meeting_id), True),
        ("ConversationTab", lambda: tab(ConversationTab, world.meeting_id), True),
        ("WrapUpTab", lambda: tab(WrapUpTab, world.meeting_id, worker=InlineWorker()), True),
        ("WrapUpTab (closed meeting)", lambda: tab(WrapUpTab, world.closed_meeting_id, worker=InlineWorker()), True),
        ("ConversationTab (closed meeting)", lambda: tab(ConversationTab, world.closed_meeting_id), True),
    ]

    def caseload():
        panel = CaseloadPanel(s.caseload)
        panel.refresh(select_id=world.resident_id)
        return panel

    def resident_view():
        view = ResidentSafeView(s)
        view.load(world.resident_id, world.meeting_id)
        return view

    makers += [("CaseloadPanel", caseload, False), ("ResidentSafeView", resident_view, True)]

    values = _values(world)
    for cls in dialog_classes():
        makers.append((cls.__name__, lambda cls=cls: build(cls, values), False))
        for overrides in VARIANTS.get(cls.__name__, []):
            makers.append((f"{cls.__name__} {overrides}", lambda cls=cls, o=overrides: build(cls, values, **o), False))

    def main_window():
        window = MainWindow(s, lib, InlineWorker(), key_store=marker("store"))
        window.caseload.refresh(select_id=world.resident_id)
        return window

    makers.append(("MainWindow", main_window, True))

    for name, make, resize in makers:
        widget = make()
        yield name, show(widget, resize)
        widget.close()


def _escape(qtbot, dialog: QWidget) -> None:
    """Close a question as the user does: Escape, then wait until it has gone."""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def confirmation_boxes(qtbot, world: World) -> Iterator[tuple[str, QWidget]]:
    """The questions the app asks (non-blocking message boxes)."""
    from app.ui.tabs.wrapup import WrapUpTab
    from app.ui.worker import InlineWorker

    wrap = WrapUpTab(world.services, world.library, worker=InlineWorker())
    qtbot.addWidget(wrap)
    wrap.load(world.resident_id, world.meeting_id)
    wrap.show()
    qtbot.waitExposed(wrap)
    qtbot.mouseClick(wrap.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wrap.confirm_dialog is not None and wrap.confirm_dialog.isVisible(), timeout=5000)
    yield "close meeting question", wrap.confirm_dialog
    _escape(qtbot, wrap.confirm_dialog)
    wrap.load(world.resident_id, world.closed_meeting_id)
    qtbot.mouseClick(wrap.banner.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: wrap.banner.confirm_dialog is not None and wrap.banner.confirm_dialog.isVisible(), timeout=5000
    )
    yield "reopen question", wrap.banner.confirm_dialog
    _escape(qtbot, wrap.banner.confirm_dialog)
    wrap.close()


# --- reading what a user sees --------------------------------------------------------------------


def _plain(text: str) -> str:
    if re.search(r"<(?:b|i|p|br|a|span|div|ul|li|html)\b[^>]*>", text, re.IGNORECASE):
        text = re.sub(r"<[^>]+>", " ", text)
    return text


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every user-facing text in the widget tree of ``top``."""
    out: list[tuple[str, str]] = []

    def add(widget, what: str, text) -> None:
        if isinstance(text, str) and text.strip():
            out.append((f"{type(widget).__name__}#{widget.objectName() or '-'} {what}", _plain(text)))

    def item_texts(widget, item) -> None:
        for role, what in (
            (Qt.ItemDataRole.DisplayRole, "item"),
            (Qt.ItemDataRole.ToolTipRole, "item tip"),
            (Qt.ItemDataRole.AccessibleTextRole, "item accessible"),
        ):
            add(widget, what, item.data(role))

    def view_texts(widget) -> None:
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item_texts(widget, widget.item(row))
        elif isinstance(widget, QTableWidget):
            for col in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(col)
                if header is not None:
                    item_texts(widget, header)
            for row in range(widget.rowCount()):
                for col in range(widget.columnCount()):
                    item = widget.item(row, col)
                    if item is not None:
                        item_texts(widget, item)
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for col in range(widget.columnCount()):
                add(widget, "header", header.text(col))
            it = QTreeWidgetItemIterator(widget)
            while it.value():
                for col in range(widget.columnCount()):
                    add(widget, "item", it.value().text(col))
                    add(widget, "item tip", it.value().toolTip(col))
                it += 1
        else:
            model = widget.model()
            if model is not None and hasattr(model, "stringList"):
                for text in model.stringList():
                    add(widget, "item", text)

    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if isinstance(w, QMenu):
            continue  # read through the menu bar below
        add(w, "window title", w.windowTitle() if w.isWindow() else "")
        add(w, "tooltip", w.toolTip())
        add(w, "accessible name", w.accessibleName())
        add(w, "accessible description", w.accessibleDescription())
        add(w, "whats this", w.whatsThis())
        if isinstance(w, QLabel):
            add(w, "text", w.text())
        elif isinstance(w, QAbstractButton):
            add(w, "text", w.text())
        if isinstance(w, QGroupBox):
            add(w, "title", w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, "tab", w.tabText(i))
                add(w, "tab tip", w.tabToolTip(i))
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(w, "placeholder", w.placeholderText())
        if isinstance(w, QComboBox):
            add(w, "placeholder", w.placeholderText())
            for i in range(w.count()):
                add(w, "item", w.itemText(i))
                add(w, "item tip", w.itemData(i, Qt.ItemDataRole.ToolTipRole))
        elif isinstance(w, QAbstractItemView) and not isinstance(w.parent(), QComboBox):
            view_texts(w)
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            add(top, "menu", action.text())
            menu = action.menu()
            if menu is not None:
                for sub in menu.actions():
                    add(top, f"menu item in {action.text()!r}", sub.text())
                    add(top, f"menu tip in {action.text()!r}", sub.toolTip())
        for action in top.actions():
            add(top, "window action", action.text())
    return out


def dutch_date_words() -> set[str]:
    nl = QLocale("nl_NL")
    words = set()
    for i in range(1, 13):
        for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(nl.monthName(i, fmt))
            words.add(nl.standaloneMonthName(i, fmt))
    for i in range(1, 8):
        for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(nl.dayName(i, fmt))
            words.add(nl.standaloneDayName(i, fmt))
    return {w.strip(".") for w in words if w}
