"""What a report says about a case, gathered once and put into words for every output.

The PDF, the bundle and the plain-text summary all read the case through `gather()`, so
they agree with each other. Nothing here knows about page layout. Every field comes from
the typed core (core.answers, core.models); every date is read by core.when.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from .. import __version__
from ..core import transcripts
from ..core import when as W
from ..core.answers import (
    Answer,
    Branch,
    CaseAnswers,
    closed_branches,
    exhibit_initials,
    exhibit_reference,
    payment_branch,
)
from ..core.models import (
    AuditEntry,
    CaseInfo,
    EvidenceItem,
    OffenderIdentifier,
    Payment,
    ReferenceNumber,
    Role,
    TimelineEvent,
)
from ..core.platforms import display_name
from ..core.textsafe import one_line, safe_text
from ..core.vault import CaseVault, _chain_hash
from .i18n import _

APP_VERSION = __version__


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
        "case.dates_read": _("Dates typed as text read as calendar dates"),
        "case.passphrase_changed": _("Passphrase changed"),
        "answers.changed": _("Answers changed"),
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
        "reference.added": _("Reference number added"),
        "reference.changed": _("Reference number changed"),
        "reference.removed": _("Reference number removed"),
        "export.report": _("PDF report made"),
        "export.bundle": _("Evidence bundle made"),
    }


def platform_name(value: str) -> str:
    """A stored platform id by its usual name; free text as typed."""
    text = one_line(value).strip()
    if not text:
        return ""
    return display_name(text, other=_("Other"))


# --- dates (core.when owns parsing; this only puts them into words) -----------------------


def format_date(d: date) -> str:
    return f"{d.day} {month_name(d.month)} {d.year}"


def format_datetime(dt: datetime, *, zone_name: str = "") -> str:
    """'25 October 2025, 22:47 UTC+01:00' (with the zone's short name where known)."""
    offset = W.offset_text(dt)
    text = f"{format_date(dt)}, {dt:%H:%M} {offset}"
    if not zone_name or zone_name in ("UTC", offset) or zone_name.startswith(("+", "-")):
        return text
    return f"{text} ({zone_name})"


def format_when(value: str | None) -> str:
    """A stored `when` as people read it, always saying which time zone it is in; a date
    alone and free text are shown as such."""
    known = W.parse(value)
    if known.kind is W.WhenKind.EMPTY:
        return not_given()
    if known.kind is W.WhenKind.DATETIME and known.moment is not None:
        return format_datetime(known.moment)
    if known.kind is W.WhenKind.NAIVE and known.moment is not None:
        return f"{format_date(known.moment)}, {known.moment:%H:%M} " + _("(time zone not recorded)")
    if known.kind is W.WhenKind.DATE and known.day is not None:
        return format_date(known.day) + " " + _("(date only)")
    return one_line(known.raw)  # as the person wrote it, e.g. "about a week ago"


def when_given(value: str | None) -> bool:
    return W.parse(value).kind is not W.WhenKind.EMPTY


def sort_key(value: str | None) -> tuple[int, float]:
    return W.parse(value).sort_key()


def now_local() -> datetime:
    return datetime.now().astimezone()


def zone_name(dt: datetime) -> str:
    name = dt.tzname() or ""
    if not name:
        name = time.tzname[0] if time.tzname else ""
    # Windows gives long names ("GMT Standard Time"); keep them, they are still useful.
    return one_line(name, 40)


# Characters that print nothing but change what an identifier is: shown as <U+200B>.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u2028-\u202f\u205f-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\x00-\x1f\x7f-\xa0\U000e0000-\U000e0fff]"
)


def show_invisible(text: str) -> str:
    """An identifier with every invisible or look-alike-space character shown visibly
    (for example \u27e8U+200B\u27e9), never dropped or turned into a space."""
    return _INVISIBLE.sub(lambda m: f"\u27e8U+{ord(m.group()):04X}\u27e9", text.strip())


# --- the facts ----------------------------------------------------------------------------


@dataclass
class Removal:
    """An exhibit removed from the case: its number stays unused, and the log says why."""

    exhibit: str
    at_utc: str
    detail: str
    reason: str


@dataclass
class CaseFacts:
    info: CaseInfo
    prepared_at: datetime
    items: list[EvidenceItem]
    identifiers: list[OffenderIdentifier]
    payments: list[Payment]
    timeline: list[TimelineEvent]
    references: list[ReferenceNumber]
    audit: list[AuditEntry]
    audit_chain_ok: bool
    answers: CaseAnswers = field(default_factory=CaseAnswers)
    all_items: int = 0  # in the case; `items` may be the chosen ones only
    chats: list[tuple[str, int]] = field(default_factory=list)  # (GD number, messages)
    originals_checked: int = 0
    originals_mismatched: list[str] = field(default_factory=list)

    @property
    def initials(self) -> str:
        return exhibit_initials(self.answers, self.info.helping)

    def reference(self, item: EvidenceItem) -> str:
        """The UK-style exhibit reference beside GD-001 (e.g. 'SE/1'), or ''."""
        return exhibit_reference(self.initials, item.exhibit_no)

    def exhibit_name(self, item: EvidenceItem) -> str:
        ref = self.reference(item)
        return f"{item.exhibit} ({ref})" if ref else item.exhibit

    @property
    def title(self) -> str:
        """The report's title, if the person gave one. The case label is never printed."""
        return one_line(self.answers.story.report_title, 160).strip()

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

    @property
    def removals(self) -> list[Removal]:
        return removals(self.audit)

    @property
    def bundles(self) -> list[AuditEntry]:
        return [e for e in self.audit if e.action == "export.bundle"]


_REMOVED = re.compile(r"(GD-\d+) (?:chat transcript )?removed: (.*?)(?:; reason: (.*))?$", re.S)


def removals(audit: list[AuditEntry]) -> list[Removal]:
    """Every exhibit removal in the log (pictures and chat transcripts), with the reason."""
    out = []
    for e in audit:
        if e.action not in ("evidence.removed", "transcript.removed"):
            continue
        m = _REMOVED.match(e.detail)
        if m:
            out.append(Removal(m.group(1), e.at_utc, m.group(2), (m.group(3) or "").strip()))
    return out


def gather(
    vault: CaseVault,
    *,
    check_originals: bool = False,
    exhibits: set[str] | None = None,
) -> CaseFacts:
    """Read everything a report needs from the open case. `exhibits` (GD numbers) limits
    the pictures to the chosen ones; None means all."""
    answers = vault.answers()
    timeline = sorted(vault.list_records(TimelineEvent), key=lambda e: sort_key(e.when))
    # The one place the report reads payments and accounts. A "No" to the question that
    # opens them (core.answers.closed_branches, the rule Check your answers shows) leaves
    # them out of every part of the report; they stay in the case.
    closed = closed_branches(answers)
    payments = sorted(
        (p for p in vault.list_records(Payment) if payment_branch(p.kind) not in closed),
        key=lambda p: sort_key(p.when),
    )
    identifiers = [] if Branch.ACCOUNTS in closed else vault.list_records(OffenderIdentifier)
    references = sorted(vault.list_records(ReferenceNumber), key=lambda r: sort_key(r.when))
    audit = vault.audit_log()
    prev = "0" * 64
    chain_ok = True
    for entry in audit:
        if _chain_hash(prev, entry.at_utc, entry.action, entry.detail) != entry.entry_hash:
            chain_ok = False
            break
        prev = entry.entry_hash
    items = vault.list_evidence()
    total = len(items)
    if exhibits is not None:
        items = [i for i in items if i.exhibit in exhibits]
    facts = CaseFacts(
        info=vault.info(),
        prepared_at=now_local(),
        items=items,
        identifiers=identifiers,
        payments=payments,
        timeline=timeline,
        references=references,
        audit=audit,
        audit_chain_ok=chain_ok,
        answers=answers,
        all_items=total,
        chats=[
            (t.exhibit, t.message_count)
            for t in transcripts.list_transcripts(vault)
            if exhibits is None or t.exhibit in exhibits
        ],
    )
    if check_originals:
        for item in facts.items:
            data = vault.original_bytes(item.id)
            facts.originals_checked += 1
            if hashlib.sha256(data).hexdigest() != item.sha256:
                facts.originals_mismatched.append(item.exhibit)
    return facts


def action_name(action: str) -> str:
    return action_names().get(action, action)


# --- words for the key facts ---------------------------------------------------------------


def answer_text(value: Answer | str) -> str:
    return {
        Answer.YES: _("Yes"),
        Answer.NO: _("No"),
        Answer.UNKNOWN: _("Not sure"),
    }.get(Answer(value) if value in {a.value for a in Answer} else Answer.NOT_ASKED, "")


def method_name(method: str) -> str:
    names = {
        "bank_transfer": _("Bank transfer"),
        "gift_card": _("Gift card"),
        "crypto": _("Cryptocurrency"),
        "paypal": _("PayPal"),
        "money_app": _("Money app"),
        "other": _("Other"),
    }
    return names.get(method.strip(), one_line(method, 120).strip())


def money(p: Payment) -> str:
    amount = one_line(p.amount, 60).strip()
    currency = one_line(p.currency, 12).strip()
    if not amount:
        return _("Amount not given")
    found = amount_and_currency(p)
    if found is not None and found[1] != currency.upper():
        return amount  # the amount names its own currency ('$250'): the field's is wrong
    if currency and currency.lower() not in amount.lower():
        return f"{amount} {currency}"
    return amount


def payment_line(p: Payment) -> str:
    parts = [money(p)]
    if p.method.strip():
        parts.append(method_name(p.method))
    if when_given(p.when):
        parts.append(format_when(p.when))
    return ", ".join(parts)


_NUMBER = re.compile(r"\d[\d.,' ]*")
_SYMBOLS = {"£": "GBP", "€": "EUR", "$": "USD", "₿": "BTC", "¥": "JPY", "₹": "INR"}
_CODE = re.compile(r"\b([A-Za-z]{3,4})\b")


def _number(text: str) -> Decimal | None:
    """A typed amount as a number, or None when it is not clear. Both '1,500.50' and
    '1.500,50' read; a lone comma before one or two digits is a decimal comma ('0,05');
    a lone dot before exactly three digits ('1.500') could be either, so it is not read."""
    digits = text.replace(" ", "").replace("'", "")
    if "," in digits and "." in digits:
        decimal_mark = "," if digits.rfind(",") > digits.rfind(".") else "."
        group = "." if decimal_mark == "," else ","
        digits = digits.replace(group, "").replace(decimal_mark, ".")
    elif digits.count(",") == 1:
        whole, frac = digits.split(",")
        digits = whole + ("." + frac if len(frac) != 3 else frac)
    elif digits.count(",") > 1:
        digits = digits.replace(",", "")
    elif digits.count(".") == 1:
        whole, frac = digits.split(".")
        if len(frac) == 3 and whole.strip("0"):
            return None  # '1.500': 1.5 in the UK, 1500 in Spain
    elif digits.count(".") > 1:
        digits = digits.replace(".", "")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def amount_and_currency(p: Payment) -> tuple[Decimal, str] | None:
    """The amount as a number and its currency: a symbol or code typed in the amount
    ('$250', '0.05 BTC') wins over the currency field."""
    text = p.amount.replace("\u00a0", " ").strip()
    m = _NUMBER.search(text)
    if not m:
        return None
    value = _number(m.group().strip(" .,'"))
    if value is None:
        return None
    currency = one_line(p.currency, 12).strip().upper()
    rest = text[: m.start()] + " " + text[m.end() :]
    for symbol, symbol_code in _SYMBOLS.items():
        if symbol in rest:
            return value, symbol_code
    typed = _CODE.search(rest)
    if typed:
        return value, typed.group(1).upper()
    return value, currency


def _amount(p: Payment) -> Decimal | None:
    found = amount_and_currency(p)
    return None if found is None else found[0]


def totals(payments: list[Payment]) -> str:
    """'500 GBP; 0.01 BTC' - summed per currency; amounts that are not numbers are counted
    apart so nothing is hidden."""
    sums: dict[str, Decimal] = {}
    unknown = 0
    for p in payments:
        found = amount_and_currency(p)
        if found is None:
            unknown += 1
            continue
        value, cur = found
        sums[cur] = sums.get(cur, Decimal(0)) + value
    parts = [f"{v.normalize():f} {c}".strip() for c, v in sums.items()]
    if unknown:
        parts.append(_("{n} amount(s) not given as a number").format(n=unknown))
    return "; ".join(parts)


def payee_lines(p: Payment) -> list[tuple[str, str]]:
    """Who the money was to go to, field by field, as a bank or police form asks it."""
    fields = [
        (_("Payee name"), p.payee_name),
        (_("Sort code"), p.sort_code),
        (_("Account number"), p.account_number),
        (_("IBAN"), p.iban),
        (_("Wallet address"), p.wallet_address),
        (_("Network or coin"), p.chain),
        (_("Gift card"), p.gift_card_brand),
        (_("Gift card code"), p.gift_card_code),
        (_("Account (PayPal or app)"), p.payee_account),
        (_("Transaction reference"), p.transaction_ref),
    ]
    return [(k, v.strip()) for k, v in fields if v and v.strip()]


def bank_lines(p: Payment) -> list[tuple[str, str]]:
    out = []
    if answer_text(p.bank_told):
        out.append((_("Bank told"), answer_text(p.bank_told)))
    if p.bank_reference.strip():
        out.append((_("Bank reference"), p.bank_reference.strip()))
    if answer_text(p.stopped):
        out.append((_("Payment stopped or recalled"), answer_text(p.stopped)))
    return out


def images_shared_text(facts: CaseFacts) -> str:
    images = facts.answers.images
    where = safe_text(images.shared_where).strip()
    if images.shared is Answer.YES:
        text = _("Yes, the images have been shared")
        return f"{text}: {where}" if where else text
    if images.shared is Answer.NO:
        return _("No, not as far as is known")
    if images.shared is Answer.UNKNOWN:
        return _("Not known")
    return ""


def demanded_text(facts: CaseFacts) -> str:
    lines = [payment_line(p) for p in facts.demanded]
    return "; ".join(lines) if lines else _("No amount recorded")


def paid_text(facts: CaseFacts) -> str:
    if not facts.paid:
        if facts.answers.money.paid is Answer.NO:
            return _("No")
        return _("No payment recorded")
    return _("Yes") + ": " + "; ".join(payment_line(p) for p in facts.paid)


def role_text(role: Role) -> str:
    return {
        Role.VICTIM: _("The person this case is about"),
        Role.HELPER: _("A family member or friend helping the person"),
        Role.COUNSELLOR: _("A school counsellor or teacher helping the person"),
    }.get(role, not_given())


def shares_contact(facts: CaseFacts) -> bool:
    """The person's own contact details go in the report only when they chose it."""
    return bool(facts.answers.contact.share_contact)


def helper_text(facts: CaseFacts) -> str:
    """'Jo Example (mother)', or ''."""
    c = facts.answers.contact
    name = one_line(c.helper_name, 120).strip()
    role = one_line(c.helper_role, 80).strip()
    if name and role:
        return f"{name} ({role})"
    return name or role


def prepared_by(facts: CaseFacts) -> str:
    role = role_text(facts.info.role)
    if facts.info.helping:
        name = helper_text(facts)
    else:
        name = one_line(facts.answers.contact.name, 120).strip() if shares_contact(facts) else ""
    return f"{name} - {role}" if name else role


def under_18_text(info: CaseInfo) -> str:
    if info.under_18 is None:
        return _("Age not known: treat as under 18")
    return _("Yes") if info.under_18 else _("No")


def source_text(item: EvidenceItem) -> str:
    """Where the exhibit came from, in words an officer can rely on."""
    return {
        "file": _("A file chosen on this computer"),
        "clipboard": _("Pasted from the clipboard (no original file)"),
        "paste": _("Pasted from the clipboard (no original file)"),
        "screen": _("A screen capture made in the app"),
        "chat_export": _("A chat export"),
    }.get(item.source, one_line(item.source, 40))


def is_file(item: EvidenceItem) -> bool:
    return item.source in ("file", "chat_export", "")


def risk_flags(facts: CaseFacts) -> list[str]:
    """The risk and safeguarding flags that are set, in words."""
    words = {
        "plan_to_meet": _("The offender wants to meet"),
        "more_images": _("The offender demands more images"),
        "money_mule": _("Asked to use or open a bank account for the offender"),
        "self_harm": _("Thoughts of self-harm, or threats to harm themself"),
        "harm_others": _("Threats to harm the person or others"),
        "knows_contacts": _("The offender knows the school, employer, family or contacts"),
    }
    risk = facts.answers.risk
    out = [words.get(n, n) for n in risk.flags()]
    detail = one_line(risk.knows_contacts_detail, 400).strip()
    if "knows_contacts" in risk.flags() and detail:
        i = risk.flags().index("knows_contacts")
        out[i] += ": " + detail
    return out


def image_flags(facts: CaseFacts) -> list[tuple[str, str]]:
    images = facts.answers.images
    rows = [
        (_("Person can be identified in the images"), answer_text(images.identifiable)),
        (_("Images shared or posted by the offender"), images_shared_text(facts)),
        (_("Images may be fake or AI-made"), answer_text(images.maybe_fake)),
    ]
    return [(k, v) for k, v in rows if v]


def reference_kind_name(kind: str) -> str:
    return {
        "police_receipt": _("Police online report"),
        "crime_reference": _("Crime reference number"),
        "ceop": _("CEOP report"),
        "report_remove": _("Report Remove (Childline and IWF)"),
        "take_it_down": _("Take It Down (NCMEC)"),
        "stopncii": _("StopNCII case"),
        "platform": _("Report to the app or website"),
        "bank": _("Report to the bank"),
        "report_fraud": _("Report Fraud"),
        "other": _("Other report"),
    }.get(kind, one_line(kind, 60))


def identifier_lines(ident: OffenderIdentifier) -> list[tuple[str, str]]:
    """Each identifier of one offender account on its own labelled line."""
    platform = platform_name(ident.platform)
    fields = [
        (_("Username"), ident.username),
        (_("Display name"), ident.display_name),
        (_("Numeric ID"), ident.numeric_id),
        (_("Profile link"), ident.profile_url),
        (_("Phone"), ident.phone),
        (_("Email"), ident.email),
    ]
    return [
        (f"{platform} - {label}" if platform else label, value)
        for label, value in fields
        if value and value.strip()
    ]


def key_dates(facts: CaseFacts) -> list[tuple[str, str]]:
    """The dates an officer asks first, in time order where known."""
    rows: list[tuple[str, str, str]] = []
    story = facts.answers.story
    if when_given(story.first_contact_at):
        rows.append(
            (story.first_contact_at, _("First contact"), format_when(story.first_contact_at))
        )
    if facts.demanded:
        first = next((p for p in facts.demanded if when_given(p.when)), None)
        if first is not None:
            rows.append((first.when, _("First demand for money"), format_when(first.when)))
    for p in facts.paid:
        if when_given(p.when):
            rows.append((p.when, _("Money paid"), f"{format_when(p.when)}: {money(p)}"))
    happened = [i.happened_at for i in facts.items if W.parse(i.happened_at).is_known]
    if happened:
        happened.sort(key=sort_key)
        rows.append((happened[0], _("Earliest screenshot"), format_when(happened[0])))
        if len(happened) > 1:
            rows.append((happened[-1], _("Latest screenshot"), format_when(happened[-1])))
    for r in facts.references:
        if when_given(r.when):
            rows.append((r.when, reference_kind_name(r.kind), format_when(r.when)))
    rows.sort(key=lambda r: sort_key(r[0]))
    out = [(label, text) for _raw, label, text in rows]
    out.append((_("Case started"), format_when(facts.info.created_utc)))
    return out
