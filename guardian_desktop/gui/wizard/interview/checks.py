"""Checks on typed values. A problem never stops saving: it says what to do next."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_AMOUNT = re.compile(r"[£$€]?\s*\d[\d,]*(\.\d+)?\s*")


def amount(value: str) -> str:
    if _AMOUNT.fullmatch(value.strip()):
        return ""
    return QCoreApplication.translate("Interview", "Amount: type a number, like 250 or 49.99")


def sort_code(value: str) -> str:
    digits = re.sub(r"[\s-]", "", value)
    if digits.isdigit() and len(digits) == 6:
        return ""
    return QCoreApplication.translate("Interview", "Sort code: type the 6 numbers, like 12-34-56")


def account_number(value: str) -> str:
    digits = re.sub(r"\s", "", value)
    if digits.isdigit() and 6 <= len(digits) <= 10:
        return ""
    return QCoreApplication.translate(
        "Interview", "Account number: type only the numbers, usually 8 of them"
    )


def email(value: str) -> str:
    text = value.strip()
    if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text):
        return ""
    return QCoreApplication.translate("Interview", "Email: check it looks like name@example.com")
