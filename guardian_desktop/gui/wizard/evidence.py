"""Step 3: save the evidence. Guidance above, the evidence screen (by others) below."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..widgets.blocks import BlockView
from ..widgets.text import body_label, scrolling
from .base import WizardPage


def _evidence_screen(page: EvidencePage) -> QWidget | None:
    try:
        from guardian_desktop.gui.evidence.screen import EvidenceScreen
    except ImportError:
        return None
    screen = EvidenceScreen(page.ctx.vault, role=page.ctx.role, under_18=page.ctx.under_18)
    screen.changed.connect(page.changed.emit)
    return screen


class EvidencePage(WizardPage):
    step_id = "evidence"
    scrolls = False  # the evidence screen has its own list; the guidance scrolls apart

    def build(self) -> None:
        area = scrolling(BlockView(self.blocks()))
        area.setAccessibleName(self.tr("What to capture"))
        self.body.addWidget(area, 2)
        self.evidence_screen = _evidence_screen(self)
        if self.evidence_screen is None:
            placeholder = body_label(
                self.tr("Adding evidence is not available in this version yet.")
            )
            self.body.addWidget(placeholder, 3)
        else:
            self.body.addWidget(self.evidence_screen, 3)

    def is_complete(self) -> bool:
        if self.evidence_screen is None:
            return False
        return int(self.evidence_screen.item_count()) > 0  # type: ignore[attr-defined]
