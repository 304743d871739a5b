"""Entry point: the app with no arguments, the command line with a command."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from .core.process import harden_process

    harden_process()  # before any case is opened: no core dumps, not dumpable
    from .cli import COMMANDS

    if args and (args[0] in COMMANDS or args[0] in {"-h", "--help"}):
        from .cli import main as cli_main

        return cli_main(args)
    if "--self-test" in args:
        from .selftest import run_self_test

        return run_self_test()
    from .gui.run import run_gui

    return run_gui([sys.argv[0], *args], practice="--practice" in args)


if __name__ == "__main__":
    sys.exit(main())
