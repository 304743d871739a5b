"""The chosen item's details: its picture, fields and file facts, saved as the person types.

One column, labels above their fields, so it fits a narrow window and 200% text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core import platforms as platformsmod
from guardian_desktop.core import when as whenmod
from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.evidence import Suggestion, suggest
from guardian_desktop.core.models import EvidenceItem
from guardian_desktop.core.vault import CaseVault

from ..errors import error_text
from ..widgets.flow import flow_container
from ..widgets.text import form_label
from ..widgets.when_edit import WhenEdit
from . import imaging
from .text import (
    breakable,
    local_time_label,
    platform_choices,
    platform_name,
    safe_text,
    unbreakable,
)

SAVE_DELAY_MS = 700  # save this long after the last key press, or at once on leaving a field


class FactLabel(QLabel):
    """A selectable fact (file name, hash) that wraps anywhere and copies as it really is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # file names are untrusted
        self.setWordWrap(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.installEventFilter(self)
        self._value = ""

    def set_value(self, text: str, *, wrap_anywhere: bool = True) -> None:
        self._value = text
        self.setText(breakable(text) if wrap_anywhere else text)

    def value(self) -> str:
        return self._value

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Ctrl+C copies the text without the invisible break points.
        if (
            watched is self
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            selected = unbreakable(self.selectedText()) or self._value
            QGuiApplication.clipboard().setText(selected)
            return True
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        self._value = ""
        super().clear()


class ItemDetails(QWidget):
    edited = Signal(object)  # EvidenceItem after a save
    suggestion_used = Signal(int)  # item id, after a suggested time was taken
    view_requested = Signal(int)
    redact_requested = Signal(int)
    remove_requested = Signal(int)
    shown_toggled = Signal(int, bool)

    def __init__(self, vault: CaseVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._item: EvidenceItem | None = None
        self._suggestion = Suggestion()
        self._pending: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.setAccessibleName(self.tr("The chosen screenshot"))

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)

        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.preview.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.preview.setAccessibleName(self.tr("Picture"))

        self.show_box = QCheckBox(self.tr("S&how this picture"), self)
        self.show_box.setAccessibleName(self.tr("Show this picture"))
        self.show_box.setAccessibleDescription(
            self.tr("Pictures are blurred until you choose to see them.")
        )
        self.show_box.toggled.connect(self._on_show_toggled)
        self.view_button = QPushButton(self.tr("Large &view\u2026"), self)
        self.view_button.setAccessibleName(self.tr("Open the large view"))
        self.view_button.clicked.connect(lambda: self._request(self.view_requested))
        self.redact_button = QPushButton(self.tr("Cove&r private parts\u2026"), self)
        self.redact_button.setAccessibleName(self.tr("Cover private parts of this screenshot"))
        self.redact_button.setAccessibleDescription(
            self.tr("Draw black boxes over names or images. The original is kept unchanged.")
        )
        self.redact_button.clicked.connect(lambda: self._request(self.redact_requested))
        self.remove_button = QPushButton(self.tr("Re&move from case\u2026"), self)
        self.remove_button.setAccessibleName(self.tr("Remove this screenshot from the case"))
        self.remove_button.clicked.connect(lambda: self._request(self.remove_requested))
        actions = flow_container(
            [self.show_box, self.view_button, self.redact_button, self.remove_button], self
        )
        picture_row = QHBoxLayout()
        picture_row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        picture_row.addWidget(actions, 1, Qt.AlignmentFlag.AlignTop)

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
        self.platform.addItem("", "")
        for pid, name in platform_choices():
            self.platform.addItem(name, pid)
        self.platform.setAccessibleName(self.tr("App or website"))
        self.platform.setAccessibleDescription(
            self.tr("Choose from the list or type the name. Saved as you type.")
        )
        adjust = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.platform.setSizeAdjustPolicy(adjust)
        self.platform.setMinimumContentsLength(10)
        self.platform.currentTextChanged.connect(self._on_platform_text)
        self.platform.activated.connect(lambda _i: self.save_now())
        line_edit = self.platform.lineEdit()
        if line_edit is not None:
            line_edit.editingFinished.connect(self.save_now)
        self.platform_hint = QWidget(self)
        self.platform_hint_text = QLabel(self.platform_hint)
        self.platform_hint_text.setWordWrap(True)
        self.platform_hint_text.setTextFormat(Qt.TextFormat.PlainText)
        self.use_platform = QPushButton(self.tr("Use this"), self.platform_hint)
        self.use_platform.setAccessibleName(self.tr("App or website: use the suggested app"))
        self.use_platform.clicked.connect(self.accept_platform_suggestion)
        hint_row = QHBoxLayout(self.platform_hint)
        hint_row.setContentsMargins(0, 0, 0, 0)
        hint_row.addWidget(self.platform_hint_text, 1)
        hint_row.addWidget(self.use_platform, 0, Qt.AlignmentFlag.AlignTop)
        self.platform_hint.hide()
        platform_box = QWidget(self)
        platform_layout = QVBoxLayout(platform_box)
        platform_layout.setContentsMargins(0, 0, 0, 0)
        platform_layout.addWidget(self.platform)
        platform_layout.addWidget(self.platform_hint)

        self.when = WhenEdit(self.tr("When it happened"), self)
        self.when.setAccessibleName(self.tr("When it happened"))
        self.when.changed.connect(lambda value: self._queue("happened_at", value))
        self.when.date_edit.editingFinished.connect(self.save_now)
        self.when.time_edit.editingFinished.connect(self.save_now)
        self.when.now_button.clicked.connect(self.save_now)
        self.when.unknown_time.toggled.connect(lambda _c: self.save_now())
        self.when.use_suggestion.clicked.connect(self._on_time_suggestion_used)
        # Enter takes a suggestion too (push buttons outside dialogs take only Space).
        self.when.use_suggestion.setAutoDefault(True)
        self.use_platform.setAutoDefault(True)

        self.saved_note = QLabel(self)
        self.saved_note.setWordWrap(True)
        self.saved_note.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_note.setAccessibleName(self.tr("Saving"))

        # Labels above their fields: nothing is squeezed beside a label in a narrow window.
        fields = QFormLayout()
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields.addRow(form_label(self.tr("&Description:"), self.description), self.description)
        fields.addRow(form_label(self.tr("App or w&ebsite:"), self.platform), platform_box)
        # The buddy is the date itself: the editor around it takes no focus of its own.
        when_label = form_label(self.tr("&When it happened:"), self.when.date_edit)
        fields.addRow(when_label, self.when)

        self.file_name = FactLabel(self)
        self.imported = FactLabel(self)
        self.size_label = FactLabel(self)
        self.hash_original = FactLabel(self)
        self.hash_covered = FactLabel(self)
        facts = QFormLayout()
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, name, text in (
            (self.file_name, self.tr("Original file name"), self.tr("Original file:")),
            (self.imported, self.tr("Added to the case"), self.tr("Added:")),
            (self.size_label, self.tr("Picture size"), self.tr("Size:")),
            (self.hash_original, self.tr("SHA-256 of the original"), self.tr("SHA-256:")),
            (
                self.hash_covered,
                self.tr("SHA-256 of the covered copy"),
                self.tr("SHA-256 of the covered copy:"),
            ),
        ):
            label.setAccessibleName(name)
            title = QLabel(text, self)
            title.setWordWrap(True)
            facts.addRow(title, label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(picture_row)
        layout.addLayout(fields)
        layout.addWidget(self.saved_note)
        layout.addLayout(facts)
        layout.addStretch(1)
        self.setEnabled(False)

    # --- showing an item -----------------------------------------------------------------

    def item(self) -> EvidenceItem | None:
        return self._item

    def suggestion(self) -> Suggestion:
        return self._suggestion

    def set_item(self, item: EvidenceItem | None, *, shown: bool = False) -> None:
        if self._item is not None and (item is None or item.id != self._item.id):
            self.save_now()
        self._item = item
        self.setEnabled(item is not None)
        self.saved_note.clear()
        if item is None:
            self.heading.setText(self.tr("Choose a screenshot in the list"))
            self.preview.clear()
            self.description.clear()
            self.platform.blockSignals(True)
            self._show_platform("")
            self.platform.blockSignals(False)
            self.when.set_value("")
            self.when.set_suggestion(None, "")
            self.platform_hint.hide()
            for label in (
                self.file_name, self.imported, self.size_label, self.hash_original,
                self.hash_covered,
            ):  # fmt: skip
                label.clear()
            return
        self._fill(item)
        self.show_box.blockSignals(True)
        self.show_box.setChecked(shown)
        self.show_box.blockSignals(False)
        self.refresh_picture()

    def _fill(self, item: EvidenceItem) -> None:
        self.heading.setText(self.tr("Exhibit %1").replace("%1", item.exhibit))
        self.description.blockSignals(True)
        self.platform.blockSignals(True)
        self.description.setText(item.description)
        self._show_platform(item.platform)
        self.description.blockSignals(False)
        self.platform.blockSignals(False)
        self.when.set_value(item.happened_at)
        self._show_suggestion(item)
        self.file_name.set_value(safe_text(item.original_name))
        self.imported.set_value(local_time_label(item.imported_utc), wrap_anywhere=False)
        self.size_label.set_value(
            self.tr("%1 x %2 pixels, %3 KB, %4")
            .replace("%1", str(item.width))
            .replace("%2", str(item.height))
            .replace("%3", str(max(1, item.size // 1024)))
            .replace("%4", safe_text(item.format)),
            wrap_anywhere=False,
        )
        self.hash_original.set_value(item.sha256)
        self._show_covered(item)

    def _show_covered(self, item: EvidenceItem) -> None:
        if item.redacted_sha256:
            self.hash_covered.set_value(item.redacted_sha256)
        else:
            self.hash_covered.set_value(self.tr("nothing covered"), wrap_anywhere=False)

    def _show_platform(self, value: str) -> None:
        index = self.platform.findData(value) if value else 0
        if index >= 0:
            self.platform.setCurrentIndex(index)
        else:
            self.platform.setCurrentIndex(-1)
            self.platform.setEditText(value)  # typed free text, kept as typed

    def _show_suggestion(self, item: EvidenceItem) -> None:
        """Offer what the file suggests; nothing is saved until the person takes it."""
        self._suggestion = suggest(item)
        reason = (
            self.tr("the file name")
            if self._suggestion.happened_from == "file_name"
            else self.tr("the file's date")
        )
        self.when.set_suggestion(self._suggestion.happened_at, reason)
        if self._suggestion.platform:
            self.platform_hint_text.setText(
                self.tr("Suggested from the file name: %1").replace(
                    "%1", platform_name(self._suggestion.platform)
                )
            )
            self.platform_hint.show()
        else:
            self.platform_hint.hide()

    def has_time_suggestion(self) -> bool:
        return self.when.suggestion.isVisibleTo(self)

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
        image = imaging.fit(image, line * 5, line * 6)
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
            self._show_covered(item)
            self.refresh_picture()

    # --- saving --------------------------------------------------------------------------

    def _queue(self, field: str, value: str) -> None:
        if self._item is None:
            return
        self._pending[field] = value
        self._timer.start()

    def _on_platform_text(self, text: str) -> None:
        self._queue("platform", self.platform_value(text))

    def platform_value(self, text: str | None = None) -> str:
        """The id to store for what the field shows (free text kept as typed)."""
        text = self.platform.currentText() if text is None else text
        index = self.platform.findText(text.strip(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.platform.itemData(index) or "")
        return platformsmod.platform_id(text)

    def accept_platform_suggestion(self) -> None:
        if self._item is not None and self._suggestion.platform:
            self._show_platform(self._suggestion.platform)  # queues the id through the signal
            self._pending["platform"] = self._suggestion.platform
            self.save_now()
        self.platform_hint.hide()
        self.platform.setFocus()

    def _on_time_suggestion_used(self) -> None:
        item = self._item
        self.save_now()
        if item is not None:
            self.suggestion_used.emit(item.id)

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
        if "platform" in changes and item.platform:
            self.platform_hint.hide()
        if "happened_at" in changes and whenmod.parse(item.happened_at).is_known:
            self.when.set_suggestion(None, "")
        self.edited.emit(item)

    def _on_show_toggled(self, shown: bool) -> None:
        self.refresh_picture()
        if self._item is not None:
            self.shown_toggled.emit(self._item.id, shown)

    def _request(self, signal: SignalInstance) -> None:
        if self._item is not None:
            self.save_now()
            signal.emit(self._item.id)
