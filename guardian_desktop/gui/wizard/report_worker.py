"""Build the PDF report and render its preview pages in a worker thread, all in memory."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.vault import CaseVault

from ..errors import error_text

PREVIEW_SCALE = 1.0  # 72 dpi: readable on screen, small in memory
MAX_PREVIEW_PAGES = 40
WAIT_TIMEOUT_MS = 60_000  # the longest wait for a build when the case closes

# Builds a closing page could not wait for: kept here (never destroyed while running)
# until wait_for_builds() at quit.
_ORPHANS: list[tuple[QThread, QObject]] = []


def count_pages(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def render_pages(pdf: bytes, scale: float = PREVIEW_SCALE) -> list[QImage]:
    """Render the first MAX_PREVIEW_PAGES pages to QImages in memory (never to disk)."""
    import pypdfium2 as pdfium

    images: list[QImage] = []
    doc = pdfium.PdfDocument(pdf)
    try:
        for index in range(min(len(doc), MAX_PREVIEW_PAGES)):
            page = doc[index]
            bitmap = page.render(scale=scale, rev_byteorder=True)
            try:
                width, height = bitmap.width, bitmap.height
                fmt = QImage.Format.Format_RGB888
                if bitmap.n_channels == 4:
                    fmt = QImage.Format.Format_RGBA8888
                data = bytes(bitmap.buffer)
                images.append(QImage(data, width, height, bitmap.stride, fmt).copy())
            finally:
                bitmap.close()
                page.close()
    finally:
        doc.close()
    return images


class _Job(QObject):
    done = Signal(object, object, int)  # list[bytes], list[QImage], total page count
    failed = Signal(str)

    def __init__(self, vault: CaseVault, options: Any) -> None:
        super().__init__()
        self.vault, self.options = vault, options

    @Slot()
    def run(self) -> None:
        try:
            self._run()
        finally:
            # The thread ends as soon as the job has: nobody needs to be left to quit it
            # (a quit before its event loop starts makes exec() return at once).
            QThread.currentThread().quit()

    def _run(self) -> None:
        try:
            from guardian_desktop.report.pdf import build_report

            parts = build_report(self.vault, self.options)
            images: list[QImage] = []
            pages = 0
            for part in parts:
                images.extend(render_pages(part))
                pages += count_pages(part)
        except (GuardianError, OSError, ValueError) as exc:
            self.failed.emit(error_text(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a person must never see a crash here
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.done.emit(parts, images, pages)


class ReportBuilder(QObject):
    """Runs one build at a time; emits finished(parts, images, pages) or failed(message).

    `pages` is the report's real page count; `images` holds the preview, at most
    MAX_PREVIEW_PAGES pages of each part."""

    finished = Signal(object, object, int)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: _Job | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, vault: CaseVault, options: Any) -> None:
        if self._thread is not None:
            return
        thread = QThread()
        job = _Job(vault, options)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self._thread, self._job = thread, job
        thread.start()

    def _stop(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread, self._job = None, None

    @Slot(object, object, int)
    def _done(self, parts: object, images: object, pages: int) -> None:
        self._stop()
        self.finished.emit(parts, images, pages)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)

    def wait(self, timeout_ms: int = WAIT_TIMEOUT_MS) -> bool:
        """Used when the case closes mid-build: let the build end before the case locks.

        Waits at most timeout_ms; returns True when no build is running. A build that
        has not ended is handed to _ORPHANS, so its thread is never destroyed while it
        runs, and wait_for_builds() waits for it again when the app quits."""
        thread, job = self._thread, self._job
        if thread is None or job is None:
            return True
        thread.quit()
        if thread.wait(max(0, timeout_ms)):
            return True
        _ORPHANS.append((thread, job))
        return False


def wait_for_builds(timeout_ms: int = WAIT_TIMEOUT_MS) -> bool:
    """At quit: wait (bounded) for builds a closed page could not wait for."""
    ended = True
    while _ORPHANS:
        thread, _job = _ORPHANS[0]
        if not thread.wait(max(0, timeout_ms)):
            ended = False
            break
        _ORPHANS.pop(0)
    return ended
