"""Emitting a Qt signal from Python without PySide6 6.12's reference-count slip.

PySide6 6.12.0 takes one reference too many from Python's True on every
SignalInstance.emit() made from Python (measured: 100 emits, refcount(True) -100). On
Python 3.11, where True is not immortal, a long session ends in "Fatal Python error:
bool_dealloc". Signals that Qt emits from C++ are not affected. Every emit in this
package goes through emit(), which gives the reference back only when this PySide6 is
found to take it.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def _emit_takes_a_true() -> bool:
    if sys.version_info >= (3, 12):
        return False  # True is immortal: nothing can go wrong
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.ping.emit()
    taken = sys.getrefcount(True) - before <= -4
    if taken:
        for _ in range(4):  # give back what the probe itself took
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return taken


_COMPENSATE = _emit_takes_a_true()


def emit(signal: SignalInstance, *args: object) -> None:
    signal.emit(*args)
    if _COMPENSATE:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
