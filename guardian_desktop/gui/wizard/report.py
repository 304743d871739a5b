"""Step 6: report to the police: where and how, the copy-ready text and the reference first,
then the PDF report (options, preview) and the evidence bundle of original files."""

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
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.platforms import display_name
from guardian_desktop.core.transcripts import list_transcripts

from .. import seams
from ..errors import error_text
from ..safety.clipboard import copy_text
from ..widgets import external
from ..widgets.banner import ErrorLine
from ..widgets.blocks import framed
from ..widgets.choice import WrapChoice, narrow_combo
from ..widgets.flow import button_row
from ..widgets.passphrase import PassphraseField
from ..widgets.text import body_label, clear_layout, danger_colour, form_label, heading_label
from .base import WizardPage
from .report_worker import BundleWriter, ReportBuilder

REPORT_LANGUAGE_KEY = "report.language"
BUNDLE_SHA_KEY = "report.bundle_sha256"  # kept in the case, quoted in the copy-ready text
SPLIT_PER_EXHIBITS = 100
SPLIT_BYTES = 10 * 1024 * 1024


# The ways to split a big report (the drop-down's data, never shown).
SPLIT_NONE, SPLIT_BY_COUNT, SPLIT_BY_SIZE = "one", "per100", "size"


class ReportPage(WizardPage):
    busy_changed = Signal(bool)
    step_id = "report"

    def build(self) -> None:
        self.add_blocks()
        self._where_to_report()
        self._summary_section()
        self._reference_section()
        self._pdf_section()

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
        self._choices_section()
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
        self.open_folder_button = QPushButton(self.tr("Open the &folder it was saved in"))
        self.open_folder_button.setAccessibleName(self.tr("Open the folder of the saved file"))
        self.open_folder_button.clicked.connect(self._open_saved_folder)
        self.open_folder_button.hide()
        self.body.addWidget(_row(self.open_folder_button))
        self._saved_folder = ""
        self._bundle_section()
        self.body.addWidget(heading_label(self.tr("Preview"), 3))
        self.preview = QWidget()
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.preview_layout = QVBoxLayout(self.preview)
        self.body.addWidget(self.preview)
        self.parts: list[bytes] = []
        self._options: Any = None
        self._generation = 0  # goes up when the case may have changed since a build started
        self._built_generation: int | None = None  # the generation the build started at
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
        split = self.split_choice.currentData() if hasattr(self, "split_choice") else SPLIT_NONE
        return ReportOptions(
            paper=self.ctx.region.paper,
            password=self.password.text() or None,
            exhibits_per_part=SPLIT_PER_EXHIBITS if split == SPLIT_BY_COUNT else None,
            max_part_bytes=SPLIT_BYTES if split == SPLIT_BY_SIZE else None,
            exhibits=self.chosen_exhibits(),
            # The language the police of the region read, whatever the app's language.
            language=self.report_language(),
        )  # fmt: skip

    def make_report(self) -> None:
        self.ctx.saver.flush()
        self.error.show_message("")
        options = self._options = self.options()
        self.make_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Making the report. This can take a little while..."))
        self._built_generation = self._generation
        self.builder.start(self.ctx.vault, options)
        self._update_busy()

    def _built(self, parts: list[bytes], images: list[QImage], pages: int = 0) -> None:
        self._update_busy()
        self.make_button.setEnabled(True)
        if self._built_generation not in (None, self._generation):
            # The answers or evidence may have changed while it was made: never offer it.
            self._forget_report()
            return
        self.parts = parts
        self.save_button.setEnabled(True)
        pages = max(pages, len(images))
        status = self.tr("The report is ready: %n page(s). Check it below, then save it.",
                         "", pages)  # fmt: skip
        if len(images) < pages:
            status += " " + self.tr(
                "Only the first {shown} pages are shown here; the saved report has all %n pages.",
                "",
                pages,
            ).format(shown=len(images))
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
        self._update_busy()
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
            files=", ".join(str(p) for p in paths)) + " " + self._not_locked_text())  # fmt: skip
        self._offer_folder(paths[0])
        self.changed.emit()

    def _summary_section(self) -> None:
        self.body.addWidget(heading_label(self.tr("Text to paste into the reporting form"), 2))
        self.form_choice = narrow_combo()
        self.form_choice.setAccessibleName(self.tr("Which form are you filling in?"))
        for key, name in (
            ("summary", self.tr("Police online form: one box for what happened")),
            ("police", self.tr("Police online form: field by field")),
            ("report_fraud", self.tr("Report Fraud: field by field")),
            ("ceop", self.tr("CEOP: field by field")),
        ):
            self.form_choice.addItem(name, key)
        self.form_choice.currentIndexChanged.connect(lambda _i: self._load_summary())
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(form_label(self.tr("Which form are you filling &in?"), self.form_choice),
                    self.form_choice)  # fmt: skip
        self.body.addLayout(form)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setTabChangesFocus(True)
        self.summary.setAccessibleName(self.tr("Short summary of the case"))
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.body.addWidget(self.summary)
        self.copy_button = QPushButton(self.tr("Cop&y the summary"))
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
        """The step is shown again (or the report language changed): answers or evidence
        may have changed since the report was made, so a report made before is not offered
        for saving; the person makes it again."""
        if not self.ctx.vault.is_open:
            return
        self._generation += 1
        if self.parts:
            self._forget_report()
        self._load_summary()
        self._load_exhibits()

    def _forget_report(self) -> None:
        self.parts = []
        self.save_button.setEnabled(False)
        clear_layout(self.preview_layout)
        self.status.setText(self.tr("Make the report again to include your changes."))

    def _load_summary(self) -> None:
        from guardian_desktop.report.summary import form_fields, plain_text_summary

        vault = self.ctx.vault
        if not vault.is_open:
            return
        self._flush()
        sha = str(self.ctx.saver.get(BUNDLE_SHA_KEY, "") or "")
        form = self.form_choice.currentData() or "summary"
        language = self.report_language()
        if form == "summary":
            text = plain_text_summary(vault, language=language, bundle_sha256=sha)
        else:
            fields = form_fields(vault, form, language=language, bundle_sha256=sha)
            text = "\n\n".join(f"{f.label}:\n{f.text}" for f in fields)
        self.summary.setPlainText(text)

    def save(self) -> None:
        self._save_reference()
        super().save()

    def is_complete(self) -> bool:
        return bool(self.ctx.saver.get("report.saved", False))

    def _flush(self) -> None:
        """Everything typed on earlier steps is in the case before the report reads it."""
        self.ctx.saver.flush()
        answers = getattr(self.ctx, "answers", None)
        if answers is not None:
            answers.flush()

    # --- big cases: splitting and choosing screenshots ------------------------------------

    def _choices_section(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.split_choice = narrow_combo()
        self.split_choice.setAccessibleName(self.tr("Split the report into several files"))
        self.split_choice.addItem(self.tr("One PDF file"), SPLIT_NONE)
        self.split_choice.addItem(self.tr("One PDF per 100 screenshots"), SPLIT_BY_COUNT)
        self.split_choice.addItem(self.tr("PDF files of at most 10 MB each (for upload limits)"),
                                  SPLIT_BY_SIZE)  # fmt: skip
        form.addRow(form_label(self.tr("For forms with &upload limits"), self.split_choice),
                    self.split_choice)  # fmt: skip
        self.exhibit_list = QListWidget()
        self.exhibit_list.setAccessibleName(self.tr(
            "Screenshots and chat transcripts in the report: press Space to include or leave out"
        ))  # fmt: skip
        self.exhibit_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        form.addRow(
            form_label(self.tr("Screens&hots and chats in the report (all, unless you leave "
                               "some out)"),
                       self.exhibit_list),
            self.exhibit_list,
        )  # fmt: skip
        self.body.addLayout(form)

    def _load_exhibits(self) -> None:
        keep = {
            self.exhibit_list.item(i).data(Qt.ItemDataRole.UserRole): self.exhibit_list.item(
                i
            ).checkState()
            for i in range(self.exhibit_list.count())
        }
        self.exhibit_list.clear()
        rows: list[tuple[str, str]] = []  # (GD number, text shown)
        for item in self.ctx.vault.list_evidence():
            text = item.exhibit
            if item.description.strip():
                text += " - " + " ".join(item.description.split())[:80]
            rows.append((item.exhibit, text))
        for chat in list_transcripts(self.ctx.vault):
            text = self.tr("{exhibit} - chat transcript, %n message(s)", "",
                           chat.message_count).format(exhibit=chat.exhibit)  # fmt: skip
            about = " ".join((chat.description or chat.title).split())
            platform = display_name(chat.platform) if chat.platform else ""
            text += "".join(f" - {x[:80]}" for x in (platform, about) if x)
            rows.append((chat.exhibit, text))
        for exhibit, text in sorted(rows):  # one numbering for pictures and chats
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, exhibit)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(keep.get(exhibit, Qt.CheckState.Checked))
            self.exhibit_list.addItem(row)

    def chosen_exhibits(self) -> frozenset[str] | None:
        """The GD numbers ticked (screenshots and chat transcripts); None when all are (the
        default)."""
        if not hasattr(self, "exhibit_list") or self.exhibit_list.count() == 0:
            return None
        rows = [self.exhibit_list.item(i) for i in range(self.exhibit_list.count())]
        chosen = frozenset(
            str(r.data(Qt.ItemDataRole.UserRole))
            for r in rows
            if r.checkState() == Qt.CheckState.Checked
        )
        return None if len(chosen) == len(rows) else chosen

    # --- the evidence bundle -------------------------------------------------------------

    def _bundle_section(self) -> None:
        self.body.addWidget(heading_label(self.tr("Save the original files for the police"), 3))
        self.body.addWidget(body_label(self.tr(
            "The evidence bundle is one ZIP file with the original screenshots, the covered "
            "copies, this report, and a list of fingerprints (SHA-256) so the police can check "
            "that nothing was changed."
        )))  # fmt: skip
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.bundle_password = PassphraseField(self.tr("Password for the bundle (optional)"))
        form.addRow(
            form_label(self.tr("Password for the bun&dle (optional)"), self.bundle_password.edit),
            self.bundle_password,
        )
        self.body.addLayout(form)
        self.body.addWidget(body_label(self.tr(
            "If you set a password, tell it to the police separately, for example by phone. "
            "Never send it in the same email or form as the bundle. A bundle with a password "
            "opens with 7-Zip or a similar program."
        )))  # fmt: skip
        self.bundle_button = QPushButton(self.tr("Save the &original files for the police..."))
        self.bundle_button.setAccessibleName(
            self.tr("Save the evidence bundle with the original files")
        )
        self.bundle_button.clicked.connect(self.save_bundle)
        self.body.addWidget(_row(self.bundle_button))
        self.bundle_status = body_label("")
        self.bundle_status.setAccessibleName(self.tr("Evidence bundle status"))
        self.body.addWidget(self.bundle_status)
        self.bundle_error = ErrorLine()
        self.body.addWidget(self.bundle_error)
        self._bundle_password_used = False
        self._busy = False
        self.bundle_writer = BundleWriter(self)
        self.bundle_writer.finished.connect(self._bundle_saved)
        self.bundle_writer.failed.connect(self._bundle_failed)

    def save_bundle(self) -> None:
        """Build and save the bundle on a worker thread (big cases take seconds); closing,
        locking and quick exit wait for it (see wait_for_work)."""
        if self.bundle_writer.busy:
            return
        start = str(Path.home() / self.tr("evidence-for-the-police.zip"))
        chosen = seams.save_file(self, self.tr("Save the evidence bundle"), start, self.tr(
            "ZIP files (*.zip)"))  # fmt: skip
        if not chosen:
            return
        self._flush()
        self.bundle_error.show_message("")
        self._bundle_password_used = bool(self.bundle_password.text())
        self.bundle_button.setEnabled(False)
        self.bundle_status.setText(
            self.tr("Saving the evidence bundle. This can take a little while for a big case...")
        )
        self.bundle_writer.start(
            self.ctx.vault, chosen, self.options(), self.bundle_password.text() or None
        )
        self._update_busy()

    def _bundle_saved(self, saved: Any) -> None:
        self._update_busy()
        self.bundle_button.setEnabled(True)
        if not self.ctx.vault.is_open:  # the case closed while it was saved: nothing to show
            return
        self.ctx.saver.set_now(BUNDLE_SHA_KEY, saved.sha256)
        text = self.tr("Saved: {file}. Its SHA-256 fingerprint is {sha}. Quote it in the "
                       "online form; it is also in the text to paste above.").format(
            file=str(saved.path), sha=saved.sha256)  # fmt: skip
        if self._bundle_password_used:
            text += " " + self.tr("Remember to tell the police the password separately.")
        self.bundle_status.setText(text + " " + self._not_locked_text())
        self._offer_folder(saved.path)
        self._load_summary()  # the copy-ready text now quotes the bundle's fingerprint

    def _bundle_failed(self, message: str) -> None:
        self._update_busy()
        self.bundle_button.setEnabled(True)
        self.bundle_status.setText("")
        self.bundle_error.show_message(self.tr(
            "The evidence bundle could not be saved: {reason} Nothing was left half-written. "
            "Your case is safe. Try again, or choose another place."
        ).format(reason=message))  # fmt: skip

    def _update_busy(self) -> None:
        """busy_changed(True) when a build or a bundle save starts, (False) when none runs
        (no auto-lock in the middle of either)."""
        busy = self.builder.busy or self.bundle_writer.busy
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def wait_for_work(self) -> None:
        """Before the case closes or locks: let a report build or a bundle save end."""
        self.builder.wait()
        self.bundle_writer.wait()

    # --- after saving --------------------------------------------------------------------

    def _not_locked_text(self) -> str:
        return self.tr(
            "This saved copy is not locked and is not removed by quick exit. Keep it "
            "somewhere safe, and delete it when you no longer need it."
        )

    def _offer_folder(self, path: Path) -> None:
        self._saved_folder = str(Path(path).parent)
        self.open_folder_button.show()
        self.open_folder_button.setFocus()

    def _open_saved_folder(self) -> None:
        if self._saved_folder and not seams.show_folder(self._saved_folder):
            folder = self._saved_folder
            seams.inform(self, self.tr("The folder could not be opened"), self.tr(
                "Open this folder yourself: {folder}").format(folder=folder))  # fmt: skip


def _row(*buttons: QPushButton) -> QWidget:
    return button_row(*buttons)


def _report_languages(region_id: str) -> tuple[str, ...]:
    from guardian_desktop.report.pdf import report_languages

    return report_languages(region_id)
