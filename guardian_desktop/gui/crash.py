"""Unexpected errors: a calm message for the person, and crash output without case data.

An exception's message can hold a file name, a username typed into a field, or part of a
description. What reaches stderr is only the exception's type and where in the code it
happened, so crash output never carries the case's contents.
"""

from __future__ import annotations

import contextlib
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication


def crash_summary(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """'TypeName at module.py:12 < caller.py:34': code places only, never values."""
    frames = traceback.extract_tb(tb)[-6:] if tb is not None else []
    places = " < ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames))
    return f"{exc_type.__name__} at {places or 'unknown place'}"


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    print(f"Guardian Desktop: unexpected error: {crash_summary(exc_type, tb)}", file=sys.stderr)
    from . import seams

    with contextlib.suppress(Exception):  # the message itself must never crash
        seams.inform(
            None,
            QCoreApplication.translate("Crash", "Something went wrong"),
            QCoreApplication.translate(
                "Crash",
                "Something went wrong inside the app. What you saved before is kept in the "
                "case. If this happens again, close the app and open the case again.",
            ),
            warning=True,
        )


def install_crash_handler() -> None:
    sys.excepthook = _hook
