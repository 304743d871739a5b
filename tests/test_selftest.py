"""The `--self-test` command: every step passes here, and a broken step is named."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from guardian_desktop import selftest

ROOT = Path(__file__).resolve().parents[1]
STEP_NAMES = [name for name, _step in selftest.STEPS]


def _run_in_process() -> tuple[int, str]:
    out = io.StringIO()
    code = selftest.run_self_test(out)
    return code, out.getvalue()


def test_every_step_passes_in_process() -> None:
    code, text = _run_in_process()
    assert code == 0, text
    for name in STEP_NAMES:
        assert f"ok      {name}: " in text, text
    assert "FAILED" not in text
    assert "Self-test passed" in text


def test_scratch_folder_is_removed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    scratch_parent = tmp_path / "scratch"
    scratch_parent.mkdir()
    monkeypatch.setattr(selftest.tempfile, "tempdir", str(scratch_parent))
    code, text = _run_in_process()
    assert code == 0, text
    assert list(scratch_parent.iterdir()) == []


def test_a_broken_step_is_named_and_fails_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from guardian_desktop.report import pdf

    def broken(*_args: object, **_kwargs: object) -> list[bytes]:
        raise RuntimeError("the report engine is missing")

    monkeypatch.setattr(pdf, "build_report", broken)
    code, text = _run_in_process()
    assert code == 1
    assert "FAILED  Build the report: RuntimeError: the report engine is missing" in text
    # The report could not be drawn either, and it says why; later steps still ran.
    assert "FAILED  Draw the report: no report to draw" in text
    assert "ok      Verify the case: " in text
    assert "Self-test FAILED: 2 of" in text
    assert "(Build the report, Draw the report)" in text


def test_a_failed_check_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "REQUIRED_FONTS", ("NoSuchFont.ttf",))
    code, text = _run_in_process()
    assert code == 1
    assert "FAILED  Bundled resources: fonts missing from " in text
    assert "NoSuchFont.ttf" in text


def test_no_case_means_later_steps_fail_not_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    from guardian_desktop.core.vault import CaseVault

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(CaseVault, "create", refuse)
    code, text = _run_in_process()
    assert code == 1
    assert "FAILED  Create a case: OSError: [Errno 28] No space left on device" in text
    for name in STEP_NAMES[STEP_NAMES.index("Create a case") + 1 :]:
        assert f"FAILED  {name}: " in text


@pytest.mark.slow
def test_command_line_self_test_at_real_cost(tmp_path: Path) -> None:
    scratch_parent = tmp_path / "scratch"
    scratch_parent.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(scratch_parent))
    proc = subprocess.run(
        [sys.executable, "-m", "guardian_desktop", "--self-test"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for name in STEP_NAMES:
        assert f"ok      {name}: " in proc.stdout
    assert "Self-test passed" in proc.stdout
    assert list(scratch_parent.iterdir()) == []
