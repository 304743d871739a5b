"""Nothing of a case is left outside its encrypted folder, except the report the person saved.

HOME, TMPDIR (and tempfile.tempdir) and every XDG folder point into tmp_path; after a
whole session every file under tmp_path, outside the case folder and the exported PDF,
is searched for the case's words and the screenshot's bytes.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from guardian_desktop.core.vault import CaseVault, default_cases_dir
from tests.test_no_network import DESCRIPTION, LABEL, PASS, TIMELINE, USERNAME, run_session

GUI_SUMMARY = "Marmalade comet story typed in the wizard"


@pytest.fixture
def sealed(tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Everything the app or a library could write to, inside tmp_path."""
    tmp = isolated_home / "tmp"
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("TEMP", str(tmp))
    monkeypatch.setenv("TMP", str(tmp))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setattr(tempfile, "tempdir", None)  # so tempfile reads TMPDIR again
    assert tempfile.gettempdir() == str(tmp)
    assert str(default_cases_dir()).startswith(str(tmp_path))
    yield tmp_path


def _needles(png: bytes, rendition: bytes, thumbnail: bytes, texts: list[str]) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for text in texts:
        found[f"text {text!r} (UTF-8)"] = text.encode("utf-8")
        found[f"text {text!r} (UTF-16)"] = text.encode("utf-16-le")
    found["the whole screenshot"] = png
    for name, blob in (("screenshot", png), ("rendition", rendition), ("thumbnail", thumbnail)):
        middle = len(blob) // 2
        found[f"64 bytes from the middle of the {name}"] = blob[middle : middle + 64]
    return found


def _scan(root: Path, skip: list[Path], needles: dict[str, bytes]) -> list[str]:
    hits: list[str] = []
    skip_resolved = [s.resolve() for s in skip]
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = Path(dirpath) / name
            resolved = path.resolve()
            if any(resolved == s or s in resolved.parents for s in skip_resolved):
                continue
            for label, needle in needles.items():
                if needle.decode("latin-1") in str(path) and "text" in label:
                    hits.append(f"{path}: file name holds {label}")
            try:
                data = path.read_bytes()
            except OSError:
                continue
            hits += [f"{path}: {label}" for label, needle in needles.items() if needle in data]
    return hits


def test_a_logic_session_leaves_no_trace(sealed: Path) -> None:
    export = sealed / "export"
    export.mkdir()
    session = run_session(default_cases_dir(), export / "report.pdf")
    assert session.pdf_paths == [export / "report.pdf"]
    needles = _needles(
        session.png, session.rendition, session.thumbnail, [LABEL, DESCRIPTION, USERNAME, TIMELINE]
    )
    # The check can see: the needles are in the case's own files only in encrypted form,
    # but a plain copy placed outside would be found.
    decoy = sealed / "home" / ".cache" / "decoy.bin"
    decoy.write_bytes(b"xx" + session.png + b"yy")
    assert _scan(sealed, [session.folder, *session.pdf_paths], needles)
    decoy.unlink()
    assert _scan(sealed, [session.folder, *session.pdf_paths], needles) == []
    assert not any(
        needle in (session.folder / "case.db").read_bytes() for needle in needles.values()
    )


def test_a_gui_session_leaves_no_trace(qtbot: QtBot, sealed: Path) -> None:
    from PySide6.QtTest import QTest

    from guardian_desktop.gui.evidence import EvidenceScreen
    from guardian_desktop.gui.safety import quick_exit as qe_module
    from guardian_desktop.gui.safety.quick_exit import QuickExit
    from guardian_desktop.gui.wizard.interview import InterviewPage
    from guardian_desktop.gui.wizard.view import WizardView

    export = sealed / "export"
    export.mkdir()
    session = run_session(default_cases_dir(), export / "report.pdf")
    vault = CaseVault.open(session.folder, passphrase=PASS)

    screen = EvidenceScreen(vault)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)

    wizard = WizardView(vault)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    for row in range(wizard.steps.count()):  # every step is built, loaded and shown
        wizard.steps.setCurrentRow(row)
    details = next(p for p in wizard.pages if isinstance(p, InterviewPage))
    wizard.go_to("details")
    details.show_question("story")
    summary = details.current.summary  # type: ignore[attr-defined]
    summary.setFocus()
    summary.clear()
    QTest.keyClicks(summary, GUI_SUMMARY)

    quits: list[int] = []
    quick_exit = QuickExit()
    quick_exit.add_save_callback(wizard.save_all)
    quick_exit.set_lock_callback(vault.close)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(qe_module, "quit_application", lambda: quits.append(1))
        quick_exit.trigger()
    assert quits == [1] and not vault.is_open

    reopened = CaseVault.open(session.folder, passphrase=PASS)
    try:
        saved = reopened.answers()
    finally:
        reopened.close()
    assert GUI_SUMMARY in str(saved), "the text typed in the wizard was not saved"

    needles = _needles(
        session.png,
        session.rendition,
        session.thumbnail,
        [LABEL, DESCRIPTION, USERNAME, TIMELINE, GUI_SUMMARY],
    )
    assert _scan(sealed, [session.folder, *session.pdf_paths], needles) == []
