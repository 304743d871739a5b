"""Step 7: support and next steps: the region's services for this age."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout

from guardian_desktop.core.models import ReferenceNumber

from ..widgets import external
from ..widgets.blocks import BlockView
from ..widgets.flow import button_row
from ..widgets.text import body_label, clear_layout, heading_label
from .base import WizardPage
from .interview.lists import reference_text
from .interview.question import when_text


class SupportPage(WizardPage):
    step_id = "support"

    def build(self) -> None:
        self.add_blocks()
        self._references_section()
        region = self.ctx.region
        self.body.addWidget(
            heading_label(self.tr("Who can help in {region}").format(region=region.name), 2)
        )
        for service in region.services_for(self.ctx.under_18):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            lay = QVBoxLayout(box)
            lay.addWidget(heading_label(service.name, 3))
            lay.addWidget(body_label(service.what))
            if service.phone:
                phone = body_label(self.tr("Phone: {number}").format(number=service.phone))
                phone.setAccessibleName(phone.text())
                lay.addWidget(phone)
            if service.url:
                button = QPushButton(self.tr("Open website"))
                button.setAccessibleName(
                    self.tr("Open the website of {name}").format(name=service.name)
                )
                button.clicked.connect(partial(external.open_url, service.url))
                lay.addWidget(button_row(button))
            self.body.addWidget(box)
        if region.after_report:
            self.body.addWidget(heading_label(self.tr("After a report"), 2))
            from guardian_desktop.core.guidance import Block

            self.body.addWidget(BlockView([Block("para", n.text) for n in region.after_report]))

    def _references_section(self) -> None:
        """Your reference numbers: every report already made, with its number and PIN."""
        self.body.addWidget(heading_label(self.tr("Your reference numbers"), 2))
        self.references = QVBoxLayout()
        self.body.addLayout(self.references)
        self._show_references()

    def _show_references(self) -> None:
        clear_layout(self.references)
        records = [r for r in self.ctx.vault.list_records(ReferenceNumber) if r.number or r.pin]
        if not records:
            self.references.addWidget(body_label(self.tr(
                "None yet. When you report to the police or anyone else, add the number under "
                "Details for the police, in Have you already reported it anywhere?"
            )))  # fmt: skip
            return
        for record in records:
            text = reference_text(record)
            if record.when:
                text += " (" + when_text(record.when) + ")"
            line = body_label(text)
            line.setAccessibleName(text)
            self.references.addWidget(line)

    def is_complete(self) -> bool:
        return bool(self.ctx.saver.get("wizard.seen.support", False))

    def load(self) -> None:
        self.ctx.saver.set("wizard.seen.support", True)
        if self.ctx.vault.is_open:
            self._show_references()
