"""The base page every wizard step builds on, with hook methods load/save/is_complete."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from guardian_desktop.core.guidance import Block, Guidance, Region, Step
from guardian_desktop.core.vault import CaseVault

from ..widgets.blocks import BlockView
from ..widgets.saver import AnswersSaver, ProgressSaver
from ..widgets.text import column, scrolling


@dataclass
class PageContext:
    """What every page needs: the open case and who the guidance is for.

    `saver` keeps the wizard's own state (the step shown, checklist ticks); `answers`
    holds the interview's typed answers (core.answers), saved as they are typed."""

    vault: CaseVault
    saver: ProgressSaver
    guidance: Guidance
    role: str
    under_18: bool | None
    region: Region
    answers: AnswersSaver = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.answers is None:
            self.answers = AnswersSaver(self.vault, self.saver)

    @property
    def helping(self) -> bool:
        return self.role != "victim"


class WizardPage(QWidget):
    """One step. Subclasses fill `self.body` in build() and override the hooks."""

    step_id: ClassVar[str] = ""
    scrolls: ClassVar[bool] = True  # pages embedding a big widget manage their own space
    changed = Signal()  # is_complete() may have changed
    heading_changed = Signal()  # heading() or progress_text() changed (a step with questions)
    next_requested = Signal()  # Enter on a simple question: the same as Next

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
        self.ctx.answers.flush()

    def heading(self) -> str:
        """The heading over the page (a step with questions shows the question)."""
        return self.title

    def progress_text(self) -> str:
        """Where the person is inside the step, e.g. "question 3 of 12"; empty for most."""
        return ""

    def enter(self, how: str) -> None:
        """Shown: `how` is "start" (Next from the step before), "end" (Back from the step
        after) or "resume" (chosen in the list of steps, or the case reopened)."""

    def next_inside(self) -> bool:
        """Next was pressed: True when the step moved on inside itself."""
        return False

    def back_inside(self) -> bool:
        """Back was pressed: True when the step moved back inside itself."""
        return False

    def is_complete(self) -> bool:
        """Whether the side list shows this step as done. Never blocks Next."""
        return False
