"""Entry script of the frozen app: PyInstaller starts a file, not `python -m guardian_desktop`."""

import sys

from guardian_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
