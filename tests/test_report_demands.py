"""Demands are never added up: the practice case's £500 demand, later lowered to £200, is two
demands with their dates and a largest single demand of 500 GBP, never "700 GBP demanded"
(officer's page, payments section, copy-ready text and every form's fields)."""

from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from guardian_desktop.core.answers import Answer
from guardian_desktop.core.models import Payment
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.report.demands import demand_lines, largest_demand
from guardian_desktop.report.pdf import ReportOptions, build_report
from guardian_desktop.report.summary import form_fields, plain_text_summary

FIRST = "3 March 2026"
SECOND = "4 March 2026"


def _pages(vault: CaseVault) -> list[str]:
    pdf = build_report(vault, ReportOptions())[0]
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_officer_page_lists_each_demand_with_its_date_and_the_largest(
    practice: CaseVault,
) -> None:
    pages = _pages(practice)
    officer = pages[1]
    assert "For the officer" in officer
    assert "Demands (each one, not added up)" in officer
    assert FIRST in officer and SECOND in officer
    assert "500 GBP" in officer and "200 GBP" in officer
    assert "Largest single demand 500 GBP" in officer
    whole = " ".join(pages)
    assert "700 GBP" not in whole
    assert "Demanded in total" not in whole


def test_copy_ready_text_lists_demands_and_never_sums_them(practice: CaseVault) -> None:
    text = plain_text_summary(practice)
    assert "700 GBP" not in text
    assert "Demands (each one, not added up):" in text
    assert "Largest single demand: 500 GBP" in text
    demands = next(line for line in text.splitlines() if line.startswith("Demands"))
    assert FIRST in demands and SECOND in demands and "200 GBP" in demands


def test_every_form_lists_demands_with_dates_and_the_largest(practice: CaseVault) -> None:
    for form in ("police", "report_fraud"):
        money = next(
            f.text for f in form_fields(practice, form) if f.label == "Money demanded and paid"
        )
        assert "700 GBP" not in money
        lines = money.splitlines()
        assert lines[0] == "Demands (each one, not added up):"
        assert any(line.startswith("- " + FIRST) and "500 GBP" in line for line in lines)
        assert any(line.startswith("- " + SECOND) and "200 GBP" in line for line in lines)
        assert "Largest single demand: 500 GBP" in lines
        assert "Paid: nothing" in lines


def test_largest_is_per_currency_and_payments_made_are_summed_honestly() -> None:
    demands = [
        Payment(kind="demanded", amount="500", currency="GBP"),
        Payment(kind="demanded", amount="200", currency="gbp"),
        Payment(kind="demanded", amount="0.01", currency="BTC"),
        Payment(kind="demanded", amount="0.5", currency="BTC"),
        Payment(kind="demanded", amount="a lot", currency="GBP"),
    ]
    assert largest_demand(demands) == "500 GBP; 0.5 BTC; 1 amount(s) not given as a number"
    assert demand_lines(demands[:1]) == ["date not given: 500 GBP"]


def test_officer_page_sums_payments_made_under_an_honest_label(
    practice: CaseVault, tmp_path_factory: object
) -> None:
    # The practice case answers "Did you pay anything?" No, which leaves payments out of
    # the report (core.answers.closed_branches); this case paid.
    practice.save_answers(replace(practice.answers().money, paid=Answer.YES))
    practice.save_record(Payment(kind="paid", amount="50", currency="GBP",
                                 when="2026-03-04T00:30:00+00:00"))  # fmt: skip
    practice.save_record(Payment(kind="paid", amount="25", currency="GBP",
                                 when="2026-03-04T00:40:00+00:00"))  # fmt: skip
    officer = _pages(practice)[1]
    assert "Paid: sum of all payments made 75 GBP" in officer
    assert "Largest single demand 500 GBP" in officer
    fields = form_fields(practice, "police")
    money = next(f.text for f in fields if f.label == "Money demanded and paid")
    assert "Paid (sum of all payments made): 75 GBP" in money
