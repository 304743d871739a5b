"""Risk: a plan to meet, more demands, a bank account, threats, and thoughts of self-harm."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from guardian_desktop.core.answers import Answer, Risk, treat_as_under_18

from ...widgets.blocks import framed
from ...widgets.text import body_label, heading_label
from .question import Question, answer_text


class RiskQuestion(Question):
    qid = "risk"

    def heading(self) -> str:
        return self.tr("Have they done any of these?")

    def build(self) -> None:
        self.lead(self.tr("Answer what you can. This helps the police see the risk."))
        you = not self.helping
        self.meet = self.choice(
            Risk,
            "plan_to_meet",
            self.tr("Asked to meet you?")
            if you
            else self.tr("Asked to meet the person you are helping?"),
        )
        self.more = self.choice(Risk, "more_images", self.tr("Asked for more images?"))
        self.mule = self.choice(Risk, "money_mule", self.tr(
            "Asked you to use your bank account, or open one, for them?") if you else self.tr(
            "Asked them to use their bank account, or open one, for them?"))  # fmt: skip
        self.harm = self.choice(Risk, "harm_others", self.tr(
            "Threatened to hurt you or someone else?") if you else self.tr(
            "Threatened to hurt them or someone else?"))  # fmt: skip

    def first_field(self) -> QWidget:
        return self.meet

    def rows(self) -> list[tuple[str, str]]:
        r = self.answers.section(Risk)
        return [
            (self.tr("Asked to meet"), answer_text(r.plan_to_meet)),
            (self.tr("Asked for more images"), answer_text(r.more_images)),
            (self.tr("Asked to use a bank account"), answer_text(r.money_mule)),
            (self.tr("Threatened to hurt someone"), answer_text(r.harm_others)),
        ]


class ContactsQuestion(Question):
    qid = "knows_contacts"

    def heading(self) -> str:
        if self.helping:
            return self.tr("Do they know who the person knows?")
        return self.tr("Do they know who you know?")

    def build(self) -> None:
        self.lead(self.tr(
            "For example a school, an employer, family or friends they named, or a list of "
            "followers."
        ))  # fmt: skip
        self.knows = self.choice(Risk, "knows_contacts", self.heading())
        self.detail = self.line(Risk, "knows_contacts_detail", self.tr("&Who or what they know"))

    def refresh(self) -> None:
        r = self.answers.section(Risk)
        visible = r.knows_contacts == Answer.YES or bool(r.knows_contacts_detail.strip())
        self.show_field(self.detail, visible)

    def first_field(self) -> QWidget:
        return self.knows

    def rows(self) -> list[tuple[str, str]]:
        r = self.answers.section(Risk)
        rows = [(self.tr("Know who you know"), answer_text(r.knows_contacts))]
        if r.knows_contacts == Answer.YES:
            rows.append((self.tr("Who or what they know"), r.knows_contacts_detail.strip()))
        return rows


class SelfHarmQuestion(Question):
    qid = "self_harm"

    def heading(self) -> str:
        if self.helping:
            return self.tr("Has the person you are helping talked about harming themselves?")
        return self.tr("Have you had thoughts of harming yourself?")

    def build(self) -> None:
        self.lead(self.tr("It is not your fault. You do not have to answer."))
        unsure = "" if self.helping else self.tr("I would rather not say")
        self.choice_ = self.choice(Risk, "self_harm", self.heading(), unsure=unsure)
        self.support = self._support_box()
        self.body.addWidget(self.support)

    def _support_box(self) -> QFrame:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading_label(self.tr("You can talk to someone now"), 3))
        region = self.ctx.region
        under_18 = treat_as_under_18(self.ctx.under_18)
        wanted = ["samaritans"] + (["childline"] if under_18 else [])
        self.services = [s for s in region.services if s.id in wanted and s.phone]
        for service in self.services:
            text = self.tr("{name}: {phone}").format(name=service.name, phone=service.phone)
            line = heading_label(text, 3)
            layout.addWidget(line)
            layout.addWidget(body_label(service.what))
        layout.addWidget(body_label(self.tr(
            "If someone is in danger right now, call {number}."
        ).format(number=region.emergency_number)))  # fmt: skip
        return framed(inner, danger=False)

    def refresh(self) -> None:
        value = self.answers.section(Risk).self_harm
        self.support.setVisible(value in (Answer.YES, Answer.UNKNOWN))

    def first_field(self) -> QWidget:
        return self.choice_

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Thoughts of self-harm"), answer_text(self.answers.section(Risk).self_harm))
        ]
