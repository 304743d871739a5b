"""The report in Welsh: an option for Wales, whatever the app's language.

Every report word goes through `_()` / `ngettext` with a literal English text, and every
such text has a Welsh entry in resources/report/cy.json; these tests fail when a new
string is added without one.
"""

from __future__ import annotations

import ast
import io
import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from guardian_desktop.core.models import Payment
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.report import i18n
from guardian_desktop.report.bundle import build_bundle
from guardian_desktop.report.facts import format_date
from guardian_desktop.report.pdf import ReportOptions, build_report, report_languages
from guardian_desktop.report.summary import plain_text_summary

from .report_cases import PASSPHRASE, fast_kdf, make_hostile_case

ROOT = Path(__file__).resolve().parents[1]
REPORT_SOURCES = sorted((ROOT / "guardian_desktop" / "report").glob("*.py"))
CATALOGUE = ROOT / "resources" / "report" / "cy.json"
TRANSLATED = ("_", "ngettext")
# {name} for .format(), %s / %d / %(name)s for %-formatting.
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\([a-z_]+\)[sd]|%[sd]")
# Words only the Welsh report has (the English one must have none of them).
WELSH_WORDS = ("Tudalen", "Arddangosyn", "Mynegai", "arddangosion", "Paratowyd", "heddlu")


def _calls() -> Iterator[tuple[str, int, ast.Call]]:
    for path in REPORT_SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in TRANSLATED
            ):
                yield path.name, node.lineno, node


def _literals() -> dict[str, str]:
    """Every English text given to _() or ngettext(), with where it is."""
    found: dict[str, str] = {}
    for name, line, call in _calls():
        args = call.args[:2] if call.func.id == "ngettext" else call.args[:1]  # type: ignore[attr-defined]
        for arg in args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, f"{name}:{line}")
    return found


def _welsh() -> dict[str, str]:
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def welsh_pdf(practice: CaseVault) -> bytes:
    parts = build_report(practice, ReportOptions(language="cy", statement_name="Sam Example"))
    assert len(parts) == 1
    return parts[0]


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


# --- the catalogue ------------------------------------------------------------------------


def test_every_report_string_is_a_literal() -> None:
    """A variable passed to _() hides its text from the checks below: use a literal and
    .format() instead."""
    hidden = [
        f"{name}:{line}: {ast.unparse(arg)}"
        for name, line, call in _calls()
        if name != "i18n.py"
        for arg in (call.args[:2] if call.func.id == "ngettext" else call.args[:1])  # type: ignore[attr-defined]
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str))
    ]
    assert not hidden, hidden


def test_every_report_string_has_a_welsh_entry() -> None:
    literals = _literals()
    assert len(literals) > 150
    welsh = _welsh()
    missing = {text: where for text, where in literals.items() if not welsh.get(text, "").strip()}
    assert not missing, f"add these to {CATALOGUE.name}: {missing}"
    unused = sorted(set(welsh) - set(literals))
    assert not unused, f"no longer in the report code, remove from {CATALOGUE.name}: {unused}"


def test_welsh_entries_keep_placeholders_spaces_and_fixed_terms() -> None:
    wrong = []
    for en, cy in _welsh().items():
        if Counter(PLACEHOLDER.findall(en)) != Counter(PLACEHOLDER.findall(cy)):
            wrong.append(("placeholders", en, cy))
        if (en.startswith(" "), en.endswith(" ")) != (cy.startswith(" "), cy.endswith(" ")):
            wrong.append(("spaces", en, cy))
        if en.count("<b>") != cy.count("<b>") or en.count("</b>") != cy.count("</b>"):
            wrong.append(("markup", en, cy))
        for fixed in ("SHA-256", "GD-001", "GD-002", "PDF", "UTC", "manifest.csv", "ZIP"):
            if en.count(fixed) != cy.count(fixed):
                wrong.append((fixed, en, cy))
        for number in re.findall(r"\d+", PLACEHOLDER.sub("", en)):
            if number not in cy:
                wrong.append(("number", en, cy))
    assert not wrong, wrong


def test_catalogue_says_it_is_not_yet_reviewed() -> None:
    meta = json.loads(CATALOGUE.read_text(encoding="utf-8"))["_meta"]
    assert meta["reviewed_by_native_speaker"] is False
    assert "native speaker" in meta["note"]


def test_lookup_falls_back_to_english_and_is_scoped() -> None:
    assert i18n._("Page {page} of {total}") == "Page {page} of {total}"
    with i18n.use_language("cy") as lang:
        assert lang == "cy"
        assert i18n._("Page {page} of {total}") == "Tudalen {page} o {total}"
        assert i18n._("Not in the catalogue") == "Not in the catalogue"
        assert i18n.ngettext("{n} picture", "{n} pictures", 1) == "{n} llun"
        with i18n.use_language("en"):
            assert i18n._("Contents") == "Contents"
        assert i18n._("Contents") == "Cynnwys"
    assert i18n.current_language() == "en"
    with i18n.use_language("CY-gb"):
        assert i18n.current_language() == "cy"
    with pytest.raises(ValueError), i18n.use_language("xx"):
        pass


def test_dates_use_welsh_month_names() -> None:
    from datetime import date

    assert format_date(date(2026, 3, 3)) == "3 March 2026"
    with i18n.use_language("cy"):
        months = [format_date(date(2026, m, 1)).split()[1] for m in range(1, 13)]
    assert months == [
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
    ]  # fmt: skip


# --- the Welsh report ------------------------------------------------------------------------


def test_welsh_report_has_welsh_headings_and_page_numbers(welsh_pdf: bytes) -> None:
    texts = pages_text(welsh_pdf)
    n = len(texts)
    assert n >= 10
    for number, text in enumerate(texts, 1):
        assert f"Tudalen {number} o {n}" in text
        assert "Practice case" not in text  # the case label is never printed
        assert "YMARFER - NID ACHOS GO IAWN" in text
    text = "\n".join(texts)
    for heading in (
        "1. I'r swyddog: darllenwch hwn yn gyntaf",
        "6. Mynegai arddangosion",
        "8. Cywirdeb a chadwyn gadw",
        "Datganiad gwirionedd",
        "Arddangosyn GD-004 (SE/4) - rhan 1 o 2",
    ):
        assert heading in text, heading
    for english in ("Exhibit index", "Page 1 of", "For the officer", "Statement of truth"):
        assert english not in text, english
    assert re.search(r"\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|"
                     r"Medi|Hydref|Tachwedd|Rhagfyr) \d{4}", text)  # fmt: skip
    for command in ("sha256sum", "shasum -a 256", "certutil -hashfile"):
        assert command in text
    meta = PdfReader(io.BytesIO(welsh_pdf)).metadata
    assert meta is not None and meta.title == "Adroddiad tystiolaeth"
    assert meta.author == "Guardian Desktop"


def test_welsh_contents_page_numbers_point_at_sections(welsh_pdf: bytes) -> None:
    texts = pages_text(welsh_pdf)
    contents = PdfReader(io.BytesIO(welsh_pdf)).pages[0].extract_text(extraction_mode="layout")
    for title in ("3. Manylion y troseddwr", "6. Mynegai arddangosion"):
        m = re.search(re.escape(title) + r"[ .]*(\d+)", contents)
        assert m, title
        assert title in texts[int(m.group(1)) - 1]


def test_english_report_has_no_welsh(practice: CaseVault) -> None:
    text = "\n".join(pages_text(build_report(practice, ReportOptions())[0]))
    assert "Page 1 of" in text and "6. Exhibit index" in text
    for word in WELSH_WORDS:
        assert word not in text, word
    meta = PdfReader(io.BytesIO(build_report(practice, ReportOptions())[0])).metadata
    assert meta is not None and meta.title == "Evidence report"


def test_unknown_report_language_is_refused(practice: CaseVault) -> None:
    with pytest.raises(ValueError):
        build_report(practice, ReportOptions(language="fr"))


def test_nothing_falls_back_to_english_in_a_welsh_report(
    practice: CaseVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Build everything in Welsh, with split parts, payments and a hostile case, and record
    every lookup the catalogue could not answer."""
    missed: list[str] = []
    real = i18n.catalogue("cy")

    class Recording(dict[str, str]):
        def get(self, key: str, default: str | None = None) -> str:  # type: ignore[override]
            if key not in self:
                missed.append(key)
            return super().get(key, default or key)

    recording = Recording(real)
    monkeypatch.setattr(i18n, "catalogue", lambda lang: recording if lang == "cy" else {})
    options = ReportOptions(language="cy", statement_name="Sam Example")
    whole = build_report(practice, options)[0]
    parts = build_report(practice, ReportOptions(language="cy", max_part_bytes=len(whole) // 3))
    assert len(parts) >= 2
    assert "Rhan 1 o" in pages_text(parts[0])[0]
    build_bundle(practice, options)
    plain_text_summary(practice, language="cy")
    with fast_kdf():
        hostile = make_hostile_case(tmp_path)
    with hostile:
        hostile.save_record(Payment(kind="demanded", amount="", when="2026-03-01"))
        build_report(hostile, ReportOptions(language="cy"))
        plain_text_summary(hostile, language="cy")
    empty, _code = CaseVault.create(tmp_path / "empty", PASSPHRASE, "Empty")
    with empty:
        build_report(empty, ReportOptions(language="cy"))
    assert not missed, sorted(set(missed))


def test_welsh_summary_and_bundle_readme(practice: CaseVault) -> None:
    summary = plain_text_summary(practice, language="cy")
    assert len(summary) <= 4000
    assert "GD-001 i GD-006" in summary and "adroddiad PDF" in summary
    assert "What happened:" not in summary
    assert "What happened:" in plain_text_summary(practice)
    bundle = zipfile.ZipFile(io.BytesIO(build_bundle(practice, ReportOptions(language="cy"))))
    readme = bundle.read("README.txt").decode("utf-8")
    assert "BWNDEL TYSTIOLAETH" in readme and "sha256sum -c SHA256SUMS" in readme
    report = bundle.read("report.pdf")
    assert "Tudalen 1 o" in pages_text(report)[0]


# --- where Welsh is offered, and the command line ------------------------------------------


def test_report_languages_per_region() -> None:
    assert report_languages("england-wales") == ("en", "cy")
    assert report_languages("scotland") == ("en",)
    assert report_languages("northern-ireland") == ("en",)
    assert report_languages("somewhere-else") == ("en",)


def test_cli_report_in_welsh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from guardian_desktop.cli import main

    monkeypatch.setenv("GUARDIAN_PASSPHRASE", PASSPHRASE)
    case = tmp_path / "c"
    assert main(["case", "new", str(case), "--label", "CLI case"]) == 0
    out_cy, out_en = tmp_path / "cy.pdf", tmp_path / "en.pdf"
    folder = str(case.with_suffix(".gdcase"))
    assert main(["report", folder, "--out", str(out_cy), "--language", "cy"]) == 0
    assert main(["report", folder, "--out", str(out_en)]) == 0
    assert "Tudalen 1 o" in pages_text(out_cy.read_bytes())[0]
    assert "Page 1 of" in pages_text(out_en.read_bytes())[0]
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        main(["report", folder, "--out", str(out_en), "--language", "fr"])
    assert exc.value.code == 2
    assert "--language" in capsys.readouterr().err


# --- the GUI checkbox --------------------------------------------------------------------------


@pytest.mark.parametrize(("region", "offered"), [("england-wales", True), ("scotland", False)])
def test_gui_offers_welsh_only_in_wales(
    qtbot: object, tmp_path: Path, region: str, offered: bool
) -> None:
    from guardian_desktop.core.guidance import load_guidance
    from guardian_desktop.gui.widgets.saver import ProgressSaver
    from guardian_desktop.gui.wizard.base import PageContext
    from guardian_desktop.gui.wizard.report import REPORT_LANGUAGE_KEY, ReportPage

    vault, _code = CaseVault.create(tmp_path / "case", PASSPHRASE, "GUI case", region=region)
    with vault:
        guidance = load_guidance("en")
        saver = ProgressSaver(vault)
        ctx = PageContext(vault, saver, guidance, "victim", False, guidance.regions[region])
        page = ReportPage(ctx)
        qtbot.addWidget(page)  # type: ignore[attr-defined]
        assert page.options().language == "en"
        if not offered:
            assert page.welsh is None
            return
        assert page.welsh is not None
        assert page.welsh.button.accessibleName() == "Write the report in Welsh (Cymraeg)"
        assert not page.welsh.isChecked()
        page.welsh.button.click()
        assert page.options().language == "cy"
        assert vault.all_progress()[REPORT_LANGUAGE_KEY] == "cy"
        assert "Beth ddigwyddodd:" in page.summary.toPlainText()
        again = ReportPage(ctx)  # the choice is kept with the case
        qtbot.addWidget(again)  # type: ignore[attr-defined]
        assert again.welsh is not None and again.welsh.isChecked()
        page.welsh.button.click()
        assert page.options().language == "en"
        assert vault.all_progress()[REPORT_LANGUAGE_KEY] == "en"
