"""The under-18 route's first screen: the image rule, then CEOP, Report Remove and Childline.

All words come from the guidance data (steps "safe" and "evidence", the region's services),
so every sentence, number and address has its recorded source.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.guidance import Block, Guidance, Region, Service, load_guidance

from ..widgets.blocks import BlockView
from ..widgets.flow import button_row
from ..widgets.text import body_label, column, form_label, heading_label, scrolling
from .help_now import discard_widgets, image_rule_blocks

# The three services this screen names first, in this order.
FIRST_SERVICES = ("ceop", "report_remove", "childline")
DEFAULT_REGION = "england-wales"


def safe_blocks(guidance: Guidance, role: str) -> list[Block]:
    """Step 1's under-18 words for this role: not in trouble, telling the school's DSL."""
    step = guidance.step("safe")
    return [
        Block(kind=raw.kind, text=raw.text[role], id=raw.id)
        for raw in step.raw_blocks
        if raw.applies(role, True) and (raw.when == "under18" or raw.kind == "warning")
    ]


def first_services(region: Region) -> list[Service]:
    by_id = {s.id: s for s in region.services}
    return [by_id[i] for i in FIRST_SERVICES if i in by_id]


class ServiceCard(QFrame):
    """One service: its name, who it is for, its phone number and web address."""

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("serviceCard")
        self.setStyleSheet("#serviceCard { border: 1px solid palette(mid); border-radius: 6px; }")
        em = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em // 2, em // 2, em // 2, em // 2)
        layout.setSpacing(em // 4)
        name = body_label(service.name)
        font = QFont(name.font())
        font.setBold(True)
        name.setFont(font)
        layout.addWidget(name)
        layout.addWidget(body_label(service.what))
        if service.phone:
            layout.addWidget(body_label(self.tr("Phone: {number}").format(number=service.phone)))
        if service.url:
            layout.addWidget(body_label(self.tr("Web: {address}").format(address=service.url)))
        parts = [service.name, service.what, service.phone or "", service.url or ""]
        self.setAccessibleName(service.name)
        self.setAccessibleDescription(" ".join(p for p in parts[1:] if p))


class Under18Screen(QWidget):
    """The first screen of the under-18 route. Nothing is saved here."""

    help_requested = Signal(str)  # role: read steps 1-2 now, as someone under 18
    save_requested = Signal(str, str)  # role, region id: make a case for someone under 18
    back_requested = Signal()

    def __init__(
        self, role: str = "victim", region: str = DEFAULT_REGION, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        em = self.fontMetrics().height()
        inner, body = column(0.8)
        body.setContentsMargins(em * 2, em, em * 2, em)
        body.addWidget(heading_label(self.tr("Help for someone under 18"), 1))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.role = QComboBox()
        for value, text in (
            ("victim", self.tr("I am under 18")),
            ("helper", self.tr("I am a parent, carer or family member helping")),
            ("counsellor", self.tr("I work at a school or college")),
        ):
            self.role.addItem(text, value)
        self.role.setAccessibleName(self.tr("Who is using the app"))
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        form.addRow(form_label(self.tr("Who &are you?"), self.role), self.role)
        self.region = QComboBox()
        for item in load_guidance().regions.values():
            self.region.addItem(item.name, item.id)
        self.region.setAccessibleName(self.tr("Where the young person lives"))
        self.region.setCurrentIndex(max(0, self.region.findData(region)))
        form.addRow(form_label(self.tr("Where do they &live?"), self.region), self.region)
        body.addLayout(form)

        self.content = QWidget()
        self._content = QVBoxLayout(self.content)
        self._content.setContentsMargins(0, 0, 0, 0)
        self._content.setSpacing(int(em * 0.8))
        body.addWidget(self.content)
        body.addStretch(1)
        self.role.currentIndexChanged.connect(lambda _i: self._fill())
        self.region.currentIndexChanged.connect(lambda _i: self._fill())

        self.help_button = QPushButton(self.tr("&Read what to do now"))
        self.help_button.setAccessibleName(self.tr("Read what to do now"))
        self.help_button.setDefault(True)
        self.help_button.clicked.connect(lambda: self.help_requested.emit(self.current_role()))
        self.save_button = QPushButton(self.tr("&Save the chat as evidence..."))
        self.save_button.setAccessibleName(self.tr("Save the chat as evidence in a locked case"))
        self.save_button.clicked.connect(
            lambda: self.save_requested.emit(self.current_role(), self.current_region())
        )
        self.back_button = QPushButton(self.tr("Go ba&ck"))
        self.back_button.setAccessibleName(self.tr("Go back to the start"))
        self.back_button.clicked.connect(self.back_requested.emit)
        bar = button_row(self.help_button, self.save_button, self.back_button)
        bar.setContentsMargins(em * 2, em // 2, em * 2, em // 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scrolling(inner), 1)
        layout.addWidget(bar)
        self.setFocusProxy(self.role)
        self.cards: list[ServiceCard] = []
        self._fill()

    def current_role(self) -> str:
        return str(self.role.currentData())

    def current_region(self) -> str:
        return str(self.region.currentData())

    def _fill(self) -> None:
        discard_widgets(self._content)
        guidance = load_guidance()
        role = self.current_role()
        region = guidance.regions.get(self.current_region()) or next(
            iter(guidance.regions.values())
        )
        self._content.addWidget(BlockView(image_rule_blocks(guidance, role)))
        self._content.addWidget(heading_label(self.tr("Who can help"), 2))
        self.cards = [ServiceCard(s) for s in first_services(region)]
        for card in self.cards:
            self._content.addWidget(card)
        self._content.addWidget(BlockView(safe_blocks(guidance, role)))
