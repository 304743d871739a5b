"""EvidenceScreen: add screenshots every way people have them, then describe, blur, cover
or remove each one. A plain QWidget, so the wizard can embed it in its evidence step."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QHideEvent,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.evidence import BatchResult
from guardian_desktop.core.guidance import load_guidance
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
        self._add_buttons = [
            self.add_button,
            self.folder_button,
            self.paste_button,
            self.capture_button,
        ]
        self.drop_hint = QLabel(self.tr("Or drag screenshots or a folder here."), self)
        add_row = flow_container([*self._add_buttons, self.drop_hint], self)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self, self.paste)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        # Progress of a batch, with a way to stop it.
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Adding screenshots"))
        self.cancel_button = button(
            self.tr("&Cancel"),
            self.tr("Stop adding"),
            self.tr("Screenshots already added are kept."),
        )
        self.cancel_button.clicked.connect(self.cancel_adding)
        self.progress_row = QWidget(self)
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress_label, 1)
        progress_layout.addWidget(self.progress_bar, 2)
        progress_layout.addWidget(self.cancel_button)
        self.progress_row.hide()

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Message"))
        self.status.hide()
        self.summary = BatchSummary(self)

        # The list and the chosen item's details, side by side.
        self.model = EvidenceListModel(vault, self)
        self.list = EvidenceList(self.model, self)
        self.count_label = QLabel(self)
        self.show_all = QCheckBox(self.tr("Show all p&ictures"), self)
        self.show_all.setAccessibleName(self.tr("Show all pictures"))
        self.show_all.setAccessibleDescription(
            self.tr("Pictures are blurred so that nobody sees them by accident.")
        )
        self.show_all.toggled.connect(self._on_show_all)
        list_bar = QHBoxLayout()
        list_bar.addWidget(self.count_label, 1)
        list_bar.addWidget(self.show_all)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(list_bar)
        left_layout.addWidget(self.list, 1)

        platforms = [p.name for p in load_guidance().platforms.values()]
        self.details = ItemDetails(vault, platforms)
        details_scroll = QScrollArea(self)
        details_scroll.setWidget(self.details)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(details_scroll)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

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
        self.stack.addWidget(self.splitter)

        # Everything sits in one scroll area: with large text or a short window the page
        # scrolls as a whole, and the list keeps a usable height instead of being squeezed.
        self.stack.setMinimumHeight(self.fontMetrics().height() * 14)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.reminder)
        page_layout.addWidget(add_row)
        page_layout.addWidget(self.progress_row)
        page_layout.addWidget(self.status)
        page_layout.addWidget(self.summary)
        page_layout.addWidget(self.stack, 1)
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidget(page)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page_scroll)

        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.open_requested.connect(self.open_viewer)
        self.list.toggle_requested.connect(self._toggle_shown)
        self.list.remove_requested.connect(self.remove_item)
        self.details.edited.connect(self._on_edited)
        self.details.view_requested.connect(self.open_viewer)
        self.details.redact_requested.connect(self.open_redaction)
        self.details.remove_requested.connect(self.remove_item)
        self.details.shown_toggled.connect(self._on_item_shown)
        self.model.rowsInserted.connect(self._update_state)
        self.model.rowsRemoved.connect(self._update_state)
        self.model.modelReset.connect(self._update_state)

        self.setTabOrder(self.capture_button, self.show_all)
        self.setTabOrder(self.show_all, self.list)
        self.model.reload()
        self.details.set_item(None)

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
        self.changed.emit()

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
        self.stack.setCurrentWidget(self.splitter if count else self.empty)
        self.count_label.setText(
            self.tr("1 screenshot in the case")
            if count == 1
            else self.tr("%1 screenshots in the case").replace("%1", str(count))
        )
        self.show_all.setEnabled(count > 0)
        self._sync_show_all()
        if count == 0:
            self.details.set_item(None)

    def say(self, text: str, *, visible: bool = True) -> None:
        """A calm message under the buttons, also announced to screen readers."""
        if visible:
            self.status.setText(text)
            self.status.show()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self.details.save_now()  # leaving the step never loses what was typed
        super().hideEvent(event)
