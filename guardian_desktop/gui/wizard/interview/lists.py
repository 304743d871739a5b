"""Two lists with "Add another": what happened when (timeline), and reports already made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from guardian_desktop.core.models import ReferenceKind, ReferenceNumber, TimelineEvent

from ...widgets.records import Field, RecordList
from .offender import platform_choices, platform_name
from .question import ListQuestion, when_text


def reference_kinds() -> tuple[tuple[str, str], ...]:
    return (
        (
            ReferenceKind.POLICE_RECEIPT.value,
            QCoreApplication.translate("Interview", "Police: online report receipt"),
        ),
        (
            ReferenceKind.CRIME_REFERENCE.value,
            QCoreApplication.translate("Interview", "Police: crime reference number"),
        ),
        (ReferenceKind.CEOP.value, QCoreApplication.translate("Interview", "CEOP report")),
        (
            ReferenceKind.REPORT_REMOVE.value,
            QCoreApplication.translate("Interview", "Report Remove (Childline and IWF)"),
        ),
        (ReferenceKind.TAKE_IT_DOWN.value, QCoreApplication.translate("Interview", "Take It Down")),
        (ReferenceKind.STOPNCII.value, QCoreApplication.translate("Interview", "StopNCII case")),
        (
            ReferenceKind.PLATFORM.value,
            QCoreApplication.translate("Interview", "A report to the app or website"),
        ),
        (
            ReferenceKind.BANK.value,
            QCoreApplication.translate("Interview", "Bank or payment provider"),
        ),
        (ReferenceKind.REPORT_FRAUD.value, QCoreApplication.translate("Interview", "Report Fraud")),
        (ReferenceKind.OTHER.value, QCoreApplication.translate("Interview", "Something else")),
    )


def reference_kind_name(value: str) -> str:
    return dict(reference_kinds()).get(value, value)


def reference_fields() -> list[Field]:
    named = {ReferenceKind.PLATFORM.value, ReferenceKind.BANK.value, ReferenceKind.OTHER.value}
    return [
        Field(
            "kind",
            QCoreApplication.translate("Interview", "Where you reported it"),
            kind="choice",
            choices=reference_kinds(),
        ),
        Field("number", QCoreApplication.translate("Interview", "Reference or case number")),
        Field(
            "pin",
            QCoreApplication.translate("Interview", "PIN"),
            shown=lambda r: r.kind == ReferenceKind.STOPNCII.value,
            hint=QCoreApplication.translate(
                "Interview", "StopNCII cannot give the PIN again: this case is a safe place for it."
            ),
        ),
        Field(
            "organisation",
            QCoreApplication.translate("Interview", "Which app, website, bank or organisation"),
            shown=lambda r: r.kind in named,
        ),
        Field("when", QCoreApplication.translate("Interview", "When you reported it"), kind="when"),
        Field("notes", QCoreApplication.translate("Interview", "Notes"), kind="text"),
    ]


def reference_text(r: ReferenceNumber) -> str:
    parts = [reference_kind_name(r.kind), r.organisation.strip(), r.number.strip()]
    if r.pin.strip():
        parts.append(QCoreApplication.translate("Interview", "PIN {pin}").format(pin=r.pin.strip()))
    return ", ".join(p for p in parts if p)


class TimelineQuestion(ListQuestion):
    qid = "timeline"

    def heading(self) -> str:
        return self.tr("What happened when?")

    def build(self) -> None:
        self.lead(
            self.tr(
                "The police find a timeline helpful: each message, threat or payment with its "
                "date. Add the main moments; they are put in order for you."
            )
        )
        self._add_list(
            RecordList(
                self.ctx.vault,
                TimelineEvent,
                [
                    Field("when", QCoreApplication.translate("Interview", "When"), kind="when"),
                    Field(
                        "description",
                        QCoreApplication.translate("Interview", "What happened"),
                        kind="text",
                    ),
                    Field(
                        "platform",
                        QCoreApplication.translate("Interview", "App or website"),
                        kind="choice",
                        choices=platform_choices(self.ctx.guidance),
                    ),
                ],
                blank=TimelineEvent,
                title=lambda n: self.tr("Event {n}").format(n=n),
                add_text=self.tr("&Add another event"),
                remove_text=self.tr("Remove"),
            )
        )

    def rows(self) -> list[tuple[str, str]]:
        records = self.ctx.vault.list_records(TimelineEvent)
        if not records:
            return [(self.tr("Timeline"), "")]
        g = self.ctx.guidance
        return [
            (
                when_text(r.when) or self.tr("Event {n}").format(n=n),
                ", ".join(x for x in (r.description.strip(), platform_name(g, r.platform)) if x),
            )
            for n, r in enumerate(records, 1)
        ]


class ReferencesQuestion(ListQuestion):
    qid = "references"

    def heading(self) -> str:
        return self.tr("Have you already reported it anywhere?")

    def build(self) -> None:
        self.lead(
            self.tr(
                "Add each report you have made, with its number: the police, CEOP, Report Remove, "
                "Take It Down, StopNCII, the app, the bank or Report Fraud. If none yet, leave it "
                "empty: that is fine."
            )
        )
        self._add_list(
            RecordList(
                self.ctx.vault,
                ReferenceNumber,
                reference_fields(),
                blank=ReferenceNumber,
                title=lambda n: self.tr("Reference {n}").format(n=n),
                add_text=self.tr("&Add another reference"),
                remove_text=self.tr("Remove"),
            )
        )

    def rows(self) -> list[tuple[str, str]]:
        records = [r for r in self.ctx.vault.list_records(ReferenceNumber) if r.number or r.pin]
        if not records:
            return [(self.tr("Reference numbers"), "")]
        return [
            (self.tr("Reference {n}").format(n=n), reference_text(r))
            for n, r in enumerate(records, 1)
        ]
