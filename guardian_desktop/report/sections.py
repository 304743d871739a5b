"""The report's sections as platypus flowables, in the order an officer reads them."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from ..core.models import EvidenceItem
from ..core.textsafe import safe_markup
from . import demands as D
from . import facts as F
from .facts import CaseFacts
from .i18n import _, ngettext
from .pdfkit import (
    Contents,
    Heading,
    Styles,
    identifier,
    markup,
    para,
    paragraph,
    practice_mark,
    table,
)

COVER_LIMIT = 300  # the cover is read in seconds
KEY_FACT_LIMIT = 1500


@dataclass
class Part:
    number: int  # 1-based
    count: int
    items: list[EvidenceItem]

    @property
    def is_first(self) -> bool:
        return self.number == 1

    @property
    def many(self) -> bool:
        return self.count > 1


@dataclass
class Layout:
    frame_width: float
    frame_height: float
    styles: Styles
    wide_width: float = 0.0  # the frame of a landscape page
    wide_height: float = 0.0


def section_titles() -> dict[str, str]:
    """The numbered section titles, in the report's language."""
    return {
        "officer": _("1. For the officer: read this first"),
        "summary": _("2. What happened"),
        "offender": _("3. Offender details"),
        "payments": _("4. Money"),
        "timeline": _("5. Timeline"),
        "index": _("6. Exhibit index"),
        "exhibits": _("7. Exhibits"),
        "integrity": _("8. Integrity and chain of custody"),
    }


def title(key: str) -> str:
    return section_titles()[key]


def exhibit_span(items: list[EvidenceItem]) -> str:
    if not items:
        return _("none")
    first, last = items[0].exhibit, items[-1].exhibit
    return first if first == last else f"{first} - {last}"


def section_keys(part: Part) -> list[str]:
    keys = ["officer", "summary", "offender", "payments", "timeline"] if part.is_first else []
    keys += ["index", "exhibits", "integrity"]
    return keys


# --- cover ----------------------------------------------------------------------------------


def cover(facts: CaseFacts, part: Part, lay: Layout) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = []
    if facts.info.practice:
        out.append(markup(practice_mark(), s.notice))
    out.append(markup(_("Evidence report: online blackmail (sextortion)"), s.title))
    if facts.title:
        out.append(para(facts.title, s.h2))
    out.append(
        markup(
            _(
                "Prepared for the police with Guardian Desktop, an offline app that keeps "
                "evidence in an encrypted case file."
            ),
            s.subtitle,
        )
    )
    info = facts.info
    rows: list[tuple[str, str]] = [
        (
            _("Prepared"),
            F.format_datetime(facts.prepared_at, zone_name=F.zone_name(facts.prepared_at)),
        ),
        (_("Prepared by"), F.prepared_by(facts)),
        (_("Police reference"), info.police_reference or _("Not given yet")),
        (_("Person under 18"), F.under_18_text(info)),
    ]
    count = len(facts.items)
    exhibits = ngettext("{n} picture", "{n} pictures", count).format(n=count)
    if count:
        exhibits += f" ({facts.exhibit_range})"
    if count < facts.all_items:
        exhibits += " - " + _("chosen from {n} in the case").format(n=facts.all_items)
    rows.append((_("Exhibits"), exhibits))
    if part.many:
        rows.append(
            (
                _("This file"),
                _("Part {k} of {n}: exhibits {span}").format(
                    k=part.number, n=part.count, span=exhibit_span(part.items)
                ),
            )
        )
    out.append(kv_table(rows, lay, label_width=120, limit=COVER_LIMIT))
    out.append(Spacer(1, 12))
    out.append(markup(_("How to read this document"), s.h2))
    for text in how_to_read(part):
        out.append(paragraph(text, s.bullet, bulletText="\u2022"))
    out.append(Spacer(1, 8))
    out.append(markup(_("Contents"), s.h2))
    out.append(Contents([(k, title(k)) for k in section_keys(part)]))
    return out


def how_to_read(part: Part) -> list[str]:
    lines = [
        _(
            "Read section 1 first: one page with who to contact, the risks, the offender's "
            "identifiers, the money and the key dates."
        ),
        _(
            "Each picture is an <b>exhibit</b> with a number (GD-001, GD-002 ...) and, where "
            "initials were given, a reference such as SE/1. The exhibit index (section 6) "
            "lists every exhibit with the <b>SHA-256</b> fingerprint of the file as it was "
            "added to the case, and the page it is on."
        ),
        _(
            "The original files are kept unchanged in an encrypted case file and can be "
            "handed over. Section 8 says how to check that a file matches its fingerprint."
        ),
        _(
            "Where personal details were covered in black (redacted), this report shows the "
            "covered copy. The original is unchanged; both fingerprints are listed."
        ),
        _(
            'Times show their offset from UTC. "Time zone not recorded" means the person '
            "did not know it."
        ),
        _(
            "This report was made by the person, or by someone helping them, not by a "
            "forensic examiner."
        ),
    ]
    if part.many:
        lines.append(
            _(
                "The report is in {n} files because of its size. Part 1 holds sections 1 to "
                "5. Every part holds the full exhibit index."
            ).format(n=part.count)
        )
    return lines


def clip(text: str, limit: int | None) -> str:
    """Keep a summary table short; say so plainly when text was shortened."""
    if limit is None or len(text) <= limit:
        return text
    return text[:limit].rstrip() + " \u2026 " + _("[shortened here: the full text is in the case]")


def kv_table(
    rows: list[tuple[str, str]],
    lay: Layout,
    *,
    label_width: float = 140,
    limit: int | None = None,
) -> Flowable:
    """Label and value rows; a row with no value is left out."""
    s = lay.styles
    data: list[list[Flowable]] = [
        [para(label, s.cell_bold), para(clip(value, limit), s.cell)]
        for label, value in rows
        if value and value.strip()
    ]
    if not data:
        return Spacer(1, 0)
    return table(data, [label_width, lay.frame_width - label_width], label_column=True)


def ident_table(rows: list[tuple[str, str]], lay: Layout, *, label_width: float = 140) -> Flowable:
    """Label and identifier rows: each identifier on one unbroken line."""
    s = lay.styles
    value_w = lay.frame_width - label_width
    data: list[list[Flowable]] = [
        [para(label, s.cell_bold), identifier(value, s.ident, value_w - 8)]
        for label, value in rows
        if value and value.strip()
    ]
    if not data:
        return Spacer(1, 0)
    return table(data, [label_width, value_w], label_column=True)


# --- case sections ----------------------------------------------------------------------------


def summary(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    s = lay.styles
    story = facts.answers.story
    out: list[Flowable] = [PageBreak(), Heading(title("summary"), s.h1, "summary")]
    out.append(markup(_("What happened, in the words of the person or their helper"), s.h2))
    out.append(para(story.summary.strip() or F.not_given(), s.body))
    out.append(markup(_("Key facts"), s.h2))
    demand = story.demand.strip()
    if facts.demanded and not demand:
        demand = ""  # the amounts below say it; never "Not given" beside an amount
    rows = [
        (_("Platforms"), ", ".join(facts.platforms)),
        (_("First contact"), story.first_contact),
        (_("When first contacted"), F.format_when(story.first_contact_at)
         if F.when_given(story.first_contact_at) else ""),
        (_("What was demanded"), demand),
        (_("Amounts demanded"), F.demanded_text(facts) if facts.demanded else ""),
        (_("Paid"), F.paid_text(facts) if facts.payments or facts.answers.money.paid else ""),
        (_("Images shared by the offender"), F.images_shared_text(facts)),
        (_("Where the offender said they were"), story.claimed_location),
        (_("Person under 18"), F.under_18_text(facts.info)),
    ]  # fmt: skip
    out.append(kv_table(rows, lay, limit=KEY_FACT_LIMIT))
    return out


def offender(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = [CondPageBreak(200), Heading(title("offender"), s.h1, "offender")]
    out.append(
        markup(
            _(
                "Usernames and display names can change; numeric account IDs do not. Each "
                "detail is as the person recorded it. Invisible characters are shown as "
                "\u27e8U+200B\u27e9."
            ),
            s.body,
        )
    )
    if not facts.identifiers:
        out.append(markup(_("No offender details were recorded."), s.body))
    for n, ident in enumerate(facts.identifiers, start=1):
        heading = markup(_("Account {n}").format(n=n), s.h2)
        rows = [(_("Platform"), F.platform_name(ident.platform))]
        rest = [
            (_("When seen"), F.format_when(ident.seen_at) if F.when_given(ident.seen_at) else ""),
            (_("Notes"), ident.notes),
        ]
        idents = [
            (_("Username"), ident.username),
            (_("Display name"), ident.display_name),
            (_("Numeric ID"), ident.numeric_id),
            (_("Profile link"), ident.profile_url),
            (_("Phone"), ident.phone),
            (_("Email"), ident.email),
        ]
        parts: list[Flowable] = [heading, kv_table(rows, lay, label_width=110)]
        parts.append(ident_table(idents, lay, label_width=110))
        parts.append(kv_table(rest, lay, label_width=110, limit=KEY_FACT_LIMIT))
        out.append(KeepTogether(parts))
    return out


def payments(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = [CondPageBreak(160), Heading(title("payments"), s.h1, "payments")]
    if not facts.payments:
        out.append(markup(_("No payments, demanded or made, were recorded."), s.body))
        return out
    totals = [
        # Never a sum of demands: a demand lowered later is not a second demand.
        (_("Largest single demand"), D.largest_demand(facts.demanded) if facts.demanded else ""),
        (_("Paid in total"), F.totals(facts.paid) if facts.paid else _("Nothing recorded")),
    ]
    out.append(kv_table(totals, lay))
    for n, p in enumerate(facts.payments, start=1):
        kind = _("Paid") if p.kind == "paid" else _("Demanded")
        heading = markup(
            safe_markup(_("{kind} {n}: {line}").format(kind=kind, n=n, line=F.payment_line(p))),
            s.h3,
        )
        rows = [(_("Details"), p.details), (_("Notes"), p.notes)] + F.bank_lines(p)
        parts: list[Flowable] = [heading]
        parts.append(ident_table(F.payee_lines(p), lay))
        parts.append(kv_table(rows, lay, limit=KEY_FACT_LIMIT))
        out.append(KeepTogether(parts))
    return out


def timeline(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = [CondPageBreak(160), Heading(title("timeline"), s.h1, "timeline")]
    if not facts.timeline:
        out.append(markup(_("No timeline was recorded."), s.body))
        return out
    out.append(
        markup(_("In time order. Each time shows its offset from UTC where it is known."), s.body)
    )
    rows: list[list[Flowable]] = [
        [markup(h, s.cell_bold) for h in (_("When"), _("Platform"), _("What happened"))]
    ]
    for e in facts.timeline:
        rows.append(
            [
                para(F.format_when(e.when), s.cell),
                para(F.platform_name(e.platform), s.cell),
                para(e.description, s.cell),
            ]
        )
    w = lay.frame_width
    out.append(table(rows, [130, 80, w - 210], header=True))
    return out


# --- integrity -------------------------------------------------------------------------------


def integrity(
    facts: CaseFacts,
    lay: Layout,
    *,
    statement_name: str,
    statement_date: str,
) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = [PageBreak(), Heading(title("integrity"), s.h1, "integrity")]
    out.append(markup(_("How the fingerprints were made"), s.h2))
    out.append(
        markup(
            _(
                "When each picture was added to the case, the app computed the SHA-256 hash "
                "(a fingerprint) of the file's bytes exactly as it was added, before anything "
                "else was done with it. The file was then stored byte for byte in the "
                "encrypted case. Changing even one byte of a file changes its fingerprint "
                "completely. The pictures printed here are smaller copies, so their own "
                "fingerprints differ: the fingerprint identifies the original file. A pasted "
                "picture or a screen capture has no original file: its fingerprint is of the "
                "picture as the app saved it."
            ),
            s.body,
        )
    )
    out.append(markup(_("How to check a file"), s.h2))
    out.append(
        markup(
            _(
                "Run one of these commands on the original file (for example from the "
                "evidence bundle) and compare the result with the exhibit index:"
            ),
            s.body,
        )
    )
    for system, command in (
        ("Windows", "certutil -hashfile GD-001-original.png SHA256"),
        ("Windows PowerShell", "Get-FileHash -Algorithm SHA256 GD-001-original.png"),
        ("macOS", "shasum -a 256 GD-001-original.png"),
        ("Linux", "sha256sum GD-001-original.png"),
    ):
        out.append(
            Paragraph(f"<b>{system}:</b> {safe_markup(command)}", s.bullet, bulletText="\u2022")
        )
    out.append(
        markup(
            _(
                "The evidence bundle also holds SHA256SUMS, a list of every other file in it "
                "with its fingerprint: check them all at once with sha256sum -c SHA256SUMS "
                "(Linux), shasum -a 256 -c SHA256SUMS (macOS) or check-files.ps1 (Windows)."
            ),
            s.body,
        )
    )
    if facts.originals_checked:
        out.append(markup(_("Check made for this report"), s.h2))
        if facts.originals_mismatched:
            text = _(
                "When this report was prepared, every original file was read from the case "
                "and hashed again. These did NOT match their recorded fingerprint: {list}."
            ).format(list=", ".join(facts.originals_mismatched))
        else:
            text = ngettext(
                "When this report was prepared, the original file was read from the case and "
                "hashed again: it matched its recorded fingerprint.",
                "When this report was prepared, all {n} original files were read from the "
                "case and hashed again: every one matched its recorded fingerprint.",
                facts.originals_checked,
            ).format(n=facts.originals_checked)
        out.append(markup(text, s.body))
    out.extend(_gaps(facts, lay))
    out.extend(_audit(facts, lay))
    if statement_name.strip():
        out.append(CondPageBreak(140))
        out.append(markup(_("Statement of truth"), s.h2))
        out.append(markup(_("I believe that the facts stated in this report are true."), s.body))
        out.append(
            kv_table(
                [
                    (_("Name"), statement_name),
                    (_("Date"), statement_date or F.format_date(facts.prepared_at)),
                    (_("Signature"), "\n\n"),
                ],
                lay,
                label_width=90,
            )
        )
    return out


def _gaps(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    """Exhibit numbers are never reused: say why a number is missing."""
    s = lay.styles
    removed = facts.removals
    if not removed:
        return []
    out: list[Flowable] = [markup(_("Exhibit numbers not in this report"), s.h2)]
    out.append(
        markup(
            _(
                "Exhibit numbers are never reused. These exhibits were removed from the case; "
                "the audit log below records each removal."
            ),
            s.body,
        )
    )
    for r in removed:
        text = _("{exhibit} was removed on {when}: {reason}").format(
            exhibit=r.exhibit,
            when=F.format_when(r.at_utc),
            reason=r.reason or _("no reason was given"),
        )
        out.append(paragraph(safe_markup(text), s.bullet, bulletText="\u2022"))
    return out


def _audit(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = [markup(_("Chain of custody: the case's audit log"), s.h2)]
    chain = (
        _("intact: every entry matches the chain")
        if facts.audit_chain_ok
        else _("BROKEN: the log does not match its chain, so it may have been altered")
    )
    out.append(
        markup(
            _(
                "The app logs every change to the case. Each entry holds the SHA-256 of the "
                "entry before it, so a changed or removed entry shows. Every entry is printed, "
                "in order. Making this report is logged after it is made. Chain check: "
                "{chain}."
            ).format(chain=safe_markup(chain)),
            s.body,
        )
    )
    out.append(
        para(
            _("This report was made with Guardian Desktop {version}.").format(
                version=F.APP_VERSION
            ),
            s.small,
        )
    )
    if facts.audit:
        out.append(
            para(
                _("Latest entry ({n} in all), fingerprint: {h}").format(
                    n=len(facts.audit), h=facts.audit[-1].entry_hash
                ),
                s.small,
            )
        )
    rows: list[list[Flowable]] = [
        [markup(h, s.cell_bold) for h in (_("No."), _("When"), _("What"), _("Details"))]
    ]
    for e in facts.audit:
        rows.append(
            [
                para(str(e.seq), s.tiny),
                para(F.format_when(e.at_utc), s.tiny),
                para(F.action_name(e.action), s.tiny),
                para(e.detail, s.tiny),
            ]
        )
    w = lay.frame_width
    out.append(table(rows, [26, 90, 76, w - 192], header=True))
    return out
