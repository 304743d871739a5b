"""The officer's page: the one page after the cover that an investigating officer reads first.

Who is affected and how to reach them (or the helper), risk and safeguarding flags, every
offender identifier on its own copyable line, the money trail (each demand with its date and
the largest single demand, never a sum of demands; the sum of payments made), reference
numbers already made, key dates, and where the exhibits and the bundle are.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from ..core.textsafe import one_line, safe_markup
from . import demands as D
from . import facts as F
from .facts import CaseFacts
from .i18n import _, ngettext
from .pdfkit import GREY_FILL, Heading, PageRef, identifier, markup, para, table
from .sections import Layout

LABEL_WIDTH = 140.0


def _rows(rows: list[tuple[str, object]], lay: Layout, *, ident: bool = False) -> Flowable:
    """Label and value rows; identifier values stay on one line."""
    s = lay.styles
    width = lay.frame_width
    value_w = width - LABEL_WIDTH
    data: list[list[Flowable | list[Flowable]]] = []
    for label, value in rows:
        if isinstance(value, (Flowable, list)):
            cell: Flowable | list[Flowable] = value
        elif ident:
            cell = identifier(str(value), s.ident, value_w - 8)
        else:
            cell = para(value, s.small)
        data.append([para(label, s.small_bold), cell])
    return _compact(table(data, [LABEL_WIDTH, value_w], label_column=True))


def _compact(t: Table) -> Table:
    t.setStyle([("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
    return t


def officer_page(facts: CaseFacts, lay: Layout, title: str) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = [PageBreak(), Heading(title, s.h1, "officer")]
    out.append(
        markup(
            _(
                "The facts an officer needs first, on one page. Each identifier is on its own "
                "line so it can be copied exactly."
            ),
            s.small,
        )
    )
    out += _who(facts, lay)
    out += _risk(facts, lay)
    out += _offender(facts, lay)
    out += _money(facts, lay)
    out += _references(facts, lay)
    out += _dates(facts, lay)
    out += _where(facts, lay)
    return out


def _h(text: str, lay: Layout) -> Paragraph:
    return markup(safe_markup(text), lay.styles.h3)


def _who(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    c = facts.answers.contact
    rows: list[tuple[str, object]] = [(_("Who made this report"), F.role_text(facts.info.role))]
    helper = F.helper_text(facts)
    if helper:
        rows.append((_("Helper"), helper))
    idents: list[tuple[str, object]] = []
    if c.helper_contact.strip():
        idents.append((_("Helper's contact"), c.helper_contact))
    if F.shares_contact(facts):
        if c.name.strip():
            rows.append((_("Person affected"), c.name))
        if c.phone.strip():
            idents.append((_("Phone of the person affected"), c.phone))
        if c.email.strip():
            idents.append((_("Email of the person affected"), c.email))
    out: list[Flowable] = [_h(_("Who is affected and how to reach them"), lay), _rows(rows, lay)]
    if idents:
        out.append(_rows(idents, lay, ident=True))
    if not idents:
        text = (
            _("The person chose not to put their own contact details in this report.")
            if not F.shares_contact(facts)
            else _("No contact details were given.")
        )
        if facts.info.helping and not c.helper_contact.strip():
            text += " " + _("The helper gave no contact details.")
        out.append(markup(safe_markup(text), lay.styles.small))
    return out


def _risk(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    info = facts.info
    if info.under_18 is None:
        age = _("Age not known: treat as under 18")
    elif info.under_18:
        age = _("Under 18: a child")
    else:
        age = _("18 or over")
    rows: list[tuple[str, object]] = [(_("Age"), age)]
    flags = F.risk_flags(facts)
    if flags:
        rows.append((_("Risk flags"), "\n".join("\u2022 " + f for f in flags)))
    rows += F.image_flags(facts)
    out: list[Flowable] = [_h(_("Risk and safeguarding"), lay), _rows(rows, lay)]
    if info.treat_as_under_18:
        t = _rows([(_("Safeguarding"), _(
            "Treat as a child: the images may be indecent images of a child. The person was "
            "told not to screenshot, save or send them."
        ))], lay)  # fmt: skip
        t.setStyle([("BACKGROUND", (1, 0), (1, 0), GREY_FILL)])
        out.append(t)
    return out


def _offender(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    rows: list[tuple[str, object]] = []
    for ident in facts.identifiers:
        rows += F.identifier_lines(ident)
    location = facts.answers.story.claimed_location.strip()
    out: list[Flowable] = [_h(_("Offender identifiers"), lay)]
    if rows:
        out.append(_rows(rows, lay, ident=True))
    else:
        out.append(markup(_("No offender accounts were recorded."), lay.styles.small))
    if location:
        out.append(_rows([(_("Where they said they were"), location)], lay))
    return out


def _money(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    if not facts.payments:
        return []
    rows: list[tuple[str, object]] = []
    if facts.demanded:
        # Demands are never added up: a demand lowered later is not a second demand.
        rows.append(
            (
                _("Demands (each one, not added up)"),
                "\n".join("\u2022 " + line for line in D.demand_lines(facts.demanded)),
            )
        )
        rows.append((_("Largest single demand"), D.largest_demand(facts.demanded)))
    if facts.paid:
        rows.append((_("Paid: sum of all payments made"), F.totals(facts.paid)))
    elif facts.demanded:
        rows.append((_("Paid"), F.paid_text(facts)))
    out: list[Flowable] = [_h(_("Money"), lay), _rows(rows, lay)]
    payees: list[tuple[str, object]] = []
    for p in facts.payments:
        kind = _("Paid") if p.kind == "paid" else _("Demanded")
        lines = F.payee_lines(p)
        if lines:
            payees.append((kind, F.payment_line(p)))
            payees += [(f"  {k}", v) for k, v in lines]
    if payees:
        out.append(_h(_("Where the money was to go (payees)"), lay))
        s = lay.styles
        value_w = lay.frame_width - LABEL_WIDTH
        data = []
        for k, v in payees:
            if k in (_("Paid"), _("Demanded")):
                data.append([para(k, s.small_bold), para(v, s.small_bold)])
            else:
                data.append([para(k.strip(), s.small), identifier(str(v), s.ident, value_w - 8)])
        out.append(_compact(table(data, [LABEL_WIDTH, value_w], label_column=True)))
    return out


def _references(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    rows: list[tuple[str, object]] = []
    if facts.info.police_reference.strip():
        rows.append((_("Police reference"), facts.info.police_reference))
    for r in facts.references:
        label = F.reference_kind_name(r.kind)
        if r.organisation.strip():
            label += f" ({F.platform_name(one_line(r.organisation, 60))})"
        # Never the StopNCII PIN: with the case number it lets anyone manage (or withdraw)
        # the person's StopNCII case. It stays in the app, on the support step.
        value = r.number.strip()
        if value:
            rows.append((label, value))
    if not rows:
        return []
    return [_h(_("Reports already made"), lay), _rows(rows, lay, ident=True)]


def _dates(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    rows: list[tuple[str, object]] = list(F.key_dates(facts))
    return [_h(_("Key dates"), lay), _rows(rows, lay)]


def _where(facts: CaseFacts, lay: Layout) -> list[Flowable]:
    n = len(facts.items)
    text = ngettext("{n} picture", "{n} pictures", n).format(n=n)
    if n:
        text += f" ({facts.exhibit_range})"
        first, last = facts.reference(facts.items[0]), facts.reference(facts.items[-1])
        if first:
            text += " " + _("also called {first} to {last}").format(first=first, last=last)
    rows: list[tuple[str, object]] = [(_("Exhibits"), text)]
    if facts.chats:
        rows.append((
            _("Chat transcripts"),
            ", ".join(
                ngettext("{gd} ({n} message)", "{gd} ({n} messages)", n).format(gd=gd, n=n)
                for gd, n in facts.chats
            ),
        ))  # fmt: skip
    if n:
        rows.append((_("Exhibit index starts on page"), [PageRef("index")]))
    rows.append(
        (
            _("Original files"),
            _("Unchanged in the encrypted case, and in the evidence bundle (ZIP) when saved."),
        )
    )
    for entry in facts.bundles[-3:]:
        rows.append((_("Evidence bundle saved"), f"{F.format_when(entry.at_utc)}: {entry.detail}"))
    return [_h(_("Where the exhibits and the bundle are"), lay), _rows(rows, lay)]
