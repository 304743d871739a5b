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


def english_plurals(ts_file: Path) -> None:
    """English is the source language, so its catalogue holds only the plural forms:
    "%n page(s)" becomes "1 page" and "13 pages". Existing forms are kept."""
    import xml.etree.ElementTree as ET

    exe = Path(sys.executable).with_name("pyside6-lupdate")
    cmd = [str(exe) if exe.exists() else "pyside6-lupdate", *gui_sources(), "-no-obsolete"]
    cmd += ["-pluralonly", "-source-language", "en_GB", "-target-language", "en_GB"]
    subprocess.run([*cmd, "-locations", "none", "-ts", str(ts_file)], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    tree = ET.parse(ts_file)  # noqa: S314 - our own file, just written by lupdate
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else translation.findall("numerusform")
        if translation is None or not forms or all((f.text or "").strip() for f in forms):
            continue
        source = message.findtext("source") or ""
        one = source.replace("(s)", "")
        many = source.replace("(s)", "s")
        for form, text in zip(forms, [one, many], strict=False):
            form.text = text
        translation.attrib.pop("type", None)
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")  # fmt: skip


if __name__ == "__main__":
    lupdate([ROOT / "i18n" / f"guardian_{lang}.ts" for lang in LANGS])
    english_plurals(ROOT / "i18n" / "guardian_en.ts")
    print("updated", ", ".join(f"i18n/guardian_{lang}.ts" for lang in [*LANGS, "en"]))
