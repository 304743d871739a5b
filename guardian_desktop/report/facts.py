"""What a report says about a case, gathered once and put into words for every output.

The PDF, the bundle and the plain-text summary all read the case through `gather()`, so
they agree with each other. Nothing here knows about page layout.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from ..core.answers import LEGACY_PROGRESS_KEYS, CaseAnswers
from ..core.models import (
    AuditEntry,
    CaseInfo,
    EvidenceItem,
    OffenderIdentifier,
    Payment,
    Role,
    TimelineEvent,
)
from ..core.textsafe import one_line, safe_text
from ..core.vault import CaseVault, _chain_hash
from .i18n import _

DETAIL_KEYS = tuple(k for k in LEGACY_PROGRESS_KEYS if k != "details.share_contact")

# Platform ids used by the guidance content, shown by their usual names.
PLATFORM_NAMES = {
    "instagram": "Instagram",
    "snapchat": "Snapchat",
    "facebook": "Facebook",
    "messenger": "Messenger",
    "whatsapp": "WhatsApp",
    "tiktok": "TikTok",
    "discord": "Discord",
    "telegram": "Telegram",
    "x": "X (Twitter)",
    "twitter": "X (Twitter)",
    "kik": "Kik",
    "wizz": "Wizz",
    "omegle": "Omegle",
    "reddit": "Reddit",
    "tinder": "Tinder",
    "hinge": "Hinge",
    "bumble": "Bumble",
    "yubo": "Yubo",
    "grindr": "Grindr",
    "google_chat": "Google Chat",
    "signal": "Signal",
    "other": "Other",
}


def month_name(month: int) -> str:
    """The month's name in the report's language (1 = January)."""
    return (
        _("January"), _("February"), _("March"), _("April"), _("May"), _("June"),
        _("July"), _("August"), _("September"), _("October"), _("November"), _("December"),
    )[month - 1]  # fmt: skip


def not_given() -> str:
    return _("Not given")


def action_names() -> dict[str, str]:
    """The audit log's actions in words, in the report's language."""
    return {
        "case.created": _("Case created"),
        "case.changed": _("Case details changed"),
        "case.upgraded": _("Case file format upgraded"),
        "evidence.added": _("Evidence added"),
        "evidence.changed": _("Evidence details changed"),
        "evidence.redacted": _("Redacted copy made (original kept unchanged)"),
        "evidence.redaction_removed": _("Redacted copy removed"),
        "evidence.removed": _("Evidence removed"),
        "identifier.added": _("Offender detail added"),
        "identifier.changed": _("Offender detail changed"),
        "identifier.removed": _("Offender detail removed"),
        "timeline.added": _("Timeline event added"),
        "timeline.changed": _("Timeline event changed"),
        "timeline.removed": _("Timeline event removed"),
        "payment.added": _("Payment added"),
        "payment.changed": _("Payment changed"),
        "payment.removed": _("Payment removed"),
        "export.report": _("PDF report made"),
        "export.bundle": _("Evidence bundle made"),
    }


def platform_name(value: str) -> str:
    text = one_line(value).strip()
    if text.lower() == "other":
        return _("Other")
    return PLATFORM_NAMES.get(text.lower(), text)


def _offset(dt: datetime) -> str:
    off = dt.utcoffset() or timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def format_date(d: date) -> str:
    return f"{d.day} {month_name(d.month)} {d.year}"


def format_datetime(dt: datetime, *, zone_name: str = "") -> str:
    """'3 March 2026, 21:14 UTC+00:00' (with the zone's short name where known)."""
    offset = _offset(dt)
    text = f"{format_date(dt)}, {dt:%H:%M} {offset}"
    if not zone_name or zone_name in ("UTC", offset) or zone_name.startswith(("+", "-")):
        return text
    return f"{text} ({zone_name})"


def parse_when(value: str) -> datetime | date | None:
    text = value.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def format_when(value: str) -> str:
    """An ISO 8601 time as people read it, always saying which time zone it is in."""
    text = one_line(value).strip()
    if not text:
        return not_given()
    parsed = parse_when(text)
    if isinstance(parsed, datetime):
        if parsed.tzinfo is None:
            return f"{format_date(parsed)}, {parsed:%H:%M} " + _("(time zone not recorded)")
        return format_datetime(parsed)
    if isinstance(parsed, date):
        return format_date(parsed) + " " + _("(date only)")
    return text  # as the person wrote it, e.g. "about a week ago"


def sort_key(value: str) -> tuple[int, float]:
    """Known times in true order (UTC); unknown ones last, in the order given."""
    parsed = parse_when(value)
    if isinstance(parsed, datetime):
        if parsed.tzinfo is None:
            parsed = parsed.astimezone()  # assume this computer's zone
        return (0, parsed.timestamp())
    if isinstance(parsed, date):
        return (0, datetime(parsed.year, parsed.month, parsed.day).astimezone().timestamp())
    return (1, 0.0)


def now_local() -> datetime:
    return datetime.now().astimezone()


def zone_name(dt: datetime) -> str:
    name = dt.tzname() or ""
    if not name:
        name = time.tzname[0] if time.tzname else ""
    # Windows gives long names ("GMT Standard Time"); keep them, they are still useful.
    return one_line(name, 40)


@dataclass
class AuditGroup:
    """Consecutive audit entries with the same action, shown as one line."""

    action: str
    first_at: str
    last_at: str
    count: int
    detail: str  # the entry's detail when count == 1


@dataclass
class CaseFacts:
    info: CaseInfo
    prepared_at: datetime
    items: list[EvidenceItem]
    identifiers: list[OffenderIdentifier]
    payments: list[Payment]
    timeline: list[TimelineEvent]
    details: dict[str, str]
    audit: list[AuditEntry]
    audit_chain_ok: bool
    answers: CaseAnswers = field(default_factory=CaseAnswers)
    originals_checked: int = 0
    originals_mismatched: list[str] = field(default_factory=list)

    def detail(self, key: str) -> str:
        """A narrative field, or '' when the person has not given it."""
        return self.details.get(key, "")

    def detail_or_not_given(self, key: str) -> str:
        return self.detail(key) or not_given()

    @property
    def platforms(self) -> list[str]:
        seen: dict[str, None] = {}
        for value in (
            [i.platform for i in self.items]
            + [i.platform for i in self.identifiers]
            + [e.platform for e in self.timeline]
        ):
            name = platform_name(value)
            if name and name.lower() not in {k.lower() for k in seen}:
                seen[name] = None
        return list(seen)

    @property
    def demanded(self) -> list[Payment]:
        return [p for p in self.payments if p.kind != "paid"]

    @property
    def paid(self) -> list[Payment]:
        return [p for p in self.payments if p.kind == "paid"]

    @property
    def exhibit_range(self) -> str:
        if not self.items:
            return ""
        first, last = self.items[0].exhibit, self.items[-1].exhibit
        return first if first == last else _("{first} to {last}").format(first=first, last=last)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    return safe_text(value).strip()


def gather(vault: CaseVault, *, check_originals: bool = False) -> CaseFacts:
    """Read everything a report needs from the open case."""
    answers = vault.answers()
    details = {
        k: _text(getattr(answers.get(kind), name))
        for k, (kind, name) in LEGACY_PROGRESS_KEYS.items()
        if k in DETAIL_KEYS
    }
    timeline = sorted(vault.list_records(TimelineEvent), key=lambda e: sort_key(e.when))
    payments = sorted(vault.list_records(Payment), key=lambda p: sort_key(p.when))
    audit = vault.audit_log()
    prev = "0" * 64
    chain_ok = True
    for entry in audit:
        if _chain_hash(prev, entry.at_utc, entry.action, entry.detail) != entry.entry_hash:
            chain_ok = False
            break
        prev = entry.entry_hash
    facts = CaseFacts(
        info=vault.info(),
        prepared_at=now_local(),
        items=vault.list_evidence(),
        identifiers=vault.list_records(OffenderIdentifier),
        payments=payments,
        timeline=timeline,
        details=details,
        audit=audit,
        audit_chain_ok=chain_ok,
        answers=answers,
    )
    if check_originals:
        for item in facts.items:
            data = vault.original_bytes(item.id)
            facts.originals_checked += 1
            if hashlib.sha256(data).hexdigest() != item.sha256:
                facts.originals_mismatched.append(item.exhibit)
    return facts


def audit_groups(entries: list[AuditEntry]) -> list[AuditGroup]:
    groups: list[AuditGroup] = []
    for e in entries:
        if groups and groups[-1].action == e.action:
            g = groups[-1]
            g.count += 1
            g.last_at = e.at_utc
            g.detail = ""
        else:
            groups.append(AuditGroup(e.action, e.at_utc, e.at_utc, 1, e.detail))
    return groups


def action_name(action: str) -> str:
    return action_names().get(action, action)


# --- words for the key facts ---------------------------------------------------------------


def money(p: Payment) -> str:
    amount = one_line(p.amount, 60).strip()
    currency = one_line(p.currency, 12).strip()
    if not amount:
        return _("Amount not given")
    if currency and currency.lower() not in amount.lower():
        return f"{amount} {currency}"
    return amount


def payment_line(p: Payment) -> str:
    parts = [money(p)]
    if p.method.strip():
        parts.append(one_line(p.method, 120))
    if p.when.strip():
        parts.append(format_when(p.when))
    return ", ".join(parts)


def images_shared_text(facts: CaseFacts) -> str:
    value = facts.detail("details.images_shared").lower()
    where = facts.detail("details.images_shared_where")
    if value == "yes":
        text = _("Yes, the images have been shared")
        return f"{text}: {where}" if where else text
    if value == "no":
        return _("No, not as far as is known")
    if value == "unknown":
        return _("Not known")
    return not_given()


def demanded_text(facts: CaseFacts) -> str:
    lines = [payment_line(p) for p in facts.demanded]
    return "; ".join(lines) if lines else _("No amount recorded")


def paid_text(facts: CaseFacts) -> str:
    if not facts.paid:
        return _("No payment recorded")
    return _("Yes") + ": " + "; ".join(payment_line(p) for p in facts.paid)


def role_text(role: Role) -> str:
    return {
        Role.VICTIM: _("The person this case is about"),
        Role.HELPER: _("A family member or friend helping the person"),
        Role.COUNSELLOR: _("A school counsellor or teacher helping the person"),
    }.get(role, not_given())


def prepared_by(facts: CaseFacts, *, include_contact: bool) -> str:
    role = role_text(facts.info.role)
    if facts.info.role is Role.VICTIM:
        name = facts.detail("details.contact_name") if include_contact else ""
    else:
        name = facts.detail("details.helper_name") if include_contact else ""
    return f"{name} ({role.lower()})" if name else role


def under_18_text(info: CaseInfo) -> str:
    if info.under_18 is None:
        return not_given()
    return _("Yes") if info.under_18 else _("No")
