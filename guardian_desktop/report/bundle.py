"""Evidence bundle: one ZIP with the original files, the PDF report and hash manifests.

Built in memory and written once to the chosen place. The ZIP itself is not encrypted
(only the PDF inside is, when a password is set): the GUI says so before export.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from ..core.textsafe import one_line
from ..core.vault import CaseVault
from .facts import now_local
from .i18n import _, use_language
from .pdf import ReportOptions, build_report, part_paths, record_export, write_atomic

SUFFIXES = {
    "PNG": "png",
    "JPEG": "jpg",
    "WebP": "webp",
    "BMP": "bmp",
    "GIF": "gif",
    "TIFF": "tif",
    "HEIC": "heic",
}
MANIFEST_FIELDS = (
    "exhibit",
    "kind",
    "file_name",
    "sha256",
    "size",
    "original_name",
    "original_mtime_utc",
    "original_ctime_utc",
    "imported_utc",
    "platform",
    "happened_at",
    "description",
    "matches_case_record",
)


@dataclass
class ManifestRow:
    exhibit: str
    kind: str  # original, redacted or report
    file_name: str
    sha256: str
    size: int
    original_name: str = ""
    original_mtime_utc: str = ""
    original_ctime_utc: str = ""
    imported_utc: str = ""
    platform: str = ""
    happened_at: str = ""
    description: str = ""
    matches_case_record: bool = True


def _csv_cell(value: object) -> str:
    """One line, and never a spreadsheet formula (a name starting with = + - @)."""
    text = one_line(value, 2000) if not isinstance(value, bool) else str(value).lower()
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def manifest_csv(rows: list[ManifestRow]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(MANIFEST_FIELDS)
    for row in rows:
        data = asdict(row)
        writer.writerow([_csv_cell(data[f]) for f in MANIFEST_FIELDS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: Excel reads it as UTF-8


def manifest_json(rows: list[ManifestRow], case_label: str, made_at: datetime) -> bytes:
    doc = {
        "format": "guardian-desktop-bundle/1",
        "case_label": one_line(case_label, 200),
        "made_at": made_at.isoformat(timespec="seconds"),
        "hash_algorithm": "SHA-256",
        "files": [
            {k: (one_line(v) if isinstance(v, str) else v) for k, v in asdict(r).items()}
            for r in rows
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def readme_text(case_label: str, made_at: datetime, rows: list[ManifestRow]) -> str:
    first = next((r.file_name for r in rows if r.kind == "original"), "GD-001-original.png")
    lines = [
        _("EVIDENCE BUNDLE - {label}").format(label=one_line(case_label, 200)),
        _("Made {when} with Guardian Desktop.").format(when=made_at.isoformat(timespec="seconds")),
        "",
        _("What is in this folder"),
        _("- report*.pdf: the evidence report for the police (read this first)."),
        _("- GD-001-original.png ...: each exhibit's original file, exactly as received."),
        _("- GD-001-redacted.png ...: a copy with personal details covered, where one was made."),
        _("- manifest.csv and manifest.json: every file with its SHA-256 fingerprint, size"),
        _("  and times (the same list in two forms)."),
        "",
        _("How to check a file"),
        _("The SHA-256 fingerprint of a file changes completely if even one byte changes."),
        _("Compute it and compare it with manifest.csv and the report's exhibit index:"),
        "",
        f"  Windows:  certutil -hashfile {first} SHA256",
        f"  macOS:    shasum -a 256 {first}",
        f"  Linux:    sha256sum {first}",
        "",
        _("On Linux or macOS you can check every file at once with:"),
        "  sha256sum -c SHA256SUMS        (Linux)",
        "  shasum -a 256 -c SHA256SUMS    (macOS)",
        "",
        _("Times ending in +00:00 are UTC. The original file times (modified, created)"),
        _("are as the computer reported them when the file was added; phones and apps"),
        _("often change them, so the time the picture was taken may differ."),
        "",
        _("This ZIP file is not encrypted. Keep it somewhere safe."),
    ]
    return "\r\n".join(lines) + "\r\n"


def _suffix(fmt: str) -> str:
    return SUFFIXES.get(fmt, "bin")


def build_bundle(
    vault: CaseVault, options: ReportOptions | None = None, *, report_name: str = "report.pdf"
) -> bytes:
    """The bundle as ZIP bytes."""
    options = options or ReportOptions()
    info = vault.info()
    made_at = now_local()
    pdfs = build_report(vault, options)
    rows: list[ManifestRow] = []
    files: list[tuple[str, bytes]] = []
    for item in vault.list_evidence():
        data = vault.original_bytes(item.id)
        digest = hashlib.sha256(data).hexdigest()
        name = f"{item.exhibit}-original.{_suffix(item.format)}"
        common = {
            "original_name": item.original_name,
            "original_mtime_utc": item.original_mtime_utc or "",
            "original_ctime_utc": item.original_ctime_utc or "",
            "imported_utc": item.imported_utc,
            "platform": item.platform,
            "happened_at": item.happened_at,
            "description": item.description,
        }
        rows.append(
            ManifestRow(
                item.exhibit,
                "original",
                name,
                digest,
                len(data),
                matches_case_record=digest == item.sha256,
                **common,
            )  # fmt: skip
        )
        files.append((name, data))
        redacted = vault.redacted_bytes(item.id) if item.redacted_sha256 else None
        if redacted is not None:
            rdigest = hashlib.sha256(redacted).hexdigest()
            rname = f"{item.exhibit}-redacted.png"
            rows.append(
                ManifestRow(
                    item.exhibit,
                    "redacted",
                    rname,
                    rdigest,
                    len(redacted),
                    matches_case_record=rdigest == item.redacted_sha256,
                    **common,
                )  # fmt: skip
            )
            files.append((rname, redacted))
    for path, pdf in zip(part_paths(report_name, len(pdfs)), pdfs, strict=True):
        rows.append(ManifestRow("", "report", path.name, hashlib.sha256(pdf).hexdigest(), len(pdf)))
        files.append((path.name, pdf))
    sums = "".join(f"{r.sha256}  {r.file_name}\n" for r in rows)
    stamp = made_at.timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:

        def add(name: str, data: bytes, compress: bool) -> None:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)

        with use_language(options.language):
            readme = readme_text(info.label, made_at, rows)
        add("README.txt", readme.encode("utf-8"), True)
        add("manifest.csv", manifest_csv(rows), True)
        add("manifest.json", manifest_json(rows, info.label, made_at), True)
        add("SHA256SUMS", sums.encode("ascii"), True)
        for name, data in files:
            # Pictures and PDFs are already compressed; storing them is faster.
            add(name, data, compress=name.endswith((".bmp", ".tif")))
    return out.getvalue()


def write_bundle(
    vault: CaseVault, out_path: str | Path, options: ReportOptions | None = None
) -> Path:
    """Build the bundle and write it to `out_path` (".zip" added if missing)."""
    options = options or ReportOptions()
    path = Path(out_path)
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    data = build_bundle(vault, options)
    write_atomic(path, data)
    record_export(vault, "export.bundle", [path], [data], options)
    return path
