"""`python -m app` does what the `taawun` command does."""

import sys

from app.cli.program import main

sys.exit(main())
