"""Copy-ready text for the forms people report on: the police online form (a free-text box),
Report Fraud and CEOP, shaped field by field as those forms ask.

Short (under 4,000 characters, the usual box limit), factual, and it says the PDF report and
the evidence bundle are attached, with the bundle's SHA-256 where one was saved, so the
officer knows where the evidence is and can check it. The case label is never printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.textsafe import one_line
from ..core.vault import CaseVault
from . import demands as D
from . import facts as F
from .i18n import _, ngettext, use_language
from .transcript import with_key_messages

MAX_CHARS = 4000
FORMS = ("police", "report_fraud", "ceop")


@dataclass
class FormField:
    """One field of a form, with the text to paste into it."""

    label: str
    text: str


def _short(text: str, limit: int) -> str:
    text = one_line(text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def plain_text_summary(
    vault: CaseVault,
    *,
    max_chars: int = MAX_CHARS,
    language: str = "en",
    bundle_sha256: str = "",
) -> str:
    """The summary for the police form's free-text box, in the report's language."""
    with use_language(language):
        facts = F.gather(vault)
        text = _summary(facts, max_chars, bundle_sha256)
        return with_key_messages(text, vault, max_chars)


def form_fields(
    vault: CaseVault, form: str = "police", *, language: str = "en", bundle_sha256: str = ""
) -> list[FormField]:
    """The copy-ready text for each field of one form: police, report_fraud or ceop."""
    if form not in FORMS:
        raise ValueError(f"form must be one of {FORMS}")
    with use_language(language):
        facts = F.gather(vault)
        return _fields(facts, form, bundle_sha256)


def _accounts(facts: F.CaseFacts) -> list[str]:
    lines = []
    for ident in facts.identifiers:
        bits = [f"{label}: {F.show_invisible(value)}" for label, value in F.identifier_lines(ident)]
        if bits:
            lines.append("; ".join(bits))
    return lines


def _payees(facts: F.CaseFacts) -> list[str]:
    lines = []
    for p in facts.payments:
        payee = F.payee_lines(p)
        kind = _("Paid") if p.kind == "paid" else _("Demanded")
        text = f"{kind}: {F.payment_line(p)}"
        if payee:
            text += " - " + "; ".join(f"{k}: {v}" for k, v in payee)
        lines.append(text)
    return lines


def _evidence_line(facts: F.CaseFacts, bundle_sha256: str) -> str:
    n = len(facts.items)
    evidence = _(
        "Evidence: {n} screenshot(s) ({range}), each with the SHA-256 of the original file, "
        "are in the attached PDF report, with the offender details, payments and timeline."
    ).format(n=n, range=facts.exhibit_range or _("none"))
    if facts.chats:
        evidence += " " + _(
            "Chat transcripts, each a whole exported conversation with the SHA-256 of the "
            "export file: {list}."
        ).format(list=", ".join(
            ngettext("{gd} ({n} message)", "{gd} ({n} messages)", n).format(gd=gd, n=n)
            for gd, n in facts.chats
        ))  # fmt: skip
    if bundle_sha256:
        evidence += " " + _(
            "The original files are in an evidence bundle (ZIP) whose SHA-256 is {sha}."
        ).format(sha=bundle_sha256)
    if facts.info.police_reference:
        evidence += " " + _("Police reference: {ref}.").format(
            ref=_short(facts.info.police_reference, 80)
        )
    return evidence


def _summary(facts: F.CaseFacts, max_chars: int, bundle_sha256: str) -> str:
    story = facts.answers.story
    lines: list[str] = []
    if facts.info.practice:
        lines.append(_("PRACTICE - NOT A REAL CASE"))
    if facts.title:
        lines.append(facts.title)
    lines.append(
        _("What happened: {text}").format(text=_short(story.summary or F.not_given(), 1400))
    )
    if story.first_contact.strip() or F.when_given(story.first_contact_at):
        first = ", ".join(
            x
            for x in (
                story.first_contact.strip(),
                F.format_when(story.first_contact_at)
                if F.when_given(story.first_contact_at)
                else "",
            )
            if x
        )
        lines.append(_("First contact: {text}").format(text=_short(first, 200)))
    if story.demand.strip():
        lines.append(_("Demand: {text}").format(text=_short(story.demand, 300)))
    if facts.demanded:
        # Demands are listed, never added up (a demand lowered later is not a second one).
        listed = "; ".join(D.demand_lines(facts.demanded))
        lines.append(_("Demands (each one, not added up): {text}").format(text=_short(listed, 300)))
        lines.append(
            _("Largest single demand: {text}").format(text=D.largest_demand(facts.demanded))
        )
    lines.append(_("Paid: {text}").format(text=_short(F.paid_text(facts), 300)))
    shared = F.images_shared_text(facts)
    if shared:
        lines.append(_("Images shared: {text}").format(text=_short(shared, 200)))
    lines.append(_("Person under 18: {text}").format(text=F.under_18_text(facts.info)))
    flags = F.risk_flags(facts)
    if flags:
        lines.append(_("Risks: {text}").format(text=_short("; ".join(flags), 400)))
    platforms = ", ".join(facts.platforms)
    if platforms:
        lines.append(_("Platforms: {text}").format(text=_short(platforms, 200)))
    accounts = _accounts(facts)
    if accounts:
        lines.append(_("Offender accounts:"))
        for line in accounts[:8]:
            lines.append("- " + _short(line, 300))
        if len(accounts) > 8:
            lines.append(_("- and {n} more in the report").format(n=len(accounts) - 8))
    contact = _contact(facts)
    if contact:
        lines.append(_("Contact: {text}").format(text=_short(contact, 300)))
    evidence = _evidence_line(facts, bundle_sha256)
    lines.append(evidence)
    text = "\n".join(lines)
    if len(text) > max_chars:
        # Keep the last line (where the evidence is) and shorten what comes before it.
        head = text[: max_chars - len(evidence) - 3].rstrip()
        text = head + "\u2026\n" + evidence
    return text[:max_chars]


def _contact(facts: F.CaseFacts) -> str:
    c = facts.answers.contact
    parts = []
    helper = F.helper_text(facts)
    if helper:
        parts.append(helper + (f", {c.helper_contact.strip()}" if c.helper_contact.strip() else ""))
    elif c.helper_contact.strip():
        parts.append(c.helper_contact.strip())
    if F.shares_contact(facts):
        own = ", ".join(x.strip() for x in (c.name, c.phone, c.email) if x.strip())
        if own:
            parts.append(own)
    return "; ".join(parts)


def _fields(facts: F.CaseFacts, form: str, bundle_sha256: str) -> list[FormField]:
    story = facts.answers.story
    what = story.summary.strip() or F.not_given()
    fields = [FormField(_("What happened"), _short(what, 2000))]
    if story.first_contact.strip() or F.when_given(story.first_contact_at):
        when = F.format_when(story.first_contact_at) if F.when_given(story.first_contact_at) else ""
        fields.append(
            FormField(
                _("When and where it started"),
                ", ".join(x for x in (when, story.first_contact.strip()) if x),
            )
        )
    platforms = ", ".join(facts.platforms)
    if platforms:
        fields.append(FormField(_("Website or app"), platforms))
    accounts = _accounts(facts)
    if accounts:
        fields.append(
            FormField(_("Suspect's details (usernames, links, numbers)"), "\n".join(accounts))
        )
    if story.claimed_location.strip():
        fields.append(
            FormField(_("Where the suspect said they were"), story.claimed_location.strip())
        )
    if form in ("police", "report_fraud") and facts.payments:
        money = []
        if facts.demanded:
            # Each demand with its date and the largest one; demands are never added up.
            money.append(_("Demands (each one, not added up):"))
            money += ["- " + line for line in D.demand_lines(facts.demanded)]
            money.append(
                _("Largest single demand: {text}").format(text=D.largest_demand(facts.demanded))
            )
        money.append(
            _("Paid (sum of all payments made): {text}").format(text=F.totals(facts.paid))
            if facts.paid
            else _("Paid: {text}").format(text=_("nothing"))
        )
        fields.append(FormField(_("Money demanded and paid"), "\n".join(money)))
        payees = _payees(facts)
        if payees:
            fields.append(FormField(_("Payment details (to whom, how, when)"), "\n".join(payees)))
    if form == "ceop" or facts.info.treat_as_under_18:
        fields.append(FormField(_("Age of the young person"), F.under_18_text(facts.info)))
    flags = F.risk_flags(facts)
    if flags:
        fields.append(FormField(_("Risks"), "\n".join(flags)))
    shared = F.images_shared_text(facts)
    if shared:
        fields.append(FormField(_("Have images been shared?"), shared))
    contact = _contact(facts)
    if contact:
        fields.append(FormField(_("Contact details"), contact))
    refs = [
        f"{F.reference_kind_name(r.kind)}: {r.number}" for r in facts.references if r.number.strip()
    ]
    if facts.info.police_reference.strip():
        refs.insert(
            0, _("Police reference: {ref}.").format(ref=facts.info.police_reference.strip())
        )
    if refs:
        fields.append(FormField(_("Other reports made"), "\n".join(refs)))
    fields.append(FormField(_("Evidence"), _evidence_line(facts, bundle_sha256)))
    return fields
