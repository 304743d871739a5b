"""Compile the Qt Linguist translations (i18n/*.ts) into .qm files next to them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "i18n"


def lrelease_command() -> list[str] | None:
    exe = shutil.which("pyside6-lrelease")
    if exe is None:
        candidate = Path(sys.executable).with_name("pyside6-lrelease")
        exe = str(candidate) if candidate.exists() else None
    return [exe] if exe else None


def build(folder: Path = I18N) -> list[Path]:
    sources = sorted(folder.glob("*.ts"))
    if not sources:
        return []
    cmd = lrelease_command()
    if cmd is None:
        raise SystemExit("pyside6-lrelease was not found; install PySide6 first")
    built = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([*cmd, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build():
        print(f"built {path.relative_to(I18N.parent)}")
