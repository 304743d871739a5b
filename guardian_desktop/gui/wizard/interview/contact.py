"""How the police can reach the person, the helper's details, and the exhibit initials."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from guardian_desktop.core.answers import CaseAnswers, Contact, exhibit_initials

from ...widgets.choice import WrapChoice
from ...widgets.error_summary import FieldError
from . import checks
from .question import Question


class ContactQuestion(Question):
    qid = "contact"

    def heading(self) -> str:
        if self.helping:
            return self.tr("Should the report give their contact details?")
        return self.tr("Should the report give your contact details?")

    def build(self) -> None:
        self.lead(self.tr(
            "The police can take a report without them, but they may need to reach you. "
            "The details go only into the report you make."
        ) if not self.helping else self.tr(
            "The police can take a report without them, but they may need to reach the "
            "person. The details go only into the report you make."
        ))  # fmt: skip
        text = (self.tr("Put the contact details of the person being threatened in the report")
                if self.helping else self.tr("Put my contact details in the report"))  # fmt: skip
        self.share = WrapChoice(text)
        self.fields["contact.share_contact"] = self.share
        self.body.addWidget(self.share)
        self.share.button.toggled.connect(self._shared)
        self._loaders.append(lambda: self._quiet_check(self.answers.section(Contact).share_contact))
        self.name = self.line(Contact, "name", self.tr("Na&me"))
        self.phone = self.line(Contact, "phone", self.tr("&Phone"))
        self.email = self.line(Contact, "email", self.tr("&Email"))
        self._details = [self.name, self.phone, self.email]
        self._email_error = FieldError()
        self.body.insertWidget(self.body.indexOf(self.email) + 1, self._email_error)
        self._checks.append((self._email_problem, self.email, self._email_error))

    def _email_problem(self) -> str:
        value = self.answers.section(Contact).email
        return checks.email(value) if value.strip() else ""

    def _quiet_check(self, checked: bool) -> None:
        self.share.button.blockSignals(True)
        self.share.setChecked(checked)
        self.share.button.blockSignals(False)

    def _shared(self, checked: bool) -> None:
        self._set(Contact, "share_contact", checked, now=True)

    def refresh(self) -> None:
        shown = self.answers.section(Contact).share_contact
        for widget in self._details:
            self.show_field(widget, shown)
        self._email_error.setVisible(shown and bool(self._email_problem()))

    def first_field(self) -> QWidget:
        return self.share.button

    def rows(self) -> list[tuple[str, str]]:
        c = self.answers.section(Contact)
        rows = [(self.tr("Contact details in the report"),
                 self.tr("Yes") if c.share_contact else self.tr("No"))]  # fmt: skip
        if c.share_contact:
            rows += [(self.tr("Name"), c.name.strip()), (self.tr("Phone"), c.phone.strip()),
                     (self.tr("Email"), c.email.strip())]  # fmt: skip
        return rows


class HelperQuestion(Question):
    qid = "helper"

    def heading(self) -> str:
        return self.tr("About you, the person helping")

    def applies(self, answers: CaseAnswers) -> bool:
        return self.helping

    def build(self) -> None:
        self.lead(self.tr("The report gives your details, so the police know who made it."))
        self.helper_name = self.line(Contact, "helper_name", self.tr("&Your name"))
        self.helper_role = self.line(
            Contact, "helper_role", self.tr("Your &role"),
            hint=self.tr("For example: mother, friend, school counsellor."),
        )  # fmt: skip
        self.helper_contact = self.line(
            Contact, "helper_contact", self.tr("How the police can reach y&ou (phone or email)")
        )

    def first_field(self) -> QWidget:
        return self.helper_name

    def rows(self) -> list[tuple[str, str]]:
        c = self.answers.section(Contact)
        return [(self.tr("Your name"), c.helper_name.strip()),
                (self.tr("Your role"), c.helper_role.strip()),
                (self.tr("How to reach you"), c.helper_contact.strip())]  # fmt: skip


class ExhibitsQuestion(Question):
    qid = "exhibits"

    def heading(self) -> str:
        return self.tr("Initials for the evidence labels")

    def build(self) -> None:
        self.lead(self.tr(
            "Police label exhibits with the initials of the person who saved them, for "
            "example SE/1."
        ))  # fmt: skip
        self.initials = self.line(
            Contact, "exhibit_initials", self.tr("&Initials"),
            hint=self.tr("Filled in from the name given. Change them if they are not right."),
        )  # fmt: skip

    def load(self) -> None:
        super().load()
        if not self.answers.section(Contact).exhibit_initials.strip():
            self.initials.setText(exhibit_initials(self.answers.current, self.helping))

    def first_field(self) -> QWidget:
        return self.initials

    def rows(self) -> list[tuple[str, str]]:
        return [(self.tr("Initials for evidence labels"),
                 exhibit_initials(self.answers.current, self.helping))]  # fmt: skip
