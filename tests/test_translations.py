"""The .ts files are up to date with the code, and the translations load."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from update_translations import LANGS, lupdate  # noqa: E402


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    out = set()
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in {"obsolete", "vanished"}:
                continue
            out.add((name, message.findtext("source") or ""))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_ts_file_is_up_to_date(lang: str, tmp_path: Path) -> None:
    committed = ROOT / "i18n" / f"guardian_{lang}.ts"
    assert committed.exists(), "run `make translations`"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    lupdate([fresh])
    assert _messages(fresh) == _messages(committed), "run `make translations`"


def test_every_string_has_a_context(tmp_path: Path) -> None:
    fresh = tmp_path / "probe_cy.ts"
    lupdate([fresh])
    messages = _messages(fresh)
    assert len(messages) > 100
    no_context = sorted(src for ctx, src in messages if not ctx)
    assert not no_context, f"tr() outside a class, use QCoreApplication.translate: {no_context}"
