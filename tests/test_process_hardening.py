"""Process hardening: no core dumps and not dumpable, from the app's entry point."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from guardian_desktop.core import process

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process controls")
def test_entry_point_turns_off_core_dumps_and_dumping() -> None:
    script = textwrap.dedent(
        """
        import resource, sys
        from guardian_desktop.core.process import is_dumpable
        before = (resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())
        from guardian_desktop.app import main
        try:
            main(["case", "--help"])
        except SystemExit:
            pass
        print(before, resource.getrlimit(resource.RLIMIT_CORE), is_dumpable(), file=sys.stderr)
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last.endswith("(0, 0) False"), last
    assert "True)" in last  # it was dumpable before: the entry point changed it


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX limits")
def test_hardening_never_stops_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_a: object, **_k: object) -> object:
        raise OSError("no libc here")

    monkeypatch.setattr(process.ctypes, "CDLL", broken)
    import resource

    monkeypatch.setattr(resource, "setrlimit", broken)
    assert process.harden_process() == []
