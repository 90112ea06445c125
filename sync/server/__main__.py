"""``python -m sync.server`` is the same as ``diaspora-desk-server``."""

import sys

from sync.server.cli import main

sys.exit(main())
