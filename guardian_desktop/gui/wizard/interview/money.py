"""The money branch: did they ask for money, did you pay, and each payment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from guardian_desktop.core.answers import Answer, CaseAnswers, Money
from guardian_desktop.core.models import Payment, PaymentMethod

from ...widgets.blocks import BlockView
from ...widgets.records import Field, RecordList
from . import checks
from .question import ListQuestion, Question, answer_text, when_text


def method_choices() -> tuple[tuple[str, str], ...]:
    return (
        ("", QCoreApplication.translate("Interview", "Choose how")),
        (
            PaymentMethod.BANK_TRANSFER.value,
            QCoreApplication.translate("Interview", "Bank transfer"),
        ),
        (PaymentMethod.GIFT_CARD.value, QCoreApplication.translate("Interview", "Gift card")),
        (
            PaymentMethod.CRYPTO.value,
            QCoreApplication.translate("Interview", "Cryptocurrency (for example Bitcoin)"),
        ),
        (PaymentMethod.PAYPAL.value, QCoreApplication.translate("Interview", "PayPal")),
        (
            PaymentMethod.MONEY_APP.value,
            QCoreApplication.translate(
                "Interview", "A money app (for example Cash App or Revolut)"
            ),
        ),
        (PaymentMethod.OTHER.value, QCoreApplication.translate("Interview", "Another way")),
    )


def method_name(value: str) -> str:
    return dict(method_choices()).get(value, value) if value else ""


def _for(*methods: PaymentMethod):  # type: ignore[no-untyped-def]
    """Shown for these methods, and when no method (or "another way") is chosen yet."""
    wanted = {m.value for m in methods}

    def shown(record: Payment) -> bool:
        return record.method in wanted or record.method in ("", PaymentMethod.OTHER.value)

    return shown


def payment_fields(paid: bool) -> list[Field]:
    """Every field of a payment, grouped as a bank's or the police's form asks them."""
    bank = _for(PaymentMethod.BANK_TRANSFER)
    specs = [
        Field("amount", QCoreApplication.translate("Interview", "Amount"), check=checks.amount),
        Field(
            "currency",
            QCoreApplication.translate("Interview", "Currency"),
            hint=QCoreApplication.translate("Interview", "For example GBP, EUR or USD."),
        ),
        Field(
            "when",
            QCoreApplication.translate("Interview", "When")
            if paid
            else QCoreApplication.translate("Interview", "When they asked"),
            kind="when",
        ),
        Field(
            "method",
            QCoreApplication.translate("Interview", "How")
            if paid
            else QCoreApplication.translate("Interview", "How they wanted it"),
            kind="choice",
            choices=method_choices(),
        ),
        Field(
            "payee_name",
            QCoreApplication.translate("Interview", "Name of the person or account it went to")
            if paid
            else QCoreApplication.translate(
                "Interview", "Name of the person or account it was to go to"
            ),
            group=QCoreApplication.translate("Interview", "Who the money went to")
            if paid
            else QCoreApplication.translate("Interview", "Who it was to go to"),
        ),
        Field(
            "sort_code",
            QCoreApplication.translate("Interview", "Sort code"),
            shown=bank,
            check=checks.sort_code,
            group=QCoreApplication.translate("Interview", "Bank account"),
        ),
        Field(
            "account_number",
            QCoreApplication.translate("Interview", "Account number"),
            shown=bank,
            check=checks.account_number,
            group=QCoreApplication.translate("Interview", "Bank account"),
        ),
        Field(
            "iban",
            QCoreApplication.translate("Interview", "IBAN (a bank outside the UK)"),
            shown=bank,
            group=QCoreApplication.translate("Interview", "Bank account"),
        ),
        Field(
            "wallet_address",
            QCoreApplication.translate("Interview", "Wallet address"),
            shown=_for(PaymentMethod.CRYPTO),
            group=QCoreApplication.translate("Interview", "Cryptocurrency"),
        ),
        Field(
            "chain",
            QCoreApplication.translate("Interview", "Which coin or network"),
            shown=_for(PaymentMethod.CRYPTO),
            hint=QCoreApplication.translate(
                "Interview", "For example Bitcoin, Ethereum, or USDT on Tron."
            ),
            group=QCoreApplication.translate("Interview", "Cryptocurrency"),
        ),
        Field(
            "gift_card_brand",
            QCoreApplication.translate("Interview", "Gift card brand"),
            shown=_for(PaymentMethod.GIFT_CARD),
            group=QCoreApplication.translate("Interview", "Gift card"),
        ),
        Field(
            "gift_card_code",
            QCoreApplication.translate("Interview", "Gift card code"),
            shown=_for(PaymentMethod.GIFT_CARD),
            group=QCoreApplication.translate("Interview", "Gift card"),
        ),
        Field(
            "payee_account",
            QCoreApplication.translate("Interview", "PayPal or app account name, email or phone"),
            shown=_for(PaymentMethod.PAYPAL, PaymentMethod.MONEY_APP),
            group=QCoreApplication.translate("Interview", "PayPal or money app"),
        ),
    ]
    if paid:
        specs += [
            Field(
                "transaction_ref",
                QCoreApplication.translate("Interview", "Transaction reference"),
                hint=QCoreApplication.translate(
                    "Interview", "From the bank statement, receipt or app."
                ),
                group=QCoreApplication.translate("Interview", "The payment"),
            ),
            Field(
                "bank_told",
                QCoreApplication.translate(
                    "Interview", "Have you told your bank or payment provider?"
                ),
                kind="answer",
                group=QCoreApplication.translate("Interview", "The payment"),
            ),
            Field(
                "bank_reference",
                QCoreApplication.translate("Interview", "The reference they gave you"),
                shown=lambda r: r.bank_told == Answer.YES.value,
                group=QCoreApplication.translate("Interview", "The payment"),
            ),
            Field(
                "stopped",
                QCoreApplication.translate(
                    "Interview", "Was the payment stopped, or the money returned?"
                ),
                kind="answer",
                group=QCoreApplication.translate("Interview", "The payment"),
            ),
        ]
    specs += [
        Field(
            "details",
            QCoreApplication.translate(
                "Interview", "Anything else about where the money was to go"
            ),
            kind="text",
            group=QCoreApplication.translate("Interview", "Anything else"),
        ),
        Field(
            "notes",
            QCoreApplication.translate("Interview", "Notes"),
            kind="text",
            group=QCoreApplication.translate("Interview", "Anything else"),
        ),
    ]
    return specs


def payment_text(p: Payment) -> str:
    parts = [
        " ".join(x for x in (p.amount.strip(), p.currency.strip()) if x),
        method_name(p.method),
        p.payee_name.strip(),
        when_text(p.when),
    ]
    return ", ".join(x for x in parts if x)


class MoneyDemandedQuestion(Question):
    qid = "money_demanded"

    def heading(self) -> str:
        if self.helping:
            return self.tr("Did they ask the person you are helping for money?")
        return self.tr("Did they ask you for money?")

    def build(self) -> None:
        self.choice_ = self.choice(Money, "demanded", self.heading())

    def first_field(self) -> QWidget:
        return self.choice_

    def rows(self) -> list[tuple[str, str]]:
        return [(self.tr("Asked for money"), answer_text(self.answers.section(Money).demanded))]


class PaymentsQuestion(ListQuestion):
    """Cards for the payments of one kind ("demanded" or "paid"), with Add another."""

    kind = "demanded"

    def build(self) -> None:
        paid = self.kind == "paid"
        self.lead(self._lead())
        self._add_list(
            RecordList(
                self.ctx.vault,
                Payment,
                payment_fields(paid),
                blank=lambda: Payment(kind=self.kind),
                title=self._title,
                add_text=self.tr("&Add another payment")
                if paid
                else self.tr("&Add another demand"),
                remove_text=self.tr("Remove"),
                belongs=(lambda p: p.kind != "demanded")
                if paid
                else (lambda p: p.kind == "demanded"),
            )
        )

    def _lead(self) -> str:
        return ""

    def _title(self, n: int) -> str:
        return ""

    def rows(self) -> list[tuple[str, str]]:
        records = [r for r in self.ctx.vault.list_records(Payment) if self.entries._belongs(r)]
        if not records:
            return [(self._title(1), "")]
        return [(self._title(n), payment_text(r)) for n, r in enumerate(records, 1)]


class DemandedPaymentsQuestion(PaymentsQuestion):
    qid = "payments_demanded"
    kind = "demanded"

    def heading(self) -> str:
        return self.tr("How much did they ask for, and how?")

    def applies(self, answers: CaseAnswers) -> bool:
        return answers.money.demanded == Answer.YES

    def _lead(self) -> str:
        return self.tr(
            "Give what you know: the amount, how they wanted it, and where it was to go. "
            "Add another for each time they asked."
        )

    def _title(self, n: int) -> str:
        return self.tr("Demand {n}").format(n=n)


class MoneyPaidQuestion(Question):
    qid = "money_paid"

    def heading(self) -> str:
        if self.helping:
            return self.tr("Did the person you are helping pay anything?")
        return self.tr("Did you pay anything?")

    def applies(self, answers: CaseAnswers) -> bool:
        return answers.money.demanded != Answer.NO or answers.money.paid == Answer.YES

    def build(self) -> None:
        self.choice_ = self.choice(Money, "paid", self.heading())
        blocks = [
            b
            for b in self.ctx.guidance.step("details").blocks(self.ctx.role, self.ctx.under_18)
            if b.id and b.id.startswith("already_paid")
        ]
        self.already_paid = BlockView(blocks)
        self.body.addWidget(self.already_paid)

    def refresh(self) -> None:
        self.already_paid.setVisible(self.answers.section(Money).paid == Answer.YES)

    def first_field(self) -> QWidget:
        return self.choice_

    def rows(self) -> list[tuple[str, str]]:
        return [(self.tr("Paid anything"), answer_text(self.answers.section(Money).paid))]


class PaidPaymentsQuestion(PaymentsQuestion):
    qid = "payments_paid"
    kind = "paid"

    def heading(self) -> str:
        return self.tr("What was paid?")

    def applies(self, answers: CaseAnswers) -> bool:
        return answers.money.paid == Answer.YES

    def _lead(self) -> str:
        return self.tr(
            "Add each payment: the amount, how it was paid and who it went to. The bank's "
            "details help the police and the bank trace the money."
        )

    def _title(self, n: int) -> str:
        return self.tr("Payment {n}").format(n=n)
