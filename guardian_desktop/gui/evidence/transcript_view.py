"""One chat transcript: search it, jump to a date, mark key messages, choose the lines for
the report, state the phone's time zone, and confirm details found in it.

Every change is saved at once through core.transcripts (and audited there). Nothing found
in the chat is added to the case until the person ticks it and presses the add button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core import platforms
from guardian_desktop.core import transcripts as T
from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.textsafe import one_line, safe_text
from guardian_desktop.core.vault import CaseVault

from .. import seams
from ..errors import error_text

KEY_COLOUR = QColor(255, 236, 190)
Index = QModelIndex | QPersistentModelIndex


class LinesModel(QAbstractTableModel):
    """Every line of one transcript, read once (100,000 lines are a few MB)."""

    COLUMNS = 4

    def __init__(self, vault: CaseVault, transcript_id: int) -> None:
        super().__init__()
        self._vault = vault
        self._tid = transcript_id
        self.lines: list[T.TranscriptLine] = T.lines(vault, transcript_id)
        self._row_of = {line.line_no: i for i, line in enumerate(self.lines)}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Line"), self.tr("Time"), self.tr("Sender"), self.tr("Message"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.BackgroundRole and line.is_key:
            return QBrush(KEY_COLOUR)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return f"{line.line_no} \u2605" if line.is_key else str(line.line_no)
            if col == 1:
                return line.at.replace("T", " ") or self.tr("time not readable")
            if col == 2:
                return one_line(line.sender, 60) or self.tr("app notice")
            text = safe_text(line.text, keep_newlines=False, max_length=400)
            if line.media:
                text = self.tr("[attached: %1]").replace("%1", ", ".join(line.media)) + " " + text
            if line.is_key:
                text = self.tr("KEY: %1").replace("%1", text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return safe_text(line.text, max_length=4000)
        return None

    def row_of(self, line_no: int) -> int:
        return self._row_of.get(line_no, -1)

    def set_key(self, row: int, key: bool, note: str) -> None:
        line = self.lines[row]
        T.mark_key(self._vault, self._tid, line.line_no, key, note)
        line.is_key, line.key_note = key, note if key else ""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))


class TranscriptView(QDialog):
    """The transcript screen. Opened from the evidence step; not modal."""

    removed = Signal(int)  # transcript id

    def __init__(self, vault: CaseVault, transcript_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._tid = transcript_id
        self.transcript = T.get_transcript(vault, transcript_id)
        t = self.transcript
        self.setWindowTitle(self.tr("Chat transcript %1").replace("%1", t.exhibit))
        self.setAccessibleName(self.tr("Chat transcript %1").replace("%1", t.exhibit))
        self.model = LinesModel(vault, transcript_id)
        self._matches: list[int] = []
        self._match_pos = -1
        layout = QVBoxLayout(self)

        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setText(self._header_text())
        self.header.setAccessibleName(self.header.text())
        layout.addWidget(self.header)
        if t.media_note:
            self.media_note = QLabel(t.media_note, self)
            self.media_note.setWordWrap(True)
            self.media_note.setAccessibleName(t.media_note)
            layout.addWidget(self.media_note)

        # Find and jump.
        find_row = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search the messages"))
        self.search_edit.setAccessibleName(self.tr("Search the messages"))
        self.search_edit.returnPressed.connect(self.find_next)
        self.find_button = self._button(self.tr("&Find next"), self.tr("Find the next message"))
        self.find_button.clicked.connect(self.find_next)
        self.find_prev_button = self._button(
            self.tr("Pre&vious"), self.tr("Find the previous message")
        )
        self.find_prev_button.clicked.connect(self.find_previous)
        self.found_label = QLabel(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Date to go to"))
        if t.first_at:
            self.date_edit.setDate(QDate.fromString(t.first_at[:10], "yyyy-MM-dd"))
        self.date_button = self._button(
            self.tr("&Go to date"), self.tr("Go to the first message on or after the date")
        )
        self.date_button.clicked.connect(self.go_to_date)
        for w in (self.search_edit, self.find_button, self.find_prev_button, self.found_label,
                  self.date_edit, self.date_button):  # fmt: skip
            find_row.addWidget(w)
        layout.addLayout(find_row)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Messages"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        # The messages above, the tools below: a splitter the person can move, and the tools
        # scroll, so at large text sizes the messages keep their room.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        tools = QWidget(self)
        tools_layout = QVBoxLayout(tools)
        tools_layout.setContentsMargins(0, 0, 0, 0)
        self.tools_scroll = QScrollArea(self)
        self.tools_scroll.setWidgetResizable(True)
        self.tools_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tools_scroll.setWidget(tools)
        self.splitter.addWidget(self.tools_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([550, 450])  # shared in this proportion at first
        layout.addWidget(self.splitter, 1)

        # Mark as key.
        key_row = QHBoxLayout()
        self.key_button = self._button(
            self.tr("Mark as &key (Ctrl+K)"), self.tr("Mark the chosen message as key")
        )
        self.key_button.setCheckable(True)
        self.key_button.clicked.connect(self.toggle_key)
        self.key_note = QLineEdit(self)
        self.key_note.setPlaceholderText(
            self.tr("Why it matters, e.g. threat, demand, payment details")
        )
        self.key_note.setAccessibleName(self.tr("Why this message matters"))
        self.key_note.editingFinished.connect(self.save_note)
        self._note_row = -1  # the row whose note the field shows
        shortcut = QShortcut(QKeySequence("Ctrl+K"), self, self.toggle_key_by_keyboard)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        key_row.addWidget(self.key_button)
        key_row.addWidget(self.key_note, 1)
        tools_layout.addLayout(key_row)

        # The part for the report, and the phone's zone.
        form = QFormLayout()
        range_row = QHBoxLayout()
        first, last = t.included
        self.first_spin = self._spin(first, self.tr("First line in the report"))
        self.last_spin = self._spin(last, self.tr("Last line in the report"))
        self.range_button = self._button(
            self.tr("Use these &lines"), self.tr("Use these lines in the report")
        )
        self.range_button.clicked.connect(self.save_range)
        self.all_button = self._button(
            self.tr("&All lines"), self.tr("Put every line in the report")
        )
        self.all_button.clicked.connect(self.use_all)
        to_label = QLabel(self.tr("to"), self)
        for part in (self.first_spin, to_label, self.last_spin, self.range_button,
                     self.all_button):  # fmt: skip
            range_row.addWidget(part)
        self.platform_box = QComboBox(self)
        self.platform_box.setAccessibleName(self.tr("App the chat was on"))
        self.platform_box.addItem(self.tr("Not known"), "")
        for pid in (*platforms.GUIDED_IDS, *platforms.EXTRA_IDS):
            if pid != "other":
                self.platform_box.addItem(platforms.display_name(pid), pid)
        found = self.platform_box.findData(t.platform)
        self.platform_box.setCurrentIndex(max(0, found))
        self.platform_box.currentIndexChanged.connect(self.save_platform)
        platform_label = QLabel(self.tr("A&pp:"), self)
        platform_label.setBuddy(self.platform_box)
        form.addRow(platform_label, self.platform_box)
        range_label = QLabel(self.tr("Lines in the &report:"), self)
        range_label.setBuddy(self.first_spin)
        form.addRow(range_label, range_row)
        if not t.zone_recorded:
            zone_row = QHBoxLayout()
            self.zone_edit = QLineEdit(t.stated_zone, self)
            self.zone_edit.setPlaceholderText(self.tr("For example Europe/London or UTC+1"))
            self.zone_edit.setAccessibleName(self.tr("Time zone the phone was set to"))
            self.zone_button = self._button(self.tr("Save &zone"), self.tr("Save the time zone"))
            self.zone_button.clicked.connect(self.save_zone)
            zone_row.addWidget(self.zone_edit, 1)
            zone_row.addWidget(self.zone_button)
            zone_label = QLabel(self.tr("Phone's time &zone:"), self)
            zone_label.setBuddy(self.zone_edit)
            form.addRow(zone_label, zone_row)
        tools_layout.addLayout(form)

        # Details found in the chat, offered for the person to confirm.
        self.candidates = T.identifier_candidates(vault, transcript_id)
        self.found_list = QListWidget(self)
        self.found_list.setAccessibleName(self.tr("Details found in this chat"))
        # A few rows high (scaled with the text size): the messages get the room.
        self.found_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self._fill_candidates()
        self.add_found_button = self._button(
            self.tr("Add the &ticked details to the case"),
            self.tr("Add the ticked details as offender details or payment details"),
        )
        self.add_found_button.clicked.connect(self.add_ticked)
        found_label = QLabel(
            self.tr("Details found in this chat. Tick the ones that belong to the person "
                    "threatening you; nothing is added until you press the button."),
            self,
        )  # fmt: skip
        found_label.setWordWrap(True)
        found_label.setBuddy(self.found_list)
        tools_layout.addWidget(found_label)
        tools_layout.addWidget(self.found_list)
        tools_layout.addWidget(self.add_found_button)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        self.remove_button = self._button(
            self.tr("&Remove this chat from the case\u2026"),
            self.tr("Remove this chat transcript from the case"),
        )
        self.remove_button.clicked.connect(self.remove)
        close = self._button(self.tr("&Close"), self.tr("Close the transcript"))
        close.clicked.connect(self.accept)
        self.finished.connect(self._save_on_close)
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(900, 640)
        if self.model.rowCount():
            self.table.selectRow(0)

    # --- building helpers -------------------------------------------------------------------

    def _button(self, text: str, name: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setAccessibleName(name)
        b.setAutoDefault(False)  # Enter in the search box searches; it presses nothing else
        return b

    def _spin(self, value: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(1, max(1, self.transcript.message_count))
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def _header_text(self) -> str:
        t = self.transcript
        zone = (
            self.tr("Times carry their UTC offset.")
            if t.zone_recorded
            else self.tr("Times are the phone's local time; the offset was not recorded.")
        )
        return (
            self.tr("%1: %2, %3 messages from %4.")
            .replace("%1", t.exhibit)
            .replace("%2", one_line(t.title, 80))
            .replace("%3", str(t.message_count))
            .replace("%4", t.format_name)
            + " "
            + zone
        )

    def _fill_candidates(self) -> None:
        self.found_list.clear()
        for c in self.candidates:
            where = (
                self.tr("line %1").replace("%1", str(c.line_no)) if c.line_no
                else self.tr("in the chat")
            )  # fmt: skip
            item = QListWidgetItem(f"{self._kind_name(c.kind)}: {one_line(c.value, 120)} ({where})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.found_list.addItem(item)

    def _kind_name(self, kind: str) -> str:
        names = {
            "participant": self.tr("Name in the chat"),
            "phone": self.tr("Phone number"),
            "email": self.tr("Email"),
            "username": self.tr("Username"),
            "iban": self.tr("Bank account (IBAN)"),
        }
        return names.get(kind, self.tr("Crypto wallet"))

    # --- actions ----------------------------------------------------------------------------

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def go_to_line(self, line_no: int) -> None:
        row = self.model.row_of(line_no)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(
                self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter
            )

    def find_next(self) -> None:
        self._find(+1)

    def find_previous(self) -> None:
        self._find(-1)

    def _find(self, step: int) -> None:
        text = self.search_edit.text()
        if not text.strip():
            self.found_label.setText("")
            return
        self._matches = T.search(self._vault, self._tid, text)
        if not self._matches:
            self.found_label.setText(self.tr("Not found"))
            self.say(self.tr("No message holds \u201c%1\u201d.").replace("%1", one_line(text, 60)))
            return
        current = self.model.lines[self.current_row()].line_no if self.current_row() >= 0 else 0
        if step > 0:
            nxt = next((n for n in self._matches if n > current), self._matches[0])
        else:
            nxt = next((n for n in reversed(self._matches) if n < current), self._matches[-1])
        self._match_pos = self._matches.index(nxt)
        self.found_label.setText(
            self.tr("%1 of %2")
            .replace("%1", str(self._match_pos + 1))
            .replace("%2", str(len(self._matches)))
        )
        self.go_to_line(nxt)

    def go_to_date(self) -> None:
        d = self.date_edit.date()
        from datetime import date

        line = T.line_on_or_after(self._vault, self._tid, date(d.year(), d.month(), d.day()))
        if line is None:
            self.say(self.tr("No message on or after that date."))
            return
        self.go_to_line(line)

    def save_note(self) -> None:
        """A note typed for a key message is saved when the field is left, another message
        is chosen or the window closes - never lost for want of a button."""
        row = self._note_row
        if not 0 <= row < len(self.model.lines):
            return
        line = self.model.lines[row]
        note = self.key_note.text().strip()
        if not line.is_key or note == line.key_note:
            return
        try:
            self.model.set_key(row, True, note)
        except GuardianError as exc:
            self.say(error_text(exc))

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.save_note()
        self._note_row = current.row()
        line = self.model.lines[current.row()]
        self.key_button.setChecked(line.is_key)
        self.key_button.setText(self.tr("Key \u2605 (Ctrl+K to unmark)") if line.is_key
                                else self.tr("Mark as &key (Ctrl+K)"))  # fmt: skip
        self.key_note.setText(line.key_note)

    def toggle_key_by_keyboard(self) -> None:
        self.key_button.setChecked(not self.key_button.isChecked())
        self.toggle_key()

    def toggle_key(self) -> None:
        row = self.current_row()
        if row < 0:
            self.say(self.tr("Choose a message first."))
            return
        key = self.key_button.isChecked()
        try:
            self.model.set_key(row, key, self.key_note.text().strip())
        except GuardianError as exc:
            self.say(error_text(exc))
            return
        line = self.model.lines[row]
        self._on_row(self.model.index(row, 0), QModelIndex())
        self.say(
            (self.tr("Line %1 is marked as key.") if key else self.tr("Line %1 is no longer key."))
            .replace("%1", str(line.line_no))
        )  # fmt: skip

    def _save_on_close(self, _result: int) -> None:
        """Closing keeps what was typed: the note, a changed line range, a typed zone."""
        self.save_note()
        first, last = self.first_spin.value(), self.last_spin.value()
        if (first, last) != tuple(self.transcript.included) and first <= last:
            self._save_range(first, last)
        zone = getattr(self, "zone_edit", None)
        if zone is not None and zone.text().strip() != (self.transcript.stated_zone or ""):
            self.save_zone()

    def save_range(self) -> None:
        first, last = self.first_spin.value(), self.last_spin.value()
        if first > last:
            self.say(self.tr("The first line must come before the last. Nothing was changed."))
            return
        self._save_range(first, last)

    def use_all(self) -> None:
        self.first_spin.setValue(1)
        self.last_spin.setValue(max(1, self.transcript.message_count))
        self._save_range(None, None)

    def _save_range(self, first: int | None, last: int | None) -> None:
        try:
            T.set_range(self._vault, self._tid, first, last)
        except GuardianError as exc:
            self.say(error_text(exc))
            return
        self.transcript = T.get_transcript(self._vault, self._tid)
        a, b = self.transcript.included
        self.say(
            self.tr("The report will show lines %1 to %2.")
            .replace("%1", str(a))
            .replace("%2", str(b))
        )

    def save_platform(self) -> None:
        try:
            T.set_platform(self._vault, self._tid, str(self.platform_box.currentData() or ""))
        except GuardianError as exc:
            self.say(error_text(exc))
            return
        self.say(self.tr("The app is saved."))

    def save_zone(self) -> None:
        try:
            T.set_stated_zone(self._vault, self._tid, self.zone_edit.text())
        except GuardianError as exc:
            self.say(error_text(exc))
            return
        self.say(self.tr("The time zone is saved. The report shows it beside the times."))

    def add_ticked(self) -> None:
        ticked = [
            c for i, c in enumerate(self.candidates)
            if self.found_list.item(i).checkState() == Qt.CheckState.Checked
        ]  # fmt: skip
        if not ticked:
            self.say(self.tr("Tick the details to add first. Nothing was added."))
            return
        try:
            for c in ticked:
                T.accept_candidate(self._vault, c)
        except GuardianError as exc:
            self.say(error_text(exc))
            return
        self.candidates = T.identifier_candidates(self._vault, self._tid)
        self._fill_candidates()
        self.say(
            self.tr(
                "%n detail(s) added. You can check them in the offender and money steps.",
                "",
                len(ticked),
            )
        )

    def remove(self) -> None:
        """Remove the chat after a clear question (added by mistake, or the wrong chat)."""
        ok = seams.confirm(
            self,
            self.tr("Remove this chat?"),
            self.tr(
                "%1 and its %2 messages will be taken out of the case. The export file on "
                "your computer is not touched, and the case's log keeps a note of what was "
                "removed. Its exhibit number will not be used again."
            )
            .replace("%1", self.transcript.exhibit)
            .replace("%2", str(self.transcript.message_count)),
            self.tr("Remove the chat"),
            self.tr("Keep it"),
        )
        if not ok:
            return
        try:
            T.remove_transcript(self._vault, self._tid, "removed by the person")
        except GuardianError as exc:
            self.say(error_text(exc))
            return
        self.removed.emit(self._tid)
        self.accept()

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
