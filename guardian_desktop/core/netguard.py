"""Make network use fail loudly: for tests, and optionally at app start.

The app works offline and its own code imports no network module: not Qt's QtNetwork,
no urllib.request, http.client or requests (a test checks that the GUI modules do not
pull in QtNetwork). Libraries do import such modules for features the app does not use:
the standard library's xml.sax.saxutils (used to escape report text) imports
urllib.request, which brings in http.client and ssl, and ReportLab can fetch images by URL
(the app only hands it bytes). So "imported" is not "used": forbid_network() makes any
attempt fail and records it, and the tests run a whole session under it.

Blocked: creating Internet sockets (AF_INET, AF_INET6 and any family other than local
AF_UNIX), socket.create_connection, and name lookups (getaddrinfo, gethostbyname). Local
AF_UNIX sockets stay allowed (the system keyring and D-Bus use them). Code that bypasses
the Python socket module (C libraries, Qt's own C++ networking) is not covered; the app
uses none.

Opening the optional neutral web page on quick exit hands a URL to the person's browser;
that is the browser's network use, not the app's.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


class NetworkForbidden(PermissionError):
    """A network connection was attempted while the network is forbidden."""


@dataclass
class NetworkGuard:
    """Returned by forbid_network(): what was attempted, and how to allow it again."""

    attempts: list[str] = field(default_factory=list)
    _saved: dict[str, Any] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return bool(self._saved)

    def restore(self) -> None:
        for name, value in self._saved.items():
            setattr(socket, name, value)
        self._saved.clear()

    def _refuse(self, what: str) -> NetworkForbidden:
        self.attempts.append(what)
        return NetworkForbidden(f"Network use is switched off in Guardian Desktop ({what}).")


_current: NetworkGuard | None = None


def forbid_network() -> NetworkGuard:
    """Patch the socket module so network use raises NetworkForbidden. Idempotent."""
    global _current
    if _current is not None and _current.active:
        return _current
    guard = NetworkGuard()
    original_socket = socket.socket
    local_family = getattr(socket, "AF_UNIX", None)

    class GuardedSocket(original_socket):  # type: ignore[misc, valid-type]
        def __init__(
            self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None
        ) -> None:
            if fileno is None and (family == -1 or family != local_family):
                raise guard._refuse(f"socket(family={family})")
            super().__init__(family, type, proto, fileno)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
        raise guard._refuse(f"create_connection({address!r})")

    def lookup(name: str) -> Any:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            host = args[0] if args else kwargs.get("host")
            raise guard._refuse(f"{name}({host!r})")

        return refuse

    replacements: dict[str, Any] = {
        "socket": GuardedSocket,
        "create_connection": create_connection,
        "getaddrinfo": lookup("getaddrinfo"),
        "gethostbyname": lookup("gethostbyname"),
        "gethostbyname_ex": lookup("gethostbyname_ex"),
        "gethostbyaddr": lookup("gethostbyaddr"),
    }
    for name, value in replacements.items():
        guard._saved[name] = getattr(socket, name)
        setattr(socket, name, value)
    _current = guard
    return guard


def allow_network() -> None:
    """Undo forbid_network()."""
    global _current
    if _current is not None:
        _current.restore()
        _current = None


@contextlib.contextmanager
def no_network() -> Iterator[NetworkGuard]:
    guard = forbid_network()
    try:
        yield guard
    finally:
        allow_network()


__all__ = ["NetworkForbidden", "NetworkGuard", "allow_network", "forbid_network", "no_network"]
