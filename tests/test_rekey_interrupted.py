"""A re-key stopped by a crash after its first step: the next open finishes it, writes it
in the audit log and tells the person to make a new recovery code (the new one may never
have been shown; the old one no longer opens the case)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from guardian_desktop.core.errors import WrongSecretError
from guardian_desktop.core.vault import CaseVault

ROOT = Path(__file__).resolve().parents[1]
PASS = "correct horse battery staple"


@pytest.mark.slow
def test_an_interrupted_rekey_says_to_make_a_new_recovery_code(tmp_path: Path) -> None:
    vault, old_code = CaseVault.create(tmp_path / "c", PASS, "T", under_18=False)
    folder = vault.folder
    vault.close()
    child = textwrap.dedent(f"""
        import os, signal
        from guardian_desktop.core import vault as V
        def stop(self, new_key):
            os.kill(os.getpid(), signal.SIGKILL)  # a power cut right after step 1
        V.CaseVault._finish_rekey = stop
        V.CaseVault.open({str(folder)!r}, passphrase={PASS!r}).rekey({PASS!r})
    """)
    done = subprocess.run([sys.executable, "-c", child], cwd=ROOT, check=False)
    assert done.returncode == -9
    with CaseVault.open(folder, passphrase=PASS) as vault:
        assert "rekey_finished" in vault.notice_codes
        assert any("new recovery code" in n for n in vault.notices)
        assert "case.rekeyed" in [e.action for e in vault.audit_log()]
        assert vault.verify().ok
    with pytest.raises(WrongSecretError):
        CaseVault.open(folder, recovery_code=old_code)
    with CaseVault.open(folder, passphrase=PASS) as vault:  # said once, not every time
        assert "rekey_finished" not in vault.notice_codes
