"""EvidenceScreen: add screenshots every way people have them, then describe, date, blur,
cover or remove each one. One column with no scroll area of its own (only the list
scrolls), so the wizard's page scrolls it as a whole at any window size and text size."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QHideEvent,
    QImage,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.evidence import BatchResult, suggest
from guardian_desktop.core.models import EvidenceItem
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui import seams

from ..errors import error_text
from ..widgets.flow import flow_container
from .capture import CaptureReview, ScreenCapture
from .details import ItemDetails
from .item_list import EvidenceList
from .model import EvidenceListModel
from .redact import RedactDialog
from .reminder import ReminderPanel, age_warning
from .summary import BatchSummary
from .text import safe_text
from .viewer import EvidenceViewer
from .worker import BackgroundTask, images_task, import_task

FILE_FILTER_PATTERNS = "*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff *.heic *.heif"
# The list and the details sit side by side from this width (in text lines), else stacked.
SIDE_BY_SIDE_LINES = 46


class EvidenceScreen(QWidget):
    """The evidence step. Emits `changed` whenever items are added, edited or removed."""

    changed = Signal()
    batch_finished = Signal(object)  # BatchResult, after every batch (also cancelled ones)
    busy_changed = Signal(bool)

    def __init__(
        self,
        vault: CaseVault,
        *,
        role: str = "victim",
        under_18: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._role = role
        self._under_18 = under_18
        self._task: BackgroundTask | None = None
        self._capture: ScreenCapture | None = None
        self._viewer: EvidenceViewer | None = None
        # The worker writes its progress; the UI reads it a few times a second.
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(100)
        self._progress_timer.timeout.connect(self._poll_progress)
        self.setAccessibleName(self.tr("Save the evidence"))
        self.setAcceptDrops(True)

        self.reminder = ReminderPanel(role, under_18, self)

        def button(text: str, name: str, description: str) -> QPushButton:
            b = QPushButton(text, self)
            b.setAccessibleName(name)
            b.setAccessibleDescription(description)
            return b

        self.add_button = button(
            self.tr("&Add screenshots\u2026"),
            self.tr("Add screenshots"),
            self.tr("Choose one or more picture files."),
        )
        self.folder_button = button(
            self.tr("Add a f&older\u2026"),
            self.tr("Add a folder of screenshots"),
            self.tr("Adds every picture in the folder and the folders inside it."),
        )
        self.paste_button = button(
            self.tr("&Paste picture (Ctrl+V)"),
            self.tr("Paste a picture"),
            self.tr("Adds the picture you copied."),
        )
        self.capture_button = button(
            self.tr("Capture my &screen\u2026"),
            self.tr("Capture my screen"),
            self.tr(
                "Hides this window, counts down so you can bring the chat to the front, "
                "then takes a picture of the screen for you to keep or discard."
            ),
        )
        self.add_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.paste_button.clicked.connect(self.paste)
        self.capture_button.clicked.connect(self.capture_screen)
        self._add_buttons: list[QAbstractButton] = [
            self.add_button,
            self.folder_button,
            self.paste_button,
            self.capture_button,
        ]
        self.drop_hint = QLabel(
            self.tr("Or drag screenshots, a folder or a chat export here."), self
        )
        self.drop_hint.setWordWrap(True)
        self.add_row = flow_container(list(self._add_buttons), self)
        self.add_row.setAccessibleName(self.tr("Ways to add"))
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self, self.paste)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        # Progress of a batch, with a way to stop it.
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Adding screenshots"))
        # No Alt key of its own (Alt+C is "Add a chat export"): it takes the focus when a
        # batch starts, and Escape stops the batch too.
        self.cancel_button = button(
            self.tr("Stop adding"),
            self.tr("Stop adding"),
            self.tr("Screenshots already added are kept. Escape stops adding too."),
        )
        self.cancel_button.clicked.connect(self.cancel_adding)
        self._stop_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel_adding)
        self._stop_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._stop_key.setEnabled(False)  # only while adding: Escape is the popups' own key
        self.progress_row = QWidget(self)
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress_label, 1)
        progress_layout.addWidget(self.progress_bar, 1)
        progress_layout.addWidget(self.cancel_button)
        self.progress_row.hide()

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Message"))
        self.status.hide()
        self.summary = BatchSummary(self)

        # The list, and the chosen item's details beside it (wide) or under it (narrow).
        self.model = EvidenceListModel(vault, self)
        self.list = EvidenceList(self.model, self)
        self.count_label = QLabel(self)
        self.show_all = QCheckBox(self.tr("Show all p&ictures"), self)
        self.show_all.setAccessibleName(self.tr("Show all pictures"))
        self.show_all.setAccessibleDescription(
            self.tr("Pictures are blurred so that nobody sees them by accident.")
        )
        self.show_all.toggled.connect(self._on_show_all)
        self.confirm_button = button(
            self.tr("Chec&k suggested times"),
            self.tr("Check the suggested times"),
            self.tr(
                "Goes through each screenshot with a time suggested from its file. "
                "Press Enter to use the time shown, or type the right one."
            ),
        )
        self.confirm_button.clicked.connect(self.start_confirming)
        self.confirm_button.setAutoDefault(True)
        self.confirm_button.hide()
        list_bar = flow_container([self.count_label, self.show_all, self.confirm_button], self)

        self.details = ItemDetails(vault, self)
        self.items_view = QWidget(self)
        self._items_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.items_view)
        self._items_layout.setContentsMargins(0, 0, 0, 0)
        em = self.fontMetrics().height()
        self._items_layout.setSpacing(em)
        self._items_layout.addWidget(self.list, 1)
        self._items_layout.addWidget(self.details, 0)
        self.side_by_side = False

        self.empty = QLabel(
            self.tr(
                "No screenshots yet.\n\nAdd the chat, their profile and each demand with the "
                "buttons above, or drag the files here."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No screenshots yet"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.items_view)
        self.items_area = QWidget(self)
        items_area_layout = QVBoxLayout(self.items_area)
        items_area_layout.setContentsMargins(0, 0, 0, 0)
        items_area_layout.addWidget(list_bar)
        items_area_layout.addWidget(self.stack, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(max(6, em // 2))
        # What never to save, then the ways to add, then what to capture (open while the case
        # has no screenshots, folded to one button after): the buttons are always near the top.
        layout.addWidget(self.reminder)
        layout.addWidget(self.add_row)
        layout.addWidget(self.drop_hint)
        layout.addWidget(self.reminder.fold)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.items_area, 1)

        self._confirming = False
        self._watched_area: QScrollArea | None = None
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.open_requested.connect(self.open_viewer)
        self.list.toggle_requested.connect(self._toggle_shown)
        self.list.remove_requested.connect(self.remove_item)
        self.details.edited.connect(self._on_edited)
        self.details.suggestion_used.connect(self._on_suggestion_used)
        self.details.view_requested.connect(self.open_viewer)
        self.details.redact_requested.connect(self.open_redaction)
        self.details.remove_requested.connect(self.remove_item)
        self.details.shown_toggled.connect(self._on_item_shown)
        self.model.rowsInserted.connect(self._update_state)
        self.model.rowsRemoved.connect(self._update_state)
        self.model.modelReset.connect(self._update_state)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

        self._chain_tab_order()
        self.setTabOrder(self.show_all, self.confirm_button)
        self.setTabOrder(self.confirm_button, self.list)
        self.details.set_item(None)
        self.model.reload()
        # The guidance is open until the first screenshot is in; then it folds to one button.
        self.reminder.set_expanded(self.model.rowCount() == 0)

    def add_action(self, action: QAbstractButton) -> None:
        """Another way of adding (for example a chat export): shown after the other add
        buttons, in the same wrapping row, and disabled while a batch runs."""
        layout = self.add_row.layout()
        assert layout is not None
        layout.addWidget(action)
        self._add_buttons.append(action)
        action.setEnabled(self._task is None)
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """Tab goes through the add buttons in the order shown, then "What to capture"."""
        chain = [*self._add_buttons, self.reminder.more]
        for before, after in zip(chain, chain[1:], strict=False):
            self.setTabOrder(before, after)

    # --- public API ----------------------------------------------------------------------

    def item_count(self) -> int:
        return self.model.rowCount()

    def is_busy(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        """Read the list again from the case (if something else changed it)."""
        self.model.reload()

    def set_audience(self, role: str, under_18: bool | None) -> None:
        """Who is using the app and the threatened person's age, when the wizard learns it."""
        self._role, self._under_18 = role, under_18
        self.reminder.set_audience(role, under_18)

    def add_paths(self, paths: Sequence[str | Path]) -> bool:
        """Add files and folders on a worker thread. False if nothing was started."""
        paths = [p for p in paths if str(p)]
        if not paths or not self._ready_for_batch():
            return False
        self._start(import_task(self._vault, paths), len(paths))
        return True

    def add_images(self, images: Sequence[tuple[QImage, str]], source: str) -> bool:
        """Add pictures held in memory (pasted or captured), PNG-encoded in memory."""
        images = [(img, name) for img, name in images if not img.isNull()]
        if not images or not self._ready_for_batch():
            return False
        self._start(images_task(self._vault, images, source), len(images))
        return True

    def cancel_adding(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(
                self.tr("Stopping\u2026 Screenshots already added are kept.")
            )

    # --- the ways of adding --------------------------------------------------------------

    def choose_files(self) -> None:
        start = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation
        ) or str(Path.home())
        filters = (
            self.tr("Pictures (%1)").replace("%1", FILE_FILTER_PATTERNS)
            + ";;"
            + self.tr("All files (*)")
        )
        paths = seams.open_files(self, self.tr("Choose screenshots to add"), start, filters)
        if paths:
            self.add_paths(paths)

    def choose_folder(self) -> None:
        start = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation
        ) or str(Path.home())
        folder = seams.open_folder(self, self.tr("Choose a folder of screenshots"), start)
        if folder:
            self.add_paths([folder])

    def paste(self) -> None:
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is not None and mime.hasImage():
            image = clipboard.image()
            stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
            name = self.tr("Pasted picture %1.png").replace("%1", stamp)
            if not image.isNull():
                self.add_images([(image, name)], "clipboard")
                return
        if mime is not None and mime.hasUrls():
            paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if paths:
                self.add_paths(paths)
                return
        self.say(
            self.tr(
                "There is no picture to paste. Copy a screenshot first (for example: right-click "
                "it and choose Copy), then paste it here."
            )
        )

    def capture_screen(self) -> None:
        if self._task is not None or (self._capture and self._capture.is_running()):
            return
        capture = ScreenCapture(self.window(), self)
        capture.captured.connect(self._on_captured)
        capture.cancelled.connect(
            lambda: self.say(self.tr("The screen capture was cancelled. Nothing was saved."))
        )
        capture.failed.connect(self.say)
        self._capture = capture
        capture.start()

    def _on_captured(self, images: list[QImage]) -> None:
        if not CaptureReview.ask(self, images):
            self.say(self.tr("The capture was discarded. Nothing was saved."))
            return
        stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        named = [
            (
                image,
                self.tr("Screen capture %1.png").replace("%1", stamp)
                if len(images) == 1
                else self.tr("Screen capture %1 (screen %2).png")
                .replace("%1", stamp)
                .replace("%2", str(n + 1)),
            )
            for n, image in enumerate(images)
        ]
        self.add_images(named, "screen")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        mime = event.mimeData()
        local = mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())
        if self._task is None and (local or mime.hasImage()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        mime = event.mimeData()
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        image = QImage(mime.imageData()) if not paths and mime.hasImage() else QImage()
        if not paths and image.isNull():
            event.ignore()
            return
        event.acceptProposedAction()
        # Ask and start after the drop has finished: no dialog inside a drag.
        if paths:
            QTimer.singleShot(0, lambda: self.add_paths(paths))
        else:
            name = self.tr("Dropped picture %1.png").replace(
                "%1", datetime.now().strftime("%Y-%m-%d %H.%M.%S")
            )
            QTimer.singleShot(0, lambda: self.add_images([(image, name)], "clipboard"))

    # --- batches -------------------------------------------------------------------------

    def _ready_for_batch(self) -> bool:
        if self._task is not None:
            self.say(self.tr("Please wait until the screenshots being added are finished."))
            return False
        if self._under_18 is not False:
            warning = age_warning(self._role, self._under_18)
            question = self.tr(
                "Please check the pictures you are adding. None of them may be a nude or sexual "
                "image. The chat, the profile and the demands are the evidence."
            )
            ok = seams.confirm(
                self,
                self.tr("Before you add these"),
                (warning + "\n\n" + question) if warning else question,
                self.tr("None is sexual \u2014 add them"),
                self.tr("Stop, do not add"),
            )
            if not ok:
                self.say(self.tr("Nothing was added."))
                return False
        return True

    def _start(self, task: BackgroundTask, count: int) -> None:
        self._task = task
        self.status.hide()
        self.summary.hide()
        self.progress_bar.setRange(0, 0)  # busy until the first file is done
        self.progress_label.setText(self.tr("Adding\u2026"))
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        self._stop_key.setEnabled(True)
        for b in self._add_buttons:
            b.setEnabled(False)
        task.finished.connect(self._on_task_finished)
        self.destroyed.connect(task.cancel)  # a closed screen stops the batch
        self._progress_timer.start()
        self.busy_changed.emit(True)
        task.start()
        self.cancel_button.setFocus()

    def _poll_progress(self) -> None:
        if self._task is None:
            return
        done, total, _name = self._task.progress()
        if total == 0:
            return
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        if self.cancel_button.isEnabled():
            self.progress_label.setText(
                self.tr("Adding %1 of %2\u2026").replace("%1", str(done)).replace("%2", str(total))
            )

    def _on_task_finished(self) -> None:
        task = self._task
        if task is None:
            return
        if not self._vault.is_open:  # the case closed mid-batch: nothing more to show
            self._finish_batch()
            return
        if task.error is not None:
            self._on_batch_failed(task.error)
        elif isinstance(task.result, BatchResult):
            self._on_batch_done(task.result)
        else:
            self._on_batch_failed(self.tr("Adding stopped unexpectedly."))

    def _finish_batch(self) -> None:
        self._progress_timer.stop()
        self._task = None
        self.progress_row.hide()
        self._stop_key.setEnabled(False)
        for b in self._add_buttons:
            b.setEnabled(True)
        self.busy_changed.emit(False)

    def _on_batch_done(self, result: BatchResult) -> None:
        had_focus = self.cancel_button.hasFocus()
        self._finish_batch()
        self.model.add_items(result.added)
        if result.added:
            self.list.select_item(result.added[-1].id)
        elif result.duplicates:
            self.list.select_item(result.duplicates[-1][1].id)
        self.summary.show_result(result)
        suggested = {i.id for i in self.items_with_suggested_time()}
        to_check = sum(1 for i in result.added if i.id in suggested)
        if to_check:
            self.summary.add_note(
                self.tr(
                    "%1 of them have a time suggested from the file. Check each one: "
                    "it is only saved when you choose “Use this”."
                ).replace("%1", str(to_check))
            )
        self.say(self.summary.headline.text(), visible=False)
        if had_focus:
            self.summary.close_button.setFocus()
        if result.added:
            self.changed.emit()
        self.batch_finished.emit(result)

    def _on_batch_failed(self, message: str) -> None:
        self._finish_batch()
        before = self.item_count()
        self.model.reload()  # some items may have been stored before the failure
        self.summary.show_result(BatchResult(), error=message)
        if self.item_count() != before:
            self.changed.emit()
        self.batch_finished.emit(BatchResult())

    # --- items ---------------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(current.row()) if current.isValid() else None
        self.details.set_item(item, shown=bool(item and self.model.is_shown(item.id)))

    def _on_edited(self, item: EvidenceItem) -> None:
        self.model.update_item(item)
        self._update_confirm_button()
        self.changed.emit()

    # --- confirming suggested times, one key each ----------------------------------------

    def items_with_suggested_time(self) -> list[EvidenceItem]:
        return [i for i in self.model.items() if suggest(i).happened_at]

    def start_confirming(self) -> None:
        """Go to the first screenshot with a suggested time, its "Use this" focused: Enter
        takes it and moves on to the next, so six screenshots take six key presses."""
        self._confirming = True
        self._confirm_next(after_row=-1)

    def is_confirming(self) -> bool:
        return self._confirming

    def _on_suggestion_used(self, item_id: int) -> None:
        if self._confirming:
            self._confirm_next(after_row=self.model.row_of(item_id))

    def _confirm_next(self, after_row: int) -> None:
        pending = {i.id for i in self.items_with_suggested_time()}
        rows = [r for r, i in enumerate(self.model.items()) if i.id in pending]
        later = [r for r in rows if r > after_row] or rows
        if not later:
            self._confirming = False
            self.say(self.tr("Every suggested time has been checked."))
            self.list.setFocus()
            return
        self.list.setCurrentIndex(self.model.index(later[0]))
        self.list.scrollTo(self.model.index(later[0]))
        left = len(rows)
        self.say(
            self.tr("%1 left to check. Enter uses the time shown; or type the right time.").replace(
                "%1", str(left)
            ),
            visible=False,
        )
        if self.details.has_time_suggestion():
            self.details.when.use_suggestion.setFocus()

    def _update_confirm_button(self) -> None:
        count = len(self.items_with_suggested_time())
        self.confirm_button.setVisible(count > 1)

    def _on_item_shown(self, item_id: int, shown: bool) -> None:
        self.model.set_shown(item_id, shown)
        self._sync_show_all()

    def _toggle_shown(self, item_id: int) -> None:
        shown = not self.model.is_shown(item_id)
        self.model.set_shown(item_id, shown)
        current = self.details.item()
        if current is not None and current.id == item_id:
            self.details.set_shown(shown)
        self._sync_show_all()

    def _on_show_all(self, shown: bool) -> None:
        self.model.set_all_shown(shown)
        self.details.set_shown(shown)

    def _sync_show_all(self) -> None:
        self.show_all.blockSignals(True)
        self.show_all.setChecked(self.model.all_shown())
        self.show_all.blockSignals(False)

    def open_viewer(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        if self._viewer is not None:
            self._viewer.close()
        viewer = EvidenceViewer(self.model, row, self)
        viewer.current_changed.connect(self.list.select_item)
        viewer.redact_requested.connect(self.open_redaction)
        viewer.finished.connect(self._on_viewer_closed)
        self._viewer = viewer
        viewer.open()

    def viewer(self) -> EvidenceViewer | None:
        return self._viewer

    def _on_viewer_closed(self) -> None:
        current = self.details.item()
        if current is not None:
            self.details.set_shown(self.model.is_shown(current.id))
        self._sync_show_all()
        if self._viewer is not None:
            self._viewer.deleteLater()
            self._viewer = None
        self.list.setFocus()

    def open_redaction(self, item_id: int) -> RedactDialog | None:
        try:
            item = self._vault.get_evidence(item_id)
            dialog = RedactDialog(self._vault, item, self._viewer or self)
        except GuardianError as exc:
            self.say(error_text(exc))
            return None
        dialog.saved.connect(self._on_redacted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_redacted(self, item: EvidenceItem) -> None:
        self.model.update_item(item, picture_changed=True)
        self.details.replace_item(item)
        if self._viewer is not None:
            self._viewer.refresh()
        self.changed.emit()

    def remove_item(self, item_id: int) -> None:
        try:
            item = self._vault.get_evidence(item_id)
        except GuardianError as exc:
            self.say(error_text(exc))
            return
        label = item.exhibit + " (" + safe_text(item.original_name, 80) + ")"
        if not seams.confirm(
            self,
            self.tr("Remove %1?").replace("%1", item.exhibit),
            self.tr(
                "Remove %1 from the case? It cannot be brought back. The case log will still "
                "show that it was removed, and when."
            ).replace("%1", label),
            self.tr("Remove it"),
            self.tr("Keep it"),
        ):
            return
        try:
            self._vault.remove_evidence(item_id, "removed on the evidence screen")
        except GuardianError as exc:
            self.say(error_text(exc))
            return
        row = self.model.row_of(item_id)
        self.model.remove_item(item_id)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
            self.list.setFocus()
        self.say(self.tr("%1 was removed from the case.").replace("%1", item.exhibit))
        self.changed.emit()

    # --- state ---------------------------------------------------------------------------

    def _update_state(self) -> None:
        count = self.model.rowCount()
        self.stack.setCurrentWidget(self.items_view if count else self.empty)
        self.count_label.setText(
            self.tr("1 screenshot in the case")
            if count == 1
            else self.tr("%1 screenshots in the case").replace("%1", str(count))
        )
        self.show_all.setEnabled(count > 0)
        self._sync_show_all()
        if count == 0:
            self.details.set_item(None)
        elif not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))
        self._update_confirm_button()

    # --- layout --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        """List and details side by side when there is room, one under the other when not.
        A margin of two lines either way keeps a scroll bar from flipping it back and forth."""
        line = self.fontMetrics().height()
        wide = width >= (SIDE_BY_SIDE_LINES - (2 if self.side_by_side else 0)) * line
        if wide == self.side_by_side:
            return
        self.side_by_side = wide
        self._items_layout.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        self._items_layout.setStretch(0, 2 if wide else 1)
        self._items_layout.setStretch(1, 3 if wide else 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        area = self.page_scroll_area()
        if area is not None and area is not self._watched_area:
            self._watched_area = area
            area.viewport().installEventFilter(self)
            self._fit_list(area.viewport().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        area = self._watched_area
        if area is not None and watched is area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_list(area.viewport().height())
        return super().eventFilter(watched, event)

    def _fit_list(self, room: int) -> None:
        """Ask for three rows, or fewer when the page shows less: scrolled to, the whole
        list is then in view at once (a short window with 200% text shows two)."""
        spare = room - self.count_label.sizeHint().height() - 2 * self.list.frameWidth()
        rows = max(1, min(3, spare // max(1, self.list.row_height())))
        if rows != self.list.visible_rows:
            self.list.visible_rows = rows
            self.list.updateGeometry()

    def page_scroll_area(self) -> QScrollArea | None:
        """The wizard page's scroll area this screen sits in (None when on its own)."""
        widget = self.parentWidget()
        while widget is not None:
            if isinstance(widget, QScrollArea):
                return widget
            widget = widget.parentWidget()
        return None

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        # A mnemonic or a confirm pass can move focus below the fold: bring it into view.
        if now is None or not self.isAncestorOf(now):
            return
        area = self.page_scroll_area()
        if area is not None:
            line = self.fontMetrics().height()
            area.ensureWidgetVisible(now, 0, line)

    def say(self, text: str, *, visible: bool = True) -> None:
        """A calm message under the buttons, also announced to screen readers."""
        if visible:
            self.status.setText(text)
            self.status.show()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self.details.save_now()  # leaving the step never loses what was typed
        super().hideEvent(event)
