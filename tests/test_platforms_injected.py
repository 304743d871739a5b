"""Code that only runs on Windows or macOS, run here by injecting the platform.

Each test swaps the module's view of the system (its `sys`, ctypes.WinDLL, platformdirs'
class, the frozen bundle folder) for the one that system has, and checks what the code
does there. The release workflow runs the same file on real Windows and macOS runners,
where the tests marked `real_*` check the real thing as well.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
import types
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from pytestqt.qtbot import QtBot

from guardian_desktop.core import evidence, fsutil, keys, process, resources, vault
from guardian_desktop.core.errors import EvidenceRejected
from guardian_desktop.gui.app import BODY_POINT_SIZE, apply_base_font
from guardian_desktop.gui.safety import autolock

ROOT = Path(__file__).resolve().parents[1]
ON_WINDOWS = sys.platform == "win32"
ON_MACOS = sys.platform == "darwin"
NON_ASCII_USER = "Zoë Łukasz 李"


def as_platform(monkeypatch: pytest.MonkeyPatch, module: types.ModuleType, name: str) -> None:
    """Make `module` see sys.platform == name, without changing it for anything else."""
    fake = types.SimpleNamespace(**{k: getattr(sys, k) for k in ("argv", "executable")})
    fake.platform = name
    monkeypatch.setattr(module, "sys", fake)


class FakeWinDLL:
    """ctypes.WinDLL for a Linux test: records each call and returns what Windows returns
    on success (`result` for BOOL functions, S_OK = 0 for the HRESULT one)."""

    calls: list[tuple[str, str, tuple[Any, ...]]] = []
    result = 1
    HRESULT_FUNCTIONS = ("WerSetFlags",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, function: str) -> Any:
        def call(*args: Any) -> int:
            FakeWinDLL.calls.append((self._name, function, args))
            return 0 if function in FakeWinDLL.HRESULT_FUNCTIONS else FakeWinDLL.result

        return call


@pytest.fixture
def windll(monkeypatch: pytest.MonkeyPatch) -> type[FakeWinDLL]:
    FakeWinDLL.calls = []
    FakeWinDLL.result = 1
    monkeypatch.setattr(ctypes, "WinDLL", FakeWinDLL, raising=False)
    return FakeWinDLL


# --- session lock and sleep (gui/safety/autolock.py) -----------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("system", ["win32", "darwin", "linux"])
def test_each_system_gets_its_own_sleep_and_lock_watcher(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, system: str
) -> None:
    as_platform(monkeypatch, autolock, system)
    lock = autolock.AutoLock(minutes=5)
    try:
        assert (lock._native is not None) == (system == "win32")
        watchers = [type(w).__name__ for w in lock._system]
        assert watchers == (["_LinuxSessionWatcher"] if system == "linux" else [])
    finally:
        lock.close()


def test_windows_screen_lock_message_reaches_the_lock(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the filter AutoLock installs on the application, as Windows delivers it."""
    as_platform(monkeypatch, autolock, "win32")
    lock = autolock.AutoLock(minutes=5)
    try:
        lock.start()
        assert lock._native is not None
        unlock = autolock._MSG(None, autolock.WM_WTSSESSION_CHANGE, 0x8, 0)  # WTS_SESSION_UNLOCK
        lock._native.nativeEventFilter(QByteArray(b"windows_generic_MSG"), ctypes.addressof(unlock))
        QCoreApplication.processEvents()
        assert lock.armed
        screen_locked = autolock._MSG(None, autolock.WM_WTSSESSION_CHANGE, 0x7, 0)
        with qtbot.waitSignal(lock.lockRequested, timeout=2000):
            lock._native.nativeEventFilter(
                QByteArray(b"windows_generic_MSG"), ctypes.addressof(screen_locked)
            )
        assert not lock.armed
    finally:
        lock.close()


def test_macos_coming_back_after_the_idle_time_locks_at_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS tells Qt nothing about sleep or the screen lock: becoming the active app again
    is the moment to check, and the sleep-aware clock has counted the time away."""
    as_platform(monkeypatch, autolock, "darwin")
    clock = Clock()
    lock = autolock.AutoLock(minutes=5, clock=clock)
    try:
        lock.start()
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        clock.now += 60  # one minute away: not yet
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        assert lock.armed
        clock.now += 5 * 60
        with qtbot.waitSignal(lock.lockRequested, timeout=2000):
            app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    finally:
        lock.close()


def test_windows_session_events_are_asked_for_the_window(
    monkeypatch: pytest.MonkeyPatch, windll: type[FakeWinDLL]
) -> None:
    as_platform(monkeypatch, autolock, "win32")
    assert autolock.register_windows_session_events(0x1234) is True
    (dll, function, args), *_ = windll.calls
    assert (dll, function) == ("wtsapi32", "WTSRegisterSessionNotification")
    assert args[0].value == 0x1234 and args[1] == 0  # NOTIFY_FOR_THIS_SESSION
    windll.result = 0  # Windows refused
    assert autolock.register_windows_session_events(0x1234) is False


def test_session_events_without_wtsapi_do_not_stop_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> None:
        raise OSError(f"{name} not found")

    monkeypatch.setattr(ctypes, "WinDLL", missing, raising=False)
    as_platform(monkeypatch, autolock, "win32")
    assert autolock.register_windows_session_events(1) is False
    as_platform(monkeypatch, autolock, "darwin")
    assert autolock.register_windows_session_events(1) is False


@pytest.mark.skipif(not ON_WINDOWS, reason="real Windows only")
def test_real_windows_accepts_the_session_registration() -> None:
    """With a real window (the "windows" platform, not offscreen), as gui/run.py does."""
    script = (
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "from guardian_desktop.gui.safety.autolock import register_windows_session_events\n"
        "app = QApplication(['x'])\n"
        "w = QWidget(); w.show()\n"
        "print(register_windows_session_events(int(w.winId())))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "windows", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.stdout.split()[-1:] == ["True"], out.stderr[-500:]


# --- process hardening (core/process.py) -------------------------------------------------


def test_windows_hardening_suppresses_crash_dialogs_and_heap_in_reports(
    monkeypatch: pytest.MonkeyPatch, windll: type[FakeWinDLL]
) -> None:
    as_platform(monkeypatch, process, "win32")
    import resource

    monkeypatch.setattr(resource, "setrlimit", lambda *a: pytest.fail("no rlimit on Windows"))
    done = process.harden_process()
    assert done == ["no crash dialog", "no heap in error reports"]
    called = {(f, a) for _, f, a in windll.calls}
    assert ("SetErrorMode", (0x0001 | 0x0002,)) in called
    assert ("WerSetFlags", (0x0001,)) in called


@pytest.mark.skipif(ON_WINDOWS, reason="needs the resource module")
def test_macos_hardening_turns_off_core_dumps_without_prctl(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import resource

    as_platform(monkeypatch, process, "darwin")
    limits: list[tuple[int, tuple[int, int]]] = []
    monkeypatch.setattr(resource, "setrlimit", lambda which, value: limits.append((which, value)))
    monkeypatch.setattr(process.ctypes, "CDLL", lambda *a, **k: pytest.fail("prctl is Linux"))
    assert process.harden_process() == ["no core dumps"]
    assert limits == [(resource.RLIMIT_CORE, (0, 0))]
    assert process.is_dumpable() is None


# --- atomic writes on Windows (core/fsutil.py) -------------------------------------------


def test_windows_skips_the_directory_fsync(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Windows cannot open a folder with os.open (PermissionError); the rename is durable
    there without it."""
    monkeypatch.setattr(os, "name", "nt")
    monkeypatch.setattr(os, "open", lambda *a, **k: pytest.fail("opened a folder on Windows"))
    fsutil.fsync_dir(tmp_path)


# --- where cases live: drive letters, non-ASCII user names -----------------------------


def _platformdirs_as(monkeypatch: pytest.MonkeyPatch, cls: type) -> None:
    import platformdirs

    monkeypatch.setattr(platformdirs, "PlatformDirs", cls)


def test_windows_cases_folder_is_local_appdata_with_a_non_ascii_user_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from platformdirs.windows import Windows

    local = rf"C:\Users\{NON_ASCII_USER}\AppData\Local"
    monkeypatch.setenv("LOCALAPPDATA", local)
    monkeypatch.setenv("APPDATA", rf"C:\Users\{NON_ASCII_USER}\AppData\Roaming")
    monkeypatch.setattr(
        "platformdirs.windows.get_win_folder",
        lambda csidl: {"CSIDL_LOCAL_APPDATA": local}.get(csidl, r"C:\elsewhere"),
    )
    _platformdirs_as(monkeypatch, Windows)
    cases = PureWindowsPath(str(vault.default_cases_dir()).replace("/", "\\"))
    assert cases == PureWindowsPath(local, "GuardianDesktop", "cases")
    assert cases.drive == "C:" and NON_ASCII_USER in cases.parts[2]
    # The installer's uninstaller asks about exactly this folder (packaging/windows).
    iss = (ROOT / "packaging" / "windows" / "GuardianDesktop.iss").read_text(encoding="utf-8")
    assert "ExpandConstant('{localappdata}\\GuardianDesktop')" in iss
    assert cases.parent == PureWindowsPath(local, "GuardianDesktop")


def test_macos_cases_folder_is_in_application_support(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs.macos import MacOS

    monkeypatch.setenv("HOME", f"/Users/{NON_ASCII_USER}")
    monkeypatch.delenv("XDG_DATA_HOME")  # set by conftest; a Mac normally has none
    _platformdirs_as(monkeypatch, MacOS)
    cases = PurePosixPath(vault.default_cases_dir())
    expected = PurePosixPath(
        f"/Users/{NON_ASCII_USER}/Library/Application Support/GuardianDesktop/cases"
    )
    assert cases == expected


def test_a_case_in_a_folder_with_a_non_ascii_user_name(tmp_path: Path) -> None:
    """A real encrypted case under a folder named like a Polish or Chinese user's home; on
    the Windows runner this goes through the real Windows file APIs."""
    folder = tmp_path / NON_ASCII_USER / "Documents"
    folder.mkdir(parents=True)
    secret = "correct horse battery staple"
    case, _recovery = vault.CaseVault.create(folder / "Sprawa.gdcase", secret, "Case")
    case.close()
    again = vault.CaseVault.open(folder / "Sprawa.gdcase", passphrase=secret)
    try:
        assert again.verify().ok
    finally:
        again.close()


# --- bundled resources and fonts in a frozen build ----------------------------------------


def test_frozen_build_finds_fonts_under_a_non_ascii_install_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bundle = tmp_path / NON_ASCII_USER / "AppData" / "Local" / "Programs" / "Guardian Desktop"
    fonts = bundle / "_internal" / "resources" / "fonts"
    fonts.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "fonts" / "DejaVuSans.ttf", fonts)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle / "_internal"), raising=False)
    found = resources.resource_path("fonts", "DejaVuSans.ttf")
    assert found == fonts / "DejaVuSans.ttf" and found.is_file()
    from reportlab.pdfbase.ttfonts import TTFont

    assert TTFont("GDTestNonAscii", str(found)).face.name  # ReportLab reads it from there


@pytest.mark.parametrize(
    ("system_font", "points"),
    [("Segoe UI", 9.0), ("Helvetica Neue", 13.0), ("Cantarell", 11.0)],
    ids=["windows-9pt", "macos-13pt", "linux-11pt"],
)
def test_body_text_is_never_smaller_than_11pt(qapp: Any, system_font: str, points: float) -> None:
    """Windows' default UI font is 9 pt, macOS' 13 pt: the first is raised, the second kept."""
    before = QFont(qapp.font())
    try:
        qapp.setFont(QFont(system_font, int(points)))
        apply_base_font(qapp)
        assert qapp.font().pointSizeF() == max(points, BODY_POINT_SIZE)
    finally:
        qapp.setFont(before)


def test_high_dpi_scale_is_not_rounded(tmp_path: Path) -> None:
    """At Windows' 150% display setting the app draws at 1.5, not rounded to 2 (too big)
    or 1 (blurry): GuardianApplication asks Qt to pass the factor through."""
    script = (
        "from guardian_desktop.gui.app import GuardianApplication\n"
        "from PySide6.QtWidgets import QWidget\n"
        "app = GuardianApplication(['x'])\n"
        "w = QWidget(); w.resize(40, 30)\n"
        "print(app.highDpiScaleFactorRoundingPolicy().name, w.grab().devicePixelRatio())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCREEN_SCALE_FACTORS": "1.5"}
    env.pop("QT_SCALE_FACTOR_ROUNDING_POLICY", None)
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.split()[-2:] == ["PassThrough", "1.5"]


# --- file dialogs (gui/seams.py) -----------------------------------------------------------
# seams has no per-system branch: the Qt dialog and the history clean-up are the same code
# everywhere, and tests/gui/test_file_dialog_trace.py checks them; the release workflow runs
# that file on Windows (history in the registry) and macOS (a plist) as well.


# --- keyring backends (core/keys.py) --------------------------------------------------------


class CredentialManagerLike(keyring.backend.KeyringBackend):
    """Windows Credential Manager's rule: a secret of at most 2,560 bytes in UTF-16."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password.encode("utf-16-le")) > 2560:
            raise keyring.errors.PasswordSetError("too long for the Credential Manager")
        self.store[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


class LockedKeychainLike(CredentialManagerLike):
    """The macOS Keychain when the person says No to the access prompt."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("User canceled the operation.")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("User canceled the operation.")


@pytest.fixture
def use_backend() -> Any:
    previous = keyring.get_keyring()

    def use(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(previous)


def test_a_data_key_fits_the_windows_credential_manager(use_backend: Any) -> None:
    backend = use_backend(CredentialManagerLike())
    key = bytes(range(32))
    keys.keyring_store("abc123", key)
    assert keys.keyring_load("abc123") == key
    ((service, user),) = backend.store
    assert service == keys.KEYRING_SERVICE and user == "case-abc123"  # no case label in it
    keys.keyring_forget("abc123")
    assert keys.keyring_load("abc123") is None


def test_a_refused_keychain_gives_the_plain_message(use_backend: Any) -> None:
    use_backend(LockedKeychainLike())
    with pytest.raises(keys.NoKeyringError, match="You can still open it with your passphrase"):
        keys.keyring_store("abc123", bytes(32))
    assert keys.keyring_load("abc123") is None
    keys.keyring_forget("abc123")  # never raises


def test_the_real_windows_and_macos_backends_count_as_safe_stores() -> None:
    """The check that refuses plain-file keyrings must not refuse the real ones."""
    from keyring.backends import Windows, macOS

    for cls in (Windows.WinVaultKeyring, macOS.Keyring):
        backend = cls.__new__(cls)  # no system calls: only the class is judged
        assert not keys._plain_file_backend(backend), cls


@pytest.mark.skipif(not (ON_WINDOWS or ON_MACOS), reason="real Windows or macOS only")
def test_real_system_keyring_is_the_system_store() -> None:
    # conftest may have swapped in a test keyring: take the one keyring itself would choose
    # (the viable backend with the highest priority).
    best = max(keyring.backend.get_all_keyring(), key=lambda backend: backend.priority)
    name = f"{type(best).__module__}.{type(best).__name__}"
    assert name.startswith("keyring.backends.Windows" if ON_WINDOWS else "keyring.backends.macOS")


# --- HEIC (iPhone photos) -----------------------------------------------------------------


def test_heic_is_a_dependency_exactly_on_windows_and_macos() -> None:
    import tomllib

    from packaging.requirements import Requirement

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    heic = next(Requirement(d) for d in deps["dependencies"] if d.startswith("pillow-heif"))
    assert heic.marker is not None
    for system, wanted in (("win32", True), ("darwin", True), ("linux", False)):
        assert heic.marker.evaluate({"sys_platform": system}) is wanted, system


def test_without_heic_support_a_heic_file_gets_a_plain_next_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(evidence, "HEIC_SUPPORTED", False)
    heic_header = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64)
    with pytest.raises(EvidenceRejected) as err:
        evidence.prepare_bytes(heic_header, "IMG_0001.HEIC")
    assert "take a screenshot instead, or share the picture as JPEG" in str(err.value)


@pytest.mark.skipif(not (ON_WINDOWS or ON_MACOS), reason="real Windows or macOS only")
def test_real_heic_photo_is_read_on_windows_and_macos() -> None:
    import io

    import pillow_heif
    from PIL import Image

    assert evidence.HEIC_SUPPORTED
    buf = io.BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", (390, 844), "white")).save(buf, quality=80)
    prepared = evidence.prepare_bytes(buf.getvalue(), "IMG_0001.HEIC")
    assert (prepared.width, prepared.height) == (390, 844)
