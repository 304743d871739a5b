"""A table of records (identifiers, timeline, payments) with an inline form to add,
change and remove them. No pop-up editor: everything is reachable with Tab."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.models import OffenderIdentifier, Payment, TimelineEvent
from guardian_desktop.core.textsafe import safe_text
from guardian_desktop.core.vault import CaseVault

from .. import seams
from ..errors import error_text
from .banner import ErrorLine
from .flow import button_row
from .text import form_label

R = TypeVar("R", OffenderIdentifier, TimelineEvent, Payment)


@dataclass
class Column:
    name: str  # dataclass field
    label: str  # translated by the caller
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for a drop-down
    in_table: bool = True


class RecordEditor(QWidget, Generic[R]):
    changed = Signal()

    def __init__(
        self, vault: CaseVault, kind: type[R], columns: list[Column], what: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.vault = vault
        self.kind: type[R] = kind
        self.columns, self.what = columns, what
        self.records: list[R] = []
        self.editing: int | None = None
        self.table = QTableWidget(0, sum(c.in_table for c in columns))
        self.table.setAccessibleName(what)
        self.table.setHorizontalHeaderLabels([c.label for c in columns if c.in_table])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self._selected)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for col in columns:
            widget: QLineEdit | QComboBox
            if col.choices:
                widget = QComboBox()
                for value, label in col.choices:
                    widget.addItem(label, value)
            else:
                widget = QLineEdit()
            widget.setAccessibleName(col.label)
            self.inputs[col.name] = widget
            form.addRow(form_label(col.label, widget), widget)
        self.save_button = QPushButton(self.tr("Add to the list"))
        self.new_button = QPushButton(self.tr("Start a new one"))
        self.remove_button = QPushButton(self.tr("Remove the chosen one"))
        for b, name in (
            (self.save_button, self.tr("Add to the list: {what}")),
            (self.new_button, self.tr("Clear the form to add a new one: {what}")),
            (self.remove_button, self.tr("Remove the chosen row: {what}")),
        ):
            b.setAccessibleName(name.format(what=what))
        self.save_button.clicked.connect(self.save_current)
        self.new_button.clicked.connect(self.start_new)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = button_row(self.save_button, self.new_button, self.remove_button)
        self.error = ErrorLine()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(self.error)
        self.reload()

    def reload(self) -> None:
        self.records = list(self.vault.list_records(self.kind))
        shown = [c for c in self.columns if c.in_table]
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for col_no, col in enumerate(shown):
                value = str(getattr(record, col.name))
                label = dict(col.choices).get(value, value)
                self.table.setItem(row, col_no, QTableWidgetItem(safe_text(label)))
        self.table.resizeRowsToContents()
        self.remove_button.setEnabled(self.editing is not None)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        record = self.records[rows[0].row()]
        self.editing = record.id
        for col in self.columns:
            self._set_input(col.name, str(getattr(record, col.name)))
        self.save_button.setText(self.tr("Save changes"))
        self.remove_button.setEnabled(True)

    def _set_input(self, name: str, value: str) -> None:
        widget = self.inputs[name]
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        else:
            widget.setText(value)

    def _values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            else:
                out[name] = widget.text().strip()
        return out

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        defaults = self.kind()
        for col in self.columns:
            self._set_input(col.name, str(getattr(defaults, col.name)))
        self.save_button.setText(self.tr("Add to the list"))
        self.remove_button.setEnabled(False)

    def save_current(self) -> None:
        values = self._values()
        typed = [v for k, v in values.items() if isinstance(self.inputs[k], QLineEdit)]
        if not any(typed):
            self.error.show_message(self.tr("Type something in the form first, then add it."))
            return
        names = {f.name for f in fields(self.kind)}
        record = replace(self.kind(), **{k: v for k, v in values.items() if k in names})
        record.id = self.editing
        try:
            self.vault.save_record(record)
        except GuardianError as exc:
            self.error.show_message(error_text(exc))  # the form keeps what was typed
            return
        self.error.show_message("")
        self.start_new()
        self.reload()
        self.changed.emit()

    def remove_current(self) -> None:
        if self.editing is None:
            return
        if not seams.confirm(
            self, self.tr("Remove this row?"), self.tr("Remove the chosen row from the list?"),
            self.tr("Remove"), self.tr("Keep it"),
        ):  # fmt: skip
            return
        try:
            self.vault.delete_record(self.kind, self.editing)
        except GuardianError as exc:
            self.error.show_message(error_text(exc))
            return
        self.start_new()
        self.reload()
        self.changed.emit()
