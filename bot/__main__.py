"""`python -m bot [OPTIONS]` starts the Discord bot, like `qabot run [OPTIONS]`."""

import sys

from .cli import main

sys.exit(main(["run", *sys.argv[1:]]))
