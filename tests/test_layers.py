"""The logic layers never import Qt: a CLI must work without a GUI toolkit."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import guardian_desktop

ROOT = Path(__file__).resolve().parents[1]
LOGIC_PACKAGES = ["guardian_desktop.core", "guardian_desktop.report"]


def _logic_modules() -> list[str]:
    names = ["guardian_desktop.cli"]
    for package in LOGIC_PACKAGES:
        path = ROOT / package.replace(".", "/")
        names.append(package)
        names += [f"{package}.{m.name}" for m in pkgutil.iter_modules([str(path)])]
    return names


def test_logic_modules_do_not_import_qt() -> None:
    modules = _logic_modules()
    assert "guardian_desktop.core.vault" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "", f"Qt imported by logic: {proc.stdout}"


def test_no_qt_import_statements_in_logic_sources() -> None:
    for package in LOGIC_PACKAGES:
        for path in (ROOT / package.replace(".", "/")).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "PySide6" not in text, path


def test_package_version() -> None:
    assert guardian_desktop.__version__
