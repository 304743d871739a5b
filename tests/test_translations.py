"""The .ts files are up to date with the code, and the translations load."""

from __future__ import annotations

import ast
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


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def test_lupdate_finds_every_translated_string(tmp_path: Path) -> None:
    """Every literal given to tr() or translate() in the code is in the .ts files."""
    fresh = tmp_path / "probe_pl.ts"
    lupdate([fresh])
    extracted = {src for _ctx, src in _messages(fresh)}
    missing = []
    for path in sorted((ROOT / "guardian_desktop" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            args = node.args
            if node.func.attr == "tr" and args:
                text = _literal(args[0])
            elif node.func.attr == "translate" and len(args) >= 2 and _literal(args[0]):
                text = _literal(args[1])
            else:
                continue
            if text is not None and text not in extracted:
                missing.append(f"{path.name}:{node.lineno}: {text[:60]!r}")
    assert not missing, "\n".join(missing)
