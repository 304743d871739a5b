"""Adding chat exports from the evidence step: a button, and drops of exports on the screen.

Reading runs on a worker thread. Photos inside an export are only offered to an adult,
after the same reminder as any picture; for someone under 18 or whose age is not known
they are never stored, and the person is told so. Each chat then opens in its transcript
screen to mark key messages and confirm details found in it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QPushButton, QWidget

from guardian_desktop.core import transcripts as T
from guardian_desktop.core.chats import ScanResult, looks_like_export, scan
from guardian_desktop.core.vault import CaseVault

from .. import seams
from .reminder import age_warning
from .transcript_view import TranscriptView
from .worker import BackgroundTask, ProgressFn, Work

EXPORT_FILTER = "*.zip *.txt *.json *.html *.htm"


class ChatImport(QObject):
    """Attaches to the evidence screen: `screen.add_action(button)` and a drop filter."""

    finished = Signal(object)  # core.transcripts.ImportResult

    def __init__(self, screen: QWidget, vault: CaseVault, *, role: str = "victim") -> None:
        super().__init__(screen)
        self._screen = screen
        self._vault = vault
        self._role = role
        self._task: BackgroundTask | None = None
        self.views: list[TranscriptView] = []
        self.button = QPushButton(self.tr("Add a &chat export\u2026"), screen)
        self.button.setAccessibleName(self.tr("Add a chat export"))
        self.button.setAccessibleDescription(
            self.tr(
                "A chat exported from WhatsApp, Instagram, Facebook Messenger, Telegram or "
                "Snapchat: the whole conversation becomes one exhibit."
            )
        )
        self.button.clicked.connect(self.choose)
        self.open_button = QPushButton(self.tr("Chat &transcripts\u2026"), screen)
        self.open_button.setAccessibleName(self.tr("Open the chat transcripts"))
        self.open_button.clicked.connect(self.open_latest)
        add_action = getattr(screen, "add_action", None)
        if add_action is not None:
            add_action(self.button)
            add_action(self.open_button)
        self._update_open_button()
        screen.installEventFilter(self)

    # --- counting and opening ------------------------------------------------------------------

    def count(self) -> int:
        return len(T.list_transcripts(self._vault)) if self._vault.is_open else 0

    def _update_open_button(self) -> None:
        self.open_button.setVisible(self.count() > 0)

    def open_latest(self) -> None:
        chats = T.list_transcripts(self._vault)
        if chats:
            self.open_view(chats[-1].id)

    def open_view(self, transcript_id: int) -> TranscriptView:
        view = TranscriptView(self._vault, transcript_id, self._screen)
        self.views.append(view)
        view.finished.connect(lambda _r, v=view: self.views.remove(v) if v in self.views else None)
        view.removed.connect(self._on_removed)
        view.show()
        return view

    def _on_removed(self, _transcript_id: int) -> None:
        self._update_open_button()
        self._say(self.tr("The chat was removed from the case."))
        changed = getattr(self._screen, "changed", None)
        if changed is not None:
            changed.emit()

    # --- adding ---------------------------------------------------------------------------------

    def choose(self) -> None:
        start = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DownloadLocation
        ) or str(Path.home())
        filters = (
            self.tr("Chat exports (%1)").replace("%1", EXPORT_FILTER)
            + ";;"
            + self.tr("All files (*)")
        )
        paths = seams.open_files(
            self._screen, self.tr("Choose chat exports to add"), start, filters
        )
        if paths:
            self.add_paths(paths)

    def is_busy(self) -> bool:
        return self._task is not None

    def add_paths(self, paths: Sequence[str | Path]) -> bool:
        """Read the exports on a worker thread, then ask about media and store them."""
        if self._task is not None:
            self._say(self.tr("Please wait until the chat being added is finished."))
            return False
        paths = list(paths)

        def work(_progress: ProgressFn, _cancel: threading.Event) -> ScanResult:
            return scan(paths)

        self._run(work, self._on_scanned)
        self._say(self.tr("Reading the chat export\u2026"))
        return True

    def _run(self, work: Work, done: Callable[[Any], None]) -> None:
        task = BackgroundTask(work)
        self._task = task
        self.button.setEnabled(False)

        def finished() -> None:
            self._task = None
            self.button.setEnabled(True)
            if task.error is not None:
                self._say(task.error)
                seams.inform(
                    self._screen, self.tr("The chat was not added"), task.error, warning=True
                )
                return
            done(task.result)

        task.finished.connect(finished)
        self._screen.destroyed.connect(task.cancel)
        task.start()

    def _on_scanned(self, scanned: ScanResult) -> None:
        if not self._vault.is_open:
            return
        under_18 = self._vault.info().treat_as_under_18
        media = T.media_count(scanned)
        include_media = False
        if scanned.chats and media and not under_18:
            warning = age_warning(self._role, False)
            question = self.tr(
                "This chat holds %n photo(s) or file(s). You can add the photos as their own "
                "exhibits. Only add them if none is a nude or sexual image: the chat, the "
                "profile and the demands are the evidence.",
                "",
                media,
            )
            include_media = seams.confirm(
                self._screen,
                self.tr("Photos in the chat"),
                (warning + "\n\n" + question) if warning else question,
                self.tr("None is sexual \u2014 add the photos"),
                self.tr("Add only the chat"),
            )

        def work(_progress: ProgressFn, cancel: threading.Event) -> T.ImportResult:
            return T.store_scanned(self._vault, scanned, include_media=include_media, cancel=cancel)

        self._run(work, self._on_stored)

    def _on_stored(self, result: T.ImportResult) -> None:
        self._update_open_button()
        parts = []
        if result.added:
            parts.append(
                self.tr("%n chat(s) added as exhibits: %1.", "", len(result.added)).replace(
                    "%1", ", ".join(t.exhibit for t in result.added)
                )
            )
        if result.duplicates:
            parts.append(self.tr("%n chat(s) already in the case.", "", len(result.duplicates)))
        if result.media_added:
            parts.append(self.tr("%n photo(s) added.", "", len(result.media_added)))
        if any(t.media_note for t in result.added):
            parts.append(
                self.tr(
                    "Photos and files in the chat were left out, because the person is under "
                    "18 or their age is not known. Only the chat's words are kept."
                )
            )
        if not parts and not result.failed:
            parts.append(self.tr("No chat was found in what you chose."))
        self._say(" ".join(parts))
        if result.failed:
            seams.inform(
                self._screen,
                self.tr("Some exports were not added"),
                "\n\n".join(detail for _name, _reason, detail in result.failed),
                warning=True,
            )
        self.finished.emit(result)
        changed = getattr(self._screen, "changed", None)
        if changed is not None and (result.added or result.media_added):
            changed.emit()
            refresh = getattr(self._screen, "refresh", None)
            if refresh is not None:
                refresh()
        if result.added:
            self.open_view(result.added[0].id)

    def _say(self, text: str) -> None:
        say = getattr(self._screen, "say", None)
        if say is not None:
            say(text)

    # --- drops on the evidence screen --------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._screen and event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            mime = event.mimeData()
            paths = (
                [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
            )
            exports = [p for p in paths if looks_like_export(p)]
            if not exports:
                return False  # pictures: the screen's own drop
            pictures = [p for p in paths if p not in exports]
            event.acceptProposedAction()
            # Start after the drop has finished: no dialog inside a drag.
            QTimer.singleShot(0, lambda: self.add_paths(exports))
            if pictures:
                add = getattr(self._screen, "add_paths", None)
                if add is not None:
                    QTimer.singleShot(0, lambda: add(pictures))
            return True
        return False
