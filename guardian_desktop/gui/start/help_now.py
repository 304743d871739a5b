"""Help now: steps 1 and 2 (are you safe; stop contact, do not pay), readable at once.

No case and no passphrase: nothing here is saved. "Save evidence" is the first moment
something must be kept, and only then is a case made (with the ticks carried into it).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.guidance import Block, Guidance, load_guidance

from ..widgets.blocks import BlockView
from ..widgets.flow import button_row
from ..widgets.text import body_label, column, form_label, heading_label, scrolling

HELP_STEPS = ("safe", "stop_contact")


def image_rule_blocks(guidance: Guidance, role: str) -> list[Block]:
    """The evidence step's under-18 warning: do not screenshot, save or copy the image."""
    step = guidance.step("evidence")
    return [
        Block(kind=raw.kind, text=raw.text[role], id=raw.id)
        for raw in step.raw_blocks
        if raw.when == "under18" and raw.kind == "warning" and raw.applies(role, True)
    ]


def discard_widgets(layout: QLayout) -> None:
    """Take every widget out of `layout`, hidden at once (so neither eyes nor a screen
    reader meet the old words) and deleted later."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class HelpNowView(QWidget):
    """The guidance of steps 1-2 for one role, with a fixed bar: Save evidence, Go back.

    Opened from the under-18 screen (`under_18` True), the image rule comes first, and the
    region chosen there and the way back to that screen are kept (`region`, `from_under_18`).
    """

    save_requested = Signal(str, object, dict)  # role, under 18 (True/None), ticks by id
    back_requested = Signal()

    def __init__(
        self,
        role: str = "victim",
        under_18: bool | None = None,
        ticks: dict[str, bool] | None = None,
        parent: QWidget | None = None,
        *,
        region: str = "",
        from_under_18: bool = False,
    ) -> None:
        super().__init__(parent)
        self.under_18 = under_18
        self.region = region
        self.from_under_18 = from_under_18
        self.image_rule: BlockView | None = None
        self._ticks: dict[str, bool] = dict(ticks or {})
        self.views: dict[str, BlockView] = {}
        em = self.fontMetrics().height()

        inner, self.body = column(0.8)
        self.body.setContentsMargins(em * 2, em, em * 2, em)
        self.body.addWidget(heading_label(self.tr("Help now"), 1))
        self.body.addWidget(body_label(self.tr(
            "You can read this now. Nothing is saved and no passphrase is needed."
        )))  # fmt: skip
        self.role = QComboBox()
        for value, text in (
            ("victim", self.tr("Me")),
            ("helper", self.tr("Someone in my family, or a friend")),
            ("counsellor", self.tr("A student at my school or college")),
        ):
            self.role.addItem(text, value)
        self.role.setAccessibleName(self.tr("Who this help is for"))
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        row = QHBoxLayout()
        row.addWidget(form_label(self.tr("This help is &for:"), self.role))
        row.addWidget(self.role, 1)
        self.body.addLayout(row)
        self.guidance = QWidget()
        self._guidance_layout = QVBoxLayout(self.guidance)
        self._guidance_layout.setContentsMargins(0, 0, 0, 0)
        self._guidance_layout.setSpacing(em)
        self.body.addWidget(self.guidance)
        self.body.addStretch(1)
        self.role.currentIndexChanged.connect(lambda _i: self._fill())

        self.save_button = QPushButton(self.tr("&Save evidence..."))
        self.save_button.setAccessibleName(self.tr("Save evidence in a locked case"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        self.back_button = QPushButton(self.tr("Go ba&ck"))
        self.back_button.setAccessibleName(
            self.tr("Go back to help for someone under 18")
            if from_under_18
            else self.tr("Go back to the start")
        )
        self.back_button.clicked.connect(self.back_requested.emit)
        bar = button_row(self.save_button, self.back_button)
        bar.setContentsMargins(em * 2, em // 2, em * 2, em // 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scrolling(inner), 1)
        layout.addWidget(bar)
        self.setFocusProxy(self.role)
        self._fill()

    def current_role(self) -> str:
        return str(self.role.currentData())

    def ticks(self) -> dict[str, bool]:
        """The checklist as ticked so far (carried into the case when one is made)."""
        for view in self.views.values():
            for check_id, choice in view.checks.items():
                self._ticks[check_id] = choice.isChecked()
        return dict(self._ticks)

    def _fill(self) -> None:
        ticks = self.ticks()
        discard_widgets(self._guidance_layout)
        guidance = load_guidance()
        role = self.current_role()
        self.views = {}
        self.image_rule = None
        if self.under_18 is True:
            # Under 18: never save the image. Read before anything else, above step 1.
            self.image_rule = BlockView(image_rule_blocks(guidance, role))
            self._guidance_layout.addWidget(self.image_rule)
        for n, step_id in enumerate(HELP_STEPS, start=1):
            step = guidance.step(step_id)
            title = heading_label(self.tr("{n}. {title}").format(n=n, title=step.title(role)), 2)
            self._guidance_layout.addWidget(title)
            view = BlockView(step.blocks(role, self.under_18))
            for check_id, choice in view.checks.items():
                choice.setChecked(ticks.get(check_id, False))
            self.views[step_id] = view
            self._guidance_layout.addWidget(view)

    def _save(self) -> None:
        self.save_requested.emit(self.current_role(), self.under_18, self.ticks())
