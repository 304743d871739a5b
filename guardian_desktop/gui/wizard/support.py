"""Step 7: support and next steps: the region's services for this age."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout

from ..widgets import external
from ..widgets.blocks import BlockView
from ..widgets.flow import button_row
from ..widgets.text import body_label, heading_label
from .base import WizardPage


class SupportPage(WizardPage):
    step_id = "support"

    def build(self) -> None:
        self.add_blocks()
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

    def is_complete(self) -> bool:
        return bool(self.ctx.saver.get("wizard.seen.support", False))

    def load(self) -> None:
        self.ctx.saver.set("wizard.seen.support", True)
