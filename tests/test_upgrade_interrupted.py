"""A crash (kill -9) after an old case's schema steps commit but before its data steps
run: the next open finishes them, so the typed story is moved into the answers, the old
items are sealed and verify finds nothing wrong. The old free-text dates and how they were
read stay in the chain of custody."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlcipher3

from guardian_desktop.core import keys
from guardian_desktop.core.vault import CaseVault

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "schema2-keys1"
STORY = "He said he would send the pictures to my family"


def _old_case(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "c.gdcase"
    shutil.copytree(GOLDEN, folder)
    info = json.loads((folder / "info.json").read_text())
    (folder / "info.json").unlink()
    passphrase = str(info["passphrase"])
    key = keys.unlock_with_secret(folder, passphrase, "passphrase").data_key
    conn = sqlcipher3.connect(str(folder / "case.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("INSERT OR REPLACE INTO progress VALUES ('details.summary', ?)",
                 (json.dumps(STORY),))  # fmt: skip
    conn.execute("""INSERT INTO timeline ("when", description) VALUES ('25/10/2025 22:47', 'x')""")
    conn.close()
    return folder, passphrase


@pytest.mark.slow
def test_a_crash_between_schema_and_data_steps_is_finished_on_the_next_open(
    tmp_path: Path,
) -> None:
    folder, passphrase = _old_case(tmp_path)
    child = textwrap.dedent(f"""
        import os, signal
        from guardian_desktop.core import vault as V
        real = V.migrate
        def migrate(conn, *a, **k):
            result = real(conn, *a, **k)
            os.kill(os.getpid(), signal.SIGKILL)  # a power cut right here
            return result
        V.migrate = migrate
        V.CaseVault.open({str(folder)!r}, passphrase={passphrase!r})
    """)
    done = subprocess.run([sys.executable, "-c", child], cwd=ROOT, check=False)
    assert done.returncode == -9
    with CaseVault.open(folder, passphrase=passphrase) as vault:
        assert vault.answers().story.summary == STORY
        report = vault.verify()
        assert report.ok, report.problems
        log = vault.audit_log()
        assert any("finished after an interruption" in e.detail for e in log)
        read = [e.detail for e in log if e.action == "case.dates_read"]
        assert read and "'25/10/2025 22:47' read as 2025-10-25T22:47" in read[0]
    with CaseVault.open(folder, passphrase=passphrase) as vault:  # nothing left pending
        assert vault._read("SELECT count(*) FROM meta WHERE key LIKE 'pending_%'")[0][0] == 0
