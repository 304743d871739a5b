"""First-run explanation of quick exit: what it does, and honestly what it does not do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..widgets.text import body_label, heading_label


class QuickExitExplanation(QWidget):
    """The explanation as a widget, for a dialog or a wizard page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("About quick exit"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        em = self.fontMetrics().height()
        layout.setSpacing(int(em * 0.6))

        self.title = heading_label(self.tr("Leaving the app quickly"), 1)
        self.title.setAccessibleName(self.tr("Leaving the app quickly"))
        layout.addWidget(self.title)
        layout.addWidget(body_label(self.tr(
            "If someone comes near and you want this app out of sight, you can leave it at "
            "once. Press the Shift key three times, quickly. Or use the Quick exit button at "
            "the top of the window."
        )))  # fmt: skip
        layout.addWidget(body_label(self.tr(
            "Dots next to the button fill up as you press Shift. Pressing Shift while "
            "typing capital letters does not count."
        )))  # fmt: skip

        layout.addWidget(heading_label(self.tr("What quick exit does"), 2))
        self.does = [
            self.tr("It hides every window of the app straight away."),
            self.tr(
                "It saves what you typed into your case, then locks the case. It needs "
                "your passphrase to open again."
            ),  # fmt: skip
            self.tr(
                "It clears anything the app copied, for example with a Copy button. "
                "Something you copied in another program is left alone."
            ),  # fmt: skip
            self.tr(
                "It closes the app. If you chose a web page in the settings, that page "
                "opens in your browser."
            ),  # fmt: skip
        ]
        for line in self.does:
            layout.addWidget(body_label("\u2022 " + line))

        layout.addWidget(heading_label(self.tr("What quick exit does not do"), 2))
        self.does_not = [
            self.tr(
                "It does not delete your case. Everything you saved is still there, "
                "safely locked, when you open the app again."
            ),  # fmt: skip
            self.tr(
                "It does not clear your browser history, or anything else outside this app."
            ),  # fmt: skip
            self.tr(
                "For a moment, the taskbar or dock may still show the app while it closes."
            ),  # fmt: skip
            self.tr(
                "It cannot hide that the app is installed, or that it was used. The "
                "computer may list it among recent programs."
            ),  # fmt: skip
        ]
        for line in self.does_not:
            layout.addWidget(body_label("\u2022 " + line))
        layout.addStretch(1)


class QuickExitIntroDialog(QDialog):
    """Shown once, before the first case opens. Tests replace `ask`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leaving the app quickly"))
        self.explanation = QuickExitExplanation()
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(self.explanation)
        self.ok_button = QPushButton(self.tr("&I understand"))
        self.ok_button.setAccessibleName(self.tr("I understand"))
        self.ok_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().height()
        self.resize(int(em * 32), int(em * 30))
        self.ok_button.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> None:
        """Show the explanation and wait until it is read (the seam tests replace)."""
        dialog = cls(parent)
        dialog.exec()
        dialog.deleteLater()
