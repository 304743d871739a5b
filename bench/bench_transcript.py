"""Chat transcripts: read and store a long WhatsApp export, then print it in the PDF.

    .venv/bin/python bench/bench_transcript.py [MESSAGES]   (default 10,000)
    .venv/bin/python bench/bench_transcript.py 100000        (the issue's import target)

Prints the time to read + store the export in a real SQLCipher case, the time to build
the transcript section alone and the whole police PDF, the PDF's size and the
peak memory (tracemalloc is not used: it slows the import several times).
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guardian_desktop.core import keys, transcripts  # noqa: E402
from guardian_desktop.core.vault import CaseVault  # noqa: E402
from tests.chat_exports import whatsapp_lines  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    keys.PASSPHRASE_KDF = {"n": 2**10, "r": 8, "p": 1}  # the unlock cost is benched elsewhere
    keys.RECOVERY_KDF = {"n": 2**10, "r": 8, "p": 1}
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "WhatsApp Chat with Alex Smith.txt"
        export.write_text(whatsapp_lines(count, media_every=50), encoding="utf-8")
        vault, _code = CaseVault.create(Path(tmp) / "bench", "bench passphrase 1", "Bench",
                                        under_18=False)  # fmt: skip
        with vault:
            rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            os.sync()  # the export was just written: do not time the disk catching up
            t0 = time.perf_counter()
            result = transcripts.import_exports(vault, [export])
            t_import = time.perf_counter() - t0
            rss_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            assert not result.failed, result.failed
            (tr,) = result.added
            for n in range(1, count, max(1, count // 20)):
                transcripts.mark_key(vault, tr.id, n, True, "threat")

            import io

            from reportlab.lib.pagesizes import A4
            from reportlab.platypus import SimpleDocTemplate

            from guardian_desktop.report import transcript as report_transcript
            from guardian_desktop.report.pdf import ReportOptions, build_report
            from guardian_desktop.report.pdfkit import make_styles
            from guardian_desktop.report.sections import Layout

            t0 = time.perf_counter()
            chats = report_transcript.gather(vault)
            lay = Layout(A4[0] - 100, A4[1] - 110, make_styles())
            story = report_transcript.transcript_sections(chats, lay)
            out = io.BytesIO()
            SimpleDocTemplate(out, pagesize=A4).build(story)
            t_section = time.perf_counter() - t0

            t0 = time.perf_counter()
            pdfs = build_report(vault, ReportOptions())
            t_pdf = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    print(f"messages:                    {count:,}   (load average {os.getloadavg()[0]:.1f})")
    print(f"peak resident memory:        {rss:.0f} MB (whole process, PDF included)")
    print(f"read + store (SQLCipher):    {t_import:.2f} s  (process peak {rss_import:.0f} MB, "
          f"{rss_import - rss_before:+.0f} MB over the {rss_before:.0f} MB before)")  # fmt: skip
    print(f"transcript section alone:    {t_section:.2f} s  ({len(out.getvalue()) / 1e6:.2f} MB)")
    print(f"whole police PDF:            {t_pdf:.2f} s  "
          f"({sum(len(p) for p in pdfs) / 1e6:.2f} MB, {len(pdfs)} file(s))")  # fmt: skip


if __name__ == "__main__":
    main()
