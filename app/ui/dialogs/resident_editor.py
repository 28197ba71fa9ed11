"""Add or edit a resident. Data minimisation: no BSN field; a name may be initials."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.services.caseload import CaseloadService, ResidentInput
from app.ui.messages import user_message
from app.ui.widgets.focus import order_buttons_visually


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for label, value in items:
        box.addItem(label, value)
    return box


def _select(box: QComboBox, value) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


class ResidentEditor(QDialog):
    saved = Signal(int)  # resident id

    def __init__(
        self, caseload: CaseloadService, resident_id: int | None = None, default_address_form: str = "je", parent=None
    ) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.resident_id = resident_id
        self.setWindowTitle(self.tr("Resident") if resident_id else self.tr("New resident"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Keep only what you need. Initials are fine. Nabij has no field for a BSN on purpose."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above its field
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)  # fields use the width
        self.display_name = QLineEdit()
        self.display_name.setMinimumWidth(260)  # room for "Mevr. A. El Amrani-Bouzid", not 125 px
        self.display_name.setAccessibleName(self.tr("Name as they like to be addressed"))
        self.initials = QLineEdit()
        self.initials.setAccessibleName(self.tr("Initials"))
        self.address_form = _combo(
            self.tr("Form of address"), [(self.tr("je (informal)"), "je"), (self.tr("u (formal)"), "u")]
        )
        self.client_number = QLineEdit()
        self.client_number.setAccessibleName(self.tr("Client number (optional)"))
        self.channel = _combo(
            self.tr("Preferred channel"),
            [
                (self.tr("not known"), None),
                (self.tr("email"), "mail"),
                (self.tr("WhatsApp"), "whatsapp"),
                (self.tr("phone"), "phone"),
                (self.tr("letter"), "letter"),
            ],
        )
        self.language = QLineEdit()
        self.language.setAccessibleName(self.tr("Language"))
        self.companion = _combo(
            self.tr("Brings someone"),
            [(self.tr("not known"), None), (self.tr("yes, usually"), True), (self.tr("no"), False)],
        )
        self.place = _combo(
            self.tr("Preferred place"),
            [
                (self.tr("not known"), None),
                (self.tr("office"), "office"),
                (self.tr("home visit"), "home"),
                (self.tr("a walk"), "walk"),
                (self.tr("phone"), "phone"),
                (self.tr("video"), "video"),
            ],
        )
        self.consultants = QSpinBox()
        self.consultants.setRange(1, 99)
        self.consultants.setAccessibleName(self.tr("Number of consultants they have had"))
        form.addRow(self.tr("Name as they like to be addressed"), self.display_name)
        form.addRow(self.tr("Initials"), self.initials)
        form.addRow(self.tr("Form of address"), self.address_form)
        form.addRow(self.tr("Client number (optional)"), self.client_number)
        form.addRow(self.tr("Preferred channel"), self.channel)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Brings someone"), self.companion)
        form.addRow(self.tr("Preferred place"), self.place)
        form.addRow(self.tr("Consultants so far (including you)"), self.consultants)
        layout.addLayout(form)
        self.message = QLabel("")
        self.message.setVisible(False)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)
        if resident_id is not None:
            self._load(caseload.get_resident(resident_id).data)
        else:  # a new resident starts with the form of address chosen in Settings
            _select(self.address_form, default_address_form)

    def _load(self, data: ResidentInput) -> None:
        self.display_name.setText(data.display_name)
        self.initials.setText(data.initials)
        _select(self.address_form, data.address_form)
        self.client_number.setText(data.client_number or "")
        _select(self.channel, data.preferred_channel)
        self.language.setText(data.language)
        _select(self.companion, data.brings_companion)
        _select(self.place, data.preferred_place)
        self.consultants.setValue(data.consultant_count)

    def value(self) -> ResidentInput:
        return ResidentInput(
            display_name=self.display_name.text(),
            initials=self.initials.text(),
            address_form=self.address_form.currentData(),
            client_number=self.client_number.text() or None,
            preferred_channel=self.channel.currentData(),
            language=self.language.text(),
            brings_companion=self.companion.currentData(),
            preferred_place=self.place.currentData(),
            consultant_count=self.consultants.value(),
        )

    def submit(self) -> None:
        data = self.value()
        try:
            if self.resident_id is None:
                self.resident_id = self.caseload.add_resident(data)
            else:
                self.caseload.update_resident(self.resident_id, data)
        except ValueError as exc:
            self.message.setText(user_message(exc))
            self.message.setVisible(True)
            return
        self.saved.emit(self.resident_id)
        self.accept()
