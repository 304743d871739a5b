"""Demands are never added up: a £500 demand later lowered to £200 is not "700 GBP demanded".

Each demand is listed with its date, and the largest single demand is given per currency.
Payments made can be summed honestly ("sum of all payments made").
"""

from __future__ import annotations

from decimal import Decimal

from ..core.models import Payment
from . import facts as F
from .i18n import _


def demand_line(p: Payment) -> str:
    """'20 October 2025: 500 GBP, Gift card' - the date first, or 'date not given'."""
    when = F.format_when(p.when) if F.when_given(p.when) else _("date not given")
    what = [F.money(p)]
    if p.method.strip():
        what.append(F.method_name(p.method))
    return f"{when}: {', '.join(what)}"


def demand_lines(demands: list[Payment]) -> list[str]:
    """Each demand on its own line, in the order recorded."""
    return [demand_line(p) for p in demands]


def largest_demand(demands: list[Payment]) -> str:
    """'500 GBP; 0.01 BTC' - the largest single demand in each currency (never a sum);
    amounts that are not numbers are counted apart so nothing is hidden."""
    largest: dict[str, Decimal] = {}
    unknown = 0
    for p in demands:
        found = F.amount_and_currency(p)
        if found is None:
            unknown += 1
            continue
        value, cur = found
        if cur not in largest or value > largest[cur]:
            largest[cur] = value
    parts = [f"{v.normalize():f} {c}".strip() for c, v in largest.items()]
    if unknown:
        parts.append(_("{n} amount(s) not given as a number").format(n=unknown))
    return "; ".join(parts)
