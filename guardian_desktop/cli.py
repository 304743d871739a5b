"""Command line over the same logic as the GUI: for IT staff, scripting and tests.

Exit codes: 0 ok, 1 failure, 2 usage, 3 wrong passphrase or recovery code, 4 damaged case.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .core.errors import GuardianError
from .core.models import Role
from .core.vault import CaseVault

COMMANDS = {"case", "evidence", "verify", "report", "bundle"}
PASSPHRASE_ENV = "GUARDIAN_PASSPHRASE"  # noqa: S105 - the variable's name, not a secret


class CliError(GuardianError):
    pass


def _err(text: str) -> None:
    print(f"guardian-desktop: {text}", file=sys.stderr)


def _read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"could not read {path}: {exc.strerror}") from exc
    return text.rstrip("\r\n")


def _passphrase(args: argparse.Namespace, *, confirm: bool = False, prompt: str = "") -> str:
    if getattr(args, "passphrase_file", None):
        return _read_secret_file(args.passphrase_file)
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            f"no passphrase given: use --passphrase-file FILE or set {PASSPHRASE_ENV}, "
            "or run in a terminal to be asked"
        )
    first = getpass.getpass(prompt or "Passphrase: ")
    if confirm and getpass.getpass("Type it again: ") != first:
        raise CliError("the two passphrases are not the same; nothing was changed")
    return first


def _recovery_code(args: argparse.Namespace) -> str | None:
    """The recovery code from --recovery-code-file (- for standard input), a prompt
    (--ask-recovery-code) or --recovery-code; None to use the passphrase."""
    if getattr(args, "recovery_code_file", None):
        if args.recovery_code_file == "-":
            return sys.stdin.readline().strip()
        return _read_secret_file(args.recovery_code_file)
    if getattr(args, "ask_recovery_code", False):
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError("use --recovery-code-file FILE when not in a terminal")
        return getpass.getpass("Recovery code: ")
    code = getattr(args, "recovery_code", None)
    return str(code) if code else None


def _open(args: argparse.Namespace) -> CaseVault:
    code = _recovery_code(args)
    if code is not None:
        vault = CaseVault.open(args.path, recovery_code=code)
    else:
        vault = CaseVault.open(args.path, passphrase=_passphrase(args))
    for notice in vault.notices:
        _err(notice)
    return vault


def _new_passphrase(args: argparse.Namespace) -> str:
    if getattr(args, "new_passphrase_file", None):
        return _read_secret_file(args.new_passphrase_file)
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("use --new-passphrase-file FILE when not in a terminal")
    new = getpass.getpass("New passphrase: ")
    if getpass.getpass("Type it again: ") != new:
        raise CliError("the two passphrases are not the same; nothing was changed")
    return new


def _show_code(code: str) -> None:
    print("New recovery code (shown once - write it down and keep it safe):")
    print(f"    {code}")
    print("The old recovery code no longer opens the case.")


def cmd_case_new(args: argparse.Namespace) -> int:
    under_18 = True if args.under_18 else (None if args.age_unknown else False)
    vault, code = CaseVault.create(
        args.path,
        _passphrase(args, confirm=True, prompt="Choose a passphrase: "),
        args.label,
        role=Role(args.role),
        under_18=under_18,
        region=args.region,
    )
    with vault:
        print(f"Case created: {vault.folder}")
        print()
        print("Recovery code (shown once - write it down and keep it safe):")
        print(f"    {code}")
        print("It opens the case if the passphrase is forgotten.")
    return 0


def cmd_case_passwd(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        vault.change_passphrase(_new_passphrase(args))
    print("Passphrase changed. The recovery code still works.")
    print(
        "A new passphrase does not change the case's key: an old copy of the case folder "
        "still opens with the old passphrase, and anyone who already opened the case "
        "could have kept the key. If that may have happened, run 'case rekey'."
    )
    return 0


def cmd_case_rekey(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        new = _new_passphrase(args)
        print("Re-encrypting the case with a new key. Do not turn the computer off.")
        code = vault.rekey(new)
    print("Done: the case has a new key and is encrypted with it.")
    print("Old copies of the key, the old passphrase and the old recovery code no longer open it.")
    _show_code(code)
    return 0


def cmd_case_new_recovery_code(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        code = vault.new_recovery_code()
    _show_code(code)
    print(
        "Anyone who already opened the case with the old code could have kept its key: "
        "run 'case rekey' if that may have happened."
    )
    return 0


def cmd_evidence_add(args: argparse.Namespace) -> int:
    from .core.evidence import BatchResult, import_files, split_chat_exports

    pictures, exports = split_chat_exports(args.files)
    with _open(args) as vault:
        result = BatchResult()
        if pictures:
            result = import_files(
                vault, pictures, description=args.description, platform=args.platform
            )
        chats = _add_chat_exports(vault, exports, args) if exports else 0
    for item in result.added:
        print(f"added     {item.exhibit}  {item.sha256}  {item.original_name}")
    for name, item in result.duplicates:
        print(f"duplicate {item.exhibit}  {name} (already in the case)")
    for failure in result.failed:
        print(f"not added {failure.name}: {failure.detail}", file=sys.stderr)
    if pictures or not exports:
        print(
            f"{len(result.added)} added, {len(result.duplicates)} already there, "
            f"{len(result.failed)} not added"
        )
    return 1 if result.failed or chats else 0


def _add_chat_exports(vault: CaseVault, exports: list[Path], args: argparse.Namespace) -> int:
    """Chat exports become transcript exhibits. Returns how many inputs failed."""
    from .core.transcripts import import_exports

    if args.with_media and vault.info().treat_as_under_18:
        print(
            "Photos inside chat exports are never added for someone under 18 or whose age "
            "is not known. Only the chat's words are kept.",
            file=sys.stderr,
        )
    got = import_exports(
        vault,
        exports,
        include_media=args.with_media,
        platform=args.platform,
        description=args.description,
    )
    for t in got.added:
        print(
            f"added     {t.exhibit}  chat transcript: {t.format_name}, {t.message_count} "
            f"messages, {t.title}"
        )
        for e in t.exports:
            print(f"          {e.sha256}  {e.original_name}")
        if t.media_note:
            print(f"          {t.media_note}")
    for t in got.duplicates:
        print(f"duplicate {t.exhibit}  chat transcript {t.title} (already in the case)")
    for item in got.media_added:
        print(f"added     {item.exhibit}  {item.sha256}  {item.original_name} (from a chat)")
    for name, _reason, detail in got.failed:
        print(f"not added {name}: {detail}", file=sys.stderr)
    print(
        f"{len(got.added)} chat(s) added, {len(got.duplicates)} already there, "
        f"{len(got.failed)} not added"
    )
    return len(got.failed)


def cmd_evidence_list(args: argparse.Namespace) -> int:
    from .core.transcripts import list_transcripts

    with _open(args) as vault:
        items = vault.list_evidence()
        chats = list_transcripts(vault)
    for item in items:
        red = " (redacted copy)" if item.redacted_sha256 else ""
        print(
            f"{item.exhibit}\t{item.sha256}\t{item.width}x{item.height}\t{item.format}\t"
            f"{item.imported_utc}\t{item.platform}\t{item.original_name}{red}\t{item.description}"
        )
    for t in chats:
        hashes = ", ".join(e.sha256 for e in t.exports)
        print(f"{t.exhibit}\t{hashes}\tchat transcript\t{t.format_name}\t{t.imported_utc}\t"
              f"{t.platform}\t{t.title}\t{t.message_count} messages")  # fmt: skip
    print(f"{len(items)} item(s)" + (f", {len(chats)} chat transcript(s)" if chats else ""))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from .core.errors import DamagedCaseError

    with _open(args) as vault:
        report = vault.verify()
        if report.ok:
            print(
                f"The case is intact: {report.items_checked} item(s) re-hashed and their seals "
                "checked, audit log OK, key files and their backup OK, not older than its "
                "last recorded state."
            )
            return 0
        for problem in report.problems:
            print(problem, file=sys.stderr)
        readable = vault.readable_summary()
    raise DamagedCaseError(
        f"{len(report.problems)} problem(s) found. Still readable: " + "; ".join(readable),
        readable,
    )


def cmd_report(args: argparse.Namespace) -> int:
    from .report.pdf import ReportOptions, write_report

    password = _read_secret_file(args.password_file) if args.password_file else None
    # Whether the person's own contact details go in is their choice, kept in the case.
    options = ReportOptions(
        paper=args.paper,
        password=password,
        language=args.language,
        exhibits=_chosen_exhibits(args.exhibits),
        exhibits_per_part=args.split_every,
        max_part_bytes=int(args.max_part_mb * 1024 * 1024) if args.max_part_mb else None,
    )
    with _open(args) as vault:
        paths = write_report(vault, Path(args.out), options)
    for p in paths:
        print(f"Report written: {p}")
    if password:
        print("The PDF is password protected: the police will need the password.")
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    from .report.bundle import write_bundle
    from .report.pdf import ReportOptions

    zip_password = _read_secret_file(args.zip_password_file) if args.zip_password_file else None
    options = ReportOptions(language=args.language, exhibits=_chosen_exhibits(args.exhibits))
    with _open(args) as vault:
        saved = write_bundle(vault, Path(args.out), options, bundle_password=zip_password)
    print(f"Evidence bundle written: {saved.path}")
    print(f"Its SHA-256: {saved.sha256}")
    print("It holds the original files. Keep it as safe as the case itself.")
    if zip_password:
        print("The ZIP is AES-256 encrypted: tell the police the password separately.")
    return 0


def _chosen_exhibits(text: str | None) -> frozenset[str] | None:
    """'GD-001,GD-3' -> {'GD-001', 'GD-003'}; None (all) when not given."""
    if not text:
        return None
    chosen = set()
    for part in text.split(","):
        digits = "".join(ch for ch in part if ch.isdigit())
        if not digits:
            raise CliError(f"not an exhibit number: {part.strip()!r} (use GD-001,GD-004)")
        chosen.add(f"GD-{int(digits):03d}")
    return frozenset(chosen)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guardian-desktop",
        description="Guardian Desktop: keep evidence of sextortion in an encrypted case and "
        "make a police-ready report. Run with no command to open the app.",
        epilog="Exit codes: 0 ok, 1 failure, 2 usage, 3 wrong passphrase or recovery code, "
        f"4 damaged case. The passphrase comes from a prompt, --passphrase-file or "
        f"${PASSPHRASE_ENV}; the recovery code from --ask-recovery-code (a prompt) or "
        "--recovery-code-file. Anything typed on the command line itself, such as "
        "--recovery-code CODE, can be seen by other people using this computer.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def unlock_opts(p: argparse.ArgumentParser, recovery: bool = True) -> None:
        p.add_argument("path", help="the case folder (NAME.gdcase; the ending may be left off)")
        p.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
        if recovery:
            how = p.add_mutually_exclusive_group()
            how.add_argument(
                "--ask-recovery-code",
                action="store_true",
                help="open with the recovery code, asked for at a prompt (not shown)",
            )
            how.add_argument(
                "--recovery-code-file",
                metavar="FILE",
                help="open with the recovery code read from FILE (- reads standard input)",
            )
            how.add_argument(
                "--recovery-code",
                metavar="CODE",
                help="open with this recovery code. Other people using this computer can "
                "see it in the process list: prefer --ask-recovery-code or "
                "--recovery-code-file",
            )

    case = sub.add_parser(
        "case", help="create a case, change its passphrase or recovery code, or re-key it"
    )
    case_sub = case.add_subparsers(dest="case_command", required=True)
    new = case_sub.add_parser("new", help="create a new encrypted case")
    new.add_argument("path", help="where to make the case (a folder NAME.gdcase is made)")
    new.add_argument("--label", required=True, help="a name for the case")
    age = new.add_mutually_exclusive_group()
    age.add_argument("--under-18", action="store_true", help="the person threatened is under 18")
    age.add_argument("--age-unknown", action="store_true", help="not sure of their age")
    new.add_argument("--role", choices=[r.value for r in Role], default=Role.VICTIM.value)
    new.add_argument("--region", default="england-wales")
    new.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    new.set_defaults(func=cmd_case_new)
    passwd = case_sub.add_parser("passwd", help="change the passphrase (evidence untouched)")
    unlock_opts(passwd)
    passwd.add_argument("--new-passphrase-file", metavar="FILE")
    passwd.set_defaults(func=cmd_case_passwd)
    rekey = case_sub.add_parser(
        "rekey",
        help="give the case a new key and re-encrypt it, with a new passphrase and a new "
        "recovery code (when a passphrase, code or the key may have leaked)",
    )
    unlock_opts(rekey)
    rekey.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="the passphrase to use from now on (it may be the same one)",
    )
    rekey.set_defaults(func=cmd_case_rekey)
    code = case_sub.add_parser(
        "new-recovery-code", help="make a new recovery code; the old one stops working"
    )
    unlock_opts(code)
    code.set_defaults(func=cmd_case_new_recovery_code)

    evidence = sub.add_parser("evidence", help="add or list screenshots")
    ev_sub = evidence.add_subparsers(dest="evidence_command", required=True)
    add = ev_sub.add_parser(
        "add",
        help="add screenshot files or folders, or chat exports (WhatsApp, Instagram, "
        "Facebook, Telegram, Snapchat)",
    )
    unlock_opts(add)
    add.add_argument("files", nargs="+", metavar="FILE")
    add.add_argument(
        "--with-media",
        action="store_true",
        help="also add the photos inside chat exports as their own exhibits (never for "
        "someone under 18 or whose age is not known)",
    )
    add.add_argument("--description", default="")
    add.add_argument("--platform", default="")
    add.set_defaults(func=cmd_evidence_add)
    lst = ev_sub.add_parser("list", help="list the evidence with hashes")
    unlock_opts(lst)
    lst.set_defaults(func=cmd_evidence_list)

    verify = sub.add_parser("verify", help="check encryption, every hash and the audit log")
    unlock_opts(verify)
    verify.set_defaults(func=cmd_verify)

    report = sub.add_parser("report", help="write the police-ready PDF")
    unlock_opts(report)
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--password-file", metavar="FILE", help="protect the PDF (AES-256)")
    report.add_argument("--paper", choices=["A4", "Letter"], default="A4")
    report.add_argument(
        "--language",
        choices=["en", "cy"],
        default="en",
        help="the report's language: en (English) or cy (Welsh, an option for Wales)",
    )
    report.add_argument("--exhibits", metavar="GD-001,GD-004", help="only these screenshots")
    report.add_argument("--split-every", type=int, metavar="N", help="one PDF per N exhibits")
    report.add_argument("--max-part-mb", type=float, metavar="MB", help="PDF parts below this size")
    report.set_defaults(func=cmd_report)

    bundle = sub.add_parser(
        "bundle", help="write a ZIP of the original files, the report, manifests and SHA256SUMS"
    )
    unlock_opts(bundle)
    bundle.add_argument("--out", required=True, metavar="FILE.zip")
    bundle.add_argument("--language", choices=["en", "cy"], default="en")
    bundle.add_argument("--exhibits", metavar="GD-001,GD-004", help="only these screenshots")
    bundle.add_argument(
        "--zip-password-file", metavar="FILE", help="encrypt the ZIP (AES-256) with this password"
    )
    bundle.set_defaults(func=cmd_bundle)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        return int(args.func(args))
    except GuardianError as exc:
        _err(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _err("stopped; nothing was half-written")
        return 1
