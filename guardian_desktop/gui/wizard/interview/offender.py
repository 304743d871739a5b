"""Who they are: do you know their account, and each account, name or number they used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from guardian_desktop.core import platforms
from guardian_desktop.core.answers import Answer, CaseAnswers, Offender
from guardian_desktop.core.guidance import Guidance
from guardian_desktop.core.models import OffenderIdentifier

from ...widgets.records import Field, RecordList
from . import checks
from .question import ListQuestion, Question, answer_text


def platform_choices(guidance: Guidance) -> tuple[tuple[str, str], ...]:
    """Platform ids shown by name: the guided apps in the guidance's words, then others."""
    out = [("", QCoreApplication.translate("Interview", "Choose the app or website"))]
    for pid in platforms.GUIDED_IDS:
        if pid == "other":
            continue
        shown = guidance.platforms.get(pid)
        out.append((pid, shown.name if shown else platforms.display_name(pid)))
    for pid in platforms.EXTRA_IDS:
        out.append((pid, platforms.display_name(pid)))
    other = guidance.platforms.get("other")
    out.append(
        (
            "other",
            other.name
            if other
            else QCoreApplication.translate("Interview", "Another app or website"),
        )
    )
    return tuple(out)


def platform_name(guidance: Guidance, value: str) -> str:
    return dict(platform_choices(guidance)).get(value, value) if value else ""


def account_fields(guidance: Guidance) -> list[Field]:
    return [
        Field(
            "platform",
            QCoreApplication.translate("Interview", "App or website"),
            kind="choice",
            choices=platform_choices(guidance),
        ),
        Field(
            "username",
            QCoreApplication.translate("Interview", "Username or handle"),
            hint=QCoreApplication.translate("Interview", "For example @name.123"),
        ),
        Field("display_name", QCoreApplication.translate("Interview", "Name shown on the profile")),
        Field(
            "profile_url",
            QCoreApplication.translate("Interview", "Link to the profile"),
            hint=QCoreApplication.translate(
                "Interview", "Copy it from the address bar or the Share menu, if you can."
            ),
        ),
        Field(
            "numeric_id",
            QCoreApplication.translate("Interview", "ID number"),
            hint=QCoreApplication.translate(
                "Interview", "Some apps show a number that never changes (Discord, Facebook)."
            ),
        ),
        Field(
            "phone",
            QCoreApplication.translate("Interview", "Phone number"),
            hint=QCoreApplication.translate("Interview", "With the country code, like +44."),
        ),
        Field(
            "email", QCoreApplication.translate("Interview", "Email address"), check=checks.email
        ),
        Field(
            "seen_at",
            QCoreApplication.translate("Interview", "When you saw this account"),
            kind="when",
        ),
        Field("notes", QCoreApplication.translate("Interview", "Notes"), kind="text"),
    ]


def account_text(guidance: Guidance, r: OffenderIdentifier) -> str:
    parts = [
        platform_name(guidance, r.platform),
        r.username,
        r.display_name,
        r.profile_url,
        r.numeric_id,
        r.phone,
        r.email,
    ]
    return ", ".join(p.strip() for p in parts if p.strip())


class KnowsAccountQuestion(Question):
    qid = "offender_known"

    def heading(self) -> str:
        return self.tr("Do you know their username or account?")

    def build(self) -> None:
        self.lead(
            self.tr(
                "A username, a profile link, a phone number or an email they used. Usernames can "
                "change, so any of these helps."
            )
        )
        self.choice_ = self.choice(Offender, "knows_account", self.heading())

    def first_field(self) -> QWidget:
        return self.choice_

    def rows(self) -> list[tuple[str, str]]:
        value = self.answers.section(Offender).knows_account
        return [(self.tr("Know their username or account"), answer_text(value))]


class AccountsQuestion(ListQuestion):
    qid = "offender_accounts"

    def heading(self) -> str:
        return self.tr("Their accounts, names and numbers")

    def applies(self, answers: CaseAnswers) -> bool:
        return answers.offender.knows_account == Answer.YES

    def build(self) -> None:
        self.lead(
            self.tr(
                "Add each account they used, on any app. Give what you know and leave the rest "
                "empty."
            )
        )
        self._add_list(
            RecordList(
                self.ctx.vault,
                OffenderIdentifier,
                account_fields(self.ctx.guidance),
                blank=OffenderIdentifier,
                title=lambda n: self.tr("Account {n}").format(n=n),
                add_text=self.tr("&Add another account"),
                remove_text=self.tr("Remove"),
            )
        )

    def rows(self) -> list[tuple[str, str]]:
        records = self.ctx.vault.list_records(OffenderIdentifier)
        title = self.tr("Account {n}")
        if not records:
            return [(title.format(n=1), "")]
        g = self.ctx.guidance
        return [(title.format(n=n), account_text(g, r)) for n, r in enumerate(records, 1)]
