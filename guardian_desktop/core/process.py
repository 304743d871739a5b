"""Process hardening: a crash with a case open must write no key or evidence to disk.

Core dumps are switched off and, on Linux, the process is made non-dumpable (which also
stops other programs of the same user from reading its memory through ptrace or
/proc/PID/mem). On Windows, crash dialogs are suppressed and Windows Error Reporting is
told to leave the heap out of any report. Each step runs only where the system has it,
and none can stop the app from starting.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
WER_FAULT_REPORTING_FLAG_NOHEAP = 0x0001


def harden_process() -> list[str]:
    """Apply what this system allows; returns the names of the steps that took effect."""
    done: list[str] = []
    if sys.platform != "win32":
        with contextlib.suppress(Exception):
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            done.append("no core dumps")
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done.append("not dumpable")
    if sys.platform == "win32":
        with contextlib.suppress(Exception):
            kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
            kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
            done.append("no crash dialog")
        with contextlib.suppress(Exception):
            wer = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
            if wer.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP) == 0:
                done.append("no heap in error reports")
    return done


def is_dumpable() -> bool | None:
    """Linux only: whether the process may be dumped or traced (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
