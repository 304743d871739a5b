"""Make docs/sample-report.pdf from the practice case, and PNG pictures of its first pages.

Run: .venv/bin/python scripts/make_sample_report.py [--pages 6]
Needs pdftoppm (poppler-utils) for the pictures. Everything in it is made up.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from guardian_desktop.core.practice import create_practice_case  # noqa: E402
from guardian_desktop.report.pdf import ReportOptions, build_report  # noqa: E402

PRACTICE_PASSPHRASE = "practice case 123"  # noqa: S105 - made-up data only


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=6, help="how many pages to picture")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--paper", default="A4", choices=["A4", "Letter"])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gd-sample-") as tmp:
        vault, _code = create_practice_case(Path(tmp) / "practice", PRACTICE_PASSPHRASE)
        try:
            options = ReportOptions(paper=args.paper, statement_name="Sam Example")
            pdf = build_report(vault, options)[0]
        finally:
            vault.close()
    target = args.out / "sample-report.pdf"
    target.write_bytes(pdf)
    print(f"wrote {target} ({len(pdf) / 1024:.0f} KB)")
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        print("pdftoppm not found (install poppler-utils): no page pictures made")
        return 0
    for old in args.out.glob("sample-report-page-*.png"):
        old.unlink()
    prefix = args.out / "sample-report-page"
    subprocess.run(
        [pdftoppm, "-r", "60", "-png", "-f", "1", "-l", str(args.pages), str(target),
         str(prefix)],
        check=True,
    )  # fmt: skip
    # pdftoppm numbers pages with leading zeros that depend on the page count: normalise.
    for png in sorted(args.out.glob("sample-report-page-*.png")):
        number = int(png.stem.rsplit("-", 1)[1])
        final = args.out / f"sample-report-page-{number}.png"
        if png != final:
            png.rename(final)
        print(f"wrote {final}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
