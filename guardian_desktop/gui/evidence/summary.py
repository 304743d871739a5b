"""After a batch: what was added, what was already there, and one line per file not added."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.evidence import BatchResult

from .text import safe_text


class BatchSummary(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setAccessibleName(self.tr("Result of adding"))
        self.problems = QListWidget(self)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Files that were not added"))
        self.problems.setAccessibleDescription(
            self.tr("One line for each file, saying what was wrong and what to do.")
        )
        self.problems.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.close_button = QPushButton(self.tr("Hide this summar&y"), self)
        self.close_button.setAccessibleName(self.tr("Hide this summary"))
        self.close_button.clicked.connect(self.hide)
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.headline.setMinimumWidth(self.fontMetrics().height() * 8)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problems)
        self.hide()

    def show_result(self, result: BatchResult, error: str = "") -> None:
        parts: list[str] = []
        added = len(result.added)
        if added:
            parts.append(self.tr("%n screenshot(s) added.", "", added))
        for name, item in result.duplicates:
            parts.append(
                self.tr("%1 was already in the case as %2, so it was not added twice.")
                .replace("%1", safe_text(name, 80))
                .replace("%2", item.exhibit)
            )
        if result.cancelled:
            parts.append(
                self.tr(
                    "You stopped adding. What was finished is kept; %n not started.",
                    "",
                    result.not_started,
                )
            )
        if error:
            parts.append(error)
        if result.failed:
            parts.append(
                self.tr("These could not be added (the others are kept):")
                if added
                else self.tr("These could not be added:")
            )
        if not parts:
            parts.append(self.tr("Nothing was added."))
        self.headline.setText("\n".join(parts))
        self.problems.clear()
        for failure in result.failed:
            self.problems.addItem(self.failure_line(failure.reason, failure.name, failure.detail))
        self.problems.setVisible(bool(result.failed))
        if result.failed:
            rows = min(6, len(result.failed))
            height = self.problems.sizeHintForRow(0) * rows + 2 * self.problems.frameWidth() + 4
            self.problems.setMaximumHeight(height)
        self.show()

    def add_note(self, text: str) -> None:
        """One more sentence under the headline (for example about suggested times)."""
        self.headline.setText(self.headline.text() + "\n" + text)

    def failure_line(self, reason: str, name: str, detail: str) -> str:
        """One line for a file not added, in the app's language (the core's reason code
        picks the words; its English detail is the fallback)."""
        texts = {
            "empty": self.tr("%1: the file is empty (0 bytes)."),
            "not_image": self.tr(
                "%1: this is not a picture the app can read. If it is a screenshot, save it "
                "again as PNG or JPEG."
            ),
            "damaged": self.tr(
                "%1: the picture is damaged or cut short, so it was not added. If you still "
                "have it on the phone, send or copy it again."
            ),
            "too_many_pixels": self.tr("%1: the picture is far too large to be a screenshot."),
            "too_large": self.tr("%1: the file is too big to be a screenshot."),
            "unsupported": self.tr(
                "%1: this kind of file is not accepted. Use PNG, JPEG, WebP, BMP, GIF or TIFF."
            ),
            "unreadable": self.tr(
                "%1: the file could not be read. Check that you are allowed to open it."
            ),
            "missing": self.tr(
                "%1: the file is no longer there. It may have been moved or deleted."
            ),
            "folder": self.tr("%1: this is a folder, not a picture."),
        }
        text = texts.get(reason)
        if text is None:  # e.g. a full disk: the core's message says what to do
            return safe_text(detail, 400)
        return text.replace("%1", safe_text(name, 120))

    def lines(self) -> list[str]:
        """The failure lines, one per file (for tests and screen readers)."""
        return [self.problems.item(i).text() for i in range(self.problems.count())]
