"""Index a built site for Pagefind, whose index is split per page language and fetched in pieces."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Not what a page is about: permalink signs, filters, notices, the "ask here instead" lists of other
# entries and the source line would each match searches for words the page is not about.
EXCLUDE = ".headerlink, .ww-filters, .ww-notice, .ww-missing, .ww-source"


def index_site(site_dir: Path) -> None:
    """Write the Pagefind bundle into site_dir/pagefind; raise with Pagefind's output on failure."""
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--exclude-selectors", EXCLUDE, "--silent"],
        capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"Pagefind failed on {site_dir}:\n{result.stdout}{result.stderr}")
