"""Real processes: a kill in the middle of a batch, and a second program opening the case."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from guardian_desktop.core.errors import CaseInUseError
from guardian_desktop.core.vault import CaseVault

ROOT = Path(__file__).resolve().parents[1]
PASS = "correct horse battery"

CHILD_PRELUDE = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from guardian_desktop.core import keys
    keys.PASSPHRASE_KDF = {{"n": 2**10, "r": 8, "p": 1}}
    from guardian_desktop.core.vault import CaseVault
    from guardian_desktop.core.evidence import add_prepared, prepare_bytes
    from tests.conftest import make_screenshot
    """
)


def _child(code: str) -> subprocess.Popen[str]:
    script = CHILD_PRELUDE.format(root=str(ROOT)) + textwrap.dedent(code)
    return subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


@pytest.fixture
def case_folder(tmp_path: Path) -> Path:
    vault, _ = CaseVault.create(tmp_path / "case", PASS, "Kill test")
    vault.close()
    return vault.folder


@pytest.mark.slow
def test_sigkill_while_adding_leaves_only_whole_items(case_folder: Path) -> None:
    child = _child(
        f"""
        v = CaseVault.open({str(case_folder)!r}, passphrase={PASS!r})
        for i in range(50):
            add_prepared(v, prepare_bytes(make_screenshot(i, (600, 1300)), f"shot{{i}}.png"))
            print(i, flush=True)
        """
    )
    assert child.stdout is not None
    seen = 0
    for line in child.stdout:
        seen = int(line) + 1
        if seen >= 12:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    with CaseVault.open(case_folder, passphrase=PASS) as vault:
        items = vault.list_evidence()
        assert seen <= len(items) < 50
        assert [i.exhibit_no for i in items] == list(range(1, len(items) + 1))
        report = vault.verify()
        assert report.ok, report.problems
        assert report.items_checked == len(items)
        for item in items:
            assert vault.thumbnail(item.id) and vault.rendition(item.id)


@pytest.mark.slow
def test_second_process_gets_case_in_use(case_folder: Path) -> None:
    child = _child(
        f"""
        v = CaseVault.open({str(case_folder)!r}, passphrase={PASS!r})
        print("open", flush=True)
        sys.stdin.readline()
        v.close()
        """
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(CaseInUseError, match="already open"):
            CaseVault.open(case_folder, passphrase=PASS)
    finally:
        child.kill()
        child.wait(timeout=30)
    # Once the other program has gone, the case opens normally.
    CaseVault.open(case_folder, passphrase=PASS).close()
