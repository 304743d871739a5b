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


@dataclass
class Payment:
    id: int | None = None
    kind: str = "demanded"  # demanded or paid
    amount: str = ""
    currency: str = "GBP"
    method: str = ""  # bank transfer, gift card, crypto, PayPal...
    details: str = ""  # account, wallet or gift card details
    when: str = ""
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
