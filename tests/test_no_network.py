"""A whole session works with the network forbidden, and the GUI never loads QtNetwork."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from guardian_desktop.core import netguard
from guardian_desktop.core.evidence import add_prepared, prepare_bytes
from guardian_desktop.core.models import OffenderIdentifier, Payment, TimelineEvent
from guardian_desktop.core.netguard import (
    NetworkForbidden,
    NetworkGuard,
    allow_network,
    forbid_network,
)
from guardian_desktop.core.vault import CaseVault
from tests.conftest import make_screenshot

ROOT = Path(__file__).resolve().parents[1]
PASS = "correct horse battery"
LABEL = "Zebra Lantern Case 4417"
DESCRIPTION = "Quokka pineapple threat message, sent at midnight"
USERNAME = "dark_wolf_8812_qx"
TIMELINE = "Velvet harbour demand number two"


@dataclass
class Session:
    folder: Path
    png: bytes
    rendition: bytes
    thumbnail: bytes
    pdf_paths: list[Path]


def run_session(cases_dir: Path, export: Path | None = None) -> Session:
    """Create a case, add evidence and details, check it, reopen it, and (when `export`
    is given) write the report there; otherwise build it in memory only."""
    png = make_screenshot(7)
    vault, code = CaseVault.create(cases_dir / "my-case", PASS, LABEL)
    try:
        prepared = prepare_bytes(png, "chat-with-them.png")
        item, added = add_prepared(vault, prepared, description=DESCRIPTION, platform="Instagram")
        assert added
        vault.save_record(OffenderIdentifier(platform="Instagram", username=USERNAME))
        vault.save_record(TimelineEvent(when="2026-01-02T23:59:00+00:00", description=TIMELINE))
        vault.save_record(Payment(kind="demanded", amount="500", currency="GBP"))
        story = vault.answers().story
        story.summary = DESCRIPTION
        vault.save_answers(story)
        report = vault.verify()
        assert report.ok, report.problems
        rendition, thumbnail = vault.rendition(item.id), vault.thumbnail(item.id)
        folder = vault.folder
    finally:
        vault.close()

    vault = CaseVault.open(folder, recovery_code=code)
    try:
        assert vault.info().label == LABEL
        assert [i.description for i in vault.list_evidence()] == [DESCRIPTION]
        assert vault.list_records(OffenderIdentifier)[0].username == USERNAME
        from guardian_desktop.report.pdf import ReportOptions, build_report, write_report

        pdf_paths: list[Path] = []
        if export is None:
            pdfs = build_report(vault, ReportOptions())
            assert pdfs and all(p.startswith(b"%PDF") for p in pdfs)
        else:
            pdf_paths = write_report(vault, export, ReportOptions())
            assert all(p.read_bytes().startswith(b"%PDF") for p in pdf_paths)
    finally:
        vault.close()
    return Session(folder, png, rendition, thumbnail, pdf_paths)


@pytest.fixture
def no_network() -> Iterator[NetworkGuard]:
    with netguard.no_network() as guard:
        yield guard


def test_the_guard_blocks_sockets_and_lookups(no_network: NetworkGuard) -> None:
    with pytest.raises(NetworkForbidden):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkForbidden):
        socket.create_connection(("example.org", 443))
    with pytest.raises(NetworkForbidden):
        socket.getaddrinfo("example.org", 443)
    assert len(no_network.attempts) == 3
    if hasattr(socket, "AF_UNIX"):
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()  # local IPC stays allowed
    no_network.attempts.clear()


def test_the_guard_can_be_lifted() -> None:
    forbid_network()
    allow_network()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.close()


def test_a_whole_session_needs_no_network(tmp_path: Path, no_network: NetworkGuard) -> None:
    session = run_session(tmp_path / "cases")
    assert session.folder.exists()
    assert no_network.attempts == []


def test_gui_modules_do_not_load_qtnetwork() -> None:
    # In a fresh interpreter, so no other test's imports can hide or fake the result.
    code = (
        "import importlib, pkgutil, sys\n"
        "import guardian_desktop.gui as gui\n"
        "names = [m.name for m in pkgutil.walk_packages(gui.__path__, 'guardian_desktop.gui.')]\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "print(len(names))\n"
        "print(','.join(sorted(m for m in sys.modules if 'QtNetwork' in m)))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    count, loaded = (proc.stdout.splitlines() + ["", ""])[:2]
    assert int(count) > 10  # the GUI modules really were imported
    assert loaded == "", f"QtNetwork loaded: {loaded}"
