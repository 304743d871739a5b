"""`python -m guardian_desktop`."""

import sys

from .app import main

sys.exit(main())
