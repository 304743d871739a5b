"""The base page every wizard step builds on, with hook methods load/save/is_complete."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from guardian_desktop.core.guidance import Block, Guidance, Region, Step
from guardian_desktop.core.vault import CaseVault

from ..widgets.blocks import BlockView
from ..widgets.saver import ProgressSaver
from ..widgets.text import column, scrolling


@dataclass
class PageContext:
    """What every page needs: the open case and who the guidance is for."""

    vault: CaseVault
    saver: ProgressSaver
    guidance: Guidance
    role: str
    under_18: bool | None
    region: Region

    @property
    def helping(self) -> bool:
        return self.role != "victim"


class WizardPage(QWidget):
    """One step. Subclasses fill `self.body` in build() and override the hooks."""

    step_id: ClassVar[str] = ""
    scrolls: ClassVar[bool] = True  # pages embedding a big widget manage their own space
    changed = Signal()  # is_complete() may have changed

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.step: Step = ctx.guidance.step(self.step_id)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        inner, self.body = column()
        em = self.fontMetrics().height()
        self.body.setContentsMargins(em, em // 2, em, em)
        if self.scrolls:
            outer.addWidget(scrolling(inner))
        else:
            outer.addWidget(inner)
        self.build()
        if self.scrolls:
            self.body.addStretch(1)

    @property
    def title(self) -> str:
        return self.step.title(self.ctx.role)

    def blocks(self) -> list[Block]:
        return self.step.blocks(self.ctx.role, self.ctx.under_18)

    def add_blocks(self) -> BlockView:
        view = BlockView(self.blocks())
        self.body.addWidget(view)
        return view

    # --- hooks -------------------------------------------------------------------------

    def build(self) -> None:
        """Make the widgets (called once)."""
        self.add_blocks()

    def load(self) -> None:
        """Refresh from the case each time the step is shown."""

    def save(self) -> None:
        """Write anything not yet saved (called when leaving the step or closing)."""
        self.ctx.saver.flush()

    def is_complete(self) -> bool:
        """Whether the side list shows this step as done. Never blocks Next."""
        return False
