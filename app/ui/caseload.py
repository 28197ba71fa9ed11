"""The caseload sidebar: search, sort, and the list of residents."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.caseload import CaseloadService
from app.ui.qt_types import datetime_text, to_qdate

SEARCH_DELAY_MS = 200


class CaseloadPanel(QWidget):
    resident_selected = Signal(object)  # int or None
    new_resident_requested = Signal()
    import_requested = Signal()

    def __init__(self, caseload: CaseloadService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.setMinimumWidth(250)
        self.setMaximumWidth(340)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, agendas, agreements, notes (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the caseload"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort residents"))
        self.sort.addItem(self.tr("Next appointment first"), "next")
        self.sort.addItem(self.tr("Most recent contact first"), "last")
        self.sort.addItem(self.tr("By name"), "name")
        layout.addWidget(self.sort)
        self.list = QListWidget()
        self.list.setObjectName("caseloadList")
        self.list.setAccessibleName(self.tr("Residents"))
        self.list.setUniformItemSizes(True)
        # Right-click (or the menu key) on a resident: what the window offers for their meeting.
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.context_actions: list = []  # QActions the window puts in the menu
        self.context_menu: QMenu | None = None
        layout.addWidget(self.list, 1)
        self.nothing_found = QLabel("")
        self.nothing_found.setProperty("role", "hint")
        self.nothing_found.setWordWrap(True)
        self.nothing_found.hide()
        layout.addWidget(self.nothing_found)
        self.count = QLabel("")
        self.count.setProperty("role", "hint")
        layout.addWidget(self.count)
        self.add_button = QPushButton(self.tr("New resident…"))
        self.add_button.setAccessibleName(self.tr("New resident"))
        self.add_button.setToolTip(self.tr("New resident (Ctrl+N)"))
        layout.addWidget(self.add_button)
        self.import_button = QPushButton(self.tr("Read in a handover…"))
        self.import_button.setAccessibleName(self.tr("Read in a handover"))
        self.import_button.setToolTip(self.tr("Read in a handover package from the previous consultant (Ctrl+Shift+R)"))
        layout.addWidget(self.import_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.sort.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list.currentItemChanged.connect(self._on_current)
        self.add_button.clicked.connect(self.new_resident_requested)
        self.import_button.clicked.connect(self.import_requested)

    def refresh(self, select_id: int | None = None) -> None:
        self._timer.stop()
        keep = select_id if select_id is not None else self.current_id()
        rows = self.caseload.list_residents(sort=self.sort.currentData(), query=self.search.text())
        locale = QLocale()
        self.list.blockSignals(True)
        self.list.clear()
        current = None
        busy, coming, last, none = (  # once, not once per resident
            self.tr("in progress since {when}"),
            self.tr("next: {when}"),
            self.tr("last contact: {when}"),
            self.tr("no meetings yet"),
        )
        for row in rows:
            if row.in_progress and row.next_meeting_at is not None:
                sub = busy.format(when=datetime_text(locale, row.next_meeting_at, "ddd d MMM"))
            elif row.next_meeting_at is not None:
                sub = coming.format(when=datetime_text(locale, row.next_meeting_at, "ddd d MMM"))
            elif row.last_contact_at is not None:
                sub = last.format(when=locale.toString(to_qdate(row.last_contact_at.date()), "d MMM yyyy"))
            else:
                sub = none
            if row.handed_over_at is not None:  # read in from a handover package, no own meeting yet
                sub = self.tr("handed over {when}").format(
                    when=locale.toString(to_qdate(row.handed_over_at.date()), "d MMM yyyy")
                )
            item = QListWidgetItem(f"{row.display_name}\n{sub}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row.display_name}, {sub}")
            self.list.addItem(item)
            if row.id == keep:
                current = item
        self.list.blockSignals(False)
        self.count.setText(self.tr("%n resident(s)", "", len(rows)))
        query = self.search.text().strip()
        if not rows and query:
            self.nothing_found.setText(
                self.tr(
                    "Nothing found for “{query}”. Search looks in names and in everything you wrote: "
                    "agendas, agreements, notes, summaries, facts, sphere lines, file reading, handover, "
                    "baggage notes, check-out and cancel reasons."
                ).format(query=query)
            )
        elif not rows:
            self.nothing_found.setText(self.tr("No residents yet. Add one with “New resident…”."))
        self.nothing_found.setVisible(not rows)
        if current is not None:
            self.list.setCurrentItem(current)
        elif keep is not None:
            self.resident_selected.emit(None)

    def _context_menu(self, pos) -> None:
        item = self.list.itemAt(pos) or self.list.currentItem()  # the menu key: the chosen resident
        if item is None or not self.context_actions:
            return
        self.list.setCurrentItem(item)  # the window shows this resident; the actions act on their meeting
        menu = QMenu(self.list)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.context_menu = menu
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _on_current(self, item, _previous) -> None:
        self.resident_selected.emit(None if item is None else item.data(Qt.ItemDataRole.UserRole))

    def clear(self) -> None:
        self.search.clear()
        self.list.clear()
        self.count.clear()
        self.nothing_found.clear()  # it may quote a search (resident data)
        self.nothing_found.hide()
