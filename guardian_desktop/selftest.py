"""`--self-test`: prove an installed copy works, end to end, on this computer, offline.

Each step prints "ok" or "FAILED" with what went wrong; the exit code is 0 only when every
step passed. Everything happens in a temporary folder that is deleted afterwards, with a
made-up case and a generated picture: no personal data, no network, no settings touched.
Used by the packaging smoke test (.ci/package-smoke) on the frozen app, and useful when a
person reports that "the app does not work" - it says which part is broken.
"""

from __future__ import annotations

import io
import os
import platform
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import APP_NAME, __version__

if TYPE_CHECKING:
    from .core.vault import CaseVault

# Fonts the report needs; a frozen build without them fails only when a report is made.
REQUIRED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


class StepFailed(Exception):
    """A check did not hold; the message says what was expected and what was found."""


@dataclass
class Scratch:
    """What the steps hand on to each other: the scratch folder, the case and its secrets."""

    folder: Path
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    case_path: Path | None = None
    recovery_code: str | None = None
    vault: CaseVault | None = None
    pdf: bytes | None = None
    rendition: bytes | None = None
    notes: dict[str, str] = field(default_factory=dict)

    def need_vault(self) -> CaseVault:
        if self.vault is None or not self.vault.is_open:
            raise StepFailed("no open case (an earlier step failed)")
        return self.vault

    def close_vault(self) -> None:
        if self.vault is not None:
            self.vault.close()
            self.vault = None


# --- the steps -----------------------------------------------------------------------------


def check_resources(s: Scratch) -> str:
    from .core.guidance import load_guidance
    from .core.resources import resource_path, resources_root

    root = resources_root()
    if not root.is_dir():
        raise StepFailed(f"the resources folder is missing: {root}")
    missing = [f for f in REQUIRED_FONTS if not resource_path("fonts", f).is_file()]
    if missing:
        raise StepFailed(f"fonts missing from {resource_path('fonts')}: {', '.join(missing)}")
    guidance = load_guidance("en")
    if not guidance.steps or not guidance.regions:
        raise StepFailed("the guidance has no steps or no regions")
    return f"{len(guidance.steps)} guidance steps, {len(guidance.regions)} regions"


def check_qt(s: Scratch) -> str:
    # No window is shown, so the offscreen platform is enough unless the caller chose one.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage, QImageReader
    from PySide6.QtPrintSupport import QPrinter  # noqa: F401  (printing must be bundled)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    formats = {bytes(f.data()).decode().lower() for f in QImageReader.supportedImageFormats()}
    # Evidence is shown from JPEG renditions; Qt reads JPEG only through its plugin.
    for needed in ("png", "jpeg"):
        if needed not in formats:
            raise StepFailed(f"Qt cannot read {needed.upper()} pictures (plugin missing)")
    if QImage.fromData(QByteArray(_tiny_png())).width() != 2:
        raise StepFailed("Qt could not decode a small PNG picture")
    name = app.platformName() if isinstance(app, QApplication) else "?"
    return f"PySide6 {pyside_version}, platform {name}, {len(formats)} image formats"


def import_app_modules(s: Scratch) -> str:
    # A frozen build holds only the modules PyInstaller found: importing every one of them
    # catches a missing hidden import here rather than when someone opens that screen.
    import importlib
    import pkgutil

    from . import __path__ as package_path

    names = [
        m.name
        for m in pkgutil.walk_packages(package_path, prefix=f"{__package__}.")
        if not m.name.endswith(".__main__")  # it would start the app
    ]
    if f"{__package__}.gui.run" not in names:
        raise StepFailed(f"the app's modules could not be listed (found {len(names)})")
    broken = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # report every module that fails, not only the first
            broken.append(f"{name} ({_describe(exc)})")
    if broken:
        raise StepFailed("could not import " + "; ".join(broken))
    return f"{len(names)} modules"


def check_keyring(s: Scratch) -> str:
    # Only asks which backend is in use: nothing is stored or read.
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if name.startswith("keyring.backends.fail"):
        return "no keyring on this computer (the app still works, it will say so)"
    return f"backend {name}"


def create_case(s: Scratch) -> str:
    from .core.vault import CaseVault

    s.case_path = s.folder / "self-test.gdcase"
    s.vault, s.recovery_code = CaseVault.create(
        s.case_path, s.passphrase, "Self-test case", practice=True
    )
    return f"case {s.vault.case_id[:8]} in a temporary folder"


def add_screenshot(s: Scratch) -> str:
    from .core.evidence import add_prepared, prepare_bytes

    vault = s.need_vault()
    prepared = prepare_bytes(make_screenshot(), "self-test-screenshot.png", source="file")
    item, added = add_prepared(vault, prepared, description="Generated by the self-test")
    if not added:
        raise StepFailed("the screenshot was not added")
    s.rendition = vault.rendition(item.id)
    return f"{item.exhibit}, {prepared.width} x {prepared.height}"


def build_pdf(s: Scratch) -> str:
    from pypdf import PdfReader

    from .report.pdf import ReportOptions, build_report

    vault = s.need_vault()
    parts = build_report(vault, ReportOptions())
    if not parts:
        raise StepFailed("the report has no parts")
    pages = 0
    for number, part in enumerate(parts, start=1):
        if not part.startswith(b"%PDF"):
            raise StepFailed(f"part {number} does not start with %PDF")
        pages += len(PdfReader(io.BytesIO(part), strict=True).pages)
    if pages == 0:
        raise StepFailed("the report has no pages")
    s.pdf = parts[0]
    return f"{len(parts)} part(s), {pages} page(s), {sum(map(len, parts)) // 1024} KiB"


def render_pdf(s: Scratch) -> str:
    # The report preview draws pages with pdfium, a native library the build must carry.
    import pypdfium2 as pdfium

    if s.pdf is None:
        raise StepFailed("no report to draw (an earlier step failed)")
    doc = pdfium.PdfDocument(s.pdf)
    try:
        image = doc[0].render(scale=0.5).to_pil()
    finally:
        doc.close()
    if image.width < 10 or image.height < 10:
        raise StepFailed(f"page 1 drew as {image.width} x {image.height}")
    if image.convert("L").getextrema()[0] > 200:
        raise StepFailed("page 1 drew as an empty page")
    return f"page 1 drawn at {image.width} x {image.height}"


def reopen_with_passphrase(s: Scratch) -> str:
    return _reopen(s, passphrase=s.passphrase)


def reopen_with_recovery_code(s: Scratch) -> str:
    if s.recovery_code is None:
        raise StepFailed("no recovery code (an earlier step failed)")
    return _reopen(s, recovery_code=s.recovery_code)


def _reopen(s: Scratch, *, passphrase: str | None = None, recovery_code: str | None = None) -> str:
    from .core.vault import CaseVault

    if s.case_path is None:
        raise StepFailed("no case (an earlier step failed)")
    s.close_vault()
    s.vault = CaseVault.open(s.case_path, passphrase=passphrase, recovery_code=recovery_code)
    count = len(s.vault.list_evidence())
    if count != 1:
        raise StepFailed(f"expected 1 evidence item, found {count}")
    return "1 evidence item"


def verify_case(s: Scratch) -> str:
    report = s.need_vault().verify()
    if not report.ok:
        raise StepFailed("; ".join(report.problems))
    if report.items_checked != 1:
        raise StepFailed(f"expected 1 item checked, checked {report.items_checked}")
    return "encryption, hashes and audit log intact"


STEPS: list[tuple[str, Callable[[Scratch], str]]] = [
    ("Bundled resources", check_resources),
    ("Qt", check_qt),
    ("App modules", import_app_modules),
    ("Keyring", check_keyring),
    ("Create a case", create_case),
    ("Add a screenshot", add_screenshot),
    ("Build the report", build_pdf),
    ("Draw the report", render_pdf),
    ("Open with the passphrase", reopen_with_passphrase),
    ("Open with the recovery code", reopen_with_recovery_code),
    ("Verify the case", verify_case),
]


# --- running -------------------------------------------------------------------------------


def run_self_test(out: Any = None) -> int:
    """Run every step, print one line each, return 0 if all passed and 1 if any failed."""

    def say(text: str) -> None:
        # A windowed build on Windows has no console: sys.stdout is None, and print skips.
        print(text, file=out or sys.stdout, flush=True)

    frozen = "frozen build" if getattr(sys, "frozen", False) else "from source"
    system = f"{platform.system()} {platform.release()} {platform.machine()}"
    python = f"Python {platform.python_version()}"
    say(f"{APP_NAME} {__version__} self-test ({frozen}, {python}, {system})")
    failed: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(
        prefix="guardian-selftest-", ignore_cleanup_errors=True
    ) as tmp:
        scratch = Scratch(folder=Path(tmp))
        try:
            for name, step in STEPS:
                t0 = time.perf_counter()
                try:
                    detail = step(scratch)
                except Exception as exc:  # a self-test reports every failure, whatever it is
                    failed.append(name)
                    reason = str(exc) if isinstance(exc, StepFailed) else _describe(exc)
                    say(f"FAILED  {name}: {reason}")
                    if not isinstance(exc, StepFailed):
                        traceback.print_exc()
                    continue
                say(f"ok      {name}: {detail} ({time.perf_counter() - t0:.2f} s)")
        finally:
            scratch.close_vault()
    total = time.perf_counter() - started
    if failed:
        say(f"Self-test FAILED: {len(failed)} of {len(STEPS)} steps ({', '.join(failed)}).")
        return 1
    say(f"Self-test passed: all {len(STEPS)} steps ok in {total:.1f} s.")
    return 0


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def make_screenshot(size: tuple[int, int] = (390, 844)) -> bytes:
    """A made-up chat screenshot: grey and blue bubbles with a line of text each."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", size, (246, 246, 246))
    draw = ImageDraw.Draw(im)
    w, h = size
    for i, y in enumerate(range(12, h - 50, 50)):
        mine = i % 2 == 1
        x0 = w // 3 if mine else 12
        draw.rounded_rectangle(
            [x0, y, x0 + w // 2 + (i * 17) % (w // 5), y + 40],
            radius=12,
            fill=(190, 220, 250) if mine else (225, 225, 225),
        )
        draw.text((x0 + 10, y + 14), f"self-test message {i + 1}", fill=(0, 0, 0))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def _tiny_png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (2, 2), (10, 20, 30)).save(out, "PNG")
    return out.getvalue()
