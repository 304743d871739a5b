"""The start routes and age: no age is assumed on a new case, an unknown age is never told
"You are under 18", and the under-18 route keeps its region, its way back and the image
rule on the help view. Real widgets, driven by pytest-qt; real case files on disk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from guardian_desktop.core.guidance import load_guidance
from guardian_desktop.core.models import Role
from guardian_desktop.core.settings import Settings
from guardian_desktop.core.vault import default_cases_dir
from guardian_desktop.gui.evidence.reminder import age_warning
from guardian_desktop.gui.main_window import MainWindow
from guardian_desktop.gui.start.help_now import HelpNowView
from guardian_desktop.gui.start.new_case import NewCaseScreen
from guardian_desktop.gui.start.recovery_code import RecoveryCodeScreen
from guardian_desktop.gui.start.under_18 import Under18Screen

LEFT = Qt.MouseButton.LeftButton
PASS = "purple monkey dishwasher rain"
ROLES = ("victim", "helper", "counsellor")


def make_window(qtbot: QtBot) -> MainWindow:
    settings = Settings()
    settings.quick_exit_explained = True
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_text(root: QWidget) -> str:
    return " ".join(label.text() for label in root.findChildren(QLabel) if label.isVisibleTo(root))


def fill_case(qtbot: QtBot, screen: NewCaseScreen) -> None:
    qtbot.keyClicks(screen.label, "Me")
    qtbot.keyClicks(screen.pass1.edit, PASS)
    qtbot.keyClicks(screen.pass2.edit, PASS)


def help_now_save(qtbot: QtBot, window: MainWindow) -> NewCaseScreen:
    qtbot.mouseClick(window.start.help_button, LEFT)
    help_view = window.stack.currentWidget()
    assert isinstance(help_view, HelpNowView)
    qtbot.mouseClick(help_view.save_button, LEFT)
    screen = window.stack.currentWidget()
    assert isinstance(screen, NewCaseScreen)
    return screen


def test_help_now_save_asks_the_age_and_assumes_none(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    screen = help_now_save(qtbot, window)
    assert not any(choice.isChecked() for choice in screen.ages.values())
    fill_case(qtbot, screen)
    qtbot.mouseClick(screen.create_button, LEFT)
    # No case: a plain message by the age question and with the form's errors.
    assert window.stack.currentWidget() is screen
    assert not default_cases_dir().exists() or not any(default_cases_dir().iterdir())
    assert screen.age_error.isVisibleTo(screen)
    assert "under 18" in screen.age_error.text() and "Not sure" in screen.age_error.text()
    assert screen.error.isVisibleTo(screen) and screen.error.text() == screen.age_error.text()
    # Nothing typed is lost.
    assert screen.label.text() == "Me"
    assert screen.pass1.text() == PASS and screen.pass2.text() == PASS
    # Answering clears the message, and the case is made with that answer.
    qtbot.mouseClick(screen.ages["no"].button, LEFT)
    assert not screen.age_error.isVisibleTo(screen)
    qtbot.mouseClick(screen.create_button, LEFT)
    assert isinstance(window.stack.currentWidget(), RecoveryCodeScreen)
    assert window.vault is not None and window.vault.info().under_18 is False


def test_unanswered_age_survives_a_language_rebuild(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    screen = help_now_save(qtbot, window)
    fill_case(qtbot, screen)
    assert screen.snapshot()["age"] == ""
    window.retranslate()
    rebuilt = window.stack.currentWidget()
    assert isinstance(rebuilt, NewCaseScreen) and rebuilt is not screen
    assert not any(choice.isChecked() for choice in rebuilt.ages.values())
    assert rebuilt.label.text() == "Me" and rebuilt.pass1.text() == PASS


def test_not_sure_is_never_told_you_are_under_18(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    screen = help_now_save(qtbot, window)
    fill_case(qtbot, screen)
    qtbot.mouseClick(screen.ages["unsure"].button, LEFT)
    qtbot.mouseClick(screen.create_button, LEFT)
    code = window.stack.currentWidget()
    assert isinstance(code, RecoveryCodeScreen)
    qtbot.mouseClick(code.written.button, LEFT)
    qtbot.mouseClick(code.continue_button, LEFT)
    QApplication.processEvents()
    assert window.wizard is not None
    page = window.wizard.current_page
    text = shown_text(page)
    # Treated as under 18 (the rule is shown), but no age is claimed.
    assert "If you are, or might be, under 18: do not screenshot" in text
    assert "You are under 18" not in text


@pytest.mark.parametrize("lang", ["en", "cy", "pl", "es", "ar"])
def test_image_rule_never_claims_an_age(lang: str) -> None:
    claims = {
        "en": ("You are under 18", "They are under 18"),
        "cy": ("Rwyt ti o dan 18 oed.", "Maen nhw o dan 18 oed."),
        "pl": ("Masz mniej niż 18 lat.", "Ta osoba ma mniej niż 18 lat."),
        "es": ("Tienes menos de 18 años.", "Esa persona tiene menos de 18 años."),
        "ar": ("عمرك أقل من 18 عامًا.", "عمره أقل من 18 عامًا."),
    }[lang]
    guidance = load_guidance(lang)
    for role in ROLES:
        words = " ".join(b.text for b in guidance.step("evidence").blocks(role, None))
        assert not any(words.startswith(c) or f" {c}" in words for c in claims)
    assert age_warning("victim", None).startswith("If you are, or might be, under 18")
    assert age_warning("helper", None).startswith("If they are, or might be, under 18")


def open_under_18_help(qtbot: QtBot, window: MainWindow, role: str, region: str) -> HelpNowView:
    qtbot.mouseClick(window.start.under_18_button, LEFT)
    screen = window.stack.currentWidget()
    assert isinstance(screen, Under18Screen)
    screen.role.setCurrentIndex(screen.role.findData(role))
    screen.region.setCurrentIndex(screen.region.findData(region))
    qtbot.mouseClick(screen.help_button, LEFT)
    view = window.stack.currentWidget()
    assert isinstance(view, HelpNowView)
    return view


def test_under_18_help_keeps_region_and_goes_back_to_under_18(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    view = open_under_18_help(qtbot, window, "helper", "scotland")
    assert view.back_button.accessibleName() == "Go back to help for someone under 18"
    qtbot.mouseClick(view.back_button, LEFT)
    back = window.stack.currentWidget()
    assert isinstance(back, Under18Screen)
    assert back.current_role() == "helper" and back.current_region() == "scotland"

    qtbot.mouseClick(back.help_button, LEFT)
    view = window.stack.currentWidget()
    assert isinstance(view, HelpNowView)
    qtbot.mouseClick(view.save_button, LEFT)
    new = window.stack.currentWidget()
    assert isinstance(new, NewCaseScreen)
    assert new.region.currentData() == "scotland"
    assert new.ages["yes"].isChecked() and new.roles[Role.HELPER].isChecked()
    # Back from the new case: the same help view, then the under-18 screen, region kept.
    qtbot.mouseClick(new.cancel_button, LEFT)
    view = window.stack.currentWidget()
    assert isinstance(view, HelpNowView) and view.under_18 is True
    qtbot.mouseClick(view.back_button, LEFT)
    back = window.stack.currentWidget()
    assert isinstance(back, Under18Screen) and back.current_region() == "scotland"


def test_under_18_help_survives_a_language_rebuild(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    open_under_18_help(qtbot, window, "victim", "northern-ireland")
    window.retranslate()
    view = window.stack.currentWidget()
    assert isinstance(view, HelpNowView)
    assert view.region == "northern-ireland" and view.from_under_18
    qtbot.mouseClick(view.save_button, LEFT)
    new = window.stack.currentWidget()
    assert isinstance(new, NewCaseScreen) and new.region.currentData() == "northern-ireland"


@pytest.mark.parametrize("role", ROLES)
def test_under_18_help_view_starts_with_the_image_rule(qtbot: QtBot, role: str) -> None:
    window = make_window(qtbot)
    view = open_under_18_help(qtbot, window, role, "england-wales")
    rule = [b.text for b in load_guidance().step("evidence").blocks(role, True)
            if b.kind == "warning"]  # fmt: skip
    assert rule
    assert view.image_rule is not None and view.image_rule.isVisibleTo(view)
    # First on the page of guidance, before step 1.
    layout = view._guidance_layout
    item = layout.itemAt(0)
    assert item is not None and item.widget() is view.image_rule
    text = shown_text(view)
    assert all(r in text for r in rule)
    assert text.index(rule[0]) < text.index("1. ")


def test_general_help_view_has_no_under_18_image_rule(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    qtbot.mouseClick(window.start.help_button, LEFT)
    view = window.stack.currentWidget()
    assert isinstance(view, HelpNowView)
    assert view.image_rule is None
    assert view.back_button.accessibleName() == "Go back to the start"
    qtbot.mouseClick(view.back_button, LEFT)
    assert window.stack.currentWidget() is window.start
