"""A "No" to a branch question (Money.paid, Money.demanded, Offender.knows_account) closes
its branch: what was typed there stays in the case, but no part of the report prints it
(officer's page, payments section, identifiers, copy-ready text, form fields). No answer or
"Not sure" closes nothing, so cases made by the CLI or an older version print everything."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from guardian_desktop.core.answers import Answer, Branch, Money, Offender, closed_branches
from guardian_desktop.core.models import OffenderIdentifier, Payment
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.report.pdf import ReportOptions, build_report
from guardian_desktop.report.summary import form_fields, plain_text_summary

PASS = "a long passphrase"
PAID_ACCOUNT = "87654321"
DEMAND_WALLET = "bc1qdemandwallet0000"
USERNAME = "branch_blackmailer"


def _case(tmp_path: Path) -> CaseVault:
    vault, _ = CaseVault.create(tmp_path / "case", PASS, "Branches")
    vault.save_record(
        Payment(kind="paid", amount="250", currency="GBP", method="bank_transfer",
                account_number=PAID_ACCOUNT, payee_name="Paid Payee")
    )  # fmt: skip
    vault.save_record(
        Payment(kind="demanded", amount="900", currency="GBP", method="crypto",
                wallet_address=DEMAND_WALLET)
    )  # fmt: skip
    vault.save_record(OffenderIdentifier(platform="instagram", username=USERNAME))
    return vault


def _reopen(vault: CaseVault) -> CaseVault:
    folder = vault.folder
    vault.close()
    return CaseVault.open(folder, passphrase=PASS)


def _everything(vault: CaseVault) -> str:
    pdf = build_report(vault, ReportOptions())[0]
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    fields = [f.text for form in ("police", "report_fraud") for f in form_fields(vault, form)]
    return "\n".join([*pages, plain_text_summary(vault), *fields])


def test_no_answers_close_nothing(tmp_path: Path) -> None:
    vault = _case(tmp_path)
    assert closed_branches(vault.answers()) == frozenset()
    text = _everything(vault)
    assert PAID_ACCOUNT in text and DEMAND_WALLET in text and USERNAME in text
    vault.close()


def test_not_sure_closes_nothing(tmp_path: Path) -> None:
    vault = _case(tmp_path)
    vault.save_answers(Money(demanded=Answer.UNKNOWN, paid=Answer.UNKNOWN))
    vault.save_answers(Offender(knows_account=Answer.UNKNOWN))
    text = _everything(vault)
    assert PAID_ACCOUNT in text and DEMAND_WALLET in text and USERNAME in text
    vault.close()


def test_paid_no_leaves_payments_out_of_every_part_of_the_report(tmp_path: Path) -> None:
    vault = _case(tmp_path)
    vault.save_answers(Money(demanded=Answer.YES, paid=Answer.NO))
    vault.save_answers(Offender(knows_account=Answer.YES))
    vault = _reopen(vault)
    assert closed_branches(vault.answers()) == {Branch.PAID}
    pdf = build_report(vault, ReportOptions())[0]
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    officer = pages[1]
    assert "For the officer" in officer
    whole = " ".join(pages)
    assert PAID_ACCOUNT not in whole and "Paid Payee" not in whole
    assert "250" not in whole
    assert "Paid No" in whole  # the key facts say what was answered
    assert DEMAND_WALLET in whole and "900 GBP" in whole and USERNAME in whole
    summary = plain_text_summary(vault)
    assert PAID_ACCOUNT not in summary and "250" not in summary and USERNAME in summary
    for form in ("police", "report_fraud"):
        for f in form_fields(vault, form):
            assert PAID_ACCOUNT not in f.text and "250 GBP" not in f.text, (form, f.label)
    # Nothing was deleted: the payment is still in the case.
    assert any(p.kind == "paid" for p in vault.list_records(Payment))
    vault.close()


def test_demanded_and_account_no_leave_demands_and_accounts_out(tmp_path: Path) -> None:
    vault = _case(tmp_path)
    vault.save_answers(Money(demanded=Answer.NO, paid=Answer.YES))
    vault.save_answers(Offender(knows_account=Answer.NO))
    vault = _reopen(vault)
    assert closed_branches(vault.answers()) == {Branch.DEMANDS, Branch.ACCOUNTS}
    text = _everything(vault)
    assert DEMAND_WALLET not in text and "900 GBP" not in text
    assert USERNAME not in text
    assert PAID_ACCOUNT in text and "250 GBP" in text
    assert len(vault.list_records(Payment)) == 2
    assert len(vault.list_records(OffenderIdentifier)) == 1
    vault.close()


def test_confirming_an_account_or_wallet_from_a_chat_answers_yes(tmp_path: Path) -> None:
    """An account or wallet confirmed from a chat transcript is never hidden by an earlier
    "No": confirming it answers the question that opens its branch."""
    from guardian_desktop.core import transcripts as T

    vault, _ = CaseVault.create(tmp_path / "case", PASS, "Chat")
    vault.save_answers(Money(demanded=Answer.NO, paid=Answer.NO))
    vault.save_answers(Offender(knows_account=Answer.NO))
    wallet = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
    T.accept_candidate(vault, T.Candidate("username", USERNAME, 3, "GD-001", "instagram"))
    T.accept_candidate(vault, T.Candidate("wallet_bitcoin", wallet, 4, "GD-001", "instagram"))
    answers = vault.answers()
    assert answers.offender.knows_account == Answer.YES
    assert answers.money.demanded == Answer.YES and answers.money.paid == Answer.NO
    text = _everything(vault)
    assert USERNAME in text and wallet in text.replace(" ", "")
    vault.close()
