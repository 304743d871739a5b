"""Step 5: details for the police: who, what happened when, payments, and the story."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QButtonGroup, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from guardian_desktop.core.models import OffenderIdentifier, Payment, TimelineEvent

from ..widgets.choice import WrapChoice
from ..widgets.records import Column, RecordEditor
from ..widgets.text import body_label, form_label, heading_label
from .base import WizardPage

SHARE_CONTACT_KEY = "details.share_contact"


class DetailsPage(WizardPage):
    step_id = "details"

    def build(self) -> None:
        self.add_blocks()
        vault, saver = self.ctx.vault, self.ctx.saver
        self.body.addWidget(heading_label(self.tr("What happened"), 2))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.summary = self._text(form, "details.summary", self._summary_label())
        self.first_contact = self._line(
            form, "details.first_contact", self.tr("When and where did they first make con&tact?")
        )
        self.demand = self._text(form, "details.demand", self.tr("What did they &ask for?"))
        self.body.addLayout(form)

        self.body.addWidget(heading_label(self.tr("Were images shared?"), 2))
        self.images = QButtonGroup(self)
        self.image_choices: dict[str, WrapChoice] = {}
        current = saver.get("details.images_shared", "unknown")
        for value, text in (
            ("yes", self.tr("Yes, they sent or posted images")),
            ("no", self.tr("No, not that we know of")),
            ("unknown", self.tr("Not sure")),
        ):
            choice = WrapChoice(text, radio=True)
            choice.setChecked(value == current)
            self.images.addButton(choice.button)
            choice.button.toggled.connect(partial(self._image_choice, value))
            self.image_choices[value] = choice
            self.body.addWidget(choice)
        where = QFormLayout()
        where.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.images_where = self._line(
            where, "details.images_shared_where", self.tr("If so, w&here were they shared?")
        )
        self.body.addLayout(where)

        self.body.addWidget(heading_label(self.tr("Who contacted you"), 2))
        self.body.addWidget(body_label(self.tr(
            "Add each name, username, profile link, ID number, phone number or email they used."
        )))  # fmt: skip
        self.identifiers = RecordEditor(vault, OffenderIdentifier, self._identifier_columns(),
                                        self.tr("Their names and accounts"))  # fmt: skip
        self.body.addWidget(self.identifiers)

        self.body.addWidget(heading_label(self.tr("What happened when"), 2))
        self.timeline = RecordEditor(vault, TimelineEvent, [
            Column("when", self.tr("Date and time")),
            Column("description", self.tr("What happened")),
            Column("platform", self.tr("App or website")),
        ], self.tr("Timeline"))  # fmt: skip
        self.body.addWidget(self.timeline)

        self.body.addWidget(heading_label(self.tr("Money asked for or paid"), 2))
        self.payments = RecordEditor(vault, Payment, [
            Column("kind", self.tr("Asked for or paid"),
                   (("demanded", self.tr("Asked for")), ("paid", self.tr("Paid")))),
            Column("amount", self.tr("Amount")),
            Column("currency", self.tr("Currency")),
            Column("method", self.tr("How (bank, gift card, crypto...)")),
            Column("details", self.tr("Account, wallet or card details"), in_table=False),
            Column("when", self.tr("When")),
            Column("notes", self.tr("Notes"), in_table=False),
        ], self.tr("Payments"))  # fmt: skip
        self.body.addWidget(self.payments)
        for editor in (self.identifiers, self.timeline, self.payments):
            editor.changed.connect(self.changed.emit)

        self._contact_section()

    def _image_choice(self, value: str, checked: bool) -> None:
        if checked:
            self.ctx.saver.set_now("details.images_shared", value)

    def _summary_label(self) -> str:
        if self.ctx.role == "victim":
            return self.tr("&What happened, in your own words")
        return self.tr("&What happened, in their own words")

    def _contact_section(self) -> None:
        saver = self.ctx.saver
        self.body.addWidget(heading_label(self.tr("Contact details for the report"), 2))
        if self.ctx.role == "victim":
            share = self.tr("Put my own contact details in the report")
        else:
            share = self.tr("Put contact details of the person being threatened in the report")
        self.share = WrapChoice(share)
        self.contact_box = QWidget()
        form = QFormLayout(self.contact_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.contact_name = self._line(form, "details.contact_name", self.tr("Na&me"))
        self.contact_phone = self._line(form, "details.contact_phone", self.tr("&Phone"))
        self.contact_email = self._line(form, "details.contact_email", self.tr("&Email"))
        saver.bind_check(SHARE_CONTACT_KEY, self.share.button, self.contact_box.setVisible)
        self.contact_box.setVisible(self.share.isChecked())
        self.body.addWidget(self.share)
        self.body.addWidget(self.contact_box)
        if self.ctx.helping:
            helper = QFormLayout()
            helper.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            self.helper_name = self._line(helper, "details.helper_name", self.tr("&Your name"))
            self.helper_contact = self._line(
                helper, "details.helper_contact", self.tr("How the police can reach y&ou")
            )
            self.body.addLayout(helper)

    def _line(self, form: QFormLayout, key: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(label.replace("&", ""))
        self.ctx.saver.bind_line(key, edit)
        form.addRow(form_label(label, edit), edit)
        return edit

    def _text(self, form: QFormLayout, key: str, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(label.replace("&", ""))
        edit.setTabChangesFocus(True)
        lines = edit.fontMetrics().lineSpacing() * 5
        edit.setMinimumHeight(lines)
        self.ctx.saver.bind_text(key, edit)
        form.addRow(form_label(label, edit), edit)
        return edit

    def _identifier_columns(self) -> list[Column]:
        return [
            Column("platform", self.tr("App or website")),
            Column("username", self.tr("Username")),
            Column("display_name", self.tr("Name shown"), in_table=False),
            Column("profile_url", self.tr("Profile link")),
            Column("numeric_id", self.tr("ID number"), in_table=False),
            Column("phone", self.tr("Phone number"), in_table=False),
            Column("email", self.tr("Email"), in_table=False),
            Column("seen_at", self.tr("Date seen"), in_table=False),
            Column("notes", self.tr("Notes"), in_table=False),
        ]

    def is_complete(self) -> bool:
        return bool(self.summary.toPlainText().strip()) and bool(self.identifiers.records)
