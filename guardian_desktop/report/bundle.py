"""Evidence bundle: one ZIP with the original files, redacted copies, the PDF report, hash
manifests, and SHA256SUMS covering every other file, with ready-made ways to check it.

Built in memory and written once to the chosen place. With a bundle password the ZIP is
AES-256 encrypted (WinZip AES, opened by 7-Zip, WinRAR, macOS Archive Utility with 7-Zip or
Keka, and `7z x`); the password must be shared separately. The case label is never in it.
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
from typing import Any

from ..core.textsafe import one_line
from ..core.vault import CaseVault
from . import transcript
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


def manifest_json(rows: list[ManifestRow], title: str, made_at: datetime) -> bytes:
    doc = {
        "format": "guardian-desktop-bundle/2",
        "report_title": one_line(title, 200),
        "made_at": made_at.isoformat(timespec="seconds"),
        "hash_algorithm": "SHA-256",
        "files": [
            {k: (one_line(v) if isinstance(v, str) else v) for k, v in asdict(r).items()}
            for r in rows
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


SUMS_NAME = "SHA256SUMS"
CHECK_SCRIPT = "check-files.ps1"


def readme_text(title: str, made_at: datetime, rows: list[ManifestRow]) -> str:
    first = next((r.file_name for r in rows if r.kind == "original"), "GD-001-original.png")
    heading = _("EVIDENCE BUNDLE")
    if title.strip():
        heading += " - " + one_line(title, 160)
    lines = [
        heading,
        _("Made {when} with Guardian Desktop.").format(when=made_at.isoformat(timespec="seconds")),
        "",
        _("What is in this folder"),
        _("- report*.pdf: the evidence report for the police (read this first)."),
        _("- GD-001-original.png ...: each exhibit's original file, exactly as received."),
        _("- GD-001-redacted.png ...: a copy with personal details covered, where one was made."),
        _("- manifest.csv and manifest.json: every file with its SHA-256 fingerprint, size"),
        _("  and times (the same list in two forms)."),
        _("- SHA256SUMS: the SHA-256 of every other file in this bundle."),
        _("- check-files.ps1: checks every file against SHA256SUMS on Windows."),
        "",
        _("How to check a file"),
        _("The SHA-256 fingerprint of a file changes completely if even one byte changes."),
        _("Compute it and compare it with manifest.csv and the report's exhibit index:"),
        "",
        f"  Windows:     certutil -hashfile {first} SHA256",
        f"  PowerShell:  Get-FileHash -Algorithm SHA256 {first}",
        f"  macOS:       shasum -a 256 {first}",
        f"  Linux:       sha256sum {first}",
        "",
        _("Check every file at once, in this folder:"),
        "  Linux:       sha256sum -c SHA256SUMS",
        "  macOS:       shasum -a 256 -c SHA256SUMS",
        "  Windows:     powershell -ExecutionPolicy Bypass -File check-files.ps1",
        "",
        _("Times ending in +00:00 are UTC. The original file times (modified, created)"),
        _("are as the computer reported them when the file was added; phones and apps"),
        _("often change them, so the time the picture was taken may differ."),
        "",
        _("Keep this bundle somewhere safe: it holds the original pictures."),
    ]
    return "\r\n".join(lines) + "\r\n"


def check_script() -> str:
    """PowerShell: re-hash every file listed in SHA256SUMS and say which, if any, differ."""
    return "\r\n".join(
        [
            "# Checks every file in this evidence bundle against SHA256SUMS.",
            "# Run in this folder: powershell -ExecutionPolicy Bypass -File check-files.ps1",
            "$ErrorActionPreference = 'Stop'",
            "Set-Location -LiteralPath $PSScriptRoot",
            "$bad = 0",
            "foreach ($line in Get-Content -LiteralPath 'SHA256SUMS' -Encoding UTF8) {",
            "  if ($line -notmatch '^([0-9a-f]{64})  (.+)$') { continue }",
            "  $want = $Matches[1]; $name = $Matches[2]",
            "  if (-not (Test-Path -LiteralPath $name)) {",
            '    Write-Output "MISSING  $name"; $bad++; continue',
            "  }",
            "  $got = (Get-FileHash -Algorithm SHA256 -LiteralPath $name).Hash.ToLower()",
            '  if ($got -eq $want) { Write-Output "OK       $name" }',
            '  else { Write-Output "DIFFERS  $name"; $bad++ }',
            "}",
            "if ($bad -eq 0) { Write-Output 'Every file matches its SHA-256.' }",
            'else { Write-Output "$bad file(s) do not match."; exit 1 }',
            "",
        ]
    )


def _suffix(fmt: str) -> str:
    return SUFFIXES.get(fmt, "bin")


def build_bundle(
    vault: CaseVault,
    options: ReportOptions | None = None,
    *,
    report_name: str = "report.pdf",
    bundle_password: str | None = None,
) -> bytes:
    """The bundle as ZIP bytes (AES-256 encrypted when `bundle_password` is given)."""
    options = options or ReportOptions()
    made_at = now_local()
    pdfs = build_report(vault, options)
    chosen = set(options.exhibits) if options.exhibits is not None else None
    rows: list[ManifestRow] = []
    files: list[tuple[str, bytes]] = []
    for item in vault.list_evidence():
        if chosen is not None and item.exhibit not in chosen:
            continue
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
    for f in transcript.bundle_files(vault, chosen):  # chat exports and their transcripts
        digest = hashlib.sha256(f.data).hexdigest()
        rows.append(ManifestRow(f.exhibit, f.kind, f.file_name, digest, len(f.data),
                                original_name=f.original_name, imported_utc=f.imported_utc,
                                platform=f.platform,
                                matches_case_record=f.matches_case_record))  # fmt: skip
        files.append((f.file_name, f.data))
    for path, pdf in zip(part_paths(report_name, len(pdfs)), pdfs, strict=True):
        rows.append(ManifestRow("", "report", path.name, hashlib.sha256(pdf).hexdigest(), len(pdf)))
        files.append((path.name, pdf))
    title = vault.answers().story.report_title
    with use_language(options.language):
        readme = readme_text(title, made_at, rows).encode("utf-8")
    extra = [
        ("README.txt", readme),
        ("manifest.csv", manifest_csv(rows)),
        ("manifest.json", manifest_json(rows, title, made_at)),
        (CHECK_SCRIPT, check_script().encode("utf-8")),
    ]
    every = extra + files
    sums = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in every)
    stamp = made_at.timetuple()[:6]
    out = io.BytesIO()
    zf, info_cls = _zip(out, bundle_password)
    with zf:

        def add(name: str, data: bytes, compress: bool) -> None:
            zi = info_cls(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)

        for name, data in extra:
            add(name, data, True)
        add(SUMS_NAME, sums.encode("utf-8"), True)
        for name, data in files:
            # Pictures and PDFs are already compressed; storing them is faster.
            add(name, data, compress=name.endswith((".bmp", ".tif")))
    return out.getvalue()


def _zip(out: io.BytesIO, password: str | None) -> tuple[zipfile.ZipFile, Any]:
    if not password:
        return zipfile.ZipFile(out, "w"), zipfile.ZipInfo
    import pyzipper

    zf = pyzipper.AESZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, encryption=pyzipper.WZ_AES)
    zf.setpassword(password.encode("utf-8"))
    zf.setencryption(pyzipper.WZ_AES, nbits=256)
    return zf, pyzipper.zipfile_aes.AESZipInfo


@dataclass
class SavedBundle:
    path: Path
    sha256: str
    size: int


def write_bundle(
    vault: CaseVault,
    out_path: str | Path,
    options: ReportOptions | None = None,
    *,
    bundle_password: str | None = None,
) -> SavedBundle:
    """Build the bundle and write it to `out_path` (".zip" added if missing)."""
    options = options or ReportOptions()
    path = Path(out_path)
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    data = build_bundle(vault, options, bundle_password=bundle_password)
    write_atomic(path, data)
    extra = ["ZIP AES-256 encrypted with a password"] if bundle_password else []
    record_export(vault, "export.bundle", [path], [data], options, extra_flags=extra)
    return SavedBundle(path, hashlib.sha256(data).hexdigest(), len(data))
