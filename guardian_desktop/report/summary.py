"""A plain-text summary to paste into the police online form's free-text box.

Short (under 4,000 characters, the usual box limit), factual, and it says the PDF report
is attached, so the officer knows where the evidence is.
"""

from __future__ import annotations

from ..core.textsafe import one_line
from ..core.vault import CaseVault
from . import facts as F
from .i18n import _, use_language

MAX_CHARS = 4000


def _short(text: str, limit: int) -> str:
    text = one_line(text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def plain_text_summary(
    vault: CaseVault, *, max_chars: int = MAX_CHARS, language: str = "en"
) -> str:
    """The summary in the report's language (the one the police of the region read)."""
    with use_language(language):
        return _summary(vault, max_chars)


def _summary(vault: CaseVault, max_chars: int) -> str:
    facts = F.gather(vault)
    lines: list[str] = []
    if facts.info.practice:
        lines.append(_("PRACTICE - NOT A REAL CASE"))
    lines.append(
        _("What happened: {text}").format(
            text=_short(facts.detail_or_not_given("details.summary"), 1400)
        )
    )
    lines.append(
        _("First contact: {text}").format(
            text=_short(facts.detail_or_not_given("details.first_contact"), 200)
        )
    )
    lines.append(
        _("Demand: {text}").format(text=_short(facts.detail_or_not_given("details.demand"), 300))
    )
    lines.append(_("Amounts demanded: {text}").format(text=_short(F.demanded_text(facts), 300)))
    lines.append(_("Paid: {text}").format(text=_short(F.paid_text(facts), 300)))
    lines.append(_("Images shared: {text}").format(text=_short(F.images_shared_text(facts), 200)))
    if facts.info.under_18 is not None:
        lines.append(_("Person under 18: {text}").format(text=F.under_18_text(facts.info)))
    platforms = ", ".join(facts.platforms)
    if platforms:
        lines.append(_("Platforms: {text}").format(text=_short(platforms, 200)))
    if facts.identifiers:
        lines.append(_("Offender accounts:"))
        for ident in facts.identifiers[:8]:
            bits = [
                F.platform_name(ident.platform),
                ident.username,
                (_("display name") + " " + ident.display_name) if ident.display_name else "",
                (_("ID") + " " + ident.numeric_id) if ident.numeric_id else "",
                ident.profile_url,
                ident.phone,
                ident.email,
            ]
            lines.append("- " + _short(", ".join(one_line(b) for b in bits if b.strip()), 300))
        if len(facts.identifiers) > 8:
            lines.append(_("- and {n} more in the report").format(n=len(facts.identifiers) - 8))
    n = len(facts.items)
    evidence = _(
        "Evidence: {n} screenshot(s) ({range}), each with the SHA-256 of the original file, "
        "are in the attached PDF report, with the offender details, payments and timeline."
    ).format(n=n, range=facts.exhibit_range or _("none"))
    if facts.info.police_reference:
        evidence += " " + _("Police reference: {ref}.").format(
            ref=_short(facts.info.police_reference, 80)
        )
    lines.append(evidence)
    text = "\n".join(lines)
    if len(text) > max_chars:
        # Keep the last line (where the evidence is) and shorten what comes before it.
        head = text[: max_chars - len(evidence) - 3].rstrip()
        text = head + "\u2026\n" + evidence
    return text[:max_chars]
