"""Step 6: report to the police: where and how, the PDF report, the summary, the reference."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.errors import GuardianError

from .. import seams
from ..errors import error_text
from ..safety.clipboard import copy_text
from ..widgets import external
from ..widgets.banner import ErrorLine
from ..widgets.blocks import framed
from ..widgets.choice import WrapChoice
from ..widgets.flow import button_row
from ..widgets.passphrase import PassphraseField
from ..widgets.text import body_label, clear_layout, danger_colour, form_label, heading_label
from .base import WizardPage
from .report_worker import ReportBuilder

REPORT_LANGUAGE_KEY = "report.language"


class ReportPage(WizardPage):
    busy_changed = Signal(bool)
    step_id = "report"

    def build(self) -> None:
        self.add_blocks()
        self._where_to_report()
        self._pdf_section()
        self._summary_section()
        self._reference_section()

    def _where_to_report(self) -> None:
        region = self.ctx.region
        self.body.addWidget(heading_label(self.tr("Where to report"), 2))
        danger = body_label(self.tr("Emergency: call {number}").format(
            number=region.emergency_number))  # fmt: skip
        danger.setStyleSheet(f"color: {danger_colour()}; font-weight: bold;")
        self.body.addWidget(framed(danger, danger=True))
        self.body.addWidget(body_label(self.tr("Not an emergency: call {number}").format(
            number=region.non_emergency_number)))  # fmt: skip
        self.body.addWidget(body_label(region.online_report.label))
        self.open_police = QPushButton(self.tr("Open the &police reporting page"))
        self.open_police.setAccessibleName(self.tr("Open the police reporting page in a browser"))
        self.open_police.clicked.connect(partial(self._open, region.online_report.url))
        self.body.addWidget(_row(self.open_police))
        self.open_ceop: QPushButton | None = None
        if self.ctx.under_18 is not False:
            self.body.addWidget(body_label(region.under_18_report.label))
            self.open_ceop = QPushButton(self.tr("Open the &CEOP page"))
            self.open_ceop.setAccessibleName(self.tr("Open the CEOP reporting page in a browser"))
            self.open_ceop.clicked.connect(partial(self._open, region.under_18_report.url))
            self.body.addWidget(_row(self.open_ceop))

    def _open(self, url: str) -> None:
        if not external.open_url(url):
            seams.inform(self, self.tr("The page could not be opened"), self.tr(
                "No web browser could be opened. Type this address into a browser: {url}"
            ).format(url=url))  # fmt: skip

    def _pdf_section(self) -> None:
        self.body.addWidget(heading_label(self.tr("The report for the police"), 2))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.password = PassphraseField(self.tr("Password for the PDF (optional)"))
        form.addRow(
            form_label(self.tr("Password for the PDF (optional, you will need to share it)"),
                       self.password.edit),
            self.password,
        )  # fmt: skip
        self.body.addLayout(form)
        self.welsh: WrapChoice | None = None
        languages = _report_languages(self.ctx.region.id)
        if len(languages) > 1 and "cy" in languages:
            # The police read English; Welsh is an option in Wales, whatever the app's language.
            text = self.tr("Write the report in &Welsh (Cymraeg)")
            self.welsh = WrapChoice(text)
            self.welsh.button.setAccessibleName(text.replace("&", ""))
            self.welsh.setChecked(self.ctx.saver.get(REPORT_LANGUAGE_KEY, "en") == "cy")
            self.welsh.button.toggled.connect(self._language_changed)
            self.body.addWidget(self.welsh)
        self.make_button = QPushButton(self.tr("&Make the report"))
        self.make_button.setAccessibleName(self.tr("Make the PDF report"))
        self.make_button.clicked.connect(self.make_report)
        self.save_button = QPushButton(self.tr("&Save the report..."))
        self.save_button.setAccessibleName(self.tr("Save the PDF report to a file"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_report)
        self.body.addWidget(_row(self.make_button, self.save_button))
        self.status = body_label("")
        self.status.setAccessibleName(self.tr("Report status"))
        self.body.addWidget(self.status)
        self.error = ErrorLine()
        self.body.addWidget(self.error)
        self.preview = QWidget()
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.preview_layout = QVBoxLayout(self.preview)
        self.body.addWidget(self.preview)
        self.parts: list[bytes] = []
        self._options: Any = None
        self.builder = ReportBuilder(self)
        self.builder.finished.connect(self._built)
        self.builder.failed.connect(self._build_failed)

    def report_language(self) -> str:
        """The chosen report language: English unless Welsh is offered and chosen."""
        return "cy" if self.welsh is not None and self.welsh.isChecked() else "en"

    def _language_changed(self, welsh: bool) -> None:
        self.ctx.saver.set_now(REPORT_LANGUAGE_KEY, "cy" if welsh else "en")
        self.load()  # the summary for the police form follows the report's language

    def options(self) -> Any:
        from guardian_desktop.report.pdf import ReportOptions

        # The contact-sharing choice is read from the case by the report itself.
        return ReportOptions(
            paper=self.ctx.region.paper,
            password=self.password.text() or None,
            # The language the police of the region read, whatever the app's language.
            language=self.report_language(),
        )  # fmt: skip

    def make_report(self) -> None:
        self.ctx.saver.flush()
        self.error.show_message("")
        options = self._options = self.options()
        self.busy_changed.emit(True)
        self.make_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Making the report. This can take a little while..."))
        self.builder.start(self.ctx.vault, options)

    def _built(self, parts: list[bytes], images: list[QImage], pages: int = 0) -> None:
        self.busy_changed.emit(False)
        self.parts = parts
        self.make_button.setEnabled(True)
        self.save_button.setEnabled(True)
        pages = max(pages, len(images))
        status = self.tr("The report is ready: {pages} page(s). Check it below, "
                         "then save it.").format(pages=pages)  # fmt: skip
        if len(images) < pages:
            status += " " + self.tr(
                "Only the first {shown} pages are shown here; the saved report has all "
                "{pages} pages."
            ).format(shown=len(images), pages=pages)
        self.status.setText(status)
        clear_layout(self.preview_layout)
        for number, image in enumerate(images, 1):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setAccessibleName(self.tr("Page {n} of the report").format(n=number))
            page.setFrameShape(QLabel.Shape.Box)
            self.preview_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignLeft)
        self.save_button.setFocus()

    def _build_failed(self, message: str) -> None:
        self.busy_changed.emit(False)
        self.make_button.setEnabled(True)
        self.status.setText("")
        self.error.show_message(self.tr(
            "The report could not be made: {reason} Your case is safe. Try again, or "
            "close other programs and try again."
        ).format(reason=message))  # fmt: skip

    def save_report(self) -> None:
        if not self.parts:
            return
        start = str(Path.home() / self.tr("police-report.pdf"))
        chosen = seams.save_file(self, self.tr("Save the report"), start, self.tr(
            "PDF files (*.pdf)"))  # fmt: skip
        if not chosen:
            return
        from guardian_desktop.report.pdf import part_paths, record_export, write_atomic

        paths = part_paths(chosen, len(self.parts))
        try:
            for path, data in zip(paths, self.parts, strict=True):
                write_atomic(path, data)
            record_export(self.ctx.vault, "export.report", paths, self.parts, self._options)
        except GuardianError as exc:
            self.error.show_message(error_text(exc))
            return
        self.ctx.saver.set_now("report.saved", True)
        self.status.setText(self.tr("Saved: {files}").format(
            files=", ".join(str(p) for p in paths)))  # fmt: skip
        self.changed.emit()

    def _summary_section(self) -> None:
        self.body.addWidget(heading_label(self.tr("Short summary to paste into a form"), 2))
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setTabChangesFocus(True)
        self.summary.setAccessibleName(self.tr("Short summary of the case"))
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.body.addWidget(self.summary)
        self.copy_button = QPushButton(self.tr("C&opy the summary"))
        self.copy_button.setAccessibleName(self.tr("Copy the summary"))
        self.copy_button.clicked.connect(lambda: copy_text(self.summary.toPlainText()))
        self.body.addWidget(_row(self.copy_button))

    def _reference_section(self) -> None:
        self.body.addWidget(heading_label(self.tr("After you report"), 2))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.reference = QLineEdit(self.ctx.vault.info().police_reference or "")
        self.reference.setAccessibleName(self.tr("Police reference number"))
        self.reference.editingFinished.connect(self._save_reference)
        form.addRow(form_label(self.tr("Police &reference number"), self.reference), self.reference)
        self.body.addLayout(form)

    def _save_reference(self) -> None:
        vault = self.ctx.vault
        if not vault.is_open:  # locked or closed: what was typed was saved before that
            return
        text = self.reference.text().strip()
        try:
            if text != (vault.info().police_reference or ""):
                vault.update_info(police_reference=text)
        except GuardianError as exc:
            self.error.show_message(error_text(exc))

    def load(self) -> None:
        try:
            from guardian_desktop.report.summary import plain_text_summary

            self.ctx.saver.flush()
            self.summary.setPlainText(
                plain_text_summary(self.ctx.vault, language=self.report_language())
            )
        except ImportError:
            self.summary.setPlainText(self.tr("The summary is not available in this version."))

    def save(self) -> None:
        self._save_reference()
        super().save()

    def is_complete(self) -> bool:
        return bool(self.ctx.saver.get("report.saved", False))


def _row(*buttons: QPushButton) -> QWidget:
    return button_row(*buttons)


def _report_languages(region_id: str) -> tuple[str, ...]:
    from guardian_desktop.report.pdf import report_languages

    return report_languages(region_id)
