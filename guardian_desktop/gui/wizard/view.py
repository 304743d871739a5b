"""The wizard: the list of steps on the side, the current step, Back and Next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.guidance import load_guidance
from guardian_desktop.core.vault import CaseVault

from ..widgets.banner import ErrorLine
from ..widgets.saver import ProgressSaver
from ..widgets.text import heading_label
from .base import PageContext, WizardPage
from .evidence import EvidencePage
from .interview import InterviewPage
from .platform import PlatformPage
from .report import ReportPage
from .safe import SafePage
from .stop_contact import StopContactPage
from .support import SupportPage

PAGES: tuple[type[WizardPage], ...] = (
    SafePage, StopContactPage, EvidencePage, PlatformPage, InterviewPage, ReportPage, SupportPage,
)  # fmt: skip
STEP_KEY = "wizard.step"


class WizardView(QWidget):
    close_requested = Signal()
    busy_changed = Signal(bool)  # an import or a report build is running

    def __init__(self, vault: CaseVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        info = vault.info()
        guidance = load_guidance()
        region = guidance.regions.get(info.region) or next(iter(guidance.regions.values()))
        self.saver = ProgressSaver(vault, self)
        self.ctx = PageContext(vault, self.saver, guidance, str(info.role), info.under_18, region)
        self.answers = self.ctx.answers
        self.pages: list[WizardPage] = [cls(self.ctx) for cls in PAGES]

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.steps.addItem(QListWidgetItem())
            self.stack.addWidget(page)
            page.changed.connect(self._refresh_marks)
            page.heading_changed.connect(self._show_heading)
            page.next_requested.connect(self.go_next)
            busy = getattr(page, "busy_changed", None)
            if busy is not None:
                busy.connect(self.busy_changed.emit)
        self.steps.currentRowChanged.connect(self._go)

        self.title = heading_label("", 2)  # questions can be long: h2 keeps 200% text in view
        self.title.setAccessibleName(self.tr("Step title"))
        self.where = heading_label("", 3)
        # Alt+B and Alt+N belong to these two on every wizard screen (pages use no B or N);
        # Alt+Left and Alt+Right work too.
        self.back = QPushButton(self.tr("< &Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.back.setToolTip(self.tr("Back (Alt+B or Alt+Left)"))
        self.next = QPushButton(self.tr("&Next >"))
        self.next.setAccessibleName(self.tr("Next"))
        self.next.setToolTip(self.tr("Next (Alt+N or Alt+Right)"))
        self.next.setDefault(True)
        self.close_case = QPushButton(self.tr("C&lose the case"))
        self.close_case.setAccessibleName(self.tr("Lock and close the case"))
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.close_case.clicked.connect(self.close_requested.emit)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self, self.go_back)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), self, self.go_next)
        self.error = ErrorLine()
        self.saver.failed.connect(self.error.show_message)
        self.answers.failed.connect(self.error.show_message)

        nav = QHBoxLayout()
        nav.addWidget(self.close_case)
        nav.addStretch(1)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        right = QVBoxLayout()
        right.addWidget(self.where)
        right.addWidget(self.title)
        right.addWidget(self.error)
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(right, 3)
        self.setTabOrder(self.steps, self.stack)
        self.setFocusProxy(self.steps)

        saved = self.saver.get(STEP_KEY, PAGES[0].step_id)
        ids = [p.step_id for p in self.pages]
        self._current = -1
        self._entry = "resume"
        self._refresh_marks()
        self.steps.setCurrentRow(ids.index(saved) if saved in ids else 0)

    @property
    def current_page(self) -> WizardPage:
        return self.pages[self.stack.currentIndex()]

    def go_to(self, step_id: str) -> None:
        self.steps.setCurrentRow([p.step_id for p in self.pages].index(step_id))

    def page(self, step_id: str) -> WizardPage:
        return self.pages[[p.step_id for p in self.pages].index(step_id)]

    def go_back(self) -> None:
        if self.current_page.back_inside():
            return
        if self._current > 0:
            self._entry = "end"
            self.steps.setCurrentRow(self._current - 1)
            self._entry = "resume"

    def go_next(self) -> None:
        if self.current_page.next_inside():
            return
        if self._current < len(self.pages) - 1:
            self._entry = "start"
            self.steps.setCurrentRow(self._current + 1)
            self._entry = "resume"

    def _go(self, row: int) -> None:
        if row < 0 or row == self._current:
            return
        if 0 <= self._current < len(self.pages):
            self.pages[self._current].save()
        self._current = row
        page = self.pages[row]
        self.stack.setCurrentIndex(row)
        page.load()
        page.enter(self._entry)
        self.saver.set_now(STEP_KEY, page.step_id)
        self._show_heading()
        self._refresh_marks()

    def _show_heading(self) -> None:
        row = self._current
        page = self.pages[row]
        heading = page.heading()
        self.title.setText(heading)
        self.title.setAccessibleName(heading)
        where = self.tr("Step {n} of {total}").format(n=row + 1, total=len(self.pages))
        inside = page.progress_text()
        self.where.setText(f"{where}: {inside}" if inside else where)
        self.back.setEnabled(row > 0 or page.progress_text() != "")
        self.next.setEnabled(row < len(self.pages) - 1)

    def _refresh_marks(self) -> None:
        if not self.saver.vault.is_open:  # locked or closed: the marks stay as they were
            return
        for row, page in enumerate(self.pages):
            done = page.is_complete()
            item = self.steps.item(row)
            mark = "\u2714 " if done else ""
            item.setText(f"{row + 1}. {mark}{page.title}")
            status = self.tr("done") if done else self.tr("not done yet")
            inside = page.progress_text() if row == self._current else ""
            spoken = f"{row + 1}. {page.title}, {status}" + (f", {inside}" if inside else "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

    def save_all(self) -> None:
        """Write everything; called before the case is locked."""
        for page in self.pages:
            page.save()
        report = self.page("report")
        if isinstance(report, ReportPage):
            report.wait_for_work()  # a report build or a bundle save
        self.saver.flush()
        self.answers.flush()
