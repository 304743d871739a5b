"""New case: who is using the app, the age, the region, a label, the folder name, where,
and a passphrase."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.guidance import load_guidance
from guardian_desktop.core.keys import MIN_PASSPHRASE_LENGTH, passphrase_problem
from guardian_desktop.core.models import Role
from guardian_desktop.core.vault import CaseVault, case_folder, default_cases_dir

from .. import seams
from ..errors import error_text
from ..widgets.banner import ErrorLine
from ..widgets.choice import WrapChoice
from ..widgets.flow import button_row
from ..widgets.passphrase import PassphraseField
from ..widgets.text import body_label, column, form_label, heading_label, scrolling

# Letters (any script), digits, spaces, dots, dashes and underscores: safe on every system.
_FOLDER_NAME = re.compile(r"^[\w][\w .-]{0,59}$")


def default_folder_name() -> str:
    return f"case-{date.today().isoformat()}"


def folder_name_ok(name: str) -> bool:
    """A folder name the person typed: short, no slashes or other special characters."""
    return bool(_FOLDER_NAME.match(name)) and not name.endswith((".", " "))


def unused_case_path(folder: Path, base: str = "") -> Path:
    """A folder for the case that is not taken yet: `base` (by default a discreet
    "case-<date>"), then "-2", "-3"... The case's own name stays inside the encryption."""
    base = base or default_folder_name()
    candidate = case_folder(folder / base)
    n = 2
    while candidate.exists():
        candidate = case_folder(folder / f"{base}-{n}")
        n += 1
    return candidate


class NewCaseScreen(QWidget):
    created = Signal(object, str, bool)  # vault, recovery code, remember on this computer
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        why: bool = False,
        role: Role | None = None,
        under_18: bool | None = None,
        region: str = "",
    ) -> None:
        super().__init__(parent)
        self._presets: dict[str, object] = {
            "why": why, "role": role, "under_18": under_18, "region": region,
        }  # fmt: skip
        self.chosen_folder: Path | None = None
        inner, body = column(0.9)
        em = self.fontMetrics().height()
        body.setContentsMargins(em * 2, em, em * 2, em)
        body.addWidget(heading_label(self.tr("A new case"), 1))
        self.why = body_label(self.tr(
            "Your screenshots and answers are kept locked with a passphrase, so only you "
            "can open them."
        ))  # fmt: skip
        self.why.setVisible(why)
        body.addWidget(self.why)

        body.addWidget(heading_label(self.tr("Who is using the app?"), 2))
        self.role_group = QButtonGroup(self)
        self.roles: dict[Role, WrapChoice] = {}
        for each, text in (
            (Role.VICTIM, self.tr("I am the person being threatened")),
            (Role.HELPER, self.tr("I am a family member or friend helping")),
            (Role.COUNSELLOR, self.tr("I am a school counsellor or teacher helping a student")),
        ):
            self.roles[each] = self._radio(body, self.role_group, text)
        self.roles[role or Role.VICTIM].setChecked(True)

        body.addWidget(heading_label(self.tr("Is the person being threatened under 18?"), 2))
        self.age_group = QButtonGroup(self)
        self.ages: dict[str, WrapChoice] = {}
        for key, text in (("yes", self.tr("Yes")), ("no", self.tr("No")),
                          ("unsure", self.tr("Not sure"))):  # fmt: skip
            self.ages[key] = self._radio(body, self.age_group, text)
        # Only an answer the person gave is filled in: an unknown age is asked, never assumed.
        if under_18 is not None:
            self.ages["yes" if under_18 else "no"].setChecked(True)
        self.age_error = ErrorLine()
        body.addWidget(self.age_error)
        self.age_group.buttonClicked.connect(lambda _b: self.age_error.show_message(""))

        # Labels above their fields in a plain column: a wrapping label inside a
        # QFormLayout was given too little height and came out cut off ("Folder name").
        form = QVBoxLayout()
        self.region = QComboBox()
        for item in load_guidance().regions.values():
            self.region.addItem(item.name, item.id)
        if region:
            self.region.setCurrentIndex(max(0, self.region.findData(region)))
        self.region.setAccessibleName(self.tr("Where the person being threatened lives"))
        form.addWidget(form_label(self.tr("Where does the person being threatened &live?"),
                                  self.region))  # fmt: skip
        form.addWidget(self.region)
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("A name for this case"))
        self.label.setPlaceholderText(self.tr("For example: my case"))
        form.addWidget(form_label(self.tr("A &name for this case (only you will see it)"),
                                  self.label))  # fmt: skip
        form.addWidget(self.label)
        self.folder_name = QLineEdit(default_folder_name())
        self.folder_name.setAccessibleName(self.tr("Folder name"))
        self.folder_name.setAccessibleDescription(self.tr(
            "The folder name can be seen outside the case. Use initials or a word that "
            "means nothing to others, never a full name."
        ))  # fmt: skip
        form.addWidget(form_label(self.tr("&Folder name"), self.folder_name))
        form.addWidget(self.folder_name)
        body.addLayout(form)
        body.addWidget(body_label(self.tr(
            "The folder name can be seen outside the case, by anyone who uses this "
            "computer. Use initials or a word that means nothing to others, never a full "
            "name. The name of the case above stays locked inside it."
        )))  # fmt: skip

        body.addWidget(heading_label(self.tr("Where to keep the case"), 2))
        self.place_group = QButtonGroup(self)
        self.in_default = self._radio(body, self.place_group, self.tr(
            "In the app's own folder on this computer"))  # fmt: skip
        self.elsewhere = self._radio(body, self.place_group, self.tr(
            "Somewhere else, for example a USB stick"))  # fmt: skip
        self.in_default.setChecked(True)
        self.choose_button = QPushButton(self.tr("C&hoose a folder..."))
        self.choose_button.setAccessibleName(self.tr("Choose a folder for the case"))
        self.choose_button.clicked.connect(self._choose_folder)
        self.folder_label = body_label("")
        body.addWidget(button_row(self.choose_button, self.folder_label))

        body.addWidget(heading_label(self.tr("A passphrase to lock the case"), 2))
        body.addWidget(body_label(self.tr(
            "Use a few words only you know, at least {n} characters. Anyone with the "
            "passphrase can open the case."
        ).format(n=MIN_PASSPHRASE_LENGTH)))  # fmt: skip
        pform = QFormLayout()
        pform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.pass1 = PassphraseField(self.tr("Passphrase"))
        self.pass2 = PassphraseField(self.tr("Passphrase again"))
        pform.addRow(form_label(self.tr("&Passphrase"), self.pass1.edit), self.pass1)
        pform.addRow(form_label(self.tr("Passphrase &again"), self.pass2.edit), self.pass2)
        body.addLayout(pform)
        self.pass1.edit.returnPressed.connect(self.pass2.setFocus)
        self.pass2.edit.returnPressed.connect(self.create_case)
        self.remember = WrapChoice(self.tr(
            "Remember the case on this computer, so it opens without the passphrase. "
            "Only choose this if nobody else uses this computer account."
        ))  # fmt: skip
        body.addWidget(self.remember)

        self.error = ErrorLine()
        body.addWidget(self.error)
        self.create_button = QPushButton(self.tr("&Make the case"))
        self.create_button.setAccessibleName(self.tr("Make the case"))
        self.create_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Go ba&ck"))
        self.cancel_button.setAccessibleName(self.tr("Go back to the start"))
        self.create_button.clicked.connect(self.create_case)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        body.addWidget(button_row(self.create_button, self.cancel_button))
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(inner))
        self.setFocusProxy(self.roles[Role.VICTIM].button)
        self._update_folder_label()

    def presets(self) -> dict[str, object]:
        """How the screen was opened (to build it again in another language)."""
        return dict(self._presets)

    def snapshot(self) -> dict[str, object]:
        """Everything typed or chosen, to carry into a rebuilt screen (kept in memory only)."""
        return {
            "role": self.role(),
            "age": self.age_answer(),
            "region": self.region.currentData(),
            "label": self.label.text(),
            "folder_name": self.folder_name.text(),
            "chosen_folder": self.chosen_folder,
            "elsewhere": self.elsewhere.isChecked(),
            "pass1": self.pass1.text(),
            "pass2": self.pass2.text(),
            "remember": self.remember.isChecked(),
        }

    def restore(self, state: dict[str, object]) -> None:
        self.roles[Role(str(state["role"]))].setChecked(True)
        if str(state["age"]) in self.ages:
            self.ages[str(state["age"])].setChecked(True)
        self.region.setCurrentIndex(max(0, self.region.findData(state["region"])))
        self.label.setText(str(state["label"]))
        self.folder_name.setText(str(state["folder_name"]))
        chosen = state["chosen_folder"]
        self.chosen_folder = chosen if isinstance(chosen, Path) else None
        (self.elsewhere if state["elsewhere"] else self.in_default).setChecked(True)
        self.pass1.edit.setText(str(state["pass1"]))
        self.pass2.edit.setText(str(state["pass2"]))
        self.remember.setChecked(bool(state["remember"]))
        self._update_folder_label()

    def _radio(self, body: QVBoxLayout, group: QButtonGroup, text: str) -> WrapChoice:
        choice = WrapChoice(text, radio=True)
        group.addButton(choice.button)
        body.addWidget(choice)
        return choice

    def _choose_folder(self) -> None:
        start = str(self.chosen_folder or Path.home())
        chosen = seams.open_folder(self, self.tr("Choose where to keep the case"), start)
        if chosen:
            self.chosen_folder = Path(chosen)
            self.elsewhere.setChecked(True)
        self._update_folder_label()

    def _update_folder_label(self) -> None:
        folder = self.chosen_folder
        self.folder_label.setText(str(folder) if folder else self.tr("No folder chosen yet"))

    def role(self) -> Role:
        return next(r for r, c in self.roles.items() if c.isChecked())

    def age_answer(self) -> str:
        """ "yes", "no", "unsure", or "" while the age question is not answered yet."""
        return next((k for k, c in self.ages.items() if c.isChecked()), "")

    def under_18(self) -> bool | None:
        return {"yes": True, "no": False}.get(self.age_answer())

    def target_folder(self) -> Path:
        if self.elsewhere.isChecked() and self.chosen_folder:
            return self.chosen_folder
        return default_cases_dir()

    def create_case(self) -> None:
        """Make the case. On any problem, say so and keep every field as typed."""
        if not self.age_answer():
            message = self.tr(
                "Say if the person being threatened is under 18. If you do not know, "
                "choose Not sure."
            )
            self.age_error.show_message(message)
            self.error.show_message(message)
            self.ages["yes"].setFocus()
            return
        self.age_error.show_message("")
        if self.elsewhere.isChecked() and not self.chosen_folder:
            self.error.show_message(self.tr(
                "Choose a folder first, or keep the case in the app's own folder."))  # fmt: skip
            return
        if len(self.pass1.text()) < MIN_PASSPHRASE_LENGTH:
            self.error.show_message(self.tr(
                "The passphrase is too short. Use at least {n} characters."
            ).format(n=MIN_PASSPHRASE_LENGTH))  # fmt: skip
            self.pass1.setFocus()
            return
        if self.pass1.text() != self.pass2.text():
            self.error.show_message(self.tr(
                "The two passphrases are not the same. Type the second one again."))  # fmt: skip
            self.pass2.setFocus()
            return
        name = self.folder_name.text().strip()
        if not folder_name_ok(name):
            self.error.show_message(self.tr(
                "Choose another folder name: use letters, numbers, spaces, dashes or "
                "underscores, at most 60 characters. For example: case-AB."
            ))  # fmt: skip
            self.folder_name.setFocus()
            return
        label = self.label.text().strip() or self.tr("My case")
        if passphrase_problem(self.pass1.text(), label):
            self.error.show_message(self.tr(
                "That passphrase would be easy to guess. Please choose another one. Several "
                "ordinary words together, such as four words you will remember, make a "
                "strong passphrase."
            ))  # fmt: skip
            self.pass2.clear()
            self.pass1.setFocus()
            return
        try:
            folder = self.target_folder()
            folder.mkdir(parents=True, exist_ok=True)
            self.setCursor(Qt.CursorShape.WaitCursor)
            vault, code = CaseVault.create(
                unused_case_path(folder, name), self.pass1.text(), label, role=self.role(),
                under_18=self.under_18(), region=str(self.region.currentData()),
            )  # fmt: skip
        except (GuardianError, OSError) as exc:
            self.error.show_message(error_text(exc))
            return
        finally:
            self.unsetCursor()
        self.error.show_message("")
        self.pass1.clear()  # the passphrase stays in the fields no longer than needed
        self.pass2.clear()
        self.created.emit(vault, code, self.remember.isChecked())
