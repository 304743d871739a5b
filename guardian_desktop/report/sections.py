"""The report's sections as platypus flowables, in the order an officer reads them."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from ..core.models import EvidenceItem, Role
from ..core.textsafe import one_line, safe_markup
from . import facts as F
from .facts import CaseFacts
from .i18n import _, ngettext
from .pdfkit import (
    Contents,
    Heading,
    JpegSource,
    MissingPicture,
    PictureSlice,
    Styles,
    markup,
    para,
    practice_mark,
    table,
)

CAPTION_DESCRIPTION_LIMIT = 400  # the full text is in the exhibit index
COVER_LIMIT = 300  # the cover is read in seconds
KEY_FACT_LIMIT = 1500
PORTRAIT_WIDTH = 300.0  # a phone screenshot this wide keeps chat text at about 10 pt
SEGMENT_OVERLAP = 18.0  # parts of a tall picture repeat a strip so no line is lost


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


def section_titles() -> dict[str, str]:
    """The numbered section titles, in the report's language."""
    return {
        "summary": _("1. Summary and key facts"),
        "offender": _("2. Offender details"),
        "payments": _("3. Payments"),
        "timeline": _("4. Timeline"),
        "index": _("5. Exhibit index"),
        "exhibits": _("6. Exhibits"),
        "integrity": _("7. Integrity and chain of custody"),
    }


def _title(key: str) -> str:
    return section_titles()[key]


def _exhibit_span(items: list[EvidenceItem]) -> str:
    if not items:
        return _("none")
    first, last = items[0].exhibit, items[-1].exhibit
    return first if first == last else f"{first} - {last}"


def section_keys(part: Part) -> list[str]:
    keys = ["summary", "offender", "payments", "timeline"] if part.is_first else []
    keys += ["index", "exhibits", "integrity"]
    return keys


# --- cover ----------------------------------------------------------------------------------


def cover(facts: CaseFacts, part: Part, lay: Layout, *, include_contact: bool) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = []
    if facts.info.practice:
        out.append(markup(practice_mark(), s.notice))
    out.append(markup(_("Evidence report: online blackmail (sextortion)"), s.title))
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
        (_("Case"), info.label or F.not_given()),
        (
            _("Prepared"),
            F.format_datetime(facts.prepared_at, zone_name=F.zone_name(facts.prepared_at)),
        ),
        (_("Prepared by"), F.prepared_by(facts, include_contact=include_contact)),
        (_("Police reference"), info.police_reference or _("Not given yet")),
    ]
    if include_contact:
        contact = _contact_lines(facts)
        if contact:
            rows.append((_("Contact"), contact))
    rows.append((_("Person under 18"), F.under_18_text(info)))
    count = len(facts.items)
    rows.append(
        (
            _("Exhibits"),
            ngettext("{n} picture", "{n} pictures", count).format(n=count)
            + (f" ({facts.exhibit_range})" if count else ""),
        )
    )
    if part.many:
        rows.append(
            (
                _("This file"),
                _("Part {k} of {n}: exhibits {span}").format(
                    k=part.number, n=part.count, span=_exhibit_span(part.items)
                ),
            )
        )
    out.append(kv_table(rows, lay, label_width=120, limit=COVER_LIMIT))
    out.append(Spacer(1, 12))
    out.append(markup(_("How to read this document"), s.h2))
    for text in how_to_read(part):
        out.append(Paragraph(text, s.bullet, bulletText="\u2022"))
    out.append(Spacer(1, 8))
    out.append(markup(_("Contents"), s.h2))
    out.append(Contents([(k, _title(k)) for k in section_keys(part)]))
    return out


def how_to_read(part: Part) -> list[str]:
    lines = [
        _(
            "Read section 1 first: it says in plain words what happened, and gives the key "
            "facts in a table."
        ),
        _(
            "Each picture is an <b>exhibit</b> with a number (GD-001, GD-002 ...). The "
            "exhibit index (section 5) lists every exhibit with the <b>SHA-256</b> "
            "fingerprint of the original file as it was received."
        ),
        _(
            "The original files are kept unchanged in an encrypted case file and can be "
            "handed over. Section 7 says how to check that a file matches its fingerprint."
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
                "4. Every part holds the full exhibit index."
            ).format(n=part.count)
        )
    return lines


def _contact_lines(facts: CaseFacts) -> str:
    keys: tuple[str, ...] = ("details.helper_contact",)
    if facts.info.role is Role.VICTIM:
        keys = ("details.contact_phone", "details.contact_email")
    return "\n".join(facts.detail(k) for k in keys if facts.detail(k))


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
    s = lay.styles
    data: list[list[Flowable]] = [
        [para(label, s.cell_bold), para(clip(value, limit), s.cell)] for label, value in rows
    ]
    return table(data, [label_width, lay.frame_width - label_width], label_column=True)


# --- case sections ----------------------------------------------------------------------------


def summary(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = [PageBreak(), Heading(_title("summary"), s.h1, "summary")]
    out.append(markup(_("What happened, in the words of the person or their helper"), s.h2))
    out.append(para(facts.detail_or_not_given("details.summary"), s.body))
    out.append(markup(_("Key facts"), s.h2))
    accounts = [
        ", ".join(
            x
            for x in (
                F.platform_name(i.platform),
                one_line(i.username, 80),
                one_line(i.display_name, 80),
            )
            if x
        )
        for i in facts.identifiers
    ]
    rows = [
        (_("Platforms"), ", ".join(facts.platforms) or F.not_given()),
        (_("First contact"), facts.detail_or_not_given("details.first_contact")),
        (_("What was demanded"), facts.detail_or_not_given("details.demand")),
        (_("Amounts demanded"), F.demanded_text(facts)),
        (_("Paid"), F.paid_text(facts)),
        (_("Images shared by the offender"), F.images_shared_text(facts)),
        (_("Person under 18"), F.under_18_text(facts.info)),
        (_("Offender accounts"), "\n".join(accounts) or F.not_given()),
        (
            _("Exhibits"),
            ngettext("{n} picture", "{n} pictures", len(facts.items)).format(n=len(facts.items))
            + (f" ({facts.exhibit_range})" if facts.items else ""),
        ),
    ]
    out.append(kv_table(rows, lay, limit=KEY_FACT_LIMIT))
    return out


def offender(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = [CondPageBreak(200), Heading(_title("offender"), s.h1, "offender")]
    out.append(
        markup(
            _(
                "Usernames and display names can change; numeric account IDs do not. Each "
                "detail is as the person recorded it."
            ),
            s.body,
        )
    )
    if not facts.identifiers:
        out.append(markup(_("No offender details were recorded."), s.body))
    for n, ident in enumerate(facts.identifiers, start=1):
        fields = [
            (_("Platform"), F.platform_name(ident.platform) or F.not_given()),
            (_("Username"), ident.username or F.not_given()),
            (_("Display name"), ident.display_name),
            (_("Profile link"), ident.profile_url),
            (_("Numeric ID"), ident.numeric_id),
            (_("Phone"), ident.phone),
            (_("Email"), ident.email),
            (_("When seen"), F.format_when(ident.seen_at) if ident.seen_at.strip() else ""),
            (_("Notes"), ident.notes),
        ]
        rows = [(k, v) for k, v in fields if v and v.strip()]
        heading = markup(_("Account {n}").format(n=n), s.h2)
        out.append(KeepTogether([heading, kv_table(rows, lay, label_width=110)]))
    return out


def payments(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = [CondPageBreak(160), Heading(_title("payments"), s.h1, "payments")]
    if not facts.payments:
        out.append(markup(_("No payments, demanded or made, were recorded."), s.body))
        return out
    paid = facts.paid
    out.append(
        para(
            (_("Paid: ") + "; ".join(F.payment_line(p) for p in paid))
            if paid
            else _("Nothing was paid, as far as recorded."),
            s.body,
        )
    )
    head = [
        markup(h, s.cell_bold)
        for h in (
            _("Demanded or paid"),
            _("Amount"),
            _("Method"),
            _("Account, wallet or card"),
            _("When"),
        )
    ]
    rows: list[list[Flowable]] = [head]
    for p in facts.payments:
        details = p.details + (("\n" + _("Notes: ") + p.notes) if p.notes.strip() else "")
        rows.append(
            [
                para(_("Paid") if p.kind == "paid" else _("Demanded"), s.cell_bold),
                para(F.money(p), s.cell),
                para(p.method or F.not_given(), s.cell),
                para(details or F.not_given(), s.cell),
                para(F.format_when(p.when), s.cell),
            ]
        )
    w = lay.frame_width
    out.append(table(rows, [66, 70, 80, w - 66 - 70 - 80 - 110, 110], header=True))
    return out


def timeline(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = [CondPageBreak(160), Heading(_title("timeline"), s.h1, "timeline")]
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
                para(e.description or F.not_given(), s.cell),
            ]
        )
    w = lay.frame_width
    out.append(table(rows, [130, 80, w - 210], header=True))
    return out


# --- exhibits ----------------------------------------------------------------------------------


def _file_line(item: EvidenceItem) -> str:
    kb = max(1, round(item.size / 1024))
    return (
        f"{one_line(item.original_name, 200)} ({item.format}, {item.width} x {item.height} px, "
        f"{kb:,} KB)"
    )


def exhibit_index(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = [PageBreak(), Heading(_title("index"), s.h1, "index")]
    out.append(
        markup(
            _(
                "SHA-256 is the fingerprint of the original file, taken when it was added to "
                "the case. All times are as recorded; import times are in UTC."
            ),
            s.body,
        )
    )
    if not facts.items:
        out.append(markup(_("No pictures were added to this case."), s.body))
    w = lay.frame_width
    for item in facts.items:
        fields = [
            (_("Description"), item.description or F.not_given()),
            (_("Platform"), F.platform_name(item.platform) or F.not_given()),
            (_("When it happened"), F.format_when(item.happened_at)),
            (_("Original file"), _file_line(item)),
            (_("Added to case"), F.format_when(item.imported_utc)),
        ]
        rows: list[list[Flowable]] = [
            [
                markup(item.exhibit, s.cell_bold) if i == 0 else markup("", s.cell),
                markup(safe_markup(k), s.small_bold),
                para(v, s.cell),
            ]
            for i, (k, v) in enumerate(fields)
        ]
        rows.append(
            [
                markup("", s.cell),
                markup(_("SHA-256 original"), s.small_bold),
                para(item.sha256, s.hash),
            ]
        )
        if item.redacted_sha256:
            rows.append(
                [
                    markup("", s.cell),
                    markup(_("SHA-256 redacted copy"), s.small_bold),
                    para(item.redacted_sha256, s.hash),
                ]
            )
        t = table(rows, [52, 96, w - 148])
        t.setStyle([("BACKGROUND", (0, 0), (0, -1), (0.9, 0.9, 0.9))])
        out.append(KeepTogether([t, Spacer(1, 6)]))
    return out


def _caption(
    item: EvidenceItem, lay: Layout, piece: int, pieces: int, shown_redacted: bool
) -> list[Flowable]:
    s = lay.styles
    title = _("Exhibit {exhibit}").format(exhibit=item.exhibit)
    if pieces > 1:
        title += " - " + _("part {k} of {n}").format(k=piece, n=pieces)
    out: list[Flowable] = [Heading(title, s.caption_title, f"ex-{item.id}-{piece}", level=1)]
    if item.description.strip():
        out.append(para(item.description, s.body, limit=CAPTION_DESCRIPTION_LIMIT))
    facts_line = " \u00b7 ".join(
        [
            _("Platform: {p}").format(p=F.platform_name(item.platform) or F.not_given()),
            _("When: {w}").format(w=F.format_when(item.happened_at)),
        ]
    )
    out.append(para(facts_line, s.small))
    out.append(para(_("Original file: {f}").format(f=_file_line(item)), s.small))
    out.append(para(_("SHA-256 of original: {h}").format(h=item.sha256), s.small))
    if shown_redacted and item.redacted_sha256:
        out.append(
            para(
                _("Shown: the redacted copy (areas covered in black). Its SHA-256: {h}").format(
                    h=item.redacted_sha256
                ),
                s.small,
            )
        )
    out.append(Spacer(1, 6))
    return out


def _height(flowables: list[Flowable], width: float, height: float) -> float:
    total = 0.0
    for f in flowables:
        _w, h = f.wrap(width, height)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def exhibits(
    facts: CaseFacts,
    part: Part,
    lay: Layout,
    load: Callable[[EvidenceItem], tuple[JpegSource | None, bool]],
) -> list[Flowable]:
    """One page per exhibit; a very tall capture is shown in segments of one page each."""
    s = lay.styles
    intro: list[Flowable] = [Heading(_title("exhibits"), s.h1, "exhibits")]
    intro.append(
        markup(
            _(
                "One exhibit per page, in number order. Pictures are smaller copies of the "
                "originals, made for printing; where personal details were covered, the "
                "covered copy is shown."
            ),
            s.body,
        )
    )
    if part.many:
        intro.append(
            markup(
                _("This part holds exhibits {span}.").format(span=_exhibit_span(part.items)),
                s.body,
            )
        )
    intro.append(Spacer(1, 8))
    out: list[Flowable] = [PageBreak(), *intro]
    # The first exhibit shares its page with the section heading.
    used = _height(intro, lay.frame_width, lay.frame_height)
    for item in part.items:
        src, redacted = load(item)
        if src is None:
            if not used:
                out.append(PageBreak())
            used = 0.0
            out.extend(_caption(item, lay, 1, 1, redacted))
            out.append(
                MissingPicture(
                    lay.frame_width,
                    _(
                        "This picture could not be shown in the report. The original file is "
                        "kept in the case; its SHA-256 is above."
                    ),
                    s.body,
                )
            )
            continue
        # Caption heights do not depend on the part number, so measure with the longest.
        caption_h = _height(
            _caption(item, lay, 88, 88, redacted), lay.frame_width, lay.frame_height
        )
        room = lay.frame_height - caption_h - used - 4
        segments = _segments(src, lay.frame_width, room)
        for k, (width, full_h, top, h) in enumerate(segments, 1):
            if not used:
                out.append(PageBreak())
            used = 0.0
            out.extend(_caption(item, lay, k, len(segments), redacted))
            out.append(PictureSlice(src, width, full_h, top, h))
    return out


def _segments(
    src: JpegSource, frame_w: float, room: float
) -> list[tuple[float, float, float, float]]:
    """(width, full height, top offset, height) of each page-sized piece of a picture."""
    px_w, px_h = src.width_px, src.height_px
    ratio = px_h / px_w
    want = frame_w if px_w > px_h else min(frame_w, PORTRAIT_WIDTH)
    want = min(want, float(px_w))  # never blow up a small picture beyond 72 dpi
    full = want * ratio
    if full <= room:
        return [(want, full, 0.0, full)]
    fitted_w = room / ratio
    if fitted_w >= 0.75 * want:
        return [(fitted_w, room, 0.0, room)]
    step = room - SEGMENT_OVERLAP
    count = max(1, math.ceil((full - SEGMENT_OVERLAP) / step))
    pieces = []
    for i in range(count):
        top = i * step
        pieces.append((want, full, top, min(room, full - top)))
    return pieces


# --- integrity -------------------------------------------------------------------------------


def integrity(
    facts: CaseFacts,
    lay: Layout,
    *,
    statement_name: str,
    statement_date: str,
) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = [PageBreak(), Heading(_title("integrity"), s.h1, "integrity")]
    out.append(markup(_("How the fingerprints were made"), s.h2))
    out.append(
        markup(
            _(
                "When each picture was added to the case, the app computed the SHA-256 hash "
                "(a fingerprint) of the file's bytes exactly as received, before anything "
                "else was done with it. The file was then stored byte for byte in the "
                "encrypted case. Changing even one byte of a file changes its fingerprint "
                "completely. The pictures printed here are smaller copies, so their own "
                "fingerprints differ: the fingerprint identifies the original file."
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
        ("macOS", "shasum -a 256 GD-001-original.png"),
        ("Linux", "sha256sum GD-001-original.png"),
    ):
        out.append(
            Paragraph(f"<b>{system}:</b> {safe_markup(command)}", s.bullet, bulletText="\u2022")
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


MAX_AUDIT_ROWS = 250


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
                "entry before it, so a changed or removed entry shows. Making this report is "
                "logged after it is made. Chain check: {chain}."
            ).format(chain=safe_markup(chain)),
            s.body,
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
    groups = F.audit_groups(facts.audit)
    rows: list[list[Flowable]] = [
        [markup(h, s.cell_bold) for h in (_("When (UTC)"), _("What"), _("Details"))]
    ]
    shown = groups[:MAX_AUDIT_ROWS]
    for g in shown:
        when = F.format_when(g.first_at)
        last = F.format_when(g.last_at)
        if last != when:
            when = _("{first} to {last}").format(first=when, last=last)
        detail = g.detail if g.count == 1 else _("{n} entries").format(n=g.count)
        rows.append(
            [para(when, s.cell), para(F.action_name(g.action), s.cell), para(detail, s.small)]
        )
    w = lay.frame_width
    out.append(table(rows, [130, 120, w - 250], header=True))
    if len(groups) > len(shown):
        out.append(
            markup(
                _("{n} more lines are not shown; the full log is kept in the case.").format(
                    n=len(groups) - len(shown)
                ),
                s.small,
            )
        )
    return out
