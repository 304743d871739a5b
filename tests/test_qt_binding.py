"""Guards against Qt binding releases with reference-count bugs that crash the app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)


def test_bool_signal_arguments_keep_their_references(qapp: object) -> None:
    """PySide6 6.12.0 dropped one reference to True per emit; the app then aborted with
    'bool_dealloc' when those objects were freed. pyproject pins a release without it."""
    emitter = _Emitter()
    received: list[bool] = []
    emitter.flag.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.flag.emit(True)
    assert len(received) == 500
    assert sys.getrefcount(True) - before >= 500
