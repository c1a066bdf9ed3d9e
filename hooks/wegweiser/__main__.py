"""python -m wegweiser: the same as the `wegweiser` command."""

import sys

from .cli import main

sys.exit(main())
