"""Step 4: the apps used. Pick them; for each, where to find details, report, block, traps."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from guardian_desktop.core.guidance import Platform

from ..widgets.blocks import framed
from ..widgets.choice import WrapChoice
from ..widgets.text import body_label, clear_layout, heading_label
from .base import WizardPage

SELECTED_KEY = "platform.selected"


class PlatformPage(WizardPage):
    step_id = "platform"

    def build(self) -> None:
        self.add_blocks()
        self.body.addWidget(heading_label(self.tr("Which apps or websites did they use?"), 2))
        grid = QGridLayout()
        self.choices: dict[str, WrapChoice] = {}
        selected = set(self.ctx.saver.get(SELECTED_KEY, []) or [])
        for index, platform in enumerate(self.ctx.guidance.platforms.values()):
            choice = WrapChoice(platform.name)
            choice.setChecked(platform.id in selected)
            choice.button.toggled.connect(self._selection_changed)
            self.choices[platform.id] = choice
            grid.addWidget(choice, index // 2, index % 2)
        self.body.addLayout(grid)
        self.details = QWidget()
        self.details_layout = QVBoxLayout(self.details)
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.details)
        self._show_details()

    def selected(self) -> list[str]:
        return [pid for pid, c in self.choices.items() if c.isChecked()]

    def _selection_changed(self) -> None:
        self.ctx.saver.set_now(SELECTED_KEY, self.selected())
        self._show_details()
        self.changed.emit()

    def _show_details(self) -> None:
        clear_layout(self.details_layout)
        for pid in self.selected():
            self.details_layout.addWidget(self._platform_box(self.ctx.guidance.platforms[pid]))

    def _platform_box(self, p: Platform) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, self.fontMetrics().height(), 0, 0)
        lay.addWidget(heading_label(p.name, 2))
        if p.note:
            lay.addWidget(body_label(p.note))
        lay.addWidget(heading_label(self.tr("Where to find their details"), 3))
        lay.addWidget(body_label(p.username))
        if p.numeric_id:
            lay.addWidget(body_label(p.numeric_id))
        if p.profile_url:
            lay.addWidget(
                body_label(self.tr("A profile link looks like: {url}").format(url=p.profile_url))
            )
        if p.traps:
            lay.addWidget(framed(body_label("\n".join(p.traps))))
        lay.addWidget(heading_label(self.tr("How to report"), 3))
        lay.addWidget(body_label(_numbered(p.report)))
        if p.report_category:
            lay.addWidget(
                body_label(self.tr("Choose this reason: {reason}").format(reason=p.report_category))
            )
        lay.addWidget(heading_label(self.tr("How to block (after the evidence is saved)"), 3))
        lay.addWidget(body_label(_numbered(p.block)))
        return box

    def is_complete(self) -> bool:
        return bool(self.selected())


def _numbered(lines: tuple[str, ...]) -> str:
    if len(lines) == 1:
        return lines[0]
    return "\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1))
