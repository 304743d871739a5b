"""Plain data classes for a case and what it holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    """Who is using the app."""

    VICTIM = "victim"  # the person being threatened
    HELPER = "helper"  # a family member or friend helping
    COUNSELLOR = "counsellor"  # a school counsellor or teacher helping a student


@dataclass
class CaseInfo:
    case_id: str
    label: str
    created_utc: str
    role: Role = Role.VICTIM
    under_18: bool | None = None
    region: str = "england-wales"
    police_reference: str = ""
    practice: bool = False

    @property
    def treat_as_under_18(self) -> bool:
        """An unknown age is treated as under 18 (answers.treat_as_under_18)."""
        from .answers import treat_as_under_18

        return treat_as_under_18(self.under_18)

    @property
    def helping(self) -> bool:
        return self.role != Role.VICTIM


@dataclass
class EvidenceItem:
    id: int
    exhibit_no: int
    sha256: str
    size: int
    original_name: str
    original_mtime_utc: str | None
    original_ctime_utc: str | None
    imported_utc: str
    width: int
    height: int
    format: str
    description: str = ""
    platform: str = ""
    happened_at: str = ""
    redacted_sha256: str | None = None
    source: str = "file"  # file, clipboard, screen
    app_version: str = ""  # the Guardian Desktop version that recorded it ("" before 0.2)

    @property
    def exhibit(self) -> str:
        return exhibit_label(self.exhibit_no)


def exhibit_label(number: int) -> str:
    """Stable exhibit numbers as officers cite them: GD-001."""
    return f"GD-{number:03d}"


@dataclass
class OffenderIdentifier:
    id: int | None = None
    platform: str = ""
    username: str = ""
    display_name: str = ""
    profile_url: str = ""
    numeric_id: str = ""
    phone: str = ""
    email: str = ""
    seen_at: str = ""
    notes: str = ""


@dataclass
class TimelineEvent:
    id: int | None = None
    when: str = ""  # ISO 8601 with UTC offset where known
    description: str = ""
    platform: str = ""


class PaymentMethod(StrEnum):
    """How money was asked for or sent (stored as these ids)."""

    BANK_TRANSFER = "bank_transfer"
    GIFT_CARD = "gift_card"
    CRYPTO = "crypto"
    PAYPAL = "paypal"
    MONEY_APP = "money_app"  # Cash App, Revolut, Venmo and the like
    OTHER = "other"


@dataclass
class Payment:
    id: int | None = None
    kind: str = "demanded"  # demanded or paid
    amount: str = ""
    currency: str = "GBP"
    method: str = ""  # a PaymentMethod id; older cases may hold free text
    details: str = ""  # anything else about where the money was to go
    when: str = ""  # a core.when value
    notes: str = ""
    # Who the money was to go to (the payee), as the bank or police form asks it.
    payee_name: str = ""
    sort_code: str = ""
    account_number: str = ""
    iban: str = ""
    wallet_address: str = ""
    chain: str = ""  # e.g. Bitcoin, Ethereum, USDT on Tron
    gift_card_brand: str = ""
    gift_card_code: str = ""
    payee_account: str = ""  # PayPal or other account name or email
    transaction_ref: str = ""
    bank_told: str = ""  # an answers.Answer value
    bank_reference: str = ""
    stopped: str = ""  # an answers.Answer value: was it stopped or recalled


class ReferenceKind(StrEnum):
    """Reports already made, each with its own number."""

    POLICE_RECEIPT = "police_receipt"  # the online form's receipt or reference
    CRIME_REFERENCE = "crime_reference"  # the crime reference number given later
    CEOP = "ceop"
    REPORT_REMOVE = "report_remove"
    TAKE_IT_DOWN = "take_it_down"
    STOPNCII = "stopncii"  # case number and PIN
    PLATFORM = "platform"  # a report to the app or website
    BANK = "bank"
    REPORT_FRAUD = "report_fraud"
    OTHER = "other"


@dataclass
class ReferenceNumber:
    id: int | None = None
    kind: str = ReferenceKind.POLICE_RECEIPT.value
    number: str = ""
    pin: str = ""  # StopNCII gives a PIN with the case number
    organisation: str = ""  # the platform or bank, where that is the kind
    when: str = ""  # a core.when value
    notes: str = ""


@dataclass
class AuditEntry:
    seq: int
    at_utc: str
    action: str
    detail: str
    entry_hash: str


@dataclass
class VerifyReport:
    """Result of a full check: cipher integrity, every item re-hashed, audit chain."""

    ok: bool
    items_checked: int = 0
    problems: list[str] = field(default_factory=list)
