"""Render the evidence step in the main window (practice case), offscreen, to look at it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_evidence_screens.py
    .venv/bin/python scripts/render_evidence_screens.py --variant text-200 --out /tmp/shots

Without --variant it renders every variant, each in its own process (the text size and the
language belong to the whole app): 1024x640, the default size (1100x760), 1024x640 at 200%
text, 1024x640 in Arabic (right to left), and a counsellor's under-18 case. For each: the
top of the step with the list, the chosen screenshot's details with a suggested time and
app, the confirm pass, and (for the under-18 case) the guidance folded open.
Files go to docs/screenshots/evidence/VARIANT-SHOT.png. Cases, settings and temp files live
in a temporary home folder; all the content is made up.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots" / "evidence"

VARIANTS = {  # name: (size, text scale, language, practice route)
    "1024x640": ((1024, 640), 1.0, "en", "adult"),
    "default": ((1100, 760), 1.0, "en", "adult"),
    "text-200": ((1024, 640), 2.0, "en", "adult"),
    "arabic": ((1024, 640), 1.0, "ar", "adult"),
    # A counsellor's case: the under-18 warning always in view, framed, first.
    "under-18": ((1024, 640), 1.0, "en", "counsellor"),
}
# Names the way phones and desktops save screenshots: the step suggests a time and an app.
SUGGESTING_NAMES = (
    "Screenshot_20260303-224800_Snapchat.jpg",
    "Screenshot 2026-03-03 at 22.50.00.png",
)


def _isolate() -> None:
    """Keep every case, setting and temp file of this run out of the real home folder."""
    home = Path(tempfile.mkdtemp(prefix="guardian-evidence-shots-"))
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("HOME", "home")):  # fmt: skip
        (home / sub).mkdir()
        os.environ[var] = str(home / sub)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def chat_screenshot(seed: int, jpeg: bool, size: tuple[int, int] = (390, 844)) -> bytes:
    """A synthetic chat: grey and blue bubbles with a little text, nothing real."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", size, (246, 246, 246))
    draw = ImageDraw.Draw(im)
    w, h = size
    draw.rectangle([0, 0, w, 60], fill=(40, 40, 60))
    draw.text((16, 22), f"user_{seed:04d}", fill=(255, 255, 255))
    for i, y in enumerate(range(80, h - 60, 56)):
        left = (i + seed) % 3 != 0
        x0 = 12 if left else w // 3
        draw.rounded_rectangle(
            [x0, y, x0 + w // 2 + (seed * 7 + i * 13) % (w // 4), y + 44],
            radius=14,
            fill=(225, 225, 225) if left else (120, 170, 250),
        )
        draw.text((x0 + 12, y + 16), f"message {i}", fill=(0, 0, 0))
    out = io.BytesIO()
    im.save(out, "JPEG" if jpeg else "PNG")
    return out.getvalue()


def render(variant: str, out: Path) -> None:
    _isolate()
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QWidget

    from guardian_desktop.core.evidence import import_files
    from guardian_desktop.core.settings import Settings
    from guardian_desktop.gui.app import GuardianApplication
    from guardian_desktop.gui.evidence import EvidenceScreen
    from guardian_desktop.gui.main_window import MainWindow

    size, scale, lang, route = VARIANTS[variant]
    app = GuardianApplication([sys.argv[0]])
    app.set_language(lang)
    if scale != 1.0:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        app.setFont(font)
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(6):
            app.processEvents()

    def shoot(widget: QWidget, shot: str) -> None:
        settle()
        path = out / f"{variant}-{shot}.png"
        widget.grab().save(str(path))
        print(path)

    window = MainWindow(practice=route == "adult", settings=Settings(quick_exit_explained=True))
    window.resize(*size)
    window.show()
    if route != "adult":
        window.start_practice(route)
    wizard = window.wizard
    assert wizard is not None
    folder = Path(tempfile.mkdtemp(prefix="shots-"))
    for n, name in enumerate(SUGGESTING_NAMES):
        (folder / name).write_bytes(chat_screenshot(n + 7, jpeg=name.endswith(".jpg")))
    import_files(wizard.ctx.vault, [folder / name for name in SUGGESTING_NAMES])
    wizard.go_to("evidence")
    screen = wizard.current_page.evidence_screen  # type: ignore[attr-defined]
    assert isinstance(screen, EvidenceScreen)
    screen.refresh()
    area = screen.page_scroll_area()
    assert area is not None
    screen.list.setCurrentIndex(screen.model.index(0))
    settle()
    shoot(window, "top")
    # The first screenshot with a suggested time: the details, scrolled into view.
    suggested = screen.items_with_suggested_time()
    if suggested:
        screen.list.select_item(suggested[0].id)
    settle()
    bar = area.verticalScrollBar()
    page = area.widget()
    assert page is not None
    bar.setValue(screen.details.heading.mapTo(page, QPoint(0, 0)).y())
    shoot(window, "details")
    screen.start_confirming()
    shoot(window, "confirm-pass")
    if route != "adult":
        bar.setValue(0)
        screen.reminder.set_expanded(True)
        shoot(window, "guidance-open")
    window.close()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--variant", choices=sorted(VARIANTS), help="one variant only")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if args.variant:
        render(args.variant, args.out)
        return 0
    for variant in VARIANTS:
        command = [sys.executable, __file__, "--variant", variant, "--out", str(args.out)]
        subprocess.run(command, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
