"""`python -m bot` starts the Discord bot, like `qabot run`."""

import sys

from .run import run

sys.exit(run())
