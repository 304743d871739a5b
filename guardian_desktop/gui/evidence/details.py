"""The panel for the chosen item: its picture, facts and fields, saved as the person types."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.models import EvidenceItem
from guardian_desktop.core.vault import CaseVault

from ..errors import error_text
from ..widgets.flow import flow_container
from . import imaging
from .text import local_iso, local_time_label, parse_iso, safe_text

SAVE_DELAY_MS = 700  # save this long after the last key press, or at once on leaving a field
NOT_SET = QDateTime.fromString("2000-01-01T00:00:00", Qt.DateFormat.ISODate)


def fact_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file names are untrusted
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class ItemDetails(QWidget):
    edited = Signal(object)  # EvidenceItem after a save
    view_requested = Signal(int)
    redact_requested = Signal(int)
    remove_requested = Signal(int)
    shown_toggled = Signal(int, bool)

    def __init__(
        self, vault: CaseVault, platforms: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._item: EvidenceItem | None = None
        self._pending: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.preview.setAccessibleName(self.tr("Picture"))

        self.show_box = QCheckBox(self.tr("S&how this picture"), self)
        self.show_box.setAccessibleName(self.tr("Show this picture"))
        self.show_box.setAccessibleDescription(
            self.tr("Pictures are blurred until you choose to see them.")
        )
        self.show_box.toggled.connect(self._on_show_toggled)
        self.view_button = QPushButton(self.tr("&Large view\u2026"), self)
        self.view_button.setAccessibleName(self.tr("Open the large view"))
        self.view_button.clicked.connect(lambda: self._request(self.view_requested))

        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("For example: his demand for money"))
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setAccessibleDescription(
            self.tr("What this screenshot shows. Saved as you type.")
        )
        self.description.textEdited.connect(lambda text: self._queue("description", text))
        self.description.editingFinished.connect(self.save_now)

        self.platform = QComboBox(self)
        self.platform.setEditable(True)
        self.platform.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.platform.addItems(["", *platforms])
        self.platform.setAccessibleName(self.tr("App or website"))
        self.platform.setAccessibleDescription(
            self.tr("Choose from the list or type the name. Saved as you type.")
        )
        adjust = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.platform.setSizeAdjustPolicy(adjust)
        self.platform.setMinimumContentsLength(12)
        self.platform.currentTextChanged.connect(lambda text: self._queue("platform", text))
        self.platform.activated.connect(lambda _i: self.save_now())
        line_edit = self.platform.lineEdit()
        if line_edit is not None:
            line_edit.editingFinished.connect(self.save_now)

        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setMinimumDateTime(NOT_SET)
        self.when.setSpecialValueText(self.tr("Not set"))
        self.when.setAccessibleName(self.tr("When it happened"))
        self.when.setAccessibleDescription(
            self.tr("Date and time in this computer's time zone. Saved as you change it.")
        )
        self.when.dateTimeChanged.connect(self._on_when_changed)
        self.when.editingFinished.connect(self.save_now)
        self.when_clear = QPushButton(self.tr("Cl&ear date"), self)
        self.when_clear.setAccessibleName(self.tr("Clear the date"))
        self.when_clear.clicked.connect(self._clear_when)
        self.when_now = QPushButton(self.tr("Just &now"), self)
        self.when_now.setAccessibleName(self.tr("Set the date to now"))
        self.when_now.clicked.connect(self._when_now)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.when_now)
        when_row.addWidget(self.when_clear)

        self.saved_note = QLabel(self)
        self.saved_note.setWordWrap(True)
        self.saved_note.setTextFormat(Qt.TextFormat.PlainText)

        self.file_name = fact_label(self)
        self.imported = fact_label(self)
        self.size_label = fact_label(self)
        self.hash_original = fact_label(self)
        self.hash_covered = fact_label(self)
        for label, name in (
            (self.file_name, self.tr("Original file name")),
            (self.imported, self.tr("Added to the case")),
            (self.size_label, self.tr("Picture size")),
            (self.hash_original, self.tr("SHA-256 of the original")),
            (self.hash_covered, self.tr("SHA-256 of the covered copy")),
        ):
            label.setAccessibleName(name)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(form, self.tr("&Description:"), self.description)
        self._add_row(form, self.tr("App or websi&te:"), self.platform)
        self._add_row(form, self.tr("&When it happened:"), self.when, when_row)
        form.addRow(self.tr("Original file:"), self.file_name)
        form.addRow(self.tr("Added:"), self.imported)
        form.addRow(self.tr("Size:"), self.size_label)
        form.addRow(self.tr("SHA-256 (original):"), self.hash_original)
        form.addRow(self.tr("SHA-256 (covered copy):"), self.hash_covered)

        self.redact_button = QPushButton(self.tr("Co&ver private parts\u2026"), self)
        self.redact_button.setAccessibleName(self.tr("Cover private parts of this screenshot"))
        self.redact_button.setAccessibleDescription(
            self.tr("Draw black boxes over names or images. The original is kept unchanged.")
        )
        self.redact_button.clicked.connect(lambda: self._request(self.redact_requested))
        self.remove_button = QPushButton(self.tr("&Remove from case\u2026"), self)
        self.remove_button.setAccessibleName(self.tr("Remove this screenshot from the case"))
        self.remove_button.clicked.connect(lambda: self._request(self.remove_requested))

        # The actions sit right under the picture, so they are seen without scrolling.
        actions = flow_container(
            [self.show_box, self.view_button, self.redact_button, self.remove_button], self
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.preview)
        layout.addWidget(actions)
        layout.addLayout(form)
        layout.addWidget(self.saved_note)
        layout.addStretch(1)
        self.setEnabled(False)

    @staticmethod
    def _add_row(
        form: QFormLayout, text: str, field: QWidget, row: QHBoxLayout | None = None
    ) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        if row is None:
            form.addRow(label, field)
        else:
            form.addRow(label, row)

    # --- showing an item -----------------------------------------------------------------

    def item(self) -> EvidenceItem | None:
        return self._item

    def set_item(self, item: EvidenceItem | None, *, shown: bool = False) -> None:
        if self._item is not None and (item is None or item.id != self._item.id):
            self.save_now()
        self._item = item
        self.setEnabled(item is not None)
        self.saved_note.clear()
        if item is None:
            self.heading.setText(self.tr("Choose a screenshot in the list"))
            self.preview.clear()
            for field in (self.description, self.file_name, self.imported, self.size_label):
                field.clear()
            self.hash_original.clear()
            self.hash_covered.clear()
            return
        self._fill(item)
        self.show_box.blockSignals(True)
        self.show_box.setChecked(shown)
        self.show_box.blockSignals(False)
        self.refresh_picture()

    def _fill(self, item: EvidenceItem) -> None:
        self.heading.setText(self.tr("Exhibit %1").replace("%1", item.exhibit))
        for widget in (self.description, self.platform, self.when):
            widget.blockSignals(True)
        self.description.setText(item.description)
        self.platform.setCurrentText(item.platform)
        moment = parse_iso(item.happened_at)
        if moment is None:
            self.when.setDateTime(NOT_SET)
            if item.happened_at:
                self.saved_note.setText(
                    self.tr("Saved time: %1").replace("%1", safe_text(item.happened_at))
                )
        else:
            local = moment.astimezone() if moment.tzinfo else moment
            self.when.setDateTime(
                QDateTime(
                    local.year, local.month, local.day, local.hour, local.minute, local.second
                )
            )
        for widget in (self.description, self.platform, self.when):
            widget.blockSignals(False)
        self.file_name.setText(safe_text(item.original_name))
        self.imported.setText(local_time_label(item.imported_utc))
        self.size_label.setText(
            self.tr("%1 x %2 pixels, %3 KB, %4")
            .replace("%1", str(item.width))
            .replace("%2", str(item.height))
            .replace("%3", str(max(1, item.size // 1024)))
            .replace("%4", safe_text(item.format))
        )
        self.hash_original.setText(item.sha256)
        self.hash_covered.setText(item.redacted_sha256 or self.tr("nothing covered"))

    def refresh_picture(self) -> None:
        if self._item is None:
            return
        try:
            data = self._vault.thumbnail(self._item.id)
        except GuardianError:
            self.preview.clear()
            return
        image = imaging.picture(data, shown=self.show_box.isChecked())
        line = self.fontMetrics().height()
        image = imaging.fit(image, line * 10, line * 9)
        self.preview.setPixmap(QPixmap.fromImage(image))

    def set_shown(self, shown: bool) -> None:
        if self.show_box.isChecked() != shown:
            self.show_box.blockSignals(True)
            self.show_box.setChecked(shown)
            self.show_box.blockSignals(False)
            self.refresh_picture()

    def replace_item(self, item: EvidenceItem) -> None:
        """The same item changed elsewhere (for example after covering parts of it)."""
        if self._item is not None and self._item.id == item.id:
            self._item = item
            self.hash_covered.setText(item.redacted_sha256 or self.tr("nothing covered"))
            self.refresh_picture()

    # --- saving --------------------------------------------------------------------------

    def _queue(self, field: str, value: str) -> None:
        if self._item is None:
            return
        self._pending[field] = value
        self._timer.start()

    def _on_when_changed(self, value: QDateTime) -> None:
        if value == NOT_SET:
            self._queue("happened_at", "")
        else:
            naive: datetime = value.toPython()  # type: ignore[assignment]
            self._queue("happened_at", local_iso(naive))

    def _clear_when(self) -> None:
        self.when.setDateTime(NOT_SET)
        self.save_now()

    def _when_now(self) -> None:
        self.when.setDateTime(QDateTime.currentDateTime())
        self.save_now()

    def has_unsaved(self) -> bool:
        return bool(self._pending)

    def save_now(self) -> None:
        """Write what was typed. On failure the text stays in the field to try again."""
        self._timer.stop()
        if self._item is None or not self._pending:
            return
        changes = {k: v for k, v in self._pending.items() if getattr(self._item, k) != v}
        self._pending.clear()
        if not changes:
            return
        try:
            item = self._vault.update_evidence(self._item.id, **changes)
        except GuardianError as exc:
            self._pending.update(changes)
            self.saved_note.setText(
                self.tr("Not saved yet: %1 What you typed is still here.").replace(
                    "%1", error_text(exc)
                )
            )
            return
        self._item = item
        self.saved_note.setText(self.tr("Saved."))
        self.edited.emit(item)

    def _on_show_toggled(self, shown: bool) -> None:
        self.refresh_picture()
        if self._item is not None:
            self.shown_toggled.emit(self._item.id, shown)

    def _request(self, signal: SignalInstance) -> None:
        if self._item is not None:
            self.save_now()
            signal.emit(self._item.id)
