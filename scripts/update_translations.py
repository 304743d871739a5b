"""Refresh i18n/guardian_<lang>.ts from the GUI sources with pyside6-lupdate.

Run after changing any user-facing string: `make translations`. Existing translations
are kept; strings no longer in the code are dropped.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGS = ["cy", "pl", "es", "ar"]


def gui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "guardian_desktop/gui").rglob("*.py"))


def lupdate(ts_files: list[Path]) -> None:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    cmd = [str(exe) if exe.exists() else "pyside6-lupdate", *gui_sources(), "-no-obsolete"]
    cmd += ["-locations", "none", "-ts", *map(str, ts_files)]
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    lupdate([ROOT / "i18n" / f"guardian_{lang}.ts" for lang in LANGS])
    print("updated", ", ".join(f"i18n/guardian_{lang}.ts" for lang in LANGS))
