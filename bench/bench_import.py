"""Adding screenshots through the evidence screen, the way a person does it.

Goes through EvidenceScreen.add_paths -> the worker thread -> core import_files, exactly
as the "Add screenshots" button and drag and drop do.

Goals: >= 30 items/s for 100 phone screenshots (1170 x 2532 PNG); the UI thread never
blocked for 50 ms or more during the import (a 10 ms QTimer on the UI thread records the
longest gap between its ticks); peak memory growth < 100 MB while adding 500.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_import.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import peak_rss_mb, write_screenshots  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from guardian_desktop.core.evidence import BatchResult  # noqa: E402
from guardian_desktop.core.vault import CaseVault  # noqa: E402
from guardian_desktop.gui.evidence import EvidenceScreen  # noqa: E402

SHOTS = Path(tempfile.gettempdir()) / "gd-bench-import-shots"  # synthetic, reused between runs


class GapMeter:
    """Longest time between ticks of a 10 ms timer on the UI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.longest = 0

    def start(self) -> None:
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self._tick()
        self.timer.stop()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())


def import_through_screen(
    screen: EvidenceScreen, paths: list[Path], meter: GapMeter | None = None
) -> tuple[BatchResult, float]:
    loop = QEventLoop()
    results: list[BatchResult] = []

    def done(result: BatchResult) -> None:
        results.append(result)
        loop.quit()

    screen.batch_finished.connect(done)
    if meter:
        meter.start()
    started = time.perf_counter()
    assert screen.add_paths(paths)
    loop.exec()
    seconds = time.perf_counter() - started
    # Let the list draw its new rows; that is part of what the person waits for.
    QApplication.processEvents()
    if meter:
        meter.stop()
    screen.batch_finished.disconnect(done)
    return results[0], seconds


def new_screen(folder: Path) -> tuple[CaseVault, EvidenceScreen]:
    vault, _ = CaseVault.create(folder, "bench passphrase", "Bench")
    screen = EvidenceScreen(vault, role="victim", under_18=False)
    screen.resize(1024, 640)
    screen.show()
    QApplication.processEvents()
    return vault, screen


def speed() -> None:
    paths = write_screenshots(SHOTS, 100)
    with tempfile.TemporaryDirectory() as tmp:
        vault, screen = new_screen(Path(tmp) / "case")
        meter = GapMeter()
        result, seconds = import_through_screen(screen, paths, meter)
        assert len(result.added) == 100, result.failed
        print(f"100 phone screenshots (1170x2532 PNG) in {seconds:.2f} s: "
              f"{100 / seconds:.1f} items/s (goal >= 30)")  # fmt: skip
        print(f"longest UI-thread block during the import: {meter.longest} ms (goal < 50)")
        screen.close()
        vault.close()


def _reset_peak() -> bool:
    """Linux: writing 5 to clear_refs resets VmHWM to the current resident size."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def memory(count: int) -> None:
    """Run in a fresh process, so nothing else has raised the peak before."""
    paths = write_screenshots(SHOTS, count)
    with tempfile.TemporaryDirectory() as tmp:
        vault, screen = new_screen(Path(tmp) / "case")
        _reset_peak()
        before = peak_rss_mb()
        result, seconds = import_through_screen(screen, paths)
        after = peak_rss_mb()
        assert len(result.added) == count, result.failed
        print(f"{count} screenshots in {seconds:.1f} s ({count / seconds:.1f} items/s); "
              f"peak memory growth {after - before:.1f} MB (goal < 100; VmHWM "
              f"{before:.0f} -> {after:.0f} MB)")  # fmt: skip
        screen.close()
        vault.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if len(sys.argv) > 2 and sys.argv[1] == "--memory":
        memory(int(sys.argv[2]))
        return
    print("making synthetic screenshots (once; kept in", SHOTS, ")", flush=True)
    write_screenshots(SHOTS, 500)
    speed()
    subprocess.run(
        [sys.executable, __file__, "--memory", "500"], check=True, cwd=Path(__file__).parent
    )
    del app


if __name__ == "__main__":
    main()
